import ConsoleCore
import Foundation

/// One row's progress while its steps run (the enrollment and the key run side by side): each
/// change is committed to the journal before the worker goes on, so the journal is never behind
/// what was sent.
actor MoveInRecorder {
    private(set) var progress: MoveInProgress
    private let moveIn: MoveIn
    private let journal: ImportJournal
    private let fileHash: String

    init(_ progress: MoveInProgress, moveIn: MoveIn, journal: ImportJournal, fileHash: String) {
        self.progress = progress
        self.moveIn = moveIn
        self.journal = journal
        self.fileHash = fileHash
    }

    /// Applies `change` and commits it.
    func update(_ change: @Sendable (inout MoveInProgress) -> Void) async throws {
        change(&progress)
        try await journal.save(progress, of: moveIn, fileHash: fileHash)
    }
}
