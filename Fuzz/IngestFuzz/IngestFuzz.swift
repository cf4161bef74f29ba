// libFuzzer entry point: random bytes and mutated exports through every reader and the validator.
// Built only by scripts/fuzz, in its own package so libFuzzer provides `main`.
import BriefModel
import Ingest
import Validate

nonisolated(unsafe) private let validator = try! Validator(aliases: AliasTable(), referenceDate: CivilDate(year: 2030, month: 1, day: 1)!)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in [InputFormat.csv, .json, .jsonl] {
        guard let table = try? ExportReader.read(bytes: bytes, format: format, delimiter: nil, file: "fuzz") else { continue }
        let qualities = [
            try? validator.incidents(table).quality, try? validator.incidents(table, format: .acled).quality,
            try? validator.arms(table).quality, try? validator.ammunition(table).quality,
            try? validator.unFatalities(table, mission: "MINUSMA").quality,
        ]
        for case let quality? in qualities where !quality.isBalanced {
            fatalError("read != accepted + collapsed + rejected + filtered")
        }
    }
    return 0
}

// SwiftPM links an executable's entry point as `<Target>_main`; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("IngestFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
