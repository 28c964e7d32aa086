import Foundation

/// Runs a profile's `api_key_command` (e.g. `pass show seam/tower-a`) with `/bin/sh -c` and
/// takes its trimmed stdout (its first line, if it prints several) as the key. Its stderr goes to ours (password managers prompt
/// there). Errors name the profile and the exit status, never the output.
public enum APIKeyCommand {
    public static func run(_ command: String, profile: String) throws(ConfigError) -> APIKey {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ConfigError(.keyCommandFailed, "api_key_command of profile '\(profile)' could not start: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            throw ConfigError(.keyCommandFailed, "api_key_command of profile '\(profile)' was killed by signal \(status)")
        }
        if status != 0 {
            throw ConfigError(.keyCommandFailed, "api_key_command of profile '\(profile)' failed with exit status \(status)")
        }
        // Like `pass`, a command may print the key then other lines: the key is the first line.
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let key = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        if key.isEmpty {
            throw ConfigError(.keyCommandFailed, "api_key_command of profile '\(profile)' printed nothing (exit status 0)")
        }
        return APIKey(key)
    }
}
