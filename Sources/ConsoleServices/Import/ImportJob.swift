import ConsoleCore
import Foundation
import SeamAPI

/// The bulk move-in, shared by `keydesk import` and the console's `:import`: the rows of a
/// checked file (`ImportPlan`), at most `concurrency` residents at a time, each through
/// `MoveInWorker`, with the journal and the audit, reporting the tally after every row.
public struct ImportJob: Sendable {
    /// Residents worked on at once by default.
    public static let defaultConcurrency = 4
    /// Rows in a row that fail because Seam cannot be reached before the import stops.
    static let unreachableRowsBeforeStopping = 8

    let client: SeamClient
    let changes: any ChangeAuditing
    let journal: ImportJournal
    let concurrency: Int
    /// How keys are issued (the profile's `issue_with`): credentials, or one Access Grant each.
    let issuePath: IssuePath
    let now: @Sendable () -> Date

    public init(client: SeamClient, changes: any ChangeAuditing, journal: ImportJournal,
                concurrency: Int = ImportJob.defaultConcurrency, issuePath: IssuePath = .acsCredentials,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.client = client
        self.changes = changes
        self.journal = journal
        self.concurrency = max(1, concurrency)
        self.issuePath = issuePath
        self.now = now
    }

    /// What the run came to: the tally, each row's progress by line, and why it stopped early.
    public struct Result: Sendable {
        public let tally: ImportTally
        public let rows: [Int: MoveInProgress]
        public let stop: ImportStop?
    }

    /// Runs the plan. Rows an earlier run finished are counted, not redone; rows it failed are
    /// tried again. Cancelling the task stops it between calls (`ImportStop.interrupted`).
    public func run(_ plan: ImportPlan, skipped: Int = 0, onProgress: @escaping @Sendable (ImportTally) -> Void) async -> Result {
        var tally = ImportTally(total: plan.moveIns.count, skipped: skipped, startedAt: now())
        var rows: [Int: MoveInProgress]
        do {
            rows = try journal.progress(ofFile: plan.fileHash)
        } catch {
            return Result(tally: tally, rows: [:], stop: .cannotRecord("cannot read the import journal \(journal.path): \(error)"))
        }
        var pending: [MoveIn] = []
        for moveIn in plan.moveIns {
            if rows[moveIn.line]?.outcome == .done { tally.resumed += 1 } else { pending.append(moveIn) }
        }
        onProgress(tally)
        let residents: [String: UserIdentity]
        do {
            residents = try await knownResidents()
        } catch {
            return Result(tally: tally, rows: rows, stop: Self.stop(for: error) ?? .unavailable(ConsoleFailure(error).message))
        }
        let worker = MoveInWorker(client: client, calls: CheckedChanges(changes: changes, gate: RequestGate()), journal: journal,
                                  fileHash: plan.fileHash, residents: residents, issuePath: issuePath, now: now)
        var stop: ImportStop?
        await withTaskGroup(of: (Int, Swift.Result<MoveInProgress, any Error>).self) { group in
            var next = pending.makeIterator()
            var unreachableInARow = 0
            func startNext() -> Bool {
                guard stop == nil, !Task.isCancelled, let moveIn = next.next() else { return false }
                let start = rows[moveIn.line] ?? MoveInProgress()
                group.addTask {
                    do { return (moveIn.line, .success(try await worker.run(moveIn, from: start))) } catch { return (moveIn.line, .failure(error)) }
                }
                return true
            }
            for _ in 0..<concurrency {
                if !startNext() { break }
            }
            for await (line, outcome) in group {
                switch outcome {
                case .success(let progress):
                    rows[line] = progress
                    unreachableInARow = 0
                    if progress.outcome?.failureMessage != nil {
                        tally.failed += 1
                    } else if progress.credentialExisted == true {
                        tally.existing += 1
                    } else {
                        tally.created += 1
                    }
                case .failure(let row as UnreachableRow):
                    rows[line] = row.progress
                    tally.failed += 1
                    unreachableInARow += 1
                    if unreachableInARow >= Self.unreachableRowsBeforeStopping { stop = .unavailable(row.error.description) }
                case .failure(let error):
                    if stop == nil { stop = Self.stop(for: error) ?? .cannotRecord("\(error)") }
                }
                onProgress(tally)
                _ = startNext()
            }
        }
        if stop == nil, Task.isCancelled, tally.finished < tally.total { stop = .interrupted }
        return Result(tally: tally, rows: rows, stop: stop)
    }

    /// The workspace's identities by lower-cased email, read once so a row whose resident
    /// exists costs no lookup.
    private func knownResidents() async throws -> [String: UserIdentity] {
        var residents: [String: UserIdentity] = [:]
        for try await page in client.userIdentities.paginate(UserIdentityListParameters(limit: 500)) {
            for identity in page.items {
                if let email = identity.emailAddress?.lowercased() { residents[email] = identity }
            }
        }
        return residents
    }

    private static func stop(for error: any Error) -> ImportStop? {
        if error is CancellationError { return .interrupted }
        if let api = error as? SeamAPIError {
            if ImportStop.stops(api) { return .keyRefused(api.description) }
            return nil
        }
        return .cannotRecord(ConsoleFailure(error).message)
    }
}
