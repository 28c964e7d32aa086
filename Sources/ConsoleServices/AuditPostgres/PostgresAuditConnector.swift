import Logging
import NIOCore
import NIOSSL
import PostgresNIO

/// Lends connections to the PostgreSQL audit trail, one per operation in flight, and keeps one
/// or two idle for the next. It opens connections when asked, never in the background, so a
/// server that is down fails the very operation that needs it (a change is then refused) and a
/// server that is back serves the next one: a closed connection is dropped before it is lent,
/// and any connection an operation failed on is closed, never reused. Every operation has a
/// deadline; past it the connection is closed, which ends the operation with `Timeout`.
actor PostgresAuditConnector {
    /// How long an operation (connecting included) may take before it fails.
    static let operationTimeout = 10
    /// Idle connections kept for the next operations.
    static let idleLimit = 2

    nonisolated let url: PostgresAuditURL
    /// The deadline of one operation, connecting and logging in included.
    nonisolated let timeout: Duration
    private let configuration: PostgresConnection.Configuration
    private var idle: [PostgresConnection] = []
    private var nextID = 1
    private static let logger = Logger(label: "keydesk.audit.postgres") { _ in SwiftLogNoOpLogHandler() }

    init(url: PostgresAuditURL, password: String?, timeout: Duration = .seconds(operationTimeout)) throws(ConfigError) {
        self.url = url
        self.timeout = timeout
        configuration = try Self.configuration(url: url, password: password, timeout: timeout)
    }

    /// Runs `work` on a connection of its own; its errors, and failures to connect or answer
    /// in time, come back as `AuditLogError` naming the server.
    func run<Value: Sendable>(_ what: String, _ work: @escaping @Sendable (PostgresConnection, Logger) async throws -> Value) async throws(AuditLogError) -> Value {
        do {
            let connection = try await lend()
            do {
                let value = try await Self.withDeadline(timeout, closing: connection) { try await work(connection, Self.logger) }
                giveBack(connection)
                return value
            } catch {
                try? await connection.close()
                throw error
            }
        } catch {
            throw AuditLogError(path: url.description, reason: "cannot \(what): " + PostgresAuditFailure.reason(error, server: serverName))
        }
    }

    /// A sink dropped without `close()` still closes its idle connections; each is kept alive
    /// until its channel has closed (postgres-nio asserts that no open connection is released).
    deinit {
        for connection in idle {
            connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
        }
    }

    /// Closes the idle connections (the ones in use close when their operation ends).
    func close() async {
        let connections = idle
        idle = []
        for connection in connections { try? await connection.close() }
    }

    private nonisolated var serverName: String {
        switch url.server {
        case let .tcp(host, port): host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case let .socket(directory, port): "\(directory)/.s.PGSQL.\(port)"
        }
    }

    private func lend() async throws -> PostgresConnection {
        while let connection = idle.popLast() {
            if !connection.isClosed { return connection }
        }
        let id = nextID
        nextID += 1
        let configuration = self.configuration
        let connect = Task { try await PostgresConnection.connect(configuration: configuration, id: id, logger: Self.logger) }
        return try await withTaskCancellationHandler { try await connect.value } onCancel: { connect.cancel() }
    }

    private func giveBack(_ connection: PostgresConnection) {
        guard !connection.isClosed, idle.count < Self.idleLimit else {
            Task { try? await connection.close() }
            return
        }
        idle.append(connection)
    }

    /// `work`'s result, or `Timeout` once `timeout` has passed (the connection is then closed so
    /// that `work` ends too).
    private static func withDeadline<Value: Sendable>(
        _ timeout: Duration, closing connection: PostgresConnection, _ work: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            if let first = try await group.next(), let value = first { return value }
            try? await connection.close()
            throw PostgresAuditFailure.Timeout(seconds: Int(timeout.components.seconds))
        }
    }

    private static func configuration(url: PostgresAuditURL, password: String?, timeout: Duration) throws(ConfigError)
        -> PostgresConnection.Configuration
    {
        var configuration: PostgresConnection.Configuration
        switch url.server {
        case let .socket(directory, port):
            configuration = .init(unixSocketPath: "\(directory)/.s.PGSQL.\(port)", username: url.role, password: password,
                                  database: url.database)
        case let .tcp(host, port):
            configuration = .init(host: host, port: port, username: url.role, password: password, database: url.database,
                                  tls: try tls(url))
        }
        configuration.options.connectTimeout = .nanoseconds(Int64(timeout.components.seconds) * 500_000_000
                                                            + timeout.components.attoseconds / 2_000_000_000)
        // The server's own limits, so that a stuck peer never holds the audit lock for long.
        configuration.options.additionalStartupParameters = [
            ("application_name", "keydesk"),
            ("lock_timeout", "\(operationTimeout)s"),
            ("statement_timeout", "\(operationTimeout)s"),
            ("idle_in_transaction_session_timeout", "\(operationTimeout * 3)s"),
        ]
        return configuration
    }

    private static func tls(_ url: PostgresAuditURL) throws(ConfigError) -> PostgresConnection.Configuration.TLS {
        guard url.tls == .verifyFull else { return .disable }
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .fullVerification
        if let file = url.rootCertificateFile { tls.trustRoots = .file(file) }
        do {
            return .require(try NIOSSLContext(configuration: tls))
        } catch {
            throw ConfigError(.invalidValue, "cannot set up TLS for the audit URL \(url) (sslrootcert \(url.rootCertificateFile ?? "none")): \(error)")
        }
    }
}
