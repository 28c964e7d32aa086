import ConsoleCore
import Foundation
import SeamAPI

extension ConsoleEffectRunner {
    /// Performs one guest-flow effect; every failure becomes `.failed` with the API's field errors.
    /// The PIN Latch generated travels only in the answer: audit rows carry ids.
    func runGuest(_ effect: GuestEffect) async -> ConsoleAction? {
        do {
            return .guest(try await performGuest(effect))
        } catch is CancellationError {
            return nil
        } catch {
            return .guest(.failed(serial: effect.serial, GuestFailure(error)))
        }
    }

    private func performGuest(_ effect: GuestEffect) async throws -> GuestAnswer {
        switch effect {
        case let .searchUsers(serial, systemID, text):
            let found = try await client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, search: text, limit: 20))
            return .usersFound(serial: serial, found.items.map(UserRow.init), search: text)
        case let .loadEntrances(serial, systemID):
            let page = try await client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: systemID, limit: pageSize))
            return .entrancesLoaded(serial: serial, page.items.map(EntranceRow.init))
        case let .createGuestUser(serial, systemID, name, email):
            let user = try await changes.audited("acs_user.create", resourceIDs: [systemID], createdID: { $0.acsUserId }) {
                try await client.acs.users.create(AcsUserCreateParameters(acsSystemId: systemID, fullName: name, emailAddress: email))
            }
            return .guestUserCreated(serial: serial, acsUserID: user.value.acsUserId, auditProblem: user.auditProblem)
        case let .createPIN(serial, acsUserID, entranceID, startsAt, endsAt):
            let pin = try await changes.audited("credential.create", resourceIDs: [acsUserID, entranceID], createdID: { $0.acsCredentialId }) {
                try await client.acs.credentials.create(AcsCredentialCreateParameters(
                    owner: .acsUserId(acsUserID), accessMethod: .code, allowedAcsEntranceIds: [entranceID], startsAt: startsAt, endsAt: endsAt))
            }
            return .pinCreated(serial: serial, entranceID: entranceID, credentialID: pin.value.acsCredentialId, code: pin.value.code,
                               auditProblem: pin.auditProblem)
        case let .followPINs(serial, ids):
            let (followed, timedOut) = try await CredentialFollowing.follow(ids, client: client)
            return .pinsFollowed(serial: serial, issued: followed.filter { $0.isIssued == true }.map(\.acsCredentialId), timedOut: timedOut)
        }
    }
}

extension GuestEffect {
    /// The serial of the flow that asked.
    var serial: Date {
        switch self {
        case .searchUsers(let serial, _, _), .loadEntrances(let serial, _), .createGuestUser(let serial, _, _, _),
             .createPIN(let serial, _, _, _, _), .followPINs(let serial, _):
            serial
        }
    }
}
