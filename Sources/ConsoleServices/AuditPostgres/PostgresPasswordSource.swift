/// Where the password of a PostgreSQL role comes from, never the command line: a file only this
/// account can read (`password_file`), the first line a command prints (`password_command`,
/// e.g. `pass show keydesk/audit`), or libpq's passfile (`PGPASSFILE`, else `~/.pgpass`), which
/// may also have no line for the role (a server that trusts the socket or uses peer
/// authentication needs none).
public enum PostgresPasswordSource: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    case command(String)
    case passfile

    public var description: String {
        switch self {
        case .file(let path): "password_file \(path)"
        case .command: "password_command"
        case .passfile: "the passfile (PGPASSFILE or ~/.pgpass)"
        }
    }

    /// The source named by a setting pair, refusing both at once; `where` names the settings' place.
    public static func chosen(file: String?, command: String?, in place: String) throws(ConfigError) -> PostgresPasswordSource {
        switch (file, command) {
        case (let file?, nil): return .file(file)
        case (nil, let command?): return .command(command)
        case (nil, nil): return .passfile
        case (_?, _?): throw ConfigError(.invalidValue, "\(place) has both a password file and a password command; keep one")
        }
    }
}
