/// Writes one JSON object straight to bytes, for the hot list routes where building a
/// `JSONValue` tree per row costs more than the query.
struct JSONBuffer {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
        bytes.append(UInt8(ascii: "{"))
    }

    mutating func key(_ name: StaticString) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func string(_ name: StaticString, _ value: String) {
        key(name)
        JSONWriter.writeString(value, into: &bytes)
    }

    mutating func stringOrNull(_ name: StaticString, _ value: String?) {
        key(name)
        if let value { JSONWriter.writeString(value, into: &bytes) } else { bytes.append(contentsOf: [110, 117, 108, 108]) }
    }

    mutating func bool(_ name: StaticString, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: value ? [116, 114, 117, 101] : [102, 97, 108, 115, 101])
    }

    mutating func timestamp(_ name: StaticString, _ millis: Int64?) {
        key(name)
        guard let millis else { bytes.append(contentsOf: [110, 117, 108, 108]); return }
        bytes.append(UInt8(ascii: "\""))
        Timestamp.write(millis, into: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A value rendered elsewhere (e.g. a `JSONValue`).
    mutating func value(_ name: StaticString, _ value: JSONValue) {
        key(name)
        JSONWriter.write(value, into: &bytes)
    }

    mutating func finishBytes() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }
}
