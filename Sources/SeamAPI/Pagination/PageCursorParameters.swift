/// The filters of a paginated list route, which carry the cursor of the page to fetch.
protocol PageCursorParameters: Sendable {
    var pageCursor: String? { get set }
}

extension Paginator {
    /// Pages through `list`: first with `parameters` as given, then with each next cursor set in them.
    init<Parameters: PageCursorParameters>(
        _ parameters: Parameters, list: @escaping @Sendable (Parameters) async throws -> Page<Item>
    ) {
        self.init { cursor in
            var parameters = parameters
            if let cursor { parameters.pageCursor = cursor }
            return try await list(parameters)
        }
    }
}
