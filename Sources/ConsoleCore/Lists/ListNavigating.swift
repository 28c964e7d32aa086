/// The parts of a list that do not depend on its row type, so the reducer can move, page and
/// filter whichever pane has focus with one piece of code.
public protocol ListNavigating: Sendable {
    var count: Int { get }
    var cursor: Int { get }
    var scrollTop: Int { get }
    var selectedID: String? { get }
    var phase: LoadPhase { get set }
    var generation: Int { get }
    var hasMore: Bool { get }
    var hasLoaded: Bool { get }
    var filter: String { get }
    var sort: ListSort? { get }
    var countLabel: String { get }
    mutating func beginQuery() -> Int
    mutating func beginNextPage() -> (generation: Int, cursor: String)?
    mutating func clear()
    mutating func setFilter(_ text: String)
    mutating func setSort(_ sort: ListSort?)
    mutating func select(position: Int)
    mutating func select(id: String)
    mutating func moveSelection(by delta: Int)
    mutating func scrollToCursor(viewportHeight height: Int)
    func wantsNextPage(viewportHeight height: Int) -> Bool
    mutating func receiveFailure(_ message: String, generation: Int)
    mutating func remove(id: String)
    /// The id of the row at a display position.
    func rowID(at position: Int) -> String?
}

extension ListState: ListNavigating {
    public func rowID(at position: Int) -> String? { row(at: position)?.id }
}
