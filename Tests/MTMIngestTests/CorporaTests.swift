import Testing
import MTMIngest
import MTMRecord

// Shared corpora (../shared/corpora). Expected counts were taken independently with Python (csv module, regular
// expressions over the cue blocks); the tests skip when the folder is absent.
let corporaPresent = Fixture.exists(Fixture.corpora + "/README.md")

@Test(.enabled(if: corporaPresent, "../shared/corpora is absent"))
func clothingReviewExportReadsAllRows() throws {
    let d = try drain(Fixture.corpora + "/womens_ecommerce_clothing_reviews/sample_5000.csv")
    #expect(d.records.count == 5000)
    #expect(d.rejections.isEmpty)
    #expect(d.choice("text column") == "\"Review Text\" (detected)")
    #expect(d.choice("rating column") == "\"Rating\" (detected)")
    #expect(d.choice("rating scale") == "1-5 (detected)")
    let stars = Dictionary(grouping: d.records.compactMap(\.rating), by: { $0 }).mapValues(\.count)
    #expect(stars == [5: 2772, 4: 1108, 3: 606, 2: 329, 1: 185])
    #expect(d.records.allSatisfy { $0.title != nil || true })
}

@Test(.enabled(if: corporaPresent, "../shared/corpora is absent"))
func metamuseWebVTTHas958CuesIn69Turns() throws {
    let path = Fixture.corpora + "/transcripts/metamuse_podcast/37-visual-programming.vtt"
    let d = try drain(path)
    #expect(d.records.count == 69)
    #expect(d.rejections.isEmpty)
    #expect(Set(d.records.compactMap(\.speaker)) == ["0", "1", "2"])
    #expect(d.records[0].startTime == 0.12)
    // Cue count before merging: every cue's text is in some turn.
    let reader = try LineReader(path: path)
    var arrows = 0
    while let line = reader.nextLine() { if line.contains("-->") { arrows += 1 } }
    #expect(arrows == 958)
}

@Test(.enabled(if: corporaPresent, "../shared/corpora is absent"))
func metamuseSpeakerTextHas69Turns() throws {
    let d = try drain(Fixture.corpora + "/transcripts/metamuse_podcast/37-visual-programming.speakers.txt")
    #expect(d.records.count == 69)
    #expect(Set(d.records.compactMap(\.speaker)) == ["Maggie Appleton", "Adam Wiggins", "Mark McGranaghan"])
}

@Test(.enabled(if: corporaPresent, "../shared/corpora is absent"))
func amiMeetingHas320Turns() throws {
    let d = try drain(Fixture.corpora + "/transcripts/speaker_text/ES2004a.txt")
    #expect(d.records.count == 320)
    #expect(Set(d.records.compactMap(\.speaker)) == ["User Interface", "Marketing", "Project Manager", "Industrial Designer"])
}

@Test(.enabled(if: corporaPresent, "../shared/corpora is absent"))
func formatFixturesRead() throws {
    let base = Fixture.corpora + "/transcripts/format_fixtures/"
    let teams = try drain(base + "ms_teams_voice_tags.vtt")
    #expect(teams.records.map(\.speaker) == ["Yuri Bakulin", "Adrian Petrescu"])
    let srt = try drain(base + "sample.srt")
    #expect(srt.records.count == 5)
    let notes = try drain(base + "comments.vtt")
    #expect(notes.records.count == 3)
    #expect(!notes.records.contains { $0.text.contains("translation") })
    let youtube = try drain(base + "youtube_autocaption_snippet.vtt")
    #expect(youtube.records.count >= 3)
    #expect(!youtube.records.contains { $0.text.contains("<") || $0.text.contains("::cue") })
}

@Test(.enabled(if: corporaPresent, "../shared/corpora is absent"))
func vaderGroundTruthTSVWithoutHeader() throws {
    let d = try drain(Fixture.corpora + "/vader_icwsm2014/ground_truth/tweets_GroundTruth.txt") {
        $0.format = .tsv
        $0.hasHeader = false
        $0.textColumns = ["3"]
        $0.idColumn = "1"
    }
    #expect(d.records.count == 4200)
}
