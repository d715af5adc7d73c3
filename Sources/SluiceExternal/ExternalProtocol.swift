import OrderedCollections
import SluiceCore

/// The JSON Lines protocol between `sluice` and a worker (see docs/external-stages.md).
///
/// Lines with a `"sluice"` key are control messages: `hello` (first line; the worker answers
/// `{"sluice":"ready"}`) and `end` (closes a batch). Every other line sent is a document. The worker answers a
/// batch with exactly one line per document, in order, each with the document's `id`.
enum ExternalProtocol {
    static let version = 1

    /// The first line sent to a worker.
    static func hello(stage: String, options: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        JSONWriter.write(.object(["sluice": "hello", "protocol": .int(version), "stage": .string(stage), "options": options]), into: &out)
        out.append(0x0A)
        return out
    }

    /// Checks the worker's answer to `hello`.
    static func checkReady(_ line: [UInt8]) throws(WorkerFailure) {
        guard case .object(let o)? = try? JSONParser.parse(line), o["sluice"]?.stringValue == "ready" else {
            throw WorkerFailure(message: "answered the hello line with \(preview(line)) instead of {\"sluice\":\"ready\"}")
        }
    }

    /// One batch: a line per document, then the `end` line.
    static func request(_ documents: [Document], metadata: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(documents.reduce(64) { $0 + $1.text.utf8.count + $1.id.utf8.count + 32 })
        for d in documents {
            out.append(contentsOf: #"{"id":"#.utf8)
            JSONWriter.writeString(d.id, into: &out)
            out.append(contentsOf: #","text":"#.utf8)
            JSONWriter.writeString(d.text, into: &out)
            if metadata {
                out.append(contentsOf: #","metadata":"#.utf8)
                JSONWriter.write(.object(d.metadata), into: &out)
            }
            out.append(contentsOf: "}\n".utf8)
        }
        out.append(contentsOf: #"{"sluice":"end","count":"#.utf8)
        out.append(contentsOf: String(documents.count).utf8)
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// Applies one reply line to its document. Throws ``WorkerFailure`` for a line that breaks the protocol
    /// (the whole batch is then suspect); returns `.failure` for a document the worker itself reported as failed.
    static func apply(_ line: [UInt8], to document: inout Document, stage: String) throws(WorkerFailure) -> Result<Verdict, any Error> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw WorkerFailure(message: "answered garbage: \(preview(line)) is not JSON (\(error))")
        }
        guard case .object(let reply) = value else {
            throw WorkerFailure(message: "answered garbage: \(preview(line)) is not a JSON object")
        }
        guard let id = reply["id"]?.stringValue else {
            throw WorkerFailure(message: "answered garbage: \(preview(line)) has no \"id\"")
        }
        guard id == document.id else {
            throw WorkerFailure(message: "answered out of order: expected id \"\(document.id)\", got \"\(id)\"")
        }
        if let message = reply["error"], !message.isNull {
            return .failure(WorkerReportedError(message: message.stringValue ?? message.jsonString))
        }
        if let reason = reply["drop"], !reason.isNull {
            return .success(.drop(reason: reason.stringValue ?? reason.jsonString))
        }
        if let text = reply["text"], !text.isNull {
            guard let s = text.stringValue else { throw WorkerFailure(message: "answered garbage: \"text\" of \"\(id)\" is not a string") }
            if s != document.text {
                document.text = s
                document.annotations.removeAll()  // offsets into the old text mean nothing now
                document.record(stage: stage, action: .modified, detail: "text replaced by the worker")
            }
        }
        if let metadata = reply["metadata"], !metadata.isNull {
            guard case .object(let fields) = metadata else {
                throw WorkerFailure(message: "answered garbage: \"metadata\" of \"\(id)\" is not an object")
            }
            for (k, v) in fields { document.metadata[k] = v }
        }
        return .success(.keep)
    }

    /// The start of a line, for messages.
    static func preview(_ line: [UInt8]) -> String {
        let s = String(decoding: line.prefix(80), as: UTF8.self)
        return "\"" + s + (line.count > 80 ? "…" : "") + "\""
    }
}

/// A document the worker answered with `{"id": …, "error": "…"}`.
struct WorkerReportedError: Error, Sendable, CustomStringConvertible {
    var message: String
    var description: String { "the worker reported: \(message)" }
}
