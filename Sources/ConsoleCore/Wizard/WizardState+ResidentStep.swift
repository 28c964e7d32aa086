import Foundation
import SeamAPI

/// Step 1: typing, searching and choosing the resident, validated before any call.
extension WizardState {
    /// A key in step 1: edits the focused field, moves between fields and matches, and on
    /// Enter searches by name or, with a valid email, finds or creates the identity.
    mutating func residentKey(_ key: Key) -> [WizardEffect] {
        let order: [WizardField] = [.email, .fullName, .phone]
        let index = order.firstIndex(of: resident.focus) ?? 0
        if let matches = identityMatches, made.identityID == nil {
            switch key {
            case .down: matchCursor = min(matchCursor + 1, matches.count - 1); return []
            case .up: matchCursor = max(matchCursor - 1, 0); return []
            case .enter:
                let identity = matches[matchCursor]
                made.identityID = identity.userIdentityId
                made.identityCreated = false
                resident.email = TextDraft(identity.emailAddress ?? "")
                resident.fullName = TextDraft(identity.fullName ?? identity.displayName)
                resident.phone = TextDraft(identity.phoneNumber ?? "")
                identityMatches = nil
                fieldErrors = [:]
                log.append("Chose the existing user identity \(identity.emailAddress ?? identity.displayName).")
                return advance(to: .manager)
            case .tab, .backTab, .escape: break
            default: identityMatches = nil
            }
        }
        switch key {
        case .tab, .down: resident.focus = order[(index + 1) % order.count]
        case .backTab, .up: resident.focus = order[(index + order.count - 1) % order.count]
        case .enter:
            if made.identityID != nil { return advance(to: .manager) }
            let typed = resident.email.text.trimmingCharacters(in: .whitespaces)
            if resident.focus == .email, !typed.isEmpty, !typed.contains("@") {
                fieldErrors = [:]
                busy = "Searching residents for “\(typed)”…"
                return [.searchIdentities(serial: serial, text: typed)]
            }
            let problems = WizardValidation.resident(resident)
            fieldErrors = problems
            guard problems.isEmpty else {
                resident.focus = order.first(where: { problems[$0] != nil }) ?? resident.focus
                return []
            }
            failure = nil
            busy = "Looking for the resident, or creating them…"
            return [.resolveIdentity(serial: serial, email: resident.email.text.trimmingCharacters(in: .whitespaces),
                                     fullName: resident.fullName.text.trimmingCharacters(in: .whitespaces), phone: resident.phoneValue)]
        default:
            guard made.identityID == nil else { return [] }
            switch resident.focus {
            case .fullName:
                _ = resident.fullName.apply(key)
                fieldErrors[.fullName] = nil
            case .phone:
                _ = resident.phone.apply(key)
                fieldErrors[.phone] = WizardValidation.phoneProblem(resident.phone.text)
            default:
                _ = resident.email.apply(key)
                let problem = WizardValidation.emailProblem(resident.email.text)
                // While typing, only say so once it looks finished but wrong.
                fieldErrors[.email] = resident.email.text.contains("@") ? problem : nil
            }
        }
        return []
    }
}

extension ResidentForm {
    var phoneValue: String? {
        let phone = phone.text.trimmingCharacters(in: .whitespaces)
        return phone.isEmpty ? nil : phone
    }
}
