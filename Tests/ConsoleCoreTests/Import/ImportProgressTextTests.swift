@testable import ConsoleCore
import Foundation
import Testing

/// The progress line and the summary of an import, shared by the command and the console.
struct ImportProgressTextTests {
    let start = Date(timeIntervalSince1970: 1_000_000)

    @Test func theBarShowsDoneFailedRateAndTimeLeft() {
        var tally = ImportTally(total: 100, startedAt: start)
        tally.created = 40
        tally.existing = 5
        tally.failed = 5
        let line = ImportProgressText.bar(tally, now: start.addingTimeInterval(10), width: 80)
        #expect(line == "[###################....................] 45/100 done, 5 failed, 5.0/s, ETA 0:10")
    }

    @Test func rowsAnEarlierRunFinishedCountAsDoneButNotInTheRate() {
        var tally = ImportTally(total: 10, startedAt: start)
        tally.resumed = 6
        tally.created = 2
        #expect(ImportProgressText.status(tally, now: start.addingTimeInterval(1)) == "8/10 done, 0 failed, 2.0/s, ETA 0:01")
        #expect(ImportProgressText.summary(tally, now: start.addingTimeInterval(1))
            == "8 of 10 residents hold their key: 2 created, 0 already had their key, 6 done by an earlier run, 0 failed (1.0 s).")
    }
}
