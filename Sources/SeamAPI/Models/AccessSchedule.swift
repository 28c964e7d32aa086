import Foundation

/// When an ACS user may use their access (`access_schedule`); `endsAt == nil` means open-ended.
public struct AccessSchedule: Codable, Sendable, Equatable {
    public var startsAt: Date?
    public var endsAt: Date?

    public init(startsAt: Date? = nil, endsAt: Date? = nil) {
        self.startsAt = startsAt
        self.endsAt = endsAt
    }

    enum CodingKeys: String, CodingKey { case startsAt = "starts_at", endsAt = "ends_at" }
}
