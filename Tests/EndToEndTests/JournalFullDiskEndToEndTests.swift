import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A full disk after start: the journal cannot take the action, so the
/// screen does not show it as done. The journal lives on a private tmpfs
/// of a few pages, filled once the browser is up (mounting needs root).
@Suite("Journal on a full disk, end to end", .serialized, .terminalSlot)
struct JournalFullDiskEndToEndTests {
    static let invitations = 60

    static var fixture: String {
        let people = (0..<invitations).map { "  - {id: p\($0), name: Person Number\($0), headline: Engineer, connections: 300, joined: 2015-01-01, mutual: 5}" }
        let events = (0..<invitations).map { "  - {type: invite, at: 2026-03-\(10 + $0 % 9)T10:\(String(format: "%02d", $0)):00Z, from: p\($0), to: me}" }
        return (["version: 1", "owner: {id: me, name: Robin Okafor}", "now: 2026-03-20T09:00:00Z", "people:"] + people + ["events:"] + events)
            .joined(separator: "\n") + "\n"
    }

    static func sh(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test("an accept that cannot be written stays undone, with one line saying why", .enabled(if: getuid() == 0))
    func acceptOnAFullDiskIsNotApplied() async throws {
        let disk = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-full-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        #expect(Self.sh("mount -t tmpfs -o size=32k tmpfs '\(disk.path)'") == 0)
        defer {
            _ = Self.sh("umount -l '\(disk.path)'")
            try? FileManager.default.removeItem(at: disk)
        }
        let tmux = try TmuxSession(arguments: ["inbox.yaml"], files: ["inbox.yaml": Self.fixture],
                                   environment: ["XDG_DATA_HOME": disk.path])
        defer { tmux.close() }
        try await tmux.waitFor("Invitations (\(Self.invitations))", timeout: JournalEndToEndTests.startup)
        // Fill what is left of the disk: the journal's last page still
        // takes a few records, then a write fails.
        _ = Self.sh("dd if=/dev/zero of='\(disk.path)/filler' bs=1024 count=64 2>/dev/null")
        var accepted = 0
        var failure: String?
        while failure == nil, accepted < Self.invitations {
            try tmux.send("a")
            let left = Self.invitations - accepted - 1
            let screen = try await tmux.waitUntil("the accept saved or refused") {
                $0.contains("could not save") || $0.contains("Invitations (\(left))")
            }
            if screen.contains("could not save") { failure = screen } else { accepted += 1 }
        }
        let screen = try #require(failure, "every accept was written; the disk never filled")
        #expect(screen.contains("not accepted"), "\(tmux.framed(screen))")
        #expect(screen.contains("Invitations (\(Self.invitations - accepted))"), "the refused accept must not show as done: \(tmux.framed(screen))")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }
}
