import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A fresh directory per test (tests run in parallel), removed when the value goes away. It
/// and the directories `write` creates are 0700 whatever the umask, as keydesk's config
/// directory must be private (`ConfigFileTrust`).
public final class TemporaryDirectory: Sendable {
    public let path: String

    public init() throws {
        path = NSTemporaryDirectory() + "keydesk-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `name` inside the directory and sets its mode exactly (umask aside).
    @discardableResult
    public func write(_ text: String, to name: String, mode: UInt16) throws -> String {
        let file = path + "/" + name
        let directory = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, mode_t(mode))
        return file
    }
}

/// The permission bits of a file, for assertions.
public func modeOfFile(_ path: String) -> UInt16? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return UInt16(truncatingIfNeeded: info.st_mode) & 0o7777
}
