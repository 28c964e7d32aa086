import Foundation

/// A provider account connected to the workspace (`connected_account`), e.g. the Latch account
/// that the buildings come from. Its errors (`account_disconnected`) explain why a building stopped
/// syncing.
public struct ConnectedAccount: Codable, Sendable, Equatable, Identifiable {
    public var connectedAccountId: String
    public var createdAt: Date?
    public var displayName: String
    /// e.g. `latch`.
    public var accountType: String?
    public var accountTypeDisplayName: String
    public var imageUrl: String?
    public var userIdentifier: UserIdentifier?
    /// e.g. `access_control`, `lock`.
    public var acceptedCapabilities: [String]
    public var automaticallyManageNewDevices: Bool?
    /// IANA time zone of the account, when the provider has one.
    public var timeZone: String?
    public var customerKey: String?
    public var customMetadata: [String: JSONValue]?
    public var errors: [ResourceError]
    public var warnings: [ResourceWarning]

    public var id: String { connectedAccountId }

    /// Who signed in to the provider (`user_identifier`).
    public struct UserIdentifier: Codable, Sendable, Equatable {
        public var email: String?
        public var phone: String?
        public var username: String?
        public var apiUrl: String?
        public var exclusive: Bool?

        public init(email: String? = nil, phone: String? = nil, username: String? = nil, apiUrl: String? = nil,
                    exclusive: Bool? = nil) {
            self.email = email
            self.phone = phone
            self.username = username
            self.apiUrl = apiUrl
            self.exclusive = exclusive
        }

        enum CodingKeys: String, CodingKey {
            case email, phone, username, apiUrl = "api_url", exclusive
        }
    }

    public init(
        connectedAccountId: String, createdAt: Date? = nil, displayName: String, accountType: String? = nil,
        accountTypeDisplayName: String, imageUrl: String? = nil, userIdentifier: UserIdentifier? = nil,
        acceptedCapabilities: [String] = [], automaticallyManageNewDevices: Bool? = nil, timeZone: String? = nil,
        customerKey: String? = nil, customMetadata: [String: JSONValue]? = nil,
        errors: [ResourceError] = [], warnings: [ResourceWarning] = []
    ) {
        self.connectedAccountId = connectedAccountId
        self.createdAt = createdAt
        self.displayName = displayName
        self.accountType = accountType
        self.accountTypeDisplayName = accountTypeDisplayName
        self.imageUrl = imageUrl
        self.userIdentifier = userIdentifier
        self.acceptedCapabilities = acceptedCapabilities
        self.automaticallyManageNewDevices = automaticallyManageNewDevices
        self.timeZone = timeZone
        self.customerKey = customerKey
        self.customMetadata = customMetadata
        self.errors = errors
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case connectedAccountId = "connected_account_id", createdAt = "created_at", displayName = "display_name"
        case accountType = "account_type", accountTypeDisplayName = "account_type_display_name"
        case imageUrl = "image_url", userIdentifier = "user_identifier"
        case acceptedCapabilities = "accepted_capabilities"
        case automaticallyManageNewDevices = "automatically_manage_new_devices", timeZone = "time_zone"
        case customerKey = "customer_key", customMetadata = "custom_metadata", errors, warnings
    }
}
