import ArgumentParser
import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI

/// `revoke`, `suspend` and `unsuspend` on several ids: each is looked up (so the audit and the
/// output name it), then changed through the console's `OperationRunner`, with the same audit
/// rows as the console's dialogs. One line per id on stdout; one line per failure on stderr.
/// Exit 0 when every id was done, 4 at once when the key is refused, 3 when Seam could not be
/// reached for any, else 1.
struct OperationBatch {
    let session: ScriptSession
    let recorder: AuditRecorder
    let json: Bool

    /// How an id becomes an operation (a `get`, so a wrong id says "not found").
    typealias Prepare = @Sendable (SeamClient, String) async throws -> ConsoleOperation

    /// What `--help` says of the three commands.
    static let discussion = "One line per id on stdout, one per failure on stderr. Exit status: 0 all done, 1 some failed, "
        + "2 usage or read-only, 3 Seam unavailable, 4 key refused."

    /// Opens the session (refused when read-only or without an audit log), runs, closes.
    static func perform(_ command: String, done verb: String, _ arguments: OperationArguments, prepare: Prepare) async throws {
        let session = try await ScriptSession.open(arguments.connection, audit: arguments.audit, json: arguments.json)
        let recorder: AuditRecorder
        do {
            recorder = try session.recorderForChanges(command, json: arguments.json)
        } catch {
            await session.close()
            throw error
        }
        do {
            try await OperationBatch(session: session, recorder: recorder, json: arguments.json)
                .run(ids: arguments.ids, done: verb, prepare: prepare)
        } catch {
            await session.close(recorder)
            throw error
        }
        await session.close(recorder)
    }

    func run(ids: [String], done verb: String, prepare: Prepare) async throws {
        let runner = OperationRunner(client: session.client, changes: recorder, auditLog: recorder.log)
        let errors = ItemErrors(json: json)
        var succeeded = 0
        var failures: [ConsoleFailure.Kind] = []
        for id in ids {
            let failure: ConsoleFailure
            do {
                let operation = try await prepare(session.client, id)
                let answer = await runner.run(.perform(operation))
                guard case let .finished(_, result, auditProblem) = answer else { continue }
                switch result {
                case .succeeded:
                    succeeded += 1
                    StandardOutput.write(line(id: id, verb: verb, operation: operation, auditProblem: auditProblem))
                    continue
                case .failed(let reason):
                    failure = reason
                }
            } catch {
                failure = ConsoleFailure(error)
            }
            errors.report(id, failure.message)
            failures.append(failure.kind)
            if failure.kind == .unauthorized { throw ExitCode.keyRefused }
        }
        if failures.isEmpty { return }
        throw succeeded == 0 && failures.allSatisfy({ $0 == .transient }) ? ExitCode.apiUnavailable : ExitCode.someFailed
    }

    private func line(id: String, verb: String, operation: ConsoleOperation, auditProblem: String?) -> String {
        let name = operation.targetName
        if json {
            var object: [String: String] = ["id": id, "action": operation.auditAction, "name": name]
            if let auditProblem { object["audit_problem"] = auditProblem }
            return JSONLine.text(object) + "\n"
        }
        let audit = auditProblem.map { " (the audit log was not written: \($0))" } ?? ""
        return "\(verb) \(id) \(Sanitizer.sanitize(name))\(audit)\n"
    }
}
