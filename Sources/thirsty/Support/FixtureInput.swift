import ArgumentParser
import BundledFixtures
import InboxModel
import InboxUI
import LinkedInExport

/// Where an inbox comes from: a file the user named, or the built-in one.
enum FixtureInput {
    static let builtinName = "built-in inbox"

    /// Loads `path`, or the built-in inbox when nil; user errors become a
    /// one-line message and a sysexits status. A LinkedIn data export (its
    /// ZIP or unzipped folder) is read as an inbox like a fixture.
    static func load(_ path: String?) throws -> Inbox {
        guard let path else { return try builtin() }
        if ExportFiles.isExport(path: path) { return try loadExport(path).inbox }
        do {
            return try FixtureLoader.load(path: path)
        } catch {
            switch error {
            case .notFound, .unreadable: throw UserError(status: Exit.noInput, message: error.description)
            case .invalid: throw UserError(status: Exit.dataError, message: error.description)
            }
        }
    }

    /// A data export and what reading it found; errors as for fixtures.
    static func loadExport(_ path: String) throws -> (inbox: Inbox, summary: ExportSummary) {
        do {
            return try ExportReader.read(path: path)
        } catch {
            throw userError(error)
        }
    }

    /// For the browser: a large export opens on everything but its
    /// messages, which are read once the first frame is up (on another
    /// core, while the user looks at the invitations); anything else, and
    /// a small export, is loaded whole.
    static func loadInStages(_ path: String?) throws -> (inbox: Inbox, pending: PendingInbox?) {
        guard let path, isExport(path) else { return (try load(path), nil) }
        let first: Inbox
        let remainder: ExportRemainder?
        do {
            (first, _, remainder) = try ExportReader.readInStages(path: path)
        } catch {
            throw userError(error)
        }
        guard let remainder else { return (first, nil) }
        let tenths = (remainder.bytes + 50_000) / 100_000
        let pending = PendingInbox(what: "\(remainder.what), \(tenths / 10).\(tenths % 10) MB") {
            do throws(ExportError) {
                return .success(try remainder.read().inbox)
            } catch {
                return .failure(LoadFailure(error.description))
            }
        }
        return (first, pending)
    }

    /// An export that cannot be read: missing (66) or bad data (65).
    private static func userError(_ error: ExportError) -> UserError {
        UserError(status: error.isMissingInput ? Exit.noInput : Exit.dataError, message: error.description)
    }

    /// Whether `path` names a data export rather than a fixture.
    static func isExport(_ path: String?) -> Bool { path.map(ExportFiles.isExport(path:)) ?? false }

    static var builtinBytes: [UInt8] { Bundled.seedInbox }

    static func builtin() throws -> Inbox {
        do {
            return try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml, file: Bundled.seedInboxName)
        } catch {
            throw UserError.broken("the built-in inbox", error)
        }
    }

    /// `--at` parsed as a timestamp, or a usage error.
    static func time(_ text: String?) throws -> Timestamp? {
        guard let text else { return nil }
        do {
            return try Timestamp.parse(text, allowDateOnly: true)
        } catch {
            throw ValidationError("--at \(text): \(error)")
        }
    }
}
