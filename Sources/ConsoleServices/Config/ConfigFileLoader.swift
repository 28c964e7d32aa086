import Foundation
import TOMLKit

/// Reads config.toml: a missing file is an empty config; a syntax error names the file, line
/// and column; unknown keys are refused by name (so a typo cannot silently drop `read_only`);
/// a file holding an `api_key` that group or others can read is refused with the chmod fix.
extension KeydeskConfig {
    /// Loads the config file at `path` (usually `KeydeskPaths.configFile`).
    public static func load(from path: String) throws(ConfigError) -> KeydeskConfig {
        guard FileManager.default.fileExists(atPath: path) else { return KeydeskConfig(sourcePath: path) }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(.unreadable, "cannot read \(path): \(Self.reason(error))")
        }
        let config = try parse(text, path: path)
        if config.holdsAPIKey, let mode = FilePermissions.mode(ofFileAt: path),
           FilePermissions.isAccessibleByOthers(mode: mode) {
            throw ConfigError(
                .insecurePermissions,
                "\(path) holds an API key and is readable by group or others (mode \(Self.octal(mode))); "
                    + "fix it with: chmod 600 \(ShellQuoting.quoted(path))"
            )
        }
        return config
    }

    /// Parses config text; `path` is only used in messages and as `sourcePath`.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> KeydeskConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let position = error.source.begin
            throw ConfigError(
                .syntax,
                "syntax error in \(path) at line \(position.line), column \(position.column): \(error.description)"
            )
        } catch {
            throw ConfigError(.syntax, "syntax error in \(path): \(error)")
        }
        var reader = ConfigTableReader(path: path, text: text)
        let config = reader.read(table)
        if !reader.unknownKeys.isEmpty { throw reader.unknownKeysError() }
        if let problem = reader.problems.first {
            throw ConfigError(.invalidValue, "\(path): \(problem)")
        }
        return config
    }

    static func octal(_ mode: UInt16) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func reason(_ error: any Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError {
            return posix.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}

/// Quotes a path for a shell command shown to the user, only when it needs it.
enum ShellQuoting {
    static func quoted(_ word: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+,:@%")
        if !word.isEmpty, word.allSatisfy({ safe.contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
