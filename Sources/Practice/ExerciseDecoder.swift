import InboxModel
// Yams comes with InboxModel (the fixture decoder reads YAML with it).
import Yams

/// Reads an exercise from YAML. Unknown keys are errors, so a misspelt
/// field is caught instead of silently ignored.
public enum ExerciseDecoder {
    /// Exercises are a screen of text; anything much larger is a mistake.
    static let maxBytes = 256 * 1024

    static let required = ["title", "kind", "scene", "person", "prompt", "example", "strong_answers"]
    static let optional = ["version", "at", "checks", "must_pass", "must_fail"]

    public static func decode(_ bytes: [UInt8], name: String, file: String) throws(ExerciseError) -> Exercise {
        guard bytes.count <= maxBytes else { throw ExerciseError(file: file, message: "file is larger than \(maxBytes / 1024) KB") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw ExerciseError(file: file, message: "not valid UTF-8") }
        return try decode(text, name: name, file: file)
    }

    public static func decode(_ text: String, name: String, file: String) throws(ExerciseError) -> Exercise {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ExerciseError(file: file, message: "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        guard let root, let mapping = root.mapping else {
            throw ExerciseError(file: file, line: root?.mark?.line, message: "expected a mapping with title, kind, scene, person, prompt, example and strong_answers")
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let k = key.string else { throw ExerciseError(file: file, line: key.mark?.line, message: "keys must be strings") }
            guard required.contains(k) || optional.contains(k) else {
                throw ExerciseError(file: file, line: key.mark?.line, field: k,
                                    message: "unknown field; expected one of \((required + optional).joined(separator: ", "))")
            }
            guard fields[k] == nil else { throw ExerciseError(file: file, line: key.mark?.line, field: k, message: "appears twice") }
            fields[k] = value
        }
        for k in required where fields[k] == nil {
            throw ExerciseError(file: file, line: root.mark?.line, field: k, message: "missing")
        }

        func string(_ key: String) throws(ExerciseError) -> String {
            guard let node = fields[key], let scalar = node.scalar else {
                throw ExerciseError(file: file, line: fields[key]?.mark?.line, field: key, message: "expected text")
            }
            let s = scalar.string.trimmingSpaces()
            guard !s.isEmpty else { throw ExerciseError(file: file, line: node.mark?.line, field: key, message: "is empty") }
            return s
        }

        if let v = fields["version"], v.scalar?.string != "1" {
            throw ExerciseError(file: file, line: v.mark?.line, field: "version", message: "only version 1 is supported")
        }
        let kindText = try string("kind")
        guard let kind = Exercise.Kind(rawValue: kindText) else {
            throw ExerciseError(file: file, line: fields["kind"]?.mark?.line, field: "kind",
                                message: "\"\(kindText)\" is not one of \(Exercise.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var at: Timestamp?
        if fields["at"] != nil {
            let t = try string("at")
            do {
                at = try Timestamp.parse(t, allowDateOnly: true)
            } catch {
                throw ExerciseError(file: file, line: fields["at"]?.mark?.line, field: "at", message: error.description)
            }
        }
        guard let list = fields["strong_answers"]?.sequence else {
            throw ExerciseError(file: file, line: fields["strong_answers"]?.mark?.line, field: "strong_answers", message: "expected a list of points")
        }
        let points = try texts(list, field: "strong_answers", file: file)
        guard !points.isEmpty else {
            throw ExerciseError(file: file, line: fields["strong_answers"]?.mark?.line, field: "strong_answers", message: "needs at least one point")
        }
        func optionalTexts(_ key: String) throws(ExerciseError) -> [String] {
            guard let node = fields[key] else { return [] }
            guard let list = node.sequence else {
                throw ExerciseError(file: file, line: node.mark?.line, field: key, message: "expected a list of answers")
            }
            return try texts(list, field: key, file: file)
        }
        return Exercise(
            name: name, title: try string("title"), kind: kind, scene: Exercise.SceneSource(try string("scene")),
            person: try string("person"), at: at, prompt: try string("prompt"), example: try string("example"),
            strongAnswers: points, checks: try checks(fields["checks"], file: file),
            mustPass: try optionalTexts("must_pass"), mustFail: try optionalTexts("must_fail"))
    }

    private static func texts(_ list: Node.Sequence, field: String, file: String) throws(ExerciseError) -> [String] {
        var out: [String] = []
        for (i, item) in list.enumerated() {
            guard let s = item.scalar?.string.trimmingSpaces(), !s.isEmpty else {
                throw ExerciseError(file: file, line: item.mark?.line, field: "\(field)[\(i)]", message: "expected text")
            }
            out.append(s)
        }
        return out
    }

    /// `checks: [declines, no-sarcasm, {max-words: 80}]`: bare names, and
    /// `max-words` as a one-key mapping with its number.
    private static func checks(_ node: Node?, file: String) throws(ExerciseError) -> [ExerciseCheck] {
        guard let node else { return [] }
        guard let list = node.sequence else {
            throw ExerciseError(file: file, line: node.mark?.line, field: "checks", message: "expected a list of checks")
        }
        var out: [ExerciseCheck] = []
        for (i, item) in list.enumerated() {
            let field = "checks[\(i)]"
            let expected = "expected one of \(ExerciseCheck.names.joined(separator: ", ")) (max-words as \"max-words: N\")"
            let check: ExerciseCheck
            if let name = item.scalar?.string.trimmingSpaces() {
                guard let c = ExerciseCheck(name: name) else {
                    throw ExerciseError(file: file, line: item.mark?.line, field: field, message: "\"\(name)\" is not a check; \(expected)")
                }
                check = c
            } else if let mapping = item.mapping, mapping.count == 1, let pair = mapping.first, pair.key.string == "max-words" {
                let value = pair.value
                guard let n = value.scalar.flatMap({ Int($0.string) }), n > 0, n <= 10_000 else {
                    throw ExerciseError(file: file, line: value.mark?.line, field: field, message: "max-words needs a whole number from 1 to 10000")
                }
                check = .maxWords(n)
            } else {
                throw ExerciseError(file: file, line: item.mark?.line, field: field, message: expected)
            }
            guard !out.contains(where: { $0.name == check.name }) else {
                throw ExerciseError(file: file, line: item.mark?.line, field: field, message: "\(check.name) appears twice")
            }
            out.append(check)
        }
        return out
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
