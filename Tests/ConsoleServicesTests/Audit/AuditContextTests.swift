import ConsoleCore
import ConsoleServices
import Testing

@Suite struct AuditContextTests {
    @Test func readsTheUserAndTheSSHClientAddress() {
        let context = AuditContext.current(
            profile: "tower", endpoint: "https://x.example",
            environment: ["USER": "desk1", "LOGNAME": "other", "SSH_CONNECTION": "198.51.100.4 52144 10.0.0.2 22"]
        )
        #expect(context == AuditContext(osUser: "desk1", sshClientAddress: "198.51.100.4", profile: "tower", endpoint: "https://x.example"))
    }

    @Test func fallsBackToLognameThenThePasswordDatabase() {
        #expect(AuditContext.current(profile: nil, endpoint: "e", environment: ["LOGNAME": "desk2"]).osUser == "desk2")
        let fromAccount = AuditContext.current(profile: nil, endpoint: "e", environment: [:])
        #expect(fromAccount.osUser == SystemAccount.currentUserName())
        #expect(fromAccount.sshClientAddress == nil)
    }

    @Test func keepsIPv6AndRejectsGarbageInSSHConnection() {
        let v6 = AuditContext.current(profile: nil, endpoint: "e", environment: ["SSH_CONNECTION": "2001:db8::1 5000 ::1 22"])
        #expect(v6.sshClientAddress == "2001:db8::1")
        let junk = AuditContext.current(profile: nil, endpoint: "e", environment: ["SSH_CONNECTION": "\u{1b}[2J 1 2 3"])
        #expect(junk.sshClientAddress == nil)
    }
}
