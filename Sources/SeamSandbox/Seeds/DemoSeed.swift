import Foundation

/// The `demo` seed: Maple Court, set up the way the 2024 Latch guide did (a credential manager
/// and enrollment automations); Harbor Lofts, set up the current way (no credential manager);
/// and Birch House, a small building whose Latch login is disconnected. Residents hold
/// multi-phone-sync keys with a copy on each of their phones (most have one or two), some keys
/// have expired, one resident is suspended, one is a Mission Control resident, and the problems
/// a front desk meets are there (`DemoProblems`).
enum DemoSeed {
    struct Building {
        var name: String
        var timeZone: String
        var streetDomain: String
        var areaCode: String
        var hasCredentialManager: Bool
        var residents: Int
    }

    static let buildings = [
        Building(name: "Maple Court", timeZone: "America/New_York", streetDomain: "maplecourt.example.com", areaCode: "212",
                 hasCredentialManager: true, residents: 24),
        Building(name: "Harbor Lofts", timeZone: "America/Los_Angeles", streetDomain: "harborlofts.example.com", areaCode: "415",
                 hasCredentialManager: false, residents: 24),
        Building(name: "Birch House", timeZone: "America/Chicago", streetDomain: "birchhouse.example.com", areaCode: "312",
                 hasCredentialManager: false, residents: 4),
    ]

    /// Common doors: name, Latch door type, accessibility type.
    static let commonDoors: [(String, String, String)] = [
        ("Main Entrance", "building_entrance", "common_area"),
        ("Lobby Side Door", "building_entrance", "common_area"),
        ("Garage Gate", "garage", "common_area"),
        ("Package Room", "amenity", "common_area"),
        ("Mail Room", "amenity", "common_area"),
        ("Fitness Center", "amenity", "amenity"),
        ("Rooftop Deck", "amenity", "amenity"),
        ("Bike Storage", "amenity", "amenity"),
        ("Laundry Room", "amenity", "amenity"),
    ]
    static let unitNumbers = ["101", "102", "201", "202", "301", "302"]

    static let firstNames = ["Ava", "Liam", "Maya", "Noah", "Zoe", "Ethan", "Priya", "Lucas", "Sofia", "Omar", "Chloe", "Mateo",
                             "Hana", "Diego", "Leila", "Jonas", "Amara", "Felix", "Nora", "Kenji", "Isla", "Ravi", "Elena", "Theo"]
    static let lastNames = ["Nguyen", "Garcia", "Okafor", "Schmidt", "Rossi", "Kowalski", "Haddad", "Tanaka", "Silva", "Murphy",
                            "Patel", "Johansson", "Dubois", "Cohen", "Moreau", "Kim", "Fischer", "Lopez", "Ahmed", "Novak",
                            "Brennan", "Costa", "Ivanova", "Walsh"]
    /// Resident indexes (per building) whose mobile key has expired.
    static let expiredResidents: [Int: Set<Int>] = [0: [5, 17], 1: [9]]
    /// (building, resident) that is suspended.
    static let suspended = (building: 0, resident: 7)
    /// Phone models residents carry: (iOS?, model).
    static let phoneModels: [(Bool, String)] = [(true, "iPhone 15"), (false, "Pixel 8"), (true, "iPhone 13 mini"), (false, "Pixel 7a")]

    /// How many phones resident `r` has: most one, every third two, every fourth none yet.
    static func phoneCount(resident r: Int) -> Int { r % 4 == 3 ? 0 : (r % 3 == 0 ? 2 : 1) }

