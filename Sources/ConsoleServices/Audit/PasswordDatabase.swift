#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The password database as `StaffIdentity` asks it: a name for a uid, a uid for a name.
/// A protocol so tests can describe accounts the machine does not have.
public protocol PasswordDatabase: Sendable {
    func name(ofUID uid: UInt32) -> String?
    func uid(ofName name: String) -> UInt32?
}

/// The machine's password database (`getpwuid_r`, `getpwnam_r`: NSS, so LDAP accounts too).
public struct SystemPasswordDatabase: PasswordDatabase {
    public init() {}

    public func name(ofUID uid: UInt32) -> String? {
        let account = lookUp { entry, buffer, size, result in getpwuid_r(uid_t(uid), entry, buffer, size, result) }
        return account.flatMap { $0.name.isEmpty ? nil : $0.name }
    }

    public func uid(ofName name: String) -> UInt32? {
        lookUp { entry, buffer, size, result in getpwnam_r(name, entry, buffer, size, result) }?.uid
    }

    /// Runs a reentrant look-up with a buffer large enough for any entry and copies out the
    /// name and uid while the buffer the entry points into is alive; nil when not found.
    private func lookUp(
        _ call: (UnsafeMutablePointer<passwd>, UnsafeMutablePointer<CChar>, Int, UnsafeMutablePointer<UnsafeMutablePointer<passwd>?>) -> Int32
    ) -> (name: String, uid: UInt32)? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        return buffer.withUnsafeMutableBufferPointer { storage -> (name: String, uid: UInt32)? in
            guard let base = storage.baseAddress, call(&entry, base, storage.count, &result) == 0, result != nil else { return nil }
            return (entry.pw_name.map { String(cString: $0) } ?? "", UInt32(entry.pw_uid))
        }
    }
}
