import ConsoleCore
import Foundation
import SeamAPI

/// The Access pane's reads: a page of Access Grants named by their residents (one `get_related`
/// for the page), the entrances of the grants on screen (a grant names its doors only through
/// `get_related`), and a grant's detail.
struct AccessRunner: Sendable {
    let client: SeamClient

    /// A page of grants, each with its resident's name.
    func page(_ request: PageRequest, limit: Int) async throws -> (AccessGrantPage, String?) {
        let page = try await client.accessGrants.list(AccessGrantListParameters(
            acsSystemId: request.systemID, limit: limit, pageCursor: request.cursor))
        var names: [String: String] = [:]
        if !page.items.isEmpty {
            // The names are a nicety: without them the rows show each grant's own name.
            let related = try? await client.accessGrants.getRelated(accessGrantIds: page.items.map(\.accessGrantId), include: [.userIdentities])
            for identity in related?.userIdentities ?? [] {
                names[identity.userIdentityId] = identity.fullName ?? identity.emailAddress ?? identity.displayName
            }
        }
        let time = request.systemID.map { request.zones[$0] } ?? BuildingTime(identifier: nil)
        let rows = page.items.map { AccessGrantRow($0, residentName: names[$0.userIdentityId], time: time) }
        let next = page.pagination.flatMap { $0.hasNextPage ? $0.nextPageCursor : nil }
        return (AccessGrantPage(grants: rows), next)
    }

    /// The names of the entrances of each grant (grants that could not be read are left out).
    func entrances(of grantIDs: [String]) async -> [String: [String]] {
        await withTaskGroup(of: (String, [String])?.self) { group in
            for id in grantIDs {
                group.addTask {
                    guard let related = try? await client.accessGrants.getRelated(accessGrantIds: [id], include: [.acsEntrances]) else {
                        return nil
                    }
                    return (id, related.acsEntrances.map(\.displayName))
                }
            }
            var found: [String: [String]] = [:]
            for await pair in group {
                if let (id, names) = pair { found[id] = names }
            }
            return found
        }
    }

    /// A grant with its resident, its access methods and its entrances.
    func detail(_ id: String) async throws -> DetailContent {
        let grant = try await client.accessGrants.get(.accessGrantId(id))
        async let methods = client.accessMethods.list(AccessMethodListParameters(accessGrantId: id))
        async let related = client.accessGrants.getRelated(accessGrantIds: [id], include: [.acsEntrances, .userIdentities])
        let batch = try await related
        return try await .accessGrant(grant, identity: batch.userIdentities.first { $0.userIdentityId == grant.userIdentityId },
                                      methods: methods.items, entrances: batch.acsEntrances)
    }
}
