/// How a credential or an Access Grant's access method opens a door: the credential's
/// `access_method` and the access method's `mode` share these values. Latch uses `code` and
/// `mobile_key`.
public enum AccessMode: OpenEnum {
    case code, card, mobileKey, cloudKey
    case unknown(String)

    public init(rawValue: String) {
        switch rawValue {
        case "code": self = .code
        case "card": self = .card
        case "mobile_key": self = .mobileKey
        case "cloud_key": self = .cloudKey
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .code: "code"
        case .card: "card"
        case .mobileKey: "mobile_key"
        case .cloudKey: "cloud_key"
        case .unknown(let value): value
        }
    }
}
