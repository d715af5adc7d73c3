import Foundation
import Testing
@testable import SluiceDecode

struct CharsetTests {
    let decoder = TextDecoder(options: DecodeOptions(html: .never))

    @Test func byteOrderMarks() throws {
        let text = "Grüße, мир"
        let utf16le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let utf32le: [UInt8] = [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
        let utf8bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        for (bytes, name) in [(utf16le, "utf-16le"), (utf16be, "utf-16be"), (utf32le, "utf-32le"), (utf8bom, "utf-8")] {
            let r = try decoder.decode(bytes: bytes)
            #expect(r.text == text, "\(name)")
            #expect(r.charset == name)
            #expect(r.charsetSource == .bom)
        }
    }

    @Test func validUTF8FastPath() throws {
        let r = try decoder.decode(bytes: Array("naïve café".utf8), declaredCharset: "iso-8859-1")
        #expect(r.text == "naïve café")
        #expect(r.charset == "utf-8")
        #expect(r.charsetSource == .utf8)
    }

    @Test func declaredCharsetFromMetadata() throws {
        let r = try decoder.decode(bytes: [0x63, 0x61, 0x66, 0xE9], declaredCharset: "latin1")
        #expect(r.text == "café")
        #expect(r.charsetSource == .declared)
    }

    @Test func overrideWins() throws {
        let r = try TextDecoder(options: DecodeOptions(encoding: "koi8-r", html: .never)).decode(bytes: [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4])
        #expect(r.text == "Привет")
        #expect(r.charsetSource == .override)
        #expect(throws: DecodeFailure.unknownEncoding("no-such-charset")) {
            try TextDecoder(options: DecodeOptions(encoding: "no-such-charset")).decode(bytes: [0x41])
        }
    }

    @Test func detectsLegacyEncodingsOfSeedText() throws {
        let samples: [(String, [String])] = [
            ("Le président a déclaré que la réforme des retraites serait présentée à l'Assemblée en été.", ["windows-1252", "iso-8859-15"]),
            ("Předseda vlády řekl, že změny v zákoně o daních budou projednány příští týden ve sněmovně.", ["windows-1250", "iso-8859-2"]),
            ("Президент заявил, что новые правила вступят в силу в следующем году после обсуждения.", ["windows-1251", "koi8-r", "iso-8859-5"]),
            ("東京都は来週から新しい感染対策を始めると発表しました。詳しい内容はこれから決まります。", ["shift_jis", "euc-jp"]),
            ("政府表示，新的经济政策将在明年开始实施，以促进国内消费和就业。", ["gb18030"]),
            ("정부는 내년부터 새로운 경제 정책을 시행한다고 밝혔습니다. 자세한 내용은 다음 주에 발표됩니다.", ["euc-kr"]),
        ]
        for (text, encodings) in samples {
            for encoding in encodings {
                let iconvName = CharsetRegistry.lookup(encoding)!.iconvName!
                let bytes = try #require(IconvConverter.encode(text, to: iconvName), "\(encoding)")
                let r = try decoder.decode(bytes: bytes)
                #expect(r.text == text, "\(encoding): got \(r.charset)")
                #expect(r.charsetSource == .detected)
            }
        }
    }

    @Test func invalidSequencesByPolicy() throws {
        let bytes: [UInt8] = Array("ok ".utf8) + [0xC3, 0x28] + Array(" and ".utf8) + [0xE2, 0x82] + Array(" fine ünïcödé text here to stay UTF-8 ünïcödé ünïcödé ünïcödé ünïcödé ünïcödé".utf8)
        let replaced = try decoder.decode(bytes: bytes)
        #expect(replaced.invalidSequences == 2)
        #expect(replaced.text.hasPrefix("ok \u{FFFD}( and \u{FFFD} fine"))
        #expect(throws: DecodeFailure.invalidBytes(count: 2, offset: 3)) {
            try TextDecoder(options: DecodeOptions(onInvalid: .fail, html: .never)).decode(bytes: bytes)
        }
        #expect(throws: DecodeFailure.droppedInvalid(count: 2)) {
            try TextDecoder(options: DecodeOptions(onInvalid: .drop, html: .never)).decode(bytes: bytes)
        }
    }

    @Test func iso2022JP() throws {
        let bytes = try #require(IconvConverter.encode("こんにちは世界", to: "ISO-2022-JP"))
        let r = try decoder.decode(bytes: bytes)
        #expect(r.charset == "iso-2022-jp")
        #expect(r.text == "こんにちは世界")
    }
}
