/// Something that draws itself from plain values into a rectangle of a `CellGrid`.
/// Widgets never fetch data and never keep the terminal: a screen builds them from its
/// state every frame, which is what makes them snapshot-testable.
public protocol Widget {
    func render(into grid: inout CellGrid, in rect: Rect)
}
