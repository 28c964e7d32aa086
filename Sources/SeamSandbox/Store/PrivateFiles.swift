import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the sandbox's data directory to its owner: it holds residents' names, email addresses
/// and phone numbers. Directories the sandbox creates are 0700 and the SQLite database 0600,
/// whatever the umask; SQLite creates the `-wal` and `-shm` files with the database's mode.
enum PrivateFiles {
    /// Creates `path` and any missing parent, each new one 0700; existing ones are left alone.
    static func makeDirectories(_ path: String) throws(PrivateFileError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) == 0 {
                chmod(current, 0o700)
            } else if errno != EEXIST {
                throw PrivateFileError(path: current, reason: String(cString: strerror(errno)))
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PrivateFileError(path: path, reason: "exists and is not a directory")
        }
    }

    /// Creates the database file 0600 if it is missing, and takes group and other permissions off
    /// it and off any `-wal` and `-shm` file left from an earlier run.
    static func prepareDatabase(at path: String) throws(PrivateFileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            fchmod(descriptor, 0o600)
            close(descriptor)
        } else if errno != EEXIST {
            throw PrivateFileError(path: path, reason: String(cString: strerror(errno)))
        }
        for file in [path, path + "-wal", path + "-shm"] {
            // The mode through Foundation: in some compile batches `struct stat` is found through
            // Dispatch's headers, whose members MemberImportVisibility then hides.
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                  let permissions = (attributes[.posixPermissions] as? NSNumber)?.uint16Value else { continue }
            let mode = mode_t(permissions) & 0o7777
            if mode & 0o077 != 0, chmod(file, mode & ~0o077) != 0 {
                throw PrivateFileError(path: file, reason: String(cString: strerror(errno)))
            }
        }
    }
}

/// A data directory or database file the sandbox could not create or keep private.
struct PrivateFileError: Error, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "\(path): \(reason)" }
}
