/// What a simulated phone claims to be (`phone_metadata`); Seam fills in a Samsung Galaxy S10 on
/// Android 10 for what is left nil.
public struct SandboxPhoneMetadata: Sendable, Equatable {
    /// `android` or `ios`.
    public var operatingSystem: String?
    public var osVersion: String?
    public var deviceManufacturer: String?
    public var deviceModel: String?

    public init(operatingSystem: String? = nil, osVersion: String? = nil, deviceManufacturer: String? = nil,
                deviceModel: String? = nil) {
        self.operatingSystem = operatingSystem
        self.osVersion = osVersion
        self.deviceManufacturer = deviceManufacturer
        self.deviceModel = deviceModel
    }

    var parameterValue: ParameterValue {
        var members = RequestParameters()
        members.set("operating_system", operatingSystem)
        members.set("os_version", osVersion)
        members.set("device_manufacturer", deviceManufacturer)
        members.set("device_model", deviceModel)
        return .object(members.values)
    }
}

/// `/phones/simulate/*`: phones for sandbox workspaces, to try per-phone credentials.
public struct PhonesSimulate: Sendable {
    let transport: SeamTransport

    /// `POST /phones/simulate/create_sandbox_phone`: adds a phone owned by the user identity.
    public func createSandboxPhone(
        userIdentityId: String, phoneMetadata: SandboxPhoneMetadata? = nil, customSdkInstallationId: String? = nil
    ) async throws -> Phone {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        parameters["phone_metadata"] = phoneMetadata?.parameterValue
        parameters.set("custom_sdk_installation_id", customSdkInstallationId)
        return try await transport.value(.post, "/phones/simulate/create_sandbox_phone", parameters, key: "phone")
    }
}
