/// A row of a list pane: a compact, display-ready projection of an API resource.
///
/// Rows are kept small on purpose (a property may hold 100,000 credentials), and carry the raw
/// API text: the terminal layer sanitizes each cell as it draws it.
public protocol ListRow: Sendable, Identifiable, Equatable where ID == String {
    /// The columns every row of this kind shows, in order.
    static var columns: [ListColumn] { get }
    /// The text of one column of this row.
    func text(forColumn column: Int) -> String
    /// Lower-cased text the filter matches against (every column a user would search by).
    var searchText: String { get }
    /// Shorter ways to say a column's text, longest first, for a column too narrow for it
    /// ("key, 2 phones" for "mobile key, 2 phones"): the table shows the first that fits
    /// rather than cutting the words that matter.
    func shorterTexts(forColumn column: Int) -> [String]
}

extension ListRow {
    public func shorterTexts(forColumn column: Int) -> [String] { [] }

    /// The value a column sorts by; text columns sort case-insensitively.
    public func sortKey(forColumn column: Int) -> String {
        text(forColumn: column).lowercased()
    }
}
