import HTTPTypes
import Hummingbird
import NIOCore

/// Seam's JSON responses: a body written by `JSONWriter` with its length, as a success or as
/// the error envelope of a `SeamError` (with the error's extra headers, such as `Retry-After`).
enum SeamResponse {
    static func json(_ value: JSONValue, status: Int, headers: [(String, String)] = []) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "application/json; charset=utf-8"
        for (name, value) in headers {
            if let name = HTTPField.Name(name) { fields[name] = value }
        }
        let bytes = JSONWriter.bytes(value)
        fields[.contentLength] = String(bytes.count)
        return Response(status: .init(code: status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func error(_ error: SeamError) -> Response {
        json(error.body, status: error.status, headers: error.headers)
    }
}
