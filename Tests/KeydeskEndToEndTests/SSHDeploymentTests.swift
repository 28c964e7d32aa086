import Foundation
import Testing

/// The README's front-desk deployment, for real and from Resources/ (`ServiceDeployment`):
/// OpenSSH's sshd on 127.0.0.1 with the installed Match block, whose ForceCommand runs keydesk
/// through the installed sudo rule as the service account, with the shipped example roster
/// pointing at a sandbox. The client is `ssh -tt` inside tmux; the screen is polled, never
/// slept on. Without tmux, sshd or sudo the tests are skipped, or fail under CI (`Prerequisite`).
@Suite(.serialized) // one set of accounts, one test at a time
struct SSHDeploymentTests {
    /// The sandbox's key, which the administrator puts in the key file install.sh made.
    static let apiKey = "seam_e2e_ssh_desk"
    /// In the staff group, but not on the roster.
    static let stranger = "keydesk-e2e-bob"

    @Test func staffWorkAsTheServiceAccountWithinTheirBuildingAndNeverHoldTheKey() async throws {
        let (sandbox, deployment) = try await deploy()
        defer { sandbox.stop(); deployment.stop() }
        #expect(deployment.installOutput.contains("kept \(deployment.configFile)"), "a second install keeps the configuration: \(deployment.installOutput)")
        let ana = ServiceDeployment.writer
        let tmux = try Tmux(command: "env LANG=C.UTF-8 \(deployment.ssh.sshCommand(as: ana)) uname; echo SSH-EXITED:$?")
        defer { tmux.stop() }
        let console = try await tmux.waitFor("the console over SSH (sshd log: \(deployment.ssh.log))", timeout: .seconds(30)) { $0.contains("Maple Court") }
        #expect(console.contains("127.0.0.1"), "the status bar names the profile's endpoint: \(console)")
        #expect(!console.contains("Harbor Lofts"), "the roster limits ana to Maple Court: \(console)")
        #expect(!console.contains("Linux"), "the command the client asked for (uname) is not run: \(console)")

        // Ctrl-\ and Ctrl-Z reach keydesk through sshd and sudo's pty, and leave it running.
        try tmux.press("C-\\")
        try tmux.press("C-z")
        try tmux.press("Enter")
        try await tmux.waitFor(text: "Credential manager")
        try tmux.press("Escape")
        try await tmux.issueMainEntranceKey(email: "ssh.resident@example.com", fullName: "Sam Resident")
        try await tmux.waitFor(text: "Opens: Main Entrance")
        try tmux.press("Enter")
        try tmux.type("4")
        try await tmux.waitFor(text: "Ends")
        try tmux.type("x")
        try await tmux.waitFor(text: "Revoke credential")
        try tmux.press("Tab")
        try await tmux.waitFor(text: "[> Revoke <]")
        try tmux.press("Enter")
        try await tmux.waitFor(text: "Revoked")
        try tmux.type("q")
        let after = try await tmux.waitFor("ssh to end with the console", includingHistory: true) { $0.contains("SSH-EXITED:") }
        #expect(after.contains("SSH-EXITED:0"), "quitting keydesk ends the session: \(after)")

        // What ana can do on the host herself: not read the key, not write the log, sudo nothing else.
        for file in [deployment.keyFile, deployment.configFile] {
            let read = try deployment.run(as: ana, "cat \(shellQuote(file))")
            #expect(read.status != 0 && !read.output.contains(Self.apiKey), "\(ana) read \(file): \(read.output)")
        }
        let write = try deployment.run(as: ana, "echo forged >> \(shellQuote(deployment.auditLog))")
        #expect(write.status != 0, "\(ana) wrote the audit log: \(write.output)")
        let rules = try deployment.run(as: ana, "sudo -n -l")
        let allowed = rules.output.split(separator: "\n").filter { $0.contains("NOPASSWD") || $0.hasPrefix("    (") }
        #expect(allowed.count == 1 && allowed[0].contains("(\(ServiceDeployment.serviceAccount)) NOPASSWD: \(deployment.binary) \"\""),
                "sudo -l shows the console alone: \(rules.output)")
        for command in ["\(deployment.binary) --endpoint http://127.0.0.1:9", "/bin/sh -c id", "\(deployment.binary) audit"] {
            let other = try deployment.run(as: ana, "sudo -n -u \(ServiceDeployment.serviceAccount) \(command)")
            #expect(other.status != 0, "sudo let \(ana) run \(command): \(other.output)")
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: deployment.auditLog)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect((attributes[.ownerAccountName] as? String) == ServiceDeployment.serviceAccount)

