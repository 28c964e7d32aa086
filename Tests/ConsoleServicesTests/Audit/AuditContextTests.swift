import ConsoleCore
import ConsoleServices
import Foundation
import Testing

/// A password database with the accounts a test describes.
private struct Accounts: PasswordDatabase {
    let byUID: [UInt32: String]

    func name(ofUID uid: UInt32) -> String? { byUID[uid] }
    func uid(ofName name: String) -> UInt32? { byUID.first { $0.value == name }?.key }
}

@Suite struct AuditContextTests {
    /// keydesk (uid 990) is the service account sudo runs; alice is 1001, bob 1002.
    private let accounts = Accounts(byUID: [990: "keydesk", 1001: "alice", 1002: "bob"])

    private func staff(_ environment: [String: String], realUID: UInt32) -> String {
        AuditContext.current(profile: nil, endpoint: "e", environment: environment, realUID: realUID,
                             passwords: accounts, host: "desk-1").osUser
    }

    @Test func readsTheSSHClientAddressAndTheHost() {
        let context = AuditContext.current(
            profile: "tower", endpoint: "https://x.example",
            environment: ["SSH_CONNECTION": "198.51.100.4 52144 10.0.0.2 22"], realUID: 1001, passwords: accounts, host: "desk-1")
        #expect(context == AuditContext(osUser: "alice", sshClientAddress: "198.51.100.4", profile: "tower",
                                        endpoint: "https://x.example", host: "desk-1"))
    }

    @Test func userAndLognameAreNeverBelieved() {
        #expect(staff(["USER": "bob", "LOGNAME": "bob"], realUID: 1001) == "alice")
        #expect(staff(["USER": "bob", "LOGNAME": "bob"], realUID: 990) == "keydesk")
        let real = AuditContext.current(profile: nil, endpoint: "e", environment: ["USER": "mallory", "LOGNAME": "mallory"])
        #expect(real.osUser == SystemAccount.currentUserName())
        #expect(real.osUser != "mallory")
    }

    @Test func theStaffMemberIsTheOneSudoNames() {
        #expect(staff(["SUDO_USER": "alice", "SUDO_UID": "1001", "USER": "keydesk"], realUID: 990) == "alice")
    }

    @Test func sudoVariablesAreIgnoredUnlessSudoReallyChangedAccounts() {
        // Set by hand in one's own session: SUDO_UID is the real uid, so no account was changed.
        #expect(staff(["SUDO_USER": "bob", "SUDO_UID": "1001"], realUID: 1001) == "alice")
        // The name's uid is not SUDO_UID, the name is unknown, or SUDO_UID is not a uid.
        #expect(staff(["SUDO_USER": "bob", "SUDO_UID": "1001"], realUID: 990) == "keydesk")
        #expect(staff(["SUDO_USER": "mallory", "SUDO_UID": "1003"], realUID: 990) == "keydesk")
        #expect(staff(["SUDO_USER": "alice", "SUDO_UID": "alice"], realUID: 990) == "keydesk")
        #expect(staff(["SUDO_USER": "alice"], realUID: 990) == "keydesk")
    }

    @Test func anAccountWithoutAPasswordEntryIsNamedByItsUID() {
        #expect(staff(["USER": "bob"], realUID: 4242) == "uid 4242")
    }

    @Test func theSystemPasswordDatabaseAnswersBothWays() {
        let system = SystemPasswordDatabase()
        #expect(system.name(ofUID: 0) == "root")
        #expect(system.uid(ofName: "root") == 0)
        #expect(system.uid(ofName: "no-such-account-\(UUID().uuidString.prefix(8))") == nil)
    }

    @Test func keepsIPv6AndRejectsGarbageInSSHConnection() {
        let v6 = AuditContext.current(profile: nil, endpoint: "e", environment: ["SSH_CONNECTION": "2001:db8::1 5000 ::1 22"])
        #expect(v6.sshClientAddress == "2001:db8::1")
        let junk = AuditContext.current(profile: nil, endpoint: "e", environment: ["SSH_CONNECTION": "\u{1b}[2J 1 2 3"])
        #expect(junk.sshClientAddress == nil)
    }
}
