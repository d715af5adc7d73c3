import SluiceCore

/// Record-per-unit JSON Lines (`jsonl_units`): one object per sentence or per entity, with the document id.
struct UnitRecordEncoder: RecordEncoder {
    let rows: UnitRows
    /// Output names of the fields, already JSON-encoded with their colon (`"start":`).
    let keys: [[UInt8]]

    init(unit: ExportUnit, fields: [String], rename: [String: String], offsets: OffsetUnit) {
        rows = UnitRows(unit: unit, fields: fields.compactMap { UnitField(name: $0, unit: unit) }, offsets: offsets)
        keys = fields.filter { UnitField(name: $0, unit: unit) != nil }.map { name in
            var k: [UInt8] = []
            JSONWriter.writeString(rename[name] ?? name, into: &k)
            k.append(UInt8(ascii: ":"))
            return k
        }
    }

    func encode(_ doc: Document, into out: inout [UInt8]) -> Int {
        var n = 0
        withTextBytes(doc) { bytes in
            rows.forEach(doc) { cells in
                for (k, cell) in cells.enumerated() {
                    out.append(k == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
                    out.append(contentsOf: keys[k])
                    Self.write(cell, bytes, into: &out)
                }
                if cells.isEmpty { out.append(UInt8(ascii: "{")) }
                out.append(UInt8(ascii: "}"))
                out.append(0x0A)
                n += 1
            }
        }
        return n
    }

    static func write(_ cell: Cell, _ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        switch cell {
        case .slice(let r): writeJSONString(bytes, r, into: &out)
        case .string(let s): JSONWriter.writeString(s, into: &out)
        case .int(let i): JSONWriter.writeInt(i, into: &out)
        case .json(let v): JSONWriter.write(v, into: &out)
        case .null: JSONWriter.appendASCII("null", into: &out)
        }
    }
}
