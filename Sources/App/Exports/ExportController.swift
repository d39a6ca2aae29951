import Fluent
import Vapor

enum ExportController {
    @Sendable static func csv(req: Request) async throws -> Response {
        let tree = try await PlanTree.load(conventionID: try await req.conventionID(), on: req.db)
        return download(try PlanCSV.render(tree), filename: "plan-actions-\(tree.territory.siren ?? tree.territory.slug).csv",
                        type: "text/csv; charset=utf-8")
    }

    @Sendable static func xlsx(req: Request) async throws -> Response {
        let tree = try await PlanTree.load(conventionID: try await req.conventionID(), on: req.db)
        return download(try PlanXLSX.render(tree), filename: "plan-actions-\(tree.territory.siren).xlsx",
                        type: PlanXLSX.contentType)
    }

    static func download(_ data: Data, filename: String, type: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

/// The plan as the published JSON document, shared by the API and `ctg export`.
enum PlanExport {
    static func document(conventionID: Int, on db: any Database) async throws -> (PlanTree, Data) {
        let tree = try await PlanTree.load(conventionID: conventionID, on: db)
        let deliberation = try await Deliberation.approving(conventionID: conventionID, on: db)
        return (tree, try tree.parsedDocument(deliberation: deliberation?.parsed).jsonData(pretty: true))
    }
}
