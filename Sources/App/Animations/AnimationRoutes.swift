import Vapor

/// Everything the animations bring to the app, in one place so `configure` and `routes` stay short.
enum AnimationRoutes {
    static func configure(_ app: Application) {
        app.registrationRetention = .fromEnvironment()
        // Made here, before any request: made on first use, two concurrent first registrations
        // could each make one and one of them would count nothing.
        app.registrationThrottle = RegistrationThrottle()
        app.lifecycle.use(RegistrationRetention.Schedule())
        app.asyncCommands.use(RegistrationCommand(), as: "inscriptions")
        AnimationIndicators.provide(on: app)
    }

    static func register(on app: Application) {
        AgendaController.register(on: app)
        AnimationAdminController.register(on: app)
        AnimationAPI.register(on: app)
    }
}