    static func build(into s: inout SeedBuilder) throws {
        var clock = s.now - 120 * SeedBuilder.day
        func tick() -> Int64 { clock += 1000; return clock }
        var problems = DemoProblems()
        for (b, building) in buildings.enumerated() {
            let systemID = try s.system(name: building.name, timeZone: building.timeZone, createdAt: tick(),
                                        accountEmail: "frontdesk@\(building.streetDomain)")
            var managerID: String? = nil
            if building.hasCredentialManager {
                let manager = try s.system(name: "\(building.name) Mobile Access", timeZone: building.timeZone, createdAt: tick(),
                                           manager: true, compatibleWith: systemID)
                try s.setDefaultManager(building: systemID, manager: manager)
                managerID = manager
            }
            let doors = building.residents < 10 ? Array(commonDoors.prefix(4)) : commonDoors
            var common: [String] = []
            for (name, type, access) in doors {
                common.append(try s.entrance(system: systemID, name: name, doorType: type, accessibility: access, createdAt: tick()))
            }
            var units: [String] = []
            for unit in unitNumbers.prefix(building.residents < 10 ? 2 : unitNumbers.count) {
                units.append(try s.entrance(system: systemID, name: "Unit \(unit)", doorType: "unit", accessibility: "private", createdAt: tick()))
            }
            var keys: [String] = []
            for r in 0..<building.residents {
                let first = firstNames[(r + b * 7) % firstNames.count]
                let last = lastNames[(r * 5 + b * 3) % lastNames.count]
                let fullName = "\(first) \(last)"
                let email = "\(first.lowercased()).\(last.lowercased())@\(building.streetDomain)"
                let phone = "+1\(building.areaCode)555\(String(format: "%04d", 100 + r))"
                let created = tick()
                let identityID = try s.identity(fullName: fullName, email: email, phone: phone, createdAt: created)
                let isSuspended = b == suspended.building && r == suspended.resident
                let userID = try s.user(system: systemID, identity: identityID, fullName: fullName, email: email, phone: phone,
                                        createdAt: tick(), suspended: isSuspended)
                try s.event("acs_user.created", at: clock, ids: .init(acsSystemID: systemID, acsUserID: userID, userIdentityID: identityID),
                            description: "An access system user was created.")
                let expired = expiredResidents[b]?.contains(r) ?? false
                let startsAt = s.now - (expired ? 400 : 60) * SeedBuilder.day
                let endsAt = expired ? s.now - 3 * SeedBuilder.day : s.now + 365 * SeedBuilder.day
                let keyDoors = [common[0], units[r % units.count], common[(3 + r % 6) % common.count]]
                let keyCreated = tick()
                let keyID = try s.credential(system: systemID, user: userID, method: "mobile_key", entrances: Array(Set(keyDoors)).sorted(),
                                             displayName: "Multi Phone Sync Credential", startsAt: startsAt, endsAt: endsAt, createdAt: keyCreated)
                keys.append(keyID)
                try s.event("acs_credential.issued", at: keyCreated + 2000, ids: .init(acsSystemID: systemID, acsCredentialID: keyID),
                            description: "An access system credential was issued.")
                for p in 0..<phoneCount(resident: r) {
                    let model = phoneModels[(r + p + b) % phoneModels.count]
                    let phoneID = try s.phone(identity: identityID, ios: model.0, model: model.1, createdAt: keyCreated + 500 + Int64(p))
                    try s.phoneCopy(parent: keyID, phone: phoneID, createdAt: keyCreated + 1000 + Int64(p))
                }
                if r % 6 == 0 {
                    _ = try s.credential(system: systemID, user: userID, method: "code", entrances: [common[2]], displayName: doors[2].0,
                                         startsAt: startsAt, endsAt: endsAt, createdAt: tick())
                }
                if r < 3, let managerID { try s.automation(identity: identityID, manager: managerID, createdAt: tick()) }
            }
            if b == 0 {
                _ = try s.user(system: systemID, identity: nil, fullName: "Walter Brennan", email: "walter.brennan@\(building.streetDomain)",
                               phone: "+1\(building.areaCode)5559999", createdAt: tick(), resident: true)
            }
            if building.name == "Birch House" {
                try problems.add(to: &s, system: systemID, entrances: common, keys: keys, at: tick())
            }
        }
    }
}
