import OrderedCollections
import Testing
@testable import SluiceCore
@testable import SluiceExport

struct OptionValidationTests {
    func error(_ values: JSONObject) -> StageConfigurationError? {
        do {
            _ = try TestSupport.stage(values, dir: "/tmp")
            return nil
        } catch let e as StageConfigurationError {
            return e
        } catch {
            return StageConfigurationError(message: "unexpected \(error)")
        }
    }

    @Test func optionsOfOtherFormatsAreRejectedByName() {
        #expect(error(["path": "a.db", "format": "sqlite", "fields": ["id"]])?.option == "fields")
        #expect(error(["path": "a.jsonl", "layout": "files"])?.option == "layout")
        #expect(error(["path": "a.csv", "format": "csv", "flatten_metadata": true])?.option == "flatten_metadata")
        #expect(error(["path": "a.db", "format": "sqlite", "compression": "gzip"])?.option == "compression")
        #expect(error(["path": "a.conll", "format": "conll", "batch_documents": 3])?.option == "batch_documents")
    }

    @Test func valuesAreChecked() {
        #expect(error(["path": "a.jsonl", "fields": ["id", "txt"]])?.message.contains("did you mean \"text\"") == true)
        #expect(error(["path": "a.csv", "format": "csv", "unit": "entity", "fields": ["label", "title"]])?.option == "fields")
        #expect(error(["path": "a.jsonl", "shard": ["documents": 5]])?.option == "path")
        #expect(error(["path": "a-{shard}.jsonl", "shard": ["lines": 5]])?.option == "shard")
        #expect(error(["path": "a-{shard}.jsonl", "shard": ["bytes": 0]])?.option == "shard")
        #expect(error(["path": "a.jsonl", "format": "jsonl_units"])?.option == "unit")
        #expect(error(["path": "a.txt", "format": "text", "layout": "files"])?.option == "path")
        #expect(error(["path": "a.jsonl.gz", "compression_level": 12])?.option == "compression_level")
        #expect(error(["path": "a.conll", "format": "conll", "rejects": true])?.option == "rejects")
        #expect(error(["path": ""])?.option == "path")
    }

    @Test func validCombinationsAreAccepted() {
        #expect(error(["path": "a.jsonl"]) == nil)
        #expect(error(["path": "e-{shard}.tsv.zst", "format": "tsv", "unit": "entity", "shard": ["bytes": 1000]]) == nil)
        #expect(error(["path": "a.csv", "format": "csv", "fields": ["id", "metadata.title"], "rename": ["id": "doc"]]) == nil)
        #expect(error(["path": "a.db", "format": "sqlite", "rejects": true]) == nil)
        #expect(error(["path": "t/{id}.txt", "format": "text", "layout": "files", "unit": "sentence"]) == nil)
    }
}
