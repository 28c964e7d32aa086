import Foundation
import GRDB
import Logging
import NIOHTTP1
@testable import SeamSandbox
import Synchronization
import Testing

/// A 500 tells the client that something failed and which request it was, never what failed
/// inside (an SQLite message, a query); that goes to the log.
@Suite struct InternalErrorTests {
    @Test func aFiveHundredNamesTheRequestIDAndNothingInternal() async throws {
        let log = LogLines()
        try await withSandbox(logger: log.logger) { sb in
            try await sb.sandbox.store.write { db in try db.execute(sql: "DROP TABLE events") }
            let reply = try await sb.send(.GET, "/events/list", query: [("since", "2020-01-01T00:00:00Z")])
            #expect(reply.status == 500, "\(reply.body)")
            #expect(reply.errorType == "internal_server_error")
            let requestID = try #require(reply.headers.first(name: "seam-request-id"))
            #expect(reply.errorMessage == "Internal error (request id \(requestID))", "\(reply.body)")
            for inside in ["SQL", "SELECT", "no such table", "events"] {
                #expect(!reply.body.contains(inside), "the answer shows \(inside): \(reply.body)")
            }
            #expect(log.lines.contains { $0.contains(requestID) && $0.contains("no such table") }, "\(log.lines)")
        }
    }
}

/// Collects what a `Logger` writes, to look at the log from a test.
final class LogLines: Sendable {
    private let storage = Mutex<[String]>([])

    var lines: [String] { storage.withLock { $0 } }

    var logger: Logger {
        Logger(label: "keydesk.sandbox") { _ in Handler(sink: self) }
    }

    func append(_ line: String) { storage.withLock { $0.append(line) } }

    struct Handler: LogHandler {
        let sink: LogLines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            sink.append("\(event.level) \(event.message)")
        }
    }
}
