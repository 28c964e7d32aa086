import Synchronization

/// Rendered credential objects (JSON bytes) by credential id, valid for one store generation
/// (`Database.storeGeneration()`, bumped by every write transaction that changes a row, in
/// this process or another one sharing the data directory). The hot list and get routes then
/// only look up ids; any write makes every entry stale at once.
final class CredentialCache: Sendable {
    private struct State {
        var generation: Int64 = .min
        var objects: [String: [UInt8]] = [:]
    }

    /// Entries kept at most (~1 KB each); the cache starts over when full.
    static let capacity = 20_000

    private let state = Mutex(State())

    /// The cached bytes for each id, or nil where missing or made for another generation.
    func lookup(_ ids: [String], generation: Int64) -> [[UInt8]?] {
        state.withLock { s in
            guard s.generation == generation else { return Array(repeating: nil, count: ids.count) }
            return ids.map { s.objects[$0] }
        }
    }

    /// Keeps objects rendered from a snapshot of `generation`; older generations are ignored.
    func store(_ rendered: [(id: String, bytes: [UInt8])], generation: Int64) {
        guard !rendered.isEmpty else { return }
        state.withLock { s in
            if generation < s.generation { return }
            if generation > s.generation {
                s.generation = generation
                s.objects.removeAll(keepingCapacity: true)
            }
            if s.objects.count + rendered.count > Self.capacity { s.objects.removeAll(keepingCapacity: true) }
            for (id, bytes) in rendered.prefix(Self.capacity) { s.objects[id] = bytes }
        }
    }
}
