import ArgumentParser
import BundledFixtures
import InboxModel

/// Where an inbox comes from: a file the user named, or the built-in one.
enum FixtureInput {
    static let builtinName = "built-in inbox"

    /// Loads `path`, or the built-in inbox when nil; user errors become a
    /// one-line message and a sysexits status.
    static func load(_ path: String?) throws -> Inbox {
        guard let path else { return try builtin() }
        do {
            return try FixtureLoader.load(path: path)
        } catch {
            switch error {
            case .notFound, .unreadable: throw UserError(status: Exit.noInput, message: error.description)
            case .invalid: throw UserError(status: Exit.dataError, message: error.description)
            }
        }
    }

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
