import GRDB

/// What a handler gets: the merged parameters, the store and the request time.
struct HandlerContext: Sendable {
    var params: Params
    var store: SandboxStore
    var now: Int64
    var baseURL: String
    var path: String

    var workspaceID: String { store.workspaceID }

    /// Runs `body` as one write transaction. What it schedules (a credential to issue, a
    /// pending change) is due after the issue delay, which the next requests then check for.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let result = try await store.write(body)
        store.noteDue(at: now + store.issueDelayMillis)
        return result
    }

    /// The issue delay in milliseconds (`--issue-delay`).
    var delay: Int64 { store.issueDelayMillis }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await store.read(body)
    }

    func page(defaultLimit: Int = 500) throws -> Page { try Page(params, defaultLimit: defaultLimit) }
}

/// The keys of a success body (without `ok`, which `SeamEndpoint` appends).
typealias ResponseFields = [(String, JSONValue)]
/// A route's work: from the request's parameters to the keys of its answer (`Routes/`).
typealias Handler = @Sendable (HandlerContext) async throws -> ResponseFields
