import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real OpenSSH server on 127.0.0.1 set up as the README's deployment section says: a staff
/// account that logs in with a key and gets `ForceCommand` instead of a shell. Everything is
/// throwaway (host key, client key, account, directory) and removed by `stop()`.
///
/// Needs root (to add the account) and Debian's openssh-server, which `.ci/run` installs.
final class OpenSSHServer {
    /// Why the server cannot run here, or nil when it can.
    static var unavailableReason: String? {
        if getuid() != 0 { return "the SSH deployment test needs root to add a staff account" }
        if !FileManager.default.isExecutableFile(atPath: sshd) { return "\(sshd) is missing (apt-get install openssh-server; .ci/run does)" }
        for tool in ["ssh", "ssh-keygen", "useradd", "userdel", "usermod", "pgrep", "pkill"] where (try? Tmux.run(["sh", "-c", "command -v \(tool)"]))?.status != 0 {
            return "\(tool) is not installed"
        }
        return nil
    }

    static let sshd = "/usr/sbin/sshd"

    let user: String
    let port: Int
    /// Owned by root and readable by all: keys, config, the copied binary.
    let directory: String
    /// The staff account's home directory.
    let home: String
    private let clientKey: String
    private var stopped = false

    /// Adds `user` (removing a leftover of an earlier run), writes the keys and the config, and
    /// starts sshd in the background. `forceCommand` is what every login of `user` runs.
    init(user: String, forceCommand: (_ directory: String) -> String) throws {
        self.user = user
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-ssh-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        home = "/home/\(user)"
        clientKey = directory + "/client_key"
        port = try Self.freePort()
        _ = try? Self.must(["pkill", "-KILL", "-u", user])
        _ = try? Tmux.run(["userdel", "--remove", user])
        try Self.must(["useradd", "--create-home", "--home-dir", home, "--shell", "/bin/sh", user])
        // A new account's password is locked ("!"), and sshd without PAM refuses every login of a
        // locked account, keys included. "*" means: no password, not locked.
        try Self.must(["usermod", "--password", "*", user])
        try Self.must(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", directory + "/host_key"])
        try Self.must(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "\(user)@keydesk-e2e", "-f", clientKey])
        try FileManager.default.copyItem(atPath: clientKey + ".pub", toPath: directory + "/authorized_keys")
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
            AllowUsers \(user)
            AcceptEnv LANG LC_*
            PermitTTY yes
            AllowTcpForwarding no
            X11Forwarding no
            PermitTunnel no
            ForceCommand \(forceCommand(directory))

            """
        try config.write(toFile: directory + "/sshd_config", atomically: true, encoding: .utf8)
        // Without -D sshd checks its config, binds, writes its pid file and goes to the background.
        try Self.must([Self.sshd, "-f", directory + "/sshd_config", "-E", directory + "/sshd.log"])
    }

    deinit { stop() }

    /// The client command line: a forced terminal (`-tt`), the throwaway key, no known-hosts
    /// file, LANG passed along as Debian's ssh_config does.
    var sshCommand: String {
        ["ssh", "-tt", "-F", "/dev/null", "-i", clientKey, "-p", "\(port)",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
         "-o", "SendEnv=LANG", "-o", "LogLevel=ERROR", "\(user)@127.0.0.1"].map(shellQuote).joined(separator: " ")
    }

    /// What sshd logged (accepted keys, refusals), for failure messages.
    var log: String { (try? String(contentsOfFile: directory + "/sshd.log", encoding: .utf8)) ?? "" }

    /// Stops sshd and every process of the account, removes the account and the directory.
    func stop() {
        guard !stopped else { return }
        stopped = true
        if let text = try? String(contentsOfFile: directory + "/sshd.pid", encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGTERM)
        }
        _ = try? Tmux.run(["pkill", "-KILL", "-u", user])
        _ = try? Tmux.run(["userdel", "--remove", user])
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
