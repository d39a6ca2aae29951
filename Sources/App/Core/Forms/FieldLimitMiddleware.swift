import CTGCore
import Vapor

/// Refuses a posted form as soon as one of its fields is longer than `FieldLimits`
/// allows, before any handler reads it: nothing is written, and the visitor gets the
/// French error page naming the field, its limit and the length received.
///
/// Runs after `CSRFMiddleware`, which has already collected the body. One check for
/// every form of the site, so a form added later is covered without thinking of it.
struct FieldLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST, let type = request.headers.contentType else {
            return try await next.respond(to: request)
        }
        _ = try await request.body.collect(max: CSRF.maxBodySize).get()
        let fields: [(name: String, value: String)]
        if type == .urlEncodedForm {
            fields = Self.urlEncodedFields(request.body.string ?? "")
        } else if type == .formData {
            // Files count too: the council list may be uploaded instead of pasted.
            fields = ((try? request.content.decode([String: String].self)) ?? [:]).map { ($0.key, $0.value) }
        } else {
            fields = []
        }
        if let message = FieldLimits.problem(in: fields) {
            throw AppError.invalidInput(message)
        }
        return try await next.respond(to: request)
    }

    /// `a=1&b=x+y` as pairs, decoded as a browser encodes them; an undecodable value is
    /// kept raw (the handler's decoder answers for it), since only its length matters here.
    static func urlEncodedFields(_ body: String) -> [(name: String, value: String)] {
        body.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
