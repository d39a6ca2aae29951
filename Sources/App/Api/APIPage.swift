import Fluent
import Vapor

/// Pagination of the API's lists, which grow with the number of territories an instance hosts.
enum APIPage {
    struct Query: Content {
        var page: Int?
        var per: Int?
    }

    static func request(_ req: Request, defaultPer: Int, maxPer: Int) throws -> PageRequest {
        guard let query = try? req.query.decode(Query.self) else {
            throw AppError.invalidInput("« page » et « per » attendent des nombres entiers.")
        }
        let page = query.page ?? 1
        let per = query.per ?? defaultPer
        guard page >= 1 else { throw AppError.invalidInput("« page » commence à 1 (« \(page) » reçu).") }
        guard (1...maxPer).contains(per) else {
            throw AppError.invalidInput("« per » va de 1 à \(maxPer) (« \(per) » reçu).")
        }
        return PageRequest(page: page, per: per)
    }

    static func describe(_ meta: PageMetadata, path: String, on response: Response) {
        response.headers.replaceOrAdd(name: "X-Total-Count", value: String(meta.total))
        var links: [String] = []
        if meta.page < meta.pageCount { links.append("<\(path)?page=\(meta.page + 1)&per=\(meta.per)>; rel=\"next\"") }
        if meta.page > 1 { links.append("<\(path)?page=\(meta.page - 1)&per=\(meta.per)>; rel=\"prev\"") }
        if !links.isEmpty { response.headers.replaceOrAdd(name: .link, value: links.joined(separator: ", ")) }
    }
}
