/// A value that may be absent, explicitly null, or set; used for nullable update params.
enum Nullable<T: Sendable>: Sendable {
    case absent, null, value(T)
}

/// The merged parameter bag of one request (query string, then JSON body on top), with typed
/// readers that throw `invalid_input` naming the parameter, the way nextlove/zod does.
struct Params: Sendable {
    enum Raw: Sendable {
        case query([String])
        case json(JSONValue)
    }

    private(set) var values: [String: Raw] = [:]
    /// Path of this bag inside the request (non-empty for nested objects such as `access_schedule`).
    var path: [String] = []

    init() {}

    init(query: [(String, String)], body: JSONValue?) throws {
        for (rawKey, value) in query {
            var key = rawKey
            if key.hasSuffix("[]") { key.removeLast(2) }
            if key == "_strict" { continue }
            if case .query(let existing)? = values[key] {
                values[key] = .query(existing + [value])
            } else {
                values[key] = .query([value])
            }
        }
        if let body {
            guard case .object(let pairs) = body else {
                throw SeamError(status: 400, type: "invalid_input", message: "The JSON body must be an object, received \(body.typeName)",
                                validationErrors: .object([("_errors", .array([.string("Expected object, received \(body.typeName)")]))]))
            }
            for (key, value) in pairs where key != "_strict" { values[key] = .json(value) }
        }
    }

    /// All parameter names and canonical values except `excluded`; ties a cursor to its query.
    /// A query string and a JSON body with the same values give the same text.
    func canonical(excluding excluded: Set<String>) -> String {
        func text(_ value: JSONValue) -> String {
            switch value {
            case .null: return ""
            case .bool(let b): return b ? "true" : "false"
            case .int(let i): return String(i)
            case .double(let d): return String(d)
            case .string(let s): return s
            case .array(let items): return items.map(text).joined(separator: ",")
            case .object, .raw: return String(decoding: JSONWriter.bytes(value), as: UTF8.self)
            }
        }
        return values.keys.filter { !excluded.contains($0) }.sorted().map { key -> String in
            switch values[key]! {
            case .query(let list): return "\(key)=\(list.joined(separator: ","))"
            case .json(let value): return "\(key)=\(text(value))"
            }
        }.joined(separator: "&")
    }

    func error(_ name: String, _ message: String) -> SeamError {
        SeamError.invalidInput(path + [name], message)
    }

    func missing(_ name: String) -> SeamError {
        SeamError.invalidInput(path + [name], "\((path + [name]).joined(separator: ".")) is required")
    }

    /// True when the parameter is given with a non-null value.
    func has(_ name: String) -> Bool {
        switch values[name] {
        case nil: return false
        case .json(.null)?: return false
        case .query(let list)?: return !(list.count == 1 && list[0].isEmpty)
        default: return true
        }
    }

    // MARK: strings

    func string(_ name: String, required: Bool = false, minLength: Int = 0) throws -> String? {
        switch try nullableString(name) {
        case .absent, .null:
            if required { throw missing(name) }
            return nil
        case .value(let s):
            if s.count < minLength {
                throw error(name, "String must contain at least \(minLength) character(s)")
            }
            return s
        }
    }

    func requiredString(_ name: String, minLength: Int = 1) throws -> String {
        try string(name, required: true, minLength: minLength)!
    }

    /// Absent, explicit null (JSON `null` or an empty query value `k=`), or a string.
    func nullableString(_ name: String) throws -> Nullable<String> {
        switch values[name] {
        case nil: return .absent
        case .query(let list)?:
            guard list.count == 1 else { throw error(name, "Expected string, received array") }
            return list[0].isEmpty ? .null : .value(list[0])
        case .json(.null)?: return .null
        case .json(.string(let s))?: return .value(s)
        case .json(let other)?: throw error(name, "Expected string, received \(other.typeName)")
        }
    }

    func uuid(_ name: String, required: Bool = false) throws -> String? {
        guard let s = try string(name, required: required) else { return nil }
        guard Identifiers.isUUID(s) else { throw error(name, "Invalid uuid") }
        return s.lowercased()
    }

    func requiredUUID(_ name: String) throws -> String {
        try uuid(name, required: true)!
    }

    func enumValue(_ name: String, _ allowed: [String], required: Bool = false) throws -> String? {
        guard let s = try string(name, required: required) else { return nil }
        guard allowed.contains(s) else {
            throw error(name, "Invalid enum value. Expected \(allowed.map { "'\($0)'" }.joined(separator: " | ")), received '\(s)'")
        }
        return s
    }

    // MARK: scalars

