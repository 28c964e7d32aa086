@testable import ConsoleCore
import Foundation
import SeamAPI
import Testing

/// `keydesk issue` drives the console's own wizard: these walk it with the answers a server
/// would give, and check the effects it asks for are the wizard's.
struct HeadlessWizardTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let building = SystemScope(systemID: "s1", name: "Maple Court", time: BuildingTime(identifier: "America/New_York"))

    func request(method: MoveInMethod = .mobileKey, entrances: [String] = ["e1"], evenIfHeld: Bool = false,
                 follow: Bool = true, manager: String? = nil) -> IssueRequest {
        IssueRequest(email: "jane@example.com", fullName: "Jane Doe", phone: nil, building: building, entranceIDs: entrances,
                     startsAt: now, endsAt: now.addingTimeInterval(30 * 86_400), method: method, credentialManager: manager,
                     evenIfHeld: evenIfHeld, followToIssued: follow)
    }

    func identity() -> UserIdentity {
        UserIdentity(userIdentityId: "id1", workspaceId: "ws", createdAt: now, displayName: "Jane", fullName: "Jane Doe", emailAddress: "jane@example.com")
    }

    func manager(_ id: String, _ name: String) -> AcsSystem {
        AcsSystem(acsSystemId: id, name: name, createdAt: now, workspaceId: "ws", isCredentialManager: true)
    }

    func credential(_ id: String = "c1", method: AccessMode = .mobileKey, issued: Bool = false) -> AcsCredential {
        AcsCredential(acsCredentialId: id, acsSystemId: "s1", workspaceId: "ws", createdAt: now, displayName: "Key",
                      accessMethod: method, acsUserId: "u1", isIssued: issued)
    }

    let entrances = [EntranceRow(AcsEntrance(acsEntranceId: "e1", acsSystemId: "s1", createdAt: Date(timeIntervalSince1970: 0), displayName: "Main Entrance")),
                     EntranceRow(AcsEntrance(acsEntranceId: "e2", acsSystemId: "s1", createdAt: Date(timeIntervalSince1970: 0), displayName: "Gym"))]

    /// Walks the wizard to the key step: identity, one manager, enrollment, ACS user, entrances.
    func throughTheAcsUser(_ driver: inout HeadlessWizard) -> HeadlessWizard.Next {
        let serial = driver.wizard.serial
        var next = driver.start(now: now)
        #expect(next == .run(.resolveIdentity(serial: serial, email: "jane@example.com", fullName: "Jane Doe", phone: nil)))
        next = driver.receive(.identityResolved(serial: serial, identity(), created: true), now: now)
        #expect(next == .run(.loadManagers(serial: serial, systemID: "s1")))
        next = driver.receive(.managersLoaded(serial: serial, [manager("m1", "Maple Mobile Access")]), now: now)
        #expect(next == .run(.ensureEnrollment(serial: serial, identityID: "id1", managerID: "m1")))
        next = driver.receive(.enrollmentReady(serial: serial, id: "ea1", launched: true), now: now)
        #expect(next == .run(.ensureAcsUser(serial: serial, systemID: "s1", identityID: "id1", email: "jane@example.com", fullName: "Jane Doe", phone: nil)))
        next = driver.receive(.acsUserReady(serial: serial, id: "u1", .created), now: now)
        #expect(next == .run(.loadEntrances(serial: serial, systemID: "s1")))
        return driver.receive(.entrancesLoaded(serial: serial, entrances), now: now)
    }

    @Test func aMobileKeyIsIssuedThroughTheWizardsOwnSteps() {
        var driver = HeadlessWizard(request(), now: now)
        let serial = driver.wizard.serial
        var next = throughTheAcsUser(&driver)
        #expect(next == .findExistingKey(acsUserID: "u1"))
        next = driver.existingKey(nil, now: now)
        let minute = { (date: Date) in BuildingTime(identifier: "America/New_York").parse(BuildingTime(identifier: "America/New_York").format(date))! }
        #expect(next == .run(.createKey(serial: serial, acsUserID: "u1", entranceIDs: ["e1"], startsAt: minute(now),
                                        endsAt: minute(now.addingTimeInterval(30 * 86_400)))))
        next = driver.receive(.keyCreated(serial: serial, credential()), now: now)
        #expect(next == .run(.followKey(serial: serial, credentialID: "c1")))
        next = driver.receive(.keyFollowed(serial: serial, credential(issued: true), entrances: ["Main Entrance"], timedOut: false), now: now)
        guard case .finished(let outcome) = next else { Issue.record("not finished: \(next)"); return }
        #expect(outcome.existed == false && outcome.issued && outcome.followed)
        #expect(outcome.accessibleEntrances == ["Main Entrance"])
        #expect(outcome.log == ["Created the user identity jane@example.com.", "Credential manager: Maple Mobile Access (the building's only one).",
                                "Launched the enrollment automation.", "Created a new ACS user in the building.", "Created the mobile key."])
    }

    @Test func aKeyTheResidentHoldsIsFoundAndNothingIsIssued() {
        var driver = HeadlessWizard(request(), now: now)
        #expect(throughTheAcsUser(&driver) == .findExistingKey(acsUserID: "u1"))
        guard case .finished(let outcome) = driver.existingKey(credential("old", issued: true), now: now) else {
            Issue.record("not finished"); return
        }
        #expect(outcome.existed && outcome.credential?.acsCredentialId == "old" && !outcome.followed)
    }

    @Test func newSkipsTheCheckAndNoWaitStopsAfterCreating() {
        var driver = HeadlessWizard(request(evenIfHeld: true, follow: false), now: now)
        let next = throughTheAcsUser(&driver)
        guard case .run(.createKey) = next else { Issue.record("expected the key: \(next)"); return }
        guard case .finished(let outcome) = driver.receive(.keyCreated(serial: driver.wizard.serial, credential()), now: now) else {
            Issue.record("not finished"); return
        }
        #expect(!outcome.followed && !outcome.existed)
    }

    @Test func aPINIsCreatedForTheWizardsUserAndFollowed() {
        var driver = HeadlessWizard(request(method: .pin, entrances: ["e2"]), now: now)
        #expect(throughTheAcsUser(&driver) == .findExistingKey(acsUserID: "u1"))
        guard case let .createPIN(user, entrance, _, _) = driver.existingKey(nil, now: now) else { Issue.record("no PIN"); return }
        #expect(user == "u1" && entrance == "e2")
        #expect(driver.pinCreated(credential("p1", method: .code), now: now) == .run(.followKey(serial: driver.wizard.serial, credentialID: "p1")))
    }

    @Test func severalManagersNeedTheOptionAndAnUnknownOneIsAnInputProblem() {
        for (chosen, expected) in [(nil as String?, "choose one with --credential-manager"), ("Nope", "No credential manager of Maple Court is called 'Nope'")] {
            var driver = HeadlessWizard(request(manager: chosen), now: now)
            let serial = driver.wizard.serial
            _ = driver.start(now: now)
            _ = driver.receive(.identityResolved(serial: serial, identity(), created: false), now: now)
            let next = driver.receive(.managersLoaded(serial: serial, [manager("m1", "A"), manager("m2", "B")]), now: now)
            guard case .failed(let failure) = next else { Issue.record("expected a failure: \(next)"); continue }
            #expect(failure.isInputProblem && failure.message.contains(expected), "\(failure.message)")
        }
        var driver = HeadlessWizard(request(manager: "b"), now: now)
        let serial = driver.wizard.serial
        _ = driver.start(now: now)
        _ = driver.receive(.identityResolved(serial: serial, identity(), created: false), now: now)
        #expect(driver.receive(.managersLoaded(serial: serial, [manager("m1", "A"), manager("m2", "B")]), now: now)
            == .run(.ensureEnrollment(serial: serial, identityID: "id1", managerID: "m2")))
    }

    @Test func theWizardsFieldChecksComeBackAsOptionNames() {
        let bad = IssueRequest(email: "jane@", fullName: "", phone: "555", building: building, entranceIDs: ["e1"],
                               startsAt: now, endsAt: now, method: .mobileKey)
        var driver = HeadlessWizard(bad, now: now)
        guard case .failed(let failure) = driver.start(now: now) else { Issue.record("expected a failure"); return }
        #expect(failure.isInputProblem)
        #expect(failure.message.contains("--email:") && failure.message.contains("--name:") && failure.message.contains("--phone:"), "\(failure.message)")
    }

    @Test func anEmailWithoutAtIsRefusedRatherThanSearched() {
        var request = request()
        request.email = "jane"
        var driver = HeadlessWizard(request, now: now)
        guard case .failed(let failure) = driver.start(now: now) else { Issue.record("expected a failure"); return }
        #expect(failure.isInputProblem && failure.message.hasPrefix("--email:"))
    }
}
