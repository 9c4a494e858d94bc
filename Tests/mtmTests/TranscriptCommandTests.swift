import Foundation
import MTMRecord
import Testing

/// `mtm transcript` end to end, on the ingest fixtures.
struct TranscriptCommandTests {
    static let fixtures = MTMCommand.repositoryRoot.appendingPathComponent("Tests/MTMIngestTests/Fixtures").path + "/"

    @Test func writesACodedSegmentsTable() throws {
        let r = try MTMCommand.run(["transcript", "--no-scores", Self.fixtures + "interview.vtt"])
        #expect(r.status == 0)
        #expect(r.lines[0] == "document,turn,speaker,role,start,end,text,touchpoints,sentiment,emotions")
        #expect(r.lines[2] == "\(Self.fixtures)interview.vtt,2,Guest,participant,00:00:04.000,00:00:09.000,It was slow & the queue was long. Really long.,,,")
        #expect(r.stderr.contains("interviewer: Interviewer (asks the most questions"))
        #expect(r.stderr.contains("read 3, turns 3, rejected 0"))
    }

    @Test func scoresParticipantTurnsOnly() throws {
        let r = try MTMCommand.run(["transcript", Self.fixtures + "interview.srt"])
        #expect(r.status == 0, "\(r.stderr)")
        let interviewer = r.lines[1].split(separator: ",", omittingEmptySubsequences: false)
        let customer = r.lines[2].split(separator: ",", omittingEmptySubsequences: false)
        #expect(interviewer[3] == "interviewer")
        #expect(interviewer.suffix(3).allSatisfy { $0.isEmpty })
        #expect(customer[3] == "participant")
        #expect(customer[7].split(separator: ";").contains("payment"))
        #expect((Double(customer[8]) ?? 0) < 0)
        let all = try MTMCommand.run(["transcript", "--score-interviewers", Self.fixtures + "interview.srt"])
        #expect(!all.lines[1].hasSuffix(",,,"))
    }

    @Test func jsonlAndInterviewerOption() throws {
        let r = try MTMCommand.run(["transcript", "--format", "jsonl", "--interviewer", "Customer", Self.fixtures + "interview.srt"])
        #expect(r.status == 0)
        let first = try JSONParser.parse(r.lines[0])
        #expect(first["speaker"] == .string("Interviewer"))
        #expect(first["role"] == .string("participant"))
        #expect(first["start_time"] == .number(0.5))
        #expect(first["turn"] == .number(1))
        let second = try JSONParser.parse(r.lines[1])
        #expect(second["role"] == .string("interviewer"))
        #expect(second["sentiment"] == .null)
    }

    @Test func strictFailsWithPlaceAndNextStep() throws {
        let r = try MTMCommand.run(["transcript", "--strict", "--no-scores", "-"], stdin: "WEBVTT\n\n00:xx --> 00:01.000\nlost\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("-:3: "))
        #expect(r.stderr.contains(" — "))
        let missing = try MTMCommand.run(["transcript", "--no-scores", "/no/such/file.vtt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot open"))
        let csv = try MTMCommand.run(["transcript", "--no-scores", Self.fixtures + "reviews.csv"])
        #expect(csv.status == 1)
        #expect(csv.stdout.isEmpty)
    }
}
