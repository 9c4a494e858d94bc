import MTMHTML
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct HTMLDocumentTests {
    @Test func textKeepsLineBreaksFromBrAndBlocks() throws {
        let doc = try HTMLDocument(html: "<div id=r>Slow check-in this week.<br>Not again.<p>Second   para\n graph</p>tail</div>")
        let node = try #require(try doc.select("//div[@id='r']").first)
        #expect(node.text() == "Slow check-in this week.\nNot again.\nSecond para graph\ntail")
    }

    @Test func textDropsScriptsStylesAndHiddenElements() throws {
        let doc = try HTMLDocument(html: """
            <div id=r>Visible<script>var x = 1;</script><style>.a{}</style><span hidden>gone</span>\
            <span style="display: none">gone</span><span aria-hidden="true">gone</span> words</div>
            """)
        let node = try #require(try doc.select("//div[@id='r']").first)
        #expect(node.text() == "Visible words")
    }

    @Test func hiddenRootStillGivesItsText() throws {
        let doc = try HTMLDocument(html: "<div style='display:none' id=r><p>Inside a hidden list</p></div>")
        #expect(try doc.select("//div[@id='r']").first?.text() == "Inside a hidden list")
    }

    @Test func entitiesAreDecoded() throws {
        let doc = try HTMLDocument(html: "<p>Fish &amp; chips &eacute;t&eacute; &#x1F600; &nbsp;ok&hellip;</p>")
        #expect(try doc.select("//p").first?.text() == "Fish & chips été 😀 ok…")
    }

    @Test func blankLinesAreCappedAtOne() throws {
        let doc = try HTMLDocument(html: "<p>a<br><br><br><br>b</p>")
        #expect(try doc.select("//p").first?.text() == "a\n\nb")
    }

    @Test func nodeAccessGivesNamesAttributesAndChildren() throws {
        let doc = try HTMLDocument(html: "<ul class='x y' data-n=3><li>one</li><!-- c --><li>two</li></ul>")
        let list = try #require(try doc.select("//ul").first)
        #expect(list.name == "ul")
        #expect(list.attribute("class") == "x y")
        #expect(list.attribute("missing") == nil)
        #expect(list.attributes.map(\.name) == ["class", "data-n"])
        #expect(list.elementChildren.map { $0.text() } == ["one", "two"])
        #expect(list.children.count == 3)
        #expect(list.elementChildren[0].parent?.isSame(as: list) == true)
        #expect(list.elementChildren[1].isInside(list))
        #expect(!list.isInside(list.elementChildren[1]))
    }

    @Test func xpathGivesNodesStringsNumbersAndBooleans() throws {
        let doc = try HTMLDocument(html: "<div aria-label='Rated 4 stars'><i>a</i><i>b</i></div>")
        #expect(try doc.select("//i").count == 2)
        #expect(try doc.evaluate("count(//i)").firstText == "2")
        #expect(try doc.evaluate("string(//div/@aria-label)").firstText == "Rated 4 stars")
        #expect(try doc.select("//div/@aria-label").first?.text() == "Rated 4 stars")
        if case let .boolean(b) = try doc.evaluate("boolean(//table)") { #expect(!b) } else { Issue.record("not a boolean") }
        let div = try #require(try doc.select("//div").first)
        #expect(try doc.select("./i[2]", in: div).first?.text() == "b")
    }

    @Test func invalidXPathThrowsATypedError() throws {
        let doc = try HTMLDocument(html: "<p>x</p>")
        #expect(throws: HTMLError.self) { try doc.select("//p[") }
        #expect(throws: HTMLError.self) { try HTMLDocument.checkXPath("//*[@a='") }
        try HTMLDocument.checkXPath("//div[@class='ok']/@href")
    }

    @Test func scriptContentIsReadRaw() throws {
        let doc = try HTMLDocument(html: #"<script type="application/ld+json">{"a": "<b>x</b> &amp;"}</script>"#)
        #expect(try doc.select("//script").first?.rawContent == #"{"a": "<b>x</b> &amp;"}"#)
        #expect(try doc.scriptContents(ofType: "LD+JSON") == [#"{"a": "<b>x</b> &amp;"}"#])
        #expect(try doc.scriptContents(ofType: "text/javascript").isEmpty)
    }

    @Test func emptyInputThrows() {
        #expect(throws: HTMLError.emptyInput(source: "e.html")) { try HTMLDocument(bytes: [], source: "e.html") }
    }

    @Test(arguments: ["<div><p>unclosed <b>bold <i>and</div></p>", "<<<>>>&&&;;", "</html></body>text",
                      "<table><tr><td>cell<tr>row</table></td>"])
    func malformedMarkupParses(_ html: String) throws {
        let doc = try HTMLDocument(html: html)
        #expect(doc.root != nil)
        _ = doc.root?.text()
    }

    @Test func nulBytesDoNotCrash() throws {
        let doc = try HTMLDocument(html: "<p>before</p>\u{0}\u{1}<p>after</p>")
        let text = doc.root?.text() ?? ""
        #expect(text.hasPrefix("before"))
    }

    @Test func randomBytesNeverCrash() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...400, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            if let doc = try? HTMLDocument(bytes: bytes, source: "random") { _ = doc.root?.text() }
        }
    }
}

