import Foundation

/// The `demo` seed: two Latch buildings with realistic doors, a credential manager each, and
/// residents with mobile keys (some expired, one suspended, one Mission-Control resident).
enum DemoSeed {
    struct Building {
        var name: String
        var timeZone: String
        var streetDomain: String
        var areaCode: String
    }

    static let buildings = [
        Building(name: "Maple Court", timeZone: "America/New_York", streetDomain: "maplecourt.example.com", areaCode: "212"),
        Building(name: "Harbor Lofts", timeZone: "America/Los_Angeles", streetDomain: "harborlofts.example.com", areaCode: "415"),
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
    static let residentsPerBuilding = 24
    /// Resident indexes (per building) whose mobile key has expired.
    static let expiredResidents: [Int: Set<Int>] = [0: [5, 17], 1: [9]]
    /// (building, resident) that is suspended.
    static let suspended = (building: 0, resident: 7)

    static func build(into s: inout SeedBuilder) throws {
        var clock = s.now - 120 * SeedBuilder.day
        func tick() -> Int64 { clock += 1000; return clock }
        for (b, building) in buildings.enumerated() {
            let systemID = try s.system(name: building.name, timeZone: building.timeZone, createdAt: tick())
            let managerID = try s.system(name: "\(building.name) Mobile Access", timeZone: building.timeZone, createdAt: tick(),
                                         manager: true, compatibleWith: systemID)
            try s.setDefaultManager(building: systemID, manager: managerID)
            var common: [String] = []
            for (name, type, access) in commonDoors {
                common.append(try s.entrance(system: systemID, name: name, doorType: type, accessibility: access, createdAt: tick()))
            }
            var units: [String] = []
            for unit in unitNumbers {
                units.append(try s.entrance(system: systemID, name: "Unit \(unit)", doorType: "unit", accessibility: "private", createdAt: tick()))
            }
            for r in 0..<residentsPerBuilding {
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
                let doors = [common[0], units[r % units.count], common[3 + r % 6]]
                let keyCreated = tick()
                let keyID = try s.credential(system: systemID, user: userID, method: "mobile_key", entrances: doors,
                                             displayName: "Multi Phone Sync Credential", startsAt: startsAt, endsAt: endsAt, createdAt: keyCreated)
                try s.event("acs_credential.issued", at: keyCreated + 2000, ids: .init(acsSystemID: systemID, acsCredentialID: keyID),
                            description: "An access system credential was issued.")
                if r % 6 == 0 {
                    _ = try s.credential(system: systemID, user: userID, method: "code", entrances: [common[2]], displayName: commonDoors[2].0,
                                         startsAt: startsAt, endsAt: endsAt, createdAt: tick())
                }
                if r < 3 { try s.automation(identity: identityID, manager: managerID, createdAt: tick()) }
            }
            if b == 0 {
                _ = try s.user(system: systemID, identity: nil, fullName: "Walter Brennan", email: "walter.brennan@\(building.streetDomain)",
                               phone: "+1\(building.areaCode)5559999", createdAt: tick(), resident: true)
            }
        }
    }
}