    func bool(_ name: String) throws -> Bool? {
        switch values[name] {
        case nil, .json(.null)?: return nil
        case .json(.bool(let b))?: return b
        case .json(let other)?: throw error(name, "Expected boolean, received \(other.typeName)")
        case .query(let list)?:
            guard list.count == 1 else { throw error(name, "Expected boolean, received array") }
            switch list[0].lowercased() {
            case "": return nil
            case "true", "yes", "1": return true
            case "false", "no", "0": return false
            default: throw error(name, "Expected boolean, received string")
            }
        }
    }

    func int(_ name: String, minimum: Int64? = nil, maximum: Int64? = nil) throws -> Int64? {
        let value: Int64
        switch values[name] {
        case nil, .json(.null)?: return nil
        case .json(.int(let i))?: value = i
        case .json(.double)?: throw error(name, "Expected integer, received float")
        case .json(let other)?: throw error(name, "Expected number, received \(other.typeName)")
        case .query(let list)?:
            guard list.count == 1 else { throw error(name, "Expected number, received array") }
            if list[0].isEmpty { return nil }
            guard let i = Int64(list[0]) ?? Double(list[0]).flatMap({ $0.rounded() == $0 && abs($0) < 9e15 ? Int64($0) : nil }) else {
                throw error(name, "Expected number, received string")
            }
            value = i
        }
        if let minimum, value < minimum { throw error(name, "Number must be greater than or equal to \(minimum)") }
        if let maximum, value > maximum { throw error(name, "Number must be less than or equal to \(maximum)") }
        return value
    }

    func datetime(_ name: String, required: Bool = false) throws -> Int64? {
        guard let s = try string(name, required: required) else { return nil }
        guard let millis = Timestamp.parse(s) else { throw error(name, "Invalid datetime") }
        return millis
    }

    // MARK: arrays and objects

    func stringArray(_ name: String) throws -> [String]? {
        switch values[name] {
        case nil, .json(.null)?: return nil
        case .json(.array(let items))?:
            return try items.enumerated().map { index, item in
                guard case .string(let s) = item else {
                    throw SeamError.invalidInput(path + [name, String(index)], "Expected string, received \(item.typeName)")
                }
                return s
            }
        case .json(.string(let s))?: return [s]
        case .json(let other)?: throw error(name, "Expected array, received \(other.typeName)")
        case .query(let list)?:
            if list.count == 1 {
                if list[0].isEmpty { return [] }
                return list[0].split(separator: ",").map(String.init)
            }
            return list.filter { !$0.isEmpty }
        }
    }

    func uuidArray(_ name: String) throws -> [String]? {
        guard let list = try stringArray(name) else { return nil }
        for (index, id) in list.enumerated() where !Identifiers.isUUID(id) {
            throw SeamError.invalidInput(path + [name, String(index)], "Invalid uuid")
        }
        return list.map { $0.lowercased() }
    }

    /// A nested object: a JSON object, or dotted query keys (`access_schedule.starts_at=`).
    func object(_ name: String) throws -> Params? {
        var nested = Params()
        nested.path = path + [name]
        switch values[name] {
        case .json(.object(let pairs))?:
            for (key, value) in pairs { nested.values[key] = .json(value) }
            return nested
        case .json(.null)?: return nil
        case .json(let other)?: throw error(name, "Expected object, received \(other.typeName)")
        case .query(let list)? where list.allSatisfy(\.isEmpty): return nil
        case .query?: throw error(name, "Expected object, received string")
        case nil:
            let prefix = name + "."
            var found = false
            for (key, value) in values where key.hasPrefix(prefix) {
                nested.values[String(key.dropFirst(prefix.count))] = value
                found = true
            }
            return found ? nested : nil
        }
    }

    /// An array of objects (`requested_access_methods`), each read as a nested bag whose path
    /// names its index; a query string can carry none.
    func objectArray(_ name: String) throws -> [Params]? {
        switch values[name] {
        case nil, .json(.null)?: return nil
        case .json(.array(let items))?:
            return try items.enumerated().map { index, item in
                guard case .object(let pairs) = item else {
                    throw SeamError.invalidInput(path + [name, String(index)], "Expected object, received \(item.typeName)")
                }
                var nested = Params()
                nested.path = path + [name, String(index)]
                for (key, value) in pairs { nested.values[key] = .json(value) }
                return nested
            }
        case .json(let other)?: throw error(name, "Expected array, received \(other.typeName)")
        case .query?: throw error(name, "Expected array of objects; send them in a JSON body")
        }
    }

    /// True when the parameter was given at all, even as null.
    func isPresent(_ name: String) -> Bool { values[name] != nil }
}
