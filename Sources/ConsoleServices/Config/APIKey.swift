/// A Seam API key that cannot leak by accident: every textual form (`description`,
/// `debugDescription`, `dump`, string interpolation) is masked. Only `revealedValue` gives the
/// secret, for the HTTP Authorization header.
public struct APIKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let secret: String

    public init(_ secret: String) {
        self.secret = secret
    }

    /// The secret itself. Use it only to build the Authorization header.
    public var revealedValue: String { secret }

    /// The key's kind prefix and a redaction mark, e.g. `seam_…(redacted)`, `seam_at…(redacted)`.
    public var description: String {
        if secret.hasPrefix("seam_at") { return "seam_at…(redacted)" }
        if secret.hasPrefix("seam_") { return "seam_…(redacted)" }
        return "…(redacted)"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror { Mirror(self, children: ["value": description]) }
}
