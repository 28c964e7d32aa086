import ConsoleCore
import Foundation
import SeamAPI

/// The move-out's API work: finding the resident, gathering everything they hold in every
/// building, and removing one item at a time, each through the audit. The console's effect
/// runner and `keydesk moveout` both use it.
public struct MoveOutRunner: Sendable {
    let client: SeamClient
    let changes: any ChangeAuditing

    public init(client: SeamClient, changes: any ChangeAuditing) {
        self.client = client
        self.changes = changes
    }

    public func run(_ effect: MoveOutEffect) async -> MoveOutAnswer? {
        do {
            switch effect {
            case let .find(serial, text): return .found(serial: serial, try await find(text), search: text)
            case let .gather(serial, person): return .gathered(serial: serial, try await gather(person))
            case let .remove(serial, item): return await remove(item, serial: serial)
            }
        } catch {
            if error is CancellationError || Task.isCancelled { return nil }
            return .failed(serial: effect.serial, ConsoleFailure(error).message)
        }
    }

    /// People whose name matches: user identities, and the ACS users of any building that have
    /// none (a user with an identity is moved out through it).
    public func find(_ text: String) async throws -> [MoveOutPerson] {
        async let identities = client.userIdentities.list(UserIdentityListParameters(search: text, limit: 20))
        async let users = client.acs.users.list(AcsUserListParameters(search: text, limit: 50))
        var people = try await identities.items.map {
            MoveOutPerson(name: $0.fullName ?? $0.displayName, email: $0.emailAddress, identityID: $0.userIdentityId, acsUserID: nil)
        }
        for user in try await users.items {
            let row = UserRow(user)
            if let identityID = user.userIdentityId {
                guard !people.contains(where: { $0.identityID == identityID }) else { continue }
                people.append(MoveOutPerson(name: user.userIdentityFullName ?? row.name, email: user.userIdentityEmailAddress ?? user.emailAddress,
                                            identityID: identityID, acsUserID: nil))
            } else {
                people.append(MoveOutPerson(name: row.name, email: row.email.isEmpty ? nil : row.email, identityID: nil, acsUserID: user.acsUserId))
            }
        }
        return people
    }

    /// Everything the person holds now: with an identity, every ACS user linked to it in every
    /// building and its Access Grants; without one, that user. Then every credential of those
    /// users.
    public func gather(_ person: MoveOutPerson) async throws -> MoveOutPlan {
        var users: [AcsUser] = []
        var grants: [AccessGrant] = []
        var identityExists = false
        if let identityID = person.identityID {
            do {
                _ = try await client.userIdentities.get(userIdentityId: identityID)
                identityExists = true
                users = try await client.userIdentities.listAcsUsers(userIdentityId: identityID)
                grants = try await client.accessGrants.paginate(AccessGrantListParameters(userIdentityId: identityID)).collectAll()
            } catch where ConsoleFailure(error).kind == .notFound {
                identityExists = false
            }
        } else if let userID = person.acsUserID {
            do {
                users = [try await client.acs.users.get(.acsUserId(userID))]
            } catch where ConsoleFailure(error).kind == .notFound {
                users = []
            }
        }
        var credentials: [AcsCredential] = []
        for user in users {
            credentials += try await client.acs.credentials.paginate(AcsCredentialListParameters(acsUserId: user.acsUserId)).collectAll()
        }
        // A per-phone child goes with its multi-phone parent.
        let ids = Set(credentials.map(\.acsCredentialId))
        credentials.removeAll { $0.parentAcsCredentialId.map(ids.contains) ?? false }
        return MoveOutPlan(
            person: person,
            users: users.map { MoveOutUser(id: $0.acsUserId, name: UserRow($0).name, systemID: $0.acsSystemId) },
            credentials: credentials.map {
                MoveOutCredential(id: $0.acsCredentialId, method: CredentialRow.methodName($0.accessMethod), name: $0.displayName,
                                  systemID: $0.acsSystemId, endsAt: $0.endsAt)
            },
            grants: grants.map { MoveOutGrant(id: $0.accessGrantId, name: $0.name ?? $0.displayName) },
            identityExists: identityExists)
    }

    /// One item, audited; something already gone is not a failure.
    private func remove(_ item: MoveOutItem, serial: Date) async -> MoveOutAnswer {
        let client = self.client
        do {
            let removal = try await changes.audited(item.auditAction, resourceIDs: [item.id]) {
                switch item {
                case .revokeGrant(let grant): try await client.accessGrants.delete(accessGrantId: grant.id)
                case .revoke(let credential): try await client.acs.credentials.delete(acsCredentialId: credential.id)
                case .deleteUser(let user): try await client.acs.users.delete(.acsUserId(user.id))
                case .deleteIdentity(let id, _): try await client.userIdentities.delete(userIdentityId: id)
                }
            }
            return .removed(serial: serial, item, .done, auditProblem: removal.auditProblem)
        } catch {
            let failure = ConsoleFailure(error)
            return .removed(serial: serial, item, failure.kind == .notFound ? .alreadyGone : .failed(failure.message))
        }
    }
}

extension MoveOutEffect {
    /// The serial of the move-out that asked.
    var serial: Date {
        switch self {
        case .find(let serial, _), .gather(let serial, _), .remove(let serial, _): serial
        }
    }
}
