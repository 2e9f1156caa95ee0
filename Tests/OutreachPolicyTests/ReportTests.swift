import InboxModel
import Testing
@testable import OutreachPolicy
import Shared

@Suite("JSON report")
struct ReportTests {
    @Test func escapesAsJSONRequires() {
        #expect(JSONWriter.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONWriter.quoted("line\nnext\ttab\r") == #""line\nnext\ttab\r""#)
        #expect(JSONWriter.quoted("\u{01}\u{1F}\u{08}\u{0C}") == #""\u0001\u001f\u0008\u000c""#)
        #expect(JSONWriter.quoted("\u{2028}é✓") == "\"\\u2028é✓\"")
        // DEL, C1 controls and bidi marks: inert when the JSON is shown in a terminal.
        #expect(JSONWriter.quoted("\u{7F}\u{9B}31m\u{202E}abc\u{2066}") == #""\u007f\u009b31m\u202eabc\u2066""#)
    }

    @Test func theCheckReportKeepsItsShape() throws {
        let (inbox, _) = SeedArticleTests.inbox()
        let json = VerdictReport(inbox: inbox, state: inbox.state()).json
        #expect(json.hasPrefix(#"{"version": 1, "invitations": [{"from": "t1", "name": "Dale Hammond", "decision": "accept", "reasons": [], "score": "#))
        #expect(json.contains(#""threads": [{"with": "t1", "name": "Dale Hammond", "flagged": true, "score": "#))
        #expect(json.contains(#""stages": ["flattery", "meeting", "nudge", "pitch"], "rules": ["relax", "value", "sincere"]"#))
        #expect(json.contains(#"{"rule": "FLATTERY_HONORED", "score": 2.0, "category": "flattery", "at": "#))
        #expect(json.contains(#""summary": {"title": "test", "owner": "me", "at": "2026-03-11T11:00:00Z", "people": 1, "connections": 1, "events": 5, "#))
        #expect(json.contains(#""summary": {"title": "test", "owner": "me""#))
        #expect(!json.contains("\n"))
        #expect(json.hasSuffix("}}"))
        // Balanced brackets outside strings.
        var depth = 0, inString = false, escaped = false
        for c in json {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            switch c {
            case "\"": inString = true
            case "{", "[": depth += 1
            case "}", "]": depth -= 1
            default: break
            }
            #expect(depth >= 0)
        }
        #expect(depth == 0)
    }

    @Test func scoresPrintTheSameEverywhere() {
        #expect(formatScore(6) == "6.0")
        #expect(formatScore(9.5) == "9.5")
        #expect(formatScore(2.25) == "2.3", "one decimal, half away from zero, as on screen")
        #expect(formatScore(-1.5) == "-1.5")
        #expect(formatScore(0.1 + 0.2) == "0.3")
        #expect(formatScore(0.05) == "0.1")
    }
}
