import Logging
import ServiceLifecycle

/// Issues due credentials in the background (`SandboxStore.sweep`) every `interval`, so that
/// `acs_credential.issued` events appear even when nobody reads credentials, and credentials
/// made by another process sharing the data directory are noticed. A ServiceLifecycle
/// `Service` run by the Hummingbird application (`Sandbox.start`), which stops it on shutdown.
struct IssuanceSweeper: Service {
    let store: SandboxStore
    let interval: Duration
    let logger: Logger

    init(store: SandboxStore, interval: Duration = .milliseconds(100), logger: Logger) {
        self.store = store
        self.interval = interval
        self.logger = logger
    }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { break }
                do {
                    try await store.sweep(now: Timestamp.now())
                } catch is CancellationError {
                    break
                } catch {
                    logger.warning("issuance sweep failed: \(error)")
                }
            }
        }
    }
}
