import Foundation
import SeamAPI

/// The console's mobile-key wizard (`WizardState`) without its screen, for `keydesk issue`: the
/// answers a person would type are put into the wizard's own fields and its own commands are
/// performed, so the steps, their checks, their reuse of what exists and their messages are the
/// wizard's. Pure: it says what to run next (`Next`) and is told the answers.
///
/// Around the wizard it adds what a script needs and a person decides on screen: a credential
/// manager chosen by name, the check for a key the resident already holds (before the key step),
/// and a PIN, which the wizard does not issue: for `--pin` the wizard's steps give the resident
/// and their ACS user, and the PIN is created for that user and followed like the wizard's key.
///
/// A profile that issues through Access Grants (`issue_with = "access_grants"`) gets the wizard's
/// grant path: the resident, then one `access_grants/create` (with a PIN for `--with-pin`),
/// followed until every access method is issued; the resident's grants are read first, so a
/// grant they hold for the same entrances is found rather than made twice.
public struct HeadlessWizard: Sendable {
    public private(set) var wizard: WizardState
    let request: IssueRequest
    private var phase = Phase.driving
    private var extraLog: [String] = []
    /// The key step is answered once; the wizard coming back to it means it refused the answers.
    private var keyStepFilled = false
    /// Through an Access Grant: the grants the resident held before this run, by id, so a grant
    /// Seam hands back for the same `access_grant_key` is known as one already made.
    private var heldGrants: [String: HeldGrant] = [:]

    /// Following a key: its `keyFollowed` answer ends the run.
    enum Phase: Sendable, Equatable {
        case driving
        case following(existed: Bool)
    }

    /// The next thing to do.
    public enum Next: Sendable, Equatable {
        /// Run the wizard's effect and hand its answer to `receive(_:now:)`.
        case run(WizardEffect)
        /// Look for the key the resident holds already; answer with `existingKey(_:now:)`.
        case findExistingKey(acsUserID: String)
        /// Through an Access Grant: read the resident's grants; answer with `heldGrants(_:now:)`.
        case findHeldGrants(identityID: String)
        /// Create the PIN (audited) and answer with `pinCreated(_:now:)`.
        case createPIN(acsUserID: String, entranceID: String, startsAt: Date, endsAt: Date)
        case finished(IssueOutcome)
        case failed(IssueFailure)
    }

    public init(_ request: IssueRequest, now: Date) {
        self.request = request
        wizard = WizardState(serial: now, building: request.building, buildingChoices: [], now: now, path: request.path)
        wizard.wantsPIN = request.path == .accessGrants && request.withPIN
        wizard.resident.email = TextDraft(request.email)
        wizard.resident.fullName = TextDraft(request.fullName)
        wizard.resident.phone = TextDraft(request.phone ?? "")
        wizard.resident.focus = .email
    }

    /// Enter on the resident step. (Without an `@` the wizard would search residents by name
    /// instead: a script means an email.)
    public mutating func start(now: Date) -> Next {
        if !request.email.contains("@") {
            return fail("--email: \(WizardValidation.emailProblem(request.email) ?? "not an email address")", input: true)
        }
        switch request.path {
        case .accessGrants where request.method == .pin:
            return fail("--pin: this profile issues through an Access Grant (issue_with = \"access_grants\"), whose PIN comes with the mobile key: use --with-pin.",
                        input: true)
        case .acsCredentials where request.withPIN:
            return fail("--with-pin adds a PIN to an Access Grant (issue_with = \"access_grants\"); with ACS credentials issue the PIN with --pin.",
                        input: true)
        default:
            break
        }
        return decide(after: wizard.perform(.proceed, now: now), now: now)
    }

