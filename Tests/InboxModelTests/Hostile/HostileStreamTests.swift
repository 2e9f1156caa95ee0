import Foundation
import Testing
@testable import InboxModel

#if canImport(Glibc)
import Glibc
#endif

/// Fixtures that are not plain files that hold still: devices, FIFOs,
/// links, and files truncated while they are read.
@Suite struct HostileStreamTests {
    static func tempDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A valid fixture whose middle is `padding` bytes of blank space, so
    /// the parser walks through many pages of it.
    static func padded(_ format: FixtureFormat, padding: Int) -> [UInt8] {
        let blank = String(repeating: " ", count: padding)
        switch format {
        case .json:
            return Array("{\"version\": 1,\(blank)\"owner\": {\"id\": \"me\", \"name\": \"Robin Okafor\"}, \"people\": [], \"events\": []}\n".utf8)
        case .yaml:
            return Array("version: 1\(blank)\nowner: {id: me, name: Robin Okafor}\npeople: []\nevents: []\n".utf8)
        }
    }

    // MARK: Truncated while mapped

    @Test("a mapped fixture truncated before it is parsed is an unreadable file, not SIGBUS",
          arguments: FixtureFormat.allCases, [0, 4096, 5000, 3 * 65536])
    func truncatedWhileMapped(format: FixtureFormat, keep: Int) throws {
        let dir = try Self.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.\(format.rawValue)").path
        try Data(Self.padded(format, padding: 1 << 20)).write(to: URL(fileURLWithPath: path))
        do {
            _ = try FixtureLoader.load(path: path, format: nil, mapThreshold: 0) {
                #expect(truncate(path, off_t(keep)) == 0)
            }
            Issue.record("loaded a file that shrank to \(keep) bytes")
        } catch {
            guard case .unreadable(let p, let reason) = error else { Issue.record("\(error)"); return }
            #expect(p == path)
            #expect(reason.contains("shrank while it was read"))
        }
        // The guard is gone afterwards, and a whole file loads as before.
        try Data(Self.padded(format, padding: 1 << 20)).write(to: URL(fileURLWithPath: path))
        _ = try FixtureLoader.load(path: path, format: nil, mapThreshold: 0) {}
    }

    @Test("through the real binary: a large fixture truncated while check runs ends with a status, never a signal",
          .enabled(if: PackagePaths.thirsty != nil))
    func truncatedDuringCheck() throws {
        let dir = try Self.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.json").path
        // Above the size from which fixtures are mapped.
        let bytes = Self.padded(.json, padding: FixtureLoader.mapThreshold + (8 << 20))
        for attempt in 0..<4 {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let process = Process()
            let binary = try #require(PackagePaths.thirsty)
            process.executableURL = binary
            process.arguments = ["check", path]
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            // Shrink it at some moment during the run: which moment does
            // not matter, only that every outcome is a clean exit.
            usleep(useconds_t(attempt * 20_000))
            #expect(truncate(path, 4096) == 0)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "attempt \(attempt): killed by signal \(process.terminationStatus)")
            #expect([0, 65, 66].contains(process.terminationStatus), "attempt \(attempt): \(stderr)")
            if process.terminationStatus != 0 {
                #expect(stderr.hasSuffix("\n") && String(stderr.dropLast()).isPrintableLine, "\(stderr)")
            }
        }
    }

    // MARK: Devices and FIFOs

    @Test("reading /dev/zero and /dev/urandom stops at the first bad byte, after one chunk",
          arguments: ["/dev/zero", "/dev/urandom"])
    func devicesStopAtTheFirstBadByte(device: String) throws {
        let bytes = try FixtureLoader.read(path: device)
        #expect(bytes.count <= 2 << 20, "read \(bytes.count) bytes")
        #expect(throws: FixtureLoadError.self) { try FixtureLoader.load(path: device) }
    }

    @Test("the chunk check waits for a UTF-8 sequence split across chunks")
    func splitSequenceIsNotAnError() {
        let text = Array("héllo".utf8)
        #expect(FixtureLoader.checkedPrefix(Array(text.prefix(2)), from: 0) == 1)
        #expect(FixtureLoader.checkedPrefix(text, from: 1) == text.count)
        #expect(FixtureLoader.checkedPrefix(text + [0xFF, 0x41, 0x41, 0x41, 0x41], from: 0) == nil)
        #expect(FixtureLoader.checkedPrefix(text + [0x00], from: 0) == nil)
    }

    @Test("through the real binary: devices as the fixture exit 65 with one line",
          .enabled(if: PackagePaths.thirsty != nil), arguments: ["/dev/zero", "/dev/urandom"])
    func devicesThroughTheBinary(device: String) throws {
        let run = try HostileBinaryTests.check(device)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("thirsty: \(device):"), "\(run.stderr)")
        #expect(String(run.stderr.dropLast()).isPrintableLine)
    }

    /// Starts `sh -c script` with `fifo` in $1 (the writing end).
    static func writer(_ script: String, fifo: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "writer", fifo]
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("through the real binary: an endless FIFO of junk ends with 65; a FIFO holding a fixture loads",
          .enabled(if: PackagePaths.thirsty != nil))
    func fifoAsFixture() throws {
        let dir = try Self.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("inbox.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)

        let endless = try Self.writer("cat /dev/zero > \"$1\"", fifo: fifo)
        let run = try HostileBinaryTests.check(fifo)
        endless.terminate()
        endless.waitUntilExit()
        #expect(run.status == 65)
        #expect(run.stderr == "thirsty: \(fifo):1:1: file contains a NUL byte\n")

        let example = PackagePaths.schema.appendingPathComponent("example-v1.yaml").path
        let once = try Self.writer("cat \"\(example)\" > \"$1\"", fifo: fifo)
        let good = try HostileBinaryTests.check(fifo)
        once.waitUntilExit()
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("Robin Okafor"))
    }

    @Test("through the real binary: a symbolic link loop and a directory as the fixture exit 66 with one line",
          .enabled(if: PackagePaths.thirsty != nil))
    func linksAsFixture() throws {
        let dir = try Self.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let loop = dir.appendingPathComponent("loop.yaml").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let looped = try HostileBinaryTests.check(loop)
        #expect(looped.status == 66)
        #expect(looped.stderr.hasPrefix("thirsty: \(loop): cannot read:"), "\(looped.stderr)")
        let folder = try HostileBinaryTests.check(dir.path)
        #expect(folder.status == 66)
        // A folder may be a LinkedIn export; one that holds none of its files is the wrong input.
        #expect(folder.stderr.hasPrefix("thirsty: \(dir.path): a folder, and not a LinkedIn export"), "\(folder.stderr)")
        #expect(folder.stderr.split(separator: "\n").count == 1)

        // A link to a good fixture is that fixture.
        let example = PackagePaths.schema.appendingPathComponent("example-v1.yaml").path
        let link = dir.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: example)
        #expect(try HostileBinaryTests.check(link).status == 0)
    }
}
