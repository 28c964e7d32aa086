/// A route the sandbox serves, as tests and tools see it: its path and HTTP methods and, for the
/// sandbox's own routes that Seam's spec does not have (`ProblemRoutes`), the spec route whose
/// answer has the same shape.
public struct SandboxRoute: Sendable, Hashable {
    public let path: String
    /// `GET`, `POST`… sorted.
    public let methods: [String]
    /// Set for sandbox-only routes: the Seam route whose 200 answer this route's answer matches.
    public let sharesAnswerWith: String?

    static func all(_ kinds: [String: RouteKind]) -> [SandboxRoute] {
        let shapes = ProblemRoutes.answerShapes
        return kinds.map { path, kind in
            SandboxRoute(path: path, methods: kind.methods.map(\.rawValue).sorted(), sharesAnswerWith: shapes[path])
        }.sorted { $0.path < $1.path }
    }
}
