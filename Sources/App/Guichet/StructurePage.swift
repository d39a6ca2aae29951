import CTGCore
import Fluent
import Vapor

/// `/{territoire}/structures/{id}`: one structure as a family reads it, with its documents.
enum StructurePage {
    struct Fact: Encodable {
        var label: String
        var value: String
    }

    struct Document: Encodable {
        var title: String
        var kind: String
        var href: String
        var details: String
        var removeAction: String?
    }

    struct Page: Encodable {
        var layout: Layout
        var name: String
        var kind: String
        var description: String
        var isDemo: Bool
        var facts: [Fact]
        var website: String?
        var email: String?
        var documents: [Document]
        var directoryHref: String
        var editHref: String?
    }

    @Sendable static func show(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let structure = try await req.structure(in: scope)
        let id = try structure.requireID()
        let canEdit = GuichetAccess.canEdit(req.currentUser, territoryID: scope.territoryID, organisationID: structure.$organisation.id)
        let organisation = try await structure.$organisation.get(on: req.db)?.name
        let documents = try await documents(of: id, scope: scope, removable: canEdit, on: req.db)
        var facts = [Fact(label: "Type", value: structure.structureKind.label),
                     Fact(label: "Commune", value: structure.commune)]
        let optional: [(String, String?)] = [
            ("Gestionnaire", organisation), ("Adresse", structure.address), ("Âges accueillis", structure.ages.label),
            ("Horaires", structure.openingHours), ("Places", structure.places.map { FrenchCount.phrase($0, "place") }),
            ("Téléphone", structure.phone)]
        facts += optional.compactMap { label, value in (value ?? "").isEmpty ? nil : Fact(label: label, value: value ?? "") }
        return try await req.view.render("structure", Page(
            layout: Layout(title: structure.name, scope: scope), name: structure.name, kind: structure.structureKind.label,
            description: structure.description, isDemo: structure.isDemo, facts: facts,
            website: SafeMarkdownSource.isAllowedAddress(structure.website) && structure.website.hasPrefix("http") ? structure.website : nil,
            email: structure.email.isEmpty ? nil : structure.email,
            documents: documents,
            directoryHref: scope.path(.structures), editHref: canEdit ? scope.path(.editStructure(id: id)) : nil))
    }

    /// The structure's documents as its pages list them; `removable` adds the « Retirer » links.
    static func documents(of id: Int, scope: TerritoryScope, removable: Bool, on db: any Database) async throws -> [Document] {
        try await StructureDocument.query(on: db).filter(\.$structure.$id == id).filter(\.$removedAt == nil)
            .sort(\.$kind).sort(\.$title).all().map { document in
                let docID = document.id ?? 0
                return Document(title: document.title, kind: DocumentKind(rawValue: document.kind)?.label ?? document.kind,
                                href: scope.path(.document(structureID: id, documentID: docID)),
                                details: "\(DocumentUpload.typeLabel(document.contentType)), \(DocumentUpload.sizeLabel(document.size))",
                                removeAction: removable ? scope.path(.documentRemoval(structureID: id, documentID: docID)) : nil)
            }
    }
}
