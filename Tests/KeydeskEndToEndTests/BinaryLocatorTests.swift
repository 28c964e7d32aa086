import Foundation
import Testing

@Test func theBuiltBinaryIsFound() {
    #expect(FileManager.default.isExecutableFile(atPath: BinaryLocator.keydesk.path), "looked at \(BinaryLocator.keydesk.path)")
}
