import ConsoleCore
import Foundation
import SeamAPI

/// Performs the console's effects against the Seam API and turns each answer into an action.
/// It runs off the input path (in tasks); the run loop feeds the actions back to the reducer.
public struct ConsoleEffectRunner: Sendable {
    /// Rows per page by default: the SDKs' default, large enough that scrolling rarely waits.
    public static let defaultPageSize = 500
    /// Owners looked up by name in a door's "who can open it" list; the rest show the key's name.
    public static let ownerLookups = 40

    let client: SeamClient
    let clock: any ConsoleClock
    let pageSize: Int
    /// Shares repeated strings between the rows of every page this runner loads.
    let interner = StringInterner()
    let operations: OperationRunner
    let activity: ActivityRunner
    let access: AccessRunner
    let moveOut: MoveOutRunner
    /// `:import`'s jobs.
    let imports: ImportScreenRunner

    /// Every change the runner makes goes through it.
    let changes: any ChangeAuditing
    /// Where read-only refusals are written (`APICall.recordRefusal`); nil writes nothing.
    let refusals: AuditRecorder?

    /// - Parameter auditRecorder: where changes are recorded; nil records nothing (tests of
    ///   the runner only: the console refuses to change anything without an audit log).
    /// - Parameter importJournal: the journal of `:import` (the state directory's by default).
    public init(client: SeamClient, clock: any ConsoleClock = SystemClock(), pageSize: Int = defaultPageSize,
                auditRecorder: AuditRecorder? = nil, importJournal: String = KeydeskPaths().importJournal) {
        self.client = client
        self.clock = clock
        self.pageSize = pageSize
        self.changes = auditRecorder ?? UnauditedChanges()
        self.refusals = auditRecorder
        self.operations = OperationRunner(client: client, changes: changes, auditLog: auditRecorder?.log, clock: clock)
        self.activity = ActivityRunner(client: client, clock: clock)
        self.access = AccessRunner(client: client)
        self.moveOut = MoveOutRunner(client: client, changes: changes)
        self.imports = ImportScreenRunner(client: client, changes: changes, journalPath: importJournal)
    }

    /// Performs one API call. Returns nil when the task was cancelled.
    public func run(_ call: APICall) async -> ConsoleAction? {
        switch call {
        case .loadWorkspace:
            guard let workspace = try? await client.workspaces.get() else { return nil }
            return .workspaceLoaded(workspace)
        case .loadPage(let request):
            do {
                let (page, next) = try await loadPage(request)
                return .pageLoaded(page, request: request, nextCursor: next)
            } catch is CancellationError {
                return nil
            } catch {
                if Task.isCancelled { return nil }
                return .pageFailed(request: request, ConsoleFailure(error))
            }
        case .loadHolders(let userIDs):
            guard let names = try? await ownerNames(userIDs), !names.isEmpty else { return nil }
            return .holdersLoaded(names)
        case .loadAllHolders(let systemID):
            guard let users = try? await client.acs.users.paginate(AcsUserListParameters(acsSystemId: systemID)).collectAll(),
                  !users.isEmpty else { return nil }
            return .holdersLoaded(Dictionary(users.map { ($0.acsUserId, $0.fullName ?? $0.displayName) }, uniquingKeysWith: { first, _ in first }))
        case .describeGrants(let ids):
            let entrances = await access.entrances(of: ids)
            return entrances.isEmpty ? nil : .grantsDescribed(entrances)
        case .wizard(let effect):
            return await runWizard(effect)
        case .operation(let work):
            return .operation(await operations.run(work))
        case let .followRow(target, attempt):
            // A failed look is not fatal: the next change or `r` shows the row again.
            guard let row = try? await followRow(target) else { return nil }
            return .rowFollowed(row, target: target, attempt: attempt)
        case .recordRefusal(let refused):
            _ = await refusals?.recordRefusal(refused.action, resourceIDs: refused.resourceIDs, reason: refused.reason)
            return nil
        case .probeAudit:
            // Reading one row shows the sink answers again (for PostgreSQL: reachable, logged in).
            guard let log = refusals?.log else { return .auditProbed(available: false) }
            return .auditProbed(available: (try? await log.entries(limit: 1)) != nil)
        case let .loadAudit(filter, generation):
            return .auditLoaded(await operations.loadAudit(filter: filter), generation: generation)
        case .pollActivity(let poll):
            return await activity.poll(poll).map(ConsoleAction.activity)
        case .guest(let effect):
            return await runGuest(effect)
        case .moveOut(let effect):
            return await moveOut.run(effect).map(ConsoleAction.moveOut)
        case .importScreen(let effect):
            return await imports.run(effect).map(ConsoleAction.importScreen)
        case let .loadDetail(target, generation):
            do {
                return .detailLoaded(try await loadDetail(target), generation: generation)
            } catch is CancellationError {
                return nil
            } catch {
                if Task.isCancelled { return nil }
                return .detailFailed(ConsoleFailure(error), generation: generation)
            }
        }
    }