    /// The answer of a wizard effect.
    public mutating func receive(_ answer: WizardAction, now: Date) -> Next {
        if case .following(let existed) = phase {
            switch answer {
            case let .keyFollowed(_, credential, entrances, timedOut):
                _ = wizard.receive(answer)
                return .finished(outcome(.credential(credential), existed: existed, followed: true, issued: credential.isIssued == true,
                                         timedOut: timedOut, entrances: entrances))
            case let .grantFollowed(_, grant, methods, entrances, timedOut):
                _ = wizard.receive(answer)
                return .finished(outcome(.grant(grant, methods: methods), existed: existed, followed: true,
                                         issued: methods.areAllIssued, timedOut: timedOut, entrances: entrances))
            default:
                break
            }
        }
        if case let .grantCreated(_, grant, _) = answer, let held = heldGrants[grant.accessGrantId] {
            // The same resident, entrances, dates and PIN: Seam answers the same access_grant_key
            // with the grant it made before (`--new` cannot make a second one of those).
            _ = wizard.receive(answer)
            extraLog.append("Seam returned the Access Grant already made for these entrances, dates and PIN; nothing new was issued (other dates make another).")
            return .finished(outcome(.grant(held.grant, methods: held.methods), existed: true, followed: false,
                                     issued: held.methods.areAllIssued, timedOut: false, entrances: []))
        }
        return decide(after: wizard.receive(answer), now: now)
    }

    /// A call of the driver's own (the existing-key check, the PIN) failed.
    public func failed(_ failure: ConsoleFailure) -> Next {
        .failed(IssueFailure(failure.message, kind: failure.kind, log: wizard.log + extraLog))
    }

    /// The key the resident already holds with the same entrances, if any.
    public mutating func existingKey(_ credential: AcsCredential?, now: Date) -> Next {
        if let credential {
            extraLog.append("The resident already holds this key; nothing new was issued (--new issues another).")
            return .finished(outcome(.credential(credential), existed: true, followed: false, issued: credential.isIssued == true,
                                     timedOut: false, entrances: []))
        }
        return fillKeyStep(now: now)
    }

    /// Through an Access Grant: the grants the resident holds (with their entrances and methods).
    /// One still in effect for the same entrances (and with a PIN when one is asked for) is the
    /// key they hold, unless `--new`.
    public mutating func heldGrants(_ held: [HeldGrant], now: Date) -> Next {
        heldGrants = Dictionary(held.map { ($0.grant.accessGrantId, $0) }, uniquingKeysWith: { first, _ in first })
        let same = HeldGrant.same(in: held, entranceIDs: request.entranceIDs, modes: GrantKey.modes(withPIN: request.withPIN), now: now)
        if let same, !request.evenIfHeld {
            extraLog.append("The resident already holds this Access Grant; nothing new was issued (--new issues another).")
            return .finished(outcome(.grant(same.grant, methods: same.methods), existed: true, followed: false,
                                     issued: same.methods.areAllIssued, timedOut: false, entrances: []))
        }
        return fillKeyStep(now: now)
    }

    /// The PIN was created.
    public mutating func pinCreated(_ credential: AcsCredential, now: Date) -> Next {
        extraLog.append("Created the PIN.")
        wizard.made.credentialID = credential.acsCredentialId
        wizard.credential = credential
        return follow(.credential(credential), existed: false)
    }

    // MARK: - Deciding

    private mutating func decide(after update: WizardUpdate, now: Date) -> Next {
        if let effect = update.effects.first {
            // The wizard follows a key it has just created; `--no-wait` stops there.
            if case .followKey = effect, let credential = wizard.credential { return follow(.credential(credential), existed: false) }
            if case .followGrant = effect, let grant = wizard.grant { return follow(.grant(grant, methods: []), existed: false) }
            return .run(effect)
        }
        if !wizard.fieldErrors.isEmpty {
            let fields = wizard.fieldErrors.sorted { $0.key.rawValue < $1.key.rawValue }
            return fail(fields.map { "\(Self.optionName($0.key)): \($0.value)" }.joined(separator: "; "), input: true)
        }
        if let failure = wizard.failure { return fail(failure) }
        switch wizard.step {
        case .manager:
            return chooseManager(now: now)
        case .key where wizard.entrances != nil:
            let owner = request.path == .accessGrants ? wizard.made.identityID : wizard.made.acsUserID
            guard let owner, !keyStepFilled else {
                return fail("The wizard did not accept the key step.")
            }
            keyStepFilled = true
            // A grant's holder is read even with --new: a grant Seam hands back is then known.
            if request.path == .accessGrants { return .findHeldGrants(identityID: owner) }
            if request.evenIfHeld { return fillKeyStep(now: now) }
            return .findExistingKey(acsUserID: owner)
        default:
            return fail("The wizard stopped at step \(wizard.step.number) without saying why.")
        }
    }

