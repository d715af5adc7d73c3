import Testing
@testable import SluiceDecode

struct CharsetDetectionTests {
    @Test func placeholder() { #expect(true) }
}
