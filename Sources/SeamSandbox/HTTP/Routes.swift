import GRDB
import Hummingbird

/// What a handler gets: the merged parameters, the store and the request time.
struct HandlerContext: Sendable {
    var params: Params
    var store: SandboxStore
    var now: Int64
    var baseURL: String
    var path: String

    var workspaceID: String { store.workspaceID }

    /// Runs `body` as one write transaction.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await store.write(body)
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await store.read(body)
    }

    func page(defaultLimit: Int = 500) throws -> Page { try Page(params, defaultLimit: defaultLimit) }
}

/// The keys of a success body (without `ok`, which the responder appends).
typealias ResponseFields = [(String, JSONValue)]
typealias Handler = @Sendable (HandlerContext) async throws -> ResponseFields

/// The verb family of a route (seam-api.md §1.1); each route also accepts POST.
enum RouteKind {
    case read, update, delete, add, action

    var methods: Set<HTTPRequest.Method> {
        switch self {
        case .read: [.get, .post]
        case .update: [.patch, .post]
        case .delete: [.delete, .post]
        case .add: [.put, .post]
        case .action: [.post]
        }
    }
}

struct Route: Sendable {
    var methods: Set<HTTPRequest.Method>
    var handler: Handler
}

/// The table of every route, filled by the resource groups in `Handlers/`.
struct RouteTable: Sendable {
    private(set) var routes: [String: Route] = [:]

    mutating func add(_ path: String, _ kind: RouteKind, _ handler: @escaping Handler) {
        routes[path] = Route(methods: kind.methods, handler: handler)
    }

    static let all: RouteTable = {
        var table = RouteTable()
        SystemHandlers.register(&table)
        EntranceHandlers.register(&table)
        UserHandlers.register(&table)
        CredentialHandlers.register(&table)
        IdentityHandlers.register(&table)
        EnrollmentAutomationHandlers.register(&table)
        EventHandlers.register(&table)
        MiscHandlers.register(&table)
        return table
    }()
}
