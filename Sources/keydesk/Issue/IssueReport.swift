import ConsoleCore
import Foundation
import SeamAPI

/// What `keydesk issue` prints: the wizard's account of what it did, then the key (its id on a
/// line of its own, last, for `tail -1`: the credential's, or through Access Grants the grant's);
/// or one JSON object with Seam's credential under `acs_credential` (or its grant under
/// `access_grant` and the grant's methods under `access_methods`). A PIN appears only when asked
/// for (`--show-pin`).
enum IssueReport {
    static func text(_ outcome: IssueOutcome, showPin: Bool) -> String {
        var lines = outcome.log
        switch outcome.key {
        case .credential(let credential):
            let what = credential.accessMethod == .code ? "PIN" : "Mobile key"
            lines += progress(outcome, what: what, waitMissed: "not yet confirmed by the building after the wizard's wait")
            if credential.accessMethod == .code {
                lines.append(showPin ? "PIN: \(credential.code ?? "not yet known: see it in the console once issued")" : hiddenPIN)
            }
        case .grant(_, let methods):
            lines += progress(outcome, what: "Access Grant", waitMissed: "not every access method confirmed by the building after the wizard's wait")
            for method in methods {
                var line = "\(method.displayName): \(method.isIssued ? "issued" : "not issued yet")"
                if method.mode == .code, showPin { line += ", PIN \(method.code ?? "not yet known: see it in the console once issued")" }
                lines.append(line)
            }
            if !showPin, methods.contains(where: { $0.mode == .code }) { lines.append(hiddenPIN) }
        }
        lines.append(outcome.key.id)
        return lines.map { $0 + "\n" }.joined()
    }

    private static let hiddenPIN = "PIN not shown (--show-pin prints it)."

    /// "… issued." and the entrances it opens when followed; "… created; not followed" otherwise.
    private static func progress(_ outcome: IssueOutcome, what: String, waitMissed: String) -> [String] {
        if outcome.followed {
            var lines = [outcome.issued ? "\(what) issued." : "\(what) created, \(waitMissed)."]
            if !outcome.accessibleEntrances.isEmpty { lines.append("Opens: " + outcome.accessibleEntrances.joined(separator: ", ") + ".") }
            return lines
        }
        return outcome.existed ? [] : ["\(what) created; not followed until issued (--no-wait)."]
    }

    static func json(_ outcome: IssueOutcome, showPin: Bool) -> String {
        var report = Report(log: outcome.log, existing: outcome.existed, followed: outcome.followed, issued: outcome.issued,
                            userIdentityId: outcome.identityID, acsUserId: outcome.acsUserID,
                            accessibleEntrances: outcome.accessibleEntrances)
        switch outcome.key {
        case .credential(var credential):
            if !showPin { credential.code = nil }
            report.acsCredential = credential
        case .grant(var grant, let methods):
            if !showPin { for index in grant.requestedAccessMethods.indices { grant.requestedAccessMethods[index].code = nil } }
            report.accessGrant = grant
            report.accessMethods = methods.map { method in
                var method = method
                if !showPin { method.code = nil }
                return method
            }
        }
        let data = (try? SeamJSON.makeEncoder().encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The JSON object: keydesk's own account in snake_case beside Seam's credential or grant.
    private struct Report: Encodable {
        let log: [String]
        let existing: Bool
        let followed: Bool
        let issued: Bool
        let userIdentityId: String?
        let acsUserId: String?
        let accessibleEntrances: [String]
        var acsCredential: AcsCredential?
        var accessGrant: AccessGrant?
        var accessMethods: [AccessMethod]?

        enum CodingKeys: String, CodingKey {
            case log, existing, followed, issued
            case userIdentityId = "user_identity_id", acsUserId = "acs_user_id"
            case accessibleEntrances = "accessible_entrances", acsCredential = "acs_credential"
            case accessGrant = "access_grant", accessMethods = "access_methods"
        }
    }
}
