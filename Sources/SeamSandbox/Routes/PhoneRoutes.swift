import GRDB

/// The `/phones/*` route collection: residents' phones, each holding a copy (child credential)
/// of their multi-phone-sync keys (`PhoneCopies`).
enum PhoneRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/phones/list", .read, list)
        routes.add("/phones/get", .read, get)
        routes.add("/phones/deactivate", .delete, deactivate)
        routes.add("/phones/simulate/create_sandbox_phone", .action, unsupported: ["assa_abloy_metadata"], createSandboxPhone)
        return routes
    }

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let ownerID = try c.params.uuid("owner_user_identity_id")
        let credentialID = try c.params.uuid("acs_credential_id")
        let phones = try await c.read { db in
            var filters = ["1"]
            var args: StatementArguments = []
            if let ownerID { filters.append("ph.user_identity_id = ?"); args += [ownerID] }
            if let credentialID {
                _ = try db.require(.credentials, credentialID)
                filters.append("ph.id IN (SELECT phone_id FROM acs_credentials WHERE phone_id IS NOT NULL AND (id = ? OR parent_acs_credential_id = ?))")
                args += [credentialID, credentialID]
            }
            return try Row.fetchAll(db, sql: PhoneRecords.select + " WHERE \(filters.joined(separator: " AND ")) ORDER BY ph.created_at, ph.id", arguments: args)
                .map { PhoneRecords.phone($0, workspaceID: c.workspaceID) }
        }
        return [("phones", .array(phones))]
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("device_id")
        return [("phone", try await c.read { db in try db.object(.phones, id, workspaceID: c.workspaceID) })]
    }

    /// Removes the phone and revokes its copies of the owner's keys (`phone.deactivated`).
    static func deactivate(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("device_id")
        let delay = c.store.issueDelayMillis
        try await c.write { db in
            _ = try db.require(.phones, id)
            try PhoneCopies.revoke(db, phoneID: id, delay: delay, now: c.now)
            try db.execute(sql: "DELETE FROM phones WHERE id = ?", arguments: [id])
            try EventLog.record(db, type: "phone.deactivated", now: c.now, description: "A phone was deactivated.", ids: .init(deviceID: id))
        }
        return []
    }

    static func createSandboxPhone(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let identityID = try p.requiredUUID("user_identity_id")
        let metadata = try p.object("phone_metadata") ?? Params()
        let system = try metadata.enumValue("operating_system", ["android", "ios"]) ?? "android"
        let manufacturer = try metadata.string("device_manufacturer", minLength: 1) ?? (system == "ios" ? "Apple" : "Samsung")
        let model = try metadata.string("device_model", minLength: 1) ?? (system == "ios" ? "iPhone 15" : "Galaxy S10")
        let version = try metadata.string("os_version", minLength: 1) ?? (system == "ios" ? "17" : "10")
        let installationID = try p.string("custom_sdk_installation_id")
        let dueAt = c.now + c.store.issueDelayMillis
        let phone = try await c.write { db in
            let id = try Phones.add(db, identityID: identityID, deviceType: system == "ios" ? "ios_phone" : "android_phone",
                                    manufacturer: manufacturer, model: model, osVersion: version, installationID: installationID,
                                    now: c.now, dueAt: dueAt)
            return try db.object(.phones, id, workspaceID: c.workspaceID)
        }
        return [("phone", phone)]
    }
}
