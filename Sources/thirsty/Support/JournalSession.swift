import Foundation
import InboxJournal
import InboxModel
import InboxUI

/// Opens the journal for the inbox being browsed and replays it, so the
/// user's earlier actions (and drafts) come back when the file is reopened.
struct JournalSession {
    let journal: Journal?
    var inbox: Inbox
    var drafts: [String: String] = [:]
    /// One-line notes for the user: torn records, skipped actions, stale journals.
    var notes: [String] = []

    /// The identity a journal is keyed by: the file the fixture's path
    /// resolves to (or the built-in inbox's name) and a hash of its bytes,
    /// so a symbolic or hard link to the file shares its journal and lock.
    struct Source {
        var name: String
        var contentHash: String

        /// `knownHash` is the file's fingerprint when it was taken already
        /// (on the second core while the fixture loaded).
        static func of(file: String?, knownHash: String? = nil) throws -> Source {
            guard let file else {
                return Source(name: "builtin:seed-inbox", contentHash: ContentHash.of(FixtureInput.builtinBytes))
            }
            let hash: String
            if let knownHash {
                hash = knownHash
            } else {
                do {
                    hash = ContentHash.of(try FixtureLoader.read(path: file))
                } catch {
                    throw UserError(status: Exit.noInput, message: error.description)
                }
            }
            return Source(name: FileIdentity.of(path: file), contentHash: hash)
        }
    }

    static var directory: String { Journal.defaultDirectory(environment: ProcessInfo.processInfo.environment) }

    /// Opens and replays; `fresh` skips the journal entirely for this session.
    static func open(inbox: Inbox, file: String?, fresh: Bool, knownHash: String? = nil) throws -> JournalSession {
        guard !fresh else {
            return JournalSession(journal: nil, inbox: inbox, notes: ["Fresh session: nothing is replayed or saved"])
        }
        let source = try Source.of(file: file, knownHash: knownHash)
        let journal: Journal
        let contents: JournalContents
        do {
            (journal, contents) = try Journal.open(source: source.name, contentHash: source.contentHash, directory: directory)
        } catch {
            switch error {
            case .locked: throw UserError(status: Exit.tempFail, message: error.description)
            case .unsafe: throw UserError(status: Exit.cantCreate, message: error.description)
            // Refuse rather than run without saving: the user would believe
            // their actions were kept.
            case .io: throw UserError(status: Exit.cantCreate, message: "\(error.description); to browse without saving anything, add --fresh")
            }
        }
        var session = JournalSession(journal: journal, inbox: inbox, notes: contents.warnings)
        session.replay(contents.records)
        return session
    }

    mutating func replay(_ records: [JournalRecord]) {
        var skipped = 0
        // Actions replayed, so an undo takes back the last one still standing.
        var applied: [Event] = []
        for record in records {
            if record.kind == .draft {
                drafts[record.person] = record.text.isEmpty ? nil : record.text
                continue
            }
            if record.kind == .undo {
                if let last = applied.popLast(), inbox.removeLast(last) {
                    if last.type == .message { drafts[record.person] = last.text }
                } else {
                    skipped += 1
                }
                continue
            }
            guard let event = record.event(in: inbox) else {
                skipped += 1
                continue
            }
            do {
                let index = try inbox.append(event)
                applied.append(inbox.events[index])
            } catch {
                skipped += 1
            }
        }
        if skipped > 0 {
            notes.append("\(skipped) journaled action\(skipped == 1 ? "" : "s") no longer fit this inbox and \(skipped == 1 ? "was" : "were") skipped")
        }
    }

    /// Writes an action durably; the UI shows it as done only after this returns.
    func record(_ effect: Effect) throws {
        guard let journal else { return }
        switch effect {
        case .persist(let event):
            guard let record = JournalRecord(event: event, in: inbox) else { return }
            try journal.append(record)
        case .persistUndo(let event):
            guard let undone = JournalRecord(event: event, in: inbox) else { return }
            try journal.append(JournalRecord(undoing: undone, at: inbox.now))
        case .persistDraft(let person, let text):
            try journal.append(JournalRecord(kind: .draft, at: inbox.now, person: person, text: text))
        default:
            return
        }
    }
}