        let rows = try auditRows(deployment)
        for action in ["credential.create", "credential.revoke"] {
            let outcome = try #require(rows.first { $0["action"] as? String == action && $0["kind"] as? String == "outcome" }, "\(action): \(rows)")
            #expect(rows.contains { $0["action"] as? String == action && $0["kind"] as? String == "attempt" }, "the attempt came first")
            #expect(outcome["outcome"] as? String == "succeeded")
            #expect(outcome["os_user"] as? String == ana, "the login sudo names, not the service account")
            #expect(outcome["ssh_client_address"] as? String == "127.0.0.1", "SSH_CONNECTION came through sudo")
            #expect(outcome["profile"] as? String == "harbor-view")
            #expect(outcome["endpoint"] as? String == sandbox.endpoint)
        }
    }

    @Test func aReadOnlyMemberIsRefusedAndSoIsSomeoneNotOnTheRosterBothAudited() async throws {
        let (sandbox, deployment) = try await deploy(extraStaff: [Self.stranger])
        defer { sandbox.stop(); deployment.stop() }
        let tmux = try Tmux(command: "env LANG=C.UTF-8 \(deployment.ssh.sshCommand(as: ServiceDeployment.readOnly)); echo SSH-EXITED:$?")
        defer { tmux.stop() }
        let console = try await tmux.waitFor("the read-only console (sshd log: \(deployment.ssh.log))", timeout: .seconds(30)) {
            $0.contains("Maple Court") && $0.contains("Harbor Lofts")
        }
        #expect(!console.contains("Issue key"), "read-only: the changing keys are not offered")
        try tmux.type("4")
        try await tmux.waitFor(text: "Ends")
        try tmux.type("x")
        try await tmux.waitFor(text: "Read-only mode")
        try tmux.type("q")
        _ = try await tmux.waitFor("ssh to end", includingHistory: true) { $0.contains("SSH-EXITED:") }

        let stranger = try Tmux(command: "env LANG=C.UTF-8 \(deployment.ssh.sshCommand(as: Self.stranger)); echo SSH-EXITED:$?")
        defer { stranger.stop() }
        let refused = try await stranger.waitFor("the refusal", timeout: .seconds(30), includingHistory: true) { $0.contains("SSH-EXITED:") }
        #expect(refused.contains("\(Self.stranger) is not on the staff roster in \(deployment.configFile)"), "\(refused)")
        #expect(refused.contains("SSH-EXITED:2"), "\(refused)")

        let rows = try auditRows(deployment)
        let readOnly = try #require(rows.first { $0["action"] as? String == "console.revoke" && $0["kind"] as? String == "outcome" }, "\(rows)")
        #expect(readOnly["outcome"] as? String == "refused")
        #expect(readOnly["os_user"] as? String == ServiceDeployment.readOnly)
        #expect(readOnly["ssh_client_address"] as? String == "127.0.0.1")
        let start = try #require(rows.first { $0["action"] as? String == "session.start" && $0["kind"] as? String == "outcome" }, "\(rows)")
        #expect(start["outcome"] as? String == "refused")
        #expect(start["os_user"] as? String == Self.stranger)
        #expect(!rows.contains { $0["outcome"] as? String == "succeeded" }, "nothing was changed: \(rows)")
    }

    @Test func aDroppedConnectionEndsTheConsoleOnTheHost() async throws {
        let (sandbox, deployment) = try await deploy()
        defer { sandbox.stop(); deployment.stop() }
        let tmux = try Tmux(command: "env LANG=C.UTF-8 \(deployment.ssh.sshCommand(as: ServiceDeployment.writer))")
        try await tmux.waitFor("the console over SSH (sshd log: \(deployment.ssh.log))", timeout: .seconds(30)) { $0.contains("Maple Court") }
        #expect(consoles().count == 1)

        tmux.stop() // the terminal goes away with the client in it, as when a laptop lid closes
        let deadline = ContinuousClock.now + .seconds(15)
        while !consoles().isEmpty && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(consoles().isEmpty, "keydesk on the host ended after the connection dropped: \(consoles())")
        let log = (try? String(contentsOfFile: deployment.serviceHome + "/.local/state/keydesk/keydesk.log", encoding: .utf8)) ?? ""
        #expect(!log.contains("Fatal error"), "\(log)")
    }

    /// `keydesk audit --verify`, then the rows as JSON, both as an administrator runs them
    /// (sudo as the service account, so the log keeps its owner).
    private func auditRows(_ deployment: ServiceDeployment) throws -> [[String: Any]] {
        let verify = try deployment.keydeskAsService(["audit", "--verify"])
        #expect(verify.status == 0 && verify.output.contains("audit log intact"), "\(verify.output)")
        let export = try deployment.keydeskAsService(["audit", "--json"])
        #expect(export.status == 0, "\(export.output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [[String: Any]], "\(export.output)")
    }

    /// keydesk processes of the service account.
    private func consoles() -> [String] {
        let result = try? Tmux.run(["pgrep", "-a", "-u", ServiceDeployment.serviceAccount, "-x", "keydesk"])
        return (result?.output ?? "").split(separator: "\n").map(String.init)
    }

    /// A sandbox, and the deployment installed for it; where sshd or sudo cannot run, the test is
    /// skipped with the reason (a failure under CI).
    private func deploy(extraStaff: [String] = []) async throws -> (SandboxProcess, ServiceDeployment) {
        try Prerequisite.require(Tmux.unavailableReason ?? OpenSSHServer.unavailableReason)
        let sandbox = try await SandboxProcess(apiKey: Self.apiKey)
        do {
            return (sandbox, try ServiceDeployment(endpoint: sandbox.endpoint, apiKey: Self.apiKey, extraStaff: extraStaff))
        } catch {
            sandbox.stop()
            throw error
        }
    }
}
