import Foundation

/// Reads the password for a role from its `PostgresPasswordSource`. A file or passfile must be
/// a regular file (not a link), owned by this account or root and readable by no one else, as
/// libpq asks of `~/.pgpass`; each refusal gives the command that fixes it. The password itself
/// never appears in a message.
public enum PostgresPassword {
    /// The password for `url`'s role, or nil when the passfile has no line for it.
    public static func read(
        _ source: PostgresPasswordSource, for url: PostgresAuditURL,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigError) -> String? {
        switch source {
        case .file(let path):
            let text = try privateFile(path, role: "the password file") ?? ""
            guard let line = text.split(whereSeparator: \.isNewline).first.map(String.init), !line.isEmpty else {
                throw ConfigError(.missingKey, "the password file \(path) is empty; write the password of role '\(url.role)' on its first line")
            }
            return line
        case .command(let command):
            return try SecretCommand.firstLine(of: command, describedAs: "password_command of the audit log")
        case .passfile:
            guard let path = passfilePath(environment), let text = try privateFile(path, role: "the passfile", missingIsFine: true) else {
                return nil
            }
            return PostgresPassfile(text: text).password(host: url.passfileHost, port: url.port, database: url.database, role: url.role)
        }
    }

    static func passfilePath(_ environment: [String: String]) -> String? {
        if let path = environment["PGPASSFILE"], !path.isEmpty { return path }
        return (environment["HOME"] ?? SystemAccount.homeDirectory()).map { $0 + "/.pgpass" }
    }

    private static func privateFile(_ path: String, role: String, missingIsFine: Bool = false) throws(ConfigError) -> String? {
        let contents: TrustedFileReader.Contents
        do {
            contents = try TrustedFileReader.read(path)
        } catch {
            switch error {
            case .missing:
                if missingIsFine { return nil }
                throw ConfigError(.unreadable, "\(role) \(path) does not exist")
            case .symbolicLink:
                throw ConfigError(.symbolicLink, "\(role) \(path) is a symbolic link, which keydesk does not follow; name the file itself")
            case .notRegularFile:
                throw ConfigError(.unreadable, "\(role) \(path) is not a regular file")
            case .unreadable(let reason):
                throw ConfigError(.unreadable, "cannot read \(role) \(path): \(reason)")
            }
        }
        let owner = contents.file.ownerID
        guard owner == SystemAccount.effectiveUserID || owner == 0 else {
            throw ConfigError(.untrustedOwner, "\(role) \(path) belongs to \(SystemAccount.name(of: owner)), not to this account; "
                + "chown \(SystemAccount.name(of: SystemAccount.effectiveUserID)) \(ShellQuoting.quoted(path))")
        }
        guard contents.file.mode & 0o077 == 0 else {
            throw ConfigError(.insecurePermissions, "\(role) \(path) can be read by other accounts (mode "
                + String(contents.file.mode, radix: 8) + "); chmod 600 \(ShellQuoting.quoted(path))")
        }
        return String(decoding: contents.data, as: UTF8.self)
    }
}