@Suite struct HTMLCharsetTests {
    /// "Crème" in ISO-8859-1 (0xE8 for è).
    static let latin1Body: [UInt8] = Array("<p>Cr".utf8) + [0xE8] + Array("me</p>".utf8)

    @Test func metaCharsetIsHonoured() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body>".utf8) + Self.latin1Body
        let doc = try HTMLDocument(bytes: bytes, source: "latin1.html")
        #expect(try doc.select("//p").first?.text() == "Crème")
    }

    @Test func httpEquivCharsetIsHonoured() throws {
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>".utf8)
            + Self.latin1Body
        let doc = try HTMLDocument(bytes: bytes, source: "cp1252.html")
        #expect(try doc.select("//p").first?.text() == "Crème")
    }

    @Test func headerCharsetIsHonoured() throws {
        let doc = try HTMLDocument(bytes: Self.latin1Body, source: "http://x/", charset: "ISO-8859-1")
        #expect(try doc.select("//p").first?.text() == "Crème")
    }

    @Test func unknownCharsetIsAWarningNotAFailure() throws {
        let doc = try HTMLDocument(bytes: Array("<p>plain</p>".utf8), source: "x", charset: "x-no-such-charset")
        #expect(doc.warnings.count == 1)
        #expect(try doc.select("//p").first?.text() == "plain")
    }

    @Test func wrongDeclaredCharsetDoesNotCrash() throws {
        let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body>".utf8) + Self.latin1Body
        let doc = try HTMLDocument(bytes: bytes, source: "lying.html")
        let text = try #require(try doc.select("//p").first?.text())
        #expect(text.hasPrefix("Cr") && text.hasSuffix("me"))
    }
}

@Suite struct HTMLRobustnessTests {
    @Test func hundredThousandNestedElementsGiveAWarning() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        let doc = try HTMLDocument(html: html, source: "deep.html")
        #expect(!doc.warnings.isEmpty)
        _ = doc.root?.text()
        _ = try doc.select("//div").count
    }

    @Test func fiftyMegabytePageParses() throws {
        let paragraph = Array("<p>Twelve words of review text repeated to fill fifty megabytes of page.</p>\n".utf8)
        var bytes = Array("<html><body>".utf8)
        bytes.reserveCapacity(50 << 20 + 100)
        while bytes.count < 50 << 20 { bytes += paragraph }
        bytes += Array("</body></html>".utf8)
        let doc = try HTMLDocument(bytes: bytes, source: "big.html")
        #expect(try doc.evaluate("count(//p)").firstText == String((50 << 20) / paragraph.count + 1))
    }

    /// Resident set size in pages, from /proc/self/statm.
    static func residentPages() -> Int {
        guard let file = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(file) }
        var size = 0, resident = 0
        withUnsafeMutablePointer(to: &size) { s in
            withUnsafeMutablePointer(to: &resident) { r in _ = withVaList([s, r]) { vfscanf(file, "%ld %ld", $0) } }
        }
        return resident
    }

    /// Parses 1,000 pages and returns how many bytes the resident set grew.
    static func residentGrowthOverAThousandParses() throws -> Int {
        let page = "<html><body>" + String(repeating: "<div class=r><p>Some review text &amp; more<br>line</p></div>",
                                           count: 500) + "</body></html>"
        let bytes = Array(page.utf8)
        func parseOnce() throws {
            let doc = try HTMLDocument(bytes: bytes, source: "loop.html")
            let nodes = try doc.select("//div[@class='r']")
            _ = nodes.first?.text()
        }
        for _ in 0..<50 { try parseOnce() }  // warm up allocator pools
        let before = residentPages()
        for _ in 0..<1_000 { try parseOnce() }
        return (residentPages() - before) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static let probeVariable = "MTM_HTML_MEMORY_PROBE"

    /// Other tests run in parallel in this process and move its RSS, so the loop runs in a second copy of the test
    /// binary that runs only this test and writes the growth to the file named by `MTM_HTML_MEMORY_PROBE`.
    @Test(.enabled(if: residentPages() > 0, "/proc/self/statm is not available"))
    func parsingAThousandPagesKeepsMemoryFlat() throws {
        if let path = getenv(Self.probeVariable) {
            let growth = try Self.residentGrowthOverAThousandParses()
            let file = try #require(fopen(path, "w"))
            fputs(String(growth), file)
            fclose(file)
            return
        }
        let path = "/tmp/mtm-html-memory-\(getpid())"
        defer { unlink(path) }
        let arguments = [CommandLine.arguments[0], "--testing-library", "swift-testing",
                         "--filter", "parsingAThousandPagesKeepsMemoryFlat"]
        var environment = ["\(Self.probeVariable)=\(path)"]
        var entry = environ
        while let variable = entry.pointee { environment.append(String(cString: variable)); entry += 1 }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        #expect(posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let file = try #require(fopen(path, "r"), "the probe process wrote no result")
        defer { fclose(file) }
        var growth = 0
        _ = withUnsafeMutablePointer(to: &growth) { g in withVaList([g]) { vfscanf(file, "%ld", $0) } }
        // Each document holds some 400 kB of tree; a leak would grow by hundreds of megabytes in 1,000 parses.
        #expect(growth < 64 << 20, "RSS grew by \(growth) bytes over 1,000 parses")
    }
}
