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

/// The keys of a success body (without `ok`, which `SeamEndpoint` appends).
typealias ResponseFields = [(String, JSONValue)]
typealias Handler = @Sendable (HandlerContext) async throws -> ResponseFields

/// The verb family of a route (seam-api.md §1.1); each route also accepts POST.
enum RouteKind: Sendable {
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

    /// The `Allow` header of a 405: the methods, sorted.
    var allowHeader: String { methods.map(\.rawValue).sorted().joined(separator: ", ") }
}

/// One resource family's routes (`Routes/`) as a Hummingbird `RouteCollection`: each route
/// answers every verb of its `RouteKind` through a `SeamEndpoint`. It also keeps each path's
/// kind, which `UnmatchedRouteMiddleware` needs to tell a wrong verb (405) from an unknown path.
struct SeamRouteCollection {
    let routes = RouteCollection(context: SandboxRequestContext.self)
    private(set) var kinds: [String: RouteKind] = [:]
    let environment: RouteEnvironment

    init(_ environment: RouteEnvironment) { self.environment = environment }

    mutating func add(_ path: String, _ kind: RouteKind, _ handler: @escaping Handler) {
        let endpoint = SeamEndpoint(handler: handler, environment: environment)
        for method in kind.methods { _ = routes.on(RouterPath(path), method: method, responder: endpoint) }
        kinds[path] = kind
    }
}
