import GRDB

/// The `user_identity` object of `/access_grants/create`: a user identity made with the grant
/// (the same checks as `/user_identities/create`).
struct InlineIdentity: Sendable {
    var email: String?
    var phone: String?
    var fullName: String?
    var key: String?

    init(_ params: Params) throws {
        email = try params.string("email_address")
        try LatchRules.checkEmail(email, params)
        phone = try params.string("phone_number")
        try LatchRules.checkPhone(phone, params)
        fullName = try params.string("full_name", minLength: 1)
        key = try params.string("user_identity_key", minLength: 1)
        if email == nil && phone == nil && fullName == nil && key == nil {
            throw params.error("email_address", "Give the new user identity an email address, a phone number, a name or a key")
        }
    }

    func create(_ db: Database, now: Int64) throws -> String {
        try LatchRules.checkIdentityUnique(db, email: email, phone: phone, key: key)
        let id = Identifiers.random()
        try db.execute(sql: "INSERT INTO user_identities (id, user_identity_key, email_address, phone_number, full_name, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [id, key, email, phone, fullName, now])
        return id
    }
}
