/// A change keydesk did not make because its attempt row could not be written first. Nothing
/// was sent to Seam; the message says so and why, so staff fix the log before trying again.
public struct AuditRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public let action: String
    public let reason: AuditLogError

    public init(action: String, reason: AuditLogError) {
        self.action = action
        self.reason = reason
    }

    public var description: String {
        "\(action) was not done: the audit log could not record the attempt first (\(reason)). Nothing was sent to Seam."
    }
}
