// The kill tests' probe (Tests/BriefTests/CLI/AtomicPublishingTests.swift): `brief` itself, with its
// report swap set by arguments of its own, given before brief's: `--swap-fallback` takes the
// two-rename path even where the kernel has an atomic exchange, `--swap-pause-ms N` holds the swap
// open between its steps so a test can kill the run inside it. The shipped `brief` has neither.
import BriefCLI
import Publish

var arguments = Array(CommandLine.arguments.dropFirst())
var swap = SwapOptions()
while let first = arguments.first, first.hasPrefix("--swap-") {
    arguments.removeFirst()
    switch first {
    case "--swap-fallback": swap.atomic = false
    case "--swap-pause-ms": swap.pauseMilliseconds = UInt32(arguments.removeFirst())!
    default: fatalError("brief-swap-probe: unknown option \(first)")
    }
}
BriefCommand.run(arguments, swap: swap)
