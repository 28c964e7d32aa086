import Foundation

/// Who may have written config.toml, and who may read it. The file chooses where keydesk sends
/// its key and which command prints it, so only the account keydesk runs as (under sudo, the
/// service account) or root may own it and its directory, and neither may be writable by group
/// or others; a file holding `api_key` or `api_key_command` may not be readable by them either.
/// Only the file's own directory is checked, and no exception is made for a sticky
/// directory: keydesk's config belongs in a directory of its own. Every refusal names the
/// file and the exact `chmod` or `chown` that fixes it.
struct ConfigFileTrust {
    let path: String
    let directoryPath: String
    /// The account keydesk runs as.
    let userID: UInt32

    init(path: String, userID: UInt32 = SystemAccount.effectiveUserID) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        self.directoryPath = directory.isEmpty ? "." : directory
        self.userID = userID
    }

    /// Refuses a file or directory owned by another account, and a directory that group or
    /// others can write (they could put another file in the config's place).
    func checkOwnersAndDirectory(file: TrustedFileReader.Status, directory: TrustedFileReader.Status) throws(ConfigError) {
        if !isTrusted(owner: file.ownerID) {
            throw ConfigError(.untrustedOwner,
                              "\(path) is owned by \(SystemAccount.name(of: file.ownerID)), not by \(trustedOwners): "
                                  + "that account could choose where keydesk sends its key; fix it with: chown \(userName) \(quoted(path))")
        }
        if !isTrusted(owner: directory.ownerID) {
            throw ConfigError(.untrustedOwner,
                              "the directory \(directoryPath) of \(path) is owned by \(SystemAccount.name(of: directory.ownerID)), "
                                  + "not by \(trustedOwners): that account could replace the config; "
                                  + "fix it with: chown \(userName) \(quoted(directoryPath))")
        }
        if directory.mode & 0o022 != 0 {
            throw ConfigError(.insecurePermissions,
                              "the directory \(directoryPath) of \(path) is writable by group or others (mode \(octal(directory.mode))): "
                                  + "they could replace the config; fix it with: chmod \(modeText(directory.mode & ~0o022)) \(quoted(directoryPath))")
        }
    }

    /// Refuses a file that group or others can write, and one holding key material (`config`,
    /// when it could be parsed) that they can read. The fix covers both at once.
    func checkFileMode(_ file: TrustedFileReader.Status, config: KeydeskConfig?) throws(ConfigError) {
        let secret = config.flatMap(\.keyMaterialName)
        let fixed = file.mode & ~(secret == nil ? 0o022 : 0o077)
        if file.mode & 0o022 != 0 {
            throw ConfigError(.insecurePermissions,
                              "\(path) is writable by group or others (mode \(octal(file.mode))): "
                                  + "they could choose where keydesk sends its key; fix it with: chmod \(modeText(fixed)) \(quoted(path))")
        }
        if let secret, file.mode & 0o077 != 0 {
            throw ConfigError(.insecurePermissions,
                              "\(path) holds \(secret) and is readable by group or others (mode \(octal(file.mode))); "
                                  + "fix it with: chmod \(modeText(fixed)) \(quoted(path))")
        }
    }

    private func isTrusted(owner: UInt32) -> Bool { owner == userID || owner == 0 }

    private var userName: String { SystemAccount.name(of: userID) }

    private var trustedOwners: String { userID == 0 ? "root" : "\(userName) (the account keydesk runs as) or root" }

    private func quoted(_ path: String) -> String { ShellQuoting.quoted(path) }

    /// Four octal digits, as `ls` and `stat` show a mode (0644).
    private func octal(_ mode: UInt16) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The octal mode as `chmod` takes it (600, 1755).
    private func modeText(_ mode: UInt16) -> String { String(mode & 0o7777, radix: 8) }
}

extension KeydeskConfig {
    /// What makes the file secret, for messages: "an API key" (`api_key`), "an api_key_command"
    /// or an audit `password_command` (they say how to get a secret), or nil when it holds none.
    var keyMaterialName: String? {
        if holdsAPIKey { return "an API key" }
        if profiles.values.contains(where: { $0.apiKeyCommand != nil }) { return "an api_key_command" }
        if audit?.passwordCommand != nil { return "an audit password_command" }
        return nil
    }
}
