@testable import ConsoleCore
import Foundation
import SeamAPI
import Testing

/// `keydesk issue` for a profile with `issue_with = "access_grants"`: the wizard's grant path
/// without a screen. It used to issue ACS credentials whatever the profile said.
struct HeadlessGrantTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let building = SystemScope(systemID: "s1", name: "Maple Court", time: BuildingTime(identifier: "America/New_York"))
    let entrances = [EntranceRow(AcsEntrance(acsEntranceId: "e1", acsSystemId: "s1", createdAt: Date(timeIntervalSince1970: 0), displayName: "Main Entrance")),
                     EntranceRow(AcsEntrance(acsEntranceId: "e2", acsSystemId: "s1", createdAt: Date(timeIntervalSince1970: 0), displayName: "Gym"))]

    func request(method: MoveInMethod = .mobileKey, withPIN: Bool = false, evenIfHeld: Bool = false, follow: Bool = true,
                 path: IssuePath = .accessGrants) -> IssueRequest {
        IssueRequest(email: "jane@example.com", fullName: "Jane Doe", phone: nil, building: building, entranceIDs: ["e1", "e2"],
                     startsAt: now, endsAt: now.addingTimeInterval(30 * 86_400), method: method, evenIfHeld: evenIfHeld,
                     followToIssued: follow, path: path, withPIN: withPIN)
    }

    func grant(_ id: String = "g1", ends: Date? = nil) -> AccessGrant {
        AccessGrant(accessGrantId: id, workspaceId: "ws", userIdentityId: "id1", displayName: "Access Grant", displayStatus: "Setting up access",
                    createdAt: now, startsAt: now, endsAt: ends ?? now.addingTimeInterval(30 * 86_400))
    }

    func method(_ mode: AccessMode, issued: Bool = true) -> AccessMethod {
        AccessMethod(accessMethodId: "m-\(mode.rawValue)", workspaceId: "ws", displayName: mode == .code ? "PIN code" : "Mobile key",
                     mode: mode, displayStatus: issued ? "Issued" : "Issuing", createdAt: now, isIssued: issued)
    }

    /// The resident step, then straight to the entrances: no manager, enrollment or ACS user.
    func toTheKeyStep(_ driver: inout HeadlessWizard) -> HeadlessWizard.Next {
        let serial = driver.wizard.serial
        var next = driver.start(now: now)
        #expect(next == .run(.resolveIdentity(serial: serial, email: "jane@example.com", fullName: "Jane Doe", phone: nil)))
        let identity = UserIdentity(userIdentityId: "id1", workspaceId: "ws", createdAt: now, displayName: "Jane", fullName: "Jane Doe",
                                    emailAddress: "jane@example.com")
        next = driver.receive(.identityResolved(serial: serial, identity, created: true), now: now)
        #expect(next == .run(.loadEntrances(serial: serial, systemID: "s1")))
        return driver.receive(.entrancesLoaded(serial: serial, entrances), now: now)
    }

    @Test func oneGrantIsCreatedForTheIdentityAndFollowedUntilEveryMethodIsIssued() {
        var driver = HeadlessWizard(request(withPIN: true), now: now)
        let serial = driver.wizard.serial
        #expect(toTheKeyStep(&driver) == .findHeldGrants(identityID: "id1"))
        let next = driver.heldGrants([], now: now)
        guard case let .run(.createGrant(_, identityID, entranceIDs, starts, ends, withPIN, key)) = next else {
            Issue.record("expected one access_grants/create: \(next)"); return
        }
        #expect(identityID == "id1" && entranceIDs == ["e1", "e2"] && withPIN)
        #expect(key == GrantKey.of(identityID: "id1", systemID: "s1", entranceIDs: ["e1", "e2"], startsAt: starts, endsAt: ends, modes: [.mobileKey, .code]))
        #expect(driver.receive(.grantCreated(serial: serial, grant()), now: now) == .run(.followGrant(serial: serial, grantID: "g1")))
        let methods = [method(.mobileKey), method(.code)]
        let done = driver.receive(.grantFollowed(serial: serial, grant(), methods: methods, entrances: ["Main Entrance", "Gym"], timedOut: false), now: now)
        guard case .finished(let outcome) = done else { Issue.record("not finished: \(done)"); return }
        #expect(outcome.key == .grant(grant(), methods: methods) && outcome.issued && outcome.followed && !outcome.existed)
        #expect(outcome.acsUserID == nil && outcome.identityID == "id1" && outcome.accessibleEntrances == ["Main Entrance", "Gym"])
        #expect(outcome.log.contains("Created the Access Grant (Seam made the building's user and the key)."), "\(outcome.log)")
    }

    @Test func aGrantForTheSameEntrancesIsFoundUnlessItEndedOrLacksThePIN() {
        let held = HeldGrant(grant: grant("old"), entranceIDs: ["e2", "e1"], methods: [method(.mobileKey)])
        var driver = HeadlessWizard(request(), now: now)
        _ = toTheKeyStep(&driver)
        guard case .finished(let outcome) = driver.heldGrants([held], now: now) else { Issue.record("not found"); return }
        #expect(outcome.existed && outcome.key.id == "old" && !outcome.followed && outcome.issued)

        let ended = HeldGrant(grant: grant("ended", ends: now.addingTimeInterval(-60)), entranceIDs: ["e1", "e2"], methods: [method(.mobileKey)])
        let fewer = HeldGrant(grant: grant("fewer"), entranceIDs: ["e1"], methods: [method(.mobileKey)])
        for (others, request) in [([ended, fewer], request()), ([held], request(withPIN: true))] {
            var driver = HeadlessWizard(request, now: now)
            _ = toTheKeyStep(&driver)
            guard case .run(.createGrant) = driver.heldGrants(others, now: now) else { Issue.record("expected a new grant"); continue }
        }
    }

    @Test func newWithTheSameRequestSaysSeamReturnedTheGrantAlreadyMade() {
        let held = HeldGrant(grant: grant("old"), entranceIDs: ["e1", "e2"], methods: [method(.mobileKey)])
        var driver = HeadlessWizard(request(evenIfHeld: true), now: now)
        _ = toTheKeyStep(&driver)
        guard case .run(.createGrant) = driver.heldGrants([held], now: now) else { Issue.record("--new creates"); return }
        guard case .finished(let outcome) = driver.receive(.grantCreated(serial: driver.wizard.serial, grant("old")), now: now) else {
            Issue.record("not finished"); return
        }
        #expect(outcome.existed && outcome.key.id == "old")
        #expect(outcome.log.last?.hasPrefix("Seam returned the Access Grant already made") == true, "\(outcome.log)")
    }

    @Test func noWaitStopsAfterCreatingTheGrant() {
        var driver = HeadlessWizard(request(follow: false), now: now)
        _ = toTheKeyStep(&driver)
        _ = driver.heldGrants([], now: now)
        guard case .finished(let outcome) = driver.receive(.grantCreated(serial: driver.wizard.serial, grant()), now: now) else {
            Issue.record("not finished"); return
        }
        #expect(!outcome.followed && !outcome.issued && outcome.key.id == "g1")
    }

    @Test func aPINAloneOrAPINBesideACredentialIsAnInputProblemNamingTheOtherOption() {
        for (request, option) in [(request(method: .pin), "--with-pin"), (request(withPIN: true, path: .acsCredentials), "--pin")] {
            var driver = HeadlessWizard(request, now: now)
            guard case .failed(let failure) = driver.start(now: now) else { Issue.record("expected a failure"); continue }
            #expect(failure.isInputProblem && failure.message.hasSuffix("\(option).") && failure.message.contains("issue_with"), "\(failure.message)")
        }
    }
}
