// A test helper, never shipped: one keydesk-like process that audits changes into a PostgreSQL
// trail as a front desk on `--host` would, through the real sink and `AuditRecorder`, with fake
// API calls (a short sleep; every fifth revoke fails). It exists so that tests can run several
// real processes at once against one trail without giving keydesk itself a way to write rows
// under another host's name.
//
//   KeydeskAuditWriter URL PASSWORD_FILE HOST wizard|revokes COUNT
//
// A wizard change is the wizard's four audited steps (identity, ACS user, credential, its
// entrances); a revoke is one. Prints one line per attempt: "<attempt id> <action>".
import ConsoleCore
import ConsoleServices
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 6, let count = Int(arguments[5]) else {
    FileHandle.standardError.write(Data("usage: KeydeskAuditWriter URL PASSWORD_FILE HOST wizard|revokes COUNT\n".utf8))
    exit(2)
}
let (urlText, passwordFile, host, flow) = (arguments[1], arguments[2], arguments[3], arguments[4])

struct FakeAPIFailure: Error, CustomStringConvertible {
    var description: String { "the fake API refused the change" }
}

func fakeCall(fails: Bool) async throws -> String {
    try await Task.sleep(for: .milliseconds(Int.random(in: 1...3)))
    if fails { throw FakeAPIFailure() }
    return "made_" + UUID().uuidString.prefix(8)
}

do {
    let url = try PostgresAuditURL(urlText, source: "the command line")
    let log = try PostgresAuditLog(url: url, password: try PostgresPassword.read(.file(passwordFile), for: url))
    let context = AuditContext(osUser: "staff-\(host)", sshClientAddress: "192.0.2.\(host.count)", profile: "tower",
                               endpoint: "https://seam.example", host: host)
    let recorder = AuditRecorder(log: log, context: context)
    let steps = flow == "wizard" ? ["user_identity.create", "acs_user.create", "credential.create", "credential.entrances"] : ["credential.revoke"]
    for change in 0..<count {
        for (index, action) in steps.enumerated() {
            let fails = flow == "revokes" && change % 5 == 4
            let call = await recorder.audited(action, resourceIDs: ["\(host)_\(change)_\(index)"], detail: "change \(change)",
                                              answer: { AuditAnswer(resourceIDs: [$0]) }) { try await fakeCall(fails: fails) }
            if call.wasRefused || call.auditProblem != nil {
                FileHandle.standardError.write(Data("\(action): \((try? call.get()).map { _ in "" } ?? "") \(call.auditProblem?.description ?? "refused")\n".utf8))
                exit(1)
            }
            print("\(call.attempt?.id ?? 0) \(action)")
        }
    }
    await log.close()
} catch {
    FileHandle.standardError.write(Data("KeydeskAuditWriter: \(error)\n".utf8))
    exit(1)
}
