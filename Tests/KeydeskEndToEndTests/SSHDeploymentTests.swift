import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The README's SSH deployment, for real: OpenSSH's sshd on 127.0.0.1 with a staff account
/// whose every login runs `keydesk` (ForceCommand), a profile in that account's config.toml
/// pointing at a sandbox, and the host-wide audit log. The client is `ssh -tt` inside tmux.
/// Without tmux or sshd the tests are skipped, or fail under CI (`Prerequisite`).
@Suite(.serialized) // one staff account, one test at a time
struct SSHDeploymentTests {
    static let apiKey = "seam_e2e_ssh_desk"
    static let staff = "keydesk-desk"

    @Test func staffGetTheConsoleNotAShellAndTheirRevokeIsAuditedWithTheirNameAndAddress() async throws {
        let (sandbox, ssh) = try await deployment()
        defer { sandbox.stop(); ssh.stop() }
        let tmux = try Tmux(command: "env LANG=C.UTF-8 \(ssh.sshCommand) uname; echo SSH-EXITED:$?")
        defer { tmux.stop() }
        let console = try await tmux.waitFor("the console over SSH (sshd log: \(ssh.log))", timeout: .seconds(30)) { $0.contains("Maple Court") }
        #expect(console.contains("127.0.0.1"), "the status bar names the profile's endpoint: \(console)")
        #expect(!console.contains("Linux"), "the command the client asked for (uname) is not run: \(console)")
        #expect(!console.contains(Self.apiKey), "the key is never shown")

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

        let log = ssh.directory + "/audit/audit.sqlite"
        #expect(FileManager.default.fileExists(atPath: log), "keydesk wrote the host-wide log named by --audit-log")
        let attributes = try FileManager.default.attributesOfItem(atPath: log)
        #expect((attributes[.posixPermissions] as? Int) == 0o660, "shared by the staff group: \(attributes[.posixPermissions] ?? "?")")
        #expect((attributes[.ownerAccountName] as? String) == Self.staff)

        let export = try OpenSSHServer.must([BinaryLocator.keydesk.path, "audit", "--json", "--audit-log", log])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [[String: Any]], "\(export)")
        let revoke = try #require(rows.first { $0["action"] as? String == "credential.revoke" && $0["kind"] as? String == "outcome" }, "\(rows)")
        #expect(rows.contains { $0["action"] as? String == "credential.revoke" && $0["kind"] as? String == "attempt" }, "the attempt came first")
        #expect(revoke["os_user"] as? String == Self.staff)
        #expect(revoke["ssh_client_address"] as? String == "127.0.0.1")
        #expect(revoke["outcome"] as? String == "succeeded")
        #expect(revoke["endpoint"] as? String == sandbox.endpoint)
        #expect(revoke["profile"] as? String == "front-desk")
        let credentialID = try #require((revoke["resource_ids"] as? [String])?.first)
        #expect(try await status(of: credentialID, at: sandbox.endpoint) == 404, "the revoked credential is gone from the API")
    }

    @Test func aDroppedConnectionEndsTheConsoleOnTheHost() async throws {
        let (sandbox, ssh) = try await deployment()
        defer { sandbox.stop(); ssh.stop() }
        let tmux = try Tmux(command: "env LANG=C.UTF-8 \(ssh.sshCommand)")
        try await tmux.waitFor("the console over SSH (sshd log: \(ssh.log))", timeout: .seconds(30)) { $0.contains("Maple Court") }
        #expect(consolesOfStaff().count == 1)

        tmux.stop() // the terminal goes away with the client in it, as when a laptop lid closes
        let deadline = ContinuousClock.now + .seconds(15)
        while !consolesOfStaff().isEmpty && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(consolesOfStaff().isEmpty, "keydesk on the host ended after the connection dropped: \(consolesOfStaff())")
        let log = (try? String(contentsOfFile: ssh.home + "/.local/state/keydesk/keydesk.log", encoding: .utf8)) ?? ""
        #expect(!log.contains("Fatal error"), "\(log)")
    }

    /// Processes of the staff account running keydesk.
    private func consolesOfStaff() -> [String] {
        let result = try? Tmux.run(["pgrep", "-a", "-u", Self.staff, "-x", "keydesk"])
        return (result?.output ?? "").split(separator: "\n").map(String.init)
    }

    /// A sandbox, and sshd with the staff account set up as the README says; where sshd cannot
    /// run, the test is skipped with the reason (a failure under CI).
    private func deployment() async throws -> (SandboxProcess, OpenSSHServer) {
        try Prerequisite.require(Tmux.unavailableReason ?? OpenSSHServer.unavailableReason)
        let sandbox = try await SandboxProcess(apiKey: Self.apiKey)
        do {
            let ssh = try OpenSSHServer(user: Self.staff) { directory in
                "\(directory)/keydesk --audit-log \(directory)/audit/audit.sqlite"
            }
            do {
                try install(for: ssh, endpoint: sandbox.endpoint)
            } catch {
                ssh.stop()
                throw error
            }
            return (sandbox, ssh)
        } catch {
            sandbox.stop()
            throw error
        }
    }

    /// What an administrator does once: keydesk where the account can run it, the group-owned
    /// audit directory, and the person's profile (0600, in a 0700 directory they own).
    private func install(for ssh: OpenSSHServer, endpoint: String) throws {
        // A hard link, not a copy: a copy's write descriptor, inherited by a process another test
        // spawns meanwhile, would make executing it fail with ETXTBSY.
        try FileManager.default.linkItem(atPath: BinaryLocator.keydesk.path, toPath: ssh.directory + "/keydesk")
        let audit = ssh.directory + "/audit"
        try FileManager.default.createDirectory(atPath: audit, withIntermediateDirectories: false)
        try OpenSSHServer.must(["chown", "root:\(Self.staff)", audit])
        try OpenSSHServer.must(["chmod", "2770", audit])
        let config = ssh.home + "/.config/keydesk"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        let profile = """
            default_profile = "front-desk"

            [profiles.front-desk]
            endpoint = "\(endpoint)"
            api_key = "\(Self.apiKey)"

            """
        try profile.write(toFile: config + "/config.toml", atomically: true, encoding: .utf8)
        try OpenSSHServer.must(["chown", "-R", "\(Self.staff):\(Self.staff)", ssh.home + "/.config"])
        try OpenSSHServer.must(["chmod", "0700", ssh.home + "/.config", config])
        try OpenSSHServer.must(["chmod", "0600", config + "/config.toml"])
    }

    private func status(of credentialID: String, at endpoint: String) async throws -> Int {
        var request = URLRequest(url: try #require(URL(string: "\(endpoint)/acs/credentials/get?acs_credential_id=\(credentialID)")))
        request.setValue("Bearer \(Self.apiKey)", forHTTPHeaderField: "Authorization")
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}
