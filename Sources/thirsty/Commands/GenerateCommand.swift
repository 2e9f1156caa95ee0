import ArgumentParser
import InboxGenerator
import InboxModel
import LinkedInExport
#if canImport(Glibc)
import Glibc
#endif

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic inbox of any size (fixture format v1) to standard output.",
        discussion: """
        The same arguments always give the same bytes. Example:
          thirsty generate --people 30000 --messages 300000 > big.json
        --format mbox writes the same inbox's messages as an mbox instead, to
        open them in a mail client for comparison (not a fixture).
        --format linkedin-export writes it as a LinkedIn data export (a ZIP of
        CSV files) in the shape of --era 2021, 2024 or 2026:
          thirsty generate --people 200 --format linkedin-export --era 2024 > export.zip
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, yaml, mbox
        case linkedinExport = "linkedin-export"
    }

    @Option(help: "People in the inbox besides the owner.")
    var people: Int = 1_000

    @Option(help: "Messages across all threads (default: ten per person).")
    var messages: Int?

    @Option(help: "Invitations still waiting for a decision (default: one in twenty people).")
    var invitations: Int?

    @Option(help: "Seed for the generator.")
    var seed: UInt64 = GeneratorOptions.defaultSeed

    @Option(help: "Output format: json or yaml (a fixture), mbox (its messages, for a mail client), or linkedin-export (a ZIP).")
    var format: Format = .json

    @Option(help: "With --format linkedin-export: the export's shape, 2021, 2024 or 2026.")
    var era: ExportEra = .y2026

    func validate() throws {
        if era != .y2026 && format != .linkedinExport { throw ValidationError("--era needs --format linkedin-export") }
        guard (0...1_000_000).contains(people) else { throw ValidationError("--people must be between 0 and 1000000") }
        if let messages {
            guard (0...10_000_000).contains(messages) else { throw ValidationError("--messages must be between 0 and 10000000") }
            guard messages == 0 || people > 0 else { throw ValidationError("--messages needs at least one person to write them") }
        }
        if let invitations {
            let writers = (messages ?? people * 10) > 0 ? 1 : 0
            guard (0...max(0, people - writers)).contains(invitations) else {
                throw ValidationError(writers == 0
                    ? "--invitations must be between 0 and the number of people (\(people))"
                    : "--invitations must leave at least one of the \(people) people to write the messages")
            }
        }
    }

    func run() throws {
        let options = GeneratorOptions(people: people, messages: messages ?? people * 10, invitations: invitations, seed: seed)
        var bar = ProgressBar(enabled: isatty(2) == 1)
        let inbox = InboxGenerator.generate(options) { bar.show("generating", $0 * 0.5) }
        var failed: Int32 = 0
        let progress = { (f: Double) in bar.show("writing", 0.5 + f * 0.5) }
        switch format {
        case .json, .yaml:
            FixtureEncoder.encode(inbox, format: format == .yaml ? .yaml : .json, progress: progress) { chunk in
                if failed == 0 { failed = writeAll(chunk) }
            }
        case .mbox:
            MboxWriter.write(inbox, progress: progress) { chunk in
                if failed == 0 { failed = writeAll(chunk) }
            }
        case .linkedinExport:
            let zip: [UInt8]
            do { zip = try SyntheticExport(inbox: inbox, era: era).zip() } catch {
                throw UserError(status: Exit.software, message: "cannot write the export: \(error)")
            }
            progress(1)
            failed = writeAll(zip)
        }
        bar.clear()
        if failed != 0 {
            throw UserError(status: Exit.ioError, message: "cannot write the inbox: \(String(cString: strerror(failed)))")
        }
    }

    /// Writes every byte to standard output; returns errno on failure, else 0.
    private func writeAll(_ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(1, buf.baseAddress.map { $0 + offset }, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return 0
        }
    }
}

/// A one-line progress bar on standard error, drawn only for a terminal and
/// only when the shown percentage changes.
struct ProgressBar {
    let enabled: Bool
    private var shown = -1

    init(enabled: Bool) { self.enabled = enabled }

    mutating func show(_ label: String, _ fraction: Double) {
        guard enabled else { return }
        let percent = Int((min(1, max(0, fraction)) * 100).rounded(.down))
        guard percent != shown else { return }
        shown = percent
        let width = 30
        let filled = percent * width / 100
        Stderr.write("\r\(label) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(percent)%\u{1B}[K")
    }

    func clear() {
        if enabled && shown >= 0 { Stderr.write("\r\u{1B}[K") }
    }
}

extension ExportEra: ExpressibleByArgument {}
