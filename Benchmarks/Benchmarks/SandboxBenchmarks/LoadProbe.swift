import Foundation

/// Drives the server from several connections at once and prints requests per second and
/// latency percentiles: the figures the README records.
enum LoadProbe {
    struct Result { var requests: Int; var seconds: Double; var p50: Double; var p99: Double }

    static func run(port: Int, apiKey: String, connections: Int, duration: Double, path: @escaping @Sendable (Int) -> String) -> Result {
        let collected = LatencyCollector()
        let group = DispatchGroup()
        let start = DispatchTime.now().uptimeNanoseconds
        let end = start + UInt64(duration * 1e9)
        for c in 0..<connections {
            group.enter()
            Thread.detachNewThread {
                var local: [Double] = []
                local.reserveCapacity(100_000)
                let connection = try! HTTPConnection(port: port)
                var i = c * 7919
                while DispatchTime.now().uptimeNanoseconds < end {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let (status, _) = try! connection.get(path(i), apiKey: apiKey)
                    precondition(status == 200, "status \(status)")
                    local.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                    i += 1
                }
                collected.add(local)
                group.leave()
            }
        }
        group.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let latencies = collected.sorted()
        func percentile(_ p: Double) -> Double { latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        return Result(requests: latencies.count, seconds: seconds, p50: percentile(0.5), p99: percentile(0.99))
    }

    static func report(_ fixture: Fixture) {
        let port = fixture.sandbox.port, key = fixture.sandbox.apiKey
        for connections in [1, 4, 8] {
            for (name, path) in [("credentials/get", credentialsGetPath), ("credentials/list by system limit 100", credentialsListPath)] {
                let r = run(port: port, apiKey: key, connections: connections, duration: 5) { path(fixture, $0) }
                print(String(format: "LOAD %@, %d connections: %.0f req/s, p50 %.2f ms, p99 %.2f ms (%d requests)",
                             name, connections, Double(r.requests) / r.seconds, r.p50, r.p99, r.requests))
            }
        }
    }
}

/// One-off GET returning the body bytes (fixture discovery only).
enum RawFetch {
    static func body(port: Int, path: String, key: String) throws -> Data {
        let connection = try HTTPConnection(port: port)
        return Data(try connection.getBody(path, apiKey: key))
    }
}

/// Latencies gathered from the load threads.
final class LatencyCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Double] = []
    func add(_ more: [Double]) { lock.lock(); values += more; lock.unlock() }
    func sorted() -> [Double] { lock.lock(); defer { lock.unlock() }; return values.sorted() }
}
