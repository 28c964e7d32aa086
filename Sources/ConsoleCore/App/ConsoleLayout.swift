/// Where things sit on the console screen; shared by the reducer (page sizes, scrolling) and
/// the screen (drawing), so both agree on how many rows a list shows.
public enum ConsoleLayout {
    /// status bar + tab line + table header + flash line + footer.
    public static let chromeRows = 5

    /// Rows of list content; a banner (API down) takes one more line.
    public static func listHeight(rows: Int, banner: Bool) -> Int { max(rows - chromeRows - (banner ? 1 : 0), 1) }

    /// Whether the detail pane sits beside the list (wide terminals) or over it.
    public static func detailBesideList(columns: Int) -> Bool { columns >= 100 }
}
