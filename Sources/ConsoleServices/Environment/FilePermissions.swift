import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX file modes and creation with a fixed mode from the start, for files that hold secrets
/// (config with API keys) or name residents (the audit log): never create, then chmod.
public enum FilePermissions {
    /// The permission bits (`st_mode & 0o7777`) of the file at `path`, or nil if it does not exist.
    public static func mode(ofFileAt path: String) -> UInt16? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt16(truncatingIfNeeded: info.st_mode) & 0o7777
    }

    /// Whether group or others have any permission on the file (`mode & 0o077 != 0`).
    public static func isAccessibleByOthers(mode: UInt16) -> Bool {
        mode & 0o077 != 0
    }

    /// Creates `path` and every missing parent, each new one with exactly `mode` (whatever the
    /// umask: a group-shared directory must stay group-writable). Existing directories are left
    /// as they are.
    public static func makeDirectories(at path: String, mode: UInt16 = 0o700) throws(FileCreationError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw FileCreationError(path: path, reason: "exists and is not a directory")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path {
            try makeDirectories(at: parent, mode: mode)
        }
        if mkdir(path, mode_t(mode)) != 0 {
            if errno == EEXIST { return }
            throw FileCreationError(path: path, reason: String(cString: strerror(errno)))
        }
        chmod(path, mode_t(mode))
    }

    /// Creates an empty file with exactly `mode` (whatever the umask, so a log shared by a group
    /// is group-writable) if it does not exist yet. Returns true if this call created it.
    @discardableResult
    public static func createFileIfMissing(at path: String, mode: UInt16) throws(FileCreationError) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        if descriptor < 0 {
            if errno == EEXIST { return false }
            throw FileCreationError(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(descriptor, mode_t(mode))
        close(descriptor)
        return true
    }

    /// Replaces the file at `path` with `data` atomically: the bytes go to a new sibling file
    /// created with `mode`, which is then renamed over `path`.
    public static func writeAtomically(_ data: Data, to path: String, mode: UInt16) throws(FileCreationError) {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        if descriptor < 0 {
            throw FileCreationError(path: path, reason: String(cString: strerror(errno)))
        }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw FileCreationError(path: path, reason: failure)
        }
    }
}

/// A file or directory could not be created; says which and why.
public struct FileCreationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot create \(path): \(reason)" }
}
