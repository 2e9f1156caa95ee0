/// What the learned rule takes from one message: its log odds and the two
/// strongest quotable features each way. Kept with the message's scan, so a
/// message that repeats an earlier one word for word costs nothing more.
struct LearnedMessageScore: Sendable, Equatable {
    static let none: UInt16 = 0xFFFF

    var logOdds: Float = 0
    /// Feature indices, strongest first; `none` when absent.
    var thirsty: (UInt16, UInt16) = (none, none)
    var sincere: (UInt16, UInt16) = (none, none)

    static func == (a: Self, b: Self) -> Bool {
        a.logOdds == b.logOdds && a.thirsty == b.thirsty && a.sincere == b.sincere
    }

    init() {}

    init(logOdds: Float, tops: Tops) {
        self.logOdds = logOdds
        thirsty = (tops.thirsty.0, tops.thirsty.1)
        sincere = (tops.sincere.0, tops.sincere.1)
    }

    /// The running best while a message is scored.
    struct Tops {
        var thirsty: (UInt16, UInt16) = (none, none)
        var thirstyWeight: (Float, Float) = (0, 0)
        var sincere: (UInt16, UInt16) = (none, none)
        var sincereWeight: (Float, Float) = (0, 0)

        @inline(__always) mutating func consider(_ f: UInt16, _ w: Float) {
            if w > 0 {
                if f == thirsty.0 || f == thirsty.1 { return }
                if w > thirstyWeight.0 {
                    thirsty = (f, thirsty.0); thirstyWeight = (w, thirstyWeight.0)
                } else if w > thirstyWeight.1 {
                    thirsty.1 = f; thirstyWeight.1 = w
                }
            } else if w < 0 {
                if f == sincere.0 || f == sincere.1 { return }
                if w < sincereWeight.0 {
                    sincere = (f, sincere.0); sincereWeight = (w, sincereWeight.0)
                } else if w < sincereWeight.1 {
                    sincere.1 = f; sincereWeight.1 = w
                }
            }
        }
    }
}
