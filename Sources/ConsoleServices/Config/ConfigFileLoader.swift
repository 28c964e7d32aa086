import Foundation
import TOMLKit

/// Reads config.toml: a missing file is an empty config; a syntax error names the file, line
/// and column; unknown keys are refused by name (so a typo cannot silently drop `read_only`).
/// The file is read without following a symbolic link and must pass `ConfigFileTrust`: owned
/// by this account or root, in a directory only they can write, and private when it holds an
/// `api_key` or `api_key_command`; each refusal gives the chmod or chown that fixes it.
extension KeydeskConfig {
    /// Loads the config file at `path` (usually `KeydeskPaths.configFile`).
    public static func load(from path: String) throws(ConfigError) -> KeydeskConfig {
        let contents: TrustedFileReader.Contents
        do {
            contents = try TrustedFileReader.read(path)
        } catch {
            switch error {
            case .missing:
                return KeydeskConfig(sourcePath: path)
            case .symbolicLink:
                let quoted = ShellQuoting.quoted(path)
                throw ConfigError(
                    .symbolicLink,
                    "\(path) is a symbolic link, which keydesk does not follow (whoever can change the link could choose "
                        + "where keydesk sends its key); replace it with the file itself: "
                        + "cp --remove-destination \"$(readlink -f \(quoted))\" \(quoted)"
                )
            case .notRegularFile:
                throw ConfigError(.unreadable, "\(path) is not a regular file")
            case .unreadable(let reason):
                throw ConfigError(.unreadable, "cannot read \(path): \(reason)")
            }
        }
        let trust = ConfigFileTrust(path: path)
        try trust.checkOwnersAndDirectory(file: contents.file, directory: contents.directory)
        guard let text = String(data: contents.data, encoding: .utf8) else {
            throw ConfigError(.unreadable, "cannot read \(path): it is not UTF-8 text")
        }
        let parsed = Result { () throws(ConfigError) -> KeydeskConfig in try parse(text, path: path) }
        try trust.checkFileMode(contents.file, config: try? parsed.get())
        return try parsed.get()
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
        if reader.problems.isEmpty { reader.crossCheck(config) }
        if let problem = reader.problems.first {
            throw ConfigError(.invalidValue, "\(path): \(problem)")
        }
        return config
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
