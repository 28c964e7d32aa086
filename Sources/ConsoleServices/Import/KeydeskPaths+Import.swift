import Foundation

extension KeydeskPaths {
    /// The import's journal, in the state directory: one file for every residents file, keyed
    /// inside by each file's SHA-256.
    public var importJournal: String { stateDirectory + "/import-journal.sqlite" }
}
