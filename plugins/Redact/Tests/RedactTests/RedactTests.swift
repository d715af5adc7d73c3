import Testing
import SluiceCore
@testable import Redact

/// The stage's own tests: what it masks, and the shared conformance check.
struct RedactTests {
    func redact(_ text: String, options: JSONObject = [:]) throws -> Document {
        let stage = try RedactStage.factory.make(StageConfiguration(stageName: "redact", values: options, defaultsFrom: RedactStage.factory.description))
        var document = Document(id: "t", text: text)
        _ = try (stage as! RedactStage).process(&document, context: StageContext(stageName: "redact"))
        return document
    }

    @Test func masksEmailsPhonesAndAddresses() throws {
        let d = try redact("Mail bob@corp.example.org. Call +44 20 7946 0958 or see 10.0.0.255 now.")
        #expect(d.text == "Mail ********************. Call **************** or see ********** now.")
        #expect(d.annotations.map(\.label) == ["email", "phone", "ip"])
    }

    @Test func leavesOrdinaryNumbersAlone() throws {
        let text = "Room 101 on level 3, 7-2 vote, version 1.2.3, 2025-10-14."
        #expect(try redact(text).text == text)
    }

    @Test func masksListedWordsWholeAndCaseInsensitively() throws {
        let d = try redact("Nightingale, nightingales and NIGHTINGALE.", options: ["words": ["nightingale"]])
        #expect(d.text == "***********, nightingales and ***********.")
    }

    @Test func conformsToTheStageContract() {
        let problems = StageConformance.check(RedactStage.factory, options: ["words": ["council"]])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func rejectsAMultiByteMask() {
        #expect(throws: StageConfigurationError.self) {
            try RedactStage.factory.make(StageConfiguration(stageName: "redact", values: ["mask": "█"], defaultsFrom: RedactStage.factory.description))
        }
    }
}
