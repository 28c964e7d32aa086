import Testing
@testable import ConsoleUI

@Test func ConsoleUIModuleLinks() {
    #expect(Bool(true))
}
