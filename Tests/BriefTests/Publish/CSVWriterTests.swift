import BriefModel
import Foundation
import Testing

@testable import Publish

@Suite struct CSVWriterTests {
    @Test func formulaTextFromInputIsDefused() {
        #expect(CSVWriter.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVWriter.cell("+33 6 12") == "'+33 6 12")
        #expect(CSVWriter.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.cell("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0")
        #expect(CSVWriter.cell("-3") == "-3")
        #expect(CSVWriter.cell("0.4904") == "0.4904")
        #expect(CSVWriter.cell("a,b") == "\"a,b\"")
    }

    @Test func rejectsCSVQuotesRawRecordsWithNewlines() {
        var quality = ExportQuality(export: .incidents, file: "x.csv", encoding: "utf-8")
        quality.rejects = [
            Reject(
                export: .incidents, file: "x.csv", line: 4, recordID: "=1+1", field: "date",
                code: .badDate, message: "date \"x\" cannot be read", rawRecord: "=1+1,\"two\nlines\"")
        ]
        let text = QualityFiles.rejectsCSV([quality])
        #expect(
            text == "export,file,line,record_id,field,code,message,raw_record\n"
                + "incidents,x.csv,4,'=1+1,date,bad-date,\"date \"\"x\"\" cannot be read\",\"'=1+1,\"\"two\nlines\"\"\"\n")
    }

    /// The next build reads back what this one wrote: the key columns of a data table, with quotes,
    /// doubled quotes, line breaks and the formula guard undone, so that the texts compare equal to
    /// the records they came from; a row without the header's fields is left out.
    @Test func aPreviousReportReadsBackTheKeysItWrote() throws {
        let rows = [
            ["ammunition", "=HYPERLINK(\"x\")", "Type 56, folding", "7.62x39mm", "+33", "-3"],
            ["arms", "say \"hi\"", "two\nlines", "@SUM(A1)", "-cmd", "plain"],
        ]
        let folder = Fixtures.temporaryDirectory()
        let text = CSVWriter.table(header: ["a", "b", "c", "d", "e", "f"], rows: rows) + "short,row\n"
        try text.write(to: folder.appendingPathComponent("table.csv"), atomically: true, encoding: .utf8)
        let keys = PreviousReport.keys(folder, "table.csv", fields: [0, 1, 2, 4, 5])
        #expect(keys == Set(rows.map { [$0[0], $0[1], $0[2], $0[4], $0[5]].joined(separator: "|") }))
        #expect(PreviousReport.keys(folder, "table.csv", fields: [6]).isEmpty)  // no such column
        #expect(PreviousReport.keys(folder, "missing.csv", fields: [0]).isEmpty)
    }
}
