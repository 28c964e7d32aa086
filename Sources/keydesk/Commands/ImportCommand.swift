import ArgumentParser
import ConsoleCore
import ConsoleServices
import Foundation

/// `keydesk import residents.csv`: move-in day. Every row is checked before anything is sent;
/// then each resident gets their identity, enrollment and key (`ImportJob`), a few at a time,
/// journaled so that running the same command again after Ctrl-C, kill -9 or a dropped SSH
/// session resumes without making anything twice.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Issue keys to the residents of a CSV file (move-in day), resumable.",
        discussion: """
            Columns (header names matched case-insensitively; other columns are ignored): email, full name, \
            phone (optional), building (name or id), entrances (names or ids, separated by ;), starts (optional, \
            default now), ends, method (mobile_key, the default, or pin). Times are the building's unless they \
            carry an offset; a day alone starts at 00:00 and ends at 23:59. Every row is checked first: with any \
            problem nothing is sent (exit 2) unless --skip-invalid. Running the same file again resumes it \
            (journal in the state directory). Exit status: 0 every row done, 1 some rows failed or were \
            skipped, 2 usage or invalid rows, 3 Seam unavailable, 4 key refused, 130 interrupted.
            """
    )

    @Argument(help: ArgumentHelp("The residents file (CSV with a header row).", valueName: "residents.csv"))
    var file: String

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "Read a column under another name: COLUMN=FIELD, FIELD one of email, full_name, phone, building, entrances, starts, ends, method.",
        valueName: "column=field"))
    var renames: [String] = []

    @Flag(name: .customLong("dry-run"), help: "Check the file and print what would be created; send nothing.")
    var dryRun = false

    @Flag(name: .customLong("skip-invalid"), help: "Import the valid rows even when others have problems.")
    var skipInvalid = false

    @Option(help: ArgumentHelp("Residents worked on at once.", valueName: "n"))
    var concurrency = ImportJob.defaultConcurrency

    @Option(help: ArgumentHelp("Write each row's outcome and ids (or error) to this CSV file.", valueName: "out.csv"))
    var report: String?

    @Option(help: ArgumentHelp("The journal (default: import-journal.sqlite in the state directory).", valueName: "path"))
    var journal: String?

    @Flag(help: "Print the summary, and errors, as JSON.")
    var json = false

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var audit: AuditLogOptions

    func validate() throws {
        if !(1...32).contains(concurrency) { throw ValidationError("--concurrency must be between 1 and 32.") }
        _ = try parsedRenames()
    }

    /// `--map` as column → field.
    func parsedRenames() throws -> [String: ResidentField] {
        var renames: [String: ResidentField] = [:]
        for text in self.renames {
            let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let fields = ResidentField.allCases.map(\.rawValue).joined(separator: ", ")
            guard parts.count == 2, !parts[0].isEmpty, let field = ResidentField(rawValue: parts[1]) else {
                throw ValidationError("--map '\(text)' must be COLUMN=FIELD with FIELD one of \(fields).")
            }
            renames[parts[0]] = field
        }
        return renames
    }

    func run() async throws {
        let errors = ItemErrors(json: json)
        let residents: ResidentsFile
        let columns: ResidentColumns
        do {
            residents = try ResidentsFile(path: file)
            columns = try ResidentColumns.match(header: residents.header, renames: try parsedRenames())
        } catch let problems as ImportProblems {
            for problem in problems.problems { errors.report(nil, problem.description) }
            throw KeydeskCommandError("\(file) cannot be imported; nothing was sent.", exitCode: .usage).json(json)
        }
        let session = try await ScriptSession.open(connection, audit: audit, json: json)
        var day = MoveInDay(command: self, session: session, errors: errors)
        try await day.run(residents, columns: columns)
    }
}
