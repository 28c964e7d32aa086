import Foundation
import Hummingbird
import NIOCore

/// A request's body as Seam reads it: at most `maxBytes`, empty or JSON (`application/json` or
/// `application/*+json`), parsed by `JSONParser`; each mistake is a Seam 400 or 413.
enum JSONRequestBody {
    static let maxBytes = 1_048_576

    static let tooLarge = SeamError(status: 413, type: "payload_too_large", message: "The request body exceeds the limit of \(maxBytes) bytes")

    /// The parsed body, or nil when it is empty or only whitespace.
    static func read(_ request: Request) async throws -> JSONValue? {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
            throw tooLarge
        }
        var buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBytes)
        } catch {
            throw tooLarge
        }
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")) else {
            throw SeamError.badRequest("invalid_content_type", "Content-Type must be application/json, received \(contentType.isEmpty ? "none" : "'\(contentType.prefix(100))'")")
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw SeamError(status: 400, type: "invalid_input", message: error.message,
                            validationErrors: .object([("_errors", .array([.string(error.message)]))]))
        }
    }
}
