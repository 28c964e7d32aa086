import ConsoleCore
import Foundation
import SeamAPI

/// Fetches what `keydesk list` prints, page by page (Seam's pages of at most 500), and hands
/// each page to the printer as soon as it arrives; stops at `--limit`.
struct Lister {
    let client: SeamClient
    let format: ListFormat
    let limit: Int?
    let search: String?
    let showCodes: Bool
    let width: Int

    /// Seam's largest page, and the one it sends by default.
    static let pageSize = 500

    /// The building `--building` names (by id or name), or nil for all.
    func scope(_ building: String?) async throws -> AcsSystem? {
        guard let building else { return nil }
        return try await BuildingLookup.find(building, client: client)
    }

    private var pageLimit: Int { min(limit ?? Self.pageSize, Self.pageSize) }

    func systems(_ scope: AcsSystem?) async throws {
        let systems = try await client.acs.systems.list(search: search)
        let shown = systems.filter { scope == nil || $0.acsSystemId == scope?.acsSystemId }
        try await emit(pages: [shown].async)
    }

    func users(_ scope: AcsSystem?) async throws {
        try await emit(pages: client.acs.users.paginate(AcsUserListParameters(
            acsSystemId: scope?.acsSystemId, search: search, limit: pageLimit)).map { $0.items })
    }

    func entrances(_ scope: AcsSystem?) async throws {
        try await emit(pages: client.acs.entrances.paginate(AcsEntranceListParameters(
            acsSystemId: scope?.acsSystemId, search: search, limit: pageLimit)).map { $0.items })
    }

    func credentials(_ scope: AcsSystem?) async throws {
        var context = ListContext()
        if format == .table {
            // The table shows dates in each building's time zone.
            for system in try await client.acs.systems.list() { context.zones[system.acsSystemId] = BuildingTime(identifier: system.location?.timeZone) }
        }
        let showCodes = self.showCodes
        try await emit(pages: client.acs.credentials.paginate(AcsCredentialListParameters(
            acsSystemId: scope?.acsSystemId, search: search, limit: pageLimit)).map { page in
                showCodes ? page.items : page.items.map { credential in
                    var hidden = credential
                    hidden.code = nil
                    return hidden
                }
            }, context: context)
    }

    /// `/events/list` has no cursor: pages follow by offset until one comes back short.
    func events(_ scope: AcsSystem?, since: Date) async throws {
        let client = self.client
        let pageLimit = self.pageLimit
        let pages = AsyncThrowingStream<[SeamEvent], any Error> { continuation in
            let task = Task {
                var offset = 0
                do {
                    while true {
                        let page = try await client.events.list(EventListParameters(
                            window: .since(since), acsSystemId: scope?.acsSystemId, limit: pageLimit, unstableOffset: offset))
                        continuation.yield(page)
                        offset += page.count
                        if page.count < pageLimit { break }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        try await emit(pages: pages)
    }

    private func emit<Item: ListedResource, Pages: AsyncSequence>(pages: Pages, context: ListContext = ListContext()) async throws
        where Pages.Element == [Item] {
        var printer = ListPrinter<Item>(format: format, context: context, width: width)
        printer.begin()
        for try await page in pages {
            let room = limit.map { $0 - printer.printed } ?? page.count
            try printer.write(Array(page.prefix(room)))
            if let limit, printer.printed >= limit { break }
        }
        printer.end()
    }
}

extension Array where Element: Sendable {
    /// The array as an async sequence of its elements (one page for routes without pagination).
    var async: AsyncStream<Element> {
        AsyncStream { continuation in
            for element in self { continuation.yield(element) }
            continuation.finish()
        }
    }
}
