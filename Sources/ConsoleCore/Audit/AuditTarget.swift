import Foundation
import SeamAPI

/// What an audit row says about the credential a change acts on or creates: its id, its
/// holder's id, its access method and validity window. It exists so that call sites never
/// hand a credential's fields to the log themselves: a PIN (`code`) or card number has no way in.
public struct AuditTarget: Sendable, Equatable {
    public let resourceIDs: [String]
    public let detail: String

    public init(credential: AcsCredential) {
        resourceIDs = [credential.acsCredentialId] + (credential.acsUserId.map { [$0] } ?? [])
        let method = switch credential.accessMethod {
        case .code: "pin code"
        case .mobileKey: "mobile key"
        case .card: "card"
        case .cloudKey: "cloud key"
        case .unknown(let raw): raw
        }
        let window = [
            credential.startsAt.map { "starts \(Self.instant($0))" },
            credential.endsAt.map { "ends \(Self.instant($0))" },
        ].compactMap { $0 }
        detail = ([method] + window).joined(separator: ", ")
    }

    private static func instant(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}
