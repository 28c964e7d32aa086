import HTTPTypes

/// The verb family of a route: the semantic verb it answers (GET, PATCH, DELETE, PUT or POST);
/// like Seam's API, each route also accepts POST.
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
