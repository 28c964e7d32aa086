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
public struct HeadlessWizard: Sendable {
    public private(set) var wizard: WizardState
    let request: IssueRequest
    private var phase = Phase.driving
    private var extraLog: [String] = []
    /// The key step is answered once; the wizard coming back to it means it refused the answers.
    private var keyStepFilled = false

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
        /// Create the PIN (audited) and answer with `pinCreated(_:now:)`.
        case createPIN(acsUserID: String, entranceID: String, startsAt: Date, endsAt: Date)
        case finished(IssueOutcome)
        case failed(IssueFailure)
    }

    public init(_ request: IssueRequest, now: Date) {
        self.request = request
        wizard = WizardState(serial: now, building: request.building, buildingChoices: [], now: now)
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
        return decide(after: wizard.perform(.proceed, now: now), now: now)
    }

    /// The answer of a wizard effect.
    public mutating func receive(_ answer: WizardAction, now: Date) -> Next {
        if case .following(let existed) = phase, case let .keyFollowed(_, credential, entrances, timedOut) = answer {
            _ = wizard.receive(answer)
            return .finished(outcome(credential, existed: existed, followed: true, issued: credential.isIssued == true,
                                     timedOut: timedOut, entrances: entrances))
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
            return .finished(outcome(credential, existed: true, followed: false, issued: credential.isIssued == true,
                                     timedOut: false, entrances: []))
        }
        return fillKeyStep(now: now)
    }

    /// The PIN was created.
    public mutating func pinCreated(_ credential: AcsCredential, now: Date) -> Next {
        extraLog.append("Created the PIN.")
        wizard.made.credentialID = credential.acsCredentialId
        wizard.credential = credential
        return follow(credential, existed: false)
    }

    // MARK: - Deciding

    private mutating func decide(after update: WizardUpdate, now: Date) -> Next {
        if let effect = update.effects.first {
            // The wizard follows a key it has just created; `--no-wait` stops there.
            if case .followKey = effect, let credential = wizard.credential { return follow(credential, existed: false) }
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
            guard let acsUserID = wizard.made.acsUserID, !keyStepFilled else {
                return fail("The wizard did not accept the key step.")
            }
            keyStepFilled = true
            if request.evenIfHeld { return fillKeyStep(now: now) }
            return .findExistingKey(acsUserID: acsUserID)
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
        if request.method == .pin {
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

    private mutating func follow(_ credential: AcsCredential, existed: Bool) -> Next {
        guard request.followToIssued else {
            return .finished(outcome(credential, existed: existed, followed: false, issued: credential.isIssued == true,
                                     timedOut: false, entrances: []))
        }
        phase = .following(existed: existed)
        return .run(.followKey(serial: wizard.serial, credentialID: credential.acsCredentialId))
    }

    // MARK: - Results

    private func outcome(_ credential: AcsCredential, existed: Bool, followed: Bool, issued: Bool, timedOut: Bool,
                         entrances: [String]) -> IssueOutcome {
        IssueOutcome(log: wizard.log + extraLog, identityID: wizard.made.identityID, acsUserID: wizard.made.acsUserID,
                     credential: credential, existed: existed, followed: followed, issued: issued, followTimedOut: timedOut,
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
