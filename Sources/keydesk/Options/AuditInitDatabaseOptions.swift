import ArgumentParser
import ConsoleServices
import ConsoleUI

/// `keydesk audit --init-db ADMIN_URL`: creates the PostgreSQL audit trail as an admin role and
/// grants the writing role SELECT and INSERT only (`PostgresAuditSetup`). The admin's password
/// comes from a file or a command, never from the URL or the command line.
struct AuditInitDatabaseOptions: ParsableArguments {
    @Option(name: .customLong("init-db"), help: ArgumentHelp(
        "Create the PostgreSQL audit schema as this admin role (postgres://ADMIN@HOST/DATABASE) and grant the writing role SELECT and INSERT.",
        valueName: "admin-url"))
    var adminURL: String?

    @Option(help: ArgumentHelp("With --init-db: a file (mode 0600) holding the admin role's password.", valueName: "path"))
    var adminPasswordFile: String?

    @Option(help: ArgumentHelp("With --init-db: a command that prints the admin role's password.", valueName: "command"))
    var adminPasswordCommand: String?

    @Option(help: ArgumentHelp("With --init-db: the role keydesk writes with (default: the role of the configured audit URL).",
                               valueName: "role"))
    var writerRole: String?

    func validate(alongside otherActions: Bool) throws {
        if adminURL == nil, adminPasswordFile != nil || adminPasswordCommand != nil || writerRole != nil {
            throw ValidationError("--admin-password-file, --admin-password-command and --writer-role go with --init-db.")
        }
        if adminURL != nil, otherActions {
            throw ValidationError("--init-db creates the trail: it takes none of --verify, --json and --since.")
        }
    }

    /// Creates the schema; `configured` supplies the writing role when --writer-role is not given.
    func run(configured: AuditDestination) async throws {
        guard let adminURL else { return }
        let admin: PostgresAuditURL
        let password: String?
        do {
            admin = try PostgresAuditURL(adminURL, source: "--init-db")
            let source = try PostgresPasswordSource.chosen(file: adminPasswordFile, command: adminPasswordCommand,
                                                           in: "the command line (--admin-password-file, --admin-password-command)")
            password = try PostgresPassword.read(source, for: admin)
        } catch {
            throw KeydeskCommandError(error)
        }
        let writer: String
        if let writerRole {
            writer = writerRole
        } else if case .postgres(let url, _) = configured {
            writer = url.role
        } else {
            throw KeydeskCommandError("--init-db needs the writing role: give --writer-role ROLE, or set url in the config's [audit] table",
                                      exitCode: .usage)
        }
        do {
            for line in try await PostgresAuditSetup.initialize(admin: admin, adminPassword: password, writerRole: writer) {
                print(line)
            }
        } catch {
            throw KeydeskCommandError(Sanitizer.sanitize(error.description), exitCode: .usage)
        }
    }
}
