import Foundation
import InboxModel
import Shared

/// One thing the user told the learned rule: this person's messages in
/// this inbox are thirsty (or sincere); or forget one of those; or forget
/// them all. The messages themselves are kept, so a teaching means the
/// same thing after the fixture is edited or gone.
public struct Teaching: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case teach
        case forget
        case forgetAll = "forget-all"
    }

    public var kind: Kind
    /// A teaching's number (the one `--forget` takes); for `forget`, the one forgotten.
    public var id: Int
    public var label: ThreadLabel?
    /// The fixture the thread came from, as the user named it.
    public var source: String
    public var person: String
    public var name: String
    public var texts: [String]
    /// Wall-clock time of the teaching, ISO 8601.
    public var at: String

    public init(
        kind: Kind, id: Int, label: ThreadLabel? = nil, source: String = "", person: String = "", name: String = "",
        texts: [String] = [], at: String = ""
    ) {
        self.kind = kind
        self.id = id
        self.label = label
        self.source = source
        self.person = person
        self.name = name
        self.texts = texts
        self.at = at
    }

    /// The JSON of the record, keys sorted so equal records are equal bytes.
    func encoded() -> [UInt8] {
        var object: [String: Any] = ["type": kind.rawValue, "id": id]
        if kind == .teach {
            object["label"] = label?.rawValue ?? ""
            object["source"] = source
            object["person"] = person
            object["name"] = name
            object["texts"] = texts
            object["at"] = at
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return [UInt8](data)
    }

    init?(json bytes: ArraySlice<UInt8>) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let type = object["type"] as? String, let kind = Kind(rawValue: type),
              let id = object["id"] as? Int
        else { return nil }
        self.init(kind: kind, id: id)
        guard kind == .teach else { return }
        guard let label = (object["label"] as? String).flatMap(ThreadLabel.init(rawValue:)),
              let source = object["source"] as? String, let person = object["person"] as? String,
              let name = object["name"] as? String, let texts = object["texts"] as? [String], let at = object["at"] as? String
        else { return nil }
        self.label = label
        self.source = source
        self.person = person
        self.name = name
        self.texts = texts
        self.at = at
    }
}

/// The teachings file's format, the action journal's: a header line, then
/// one record per line as eight hex digits of CRC-32, a space and the JSON.
/// A crash can only cut the last line short, which its checksum exposes.
public enum TeachingLog {
    public static let header = "#thirsty-teachings v1\n"

    /// One record as stored, newline included.
    public static func line(for teaching: Teaching) -> [UInt8] {
        CRC32.line(for: teaching.encoded())
    }

    /// What a file holds: the teachings in force (taught and not forgotten,
    /// a later teaching of the same thread replacing the earlier), the next
    /// free id, and a line per problem found.
    public struct Contents: Sendable, Equatable {
        public var teachings: [Teaching] = []
        public var nextID = 1
        public var warnings: [String] = []
        /// Bytes up to the end of the last whole line, where an append belongs.
        public var validLength = 0

        public init() {}
    }

    public static func read(_ bytes: [UInt8], path: String) -> Contents {
        var out = Contents()
        guard !bytes.isEmpty else { return out }
        let head = Array(header.utf8)
        guard bytes.starts(with: head) else {
            // A header cut off by a crash while the file was created holds nothing.
            if head.starts(with: bytes) { return out }
            out.warnings.append("\(path) is not a thirsty teachings file; it was left alone")
            out.validLength = -1
            return out
        }
        var active: [Teaching] = []
        var position = head.count
        out.validLength = position
        var lineNumber = 1
        while position < bytes.count {
            lineNumber += 1
            guard let end = bytes[position...].firstIndex(of: 0x0A) else {
                out.warnings.append("the last teaching was cut off (a crash while it was written) and is dropped: \(path)")
                break
            }
            let line = bytes[position..<end]
            position = end + 1
            out.validLength = position
            guard let json = CRC32.verified(line), let t = Teaching(json: json) else {
                out.warnings.append("line \(lineNumber) of \(path) is damaged and was skipped")
                continue
            }
            out.nextID = max(out.nextID, t.id + 1)
            switch t.kind {
            case .teach:
                active.removeAll { $0.id == t.id || ($0.source == t.source && $0.person == t.person) }
                active.append(t)
            case .forget:
                active.removeAll { $0.id == t.id }
            case .forgetAll:
                active.removeAll()
            }
        }
        out.teachings = active
        return out
    }

    /// The counts the teachings add to the shipped model. Every feature of
    /// a taught thread counts: the user chose it, one thread is enough.
    public static func counts(_ teachings: [Teaching]) -> LearnedCounts {
        LearnedTrainer.counts(
            teachings.compactMap { t in t.label.map { LearnedExample(label: $0, texts: t.texts) } }, minThreads: 1)
    }
}
