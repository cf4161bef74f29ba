import BriefModel
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
        quality.rejects = [Reject(export: .incidents, file: "x.csv", line: 4, recordID: "=1+1", field: "date",
            code: .badDate, message: "date \"x\" cannot be read", rawRecord: "=1+1,\"two\nlines\"")]
        let text = QualityFiles.rejectsCSV([quality])
        #expect(text == "export,file,line,record_id,field,code,message,raw_record\n"
            + "incidents,x.csv,4,'=1+1,date,bad-date,\"date \"\"x\"\" cannot be read\",\"'=1+1,\"\"two\nlines\"\"\"\n")
    }
}
