#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a program the way a shell would: with no signal blocked and every
/// handler at its default, whatever this process set for itself (curses
/// catches SIGWINCH and SIGTSTP; the browser ignores SIGINT while an editor
/// runs), and without a process group of its own, so it can use the
/// terminal in the foreground.
public enum CleanSpawn {
    /// Spawns `argv` (a path, or with `searchPath` a name looked up in
    /// `PATH`) with `environment` as `KEY=value` strings. Returns the pid,
    /// or the `errno` that `posix_spawn` gave.
    public static func spawn(
        _ argv: [String],
        environment: [String],
        fileActions: UnsafePointer<posix_spawn_file_actions_t>? = nil,
        searchPath: Bool = false
    ) -> Result<pid_t, SpawnError> {
        guard let program = argv.first else { return .failure(SpawnError(code: EINVAL)) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup($0) } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = searchPath
            ? posix_spawnp(&pid, program, fileActions, &attributes, &cArgs, &cEnv)
            : posix_spawn(&pid, program, fileActions, &attributes, &cArgs, &cEnv)
        return spawned == 0 ? .success(pid) : .failure(SpawnError(code: spawned))
    }
}

/// Why a program could not be started.
public struct SpawnError: Error, Sendable, CustomStringConvertible {
    public let code: Int32
    public var description: String { String(cString: strerror(code)) }
}
