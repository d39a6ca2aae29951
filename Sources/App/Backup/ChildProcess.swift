#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NIOPosix

/// Runs a tool (`pg_dump`, `pg_restore`) and waits for it, with `posix_spawn` and `waitpid`.
/// Foundation's `Process` on Linux keeps a run-loop thread and a SIGCHLD source of its own,
/// with known crashes when other threads start processes or fork meanwhile; this asks the
/// kernel directly. The wait runs on a thread pool, never on a Swift concurrency thread.
enum ChildProcess {
    struct Outcome: Sendable {
        var status: Int32
        var errorOutput: String
    }

    static func run(_ executable: String, _ arguments: [String], on pool: NIOThreadPool) async throws -> Outcome {
        try await pool.runIfActive { try runBlocking(executable, arguments) }
    }

    /// Standard error goes to a temporary file rather than a pipe: a tool that writes a lot of
    /// warnings can never block on a full pipe while we wait for it to end.
    static func runBlocking(_ executable: String, _ arguments: [String]) throws -> Outcome {
        let errorPath = NSTemporaryDirectory() + "ctg-child-\(UUID().uuidString).err"
        defer { unlink(errorPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw AppError.unavailable("« \(executable) » n'a pas pu être lancé : \(String(cString: strerror(spawned))).")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else {
                throw AppError.unavailable("Attente de « \(executable) » impossible : \(String(cString: strerror(errno))).")
            }
        }
        let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        let exitCode: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: exitCode, errorOutput: errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
