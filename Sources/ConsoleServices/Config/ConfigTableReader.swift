import ConsoleCore
import Foundation
import TOMLKit

/// Turns a parsed TOML table into a `KeydeskConfig`, collecting every unknown key and every
/// wrongly typed value instead of stopping at the first, so one run shows all the typos.
struct ConfigTableReader {
    let path: String
    let lines: [Substring]
    var unknownKeys: [(key: String, line: Int?)] = []
    var problems: [String] = []

    init(path: String, text: String) {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    mutating func read(_ table: TOMLTable) -> KeydeskConfig {
        var config = KeydeskConfig(sourcePath: path)
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "default_profile":
                config.defaultProfile = string(value, at: key)
            case "profiles":
                guard let profiles = value.table else {
                    problems.append("'profiles' must be a table of profiles, like [profiles.NAME]")
                    continue
                }
                for name in profiles.keys {
                    guard let entry = profiles[name] else { continue }
                    guard let profileTable = entry.table else {
                        problems.append("'profiles.\(name)' must be a table: write it as [profiles.\(name)]")
                        continue
                    }
                    config.profiles[name] = readProfile(named: name, profileTable)
                }
            case "staff":
                config.staff = readStaff(value)
            case "audit":
                guard let auditTable = value.table else {
                    problems.append("'audit' must be a table: write it as [audit]")
                    continue
                }
                config.audit = readAudit(auditTable)
            default:
                unknownKeys.append((key, line(of: key)))
            }
        }
        return config
    }

    /// `[audit]`: a postgres:// URL (checked by `PostgresAuditURL`), a password file given by
    /// its absolute path, or a password command, never both.
    private mutating func readAudit(_ table: TOMLTable) -> AuditSettings {
        var settings = AuditSettings()
        for key in table.keys {
            guard let value = table[key] else { continue }
            let qualified = "audit." + key
            switch key {
            case "url":
                guard let text = string(value, at: qualified) else { continue }
                do {
                    settings.url = try PostgresAuditURL(text, source: "audit.url")
                } catch {
                    problems.append(error.message)
                }
            case "password_file":
                guard let path = string(value, at: qualified) else { continue }
                if path.hasPrefix("/") {
                    settings.passwordFile = path
                } else {
                    problems.append("'\(qualified)' must be an absolute path (e.g. /etc/keydesk/audit-password), not '\(path)'")
                }
            case "password_command": settings.passwordCommand = string(value, at: qualified)
            default: unknownKeys.append((qualified, line(of: key)))
            }
        }
        if settings.passwordFile != nil, settings.passwordCommand != nil {
            problems.append("[audit] has both password_file and password_command; keep one")
        }
        return settings
    }

    private mutating func readProfile(named name: String, _ table: TOMLTable) -> Profile {
        var profile = Profile(name: name)
        let prefix = "profiles.\(name)."
        for key in table.keys {
            guard let value = table[key] else { continue }
            let qualified = prefix + key
            switch key {
            case "endpoint": profile.endpoint = string(value, at: qualified)
            case "api_key": profile.apiKey = string(value, at: qualified).map(APIKey.init)
            case "api_key_command": profile.apiKeyCommand = string(value, at: qualified)
            case "workspace_id": profile.workspaceID = string(value, at: qualified)
            case "read_only":
                if let flag = value.bool {
                    profile.readOnly = flag
                } else {
                    problems.append("'\(qualified)' must be true or false, not a \(value.type)")
                }
            case "activity_interval":
                profile.activityInterval = seconds(value, at: qualified)
            case "issue_with":
                profile.issueWith = issuePath(value, at: qualified, line: line(of: key, inTable: "profiles.\(name)"))
            default:
                unknownKeys.append((qualified, line(of: key)))
            }
        }
        if profile.apiKey != nil, profile.apiKeyCommand != nil {
            problems.append("profile '\(name)' has both api_key and api_key_command; keep one")
        }
        return profile
    }

    /// `issue_with`: one of `IssuePath`'s values, or a problem naming the key, its line and the allowed values.
    private mutating func issuePath(_ value: any TOMLValueConvertible, at key: String, line: Int?) -> IssuePath? {
        let allowed = "allowed values: \(IssuePath.allowedValues)"
        guard let text = value.string else {
            problems.append(at(line, "'\(key)' must be a string in quotes, not a \(value.type); \(allowed)"))
            return nil
        }
        guard let path = IssuePath(rawValue: text.trimmingCharacters(in: .whitespaces)) else {
            problems.append(at(line, "'\(key)' is \"\(text)\", which keydesk does not know; \(allowed)"))
            return nil
        }
        return path
    }

    /// Whole seconds from 0 (off) to `Profile.longestActivityInterval`.
    private mutating func seconds(_ value: any TOMLValueConvertible, at key: String) -> Int? {
        let longest = Profile.longestActivityInterval
        guard let seconds = value.int, (0...longest).contains(seconds) else {
            problems.append("'\(key)' must be whole seconds from 1 to \(longest), or 0 to stop following events (e.g. \(key.split(separator: ".").last ?? "") = 5)")
            return nil
        }
        return seconds
    }

    /// Checks what can only be checked once the whole file is read: every profile a staff
    /// member names exists.
    mutating func crossCheck(_ config: KeydeskConfig) {
        for login in config.staff.keys.sorted() {
            guard let member = config.staff[login] else { continue }
            for name in member.profiles where config.profiles[name] == nil {
                let known = config.profileNames.isEmpty ? "no profiles are defined" : "known profiles: " + config.profileNames.joined(separator: ", ")
                problems.append(at(line(of: "profiles", inTable: "staff.\(login)"),
                                   "staff '\(login)' may use profile '\(name)', which is not defined; \(known)"))
            }
        }
    }

    mutating func string(_ value: any TOMLValueConvertible, at key: String) -> String? {
        guard let text = value.string else {
            problems.append("'\(key)' must be a string in quotes, not a \(value.type)")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            problems.append("'\(key)' is empty")
            return nil
        }
        return trimmed
    }

    /// The 1-based line where `key` is first written as a key or a table header, if found.
    func line(of key: String) -> Int? {
        for (index, line) in lines.enumerated() {
            var rest = line.drop(while: { $0 == " " || $0 == "\t" })
            if rest.first == "[" { rest = rest.dropFirst().drop(while: { $0 == "[" || $0 == " " }) }
            if rest.hasPrefix("\"" + key + "\"") {
                rest = rest.dropFirst(key.count + 2)
            } else if rest.hasPrefix(key) {
                rest = rest.dropFirst(key.count)
            } else {
                continue
            }
            if let next = rest.first, !" \t=.]".contains(next) { continue }
            return index + 1
        }
        return nil
    }

    func unknownKeysError() -> ConfigError {
        let listed = unknownKeys.map { entry in
            "'\(entry.key)'" + (entry.line.map { " (line \($0))" } ?? "")
        }
        let noun = unknownKeys.count == 1 ? "unknown key" : "unknown keys"
        return ConfigError(
            .unknownKeys,
            "\(noun) in \(path): \(listed.joined(separator: ", ")). "
                + "Allowed at the top: \(KeydeskConfig.knownKeys.joined(separator: ", ")); "
                + "in a profile: \(Profile.knownKeys.joined(separator: ", ")); "
                + "for a member of staff: \(StaffMember.knownKeys.joined(separator: ", ")); "
                + "in [audit]: \(AuditSettings.knownKeys.joined(separator: ", "))"
        )
    }
}
