import Logging

/// The screen belongs to curses while the console runs: library logs go nowhere.
func quietLogger(_ label: String) -> Logger {
    Logger(label: label, factory: { _ in SwiftLogNoOpLogHandler() })
}
