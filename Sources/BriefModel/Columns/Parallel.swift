import Foundation

/// Runs independent pieces of work on every core and returns their results in order (the first
/// error, in order, is thrown once all have run). Pieces start in index order (each thread takes the
/// next index), so a piece may wait for one with a lower index: that one has started.
public enum Parallel {
    public static func map<T>(_ count: Int, _ body: (Int) throws -> T) throws -> [T] {
        let slots = Slots<Result<T, Error>>(count)
        withoutActuallyEscaping(body) { body in
            let work = Unchecked(body)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.set(index, Result { try work.value(index) })
            }
        }
        return try slots.values.map { try $0!.get() }
    }

    /// Two different pieces of work at once.
    public static func both<A, B>(_ first: () throws -> A, _ second: () throws -> B) throws -> (A, B) {
        let results = try map(2) { index -> Either<A, B> in index == 0 ? .first(try first()) : .second(try second()) }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else { preconditionFailure("results out of order") }
        return (a, b)
    }

    private enum Either<A, B> { case first(A), second(B) }

    /// Each slot is written by one iteration only; the lock orders the writes before the read.
    private final class Slots<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Value?]
        init(_ count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Value) { lock.withLock { storage[index] = value } }
        var values: [Value?] { lock.withLock { storage } }
    }

    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
