import Vapor

/// Vapor's `FileMiddleware`, asked only about paths a file system can hold.
/// A path with a name over 255 bytes (or over 4 KB in all) made the file lookup
/// fail with "name too long", which came out as a 500; such a path is no file, so
/// the routes answer it (a French 404). An address longer than 8 KB is refused
/// first, with a French 414.
struct PublicFilesMiddleware: AsyncMiddleware {
    static let maxURILength = 8 * 1024
    static let maxNameLength = 255
    static let maxPathLength = 4096

    let files: FileMiddleware

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.url.string.utf8.count <= Self.maxURILength else { throw Abort(.uriTooLong) }
        guard Self.couldBeAFile(request.url.path) else { return try await next.respond(to: request) }
        return try await files.respond(to: request, chainingTo: next)
    }

    static func couldBeAFile(_ rawPath: String) -> Bool {
        let path = rawPath.removingPercentEncoding ?? rawPath
        return path.utf8.count <= maxPathLength
            && path.split(separator: "/").allSatisfy { $0.utf8.count <= maxNameLength }
    }
}
