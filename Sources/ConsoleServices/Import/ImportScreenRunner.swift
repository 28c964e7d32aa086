import ConsoleCore
import Foundation
import SeamAPI
import Synchronization

/// Runs `:import` for the console: the same reading, checking and `ImportJob` as `keydesk
/// import`, with the job's tally kept here between the screen's questions (`progress`) and its
/// task kept so Esc can stop it.
public final class ImportScreenRunner: Sendable {
    private struct Running {
        var tally: ImportTally?
        var task: Task<ImportJob.Result, Never>?
        var stopRequested = false
    }

    let client: SeamClient
    let changes: any ChangeAuditing
    let journalPath: String
    private let jobs = Mutex<[Date: Running]>([:])

    public init(client: SeamClient, changes: any ChangeAuditing, journalPath: String) {
        self.client = client
        self.changes = changes
        self.journalPath = journalPath
    }

    public func run(_ effect: ImportEffect) async -> ImportAnswer? {
        switch effect {
        case let .start(serial, path, issueWith):
            return await start(serial: serial, path: path, issuePath: issueWith)
        case .progress(let serial):
            return .progressed(serial: serial, jobs.withLock { $0[serial]?.tally })
        case .stop(let serial):
            let task = jobs.withLock { jobs -> Task<ImportJob.Result, Never>? in
                jobs[serial, default: Running()].stopRequested = true
                return jobs[serial]?.task
            }
            task?.cancel()
            return nil
        }
    }

    private func start(serial: Date, path: String, issuePath: IssuePath) async -> ImportAnswer {
        defer { _ = jobs.withLock { $0.removeValue(forKey: serial) } }
        let plan: ImportPlan
        do {
            let file = try ResidentsFile(path: path)
            let columns = try ResidentColumns.match(header: file.header)
            let names = Set(file.records.map { columns.value(.building, in: $0) }.filter { !$0.isEmpty })
            let directory = try await ImportDirectoryLoader.load(client: client, named: names)
            let checked = ResidentValidation.validate(file.records, columns: columns, directory: directory, now: Date())
            plan = ImportPlan(fileName: file.name, fileHash: file.sha256, moveIns: checked.moveIns, problems: checked.problems)
        } catch let problems as ImportProblems {
            return .refused(serial: serial, problems: problems.problems.map(\.description) + ["Nothing was sent."])
        } catch {
            return .refused(serial: serial, problems: [ConsoleFailure(error).message])
        }
        if !plan.problems.isEmpty {
            return .refused(serial: serial, problems: plan.problems.map(\.description)
                + ["Nothing was sent: fix the file and run :import again (keydesk import --skip-invalid imports the valid rows)."])
        }
        let journal: ImportJournal
        do {
            journal = try ImportJournal(path: journalPath)
        } catch let problems as ImportProblems {
            return .refused(serial: serial, problems: problems.problems.map(\.description))
        } catch {
            return .refused(serial: serial, problems: ["cannot open the import journal \(journalPath): \(error)"])
        }
        let job = ImportJob(client: client, changes: changes, journal: journal, issuePath: issuePath)
        let task = Task {
            await job.run(plan) { tally in self.jobs.withLock { $0[serial, default: Running()].tally = tally } }
        }
        let stopNow = jobs.withLock { jobs -> Bool in
            jobs[serial, default: Running()].task = task
            return jobs[serial]?.stopRequested == true
        }
        if stopNow { task.cancel() }
        let result = await task.value
        let failures = result.rows.sorted { $0.key < $1.key }.compactMap { line, row in
            row.outcome?.failureMessage.map { "line \(line): \($0)" }
        }
        var summary = ImportProgressText.summary(result.tally, now: Date())
        if let stop = result.stop { summary += " Stopped (\(stop.message)): run :import again with the same file to resume." }
        return .finished(serial: serial, summary: summary, failures: failures)
    }
}
