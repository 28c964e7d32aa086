import Foundation

/// A means of opening doors (`acs_credential`): a PIN code or a mobile key, with its validity window.
public struct AcsCredential: Codable, Sendable, Equatable, Identifiable {
    public var acsCredentialId: String
    public var acsSystemId: String
    public var workspaceId: String
    public var createdAt: Date
    public var displayName: String
    /// How it opens doors (`access_method`): a PIN `code` or a `mobile_key` with Latch.
    public var accessMethod: AccessMode
    public var connectedAccountId: String?
    public var acsUserId: String?
    public var userIdentityId: String?
    public var acsCredentialPoolId: String?
    public var parentAcsCredentialId: String?
    public var code: String?
    public var cardNumber: String?
    /// `starts_at` as sent: a date, or the text when it is not a timestamp (see `SeamTimestamp`).
    public var startsAtTimestamp: SeamTimestamp?
    /// `ends_at` as sent: a date, or the text when it is not a timestamp (see `SeamTimestamp`).
    public var endsAtTimestamp: SeamTimestamp?
    public var externalType: String?
    public var externalTypeDisplayName: String?
    public var isIssued: Bool?
    public var issuedAt: Date?
    public var isManaged: Bool?
    public var isMultiPhoneSyncCredential: Bool?
    public var isOneTimeUse: Bool?
    public var isLatestDesiredStateSyncedWithProvider: Bool?
    public var latestDesiredStateSyncedWithProviderAt: Date?
    public var errors: [ResourceError]
    public var warnings: [ResourceWarning]

    public var id: String { acsCredentialId }

    /// When the credential starts working; `nil` when not set or not a readable timestamp
    /// (`startsAtTimestamp` then holds the text).
    public var startsAt: Date? {
        get { startsAtTimestamp?.date }
        set { startsAtTimestamp = newValue.map(SeamTimestamp.date) }
    }

    /// When the credential stops working; `nil` when open-ended or not a readable timestamp
    /// (`endsAtTimestamp` then holds the text).
    public var endsAt: Date? {
        get { endsAtTimestamp?.date }
        set { endsAtTimestamp = newValue.map(SeamTimestamp.date) }
    }

    public init(
        acsCredentialId: String, acsSystemId: String, workspaceId: String, createdAt: Date, displayName: String,
        accessMethod: AccessMode, connectedAccountId: String? = nil, acsUserId: String? = nil,
        userIdentityId: String? = nil, acsCredentialPoolId: String? = nil, parentAcsCredentialId: String? = nil,
        code: String? = nil, cardNumber: String? = nil, startsAt: Date? = nil, endsAt: Date? = nil,
        externalType: String? = nil, externalTypeDisplayName: String? = nil, isIssued: Bool? = nil,
        issuedAt: Date? = nil, isManaged: Bool? = true, isMultiPhoneSyncCredential: Bool? = nil,
        isOneTimeUse: Bool? = nil, isLatestDesiredStateSyncedWithProvider: Bool? = nil,
        latestDesiredStateSyncedWithProviderAt: Date? = nil,
        errors: [ResourceError] = [], warnings: [ResourceWarning] = []
    ) {
        self.acsCredentialId = acsCredentialId
        self.acsSystemId = acsSystemId
        self.workspaceId = workspaceId
        self.createdAt = createdAt
        self.displayName = displayName
        self.accessMethod = accessMethod
        self.connectedAccountId = connectedAccountId
        self.acsUserId = acsUserId
        self.userIdentityId = userIdentityId
        self.acsCredentialPoolId = acsCredentialPoolId
        self.parentAcsCredentialId = parentAcsCredentialId
        self.code = code
        self.cardNumber = cardNumber
        self.startsAtTimestamp = startsAt.map(SeamTimestamp.date)
        self.endsAtTimestamp = endsAt.map(SeamTimestamp.date)
        self.externalType = externalType
        self.externalTypeDisplayName = externalTypeDisplayName
        self.isIssued = isIssued
        self.issuedAt = issuedAt
        self.isManaged = isManaged
        self.isMultiPhoneSyncCredential = isMultiPhoneSyncCredential
        self.isOneTimeUse = isOneTimeUse
        self.isLatestDesiredStateSyncedWithProvider = isLatestDesiredStateSyncedWithProvider
        self.latestDesiredStateSyncedWithProviderAt = latestDesiredStateSyncedWithProviderAt
        self.errors = errors
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case acsCredentialId = "acs_credential_id", acsSystemId = "acs_system_id", workspaceId = "workspace_id"
        case createdAt = "created_at", displayName = "display_name", accessMethod = "access_method"
        case connectedAccountId = "connected_account_id", acsUserId = "acs_user_id"
        case userIdentityId = "user_identity_id", acsCredentialPoolId = "acs_credential_pool_id"
        case parentAcsCredentialId = "parent_acs_credential_id", code, cardNumber = "card_number"
        case startsAtTimestamp = "starts_at", endsAtTimestamp = "ends_at", externalType = "external_type"
        case externalTypeDisplayName = "external_type_display_name", isIssued = "is_issued"
        case issuedAt = "issued_at", isManaged = "is_managed"
        case isMultiPhoneSyncCredential = "is_multi_phone_sync_credential", isOneTimeUse = "is_one_time_use"
        case isLatestDesiredStateSyncedWithProvider = "is_latest_desired_state_synced_with_provider"
        case latestDesiredStateSyncedWithProviderAt = "latest_desired_state_synced_with_provider_at"
        case errors, warnings
    }
}
