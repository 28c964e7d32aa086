import ConsoleCore
import Foundation

/// Writes config.toml so that it is secret from the first byte: the directory is created 0700
/// and the file 0600 (a new file renamed into place), never chmod-ed after the write.
extension KeydeskConfig {
    /// Writes this config to `path`, replacing any file there.
    public func write(to path: String) throws(ConfigError) {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            if !directory.isEmpty { try FilePermissions.makeDirectories(at: directory, mode: 0o700) }
            try FilePermissions.writeAtomically(Data(tomlText.utf8), to: path, mode: 0o600)
        } catch {
            throw ConfigError(.writeFailed, error.description)
        }
    }

    /// The config as TOML text, profiles in name order.
    public var tomlText: String {
        var lines: [String] = []
        if let defaultProfile { lines.append("default_profile = \(TOMLText.string(defaultProfile))") }
        for name in profileNames {
            guard let profile = profiles[name] else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append("[profiles.\(TOMLText.key(name))]")
            if let endpoint = profile.endpoint { lines.append("endpoint = \(TOMLText.string(endpoint))") }
            if let key = profile.apiKey { lines.append("api_key = \(TOMLText.string(key.revealedValue))") }
            if let command = profile.apiKeyCommand { lines.append("api_key_command = \(TOMLText.string(command))") }
            if let workspace = profile.workspaceID { lines.append("workspace_id = \(TOMLText.string(workspace))") }
            lines.append("read_only = \(profile.readOnly)")
            if let issueWith = profile.issueWith { lines.append("issue_with = \(TOMLText.string(issueWith.rawValue))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// TOML literals for the writer: basic strings with escapes, bare keys when allowed.
enum TOMLText {
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func key(_ name: String) -> String {
        let bare = !name.isEmpty && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
        return bare ? name : string(name)
    }
}
