import Foundation

/// A fixture whose every free-text field tries to take over the terminal:
/// retitle the window, plant a hyperlink, write the clipboard, clear the
/// screen, ring the bell, move the cursor, ask the terminal to type a reply,
/// and reverse the text direction. Written as JSON so every control
/// character can be spelled as an escape.
enum HostileFixture {
    /// Each attack on its own, named for the failure messages.
    static let attacks: [(name: String, text: String)] = [
        ("OSC 0 title (BEL)", "\u{1B}]0;PWNED\u{07}"),
        ("OSC 2 title (ST)", "\u{1B}]2;PWNED-TOO\u{1B}\\"),
        ("OSC 8 hyperlink", "\u{1B}]8;;https://evil.example/\u{1B}\\click me\u{1B}]8;;\u{1B}\\"),
        ("OSC 52 clipboard", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"),
        ("CSI clear screen", "\u{1B}[2J\u{1B}[H"),
        ("CSI cursor up", "\u{1B}[5A"),
        ("CSI device status report", "\u{1B}[6n"),
        ("leave alternate screen", "\u{1B}[?1049l"),
        ("full reset", "\u{1B}c"),
        ("tmux passthrough", "\u{1B}Ptmux;\u{1B}\u{1B}]0;PASSTHRU\u{07}\u{1B}\\"),
        ("C1 CSI", "\u{9B}2J"),
        ("C1 OSC title", "\u{9D}0;C1-PWNED\u{9C}"),
        ("BEL", "ding\u{07}ding"),
        ("backspaces", "safe\u{08}\u{08}\u{08}\u{08}EVIL"),
        ("carriage return", "innocent\rEVIL"),
        ("RLO bidi override", "invoice\u{202E}fdp.exe"),
        ("isolates", "a\u{2066}b\u{2069}c"),
        ("DEL", "x\u{7F}y"),
    ]

    /// All attacks in one string, with a readable marker first.
    static let everything = attacks.map(\.text).joined(separator: " ")

    /// The same things as they must appear on screen (single-line form):
    /// what a reader should see instead of the effect.
    static let visibleMarkers = ["␛]0;PWNED␇", "␛[2J", "\\u{202E}", "\\u{9B}2J"]

    static let json: String = {
        let people: [[String: Any]] = [
            [
                "id": "mallory", "name": "Mallory \u{1B}]0;PWNED\u{07}Vance\u{202E}",
                "headline": "CTO \(everything)", "connections": 500, "joined": "2019-01-01", "mutual": 3,
            ],
            ["id": "trent", "name": "Trent \u{1B}[31mRed\u{1B}[0m \u{9D}0;C1-PWNED\u{9C}", "headline": everything, "connections": 200, "joined": "2018-01-01"],
        ]
        let events: [[String: Any]] = [
            [
                "type": "invite", "at": "2026-03-19T10:00:00Z", "from": "mallory", "to": "me",
                "note": "Hello \(everything)", "caption": "Caption \(everything)",
            ],
            ["type": "invite", "at": "2026-03-01T10:00:00Z", "from": "trent", "to": "me"],
            ["type": "accept", "at": "2026-03-01T11:00:00Z", "by": "me", "from": "trent"],
            [
                "type": "message", "at": "2026-03-02T09:00:00Z", "from": "trent", "to": "me",
                "body": "Body \(everything)\nsecond line \u{1B}]8;;https://evil.example/\u{1B}\\link\u{1B}]8;;\u{1B}\\",
                "caption": "Caption \(everything)",
            ],
        ]
        let object: [String: Any] = [
            "version": 1,
            "title": "Hostile \u{1B}]0;TITLE-PWNED\u{07} inbox",
            "owner": ["id": "me", "name": "Robin Okafor"],
            "now": "2026-03-20T09:00:00Z",
            "people": people,
            "events": events,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()

    /// Characters no output meant for a terminal may contain raw: C0
    /// controls other than newline, DEL, C1 controls, bidi controls and the
    /// Unicode line separators.
    static func forbidden(_ scalar: Unicode.Scalar, allowNewline: Bool = true) -> Bool {
        let v = scalar.value
        if v == 0x0A { return !allowNewline }
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            || v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
    }

    /// The forbidden characters in `text`, spelled out for a failure message.
    static func forbiddenFound(in text: String, allowNewline: Bool = true) -> [String] {
        text.unicodeScalars.filter { forbidden($0, allowNewline: allowNewline) }
            .map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
