#if canImport(Glibc)
import Glibc
#endif
import Shared
import Synchronization
import Foundation
import InboxModel
import OutreachPolicy

/// Compiled rulebook tables kept between runs in `$XDG_CACHE_HOME/thirsty`
/// (or `~/.cache/thirsty`), one file per rulebook and build of the program.
/// Compiling the patterns is most of what opening a small inbox waits for.
///
/// Best effort throughout: a cache that cannot be read or written is just
/// not used, and the engine checks whatever it reads (inputs byte for
/// byte, a checksum, every index) before it trusts it.
struct RulebookCacheDirectory: RulebookCache {
    let directory: String
    /// An existing directory the cache lives under (the home directory,
    /// or the one holding `$XDG_CACHE_HOME`): only what is below it is
    /// ever created, never a home that isn't there.
    let base: String
    let programIdentity: [UInt8]

    /// Files kept: a few rulebooks (the built-in one, a user's own) across
    /// a few builds; older files are removed when a new one is written.
    static let keep = 8
    /// Larger files are not used: the built-in rulebook's are about 3 MB.
    static let maxBytes = 64 << 20

    /// The cache for this user and this build of the program, if there is
    /// a home to keep it in and the program can tell its own build.
    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> RulebookCacheDirectory? {
        let directory: String, base: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/"), xdg.count > 1 {
            directory = xdg + "/thirsty"
            base = String(xdg[..<(xdg.lastIndex(of: "/") ?? xdg.startIndex)])
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            directory = home + "/.cache/thirsty"
            base = home
        } else {
            return nil
        }
        guard let identity = programIdentity() else { return nil }
        return RulebookCacheDirectory(directory: directory, base: base.isEmpty ? "/" : base, programIdentity: identity)
    }

    /// The executable's device, inode, size and modification time: a
    /// rebuilt or reinstalled program is a new file, and never reads the
    /// tables an older one wrote.
    static func programIdentity() -> [UInt8]? {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        let fields: [Int64] = [
            Int64(bitPattern: UInt64(info.st_dev)), Int64(bitPattern: UInt64(info.st_ino)), Int64(info.st_size),
            Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec),
        ]
        return fields.flatMap { v in (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    }

    func read(_ name: String) -> [UInt8]? {
        guard let bytes = try? FixtureLoader.read(path: path(name)), !bytes.isEmpty, bytes.count <= Self.maxBytes else { return nil }
        return bytes
    }

    /// Made and written on another thread, off the path to the first
    /// frame; the process waits for it when it exits (`finishWrites`).
    func write(_ name: String, _ bytes: @escaping @Sendable () -> [UInt8]) {
        Self.registerExitWait
        let cache = self
        let job = BackgroundWork({ cache.store(name, bytes()) }, priority: .utility)
        Self.writes.withLock { $0.append(job) }
    }

    /// Writes started, waited for at exit.
    private static let writes = Mutex<[BackgroundWork<Void>]>([])

    /// Once: wait for writes when the process exits, however it exits
    /// normally (the browser leaves through `exit(0)`).
    private static let registerExitWait: Void = { atexit { RulebookCacheDirectory.finishWrites() } }()

    /// Waits (two seconds at most in all) for cache writes still running,
    /// so a short run leaves a whole file behind instead of none.
    static func finishWrites() {
        let jobs = writes.withLock { $0 }
        let deadline = Stopwatch.now() + 2
        for job in jobs where !job.wait(seconds: max(0, deadline - Stopwatch.now())) { return }
    }

    /// Written to a temporary file and renamed into place, so a reader
    /// sees the old file or the whole new one, never part of it.
    private func store(_ name: String, _ bytes: [UInt8]) {
        guard makeDirectory() else { return }
        let temporary = directory + "/." + name + ".\(getpid()).tmp"
        guard FileBytes.write(temporary, bytes, sync: false), rename(temporary, path(name)) == 0 else {
            unlink(temporary)
            return
        }
        removeOldFiles()
    }

    private func path(_ name: String) -> String { directory + "/" + name + ".bin" }

    private func makeDirectory() -> Bool {
        var info = stat()
        guard stat(base, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, directory.hasPrefix(base) else { return false }
        var path = base == "/" ? "" : base
        for part in directory.dropFirst(path.count).split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    /// Keeps the newest `keep` table files, and removes temporary files
    /// an interrupted run left (old enough that no writer still uses them).
    private func removeOldFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        var files: [(path: String, modified: Int)] = []
        let stale = time(nil) - 600
        for name in names {
            var info = stat()
            let p = directory + "/" + name
            guard stat(p, &info) == 0 else { continue }
            if name.hasPrefix(".rules-") && name.hasSuffix(".tmp") {
                if info.st_mtim.tv_sec < stale { unlink(p) }
                continue
            }
            guard name.hasPrefix("rules-") && name.hasSuffix(".bin") else { continue }
            files.append((p, info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec))
        }
        guard files.count > Self.keep else { return }
        for file in files.sorted(by: { $0.modified > $1.modified }).dropFirst(Self.keep) { unlink(file.path) }
    }
}
