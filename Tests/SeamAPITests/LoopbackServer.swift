import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// A tiny HTTP/1.1 server on 127.0.0.1 for what the sandbox cannot do: misbehave (absurd
/// `Retry-After` headers, a body that trickles) and serve routes it does not have yet. It records
/// each request, answers with what `script` returns for that request's number (1-based), and
/// closes the connection.
final class LoopbackServer: Sendable {
    /// A request as it arrived.
    struct Request: Sendable, Equatable {
        var method: String
        /// Path and query, e.g. `/access_grants/get?access_grant_id=g1&_strict=true`.
        var target: String
        /// Header names lowercased.
        var headers: [String: String]
        var body: String

        /// Parses a complete request, or returns nil while its head or body is still incomplete.
        init?(parsing bytes: [UInt8]) {
            let separator: [UInt8] = Array("\r\n\r\n".utf8)
            guard let end = bytes.indices.dropLast(3).first(where: { Array(bytes[$0..<$0 + 4]) == separator })
            else { return nil }
            let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
            let requestLine = lines[0].split(separator: " ")
            guard requestLine.count == 3 else { return nil }
            var headers: [String: String] = [:]
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
                    .trimmingCharacters(in: .whitespaces)
            }
            let bodyStart = end + 4
            let length = headers["content-length"].flatMap(Int.init) ?? 0
            guard bytes.count >= bodyStart + length else { return nil }
            method = String(requestLine[0])
            target = String(requestLine[1])
            self.headers = headers
            body = String(decoding: bytes[bodyStart..<bodyStart + length], as: UTF8.self)
        }
    }

    /// What the server sends back.
    enum Reply: Sendable {
        /// A complete answer.
        case answer(status: Int, headers: [String: String] = [:], body: String = "")
        /// A 200 head announcing `contentLength` bytes, then one byte every `interval`.
        case trickle(contentLength: Int, interval: Duration)
    }

    let baseURL: String
    private let requests: RequestLog
    private let task: Task<Void, Never>

    /// The requests answered so far, in order.
    var received: [Request] { requests.value.withLock { $0 } }
    var requestCount: Int { received.count }

    private init(baseURL: String, requests: RequestLog, task: Task<Void, Never>) {
        self.baseURL = baseURL
        self.requests = requests
        self.task = task
    }

    /// Starts a server and runs `body` against it; the server stops when `body` returns or throws.
    static func with<T>(
        _ script: @escaping @Sendable (_ requestNumber: Int) -> Reply, _ body: (LoopbackServer) async throws -> T
    ) async throws -> T {
        let server = try await start(script)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    private func stop() async {
        task.cancel()
        await task.value
    }

    private static func start(_ script: @escaping @Sendable (Int) -> Reply) async throws -> LoopbackServer {
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: child)
                }
            }
        let port = listener.channel.localAddress?.port ?? 0
        let requests = RequestLog()
        let task = Task {
            _ = try? await listener.executeThenClose { connections in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in connections {
                        group.addTask { try? await serve(connection, requests: requests, script: script) }
                    }
                }
            }
        }
        return LoopbackServer(baseURL: "http://127.0.0.1:\(port)", requests: requests, task: task)
    }

    private static func serve(
        _ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>, requests: RequestLog,
        script: @Sendable (Int) -> Reply
    ) async throws {
        try await connection.executeThenClose { inbound, outbound in
            var bytes: [UInt8] = []
            var parsed: Request?
            for try await chunk in inbound {
                bytes += chunk.readableBytesView
                parsed = Request(parsing: bytes)
                if parsed != nil { break }
            }
            guard let request = parsed else { return }
            let number = requests.value.withLock { log in
                log.append(request)
                return log.count
            }
            switch script(number) {
            case .answer(let status, let headers, let body):
                var head = "HTTP/1.1 \(status) Scripted\r\ncontent-length: \(body.utf8.count)\r\nconnection: close\r\n"
                for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
                try await outbound.write(ByteBuffer(string: head + "\r\n" + body))
            case .trickle(let contentLength, let interval):
                try await outbound.write(ByteBuffer(
                    string: "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: \(contentLength)\r\n\r\n"))
                for _ in 0..<contentLength {
                    try await outbound.write(ByteBuffer(string: " "))
                    try await Task.sleep(for: interval)
                }
            }
        }
    }

    private final class RequestLog: Sendable {
        let value = Mutex<[Request]>([])
    }
}
