import Foundation

/// Refuses, before anything is touched, a file that cannot be a backup of this
/// engine: missing, empty, or of the other engine's format.
enum BackupFile {
    static func check(_ path: String, engine: DatabaseSetup.Engine) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AppError.notFound("Sauvegarde introuvable ou illisible : « \(path) ».")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        switch engine {
        case .sqlite:
            guard head == Data("SQLite format 3\0".utf8) else {
                throw AppError.invalidInput("« \(path) » n'est pas une sauvegarde SQLite de ctg (faite avec « ctg backup » sur une base SQLite).")
            }
        case .postgres:
            // pg_dump's custom format starts with "PGDMP".
            guard head.starts(with: Data("PGDMP".utf8)) else {
                throw AppError.invalidInput("« \(path) » n'est pas une sauvegarde PostgreSQL de ctg (faite avec « ctg backup » sur une base PostgreSQL).")
            }
        }
    }

    /// Where the state before a restore is kept: beside the backup, dated.
    static func safetyCopyPath(beside path: String, engine: DatabaseSetup.Engine, now: Date = Date()) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let suffix = if case .sqlite = engine { "sqlite" } else { "pgdump" }
        let name = "ctg-avant-restauration-\(formatter.string(from: now)).\(suffix)"
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }
}
