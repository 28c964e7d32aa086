import Foundation
import Testing

/// The PostgreSQL server the audit trail's tests use: the throwaway cluster `.ci/run` started
/// (its `KEYDESK_TEST_POSTGRES_*` variables), else one this test process starts itself with
/// `.ci/postgres-cluster` when PostgreSQL's programs are installed (removed when the process
/// exits). Each test takes a database of its own (`database()`), so tests that tamper with rows
/// or count them never see each other's.
public struct PostgresTestServer: Sendable {
    public let adminURL: URLComponents
    public let adminPasswordFile: String
    public let writerURL: URLComponents
    public let writerPasswordFile: String

    /// Why the tests cannot have a server, when they cannot.
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    /// The server for this test process; throws `Unavailable` with the reason when there is none.
    public static func shared() throws -> PostgresTestServer {
        try sharedServer.get()
    }

    private static let sharedServer = Result { () throws -> PostgresTestServer in
        let environment = ProcessInfo.processInfo.environment
        if environment["KEYDESK_TEST_POSTGRES_URL"] != nil { return try PostgresTestServer(variables: environment) }
        let cluster = try PostgresTestCluster.start()
        PostgresTestCluster.removeAtExit(cluster.directory)
        return cluster.server
    }

    init(variables: [String: String]) throws {
        func value(_ name: String) throws -> String {
            guard let text = variables[name], !text.isEmpty else { throw Unavailable(description: "\(name) is not set") }
            return text
        }
        guard let admin = URLComponents(string: try value("KEYDESK_TEST_POSTGRES_ADMIN_URL")),
              let writer = URLComponents(string: try value("KEYDESK_TEST_POSTGRES_URL")) else {
            throw Unavailable(description: "KEYDESK_TEST_POSTGRES_URL or _ADMIN_URL is not a URL")
        }
        adminURL = admin
        writerURL = writer
        adminPasswordFile = try value("KEYDESK_TEST_POSTGRES_ADMIN_PASSWORD_FILE")
        writerPasswordFile = try value("KEYDESK_TEST_POSTGRES_PASSWORD_FILE")
    }

    /// A new, empty database on the server (no audit schema yet); the writing role may connect.
    public func database() throws -> PostgresTestDatabase {
        let name = "keydesk_test_" + UUID().uuidString.prefix(8).lowercased()
        try psql("CREATE DATABASE \(name)", admin: true, database: "postgres")
        return PostgresTestDatabase(server: self, name: name)
    }

    /// Runs `sql` with psql as the admin or the writing role and returns its unaligned output;
    /// throws `PostgresTestFailure` with psql's message (a refused statement included).
    @discardableResult
    public func psql(_ sql: String, admin: Bool, database: String) throws -> String {
        var url = admin ? adminURL : writerURL
        url.path = "/" + database
        let password = try String(contentsOfFile: admin ? adminPasswordFile : writerPasswordFile, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = password.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try SpawnedProcess(["psql", url.string ?? "", "-v", "ON_ERROR_STOP=1", "-X", "-A", "-t", "-q", "-c", sql],
                                        environment: environment).finishBlocking()
        guard result.status == 0 else {
            throw PostgresTestFailure(description: result.standardError)
        }
        return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A statement psql could not run, with its message ("ERROR:  permission denied for table audit_log").
public struct PostgresTestFailure: Error, CustomStringConvertible {
    public let description: String
}

/// One test's database on a `PostgresTestServer`.
public struct PostgresTestDatabase: Sendable {
    public let server: PostgresTestServer
    public let name: String

    /// postgres://keydesk_admin@HOST:PORT/NAME
    public var adminURL: String { url(server.adminURL) }
    /// postgres://keydesk_writer@HOST:PORT/NAME
    public var writerURL: String { url(server.writerURL) }

    @discardableResult
    public func admin(_ sql: String) throws -> String { try server.psql(sql, admin: true, database: name) }

    @discardableResult
    public func writer(_ sql: String) throws -> String { try server.psql(sql, admin: false, database: name) }

    private func url(_ components: URLComponents) -> String {
        var components = components
        components.path = "/" + name
        return components.string ?? ""
    }
}

/// Skips the calling test when PostgreSQL is absent, saying why, except under `CI=true`, where
/// the test fails: CI installs PostgreSQL and must run these tests.
public func requirePostgres(sourceLocation: SourceLocation = #_sourceLocation) throws -> PostgresTestServer {
    do {
        return try PostgresTestServer.shared()
    } catch {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            throw PostgresTestServer.Unavailable(description: "CI must run this test, but there is no PostgreSQL: \(error)")
        }
        try Test.cancel(Comment(rawValue: "skipped: no PostgreSQL (\(error))"), sourceLocation: sourceLocation)
    }
}
