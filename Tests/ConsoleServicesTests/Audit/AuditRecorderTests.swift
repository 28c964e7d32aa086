import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

@Suite struct AuditRecorderTests {
    @Test func stampsTheSessionContextAndTheClockTime() async throws {
        let directory = try TemporaryDirectory()
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
        let recorder = AuditRecorder(log: try AuditLog(path: directory.path + "/audit.sqlite"), context: deskContext, clock: clock)
        let first = try await recorder.recordAttempt("credential.revoke", resourceIDs: ["cred_1"])
        clock.advance(by: 60)
        #expect(await recorder.recordSuccess(of: first, AuditAnswer(seamRequestID: "req_1")) == nil)
        let records = try await recorder.log.entries()
        #expect(records.map(\.entry.time) == [Date(timeIntervalSince1970: 1_800_000_060), Date(timeIntervalSince1970: 1_800_000_000)],
                "each row timed by the recorder's clock")
        for record in records {
            #expect(record.entry.osUser == deskContext.osUser && record.entry.sshClientAddress == deskContext.sshClientAddress
                    && record.entry.profile == deskContext.profile && record.entry.endpoint == deskContext.endpoint)
        }
        #expect(records.first?.entry.seamRequestID == "req_1")
    }

    @Test func aGroupSharedLogIsCreated0660InA0770Directory() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/shared/audit.sqlite"
        _ = try AuditLog(path: path, fileMode: 0o660)
        #expect(modeOfFile(path) == 0o660, "group-writable whatever the umask (now \(String(currentUmask(), radix: 8)))")
        #expect(modeOfFile(directory.path + "/shared") == 0o770)
    }
}

/// Read from /proc rather than by calling umask(2), which would change it for tests running in parallel.
private func currentUmask() -> UInt16 {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    let value = line?.split(separator: "\t").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "0022"
    return UInt16(value, radix: 8) ?? 0o022
}
