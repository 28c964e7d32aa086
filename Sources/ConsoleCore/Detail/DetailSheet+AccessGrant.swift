import Foundation
import SeamAPI

extension DetailSheet {
    /// An Access Grant in words: for whom, when, where it stands, each access method with its
    /// own status (a PIN masked until `p`), and the entrances it opens.
    static func accessGrant(_ grant: AccessGrant, identity: UserIdentity?, methods: [AccessMethod], entrances: [AcsEntrance],
                            time: BuildingTime, revealsPIN: Bool) -> DetailSheet {
        let resident = identity.map { $0.fullName ?? $0.emailAddress ?? $0.displayName }
        var lines: [Line] = [
            .field("Resident", resident.map { name in identity?.emailAddress.map { "\(name) <\($0)>" } ?? name } ?? grant.userIdentityId),
            .field("Starts", time.format(grant.startsAt)),
            .field("Ends", grant.endsAt.map(time.format) ?? "no end"),
            .field("Time zone", time.label),
            .field("Status", grant.displayStatus.replacingOccurrences(of: "_", with: " ")),
        ]
        for change in grant.pendingMutations.map(PendingChange.init) { lines.append(.field("On its way", change.words)) }
        if let key = grant.accessGrantKey { lines.append(.field("Grant key", key)) }
        lines.append(.field("Grant id", grant.accessGrantId))
        lines += problems(errors: grant.errors, warnings: grant.warnings)
        lines.append(.blank)
        lines.append(.heading(methods.isEmpty ? "No access method yet" : "Access methods (\(methods.count))"))
        for method in methods {
            let state = method.isIssued ? "issued" + (method.issuedAt.map { " \(time.format($0))" } ?? "") : "issuing…"
            var words = "• \(CredentialRow.methodName(method.mode)): \(state)"
            if let code = method.code {
                words += ", PIN " + (revealsPIN ? code : String(repeating: "•", count: code.count) + " (p shows it)")
            }
            lines.append(.text(words))
            for problem in Problem.list(errors: method.errors, warnings: method.warnings) {
                lines.append(.problem("  \(problem.severity == .error ? "ERROR" : "WARNING"): \(problem.words). \(problem.message)"))
            }
        }
        lines.append(.blank)
        lines.append(.heading(entrances.isEmpty ? "Opens no entrance" : "Opens \(entrances.count) entrance\(entrances.count == 1 ? "" : "s")"))
        lines += entrances.map { .text("• \($0.displayName)") }
        let title = resident.map { "\($0) · Access Grant" } ?? grant.displayName
        return DetailSheet(title: title, lines: lines)
    }
}
