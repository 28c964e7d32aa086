#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal blocking HTTP/1.1 keep-alive client over one loopback TCP socket, so the
/// benchmark measures the server rather than a client stack.
final class HTTPConnection {
    let port: Int
    private let fd: Int32
    private var buffer: [UInt8] = []

    struct Failure: Error, CustomStringConvertible { var description: String }

    init(port: Int) throws {
        self.port = port
        #if canImport(Glibc)
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw Failure(description: "connect() failed") }
    }

    deinit { close(fd) }

    /// Sends a GET and returns the status code and the body size.
    func get(_ pathAndQuery: String, apiKey: String) throws -> (status: Int, bodyBytes: Int) {
        let (status, body) = try exchange(pathAndQuery, apiKey: apiKey, keepBody: false)
        return (status, body.count)
    }

    /// Sends a GET and returns the body.
    func getBody(_ pathAndQuery: String, apiKey: String) throws -> [UInt8] {
        try exchange(pathAndQuery, apiKey: apiKey, keepBody: true).1
    }

    private func exchange(_ pathAndQuery: String, apiKey: String, keepBody: Bool) throws -> (Int, [UInt8]) {
        let request = "GET \(pathAndQuery) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(apiKey)\r\n\r\n"
        var bytes = Array(request.utf8)
        _ = bytes.count
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + sent, $0.count - sent) }
            guard n > 0 else { throw Failure(description: "write failed") }
            sent += n
        }
        // Read the head.
        var headEnd: Int? = nil
        while headEnd == nil {
            headEnd = find([13, 10, 13, 10])
            if headEnd == nil { try fill() }
        }
        let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        let statusLine = head.split(separator: "\r\n").first ?? ""
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var length = 0
        for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
            length = Int(line.dropFirst("content-length:".count).trimmingCharacters()) ?? 0
        }
        let total = headEnd! + 4 + length
        while buffer.count < total { try fill() }
        let body = keepBody ? Array(buffer[(headEnd! + 4)..<total]) : [UInt8](repeating: 0, count: length)
        buffer.removeFirst(total)
        return (status, body)
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        for i in 0...(buffer.count - needle.count) where buffer[i] == needle[0] && Array(buffer[i..<i + needle.count]) == needle {
            return i
        }
        return nil
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        guard n > 0 else { throw Failure(description: "connection closed") }
        buffer.append(contentsOf: chunk[0..<n])
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
