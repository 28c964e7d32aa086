import Foundation

/// Runs a command that prints a secret (an API key, a database password), as `/bin/sh -c`, and
/// takes the first line of its trimmed stdout, as `pass show` prints the secret then other lines.
/// Its stderr goes to ours (password managers prompt there). Errors name the command's setting
/// and its exit status, never its output.
public enum SecretCommand {
    /// `setting` names the command in errors ("api_key_command of profile 'tower'").
    public static func firstLine(of command: String, describedAs setting: String) throws(ConfigError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ConfigError(.keyCommandFailed, "\(setting) could not start: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            throw ConfigError(.keyCommandFailed, "\(setting) was killed by signal \(status)")
        }
        if status != 0 {
            throw ConfigError(.keyCommandFailed, "\(setting) failed with exit status \(status)")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let secret = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        if secret.isEmpty {
            throw ConfigError(.keyCommandFailed, "\(setting) printed nothing (exit status 0)")
        }
        return secret
    }
}