    /// Step 2 with several managers (or none): the one `--credential-manager` names.
    private mutating func chooseManager(now: Date) -> Next {
        let managers = wizard.managers ?? []
        let building = request.building.name
        if managers.isEmpty {
            return fail("\(building) has no compatible credential manager: connect the building's Latch mobile access in Seam.")
        }
        let names = managers.map(\.name).joined(separator: ", ")
        guard let wanted = request.credentialManager else {
            return fail("Several credential managers fit \(building) (\(names)); choose one with --credential-manager.", input: true)
        }
        guard let index = managers.firstIndex(where: { $0.acsSystemId == wanted || $0.name.caseInsensitiveCompare(wanted) == .orderedSame }) else {
            return fail("No credential manager of \(building) is called '\(wanted)' (\(names)).", input: true)
        }
        wizard.managerCursor = index
        return decide(after: wizard.perform(.proceed, now: now), now: now)
    }

    /// Step 5: the entrances and dates, then review and issue (or the PIN).
    private mutating func fillKeyStep(now: Date) -> Next {
        let known = Set((wizard.entrances ?? []).map(\.id))
        if let unknown = request.entranceIDs.first(where: { !known.contains($0) }) {
            return fail("\(request.building.name) has no entrance \(unknown).", input: true)
        }
        wizard.chosenEntrances = request.entranceIDs
        wizard.startText = TextDraft(wizard.time.format(request.startsAt))
        wizard.endText = TextDraft(wizard.time.format(request.endsAt))
        if request.method == .pin, request.path == .acsCredentials {
            let check = WizardValidation.key(chosen: request.entranceIDs, start: wizard.startText.text, end: wizard.endText.text,
                                             time: wizard.time, now: now)
            if !check.problems.isEmpty { wizard.fieldErrors = check.problems; return decide(after: WizardUpdate(), now: now) }
            guard let acsUserID = wizard.made.acsUserID, request.entranceIDs.count == 1, let starts = check.starts, let ends = check.ends else {
                return fail("A PIN opens exactly one entrance (Latch); give one --entrance.", input: true)
            }
            return .createPIN(acsUserID: acsUserID, entranceID: request.entranceIDs[0], startsAt: starts, endsAt: ends)
        }
        wizard.keyFocus = .entrances
        _ = wizard.perform(.proceed, now: now) // the key step: checked, then the review
        guard wizard.step == .review else { return decide(after: WizardUpdate(), now: now) }
        return decide(after: wizard.perform(.proceed, now: now), now: now)
    }

    private mutating func follow(_ key: IssuedKey, existed: Bool) -> Next {
        guard request.followToIssued else {
            let issued = switch key {
            case .credential(let credential): credential.isIssued == true
            case .grant(_, let methods): methods.areAllIssued
            }
            return .finished(outcome(key, existed: existed, followed: false, issued: issued, timedOut: false, entrances: []))
        }
        phase = .following(existed: existed)
        return switch key {
        case .credential(let credential): .run(.followKey(serial: wizard.serial, credentialID: credential.acsCredentialId))
        case .grant(let grant, _): .run(.followGrant(serial: wizard.serial, grantID: grant.accessGrantId))
        }
    }


    // MARK: - Results

    private func outcome(_ key: IssuedKey, existed: Bool, followed: Bool, issued: Bool, timedOut: Bool,
                         entrances: [String]) -> IssueOutcome {
        IssueOutcome(log: wizard.log + extraLog, identityID: wizard.made.identityID, acsUserID: wizard.made.acsUserID,
                     key: key, existed: existed, followed: followed, issued: issued, followTimedOut: timedOut,
                     accessibleEntrances: entrances)
    }

    private func fail(_ message: String, input: Bool = false) -> Next {
        .failed(IssueFailure(message, isInputProblem: input, log: wizard.log + extraLog))
    }

    /// The command-line option a wizard field comes from.
    static func optionName(_ field: WizardField) -> String {
        switch field {
        case .email: "--email"
        case .fullName: "--name"
        case .phone: "--phone"
        case .manager: "--credential-manager"
        case .entrances: "--entrance"
        case .start: "--starts"
        case .end: "--ends"
        }
    }
}
