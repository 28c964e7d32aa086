/// The verb style of a route, as the SDKs call it (reference §5.2): reads are GET and deletes are
/// DELETE with a query string; updates PATCH, additions PUT, everything else POST with JSON.
public enum HTTPVerb: String, Sendable {
    case get = "GET", delete = "DELETE", post = "POST", patch = "PATCH", put = "PUT"

    /// GET and DELETE carry their parameters in the query string.
    var usesQueryString: Bool { self == .get || self == .delete }
}
