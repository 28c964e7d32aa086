import ArgumentParser

/// `--no-color`: how the screen is drawn. Shared by every command that opens the terminal (the
/// console and `ui-check`).
struct DisplayOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: "Do not use colours (NO_COLOR is also honoured).")
    var noColor = false

    /// Whether colours may be used (`NO_COLOR` and monochrome terminals are checked later).
    var colors: Bool { !noColor }
}
