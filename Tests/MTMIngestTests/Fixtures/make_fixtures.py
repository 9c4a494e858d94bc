#!/usr/bin/env python3
"""Writes the byte-exact MTMIngestTests fixtures (encodings, line endings, broken files) and the property-test CSV
written by Python's csv module with seeded random fields. Run from this folder: python3 make_fixtures.py"""
import csv, json, random

def w(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

# RFC 4180: BOM, CRLF, quoted newline, doubled quotes, embedded delimiter.
w("reviews.csv", "\ufeffid,Title,Review Text,Rating,Date,Channel\r\n"
  "r1,Great,\"Loved it, truly.\",5,2024-03-05,app\r\n"
  "r2,Meh,\"Line one\r\nline two with \"\"quotes\"\"\",3,2024-03-20T10:15:00Z,web\r\n"
  "r3,Bad,Slow check-in,1,2024-04-01 09:00:00 +0100,app\r\n"
  ",No id,Generated id please,4,1711929600,store\r\n")
# Semicolon export with EU dates and decimal commas.
w("semicolon.csv", "comment;score;created_at\n"
  "Très bien;4,5;31/01/2024\n"
  "Pas mal;3;15/02/2024\n"
  "Nul;1;01/03/2024\n")
w("reviews.tsv", "feedback\tstars\nfast delivery\t5\nbroken box\t2\n")
w("pipe.csv", "verbatim|nps\nwould recommend|9\nit was ok|7\nnever again|2\n")
# Windows-1252 (no BOM): bytes 0xE9 (é), 0x96 (–), 0x80 (€).
w("windows1252.csv", "text,rating\ncafé – naïve €5,4\nplain,3\n".encode("cp1252"))
w("utf16.csv", "\ufefftext,rating\nüber gut,5\n日本語のレビュー,4\n".encode("utf-16-le"))
w("invalid_utf8.csv", b"text,rating\ngood,5\nbad \xff\xfe byte,2\nfine,4\n")
w("reviews.json", json.dumps({"meta": {"source": "export"}, "reviews": [
    {"id": "a1", "review": {"title": "Nice", "body": "Nice room"}, "stars": "4/5", "date": "2024-01-02"},
    {"id": "a2", "review": {"title": "Noisy", "body": "Noisy at night"}, "stars": "2/5", "date": "2024-02-03"},
    {"id": "a3", "review": {"title": "Empty", "body": ""}, "stars": "3/5"}]}, indent=2))
w("reviews.jsonl", '{"text": "first", "rating": 5}\n{"text": "second", "rating": 4}\n{"text": broken}\n\n{"text": "fourth", "rating": 1}\n')
w("notes.txt", "First note.\nSecond note.\n\nThird note, after a blank line.\nStill third paragraph.\n")
w("survey.csv", "respondent,overall,checkin_score,room_score,imp_checkin,imp_room,comment\n"
  "1,9,8,10,5,3,Great stay\n2,4,2,6,5,4,Check-in took an hour\n3,7,,8,4,,Fine\n")
w("ratings.csv", "text,rating\na,4/5\nb,4 out of 5\nc,★★★★☆\nd,80%\ne,4 stars\nf,great\n")
w("dates.csv", "text,date\na,03/04/2024\nb,05/06/2024\n")
# A lone quote on line 3 swallows the rest without the guard.
w("lone_quote.csv", "text,rating\nfine,5\n\"broken start,4\nnext row,3\nlast row,2\n")
w("truncated.csv", "text,rating\nfine,5\nalso fine,4\n\"cut off in the mid")
w("binary.dat", bytes(range(256)) * 4)
w("empty.csv", "")
w("header_only.csv", "text,rating\n")
w("mixed_endings.csv", "text,rating\r\nunix,1\nwindows,2\r\nold mac,3\rlast,4")

w("interview.vtt", "\ufeffWEBVTT - interview\n\nNOTE recorded in Berlin\nsecond note line\n\nSTYLE\n::cue { color: white }\n\n"
  "1\n00:00:01.000 --> 00:00:04.000 align:start position:0%\n<v Interviewer>How was the check-in?</v>\n\n"
  "2\n00:04.000 --> 00:07.500\n<v.loud Guest>It was <i>slow</i> &amp; the queue<00:00:05.000><c> was long.</c></v>\n\n"
  "00:07.500 --> 00:09.000\nReally long.\n\n"
  "01:00:00.000 --> 01:00:02.000\n<v Interviewer>Anything else?\n")
w("interview.srt", "1\n00:00:00,500 --> 00:00:02,000\nInterviewer: What did you think?\n\n"
  "2\n00:00:02,000 --> 00:00:05,250\nCustomer: The app crashed\ntwice at payment.\n\n"
  "3\n00:00:05,250 --> 00:00:06,000\nCustomer: Then I gave up.\n")
w("speakers_colon.txt", "Moderator: Why did you switch?\nAnna: The price went up.\nAnna: And support was rude.\nModerator: What would bring you back?\nAnna: A refund.\n")
w("speakers_bracket.txt", "[00:00:05] Moderator: How did you hear about us?\n[00:01:02] Ben: From a friend.\n")
w("speakers_paragraph.txt", "Moderator (00:00):\nWhat happened at the airport?\n\nCara (01:15):\nThe bag drop was closed.\nWe waited an hour.\n\nModerator (02:30):\nAnd then?\n")
w("speakers_dash.txt", "Moderator (00:00:10) - Tell me about delivery?\nDan (00:00:15) - It came late and\nthe box was crushed.\n")
w("speakers_otter.txt", "Moderator  0:03\nHow was onboarding?\n\nEve  0:09\nConfusing at first.\nThen fine.\n\nModerator  1:12\nWhy confusing?\n")

# Property test: random fields written by Python's csv writer (seeded), with the expected rows as JSON.
rng = random.Random(20241123)
alphabet = list("abcxyz ,;\"'\n\r\t|é€😀") + ["\r\n", "  ", "\"\""]
rows = [["id", "text", "note"]]
for i in range(300):
    rows.append([str(i)] + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12))) for _ in range(2)])
with open("python_written.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)
w("python_written.json", json.dumps(rows, ensure_ascii=False))
