#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// One record cut from an input file: a byte range of a batch buffer, or a problem found while reading.
struct RecordRef: Sendable {
    /// Range of the record's bytes in the batch buffer.
    var range: Range<Int>
    /// Where it came from.
    var source: DocumentSource
    /// Index of the file in the run's file list.
    var fileIndex: Int
    /// Set when the record could not be read (too long, unreadable file, ...).
    var readError: String?
}

/// Streams files and cuts them into records, handing them to `sink` one at a time.
///
/// Memory stays bounded: lines are cut from a fixed-size window, and a record longer than
/// `maxRecordBytes` is skipped (reported as an error record) without being held in memory.
struct RecordReader {
    let maxRecordBytes: Int
    let decompression: DecompressionLimits
    private let chunkSize = 1 << 20
    /// Read buffers kept from file to file: a fresh zeroed 1–2 MiB buffer per file cost more than reading a
    /// folder of small files (4,000 `.txt` files: 1.5 s of the 1.6 s run).
    private let buffers = ReadBuffers()

    /// The reader's buffers (one reader thread uses a reader, so no locking).
    private final class ReadBuffers {
        var chunk: [UInt8] = []
        var window: [UInt8] = []
    }

    init(maxRecordBytes: Int, decompression: DecompressionLimits = .default) {
        self.maxRecordBytes = maxRecordBytes
        self.decompression = decompression
    }

    /// Reads one file. `emit` receives each record's bytes and source; `progress` receives file bytes consumed.
    /// Returns normally at the end of the file; throws only when the file cannot be read at all or breaks
    /// mid-way (records before the break have been emitted).
    func read(
        _ file: InputFile, range: Range<Int64>? = nil, shouldStop: () -> Bool,
        emit: (UnsafeBufferPointer<UInt8>, DocumentSource, String?) -> Void,
        progress: (Int64) -> Void
    ) throws(FileError) {
        let source = try openByteSource(file.path, limits: decompression)
        defer { source.close() }
        switch file.format.description.framing {
        case .wholeFile:
            try readWhole(file, source: source, emit: emit)
            progress(source.fileBytesRead)
        case .lines:
            var start: Int64 = 0
            var end = Int64.max
            var firstLine = 0
            if let range, let plain = source as? FileByteSource {
                guard let s = try plain.recordStart(atOrAfter: range.lowerBound, limit: range.upperBound) else { return }
                start = s
                end = range.upperBound
                firstLine = try plain.countNewlines(before: s)
                try plain.seek(to: s)
            }
            try readLines(file, source: source, startOffset: start, endOffset: end, firstLine: firstLine,
                          shouldStop: shouldStop, emit: emit, progress: progress)
        }
    }

    private func readWhole(
        _ file: InputFile, source: any ByteSource, emit: (UnsafeBufferPointer<UInt8>, DocumentSource, String?) -> Void
    ) throws(FileError) {
        var data: [UInt8] = []
        if buffers.chunk.count != chunkSize { buffers.chunk = [UInt8](repeating: 0, count: chunkSize) }
        var chunk = buffers.chunk
        buffers.chunk = []  // owned here while reading (no copy on write), given back below
        defer { buffers.chunk = chunk }
        var tooLong = false
        var total = 0
        while true {
            let n = try Self.read(source, into: &chunk, from: 0)
            if n == 0 { break }
            total += n
            if total > maxRecordBytes {
                tooLong = true
                data = []
                continue  // keep reading to validate compressed data, but hold nothing
            }
            data.append(contentsOf: chunk[0..<n])
        }
        let src = DocumentSource(path: file.path, record: 1, byteOffset: 0)
        if tooLong {
            emit(UnsafeBufferPointer(start: nil, count: 0), src, "document is \(total) bytes, more than max_record_bytes (\(maxRecordBytes))")
            return
        }
        data.withUnsafeBufferPointer { emit($0, src, nil) }
    }

