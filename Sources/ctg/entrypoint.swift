import App
import Foundation
import Vapor

@main
enum Entrypoint {
    static func main() async {
        var env: Environment
        do {
            env = try Environment.detect()
        } catch {
            fail("Arguments invalides : \(error)")
        }
        prepareEnvironment(&env)
        // Logs go to stderr so that stdout carries only what a command outputs (JSON, CSV…).
        try? LoggingSystem.bootstrap(from: &env) { level in
            { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        }
        let app: Application
        do {
            app = try await Application.make(env)
        } catch {
            fail("Démarrage impossible : \(error)")
        }
        do {
            try await configure(app)
            try await prepareToServe(app)
            // Not `execute()`: it logs the error before rethrowing, and we print it once, in French.
            try await app.startup()
            try await app.running?.onStop.get()
            try await shutDownInOrder(app)
        } catch {
            try? await app.asyncShutdown()
            fail(userMessage(for: error))
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("Erreur : \(message)\n".utf8))
        exit(1)
    }
}
