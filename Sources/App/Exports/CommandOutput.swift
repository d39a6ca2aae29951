import Vapor

/// Where an exporting command puts its document: the `--output` file, or
/// stdout, which then carries the document alone (logs go to stderr).
enum CommandOutput {
    static func write(_ data: Data, to path: String?, console: any Console, what: String) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw CommandFailure("Impossible d'écrire le fichier « \(path) ».")
        }
        console.info("\(what) écrit dans \(path).")
    }
}