    private func readLines(
        _ file: InputFile, source: any ByteSource, startOffset: Int64, endOffset: Int64, firstLine: Int,
        shouldStop: () -> Bool,
        emit: (UnsafeBufferPointer<UInt8>, DocumentSource, String?) -> Void,
        progress: (Int64) -> Void
    ) throws(FileError) {
        // window[0..<filled] holds unconsumed bytes; lines are cut from its start.
        var window = buffers.window.count >= chunkSize * 2 ? buffers.window : [UInt8](repeating: 0, count: chunkSize * 2)
        buffers.window = []  // owned here while reading (no copy on write), given back below
        defer { buffers.window = window.count > chunkSize * 4 ? [] : window }
        var filled = 0
        var lineNumber = firstLine
        var fileOffset: Int64 = startOffset  // offset of window[0] in the decompressed file
        var pastEnd = false                  // a record starting at or after endOffset was reached
        var skipping = false           // inside an over-long line
        var skippedLength = 0
        var skippedStart: Int64 = 0
        var atEnd = false
        var searched = 0                     // window[consumed..<searched] holds no newline (no rescans of a long line)
        while !atEnd && !pastEnd {
            if shouldStop() { return }
            if window.count - filled < chunkSize / 4 {
                Self.grow(&window, by: max(chunkSize, window.count))
            }
            let n = try Self.read(source, into: &window, from: filled)
            if n == 0 { atEnd = true } else { filled += n }
            progress(source.fileBytesRead)
            var consumed = 0
            window.withUnsafeBufferPointer { buf in
                while consumed < filled {
                    if fileOffset + Int64(consumed) >= endOffset {
                        pastEnd = true
                        break
                    }
                    let from = max(consumed, searched)
                    let found = memchr(buf.baseAddress! + from, 0x0A, filled - from)
                    let newline = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(buf.baseAddress!) }
                    if newline == nil && !atEnd {
                        searched = filled
                        break
                    }
                    let end = newline ?? filled
                    let lineStart = consumed
                    consumed = newline.map { $0 + 1 } ?? filled
                    if skipping {
                        skipping = false
                        lineNumber += 1
                        let total = skippedLength + (end - lineStart)
                        emit(UnsafeBufferPointer(start: nil, count: 0),
                             DocumentSource(path: file.path, record: lineNumber, byteOffset: skippedStart),
                             "line is \(total) bytes, more than max_record_bytes (\(maxRecordBytes))")
                        continue
                    }
                    lineNumber += 1
                    var line = UnsafeBufferPointer(rebasing: buf[lineStart..<end])
                    if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
                    if isBlank(line) { continue }
                    let src = DocumentSource(path: file.path, record: lineNumber, byteOffset: fileOffset + Int64(lineStart))
                    if line.count > maxRecordBytes {
                        emit(UnsafeBufferPointer(start: nil, count: 0), src,
                             "line is \(line.count) bytes, more than max_record_bytes (\(maxRecordBytes))")
                    } else {
                        emit(line, src, nil)
                    }
                }
            }
            // Drop consumed bytes; if an unfinished line is already too long, start skipping it.
            if consumed > 0 {
                window.withUnsafeMutableBytes { raw in
                    let base = raw.baseAddress!
                    memmove(base, base + consumed, filled - consumed)
                }
                fileOffset += Int64(consumed)
                filled -= consumed
                searched = max(0, searched - consumed)
            }
            if !skipping && filled > maxRecordBytes {
                skipping = true
                skippedStart = fileOffset
                skippedLength = filled
                fileOffset += Int64(filled)
                filled = 0
                searched = 0
            } else if skipping {
                skippedLength += filled
                fileOffset += Int64(filled)
                filled = 0
                searched = 0
            }
            if pastEnd { return }
            if atEnd && skipping {
                lineNumber += 1
                emit(UnsafeBufferPointer(start: nil, count: 0),
                     DocumentSource(path: file.path, record: lineNumber, byteOffset: skippedStart),
                     "line is \(skippedLength) bytes, more than max_record_bytes (\(maxRecordBytes))")
            }
            if window.count > chunkSize * 4 && filled < chunkSize {
                window = Array(window[0..<max(filled, chunkSize * 2)])  // shrink after a long line
                if window.count < chunkSize * 2 { window.append(contentsOf: repeatElement(0, count: chunkSize * 2 - window.count)) }
            }
        }
    }

    /// Grows `window` by `extra` zero bytes with memcpy and memset (a long line doubles the window often).
    private static func grow(_ window: inout [UInt8], by extra: Int) {
        let old = window.count
        window = [UInt8](unsafeUninitializedCapacity: old + extra) { buffer, count in
            window.withUnsafeBufferPointer { source in _ = memcpy(buffer.baseAddress!, source.baseAddress!, old) }
            memset(buffer.baseAddress! + old, 0, extra)
            count = old + extra
        }
    }

    /// Reads from `source` into `buffer[offset...]`.
    private static func read(_ source: any ByteSource, into buffer: inout [UInt8], from offset: Int) throws(FileError) -> Int {
        var result: Result<Int, FileError> = .success(0)
        buffer.withUnsafeMutableBytes { raw in
            do throws(FileError) {
                result = .success(try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[offset...])))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    private func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in line where b != 0x20 && b != 0x09 && b != 0x0D { return false }
        return true
    }
}
