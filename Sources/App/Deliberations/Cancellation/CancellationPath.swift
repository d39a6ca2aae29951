import Vapor

/// The addresses of cancelling and reinstating, under `/{territoire}/…` (issue 13):
/// GET shows the confirmation, POST cancels; reinstating is a POST from the row's page.
enum CancellationPath: Equatable, Sendable {
    case seance(id: Int)
    case seanceReinstate(id: Int)
    case deliberation(number: String)
    case deliberationReinstate(number: String)

    var segments: [String] {
        switch self {
        case .seance(let id): return ["seances", String(id), "annulation"]
        case .seanceReinstate(let id): return ["seances", String(id), "retablissement"]
        case .deliberation(let number): return ["deliberations", SiteURL.escape(number), "annulation"]
        case .deliberationReinstate(let number): return ["deliberations", SiteURL.escape(number), "retablissement"]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .seance: return ["seances", ":id", "annulation"]
        case .seanceReinstate: return ["seances", ":id", "retablissement"]
        case .deliberation: return ["deliberations", ":number", "annulation"]
        case .deliberationReinstate: return ["deliberations", ":number", "retablissement"]
        }
    }
}
