/// The identity of an effect: at most one effect per identity runs at a time, and starting a
/// new one stops the old (a search superseded by the next keystroke, a detail superseded by
/// the next Enter). Work without an identity is never cancelled this way.
public enum EffectID: Hashable, Sendable {
    /// The workspace's name for the status bar.
    case workspace
    /// A pane's page loads and the retry timer of a failed one.
    case page(ListPane)
    /// The pause after a keystroke in a pane's filter, before the API is asked.
    case filterPause(ListPane)
    /// The detail pane's load.
    case detail
    /// The flash line's expiry.
    case flash
    /// The wizard's reads: searches, lookups, following a key to issued.
    case wizard
    /// The audit pane's query.
    case audit
    /// Looking again at an audit log that could not be written.
    case auditProbe
    /// Asking again for a row whose change is on its way (by the row's id).
    case follow(String)
    /// Following events: the poll timer and the poll it starts (one at a time).
    case events
    /// The guest PIN flow's reads: searching users, loading entrances, following PINs to issued.
    case guest
    /// The move-out flow's reads: finding the resident and gathering what they hold.
    case moveOut
    /// `:import`'s progress timer and the question it asks.
    case importProgress
}
