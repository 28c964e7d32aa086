import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file whose contents decide where keydesk sends its key (config.toml), so that the
/// checks made on it apply to the very file read: its directory is opened first, the file is
/// opened beneath that descriptor with `O_NOFOLLOW` (a symbolic link is refused, not
/// followed), and owner and mode come from `fstat` on the open descriptors, never from a
/// second look-up of the path that someone could swap in between.
public enum TrustedFileReader {
    /// Owner and permission bits of an open file or directory.
    public struct Status: Sendable, Equatable {
        public let ownerID: UInt32
        /// Permission bits (`st_mode & 0o7777`).
        public let mode: UInt16

        public init(ownerID: UInt32, mode: UInt16) {
            self.ownerID = ownerID
            self.mode = mode
        }
    }

    /// The bytes of the file, with the status of the file and of its directory.
    public struct Contents: Sendable {
        public let data: Data
        public let file: Status
        public let directory: Status
    }

    /// Why the file was not read.
    public enum Failure: Error, Equatable {
        /// Neither the file nor its directory exists.
        case missing
        /// The path names a symbolic link.
        case symbolicLink
        /// The path names something other than a regular file (a directory, a FIFO, a device).
        case notRegularFile
        /// Anything else, with the system's reason.
        case unreadable(String)
    }

    /// Files larger than this are refused: a config is a few hundred bytes.
    public static let sizeLimit = 1 << 20

    /// Reads the regular file at `path` as described above.
    public static func read(_ path: String) throws(Failure) -> Contents {
        let directoryPath = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let directory = open(directoryPath.isEmpty ? "." : directoryPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory < 0 {
            if errno == ENOENT { throw .missing }
            throw .unreadable(String(cString: strerror(errno)))
        }
        defer { close(directory) }
        let directoryStatus = try status(of: directory)
        let file = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if file < 0 {
            switch errno {
            case ENOENT: throw .missing
            case ELOOP: throw .symbolicLink
            default: throw .unreadable(String(cString: strerror(errno)))
            }
        }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegularFile }
        guard Int(info.st_size) <= sizeLimit else { throw .unreadable("larger than \(sizeLimit) bytes") }
        return Contents(data: try readAll(file), file: Status(info), directory: directoryStatus)
    }

    private static func status(of descriptor: Int32) throws(Failure) -> Status {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        return Status(info)
    }

    private static func readAll(_ descriptor: Int32) throws(Failure) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while data.count <= sizeLimit {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
        throw .unreadable("larger than \(sizeLimit) bytes")
    }
}

extension TrustedFileReader.Status {
    init(_ info: stat) {
        self.init(ownerID: UInt32(info.st_uid), mode: UInt16(truncatingIfNeeded: info.st_mode) & 0o7777)
    }
}
