import Foundation

/// Where a PostgreSQL audit trail lives, read from `postgres://ROLE@HOST:PORT/DATABASE`: the
/// role, the database, the server (TCP, or a Unix socket directory given as `?host=/run/postgresql`)
/// and whether TLS is required. It exists so that one parser decides what keydesk accepts: a
/// URL carrying a password is refused (it would show in `ps` and in the config), and plain TCP
/// is allowed only to this machine, as plain http is for API keys.
public struct PostgresAuditURL: Sendable, Equatable, CustomStringConvertible {
    public enum Server: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// The socket `DIRECTORY/.s.PGSQL.PORT`, as libpq names it.
        case socket(directory: String, port: Int)
    }

    /// `sslmode`: `disable` (loopback and sockets only) or `verify-full` (the default elsewhere:
    /// TLS with the server's certificate checked against `sslrootcert` or the system's roots).
    public enum TLSMode: String, Sendable, Equatable {
        case disable
        case verifyFull = "verify-full"
    }

    public let role: String
    public let database: String
    public let server: Server
    public let tls: TLSMode
    /// `sslrootcert`: a PEM file of the certificate authorities to trust.
    public let rootCertificateFile: String?

    /// The URL as keydesk shows it in messages: never with a password (none is accepted).
    public var description: String {
        switch server {
        case let .tcp(host, port):
            let shown = host.contains(":") ? "[\(host)]" : host
            return "postgres://\(role)@\(shown):\(port)/\(database)"
        case let .socket(directory, port):
            return "postgres://\(role)@/\(database)?host=\(directory)&port=\(port)"
        }
    }

    /// The host name a passfile line must match: the TCP host, or "localhost" for a socket (libpq's rule).
    public var passfileHost: String {
        switch server {
        case .tcp(let host, _): host
        case .socket: "localhost"
        }
    }

    public var port: Int {
        switch server {
        case .tcp(_, let port), .socket(_, let port): port
        }
    }

    /// Whether `text` is meant as a PostgreSQL URL (and not as a path to an SQLite file).
    public static func isPostgres(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    static let knownParameters = ["sslmode", "sslrootcert", "host", "port"]

    /// Parses `text`; `source` says where it came from ("--audit-log", "audit.url in FILE") in errors.
    public init(_ text: String, source: String) throws(ConfigError) {
        func invalid(_ problem: String) -> ConfigError {
            ConfigError(.invalidValue, "the audit URL from \(source) \(problem)")
        }
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw invalid("is not a postgres:// URL (write postgres://ROLE@HOST:PORT/DATABASE)")
        }
        if components.password != nil {
            throw ConfigError(.invalidValue, "the audit URL from \(source) carries a password, which anyone could read in `ps` "
                + "or in the file; remove it (postgres://\(components.user ?? "ROLE")@…) and put the password in a file "
                + "named by password_file in the [audit] table of config.toml (mode 0600), print it with password_command, "
                + "or keep it in ~/.pgpass")
        }
        guard let role = components.user, !role.isEmpty else {
            throw invalid("names no role: write the role keydesk writes with before the host, postgres://keydesk_writer@HOST/DATABASE")
        }
        var parameters: [String: String] = [:]
        for item in components.queryItems ?? [] {
            guard Self.knownParameters.contains(item.name) else {
                throw invalid("has an unknown parameter '\(item.name)' (known: \(Self.knownParameters.joined(separator: ", ")))")
            }
            parameters[item.name] = item.value ?? ""
        }
        let portText = parameters["port"] ?? components.port.map(String.init) ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else { throw invalid("has an invalid port '\(portText)'") }
        let database = String(components.path.drop(while: { $0 == "/" }))
        self.role = role
        self.database = database.isEmpty ? role : database
        if let directory = parameters["host"], directory.hasPrefix("/") {
            server = .socket(directory: directory, port: port)
        } else {
            let bracketed = parameters["host"] ?? components.host ?? ""
            let host = bracketed.hasPrefix("[") && bracketed.hasSuffix("]") ? String(bracketed.dropFirst().dropLast()) : bracketed
            guard !host.isEmpty else {
                throw invalid("names no host: write postgres://\(role)@HOST:PORT/DATABASE, or ?host=/SOCKET/DIRECTORY")
            }
            server = .tcp(host: host, port: port)
        }
        rootCertificateFile = parameters["sslrootcert"]
        let local = Self.isLocal(server)
        switch parameters["sslmode"] {
        case nil: tls = local ? .disable : .verifyFull
        case "disable"?:
            guard local else {
                throw invalid("asks for sslmode=disable to another machine, which would send the audit rows and the password "
                    + "unencrypted; use sslmode=verify-full (with sslrootcert=CA.pem for a private authority), or plain "
                    + "connections only to this machine (127.0.0.1, ::1, localhost or a Unix socket)")
            }
            tls = .disable
        case "verify-full"?: tls = .verifyFull
        case let other?:
            throw invalid("has sslmode=\(other); keydesk accepts disable (this machine only) or verify-full")
        }
    }

    private static func isLocal(_ server: Server) -> Bool {
        switch server {
        case .socket: true
        case .tcp(let host, _): EndpointOrigin("http://" + (host.contains(":") ? "[\(host)]" : host))?.isLoopback ?? false
        }
    }
}
