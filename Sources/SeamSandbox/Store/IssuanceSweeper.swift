import Logging
import ServiceLifecycle

/// Issues due credentials and applies due pending changes in the background
/// (`SandboxStore.sweep`) every `interval`, so that their events (`acs_credential.issued`,
/// `acs_user.deleted`…) appear even when nobody reads, and what another process sharing the
/// data directory scheduled is noticed. A ServiceLifecycle
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
