import GRDB

/// A counter in `meta` that every row-changing write transaction bumps (`SandboxStore.write`).
/// Read inside a read transaction it names the snapshot being read, across processes.
extension Database {
    func storeGeneration() throws -> Int64 {
        try Int64.fetchOne(cachedStatement(sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'")) ?? 0
    }

    func bumpStoreGeneration() throws {
        try cachedStatement(sql: """
            INSERT INTO meta (key, value) VALUES ('generation', '1')
            ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
            """).execute()
    }

    /// Credential objects for `ids`, in order: from `cache` when rendered for this snapshot's
    /// generation, otherwise read, rendered and cached. Throws `acs_credential_not_found`.
    func credentialObjects(_ ids: [String], workspaceID: String, cache: CredentialCache) throws -> [JSONValue] {
        let generation = try storeGeneration()
        let cached = cache.lookup(ids, generation: generation)
        var objects: [JSONValue] = []
        objects.reserveCapacity(ids.count)
        var rendered: [(id: String, bytes: [UInt8])] = []
        var columns: Records.CredentialColumns? = nil
        for (id, hit) in zip(ids, cached) {
            if let hit {
                objects.append(.raw(hit))
                continue
            }
            guard let row = try Row.fetchOne(cachedStatement(sql: ResourceTable.credentials.objectByID), arguments: [id]) else {
                throw ResourceTable.credentials.notFound(id)
            }
            let k = columns ?? Records.CredentialColumns(row)
            columns = k
            let bytes = Records.credentialBytes(row, workspaceID: workspaceID, columns: k)
            rendered.append((id, bytes))
            objects.append(.raw(bytes))
        }
        cache.store(rendered, generation: generation)
        return objects
    }
}
