import Foundation

/// An access control system (`acs_system`): one Latch building, or a credential manager.
public struct AcsSystem: Codable, Sendable, Equatable, Identifiable {
    public var acsSystemId: String
    public var name: String
    public var createdAt: Date
    public var workspaceId: String
    public var connectedAccountId: String?
    public var connectedAccountIds: [String]
    public var externalType: String?
    public var externalTypeDisplayName: String?
    public var systemType: String?
    public var systemTypeDisplayName: String?
    public var isCredentialManager: Bool
    public var defaultCredentialManagerAcsSystemId: String?
    public var location: Location?
    public var imageUrl: String?
    public var imageAltText: String?
    public var acsUserCount: Int?
    public var acsAccessGroupCount: Int?
    public var errors: [ResourceError]
    public var warnings: [ResourceWarning]

    public var id: String { acsSystemId }

    /// `location` of a system; `time_zone` is an IANA name (or null).
    public struct Location: Codable, Sendable, Equatable {
        public var timeZone: String?
        public init(timeZone: String?) { self.timeZone = timeZone }
        enum CodingKeys: String, CodingKey { case timeZone = "time_zone" }
    }

    public init(
        acsSystemId: String, name: String, createdAt: Date, workspaceId: String,
        connectedAccountId: String? = nil, connectedAccountIds: [String] = [], externalType: String? = nil,
        externalTypeDisplayName: String? = nil, systemType: String? = nil, systemTypeDisplayName: String? = nil,
        isCredentialManager: Bool = false, defaultCredentialManagerAcsSystemId: String? = nil,
        location: Location? = nil, imageUrl: String? = nil, imageAltText: String? = nil,
        acsUserCount: Int? = nil, acsAccessGroupCount: Int? = nil,
        errors: [ResourceError] = [], warnings: [ResourceWarning] = []
    ) {
        self.acsSystemId = acsSystemId
        self.name = name
        self.createdAt = createdAt
        self.workspaceId = workspaceId
        self.connectedAccountId = connectedAccountId
        self.connectedAccountIds = connectedAccountIds
        self.externalType = externalType
        self.externalTypeDisplayName = externalTypeDisplayName
        self.systemType = systemType
        self.systemTypeDisplayName = systemTypeDisplayName
        self.isCredentialManager = isCredentialManager
        self.defaultCredentialManagerAcsSystemId = defaultCredentialManagerAcsSystemId
        self.location = location
        self.imageUrl = imageUrl
        self.imageAltText = imageAltText
        self.acsUserCount = acsUserCount
        self.acsAccessGroupCount = acsAccessGroupCount
        self.errors = errors
        self.warnings = warnings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        acsSystemId = try c.decode(String.self, forKey: .acsSystemId)
        name = try c.decode(String.self, forKey: .name)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        workspaceId = try c.decode(String.self, forKey: .workspaceId)
        connectedAccountId = try c.decodeIfPresent(String.self, forKey: .connectedAccountId)
        connectedAccountIds = try c.decode([String].self, forKey: .connectedAccountIds)
        externalType = try c.decodeIfPresent(String.self, forKey: .externalType)
        externalTypeDisplayName = try c.decodeIfPresent(String.self, forKey: .externalTypeDisplayName)
        systemType = try c.decodeIfPresent(String.self, forKey: .systemType)
        systemTypeDisplayName = try c.decodeIfPresent(String.self, forKey: .systemTypeDisplayName)
        isCredentialManager = try c.decodeIfPresent(Bool.self, forKey: .isCredentialManager) ?? false
        defaultCredentialManagerAcsSystemId = try c.decodeIfPresent(
            String.self, forKey: .defaultCredentialManagerAcsSystemId)
        location = try c.decodeIfPresent(Location.self, forKey: .location)
        imageUrl = try c.decodeIfPresent(String.self, forKey: .imageUrl)
        imageAltText = try c.decodeIfPresent(String.self, forKey: .imageAltText)
        acsUserCount = try c.decodeIfPresent(Int.self, forKey: .acsUserCount)
        acsAccessGroupCount = try c.decodeIfPresent(Int.self, forKey: .acsAccessGroupCount)
        errors = try c.decode([ResourceError].self, forKey: .errors)
        warnings = try c.decode([ResourceWarning].self, forKey: .warnings)
    }

    enum CodingKeys: String, CodingKey {
        case acsSystemId = "acs_system_id", name, createdAt = "created_at", workspaceId = "workspace_id"
        case connectedAccountId = "connected_account_id", connectedAccountIds = "connected_account_ids"
        case externalType = "external_type", externalTypeDisplayName = "external_type_display_name"
        case systemType = "system_type", systemTypeDisplayName = "system_type_display_name"
        case isCredentialManager = "is_credential_manager"
        case defaultCredentialManagerAcsSystemId = "default_credential_manager_acs_system_id"
        case location, imageUrl = "image_url", imageAltText = "image_alt_text"
        case acsUserCount = "acs_user_count", acsAccessGroupCount = "acs_access_group_count"
        case errors, warnings
    }
}
