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
    private var chunk = [UInt8](repeating: 0, count: 65536)

    struct Failure: Error, CustomStringConvertible { var description: String }

    init(port: Int) throws {
        self.port = port
        #if canImport(Glibc)
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        buffer.reserveCapacity(256 * 1024)
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
        let (status, length, _) = try exchange(pathAndQuery, apiKey: apiKey, keepBody: false)
        return (status, length)
    }

    /// Sends a GET and returns the body.
    func getBody(_ pathAndQuery: String, apiKey: String) throws -> [UInt8] {
        try exchange(pathAndQuery, apiKey: apiKey, keepBody: true).2
    }

    private func exchange(_ pathAndQuery: String, apiKey: String, keepBody: Bool) throws -> (Int, Int, [UInt8]) {
        let request = "GET \(pathAndQuery) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(apiKey)\r\n\r\n"
        var bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + sent, $0.count - sent) }
            guard n > 0 else { throw Failure(description: "write failed") }
            sent += n
        }
        // Read the head; parse it as bytes (no String work per request, so the client leaves
        // as much of the 2 shared cores as possible to the server).
        var headEnd: Int? = nil
        var searchFrom = 0
        while headEnd == nil {
            headEnd = findHeadEnd(from: searchFrom)
            if headEnd == nil {
                searchFrom = max(0, buffer.count - 3)
                try fill()
            }
        }
        let head = headEnd!
        let status = statusCode()
        let length = contentLength(headEnd: head)
        let total = head + 4 + length
        while buffer.count < total { try fill() }
        let body = keepBody ? Array(buffer[(head + 4)..<total]) : []
        if buffer.count == total {
            buffer.removeAll(keepingCapacity: true)
        } else {
            buffer.removeFirst(total)
        }
        return (status, length, body)
    }

    /// Index of the `\r\n\r\n` that ends the head, searching from `start`.
    private func findHeadEnd(from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { b in
            guard b.count >= 4 else { return nil }
            var i = start
            while i + 3 < b.count {
                if b[i] == 13 && b[i + 1] == 10 && b[i + 2] == 13 && b[i + 3] == 10 { return i }
                i += 1
            }
            return nil
        }
    }

    /// The three digits after `HTTP/1.1 `.
    private func statusCode() -> Int {
        guard buffer.count >= 12 else { return 0 }
        var code = 0
        for i in 9..<12 {
            let digit = Int(buffer[i]) - 48
            guard (0...9).contains(digit) else { return 0 }
            code = code * 10 + digit
        }
        return code
    }

    /// The `Content-Length` value (header names compared case-insensitively), 0 if absent.
    private func contentLength(headEnd: Int) -> Int {
        let name = Array("content-length:".utf8)
        return buffer.withUnsafeBufferPointer { b in
            var lineStart = 0
            while lineStart < headEnd {
                var lineEnd = lineStart
                while lineEnd < headEnd && b[lineEnd] != 13 { lineEnd += 1 }
                if lineEnd - lineStart > name.count {
                    var matches = true
                    for k in 0..<name.count where (b[lineStart + k] | 0x20) != name[k] {
                        matches = false
                        break
                    }
                    if matches {
                        var value = 0
                        for i in (lineStart + name.count)..<lineEnd where b[i] >= 48 && b[i] <= 57 {
                            value = value * 10 + Int(b[i] - 48)
                        }
                        return value
                    }
                }
                lineStart = lineEnd + 2
            }
            return 0
        }
    }

    /// Appends what the socket has to `buffer`, through one read buffer kept for the connection.
    private func fill() throws {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        guard n > 0 else { throw Failure(description: "connection closed") }
        buffer.append(contentsOf: chunk[0..<n])
    }
}

