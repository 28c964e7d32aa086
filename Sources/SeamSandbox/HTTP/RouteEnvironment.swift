/// What every route's handler needs besides the request: the store, and the address the
/// server is reachable at (for `next_page_url`), which is known only once it listens.
struct RouteEnvironment: Sendable {
    let store: SandboxStore
    let baseURL: @Sendable () -> String
}
