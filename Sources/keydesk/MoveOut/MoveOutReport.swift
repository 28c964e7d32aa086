import ConsoleCore
import ConsoleUI
import Foundation

/// What `keydesk moveout` prints: per person what they hold and what goes, one line per item
/// as it ends, and a summary; with `--json`, the same as JSON lines (`"type": "plan"`, `"item"`,
/// `"summary"`). A failed item is also one error line on stderr (`ItemErrors`).
struct MoveOutReport {
    let json: Bool

    func plan(_ plan: MoveOutPlan, items: [MoveOutItem], summary: String, buildings: [String: String], dryRun: Bool) {
        let holds = plan.isEmpty ? "nothing any more" : plan.holdings
        if json {
            write(PlanLine(name: plan.person.name, email: plan.person.email, userIdentityID: plan.person.identityID,
                           acsUserID: plan.person.acsUserID, holds: holds,
                           buildings: plan.buildingIDs.map { buildings[$0] ?? $0 }, credentials: plan.credentials.count,
                           acsUsers: plan.users.count, items: items.map { ItemLine($0, buildings: buildings) }, dryRun: dryRun))
            return
        }
        var text = "\(Sanitizer.sanitize(plan.person.described)) holds \(holds)"
        let names = plan.buildingIDs.map { Sanitizer.sanitize(buildings[$0] ?? $0) }
        text += names.isEmpty ? ".\n" : " (\(names.joined(separator: ", "))).\n"
        if !summary.isEmpty { text += (dryRun ? "Would " + summary.prefix(1).lowercased() + summary.dropFirst() : summary) + ".\n" }
        if dryRun {
            for item in items { text += "would  \(Sanitizer.sanitize(item.described(buildings: buildings)))  \(item.id)\n" }
        }
        StandardOutput.write(text)
    }

    func nothingLeft() {
        if json {
            write(SummaryLine(done: 0, alreadyGone: 0, failed: 0))
        } else {
            StandardOutput.write("Nothing to remove; nothing was changed.\n")
        }
    }

    func dryRunEnd(_ count: Int) {
        if !json { StandardOutput.write("\(count) \(count == 1 ? "item" : "items") would be removed; nothing was sent (--dry-run).\n") }
    }

    func item(_ item: MoveOutItem, _ outcome: MoveOutOutcome, auditProblem: String?, buildings: [String: String]) {
        if case .failed(let message) = outcome {
            ItemErrors(json: json).report(item.id, "\(item.described(buildings: buildings)): \(message)")
        }
        if json {
            var line = ItemLine(item, buildings: buildings)
            switch outcome {
            case .done: line.outcome = "done"
            case .alreadyGone: line.outcome = "already_gone"
            case .failed(let message):
                line.outcome = "failed"
                line.error = message
            }
            line.auditProblem = auditProblem
            write(line)
            return
        }
        let word = outcome.word.padding(toLength: 12, withPad: " ", startingAt: 0)
        let audit = auditProblem.map { " (the audit log was not written: \($0))" } ?? ""
        StandardOutput.write("\(word)  \(Sanitizer.sanitize(item.described(buildings: buildings)))  \(item.id)\(audit)\n")
    }

    func summary(_ tally: (done: Int, gone: Int, failed: Int)) {
        if json {
            write(SummaryLine(done: tally.done, alreadyGone: tally.gone, failed: tally.failed))
            return
        }
        var parts = ["\(tally.done) done"]
        if tally.gone > 0 { parts.append("\(tally.gone) already gone") }
        if tally.failed > 0 { parts.append("\(tally.failed) FAILED") }
        let end = tally.failed > 0 ? "; run the same command again to finish what is left.\n" : ".\n"
        StandardOutput.write(parts.joined(separator: ", ") + end)
    }

    private func write(_ value: some Encodable) {
        StandardOutput.write(JSONLine.text(value) + "\n")
    }
}

private struct PlanLine: Encodable {
    let type = "plan"
    let name: String
    let email: String?
    let userIdentityID: String?
    let acsUserID: String?
    let holds: String
    let buildings: [String]
    let credentials: Int
    let acsUsers: Int
    let items: [ItemLine]
    let dryRun: Bool

    enum CodingKeys: String, CodingKey {
        case type, name, email, holds, buildings, credentials, items
        case userIdentityID = "user_identity_id", acsUserID = "acs_user_id", acsUsers = "acs_users", dryRun = "dry_run"
    }
}

private struct ItemLine: Encodable {
    let type = "item"
    let id: String
    let action: String
    let description: String
    var outcome: String?
    var error: String?
    var auditProblem: String?

    init(_ item: MoveOutItem, buildings: [String: String]) {
        id = item.id
        action = item.auditAction
        description = item.described(buildings: buildings)
    }

    enum CodingKeys: String, CodingKey {
        case type, id, action, description, outcome, error
        case auditProblem = "audit_problem"
    }
}

private struct SummaryLine: Encodable {
    let type = "summary"
    let done: Int
    let alreadyGone: Int
    let failed: Int

    enum CodingKeys: String, CodingKey {
        case type, done, failed
        case alreadyGone = "already_gone"
    }
}
