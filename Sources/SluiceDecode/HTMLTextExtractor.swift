import CLibXML2

/// Converts HTML (already decoded to UTF-8) into text plus a block structure, with libxml2's
/// forgiving HTML parser and an iterative (stack-free) tree walk, so nesting depth is unbounded.
enum HTMLTextExtractor {
    /// Result of an extraction.
    struct Output {
        var text: String
        var title: String?
        var language: String?
        var blocks: [HTMLBlock]
    }

    /// Makes sure libxml2's global state is initialized once before threads use it.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Element names kept in a block's tag path (nearest ones).
    static let maxPathElements = 24
    /// Class/id tokens kept per block.
    static let maxClassTokens = 64
    /// Ancestors examined for class/id tokens.
    static let maxClassAncestors = 64

    /// Parses `html` and extracts text. `nbspIsSpace` treats U+00A0 as collapsible whitespace.
    static func extract(_ html: String, nbspIsSpace: Bool) throws(DecodeFailure) -> Output {
        _ = initialized
        var source = html
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        let doc: htmlDocPtr? = source.withUTF8 { p -> htmlDocPtr? in
            guard let base = p.baseAddress, p.count > 0, p.count < Int(Int32.max) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: p.count) {
                htmlReadMemory($0, Int32(p.count), nil, "UTF-8", options)
            }
        }
        guard let doc else {
            if html.utf8.isEmpty { return Output(text: "", title: nil, language: nil, blocks: []) }
            throw .htmlParseFailed
        }
        defer { xmlFreeDoc(doc) }
        var walker = Walker(nbspIsSpace: nbspIsSpace)
        if let root = xmlDocGetRootElement(doc) {
            walker.language = attribute(root, "lang") ?? attribute(root, "xml:lang")
            walker.walk(root)
        }
        walker.closeBlock()
        let title = walker.titleBytes.isEmpty ? nil : String(decoding: walker.titleBytes, as: UTF8.self)
        return Output(text: String(decoding: walker.out, as: UTF8.self), title: title,
                      language: walker.language, blocks: walker.blocks)
    }

    /// The value of attribute `name` on `node`, read from the attribute list (no allocation by libxml2).
    static func attribute(_ node: xmlNodePtr, _ name: StaticString) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, equals(n, name) {
                var value = [UInt8]()
                appendValue(a, to: &value)
                return String(decoding: value, as: UTF8.self)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// Appends the text of attribute `a` to `out`.
    static func appendValue(_ a: xmlAttrPtr, to out: inout [UInt8]) {
        var child = a.pointee.children
        while let c = child {
            if let content = c.pointee.content { out.append(contentsOf: bytes(content)) }
            child = c.pointee.next
        }
    }

    /// Whether the NUL-terminated `s` equals the ASCII literal `literal`.
    @inline(__always)
    static func equals(_ s: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let l = literal.utf8Start
        let n = literal.utf8CodeUnitCount
        for i in 0..<n where s[i] != l[i] { return false }
        return s[n] == 0
    }

    /// Bytes of a NUL-terminated libxml2 string.
    static func bytes(_ s: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: s, count: Int(xmlStrlen(s)))
    }

    /// An element name seen in the document, with what the walker needs to know about it.
    struct ElementName {
        var string: String
        var bytes: [UInt8]
        var kind: HTMLElementKind
        /// 1...6 for `h1`...`h6`, else 0.
        var heading: Int
        var isLink: Bool
    }

    /// One open element on the walker's stack.
    struct Frame {
        /// Index into ``Walker/names``.
        var name: Int
        var kind: HTMLElementKind
        /// The element's class and id text: `classBytes[classStart..<classEnd]`.
        var classStart: Int
        var classEnd: Int
        var heading: Int
        var isLink: Bool
    }

    /// The iterative tree walk and text builder.
    struct Walker {
        var out: [UInt8] = []
        var blocks: [HTMLBlock] = []
        var titleBytes: [UInt8] = []
        var language: String?
        let nbspIsSpace: Bool
        var stack: [Frame] = []
        /// Distinct element names (libxml2 interns names, so one entry per name pointer).
        var names: [ElementName] = []
        var nameIndex: [UnsafePointer<xmlChar>: Int] = [:]
        /// Class and id attribute text of the open elements, back to back.
        var classBytes: [UInt8] = []
        /// Scratch buffers for a block's tag path and class list.
        var scratch: [UInt8] = []
        var tokenRanges: [Range<Int>] = []
        var linkDepth = 0
        var preDepth = 0
        var headDepth = 0
        var blockOpen = false
        var blockStart = 0
        var blockChars = 0
        var blockLinkChars = 0
        var pendingSpace = false
        var atLineStart = true
        var openInfo: (tag: String, path: String, classes: String, heading: Int, depth: Int) = ("", "", "", 0, 0)

        init(nbspIsSpace: Bool) { self.nbspIsSpace = nbspIsSpace }

        mutating func walk(_ root: xmlNodePtr) {
            var node: xmlNodePtr? = root
            while let current = node {
                var descend = false
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    descend = enter(current)
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { text(HTMLTextExtractor.bytes(content)) }
                case XML_ENTITY_REF_NODE:
                    break
                default:
                    break
                }
                if descend, let child = current.pointee.children {
                    node = child
                    continue
                }
                if descend { leave() }
                // Move to the next sibling, climbing up (and leaving elements) as needed.
                var climb: xmlNodePtr? = current
                node = nil
                while let c = climb {
                    if c == root { break }
                    if let next = c.pointee.next { node = next; break }
                    climb = c.pointee.parent
                    if let parent = climb, parent.pointee.type == XML_ELEMENT_NODE { leave() }
                    if climb == root { break }
                }
            }
        }

        /// The index of the element name at `pointer` in ``names``, adding it on first sight.
        mutating func name(_ pointer: UnsafePointer<xmlChar>) -> Int {
            if let i = nameIndex[pointer] { return i }
            var lower = [UInt8](HTMLTextExtractor.bytes(pointer))
            for k in lower.indices where lower[k] >= 0x41 && lower[k] <= 0x5A { lower[k] |= 0x20 }
            let string = String(decoding: lower, as: UTF8.self)
            var heading = 0
            if lower.count == 2, lower[0] == 0x68, lower[1] >= 0x31, lower[1] <= 0x36 { heading = Int(lower[1] - 0x30) }
            let entry = ElementName(string: string, bytes: lower, kind: HTMLElementKind.of(string), heading: heading,
                                    isLink: lower == [0x61])
            names.append(entry)
            nameIndex[pointer] = names.count - 1
            return names.count - 1
        }

        /// Handles an element start; returns whether to walk its children.
        mutating func enter(_ element: xmlNodePtr) -> Bool {
            guard let namePtr = element.pointee.name else { return false }
            let index = name(namePtr)
            let kind = names[index].kind
            switch kind {
            case .skip:
                return false
            case .title:
                if titleBytes.isEmpty { collectTitle(element) }
                return false
            case .lineBreak:
                lineBreak()
                return false
            default:
                break
            }
            // One pass over the attributes: `hidden`, `class`, `id` (class text first, then id).
            var classAttr: xmlAttrPtr? = nil
            var idAttr: xmlAttrPtr? = nil
            var attr = element.pointee.properties
            while let a = attr {
                if let n = a.pointee.name {
                    if HTMLTextExtractor.equals(n, "hidden") { return false }
                    if classAttr == nil, HTMLTextExtractor.equals(n, "class") { classAttr = a }
                    else if idAttr == nil, HTMLTextExtractor.equals(n, "id") { idAttr = a }
                }
                attr = a.pointee.next
            }
            if kind == .block || kind == .pre { closeBlock() }
            let classStart = classBytes.count
            if let c = classAttr { HTMLTextExtractor.appendValue(c, to: &classBytes) }
            if let i = idAttr {
                let before = classBytes.count
                if before > classStart { classBytes.append(0x20) }
                HTMLTextExtractor.appendValue(i, to: &classBytes)
                // An empty id adds nothing (as an empty string joined with a space would not split).
                if classBytes.count == before + 1 && before > classStart { classBytes.removeLast() }
            }
            var heading = stack.last?.heading ?? 0
            if names[index].heading > 0 { heading = names[index].heading }
            let isLink = names[index].isLink
            stack.append(Frame(name: index, kind: kind, classStart: classStart, classEnd: classBytes.count,
                               heading: heading, isLink: isLink))
            if isLink { linkDepth += 1 }
            if kind == .pre { preDepth += 1 }
            if kind == .head { headDepth += 1 }
            return true
        }

        /// Handles an element end (the top of the stack).
        mutating func leave() {
            guard let frame = stack.popLast() else { return }
            classBytes.removeSubrange(frame.classStart...)
            if frame.isLink { linkDepth -= 1 }
            if frame.kind == .pre { preDepth -= 1 }
            if frame.kind == .head { headDepth -= 1 }
            if frame.kind == .block || frame.kind == .pre { closeBlock() }
        }

        mutating func collectTitle(_ element: xmlNodePtr) {
            var child = element.pointee.children
            var raw = [UInt8]()
            while let c = child {
                if let content = c.pointee.content { raw.append(contentsOf: HTMLTextExtractor.bytes(content)) }
                child = c.pointee.next
            }
            var space = false
            for b in raw {
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                    space = !titleBytes.isEmpty
                } else {
                    if space { titleBytes.append(0x20); space = false }
                    titleBytes.append(b)
                }
            }
        }

        mutating func lineBreak() {
            guard blockOpen else { return }
            while let last = out.last, last == 0x20 { out.removeLast() }
            out.append(0x0A)
            pendingSpace = false
            atLineStart = true
        }

        mutating func openBlock() {
            if !out.isEmpty { out.append(0x0A); out.append(0x0A) }
            blockOpen = true
            blockStart = out.count
            blockChars = 0
            blockLinkChars = 0
            atLineStart = true
            pendingSpace = false
            // Innermost block-level element.
            var index = stack.count - 1
            while index >= 0, stack[index].kind != .block, stack[index].kind != .pre { index -= 1 }
            let tag = index >= 0 ? names[stack[index].name].string : (stack.last.map { names[$0.name].string } ?? "")
            let depth = index + 1
            let pathStart = max(0, depth - maxPathElements)
            scratch.removeAll(keepingCapacity: true)
            if pathStart > 0 { scratch.append(contentsOf: [0xE2, 0x80, 0xA6, 0x3E]) }  // "…>"
            if depth > 0 {
                for k in pathStart..<depth {
                    if k > pathStart { scratch.append(0x3E) }
                    scratch.append(contentsOf: names[stack[k].name].bytes)
                }
            }
            let path = String(decoding: scratch, as: UTF8.self)
            // Class/id tokens of the element and its ancestors, farthest first, the last 64 kept.
            tokenRanges.removeAll(keepingCapacity: true)
            let lowest = max(0, depth - maxClassAncestors)
            if depth > 0 {
                for k in lowest..<depth where stack[k].classEnd > stack[k].classStart {
                    var t = stack[k].classStart
                    let end = stack[k].classEnd
                    while t < end {
                        while t < end, Self.isTokenSeparator(classBytes[t]) { t += 1 }
                        let s = t
                        while t < end, !Self.isTokenSeparator(classBytes[t]) { t += 1 }
                        if t > s { tokenRanges.append(s..<t) }
                    }
                }
            }
            scratch.removeAll(keepingCapacity: true)
            for r in tokenRanges.suffix(maxClassTokens) {
                if !scratch.isEmpty { scratch.append(0x20) }
                scratch.append(contentsOf: classBytes[r])
            }
            let classes = String(decoding: scratch, as: UTF8.self)
            let heading = index >= 0 ? stack[index].heading : 0
            openInfo = (tag, path, classes, heading, depth)
        }

        @inline(__always) static func isTokenSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }

        mutating func closeBlock() {
            guard blockOpen else { return }
            while let last = out.last, last == 0x20 || last == 0x0A { out.removeLast() }
            blockOpen = false
            pendingSpace = false
            if out.count <= blockStart {
                // Nothing visible: remove the separator added on open.
                if out.count >= 2, out.count == blockStart, blockStart >= 2 { out.removeLast(2) }
                return
            }
            let share = blockChars > 0 ? Double(blockLinkChars) / Double(blockChars) : 0
            blocks.append(HTMLBlock(start: blockStart, end: out.count, tag: openInfo.tag, tagPath: openInfo.path,
                                    classAndID: openInfo.classes, linkTextShare: share,
                                    headingLevel: openInfo.heading, depth: openInfo.depth))
        }

        /// Appends a text node's bytes with whitespace collapsed (kept inside `<pre>`).
        mutating func text(_ p: UnsafeBufferPointer<UInt8>) {
            if headDepth > 0 { return }
            let inLink = linkDepth > 0
            let pre = preDepth > 0
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                    if pre, blockOpen || b != 0x0A {
                        if !blockOpen { openBlock() }
                        if b == 0x0D { i += 1; if i < n, p[i] == 0x0A { i += 1 }; out.append(0x0A); continue }
                        out.append(b == 0x0C ? 0x0A : b)
                        atLineStart = b == 0x0A
                    } else if !atLineStart {
                        pendingSpace = true
                    }
                    i += 1
                    continue
                }
                if b < 0x20 || b == 0x7F { i += 1; continue }
                if nbspIsSpace, b == 0xC2, i + 1 < n, p[i + 1] == 0xA0 {
                    if !atLineStart { pendingSpace = true }
                    i += 2
                    continue
                }
                if !blockOpen { openBlock() }
                if pendingSpace, !atLineStart { out.append(0x20) }
                pendingSpace = false
                atLineStart = false
                out.append(b)
                if b & 0xC0 != 0x80 {
                    blockChars += 1
                    if inLink { blockLinkChars += 1 }
                }
                i += 1
            }
        }
    }
}
