import SluiceCore

/// CSV or TSV records of chosen fields, quoted as RFC 4180 says: a field holding the delimiter, a quote,
/// CR or LF is enclosed in double quotes, with quotes doubled. Nested values (metadata, attributes) are JSON.
struct DelimitedRecordEncoder: RecordEncoder {
    let delimiter: UInt8
    let lineEnd: [UInt8]
    let rows: UnitRows
    let fileHeader: [UInt8]

    /// - Parameter tab: TSV (tab delimiter, LF line ends) instead of CSV (comma, CRLF).
    init(tab: Bool, unit: ExportUnit, fields: [String], rename: [String: String], offsets: OffsetUnit, header: Bool) {
        let d: UInt8 = tab ? 0x09 : UInt8(ascii: ",")
        delimiter = d
        lineEnd = tab ? [0x0A] : [0x0D, 0x0A]
        let parsed = fields.compactMap { UnitField(name: $0, unit: unit) }
        rows = UnitRows(unit: unit, fields: parsed, offsets: offsets)
        var h: [UInt8] = []
        if header {
            for (k, name) in fields.enumerated() where UnitField(name: name, unit: unit) != nil {
                if k > 0 { h.append(d) }
                var n = rename[name] ?? name
                n.withUTF8 { Self.writeField($0, delimiter: d, into: &h) }
            }
            h.append(contentsOf: lineEnd)
        }
        fileHeader = h
    }

    func encode(_ doc: Document, into out: inout [UInt8]) -> Int {
        var n = 0
        withTextBytes(doc) { bytes in
            rows.forEach(doc) { cells in
                for (k, cell) in cells.enumerated() {
                    if k > 0 { out.append(delimiter) }
                    write(cell, bytes, into: &out)
                }
                out.append(contentsOf: lineEnd)
                n += 1
            }
        }
        return n
    }

    private func write(_ cell: Cell, _ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        switch cell {
        case .slice(let r): Self.writeField(UnsafeBufferPointer(rebasing: bytes[r]), delimiter: delimiter, into: &out)
        case .string(var s): s.withUTF8 { Self.writeField($0, delimiter: delimiter, into: &out) }
        case .int(let i): JSONWriter.writeInt(i, into: &out)
        case .json(let v):
            var json: [UInt8] = []
            JSONWriter.write(v, into: &json)
            json.withUnsafeBufferPointer { Self.writeField($0, delimiter: delimiter, into: &out) }
        case .null: break
        }
    }

    /// Appends one field, quoted if it needs to be.
    static func writeField(_ field: UnsafeBufferPointer<UInt8>, delimiter: UInt8, into out: inout [UInt8]) {
        var needsQuotes = false
        for b in field where b == delimiter || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            out.append(contentsOf: field)
            return
        }
        out.append(0x22)
        var runStart = 0
        for i in 0..<field.count where field[i] == 0x22 {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: field[runStart...i]))
            out.append(0x22)
            runStart = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: field[runStart...]))
        out.append(0x22)
    }
}
