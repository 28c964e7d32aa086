/// A failed API call as the console needs to know it: the message to show, and whether
/// trying again later can help (a timeout or a 503 can; a 401 or a 404 cannot).
public struct ConsoleFailure: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The API is down, slow, or rate-limited: keep the data, say so, retry.
        case transient
        /// The key was refused: nothing works until it is fixed.
        case unauthorized
        /// The resource is gone (someone else deleted it).
        case notFound
        /// Anything else the API refused.
        case rejected
        /// Not sent: the audit log could not record the attempt first (it is down or unwritable).
        case auditUnavailable
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

/// An error that knows how the console should show it (one defined outside the API client, such
/// as a change refused because the audit log could not be written first).
public protocol ConsoleFailureDescribing: Error {
    var consoleFailure: ConsoleFailure { get }
}
