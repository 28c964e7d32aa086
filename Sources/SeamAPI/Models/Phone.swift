import Foundation

/// One of a resident's phones (`phone`, a device with `device_type` `ios_phone` or
/// `android_phone`). A multi-phone-sync credential gets one child credential per phone.
public struct Phone: Codable, Sendable, Equatable, Identifiable {
    public var deviceId: String
    public var workspaceId: String
    public var createdAt: Date
    public var displayName: String
    public var nickname: String?
    public var deviceType: DeviceType
    public var customMetadata: [String: JSONValue]?
    public var properties: Properties?
    public var errors: [ResourceError]
    public var warnings: [ResourceWarning]

    public var id: String { deviceId }

    /// `device_type`: `ios_phone`, `android_phone`, or a value this client does not know.
    public enum DeviceType: OpenEnum {
        case iosPhone, androidPhone
        case unknown(String)

        public init(rawValue: String) {
            switch rawValue {
            case "ios_phone": self = .iosPhone
            case "android_phone": self = .androidPhone
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .iosPhone: "ios_phone"
            case .androidPhone: "android_phone"
            case .unknown(let value): value
            }
        }
    }

    /// What credential services know of the phone (`properties`).
    public struct Properties: Codable, Sendable, Equatable {
        public var assaAbloyCredentialServiceMetadata: AssaAbloyCredentialService?
        public var saltoSpaceCredentialServiceMetadata: SaltoSpaceCredentialService?

        public init(assaAbloyCredentialServiceMetadata: AssaAbloyCredentialService? = nil,
                    saltoSpaceCredentialServiceMetadata: SaltoSpaceCredentialService? = nil) {
            self.assaAbloyCredentialServiceMetadata = assaAbloyCredentialServiceMetadata
            self.saltoSpaceCredentialServiceMetadata = saltoSpaceCredentialServiceMetadata
        }

        /// `assa_abloy_credential_service_metadata`: whether the phone has an active endpoint.
        public struct AssaAbloyCredentialService: Codable, Sendable, Equatable {
            public var hasActiveEndpoint: Bool?
            public init(hasActiveEndpoint: Bool? = nil) { self.hasActiveEndpoint = hasActiveEndpoint }
            enum CodingKeys: String, CodingKey { case hasActiveEndpoint = "has_active_endpoint" }
        }

        /// `salto_space_credential_service_metadata`: whether the phone is active with Salto Space.
        public struct SaltoSpaceCredentialService: Codable, Sendable, Equatable {
            public var hasActivePhone: Bool?
            public init(hasActivePhone: Bool? = nil) { self.hasActivePhone = hasActivePhone }
            enum CodingKeys: String, CodingKey { case hasActivePhone = "has_active_phone" }
        }

        enum CodingKeys: String, CodingKey {
            case assaAbloyCredentialServiceMetadata = "assa_abloy_credential_service_metadata"
            case saltoSpaceCredentialServiceMetadata = "salto_space_credential_service_metadata"
        }
    }

    public init(
        deviceId: String, workspaceId: String, createdAt: Date, displayName: String, nickname: String? = nil,
        deviceType: DeviceType, customMetadata: [String: JSONValue]? = nil, properties: Properties? = nil,
        errors: [ResourceError] = [], warnings: [ResourceWarning] = []
    ) {
        self.deviceId = deviceId
        self.workspaceId = workspaceId
        self.createdAt = createdAt
        self.displayName = displayName
        self.nickname = nickname
        self.deviceType = deviceType
        self.customMetadata = customMetadata
        self.properties = properties
        self.errors = errors
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case deviceId = "device_id", workspaceId = "workspace_id", createdAt = "created_at"
        case displayName = "display_name", nickname, deviceType = "device_type", customMetadata = "custom_metadata"
        case properties, errors, warnings
    }
}
