import CSV
import CTGCore
import Vapor

/// `/{territoire}/occupation/structures/{id}`: one structure's rates, and for its managers the
/// agrément, the attendance import and the monthly hours. Every refusal shows the page again
/// with its French messages and nothing written.
enum OccupancyStructureController {
    struct AgrementForm: Content { var agrement: String? }
    struct ImportForm: Content { var csv: String?; var file: File? }
    struct HoursForm: Content { var month: String?; var realised: String?; var billed: String? }

    static func register(on routes: any RoutesBuilder) {
        routes.get(.occupancy(.structure(id: 0)), use: show)
        routes.post(.occupancy(.agrement(structureID: 0)), use: saveAgrement)
        routes.post(.occupancy(.attendance(structureID: 0)), use: importAttendance).bodyLimit(BodyLimit.upload)
        routes.post(.occupancy(.hours(structureID: 0)), use: declareHours)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let structure = try await OccupancyAccess.structure(req)
        return try await OccupancyStructurePage.render(req, structure)
    }

    @Sendable static func saveAgrement(req: Request) async throws -> Response {
        let (structure, user) = try await OccupancyAccess.editable(req)
        let form = try req.content.decode(AgrementForm.self)
        let (agrement, errors) = AgrementText.read(form.agrement ?? "")
        guard errors.isEmpty else {
            return try await refuse(req, structure, .init(agrementText: form.agrement, agrementErrors: errors))
        }
        let scope = try await req.territoryScope()
        try await req.db.writeTransaction { tx in
            try await OccupancyWriter.replaceAgrement(agrement, of: structure, by: user, on: tx)
        }
        return req.redirect(to: scope.path(.occupancy(.structure(id: try structure.requireID()))), redirectType: .normal)
    }

    @Sendable static func importAttendance(req: Request) async throws -> Response {
        let (structure, user) = try await OccupancyAccess.editable(req)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(ImportForm.self)
        let upload = form.file.flatMap { $0.data.readableBytes > 0 ? $0 : nil }
        let text = upload.map { String(buffer: $0.data) } ?? form.csv ?? ""
        let id = try structure.requireID()
        let agrement = try await OccupancyAccess.agrement(structureIDs: [id], on: req.db)[id] ?? Agrement(slots: [])
        var errors: [String] = []
        var entries: [ChildPresence] = []
        if let tooLong = FieldLimits.limit(forField: "csv").problem(text) {
            errors = [tooLong]
        } else if agrement.slots.isEmpty {
            errors = ["Enregistrez d'abord l'agrément de la structure : sans jours d'ouverture, aucune présence ne peut être vérifiée."]
        } else {
            switch table(text) {
            case .failure(let problem): errors = [problem.message]
            case .success(let (header, rows)):
                (entries, errors) = AttendanceSheet.read(header: header, rows: rows, agrement: agrement)
            }
        }
        guard errors.isEmpty else {
            return try await refuse(req, structure, .init(csv: form.csv, importErrors: errors))
        }
        let source = upload.map { "fichier « \($0.filename) »" } ?? "liste collée"
        let scope = try await req.territoryScope()
        let checked = entries
        return try await FormSubmissions.once(req) { tx in
            try await OccupancyWriter.importAttendance(checked, into: structure, source: source, by: user, on: tx)
            return scope.path(.occupancy(.structure(id: id)))
        }
    }

    @Sendable static func declareHours(req: Request) async throws -> Response {
        let (structure, user) = try await OccupancyAccess.editable(req)
        let form = try req.content.decode(HoursForm.self)
        let input = MonthlyHoursInput.read(month: form.month, realised: form.realised, billed: form.billed)
        guard input.errors.isEmpty, let year = input.year, let month = input.month else {
            return try await refuse(req, structure, .init(hours: form, hoursErrors: input.errors))
        }
        let scope = try await req.territoryScope()
        try await req.db.writeTransaction { tx in
            try await OccupancyWriter.declareMonth(.init(year: year, month: month), realisedMinutes: input.realisedMinutes,
                                                   billedMinutes: input.billedMinutes, of: structure, by: user, on: tx)
        }
        return req.redirect(to: scope.path(.occupancy(.structure(id: try structure.requireID()))) + "?annee=\(year)",
                            redirectType: .normal)
    }

    private static func refuse(_ req: Request, _ structure: Structure, _ state: OccupancyStructurePage.FormState) async throws -> Response {
        let response = try await OccupancyStructurePage.render(req, structure, state).encodeResponse(for: req)
        response.status = .unprocessableEntity
        return response
    }

    /// Header and rows of a `;` or `,` separated export (whichever the header line uses).
    static func table(_ text: String) -> Result<([String], [[String]]), AttendanceCSVError> {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard let headerLine = body.split(whereSeparator: \.isNewline).first, !headerLine.allSatisfy(\.isWhitespace) else {
            return .failure(.init("Le fichier est vide : la ligne 1 doit nommer les colonnes (date;arrivee;depart;enfant;heures_facturees)."))
        }
        let delimiter: UnicodeScalar = headerLine.contains(";") ? ";" : ","
        do {
            let reader = try CSVReader(string: body, hasHeaderRow: true, trimFields: true, delimiter: delimiter)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            return .success((reader.headerRow ?? [], rows))
        } catch {
            return .failure(.init("Le fichier CSV est illisible (guillemet non fermé ?) : rien n'a été importé."))
        }
    }
}

struct AttendanceCSVError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
