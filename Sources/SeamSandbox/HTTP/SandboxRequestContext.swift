import Hummingbird
import NIOCore

/// Hummingbird's basic request context plus the connection, which the dropped-connection
/// fault closes without answering.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
