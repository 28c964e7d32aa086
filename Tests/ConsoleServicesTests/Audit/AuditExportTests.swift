import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import KeydeskTestSupport
import Testing

@Suite struct AuditExportTests {
    private func filledLog(_ directory: TemporaryDirectory) throws -> AuditLog {
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        try log.record(entry("credential.revoke", ["cred_1"], at: 1_800_000_000, requestID: "req_1"))
        let local = AuditContext(osUser: "bob", sshClientAddress: nil, profile: nil, endpoint: "http://127.0.0.1:1", host: "desk-1")
        try log.record(entry("user.suspend", ["acs_user_2"], at: 1_800_086_400, outcome: .failed,
                             error: "gone\u{1b}[31m", context: local))
        return log
    }

    private func output(_ log: AuditLog, since: String? = nil, json: Bool, timeZone: TimeZone = .current) throws -> String {
        try AuditExport.output(log: log, since: since, json: json, timeZone: timeZone, sanitize: Sanitizer.sanitize)
    }

    @Test func jsonIsAnArrayOfSnakeCaseObjectsOldestFirst() throws {
        let directory = try TemporaryDirectory()
        let text = try output(try filledLog(directory), json: true)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        let keys: Set = ["id", "time", "host", "kind", "attempt_id", "os_user", "ssh_client_address", "profile", "endpoint",
                         "action", "resource_ids", "detail", "outcome", "error_message", "seam_request_id", "damage"]
        for object in array { #expect(Set(object.keys) == keys) }
        #expect(array[0]["action"] as? String == "credential.revoke")
        #expect(array[0]["time"] as? String == "2027-01-15T08:00:00.000Z")
        #expect(array[0]["host"] as? String == "desk-1")
        #expect(array[0]["kind"] as? String == "record")
        #expect(array[0]["attempt_id"] is NSNull)
        #expect(array[0]["resource_ids"] as? [String] == ["cred_1"])
        #expect(array[0]["error_message"] is NSNull)
        #expect(array[0]["seam_request_id"] as? String == "req_1")
        #expect(array[0]["damage"] as? [String] == [])
        #expect(array[1]["os_user"] as? String == "bob")
        #expect(array[1]["ssh_client_address"] is NSNull)
        #expect(array[1]["outcome"] as? String == "failed")
    }

    @Test func attemptsAndOutcomesAreExportedWithTheirKindAndAttemptID() async throws {
        let directory = try TemporaryDirectory()
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        let recorder = AuditRecorder(log: log, context: deskContext)
        _ = await recorder.audited("credential.revoke", resourceIDs: ["cred_1"], detail: "mobile key") {}
        let array = try #require(try JSONSerialization.jsonObject(with: Data(try output(log, json: true).utf8)) as? [[String: Any]])
        #expect(array.map { $0["kind"] as? String } == ["attempt", "outcome"])
        #expect(array[0]["outcome"] is NSNull)
        #expect(array[0]["detail"] as? String == "mobile key")
        #expect(array[1]["attempt_id"] as? Int == array[0]["id"] as? Int)
        #expect(array[1]["outcome"] as? String == "succeeded")

        let lines = try output(log, json: false).split(separator: "\n")
        #expect(lines[1].contains("attempt") && lines[1].contains("mobile key"))
        #expect(lines[2].contains("succeeded") && lines[2].contains("outcome of 1"))
    }

    @Test func sinceSelectsByDayOrInstant() throws {
        let directory = try TemporaryDirectory()
        let log = try filledLog(directory)
        let utc = TimeZone(identifier: "UTC")!
        let byDay = try output(log, since: "2027-01-16", json: true, timeZone: utc)
        #expect(try (JSONSerialization.jsonObject(with: Data(byDay.utf8)) as? [Any])?.count == 1)
        let byInstant = try output(log, since: "2027-01-15T07:00:00-01:00", json: true, timeZone: utc)
        #expect(try (JSONSerialization.jsonObject(with: Data(byInstant.utf8)) as? [Any])?.count == 2)
        let none = try output(log, since: "2027-02-01", json: true, timeZone: utc)
        #expect(try (JSONSerialization.jsonObject(with: Data(none.utf8)) as? [Any])?.isEmpty == true)
    }

    @Test func aBadSinceIsAClearError() throws {
        let directory = try TemporaryDirectory()
        let log = try filledLog(directory)
        for bad in ["yesterday", "2027-13-01", "15/01/2027"] {
            let error = try #require(throws: AuditSinceError.self) { try output(log, since: bad, json: false) }
            #expect(error.description.contains("YYYY-MM-DD"))
            #expect(error.description.contains(bad))
        }
    }

    @Test func theTableHasAHeaderOneLinePerEntryAndNoEscapes() throws {
        let directory = try TemporaryDirectory()
        let text = try output(try filledLog(directory), json: false)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ID  TIME (UTC)"))
        #expect(lines[1].contains("2027-01-15 08:00:00.000Z"))
        #expect(lines[1].contains("alice") && lines[1].contains("203.0.113.7") && lines[1].contains("credential.revoke"))
        #expect(lines[1].contains("request req_1"))
        #expect(lines[2].contains("bob") && lines[2].contains("local") && lines[2].contains("failed"))
        #expect(!text.contains("\u{1b}"))
        #expect(lines[2].contains("gone^[[31m"))
    }

    @Test func anEmptyLogSaysSo() throws {
        let directory = try TemporaryDirectory()
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        #expect(try output(log, json: false).contains("(no entries)"))
        let json = try output(log, json: true)
        #expect(try (JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])?.isEmpty == true)
    }
}
