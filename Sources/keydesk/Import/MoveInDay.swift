import ArgumentParser
import ConsoleCore
import ConsoleServices
import Foundation
import SeamAPI

/// One run of `keydesk import` after the file was read: check every row against the buildings,
/// print the plan (`--dry-run`) or run the job with progress, then the summary, the report and
/// the exit status.
struct MoveInDay {
    let command: ImportCommand
    let session: ScriptSession
    let errors: ItemErrors
    /// Set once changes are allowed; its open attempts are closed with the session.
    private var recorder: AuditRecorder?

    init(command: ImportCommand, session: ScriptSession, errors: ItemErrors) {
        self.command = command
        self.session = session
        self.errors = errors
    }

    /// Runs, and closes the session however it ends.
    mutating func run(_ residents: ResidentsFile, columns: ResidentColumns) async throws {
        do {
            try await perform(residents, columns: columns)
        } catch {
            await session.close(recorder)
            throw error
        }
        await session.close(recorder)
    }

    private mutating func perform(_ residents: ResidentsFile, columns: ResidentColumns) async throws {
        let json = command.json
        let names = Set(residents.records.map { columns.value(.building, in: $0) }.filter { !$0.isEmpty })
        let directory: ImportDirectory
        do {
            directory = try await ImportDirectoryLoader.load(client: session.client, named: names)
        } catch {
            throw KeydeskCommandError(api: error).json(json)
        }
        let checked = ResidentValidation.validate(residents.records, columns: columns, directory: directory, now: Date())
        let plan = ImportPlan(fileName: residents.name, fileHash: residents.sha256, moveIns: checked.moveIns, problems: checked.problems)
        for problem in plan.problems { errors.report(nil, problem.description) }
        let skipped = plan.invalidLines.count
        if skipped > 0, !command.skipInvalid {
            throw KeydeskCommandError("\(plan.problems.count) problems on \(skipped) rows of \(residents.name); nothing was sent "
                                      + "(fix them, or --skip-invalid to import the \(plan.moveIns.count) valid rows).", exitCode: .usage).json(json)
        }
        if command.dryRun {
            printPlan(plan)
            if skipped > 0 { throw ExitCode.someFailed }
            return
        }
        let recorder = try session.recorderForChanges("import", json: json)
        self.recorder = recorder
        let result = try await runJob(plan, skipped: skipped, recorder: recorder)
        try finish(plan, result: result)
    }

    private func printPlan(_ plan: ImportPlan) {
        if command.json {
            let lines = plan.moveIns.map { ["line": String($0.line), "would_issue": $0.summary] }
            let data = (try? JSONEncoder().encode(lines)) ?? Data()
            StandardOutput.write(String(decoding: data, as: UTF8.self) + "\n")
            return
        }
        for moveIn in plan.moveIns { StandardOutput.write("line \(moveIn.line): would issue \(moveIn.summary)\n") }
        StandardOutput.write("\(plan.moveIns.count) residents would get their key; nothing was sent (--dry-run).\n")
    }

    private func runJob(_ plan: ImportPlan, skipped: Int, recorder: AuditRecorder) async throws -> ImportJob.Result {
        let journal: ImportJournal
        do {
            journal = try ImportJournal(path: command.journal ?? session.paths.importJournal)
        } catch let problems as ImportProblems {
            throw KeydeskCommandError(problems.problems.map(\.description).joined(separator: "; "), exitCode: .usage).json(command.json)
        }
        let job = ImportJob(client: session.client, changes: recorder, journal: journal, concurrency: command.concurrency,
                            issuePath: session.connection.info.issuePath)
        let reporter = ImportProgressReporter(fileName: plan.fileName)
        let task = Task { await job.run(plan, skipped: skipped) { reporter.update($0) } }
        let signals = InterruptSignals { _ in task.cancel() }
        let result = await task.value
        signals.restore()
        reporter.finish()
        return result
    }

    private func finish(_ plan: ImportPlan, result: ImportJob.Result) throws {
        let json = command.json
        let moveIns = Dictionary(uniqueKeysWithValues: plan.moveIns.map { ($0.line, $0) })
        for (line, row) in result.rows.sorted(by: { $0.key < $1.key }) {
            if let message = row.outcome?.failureMessage, moveIns[line] != nil { errors.report("line \(line)", message) }
        }
        if let report = command.report {
            do {
                try ImportReport.write(to: report, plan: plan, progress: result.rows)
            } catch {
                errors.report(nil, "cannot write the report \(report): \(error.localizedDescription)")
            }
        }
        let summary = ImportProgressText.summary(result.tally, now: Date())
        if json {
            StandardOutput.write(ImportSummaryJSON.text(plan, result: result))
        } else {
            StandardOutput.write(summary + "\n")
        }
        if let stop = result.stop {
            let again = "run the same command again to resume."
            switch stop {
            case .keyRefused(let message): throw KeydeskCommandError("\(message) Then \(again)", exitCode: .keyRefused).json(json)
            case .unavailable(let message): throw KeydeskCommandError("\(message) Stopped; \(again)", exitCode: .apiUnavailable).json(json)
            case .cannotRecord(let message): throw KeydeskCommandError("\(message) Stopped; \(again)", exitCode: .someFailed).json(json)
            case .interrupted: throw KeydeskCommandError("interrupted; \(again)", exitCode: ExitCode(130)).json(json)
            }
        }
        if result.tally.failed > 0 || result.tally.skipped > 0 { throw ExitCode.someFailed }
    }
}

/// `keydesk import --json`: the summary as one object, the tally's counts under their names.
enum ImportSummaryJSON {
    static func text(_ plan: ImportPlan, result: ImportJob.Result) -> String {
        let tally = result.tally
        let summary = Summary(file: plan.fileName, sha256: plan.fileHash, total: tally.total, created: tally.created,
                              existing: tally.existing, resumed: tally.resumed, failed: tally.failed, skipped: tally.skipped,
                              seconds: (Date().timeIntervalSince(tally.startedAt) * 10).rounded() / 10, stopped: result.stop?.message)
        return JSONLine.text(summary) + "\n"
    }

    private struct Summary: Encodable {
        let file: String
        let sha256: String
        let total, created, existing, resumed, failed, skipped: Int
        let seconds: Double
        let stopped: String?
    }
}
