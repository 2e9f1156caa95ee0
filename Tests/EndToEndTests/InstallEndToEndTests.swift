import Foundation
import Testing

/// `scripts/install.sh` into a temporary prefix: the installed binary runs,
/// `man -l` renders its page, and bash loads its completion.
///
/// The script builds the release binary and the man page (generate-manual
/// plugin) once, in `.build-install` so it never waits on the lock of the
/// build this test runs from; later runs are incremental, the first is slow.
@Suite(.terminalSlot) struct InstallEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func installsABinaryItsManPageAndCompletions() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-prefix-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: prefix) }
        var env = ProcessInfo.processInfo.environment
        env["PREFIX"] = prefix.path
        env["SCRATCH_PATH"] = Self.root.appendingPathComponent(".build-install").path
        env["THIRSTY_BINARY"] = nil
        env["THIRSTY_MANUAL"] = nil
        let install = try Spawn.run(Self.root.appendingPathComponent("scripts/install.sh").path, [], environment: env, timeout: .seconds(3600))
        #expect(install.status == 0, "install.sh: \(install.stderr.suffix(2000))")
        #expect(install.stdout.contains("installed thirsty into \(prefix.path)"))

        let bin = prefix.appendingPathComponent("bin/thirsty").path
        let help = try Spawn.run(bin, ["--help"], timeout: .seconds(60))
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: thirsty"))
        #expect(help.stdout.contains("demo"))

        let page = prefix.appendingPathComponent("share/man/man1/thirsty.1").path
        let man = try Spawn.run("man", ["-l", page], environment: ["PATH": "/usr/local/bin:/usr/bin:/bin", "MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "80", "LANG": "C.UTF-8"], timeout: .seconds(60))
        #expect(man.status == 0, "man: \(man.stderr)")
        #expect(man.stdout.contains("THIRSTY(1)"))
        #expect(man.stdout.contains("SYNOPSIS"))
        #expect(man.stdout.contains("coach"))

        // The installed bash completion, found as bash-completion would find
        // it, completes a demo name by running the installed binary.
        let script = prefix.appendingPathComponent("share/bash-completion/completions/thirsty").path
        let driver = """
        PATH='\(prefix.path)/bin':/usr/bin:/bin
        source '\(script)'
        complete -p thirsty
        COMP_WORDS=(thirsty demo nudge); COMP_CWORD=2; COMP_LINE='thirsty demo nudge'; COMP_POINT=${#COMP_LINE}
        _thirsty thirsty nudge demo
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let bash = try Spawn.run("bash", ["-c", driver], timeout: .seconds(60))
        #expect(bash.status == 0, "bash: \(bash.stderr)")
        #expect(bash.stdout.contains("complete -o filenames -F _thirsty thirsty"))
        #expect(bash.stdout.split(separator: "\n").last == "nudge-storm")
        for file in ["share/zsh/site-functions/_thirsty", "share/fish/vendor_completions.d/thirsty.fish"] {
            let text = (try? String(contentsOf: prefix.appendingPathComponent(file), encoding: .utf8)) ?? ""
            #expect(text.contains("---completion demo"), "\(file)")
        }
    }
}
