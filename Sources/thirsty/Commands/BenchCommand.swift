import ArgumentParser

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time loading, analysing, the first frame and 1,000 keystrokes on a fixture.",
        discussion: """
        Runs the browser's own code paths with the screen kept in memory
        (\(Benchmark.width)x\(Benchmark.height)). Example:
          thirsty generate --people 30000 --messages 300000 > big.json && thirsty bench big.json
        The last line of the report is a one-line summary.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A fixture (YAML or JSON, format v1).", completion: .file(extensions: Completions.fixtureExtensions))
    var file: String

    @Option(help: "Output format: text or json (one line).")
    var format: Format = .text

    func run() throws {
        let report = try Benchmark(path: file).run()
        switch format {
        case .text: Stdout.write(report.text)
        case .json: Stdout.write(report.json + "\n")
        }
    }
}
