import ConsoleCore
import Foundation
import GRDB

/// The import's journal: each row's progress (`MoveInProgress`), keyed by the file's SHA-256 and
/// the row's line, in SQLite (WAL) in the state directory. A step is marked sent before its
/// call and answered after, each mark committed at once, so a run stopped anywhere (Ctrl-C,
/// kill -9, a dropped SSH session) resumes from the journal without making anything twice.
/// `synchronous=NORMAL`: a killed process loses nothing committed; only a power cut could.
public final class ImportJournal: Sendable {
    public let path: String
    private let pool: DatabasePool

    public init(path: String) throws {
        self.path = path
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FilePermissions.makeDirectories(at: directory, mode: 0o700) }
            // It names residents: this account only.
            _ = try FilePermissions.createFileIfMissing(at: path, mode: 0o600)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.label = "keydesk.import-journal"
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS import_row (
                        file_sha256 TEXT NOT NULL,
                        line INTEGER NOT NULL,
                        email TEXT NOT NULL,
                        building_id TEXT NOT NULL,
                        progress TEXT NOT NULL,
                        updated_at REAL NOT NULL,
                        PRIMARY KEY (file_sha256, line)
                    )
                    """)
            }
        } catch {
            throw ImportProblems([ImportProblem(line: nil, "cannot open the import journal \(path): \(error)")])
        }
    }

    /// Every row recorded for the file, by line.
    public func progress(ofFile fileHash: String) throws -> [Int: MoveInProgress] {
        try pool.read { db in
            var rows: [Int: MoveInProgress] = [:]
            let decoder = JSONDecoder()
            for row in try Row.fetchAll(db, sql: "SELECT line, progress FROM import_row WHERE file_sha256 = ?", arguments: [fileHash]) {
                let text: String = row["progress"]
                rows[row["line"]] = try decoder.decode(MoveInProgress.self, from: Data(text.utf8))
            }
            return rows
        }
    }

    /// Records a row's progress (replacing what was there), committed before it returns.
    public func save(_ progress: MoveInProgress, of moveIn: MoveIn, fileHash: String) async throws {
        let text = String(decoding: try JSONEncoder().encode(progress), as: UTF8.self)
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO import_row (file_sha256, line, email, building_id, progress, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (file_sha256, line) DO UPDATE SET progress = excluded.progress, updated_at = excluded.updated_at
                """, arguments: [fileHash, moveIn.line, moveIn.email, moveIn.building.id, text, Date().timeIntervalSince1970])
        }
    }
}
