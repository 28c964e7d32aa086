import Foundation

/// The JSON coders every Seam payload goes through: timestamps via `SeamDate` (0, 3 or 6
/// fractional digits in, milliseconds out), sorted keys out as the SDKs send them.
public enum SeamJSON {
    /// A decoder for Seam responses and the model types of this module.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = SeamDate.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected an ISO 8601 timestamp, found \"\(text.prefix(64))\"")
            }
            return date
        }
        return decoder
    }

    /// An encoder for request bodies and for re-encoding models.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(SeamDate.format(date))
        }
        return encoder
    }
}
