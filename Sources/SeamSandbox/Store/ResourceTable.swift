import GRDB

/// One Seam resource's table: where its rows live, how a row becomes its JSON object, and the
/// 404 a missing id answers (`acs_user_not_found`, ...). Every lookup by id goes through
/// `Database.require(_:_:)` or `Database.object(_:_:workspaceID:)` with one of these, so the
/// not-found answers are written once.
struct ResourceTable: Sendable {
    /// `SELECT * … WHERE id = ?`: the bare row, for rules and mutations.
    let rowByID: String
    /// The rendering SELECT (with its joined columns) `WHERE <alias>.id = ?`.
    let objectByID: String
    let render: @Sendable (Row, _ workspaceID: String) -> JSONValue
    let notFoundType: String
    /// "ACS user", as in "ACS user not found: <id>".
    let noun: String
    /// The key of `data: {<key>: id}` in the 404, where Seam sends one (action attempts).
    let notFoundDataKey: String?

    init(table: String, select: String, alias: String, notFoundType: String, noun: String, notFoundDataKey: String? = nil,
         render: @escaping @Sendable (Row, String) -> JSONValue) {
        rowByID = "SELECT * FROM \(table) WHERE id = ?"
        objectByID = "\(select) WHERE \(alias).id = ?"
        self.render = render
        self.notFoundType = notFoundType
        self.noun = noun
        self.notFoundDataKey = notFoundDataKey
    }

    /// The Seam 404 for `id`.
    func notFound(_ id: String) -> SeamError {
        SeamError(status: 404, type: notFoundType, message: "\(noun) not found: \(id)",
                  data: notFoundDataKey.map { .object([($0, .string(id))]) })
    }

    static let systems = ResourceTable(
        table: "acs_systems", select: Records.systemSelect, alias: "s",
        notFoundType: "acs_system_not_found", noun: "Access control system", render: Records.system)
    static let entrances = ResourceTable(
        table: "acs_entrances", select: Records.entranceSelect, alias: "e",
        notFoundType: "acs_entrance_not_found", noun: "ACS entrance", render: { row, _ in Records.entrance(row) })
    static let users = ResourceTable(
        table: "acs_users", select: Records.userSelect, alias: "u",
        notFoundType: "acs_user_not_found", noun: "ACS user", render: Records.user)
    static let credentials = ResourceTable(
        table: "acs_credentials", select: Records.credentialSelect, alias: "c",
        notFoundType: "acs_credential_not_found", noun: "ACS credential", render: Records.credential)
    static let identities = ResourceTable(
        table: "user_identities", select: Records.identitySelect, alias: "i",
        notFoundType: "user_identity_not_found", noun: "User identity", render: Records.identity)
    static let enrollmentAutomations = ResourceTable(
        table: "enrollment_automations", select: "SELECT a.* FROM enrollment_automations a", alias: "a",
        notFoundType: "enrollment_automation_not_found", noun: "Enrollment automation", render: Records.enrollmentAutomation)
    static let actionAttempts = ResourceTable(
        table: "action_attempts", select: "SELECT a.* FROM action_attempts a", alias: "a",
        notFoundType: "action_attempt_not_found", noun: "Action attempt", notFoundDataKey: "action_attempt_id",
        render: { row, _ in Records.actionAttempt(row) })
    static let connectedAccounts = ResourceTable(
        table: "connected_accounts", select: ConnectedAccountRecords.select, alias: "ca",
        notFoundType: "connected_account_not_found", noun: "Connected account", render: ConnectedAccountRecords.account)
    static let phones = ResourceTable(
        table: "phones", select: PhoneRecords.select, alias: "ph",
        notFoundType: "phone_not_found", noun: "Phone", render: PhoneRecords.phone)
    static let accessGrants = ResourceTable(
        table: "access_grants", select: AccessGrantRecords.select, alias: "g",
        notFoundType: "access_grant_not_found", noun: "Access grant", render: AccessGrantRecords.grant)
    static let accessMethods = ResourceTable(
        table: "access_methods", select: AccessMethodRecords.select, alias: "m",
        notFoundType: "access_method_not_found", noun: "Access method", render: AccessMethodRecords.method)
}

extension Database {
    /// The row of `table` with this id, or the resource's Seam 404.
    func require(_ table: ResourceTable, _ id: String) throws -> Row {
        guard let row = try Row.fetchOne(cachedStatement(sql: table.rowByID), arguments: [id]) else { throw table.notFound(id) }
        return row
    }

    /// The JSON object of the resource with this id, or its Seam 404.
    func object(_ table: ResourceTable, _ id: String, workspaceID: String) throws -> JSONValue {
        guard let row = try Row.fetchOne(cachedStatement(sql: table.objectByID), arguments: [id]) else { throw table.notFound(id) }
        return table.render(row, workspaceID)
    }
}
