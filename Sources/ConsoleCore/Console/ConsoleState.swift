import Foundation
import SeamAPI

/// The whole state of the console screen. Reducers change it; screens only draw it.
public struct ConsoleState: Sendable {
    public var connection: ConnectionInfo
    public var keys: KeyRegistry
    public var workspaceName: String?

    public var pane: ListPane = .systems
    public var scope: SystemScope?
    public var systems = ListState<SystemRow>()
    public var users = ListState<UserRow>()
    public var entrances = ListState<EntranceRow>()
    public var credentials = ListState<CredentialRow>()
    /// The `search` last sent to the API for each pane ("" for none).
    public var serverSearch: [ListPane: String] = [:]

    public var mode: ConsoleMode = .browsing
    /// The first line of the help overlay shown.
    public var helpScroll = 0
    public var detail: DetailState?
    /// The mobile-key wizard, when open (it takes the keyboard).
    public var wizard: WizardState?
    public var flash: Flash?
    /// A front-desk operation being typed, confirmed or run; keys go to it while set.
    public var operation: OperationFlow?
    /// The `:audit` pane, when open; keys go to it while set.
    public var auditPane: AuditPaneState?
    /// A lasting problem with the API (down, key refused); cleared when a request succeeds.
    public var banner: String?
    public var lastRefreshed: Date?
    public var columns = 80
    public var rows = 24
    /// Set when the user asked for a full redraw (Ctrl-L); the run loop clears it.
    public var needsFullRedraw = false
    public var shouldQuit = false
    /// Panes where `G` asked to follow every page to the end.
    public var followingEnd: Set<ListPane> = []

    private var detailGeneration = 0

    public init(connection: ConnectionInfo, keys: KeyRegistry? = nil) {
        self.connection = connection
        self.keys = keys ?? ConsoleKeymap.standard(readOnly: connection.readOnly)
    }

    /// The time zone dates are shown in: the chosen building's, else UTC.
    public var time: BuildingTime { scope?.time ?? BuildingTime(identifier: nil) }

    /// Every known building's time zone, kept up to date as systems load.
    public internal(set) var zones = BuildingZones()
    /// The names of loaded users, so credentials show, sort and filter by their holder.
    public internal(set) var holders = CredentialHolders()
    /// Holders already asked of the API by id, so scrolling back and forth asks once.
    var askedHolders: Set<String> = []

    /// The key-registry scopes that apply now, most specific first.
    public var keyScopes: [KeyScope] {
        var scopes: [KeyScope] = []
        if detail != nil { scopes.append(ConsoleKeymap.detail) }
        scopes.append(pane.keyScope)
        scopes.append(ConsoleKeymap.browse)
        return scopes
    }

    /// Rows of the list area at the current terminal size (status, tabs, header, flash and
    /// footer take the other lines).
    public var listHeight: Int { ConsoleLayout.listHeight(rows: rows, banner: banner != nil) }

    /// What is loading, in words, for the status bar; nil when idle.
    public var loadingLabel: String? {
        var busy: [String] = []
        if systems.phase.isBusy { busy.append("systems") }
        if users.phase.isBusy { busy.append("users") }
        if entrances.phase.isBusy { busy.append("entrances") }
        if credentials.phase.isBusy { busy.append("credentials") }
        if detail?.phase == .loading { busy.append("details") }
        return busy.isEmpty ? nil : "loading " + busy.joined(separator: ", ") + "…"
    }

    mutating func nextDetailGeneration() -> Int {
        detailGeneration += 1
        return detailGeneration
    }
}

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

extension ConsoleState {
    /// The open detail pane as lines, dates in the resource's own building time zone.
    public func detailSheet(now: Date) -> DetailSheet? {
        guard let detail, case .loaded(let content) = detail.phase else { return nil }
        let systemID: String
        switch content {
        case .system(let system, _, _, _): systemID = system.acsSystemId
        case .user(let user, _, _): systemID = user.acsSystemId
        case .entrance(let entrance, _, _): systemID = entrance.acsSystemId
        case .credential(let credential, _, _): systemID = credential.acsSystemId
        }
        return DetailSheet(content, time: zones[systemID], now: now, revealsPIN: detail.revealsPIN)
    }
}
