import LinkedInExport

/// For a LinkedIn data export, where its load goes: the export read once
/// more, with each phase of the reader timed (wall and CPU).
enum ExportBench {
    static func phases(_ path: String) throws -> [(name: String, phase: Phase)] {
        var out: [(name: String, phase: Phase)] = []
        var wall = Stopwatch.now(), cpu = Stopwatch.cpuNow()
        do {
            _ = try ExportReader.read(path: path) { name in
                let w = Stopwatch.now(), c = Stopwatch.cpuNow()
                out.append((name, Phase(wall: w - wall, cpu: c - cpu)))
                wall = w
                cpu = c
            }
        } catch {
            throw UserError(status: Exit.dataError, message: error.description)
        }
        return out
    }
}
