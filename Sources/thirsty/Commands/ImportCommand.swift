import ArgumentParser
import Foundation
import InboxModel
import LinkedInExport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a LinkedIn data export (ZIP or folder) and write it as a fixture (format v1).",
        discussion: """
        Every other command reads an export directly; import makes a fixture
        of it to edit or share. With --anonymize, names, profile ids, URLs and
        numbers are replaced consistently, so a real inbox can become a test
        case; the verdicts stay the same. Only -o's file is written; without
        -o the fixture goes to standard output.
          thirsty import Basic_LinkedInDataExport.zip --anonymize -o inbox.yaml
        """
    )

    @Argument(help: "A LinkedIn data export: the ZIP LinkedIn sends, or its unzipped folder.")
    var export: String

    @Option(name: .shortAndLong, help: "Write the fixture here (.yaml, .yml or .json); default: JSON on standard output.")
    var output: String?

    @Flag(help: "Replace names, profile ids, URLs and numbers with consistent fictional ones.")
    var anonymize = false

    func run() throws {
        guard FixtureInput.isExport(export) || !FileManager.default.fileExists(atPath: export) else {
            throw UserError(status: Exit.dataError, message: "\(export): not a ZIP archive or an export folder")
        }
        var (inbox, summary) = try FixtureInput.loadExport(export)
        if anonymize { inbox = Anonymizer.anonymize(inbox) }
        let format: FixtureFormat
        if let output {
            let lower = output.lowercased()
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
                format = .yaml
            } else if lower.hasSuffix(".json") {
                format = .json
            } else {
                throw ValidationError("-o \(output): name the file .yaml, .yml or .json")
            }
        } else {
            format = .json
        }
        let bytes = FixtureEncoder.encode(inbox, format: format)
        if let output {
            // Written next to the target and renamed over it: an interrupted
            // import leaves no half-written fixture.
            let temp = output + ".partial"
            guard FileManager.default.createFile(atPath: temp, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                throw UserError(status: Exit.cantCreate, message: "\(output): cannot write")
            }
            if rename(temp, output) != 0 {
                unlink(temp)
                throw UserError(status: Exit.cantCreate, message: "\(output): cannot write")
            }
            Stderr.line("wrote \(output): \(summary.text)")
        } else {
            Stdout.write(String(decoding: bytes, as: UTF8.self))
        }
    }
}
