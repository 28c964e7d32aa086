import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where a key would go: the scheme, host and port of an endpoint. Two endpoints with the same
/// origin reach the same server, whatever their paths; a profile's key is only ever sent to its
/// own endpoint's origin (see `ConnectionResolver`).
struct EndpointOrigin: Equatable, Sendable {
    let scheme: String
    let host: String
    let port: Int

    /// Nil unless `endpoint` is an http or https URL with a host.
    init?(_ endpoint: String) {
        guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let rawHost = url.host, !rawHost.isEmpty else { return nil }
        var host = rawHost.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.hasSuffix(".") { host.removeLast() }
        self.scheme = scheme
        self.host = host
        self.port = url.port ?? (scheme == "https" ? 443 : 80)
    }

    /// The origin of `endpoint` after the rules any endpoint meets before a key is sent to it:
    /// an http or https URL with a host, and https unless the host is this machine (a key sent
    /// over plain http to another host would cross the network in clear text). Errors name the
    /// endpoint, where it came from, and the fix.
    static func validated(_ endpoint: String, source: String) throws(ConfigError) -> EndpointOrigin {
        guard let origin = EndpointOrigin(endpoint) else {
            throw ConfigError(.invalidEndpoint, "endpoint '\(endpoint)' (from \(source)) is not an http or https URL")
        }
        if origin.scheme == "http", !origin.isLoopback {
            throw ConfigError(
                .invalidEndpoint,
                "endpoint '\(endpoint)' (from \(source)) uses plain http, which would send the API key unencrypted; "
                    + "use https, or http only for this machine (127.0.0.1, ::1 or localhost)"
            )
        }
        return origin
    }

    /// True for `localhost`, 127.0.0.0/8 and ::1: the only hosts a key may reach over plain http,
    /// since the traffic never leaves the machine.
    var isLoopback: Bool {
        if host == "localhost" { return true }
        var ipv4 = in_addr()
        if inet_pton(AF_INET, host, &ipv4) == 1 {
            return UInt32(bigEndian: ipv4.s_addr) >> 24 == 127
        }
        var ipv6 = in6_addr()
        if inet_pton(AF_INET6, host, &ipv6) == 1 {
            return withUnsafeBytes(of: &ipv6) { bytes in bytes.dropLast().allSatisfy { $0 == 0 } && bytes.last == 1 }
        }
        return false
    }
}
