import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The README's front-desk deployment, installed for real by Resources/install.sh (run twice:
/// it must be idempotent) with test values for its settings: a throwaway service account whose
/// home is under the test's directory, the sudo rule in /etc/sudoers.d under a test name, the
/// sshd Match block beside the test's sshd, and the staff accounts of the shipped example roster
/// (plus any others asked for) in the staff group. The service configuration is the shipped
/// example as install.sh writes it, its endpoint the test sandbox; the key file gets the
/// sandbox's key. `stop()` removes every account and file it made.
final class ServiceDeployment {
    static let serviceAccount = "keydesk-e2e"
    static let staffGroup = "keydesk-e2e-staff"
    /// The logins of the example roster in Resources/keydesk-service.example.toml.
    static let writer = "frontdesk-ana"
    static let readOnly = "nightdesk-sam"
    static let sudoers = "/etc/sudoers.d/keydesk-e2e"

    let ssh: OpenSSHServer
    /// Where install.sh put keydesk (a hard link to the built binary) and the service account's home.
    let binary: String
    let serviceHome: String
    /// What install.sh printed, both runs.
    private(set) var installOutput = ""
    private var stopped = false

    var keyFile: String { serviceHome + "/.config/keydesk/seam-api-key" }
    var configFile: String { serviceHome + "/.config/keydesk/config.toml" }
    var auditLog: String { serviceHome + "/.local/state/keydesk/audit.sqlite" }

    /// Installs the deployment for `endpoint` (the sandbox's, whose key is `apiKey`) and starts
    /// sshd with the installed Match block. `extraStaff` are accounts in the staff group that
    /// the roster does not list.
    init(endpoint: String, apiKey: String, extraStaff: [String] = []) throws {
        Self.removeLeftovers()
        try Self.must(["groupadd", "--system", Self.staffGroup])
        ssh = try OpenSSHServer(users: [Self.writer, Self.readOnly] + extraStaff, groups: [Self.staffGroup])
        binary = ssh.directory + "/bin/keydesk"
        serviceHome = ssh.directory + "/service"
        do {
            try FileManager.default.createDirectory(atPath: ssh.directory + "/bin", withIntermediateDirectories: false)
            // A hard link, not a copy: a copy's write descriptor, inherited by a process another test
            // spawns meanwhile, would make executing it fail with ETXTBSY.
            try FileManager.default.linkItem(atPath: BinaryLocator.keydesk.path, toPath: binary)
            let dropIn = ssh.directory + "/sshd_config.d/keydesk.conf"
            try FileManager.default.createDirectory(atPath: ssh.directory + "/sshd_config.d", withIntermediateDirectories: false)
            let settings = [
                "KEYDESK_BINARY=\(binary)", "KEYDESK_ACCOUNT=\(Self.serviceAccount)", "KEYDESK_HOME=\(serviceHome)",
                "KEYDESK_STAFF_GROUP=\(Self.staffGroup)", "KEYDESK_ENDPOINT=\(endpoint)",
                "KEYDESK_SSHD_DROPIN=\(dropIn)", "KEYDESK_SUDOERS_DROPIN=\(Self.sudoers)",
            ]
            for _ in 1...2 {
                installOutput += try Self.must(["env"] + settings + ["sh", Self.resources + "/install.sh"])
            }
            // The administrator's one manual step: the key, into the file install.sh made for it.
            let key = try FileHandle(forWritingTo: URL(fileURLWithPath: keyFile))
            try key.write(contentsOf: Data((apiKey + "\n").utf8))
            try key.close()
            try ssh.start(include: dropIn)
        } catch {
            stop()
            throw error
        }
    }

    deinit { stop() }

    /// The Resources/ folder of this checkout.
    static var resources: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources").path
    }

    /// Runs `command` (a shell command line) as `user`, as that person would in a shell.
    func run(as user: String, _ command: String) throws -> (status: Int32, output: String) {
        try Tmux.run(["runuser", "-u", user, "--", "sh", "-c", command])
    }

    /// `keydesk ARGUMENTS` as an administrator runs it: through sudo as the service account.
    func keydeskAsService(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Tmux.run(["sudo", "-u", Self.serviceAccount, binary] + arguments)
    }

    func stop() {
        guard !stopped else { return }
        stopped = true
        ssh.stop()
        Self.removeLeftovers()
    }

    /// The service account, its group, the staff group and the sudo rule of this or an earlier run.
    private static func removeLeftovers() {
        _ = try? Tmux.run(["pkill", "-KILL", "-u", serviceAccount])
        _ = try? Tmux.run(["userdel", serviceAccount])
        _ = try? Tmux.run(["groupdel", serviceAccount])
        _ = try? Tmux.run(["groupdel", staffGroup])
        unlink(sudoers)
    }

    @discardableResult
    static func must(_ arguments: [String]) throws -> String { try OpenSSHServer.must(arguments) }
}
