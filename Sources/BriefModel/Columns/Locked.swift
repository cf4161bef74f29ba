import Foundation
import Synchronization

/// State shared between threads: a `Mutex` whose lock ThreadSanitizer can see.
///
/// On Linux, `Synchronization.Mutex` hands a contended lock to its next owner through a futex
/// system call that ThreadSanitizer does not intercept, so every access the lock orders is reported
/// as a race once two threads meet on it (a 15-line program that only touches its state inside
/// `withLock` is reported; README, "Race checks"). A `pthread` mutex, which ThreadSanitizer
/// intercepts, is taken first: the `Mutex` underneath is then never contended (its uncontended path
/// is atomics the sanitizer sees) and still gives the type checker its `sending` rules. The
/// second lock costs tens of nanoseconds; every use here is far from hot.
public final class Locked<Value>: Sendable {
    private let visible = NSLock()
    private let mutex: Mutex<Value>

    public init(_ value: sending Value) { mutex = Mutex(value) }

    public func withLock<Result, Failure: Error>(
        _ body: (inout sending Value) throws(Failure) -> sending Result
    ) throws(Failure) -> sending Result {
        visible.lock()
        defer { visible.unlock() }
        return try mutex.withLock(body)
    }
}
