import Foundation
import GRDB

/// Cursor pagination as Seam does it: ordered by `created_at` then id, with an opaque base64
/// cursor tied to the other parameters (`mismatched_page_parameters` when they change).
struct Page {
    var limit: Int
    var after: (createdAt: Int64, id: String)?
    var fingerprint: String

    init(_ params: Params, defaultLimit: Int) throws {
        limit = Int(try params.int("limit", minimum: 0, maximum: 100_000) ?? Int64(defaultLimit))
        fingerprint = String(FNV.hash(params.canonical(excluding: ["page_cursor", "limit"])), radix: 16)
        guard let cursor = try params.string("page_cursor") else { return }
        guard let data = Data(base64Encoded: cursor), let bytes = Optional([UInt8](data)),
              case .object? = try? JSONParser.parse(bytes), let value = try? JSONParser.parse(bytes),
              case .string(let f)? = value["f"], case .int(let c)? = value["c"], case .string(let i)? = value["i"] else {
            throw params.error("page_cursor", "Invalid page cursor")
        }
        guard f == fingerprint else {
            throw SeamError.badRequest("mismatched_page_parameters", "The page_cursor was made for different parameters; keep the other parameters unchanged while paging")
        }
        after = (c, i)
    }

    /// SQL condition (with `alias.`) and arguments that skip the rows before the cursor.
    func condition(alias: String) -> (String, StatementArguments) {
        guard let after else { return ("1", []) }
        return ("(\(alias).created_at > ? OR (\(alias).created_at = ? AND \(alias).id > ?))", [after.createdAt, after.createdAt, after.id])
    }

    /// Orders and limits one page of `select` (whose WHERE clause is `filters`), rendering rows
    /// as they are stepped (no row copies).
    func fetch<Item>(_ db: Database, select: String, alias: String, filters: [String], arguments: StatementArguments,
                     render: (Row) throws -> Item) throws -> (items: [Item], next: String?) {
        guard limit > 0 else { return ([], nil) }
        let (cursorSQL, cursorArgs) = condition(alias: alias)
        let whereSQL = (filters + [cursorSQL]).joined(separator: " AND ")
        var args = arguments
        args += cursorArgs
        args += [limit + 1]
        let sql = "\(select) WHERE \(whereSQL) ORDER BY \(alias).created_at, \(alias).id LIMIT ?"
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: args)
        var items: [Item] = []
        items.reserveCapacity(min(limit, 1000))
        var lastKey: (Int64, String)? = nil
        var hasMore = false
        while let row = try rows.next() {
            if items.count == limit { hasMore = true; break }
            items.append(try render(row))
            if items.count == limit { lastKey = (row["created_at"], row["id"]) }
        }
        guard hasMore, let lastKey else { return (items, nil) }
        let cursorJSON: JSONValue = .object([("f", .string(fingerprint)), ("c", .int(lastKey.0)), ("i", .string(lastKey.1))])
        return (items, Data(JSONWriter.bytes(cursorJSON)).base64EncodedString())
    }

    static func json(next: String?, params: Params, baseURL: String, path: String) -> JSONValue {
        var url: JSONValue = .null
        if let next {
            var pairs = params.values.keys.filter { $0 != "page_cursor" }.sorted().flatMap { key -> [String] in
                switch params.values[key]! {
                case .query(let list): return list.map { "\(key)=\(QueryString.encode($0))" }
                case .json(.string(let s)): return ["\(key)=\(QueryString.encode(s))"]
                case .json(let v): return ["\(key)=\(QueryString.encode(String(decoding: JSONWriter.bytes(v), as: UTF8.self)))"]
                }
            }
            pairs.append("page_cursor=\(QueryString.encode(next))")
            url = .string("\(baseURL)\(path)?\(pairs.joined(separator: "&"))")
        }
        return .object([("has_next_page", .bool(next != nil)), ("next_page_cursor", .optionalString(next)), ("next_page_url", url)])
    }
}
