import AsyncHTTPClient
import NIOCore

/// The process-wide HTTP client of `SeamClient`s, configured for an API client rather than a
/// browser: no redirects (they would carry the key elsewhere), and a failed connection fails the
/// request at once instead of being retried until the deadline. Never shut down, like
/// `HTTPClient.shared`.
enum SharedHTTPClient {
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10)),
            decompression: .disabled
        )
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()
}
