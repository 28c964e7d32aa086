import Testing
@testable import ConsoleCore

@Test func ConsoleCoreModuleLinks() {
    #expect(Bool(true))
}
