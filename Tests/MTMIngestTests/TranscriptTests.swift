import Testing
import MTMIngest
import MTMRecord

@Test func webVTTVoiceTagsNotesStylesSettingsAndInlineTags() throws {
    let d = try drain(Fixture.path("interview.vtt"))
    #expect(d.records.map(\.speaker) == ["Interviewer", "Guest", "Interviewer"])
    #expect(d.records[1].text == "It was slow & the queue was long. Really long.")
    #expect(d.records[1].startTime == 4)
    #expect(d.records[1].endTime == 9)
    #expect(d.records[2].startTime == 3600)
    #expect(d.records.map(\.role) == ["interviewer", "participant", "interviewer"])
    #expect(d.choice("interviewer")?.hasPrefix("Interviewer (asks the most questions") == true)
    #expect(d.records[0].line == 9)
}

@Test func interviewerOptionOverridesTheHeuristic() throws {
    let d = try drain(Fixture.path("interview.vtt")) { $0.interviewers = ["guest"] }
    #expect(d.records.map(\.role) == ["participant", "interviewer", "participant"])
}

@Test func srtWithSpeakerLabels() throws {
    let d = try drain(Fixture.path("interview.srt"))
    #expect(d.records.map(\.speaker) == ["Interviewer", "Customer"])
    #expect(d.records[1].text == "The app crashed twice at payment. Then I gave up.")
    #expect(d.records[1].startTime == 2)
    #expect(d.records[1].endTime == 6)
    #expect(d.records[0].role == "interviewer")
}

@Test(arguments: [
    ("speakers_colon.txt", ["Moderator", "Anna", "Moderator", "Anna"], [Double?](repeating: nil, count: 4)),
    ("speakers_bracket.txt", ["Moderator", "Ben"], [5, 62]),
    ("speakers_paragraph.txt", ["Moderator", "Cara", "Moderator"], [0, 75, 150]),
    ("speakers_dash.txt", ["Moderator", "Dan"], [10, 15]),
    ("speakers_otter.txt", ["Moderator", "Eve", "Moderator"], [3, 9, 72]),
])
func speakerLabelledText(file: String, speakers: [String], starts: [Double?]) throws {
    let d = try drain(Fixture.path(file))
    #expect(d.choice("format") == "speakers (detected)")
    #expect(d.records.map(\.speaker) == speakers)
    #expect(d.records.map(\.startTime) == starts)
    #expect(d.records.first?.role == "interviewer")
    #expect(d.records.dropFirst().first?.role == "participant")
}

@Test func wrappedLinesJoinTheTurn() throws {
    let d = try drain(Fixture.path("speakers_dash.txt"))
    #expect(d.records[1].text == "It came late and the box was crushed.")
    let p = try drain(Fixture.path("speakers_paragraph.txt"))
    #expect(p.records[1].text == "The bag drop was closed. We waited an hour.")
}

@Test(arguments: ["0:0:0.210", "00:00.210", "0.210", "00:00:00,210"])
func timecodeForms(code: String) throws {
    let path = Fixture.temporary("tc.vtt", Array("WEBVTT\n\n\(code) --> 1:2.5\n<v A>hi</v>\n".utf8))
    let d = try drain(path)
    #expect(d.records.first?.startTime == 0.21)
    #expect(d.records.first?.endTime == 62.5)
}

@Test func badTimingLineIsRejectedWithItsLine() throws {
    let path = Fixture.temporary("badtiming.vtt", Array("WEBVTT\n\n00:xx --> 00:01.000\nlost\n\n00:01.000 --> 00:02.000\nkept\n".utf8))
    let d = try drain(path)
    #expect(d.records.map(\.text) == ["kept"])
    #expect(d.rejections.map(\.finding.line) == [3])
}

@Test func zoomStyleWebVTTWithNameLabelsInCues() throws {
    let path = Fixture.temporary("zoom.vtt", Array("""
    WEBVTT

    1
    00:00:01.000 --> 00:00:03.000
    Jane Doe: How was the delivery?

    2
    00:00:03.000 --> 00:00:06.000
    Sam Lee: Late, and the driver was rude.

    3
    00:00:06.000 --> 00:00:08.000
    Sam Lee: Really rude.

    """.utf8))
    let d = try drain(path)
    #expect(d.records.map(\.speaker) == ["Jane Doe", "Sam Lee"])
    #expect(d.records[1].text == "Late, and the driver was rude. Really rude.")
    #expect(d.records[1].endTime == 8)
}

@Test func cueRightAfterTheHeaderLineIsRead() throws {
    let d = try drain(Fixture.temporary("tight.vtt", Array("WEBVTT\n00:00.000 --> 00:01.000\nhello\n".utf8)))
    #expect(d.records.map(\.text) == ["hello"])
}
