import ArgumentParser
import ConsoleCore
import ConsoleServices
import Foundation
import SeamAPI

/// `keydesk list`: systems, users, entrances, credentials or events, for scripts. Rows are
/// printed page by page as Seam sends them, so the first line comes at once and memory stays
/// flat over 100,000 credentials.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List systems, users, entrances, credentials or events (table, JSON, JSON lines or CSV).",
        discussion: """
            JSON and JSON lines carry Seam's objects under Seam's field names; CSV has a header of Seam's \
            field names (nested ones dotted). PIN codes are left out unless --show-codes is given. \
            Exit status: 0 listed, 2 usage, 3 Seam unavailable, 4 key refused.
            """
    )

    @Argument(help: "What to list: systems, users, entrances, credentials or events.")
    var kind: ListKind

    @Option(help: ArgumentHelp("Only this building (its name or id).", valueName: "name|id"))
    var building: String?

    @Option(help: ArgumentHelp("Only items whose name, email or id contains this text (not for events).", valueName: "text"))
    var search: String?

    @Option(help: ArgumentHelp("At most this many items.", valueName: "n"))
    var limit: Int?

    @Option(help: "table, json, jsonl or csv (default: table on a terminal, jsonl otherwise).")
    var format: ListFormat?

    @Option(help: ArgumentHelp("Events since this day (YYYY-MM-DD) or instant (ISO 8601); default the last 24 hours.", valueName: "when"))
    var since: String?

    @Flag(name: .customLong("show-codes"), help: "Print the PIN codes of code credentials (left out by default).")
    var showCodes = false

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if kind == .events, search != nil { throw ValidationError("events cannot be searched; use --since and --building.") }
        if kind != .events, since != nil { throw ValidationError("--since is for events only.") }
        if let since, MoveInTime.parse(since, time: BuildingTime(identifier: nil), endOfDay: false) == nil {
            throw ValidationError("--since must be YYYY-MM-DD or an ISO 8601 instant.")
        }
    }

    func run() async throws {
        let session = try await ScriptSession.open(connection)
        do {
            let lister = Lister(client: session.client, format: format ?? .automatic, limit: limit, search: search,
                                showCodes: showCodes, width: StandardOutput.columns())
            let scope = try await lister.scope(building)
            switch kind {
            case .systems: try await lister.systems(scope)
            case .users: try await lister.users(scope)
            case .entrances: try await lister.entrances(scope)
            case .credentials: try await lister.credentials(scope)
            case .events:
                let start = since.flatMap { MoveInTime.parse($0, time: BuildingTime(identifier: nil), endOfDay: false) }
                try await lister.events(scope, since: start ?? Date().addingTimeInterval(-24 * 3600))
            }
        } catch let error as KeydeskCommandError {
            await session.close()
            throw error
        } catch {
            await session.close()
            throw KeydeskCommandError(api: error)
        }
        await session.close()
    }
}
