import ConsoleCore
import Foundation

/// `--report out.csv`: each row of the residents file with its outcome, the ids of what exists
/// for it, or why it failed, so the property manager can follow up row by row. The Access Grant's
/// id comes last (after the columns scripts already read by position), for profiles that issue
/// through grants.
public enum ImportReport {
    public static let header = ["line", "email", "full_name", "building", "status", "user_identity_id", "acs_user_id",
                                "acs_credential_id", "enrollment_automation_id", "error", "access_grant_id"]

    /// The report's rows in line order: imported rows with their progress, invalid ones with their problems.
    public static func rows(plan: ImportPlan, progress: [Int: MoveInProgress]) -> [[String]] {
        var byLine: [Int: [String]] = [:]
        for moveIn in plan.moveIns {
            let row = progress[moveIn.line] ?? MoveInProgress()
            byLine[moveIn.line] = [String(moveIn.line), moveIn.email, moveIn.fullName, moveIn.building.name, status(row),
                                   row.identityID ?? "", row.acsUserID ?? "", row.credentialID ?? "", row.enrollmentID ?? "",
                                   row.outcome?.failureMessage ?? "", row.grantID ?? ""]
        }
        let problems = Dictionary(grouping: plan.problems.filter { $0.line != nil }, by: { $0.line! })
        for (line, list) in problems where byLine[line] == nil {
            byLine[line] = [String(line), "", "", "", "invalid", "", "", "", "", list.map(\.message).joined(separator: "; "), ""]
        }
        return byLine.keys.sorted().map { byLine[$0]! }
    }

    /// created, existing, failed, or not_run (the import stopped before the row).
    static func status(_ row: MoveInProgress) -> String {
        switch row.outcome {
        case .done?: row.credentialExisted == true ? "existing" : "created"
        case .failed?: "failed"
        case nil: "not_run"
        }
    }

    /// Writes the report, replacing the file.
    public static func write(to path: String, plan: ImportPlan, progress: [Int: MoveInProgress]) throws {
        let text = CSVRows.text([header] + rows(plan: plan, progress: progress))
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
