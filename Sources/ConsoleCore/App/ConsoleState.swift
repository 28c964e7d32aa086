import Foundation
import SeamAPI

/// The whole state of the console. It composes the features' own states (the lists and the
/// Activity pane, the modal layers: detail, prompts, help, wizard, guest PIN, move-out,
/// operations, audit pane), and its reducer routes
/// each action to the feature it concerns. Reducers change it; screens only draw it.
public struct ConsoleState: Sendable, Equatable {
    public var connection: ConnectionInfo
    public var keys: KeyRegistry
    public var workspaceName: String?

    // MARK: The lists

    public var pane: ListPane = .systems
    public var scope: SystemScope?
    public var systems = ListState<SystemRow>()
    public var users = ListState<UserRow>()
    public var entrances = ListState<EntranceRow>()
    public var credentials = ListState<CredentialRow>()
    /// The Access pane's Access Grants.
    public var grants = ListState<AccessGrantRow>()
    /// Seam events, newest first (see Activity/).
    public var activity = ListState<ActivityRow>()
    /// How the console follows events while it runs.
    public internal(set) var feed: ActivityFeed
    /// The `search` last sent to the API for each pane ("" for none).
    public var serverSearch: [ListPane: String] = [:]
    /// Panes where `G` asked to follow every page to the end.
    public var followingEnd: Set<ListPane> = []

    // MARK: What holds the keyboard

    /// The layers above the lists; the top one gets the keys.
    public internal(set) var modals = ModalStack()

    // MARK: Messages and the screen

    public var flash: Flash?
    /// A one-line hint for a newcomer on the embedded demo sandbox, until the first key.
    public var welcome: String?
    /// A lasting problem with the API (down, key refused); cleared when a request succeeds.
    public var banner: String?
    /// The audit log cannot be written: changes are refused (browsing goes on) until it answers.
    public var auditBanner: String?
    public var lastRefreshed: Date?
    public var columns = 80
    public var rows = 24
    /// Set when the user asked for a full redraw (Ctrl-L); the run loop clears it.
    public var needsFullRedraw = false
    public var shouldQuit = false

    // MARK: Names and time zones learned while browsing

    /// Every known building's time zone, kept up to date as systems load.
    public internal(set) var zones = BuildingZones()
    /// The names of loaded users, so credentials show, sort and filter by their holder.
    public internal(set) var holders = CredentialHolders()
    /// Holders already asked of the API by id, so scrolling back and forth asks once.
    var askedHolders: Set<String> = []
    /// Scopes (a building's id, "" for every building) whose users' names were all asked for,
    /// to sort credentials by holder.
    var askedAllHolders: Set<String> = []
    /// Grants whose entrances were already asked of the API (the rows on screen, once each).
    var askedGrants: Set<String> = []
    /// The phones' copies (child credentials) seen for each multi-phone-sync key, by key id.
    var phonesByKey: [String: Set<String>] = [:]

    private var detailGeneration = 0

    /// - Parameter activityInterval: how often events are asked while the console runs (the
    ///   profile's `activity_interval`); nil does not follow them.
    public init(connection: ConnectionInfo, keys: KeyRegistry? = nil, activityInterval: Duration? = ActivityFeed.defaultInterval) {
        self.connection = connection
        self.keys = keys ?? ConsoleKeymap.standard(readOnly: connection.readOnly)
        if connection.isSandbox {
            welcome = connection.readOnly
                ? "Demo buildings · Enter to work in a building · ? for help"
                : "Demo buildings · Enter to work in a building · i to issue a key · ? for help"
        }
        self.feed = ActivityFeed(interval: activityInterval)
    }

    /// The time zone dates are shown in: the chosen building's, else UTC.
    public var time: BuildingTime { scope?.time ?? BuildingTime(identifier: nil) }

    // MARK: The open layers, for screens and tests

    public var detail: DetailState? { modals.detail }
    public var wizard: WizardState? { modals.wizard }
    public var operation: OperationFlow? { modals.operation }
    public var auditPane: AuditPaneState? { modals.audit }
    public var guest: GuestState? { modals.guest }
    public var moveOut: MoveOutState? { modals.moveOut }
    public var help: HelpState? { modals.help }
    public var filterPrompt: FilterPrompt? { modals.filter }
    public var commandBar: CommandBar? { modals.commandBar }

    /// Rows of the list area at the current terminal size (status, tabs, header, flash and
    /// footer take the other lines).
    public var listHeight: Int { ConsoleLayout.listHeight(rows: rows, banner: banner != nil || auditBanner != nil) }

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

extension ConsoleState {
    /// The open detail pane as lines, dates in the resource's own building time zone.
    public func detailSheet(now: Date) -> DetailSheet? {
        guard let detail, case .loaded(let content) = detail.phase else { return nil }
        let systemID: String?
        switch content {
        case .system(let system, _, _, _, _): systemID = system.acsSystemId
        case .user(let user, _, _): systemID = user.acsSystemId
        case .entrance(let entrance, _, _): systemID = entrance.acsSystemId
        case .credential(let credential, _, _, _, _): systemID = credential.acsSystemId
        // A grant names no building: the one of its doors, else the building in scope.
        case .accessGrant(_, _, _, let entrances): systemID = entrances.first?.acsSystemId ?? scope?.systemID
        }
        let time = systemID.map { zones[$0] } ?? BuildingTime(identifier: nil)
        return DetailSheet(content, time: time, now: now, revealsPIN: detail.revealsPIN)
    }
}
