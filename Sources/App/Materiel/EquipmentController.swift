import CTGCore
import Fluent
import Vapor

/// `/{territoire}/materiel`: the shared equipment pool (fiche 1-1-2-C). Every reader of the
/// territory sees the inventory; a structure's managers add its items and book for it.
enum EquipmentController {
    struct ItemForm: Content { var name: String?; var category: String?; var condition: String?; var owner: String? }

    struct Row: Encodable {
        var name: String; var href: String; var category: String; var owner: String; var holder: String; var condition: String
    }
    struct YearCount: Encodable { var year: Int; var loans: Int }

    struct Page: Encodable {
        var layout: Layout
        var rows: [Row]
        var sharedItems: Int
        var loansPerYear: [YearCount]
        var owners: [OccupancyController.Option]
        var conditions: [String]
        var action: String
        var errors: [String]
        var form: [String: String]
    }

    static func register(on app: Application) {
        let signedIn = app.signedIn()
        signedIn.get(.equipment(.home), use: show)
        signedIn.post(.equipment(.home), use: addItem)
        EquipmentItemController.register(on: signedIn)
    }

    @Sendable static func show(req: Request) async throws -> View {
        try await page(req, errors: [], form: [:])
    }

    /// The structures the signed-in user manages in this territory (coordinateur: all of them).
    static func managed(_ req: Request) async throws -> [Structure] {
        let scope = try await req.territoryScope()
        let user = req.currentUser
        return try await Structure.query(on: req.db).filter(\.$territory.$id == scope.territoryID).sort(\.$name).all()
            .filter { OccupancyAccess.canEdit(user, $0) }
    }

    static func page(_ req: Request, errors: [String], form: [String: String]) async throws -> View {
        let scope = try await req.territoryScope()
        let items = try await EquipmentItem.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .with(\.$owner).with(\.$holder).sort(\.$name).all()
        let loans = try await EquipmentBooking.query(on: req.db).filter(\.$territory.$id == scope.territoryID).all()
            .compactMap { booking -> EquipmentPool.Loan? in
                guard let item = items.first(where: { $0.id == booking.$item.id }),
                      let first = OccupancyCalendar.parseDay(booking.firstDay) else { return nil }
                return .init(item: booking.$item.id, owner: item.$owner.id, borrower: booking.$structure.id, first: first)
            }
        let rows = items.map { item in
            Row(name: item.name, href: scope.path(.equipment(.item(id: item.id ?? 0))), category: item.category,
                owner: item.owner.name, holder: item.holder?.name ?? "chez son propriétaire", condition: item.condition)
        }
        let owners = try await managed(req)
        return try await req.view.render("materiel", Page(
            layout: req.layout(title: "Parc de matériel mutualisé"), rows: rows,
            sharedItems: EquipmentPool.sharedItems(loans),
            loansPerYear: EquipmentPool.loansPerYear(loans).sorted { $0.key < $1.key }.map { YearCount(year: $0.key, loans: $0.value) },
            owners: owners.map { .init(value: String($0.id ?? 0), label: $0.name, selected: form["owner"] == String($0.id ?? 0)) },
            conditions: EquipmentPool.conditions, action: scope.path(.equipment(.home)), errors: errors, form: form))
    }

    @Sendable static func addItem(req: Request) async throws -> Response {
        let user = try req.requireUser()
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        let form = try req.content.decode(ItemForm.self)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespaces)
        let owner = try await managed(req).first { String($0.id ?? 0) == form.owner }
        var errors: [String] = []
        if name.isEmpty { errors.append("Donnez le nom du matériel (par exemple « Lit parapluie »).") }
        if owner == nil { errors.append("Choisissez la structure propriétaire parmi celles que vous gérez.") }
        let condition = EquipmentPool.conditions.contains(form.condition ?? "") ? form.condition! : EquipmentPool.conditions[1]
        guard errors.isEmpty, let owner else {
            let values = ["name": form.name ?? "", "category": form.category ?? "", "owner": form.owner ?? ""]
            let response = try await page(req, errors: errors, form: values).encodeResponse(for: req)
            response.status = .unprocessableEntity
            return response
        }
        let scope = try await req.territoryScope()
        let category = (form.category ?? "").trimmingCharacters(in: .whitespaces)
        let item = try await req.db.writeTransaction { tx in
            try await EquipmentWriter.addItem(name: name, category: category.isEmpty ? "divers" : category, condition: condition,
                                              owner: owner, by: user, on: tx)
        }
        return req.redirect(to: scope.path(.equipment(.item(id: try item.requireID()))), redirectType: .normal)
    }
}
