import Foundation

/// A check every request of a client passes before it is sent, and every successful answer
/// before it is decoded. It exists so that a policy about what a session may reach (a front
/// desk member limited to some buildings, or to looking) holds for every route at once, the
/// ones the console uses today and the ones added later, instead of at each call site.
/// A client without a gate (`SeamConfiguration.requestGate` nil) sends everything unchanged.
public protocol SeamRequestGate: Sendable {
    /// Throws to stop `request` before anything is sent; the error reaches the caller as is.
    func admit(_ request: SeamGatedRequest) async throws

    /// The answer's body as the caller may see it: unchanged, with items removed, or an error.
    func screen(_ body: Data, of request: SeamGatedRequest) async throws -> Data
}

/// One request as a gate sees it: the verb, the route (`/acs/credentials/delete`) and the
/// parameters by their snake_case names.
public struct SeamGatedRequest: Sendable, Equatable {
    public let verb: HTTPVerb
    public let path: String
    public let parameters: RequestParameters

    public init(verb: HTTPVerb, path: String, parameters: RequestParameters) {
        self.verb = verb
        self.path = path
        self.parameters = parameters
    }

    /// True for routes that only read (`…/get`, `…/list`, `…/list_accessible_entrances`):
    /// every other route changes something.
    public var onlyReads: Bool {
        let last = path.split(separator: "/").last ?? ""
        return last.hasPrefix("get") || last.hasPrefix("list")
    }
}
