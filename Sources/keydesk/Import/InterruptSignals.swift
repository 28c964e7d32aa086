import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C, a closed SSH session (SIGHUP) or SIGTERM during an import: instead of dying at once,
/// the import is cancelled (no row is started; calls in flight are cut off and stay marked as
/// sent in the journal, so the next run looks them up), prints what is done and how to resume.
final class InterruptSignals {
    private let sources: [any DispatchSourceSignal]

    init(_ onSignal: @escaping @Sendable (Int32) -> Void) {
        sources = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { onSignal(number) }
            source.resume()
            return source
        }
    }

    /// Back to the default actions: a second Ctrl-C after the import ended stops keydesk at once.
    func restore() {
        for source in sources { source.cancel() }
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
    }
}
