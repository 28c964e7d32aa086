import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real OpenSSH server on 127.0.0.1 for the README's deployment: staff accounts that log in
/// with a key, and the rest of the configuration from `include`, the Match block that
/// Resources/install.sh installs (ForceCommand through sudo). Everything it makes is throwaway
/// (host key, client key, staff accounts, directory) and removed by `stop()`.
///
/// Needs root (to add the accounts) and Debian's openssh-server, which `.ci/run` installs.
final class OpenSSHServer {
    /// Why the server cannot run here, or nil when it can.
    static var unavailableReason: String? {
        if getuid() != 0 { return "the SSH deployment test needs root to add staff accounts" }
        if !FileManager.default.isExecutableFile(atPath: sshd) { return "\(sshd) is missing (apt-get install openssh-server; .ci/run does)" }
        for tool in ["ssh", "ssh-keygen", "useradd", "userdel", "usermod", "groupdel", "pgrep", "pkill", "sudo", "visudo", "runuser"]
        where (try? Tmux.run(["sh", "-c", "command -v \(tool)"]))?.status != 0 {
            return "\(tool) is not installed (.ci/run installs openssh-server and sudo)"
        }
        return nil
    }

    static let sshd = "/usr/sbin/sshd"

    let users: [String]
    let port: Int
    /// Owned by root and readable by all: keys, config, the linked binary.
    let directory: String
    private let clientKey: String
    private var stopped = false

    /// Adds each of `users` (removing a leftover of an earlier run) with a home, a login shell
    /// (ForceCommand runs through it) and `groups`, and writes the keys. `start(include:)` then
    /// starts sshd.
    init(users: [String], groups: [String]) throws {
        self.users = users
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-ssh-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        clientKey = directory + "/client_key"
        port = try Self.freePort()
        for user in users {
            _ = try? Tmux.run(["pkill", "-KILL", "-u", user])
            _ = try? Tmux.run(["userdel", "--remove", user])
            try Self.must(["useradd", "--create-home", "--shell", "/bin/sh"] + (groups.isEmpty ? [] : ["--groups", groups.joined(separator: ",")]) + [user])
            // A new account's password is locked ("!"), and sshd without PAM refuses every login of a
            // locked account, keys included. "*" means: no password, not locked.
            try Self.must(["usermod", "--password", "*", user])
        }
        try Self.must(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", directory + "/host_key"])
        try Self.must(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "staff@keydesk-e2e", "-f", clientKey])
        try FileManager.default.copyItem(atPath: clientKey + ".pub", toPath: directory + "/authorized_keys")
    }

    /// Starts sshd with `include` (a file of sshd_config lines) after its own settings, as the
    /// Include of Debian's sshd_config reads /etc/ssh/sshd_config.d.
    func start(include: String) throws {
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let config = """
            ListenAddress 127.0.0.1:\(port)
            HostKey \(directory)/host_key
            PidFile \(directory)/sshd.pid
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            AuthorizedKeysFile \(directory)/authorized_keys
            StrictModes no
            AllowUsers \(users.joined(separator: " "))
            AcceptEnv LANG LC_*
            Include \(include)

            """
        try config.write(toFile: directory + "/sshd_config", atomically: true, encoding: .utf8)
        // Without -D sshd checks its config, binds, writes its pid file and goes to the background.
        try Self.must([Self.sshd, "-f", directory + "/sshd_config", "-E", directory + "/sshd.log"])
    }

    deinit { stop() }

    /// The client command line for `user`: a forced terminal (`-tt`), the throwaway key, no
    /// known-hosts file, LANG passed along as Debian's ssh_config does.
    func sshCommand(as user: String) -> String {
        ["ssh", "-tt", "-F", "/dev/null", "-i", clientKey, "-p", "\(port)",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
         "-o", "SendEnv=LANG", "-o", "LogLevel=ERROR", "\(user)@127.0.0.1"].map(shellQuote).joined(separator: " ")
    }

    /// What sshd logged (accepted keys, refusals), for failure messages.
    var log: String { (try? String(contentsOfFile: directory + "/sshd.log", encoding: .utf8)) ?? "" }

    /// Stops sshd and every process of the staff accounts, removes them and the directory.
    func stop() {
        guard !stopped else { return }
        stopped = true
        if let text = try? String(contentsOfFile: directory + "/sshd.pid", encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGTERM)
        }
        for user in users {
            _ = try? Tmux.run(["pkill", "-KILL", "-u", user])
            _ = try? Tmux.run(["userdel", "--remove", user])
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs a command and throws with its output unless it exits 0.
    @discardableResult
    static func must(_ arguments: [String]) throws -> String {
        let result = try Tmux.run(arguments)
        guard result.status == 0 else {
            throw Tmux.Failure(message: "\(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)")
        }
        return result.output
    }

    /// A port that was free a moment ago on 127.0.0.1 (the kernel picks it for a bind to port 0).
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Tmux.Failure(message: "socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw Tmux.Failure(message: "bind: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
