import CTGCore
import Fluent
import Vapor

/// `/{territoire}/materiel/{id}`: an item, its bookings (the history, with each hand-over),
/// the booking form and the hand-over to the next structure.
enum EquipmentItemController {
    struct BookingForm: Content { var structure: String?; var from: String?; var to: String? }

    struct BookingRow: Encodable {
        var structure: String; var from: String; var to: String; var handedOver: String?; var handOverAction: String?
    }
    struct UseRow: Encodable { var structure: String; var bookings: Int }

    struct Page: Encodable {
        var layout: Layout
        var name: String; var category: String; var owner: String; var holder: String; var condition: String
        var homeHref: String
        var bookings: [BookingRow]
        var uses: [UseRow]
        var structures: [OccupancyController.Option]
        var action: String
        var errors: [String]
        var from: String; var to: String
        /// The photo's address and alt text, when there is one.
        var photo: String?; var photoAlt: String?
        /// The upload form, for those who may change the photo.
        var photoAction: String?; var photoError: String?
    }

    static func register(on routes: any RoutesBuilder) {
        routes.get(.equipment(.item(id: 0)), use: show)
        routes.post(.equipment(.bookings(itemID: 0)), use: book)
        routes.post(.equipment(.handOver(itemID: 0, bookingID: 0)), use: handOver)
        EquipmentPhotoController.register(on: routes)
    }

    static func item(_ req: Request) async throws -> EquipmentItem {
        let scope = try await req.territoryScope()
        guard let id = req.parameters.get("itemID", as: Int.self),
              let item = try await EquipmentItem.query(on: req.db).filter(\.$id == id)
                .filter(\.$territory.$id == scope.territoryID).with(\.$owner).with(\.$holder).first() else {
            throw AppError.notFound("Ce matériel n'existe pas dans ce territoire.")
        }
        return item
    }

    @Sendable static func show(req: Request) async throws -> View {
        try await page(req, try await item(req), errors: [], form: BookingForm())
    }

    static func page(_ req: Request, _ item: EquipmentItem, errors: [String], form: BookingForm,
                     photoError: String? = nil) async throws -> View {
        let scope = try await req.territoryScope()
        let id = try item.requireID()
        let bookings = try await EquipmentBooking.query(on: req.db).filter(\.$item.$id == id).with(\.$structure)
            .sort(\.$firstDay, .descending).all()
        let managed = try await EquipmentController.managed(req)
        let day = { (text: String) in OccupancyCalendar.parseDay(text).map(AgrementText.frenchDay) ?? text }
        let rows = bookings.map { b in
            BookingRow(structure: b.structure.name, from: day(b.firstDay), to: day(b.lastDay),
                       handedOver: b.handedOverAt.map(frenchDay),
                       handOverAction: b.handedOverAt == nil && OccupancyAccess.canEdit(req.currentUser, b.structure)
                           ? scope.path(.equipment(.handOver(itemID: id, bookingID: b.id ?? 0))) : nil)
        }
        let photo = try await EquipmentPhoto.query(on: req.db).filter(\.$item.$id == id).first()
        let uses = Dictionary(grouping: bookings, by: { $0.structure.name }).map { UseRow(structure: $0.key, bookings: $0.value.count) }
            .sorted { $0.structure < $1.structure }
        return try await req.view.render("materiel-objet", Page(
            layout: req.layout(title: "Matériel « \(item.name) »"), name: item.name, category: item.category,
            owner: item.owner.name, holder: item.holder?.name ?? item.owner.name, condition: item.condition,
            homeHref: scope.path(.equipment(.home)), bookings: rows, uses: uses,
            structures: managed.map { .init(value: String($0.id ?? 0), label: $0.name, selected: form.structure == String($0.id ?? 0)) },
            action: scope.path(.equipment(.bookings(itemID: id))), errors: errors, from: form.from ?? "", to: form.to ?? "",
            photo: photo.map { _ in scope.path(.equipment(.photo(itemID: id))) }, photoAlt: photo?.altText,
            photoAction: OccupancyAccess.canEdit(req.currentUser, item.owner) ? scope.path(.equipment(.photo(itemID: id))) : nil,
            photoError: photoError))
    }

    /// The day in France, where the structures are: "3 mars 2025".
    static func frenchDay(_ date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Paris") ?? .current, from: date)
        return PilotageDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1).frenchDescription
    }

    @Sendable static func book(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let item = try await item(req)
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        let form = try req.content.decode(BookingForm.self)
        let structure = try await EquipmentController.managed(req).first { String($0.id ?? 0) == form.structure }
        var refusal: String?
        var status = HTTPStatus.unprocessableEntity
        switch EquipmentPool.period(from: form.from, to: form.to) {
        case .failure(let problem): refusal = problem.message
        case .success(let (first, last)):
            if let structure {
                let made = try await req.db.writeTransaction { tx in
                    try await EquipmentWriter.book(item, for: structure, first: first, last: last, by: user, on: tx)
                }
                if made { return req.redirect(to: try await req.territoryScope().path(.equipment(.item(id: try item.requireID()))), redirectType: .normal) }
                refusal = "« \(item.name) » est déjà réservé sur une partie de cette période : choisissez d'autres dates."
                status = .conflict
            } else {
                refusal = "Choisissez la structure qui réserve, parmi celles que vous gérez."
            }
        }
        let response = try await page(req, item, errors: [refusal ?? ""], form: form).encodeResponse(for: req)
        response.status = status
        return response
    }

    @Sendable static func handOver(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let item = try await item(req)
        guard let bookingID = req.parameters.get("bookingID", as: Int.self),
              let booking = try await EquipmentBooking.query(on: req.db).filter(\.$id == bookingID)
                .filter(\.$item.$id == item.requireID()).with(\.$structure).first() else {
            throw AppError.notFound("Cette réservation n'existe pas pour ce matériel.")
        }
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        guard OccupancyAccess.canEdit(user, booking.structure) else {
            throw AppError.forbidden("Seuls le coordinateur et les référents de la structure qui reçoit le matériel enregistrent sa remise.")
        }
        if booking.handedOverAt == nil {
            try await req.db.writeTransaction { tx in
                try await EquipmentWriter.handOver(booking, item: item, to: booking.structure, by: user, on: tx)
            }
        }
        return req.redirect(to: try await req.territoryScope().path(.equipment(.item(id: try item.requireID()))), redirectType: .normal)
    }
}
