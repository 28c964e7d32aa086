/// The audit log could not be opened, written or read; names the file and the SQLite reason.
public struct AuditLogError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "audit log \(path): \(reason)" }
}
