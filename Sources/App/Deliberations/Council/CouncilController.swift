import CTGCore
import Fluent
import Vapor

/// `/conseil`: the council of the coordinateur's territory, entered by hand or from a CSV
/// list, and the register settings the documents do not give (SIRET, préfecture).
enum CouncilController {
    struct MemberForm: Content {
        var name: String?
        var commune: String?
        var role: String?
        var titulaire: String?
        var mandateStart: String?
        var mandateEnd: String?
    }

    struct ImportForm: Content {
        var csv: String?
        var file: File?
    }

    struct SettingsForm: Content {
        var officialName: String?
        var siret: String?
        var prefId: String?
        var ownTaxation: String?
    }

    @Sendable static func show(req: Request) async throws -> View {
        try await req.view.render("council", try await CouncilPage.build(req: req))
    }

    @Sendable static func addMember(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        let (territoryID, roster) = try await context(req)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(MemberForm.self)
        var fields = RegisterFormFields()
        let name = fields.required(form.name, "Nom")
        let role = fields.text(form.role).flatMap(CouncilMember.Role.init(rawValue:))
        if role == nil { fields.fail("Choisissez la qualité : titulaire ou suppléant.") }
        let titulaire = fields.text(form.titulaire).flatMap(Int.init).flatMap(roster.member(id:))?.name
        let entry = CouncilEntry(name: name, commune: fields.text(form.commune), role: role ?? .titulaire,
                                 titulaire: role == .suppleant ? titulaire : nil,
                                 mandateStart: fields.date(form.mandateStart, "Début de mandat"),
                                 mandateEnd: fields.date(form.mandateEnd, "Fin de mandat"))
        if let existing = roster.members.first(where: { CouncilEntry.key($0.name) == CouncilEntry.key(name) }), !name.isEmpty {
            fields.fail(CouncilWriter.alreadyMember(existing.name).reason)
        }
        let errors = fields.errors + (fields.errors.isEmpty ? CouncilRules.validate([entry], existing: roster.members) : [])
        guard errors.isEmpty else {
            return try await DeliberationsAdmin.refuse(req, view: "council", try await CouncilPage.build(req: req, member: form, memberErrors: errors))
        }
        let back = try await req.territoryScope().path(.council)
        return try await FormSubmissions.once(req) { tx in
            try await CouncilWriter.upsert([entry], territoryID: territoryID, user: user, source: "saisie", addingOnly: true, on: tx)
            return back
        }
    }

    /// All lines or none: the first wrong line refuses the whole file.
    @Sendable static func importCSV(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireRole(.coordinateur)
        let (territoryID, roster) = try await context(req)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(ImportForm.self)
        let text = form.file.flatMap { $0.data.readableBytes > 0 ? String(buffer: $0.data) : nil } ?? form.csv ?? ""
        let (entries, parseErrors) = FieldLimits.limit(forField: "csv").problem(text).map { ([], [$0]) } ?? CouncilCSV.parse(text)
        let errors = parseErrors.isEmpty ? CouncilRules.validate(entries, existing: roster.members) : parseErrors
        guard errors.isEmpty else {
            let page = try await CouncilPage.build(req: req, csv: form.csv, importErrors: errors)
            return try await DeliberationsAdmin.refuse(req, view: "council", page)
        }
        return try await FormSubmissions.once(req) { tx in
            try await CouncilWriter.upsert(entries, territoryID: territoryID, user: user, source: "import CSV", on: tx)
            return scope.path(.council)
        }
    }

    @Sendable static func saveSettings(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireRole(.coordinateur)
        let territory = try await DeliberationsAdmin.territory(for: req)
        let form = try req.content.decode(SettingsForm.self)
        var fields = RegisterFormFields()
        let siret = fields.text(form.siret)?.replacingOccurrences(of: " ", with: "")
        if let siret {
            if siret.count != 14 || !siret.allSatisfy({ $0.isASCII && $0.isNumber }) {
                fields.fail("Le SIRET doit comporter 14 chiffres : les 9 du SIREN puis les 5 du NIC.")
            } else if !siret.hasPrefix(territory.siren) {
                fields.fail("Le SIRET doit commencer par le SIREN du territoire (\(territory.siren)).")
            } else if !Luhn.isValid(siret) {
                fields.fail("Le SIRET « \(siret) » est invalide : sa clé de contrôle (algorithme de Luhn) est fausse.")
            }
        }
        let prefID = fields.text(form.prefId)?.uppercased()
        if let prefID, prefID.range(of: #"^((PREF|SGAR)\d{2}[0-9AB]|SPREF\d{2}[0-9AB]\d)$"#, options: .regularExpression) == nil {
            fields.fail("L'identifiant du contrôle de légalité « \(prefID) » doit suivre la forme PREF063, SPREF0632 ou SGAR063.")
        }
        guard fields.errors.isEmpty else {
            return try await DeliberationsAdmin.refuse(req, view: "council", try await CouncilPage.build(req: req, settings: form, settingsErrors: fields.errors))
        }
        let officialName = fields.text(form.officialName)
        try await req.db.writeTransaction { tx in
            // Read under the write lock, so two first saves cannot both insert the territory's row.
            let settings = try await RegisterSettings.forTerritory(territory, on: tx)
            settings.officialName = officialName
            settings.siret = siret
            settings.prefID = prefID
            settings.ownTaxation = form.ownTaxation != nil
            try await settings.save(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: territory.requireID(), entity: .registerSettings,
                                   entityID: settings.id, summary: "Paramètres du registre : SIRET \(siret ?? "non renseigné"), "
                                       + "contrôle de légalité \(prefID ?? "non renseigné").")
        }
        return req.redirect(to: scope.path(.council), redirectType: .normal)
    }

    static func context(_ req: Request) async throws -> (Int, CouncilRoster) {
        let territoryID = try await DeliberationsAdmin.territory(for: req).requireID()
        return (territoryID, try await CouncilRoster.load(territoryID: territoryID, on: req.db))
    }
}
