/// Large values a build is done with are not freed: the process exits soon after, and the system
/// takes its memory back in one go, where freeing a million rows' columns and strings one by one
/// costs tens of milliseconds (the dataset between computing and publishing, on the build's critical
/// path; the results before exit). The same choice as compilers that skip freeing at exit.
enum LeftForExit {
    static func keep(_ value: Any) {
        _ = Unmanaged.passRetained(Box(value))
    }

    private final class Box {
        let value: Any
        init(_ value: Any) { self.value = value }
    }
}
