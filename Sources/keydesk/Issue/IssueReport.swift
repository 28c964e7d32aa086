import ConsoleCore
import Foundation
import SeamAPI

/// What `keydesk issue` prints: the wizard's account of what it did, then the key (its id on a
/// line of its own, last, for `tail -1`); or one JSON object with Seam's credential under
/// `acs_credential`. The PIN appears only when asked for (`--show-pin`).
enum IssueReport {
    static func text(_ outcome: IssueOutcome, showPin: Bool) -> String {
        let credential = outcome.credential
        var lines = outcome.log
        let what = credential.accessMethod == .code ? "PIN" : "Mobile key"
        if outcome.followed {
            lines.append(outcome.issued ? "\(what) issued." : "\(what) created, not yet confirmed by the building after the wizard's wait.")
            if !outcome.accessibleEntrances.isEmpty { lines.append("Opens: " + outcome.accessibleEntrances.joined(separator: ", ") + ".") }
        } else if !outcome.existed {
            lines.append("\(what) created; not followed until issued (--no-wait).")
        }
        if credential.accessMethod == .code {
            lines.append(showPin ? "PIN: \(credential.code ?? "not yet known: see it in the console once issued")" : "PIN not shown (--show-pin prints it).")
        }
        lines.append(credential.acsCredentialId)
        return lines.map { $0 + "\n" }.joined()
    }

    static func json(_ outcome: IssueOutcome, showPin: Bool) -> String {
        var credential = outcome.credential
        if !showPin { credential.code = nil }
        let report = Report(log: outcome.log, existing: outcome.existed, followed: outcome.followed, issued: outcome.issued,
                            userIdentityId: outcome.identityID, acsUserId: outcome.acsUserID,
                            accessibleEntrances: outcome.accessibleEntrances, acsCredential: credential)
        let data = (try? SeamJSON.makeEncoder().encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The JSON object: keydesk's own account in snake_case beside Seam's credential.
    private struct Report: Encodable {
        let log: [String]
        let existing: Bool
        let followed: Bool
        let issued: Bool
        let userIdentityId: String?
        let acsUserId: String?
        let accessibleEntrances: [String]
        let acsCredential: AcsCredential

        enum CodingKeys: String, CodingKey {
            case log, existing, followed, issued
            case userIdentityId = "user_identity_id", acsUserId = "acs_user_id"
            case accessibleEntrances = "accessible_entrances", acsCredential = "acs_credential"
        }
    }
}
