/// Which column a list is sorted by, and in which direction. `nil` on a list means the
/// order the API returned, which is the order rows were created in.
public struct ListSort: Sendable, Equatable {
    public var column: Int
    public var ascending: Bool

    public init(column: Int, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }
}
