import Logging
import Synchronization

/// Every line a `Logger` made with `LogCapture.logger()` emitted, at trace level and above, with
/// its metadata, so tests can check what the client logs.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    var recorded: [String] { lines.withLock { $0 } }

    func logger() -> Logger {
        Logger(label: "test.seam-api") { _ in Handler(capture: self) }
    }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let line = "\(event.level) \(event.message) " + all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
            capture.lines.withLock { $0.append(line) }
        }
    }
}
