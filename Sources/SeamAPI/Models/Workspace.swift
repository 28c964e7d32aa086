/// The Seam workspace the API key belongs to (`workspace`); `isSandbox` tells staff they are training.
public struct Workspace: Codable, Sendable, Equatable, Identifiable {
    public var workspaceId: String
    public var name: String
    public var companyName: String?
    public var connectPartnerName: String?
    public var organizationId: String?
    public var isSandbox: Bool
    public var isSuspended: Bool?
    public var isPublishableKeyAuthEnabled: Bool?
    public var publishableKey: String?
    public var connectWebviewCustomization: ConnectWebviewCustomization?

    public var id: String { workspaceId }

    /// How Connect Webviews of this workspace look; only shown, never acted on.
    public struct ConnectWebviewCustomization: Codable, Sendable, Equatable {
        public var inviterLogoUrl: String?
        public var logoShape: String?
        public var primaryButtonColor: String?
        public var primaryButtonTextColor: String?
        public var successMessage: String?

        public init(inviterLogoUrl: String? = nil, logoShape: String? = nil, primaryButtonColor: String? = nil,
                    primaryButtonTextColor: String? = nil, successMessage: String? = nil) {
            self.inviterLogoUrl = inviterLogoUrl
            self.logoShape = logoShape
            self.primaryButtonColor = primaryButtonColor
            self.primaryButtonTextColor = primaryButtonTextColor
            self.successMessage = successMessage
        }

        enum CodingKeys: String, CodingKey {
            case inviterLogoUrl = "inviter_logo_url", logoShape = "logo_shape"
            case primaryButtonColor = "primary_button_color", primaryButtonTextColor = "primary_button_text_color"
            case successMessage = "success_message"
        }
    }

    public init(
        workspaceId: String, name: String, companyName: String? = nil, connectPartnerName: String? = nil,
        organizationId: String? = nil, isSandbox: Bool, isSuspended: Bool? = false,
        isPublishableKeyAuthEnabled: Bool? = nil, publishableKey: String? = nil,
        connectWebviewCustomization: ConnectWebviewCustomization? = nil
    ) {
        self.workspaceId = workspaceId
        self.name = name
        self.companyName = companyName
        self.connectPartnerName = connectPartnerName
        self.organizationId = organizationId
        self.isSandbox = isSandbox
        self.isSuspended = isSuspended
        self.isPublishableKeyAuthEnabled = isPublishableKeyAuthEnabled
        self.publishableKey = publishableKey
        self.connectWebviewCustomization = connectWebviewCustomization
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        workspaceId = try c.decode(String.self, forKey: .workspaceId)
        name = try c.decode(String.self, forKey: .name)
        companyName = try c.decodeIfPresent(String.self, forKey: .companyName)
        connectPartnerName = try c.decodeIfPresent(String.self, forKey: .connectPartnerName)
        organizationId = try c.decodeIfPresent(String.self, forKey: .organizationId)
        isSandbox = try c.decodeIfPresent(Bool.self, forKey: .isSandbox) ?? false
        isSuspended = try c.decodeIfPresent(Bool.self, forKey: .isSuspended)
        isPublishableKeyAuthEnabled = try c.decodeIfPresent(Bool.self, forKey: .isPublishableKeyAuthEnabled)
        publishableKey = try c.decodeIfPresent(String.self, forKey: .publishableKey)
        connectWebviewCustomization = try c.decodeIfPresent(
            ConnectWebviewCustomization.self, forKey: .connectWebviewCustomization)
    }

    enum CodingKeys: String, CodingKey {
        case workspaceId = "workspace_id", name, companyName = "company_name"
        case connectPartnerName = "connect_partner_name", organizationId = "organization_id"
        case isSandbox = "is_sandbox", isSuspended = "is_suspended"
        case isPublishableKeyAuthEnabled = "is_publishable_key_auth_enabled", publishableKey = "publishable_key"
        case connectWebviewCustomization = "connect_webview_customization"
    }
}
