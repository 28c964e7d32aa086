import ConsoleCore
import ConsoleServices
import Foundation
import SeamAPI
import KeydeskTestSupport
import Testing

/// A credential's PIN and card number never reach the audit log.
@Suite struct AuditNoSecretsTests {
    private let credential = AcsCredential(
        acsCredentialId: "acs_credential_1", acsSystemId: "acs_system_1", workspaceId: "ws_1",
        createdAt: Date(timeIntervalSince1970: 1_800_000_000), displayName: "Apt 4B", accessMethod: .code,
        acsUserId: "acs_user_1", code: "482913", cardNumber: "77001234",
        startsAt: Date(timeIntervalSince1970: 1_800_000_000), endsAt: Date(timeIntervalSince1970: 1_800_086_400))

    @Test func anEntryBuiltFromACredentialWithACodeHoldsNoCode() async throws {
        let target = AuditTarget(credential: credential)
        #expect(target.resourceIDs == ["acs_credential_1", "acs_user_1"])
        #expect(target.detail == "pin code, starts 2027-01-15T08:00:00Z, ends 2027-01-16T08:00:00Z")

        let directory = try TemporaryDirectory()
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        let recorder = AuditRecorder(log: log, context: deskContext)
        let change = await recorder.audited("credential.create", resourceIDs: target.resourceIDs, detail: target.detail,
                                            answer: { AuditAnswer(resourceIDs: AuditTarget(credential: $0).resourceIDs) }) {
            credential
        }
        #expect(try change.get() == credential)
        let entries = try await log.entries().map(\.entry)
        #expect(entries.count == 2)
        for entry in entries {
            let texts = [entry.host, entry.osUser, entry.sshClientAddress, entry.profile, entry.endpoint, entry.action,
                         entry.detail, entry.errorMessage, entry.seamRequestID].compactMap { $0 } + entry.resourceIDs
            #expect(!texts.contains { $0.contains("482913") || $0.contains("77001234") })
        }
        // Nor anywhere in the database's files.
        for suffix in ["", "-wal"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: log.path + suffix))) ?? Data()
            #expect(bytes.range(of: Data("482913".utf8)) == nil)
            #expect(bytes.range(of: Data("77001234".utf8)) == nil)
        }
    }
}
