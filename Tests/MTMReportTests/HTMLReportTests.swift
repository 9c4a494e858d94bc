import Foundation
import Testing
@testable import MTMReport

@Suite struct HTMLReportTests {
    static let html = HTMLReport(SampleDocument.document).html

    @Test func customerTextIsEscaped() {
        #expect(!Self.html.contains("<script"))
        #expect(Self.html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; the zip broke &amp; &quot;they&quot; said &lt;b&gt;no&lt;/b&gt;"))
        #expect(Self.html.contains("Intimates &lt;lace&gt;"))
        #expect(!Self.html.contains("<b>no</b>"))
    }

    @Test func hostileTextInEveryFieldIsEscaped() {
        let evil = "<img src=x onerror=alert(1)>\u{01}"
        var doc = SampleDocument.document
        doc.title = evil
        doc.taxonomy = evil
        doc.inputs = [evil]
        doc.notes = [evil]
        doc.moments[0].label = evil
        doc.moments[0].reason = evil
        doc.moments[0].momentClass = evil
        doc.moments[0].stage = evil
        doc.moments[0].quotes[0].recordID = evil
        doc.moments[0].components[0].name = evil
        doc.quadrant[0].label = evil
        doc.stages[0].label = evil
        doc.emotions.emotions[0] = evil
        doc.emotions.rows[0].label = evil
        doc.trends[0].label = evil
        doc.segments[0].dimension = evil
        doc.segments[0].rows[0].value = evil
        doc.drivers[0].label = evil
        doc.drivers[0].method = evil
        doc.touchpoints[0].label = evil
        doc.touchpoints[0].stage = evil
        doc.touchpoints[0].topEmotion = evil
        let html = HTMLReport(doc).html
        #expect(!html.contains("<img"))
        #expect(!html.contains("\u{01}"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func isSelfContained() {
        #expect(!Self.html.contains("<script"))
        #expect(!Self.html.contains("<link"))
        #expect(!Self.html.contains("src="))
        #expect(!Self.html.contains("url("))
        #expect(!Self.html.contains("@import"))
        #expect(!Self.html.contains("href="))
        // No attribute points anywhere but the SVG namespace.
        let http = Self.html.components(separatedBy: "=\"http").count - 1
        let svgNamespace = Self.html.components(separatedBy: "=\"http://www.w3.org/2000/svg\"").count - 1
        #expect(http == svgNamespace)
    }

    @Test func hasEverySectionForAFullDocument() {
        for id in ["moments", "quadrant", "journey", "emotions", "trends", "segments", "drivers", "touchpoints"] {
            #expect(Self.html.contains("<section id=\"\(id)\">"), "missing section \(id)")
        }
        #expect(Self.html.contains("@media print"))
        #expect(Self.html.components(separatedBy: "<article class=\"card").count - 1 == 4)
    }

    @Test func leavesOutTrendsAndSegmentsWithoutData() {
        var doc = SampleDocument.document
        doc.trends = []
        doc.segments = []
        let html = HTMLReport(doc).html
        #expect(!html.contains("<section id=\"trends\">"))
        #expect(!html.contains("<section id=\"segments\">"))
        #expect(html.contains("<section id=\"journey\">"))
    }

    @Test func emptyDocumentStillRenders() {
        let html = HTMLReport(ReportDocument()).html
        #expect(html.contains("No moments"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(!html.contains("nan") && !html.contains("inf"))
    }

    @Test func noNonFiniteCoordinates() {
        var doc = SampleDocument.document
        doc.quadrant = [ReportDocument.QuadrantPoint(touchpoint: "a", label: "A", importance: 0, performance: 0, mentions: 0)]
        doc.stages = [ReportDocument.StageRow(stage: "s", label: "S", index: 0, mentions: 0, meanCompound: 0, negativeShare: 0)]
        doc.drivers = [ReportDocument.DriverRow(touchpoint: "a", label: "A", method: "m", weight: 0)]
        let html = HTMLReport(doc).html
        #expect(!html.contains("nan") && !html.contains("inf\""))
    }

    @Test func goldenReport() throws {
        try TestSupport.expectGolden(Self.html, "report.html")
    }

    @Test(.enabled(if: TestSupport.chromium != nil, "Chromium is not installed (apt-get install chromium-headless-shell)"))
    func rendersInHeadlessChromium() throws {
        let dir = try TestSupport.temporaryDirectory()
        let page = dir.appendingPathComponent("report.html")
        try Data(Self.html.utf8).write(to: page)
        let shot = dir.appendingPathComponent("shot.png")
        let result = try TestSupport.run(TestSupport.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(shot.path)",
            "--window-size=1280,2000", "file://\(page.path)",
        ], environment: ["HOME": dir.path])
        #expect(result.status == 0, "chromium: \(result.output)")
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A blank page compresses to a few kilobytes; the rendered report is far larger.
        #expect(png.count > 50_000)
        if let keep = ProcessInfo.processInfo.environment["MTM_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep))
        }
    }
}