    private func loadPage(_ request: PageRequest) async throws -> (PanePage, String?) {
        let now = clock.now()
        let limit = pageSize
        switch request.pane {
        case .systems:
            let systems = try await client.acs.systems.list(search: request.search)
            return (.systems(systems.map(SystemRow.init)), nil)
        case .users:
            let page = try await client.acs.users.list(AcsUserListParameters(
                acsSystemId: request.systemID, search: request.search, limit: limit, pageCursor: request.cursor))
            return (.users(page.items.map(UserRow.init)), nextCursor(page.pagination))
        case .entrances:
            let page = try await client.acs.entrances.list(AcsEntranceListParameters(
                acsSystemId: request.systemID, search: request.search, limit: limit, pageCursor: request.cursor))
            return (.entrances(page.items.map(EntranceRow.init)), nextCursor(page.pagination))
        case .credentials:
            let page = try await client.acs.credentials.list(AcsCredentialListParameters(
                acsSystemId: request.systemID, search: request.search, limit: limit, pageCursor: request.cursor))
            let rows = page.items.map { CredentialRow($0, time: request.zones[$0.acsSystemId], now: now, interner: interner) }
            return (.credentials(rows), nextCursor(page.pagination))
        case .access:
            let (page, next) = try await access.page(request, limit: limit)
            return (.access(page), next)
        case .activity:
            return (.activity(try await activity.history(request)), nil)
        }
    }

    private func nextCursor(_ pagination: Pagination?) -> String? {
        guard let pagination, pagination.hasNextPage else { return nil }
        return pagination.nextPageCursor
    }

    private func loadDetail(_ target: DetailTarget) async throws -> DetailContent {
        switch target {
        case .system(let id):
            async let system = client.acs.systems.get(acsSystemId: id)
            async let managers = client.acs.systems.listCompatibleCredentialManagerAcsSystems(acsSystemId: id)
            async let entrances = client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: id))
            let loaded = try await system
            // The building's Latch login: which account, and whether it is connected.
            var account: ConnectedAccount?
            if let accountID = loaded.connectedAccountId {
                account = try? await client.connectedAccounts.get(connectedAccountId: accountID)
            }
            return try await .system(loaded, credentialManagers: managers, entranceCount: entrances.items.count, userCountLoaded: nil,
                                     account: account)
        case .user(let id):
            let user = try await client.acs.users.get(.acsUserId(id))
            async let credentials = client.acs.credentials.list(AcsCredentialListParameters(acsUserId: id, limit: pageSize))
            var identity: UserIdentity?
            if let identityID = user.userIdentityId {
                identity = try? await client.userIdentities.get(userIdentityId: identityID)
            }
            return try await .user(user, identity: identity, credentials: credentials.items)
        case .entrance(let id):
            async let entrance = client.acs.entrances.get(acsEntranceId: id)
            let credentials = try await client.acs.entrances.listCredentialsWithAccess(acsEntranceId: id)
            let owners = try await ownerNames(Array(Set(credentials.compactMap(\.acsUserId)).sorted().prefix(Self.ownerLookups)))
            return try await .entrance(entrance, credentials: credentials, owners: owners)
        case .accessGrant(let id):
            return try await access.detail(id)
        case .credential(let id):
            let credential = try await client.acs.credentials.get(acsCredentialId: id)
            async let entrances = client.acs.credentials.listAccessibleEntrances(acsCredentialId: id)
            var owner: AcsUser?
            var copies: [AcsCredential] = []
            var phoneNames: [String: String] = [:]
            if let userID = credential.acsUserId {
                owner = try? await client.acs.users.get(.acsUserId(userID))
                if credential.isMultiPhoneSyncCredential == true {
                    // Each phone's copy is a credential of the same user pointing at this key.
                    let held = try? await client.acs.credentials.paginate(AcsCredentialListParameters(acsUserId: userID)).collectAll()
                    copies = (held ?? []).filter { $0.parentAcsCredentialId == id }
                    // The phone each copy is on, by name (a resident holds a few: one call each).
                    for copy in copies {
                        if let phone = try? await client.phones.list(acsCredentialId: copy.acsCredentialId).first {
                            phoneNames[copy.acsCredentialId] = phone.nickname ?? phone.displayName
                        }
                    }
                }
            }
            return try await .credential(credential, owner: owner, entrances: entrances, copies: copies, phoneNames: phoneNames)
        }
    }

    private func ownerNames(_ userIDs: [String]) async throws -> [String: String] {
        try await withThrowingTaskGroup(of: (String, String)?.self) { group in
            for id in userIDs {
                group.addTask {
                    guard let user = try? await client.acs.users.get(.acsUserId(id)) else { return nil }
                    return (id, user.fullName ?? user.displayName)
                }
            }
            var names: [String: String] = [:]
            for try await pair in group {
                if let (id, name) = pair { names[id] = name }
            }
            return names
        }
    }
}
