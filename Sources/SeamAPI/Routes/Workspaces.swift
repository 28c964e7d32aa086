/// `/workspaces/*`.
public struct Workspaces: Sendable {
    let transport: SeamTransport

    /// `GET /workspaces/get`: the workspace of the key (no parameters, no `_strict`).
    public func get() async throws -> Workspace {
        try await transport.value(.get, "/workspaces/get", RequestParameters(), key: "workspace")
    }
}
