import Hummingbird
import NIOCore

/// Hummingbird's basic request context plus what the sandbox's middlewares hand inward: the
/// connection, which the dropped-connection fault closes without answering, and the Seam
/// request id (`RequestIDMiddleware`), which logs and error messages name.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel
    /// `request_…`; empty until `RequestIDMiddleware` has run.
    var requestID = ""

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
