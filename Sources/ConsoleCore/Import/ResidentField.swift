import Foundation

/// A column of a residents file that the import understands. A property-management export
/// names its columns in its own words, so each field answers to a few common headers, matched
/// case-insensitively and ignoring spaces, `_`, `-` and `.`; `--map COLUMN=FIELD` names others.
public enum ResidentField: String, CaseIterable, Sendable, Hashable, Codable {
    case email
    case fullName = "full_name"
    case phone
    case building
    case entrances
    case starts
    case ends
    case method

    /// Fields a row cannot do without (a missing `starts` means now, `method` a mobile key).
    public var isRequired: Bool {
        switch self {
        case .email, .fullName, .building, .entrances, .ends: true
        case .phone, .starts, .method: false
        }
    }

    /// The headers (normalized) that mean this field.
    var headers: [String] {
        switch self {
        case .email: ["email", "emailaddress", "mail", "residentemail", "tenantemail"]
        case .fullName: ["fullname", "name", "residentname", "tenantname", "displayname"]
        case .phone: ["phone", "phonenumber", "mobile", "mobilephone", "cellphone", "cell"]
        case .building: ["building", "buildingname", "property", "propertyname", "acssystem", "acssystemid"]
        case .entrances: ["entrances", "entrance", "doors", "door", "acsentranceids"]
        case .starts: ["starts", "start", "startsat", "movein", "moveindate", "leasestart", "leasestartdate"]
        case .ends: ["ends", "end", "endsat", "moveout", "moveoutdate", "leaseend", "leaseenddate"]
        case .method: ["method", "accessmethod", "credentialtype", "keytype"]
        }
    }

    /// The field a header means, if any.
    public static func named(_ header: String) -> ResidentField? {
        let key = normalized(header)
        return allCases.first { $0.headers.contains(key) || $0.rawValue.replacingOccurrences(of: "_", with: "") == key }
    }

    /// Lower case without spaces, `_`, `-` and `.`: "E-mail Address" and "email_address" are one header.
    static func normalized(_ header: String) -> String {
        String(header.lowercased().filter { !" _-.\u{FEFF}".contains($0) })
    }
}
