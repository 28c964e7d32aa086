import ConsoleCore
import Foundation
import SeamAPI

/// Runs `keydesk issue`: the headless wizard (`HeadlessWizard`) with the console's own effect
/// runner (`ConsoleEffectRunner`), so each step makes the same calls with the same audit rows as
/// the wizard on screen; the existing-key check (through Access Grants, the resident's grants)
/// and the PIN are the driver's own calls, the PIN audited the same way.
public struct IssueRunner: Sendable {
    let client: SeamClient
    let runner: ConsoleEffectRunner

    public init(client: SeamClient, auditRecorder: AuditRecorder?) {
        self.client = client
        runner = ConsoleEffectRunner(client: client, auditRecorder: auditRecorder)
    }

    public func run(_ request: IssueRequest, now: @Sendable () -> Date = { Date() }) async -> Result<IssueOutcome, IssueFailure> {
        var driver = HeadlessWizard(request, now: now())
        var next = driver.start(now: now())
        while true {
            switch next {
            case .run(let effect):
                guard case .wizard(let answer)? = await runner.run(.wizard(effect)) else {
                    return .failure(IssueFailure("Interrupted.", log: driver.wizard.log))
                }
                next = driver.receive(answer, now: now())
            case .findExistingKey(let acsUserID):
                do {
                    let found = try await ExistingKey.find(client: client, owner: AcsCredentialListParameters(acsUserId: acsUserID),
                                                           method: request.method.accessMode, entranceIDs: request.entranceIDs, now: now())
                    next = driver.existingKey(found, now: now())
                } catch {
                    next = driver.failed(ConsoleFailure(error))
                }
            case .findHeldGrants(let identityID):
                do {
                    next = driver.heldGrants(try await HeldGrants.read(client: client, identityID: identityID), now: now())
                } catch {
                    next = driver.failed(ConsoleFailure(error))
                }
            case let .createPIN(acsUserID, entranceID, startsAt, endsAt):
                let client = self.client
                do {
                    let made = try await runner.changes.audited("credential.create", resourceIDs: [acsUserID, entranceID],
                                                                createdID: { $0.acsCredentialId }) {
                        try await client.acs.credentials.create(AcsCredentialCreateParameters(
                            owner: .acsUserId(acsUserID), accessMethod: .code, allowedAcsEntranceIds: [entranceID],
                            startsAt: startsAt, endsAt: endsAt))
                    }
                    next = driver.pinCreated(made.value, now: now())
                } catch {
                    next = driver.failed(ConsoleFailure(error))
                }
            case .finished(let outcome):
                return .success(outcome)
            case .failed(let failure):
                return .failure(failure)
            }
        }
    }
}
