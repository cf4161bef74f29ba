import Foundation

/// Runs independent pieces of work on every core and returns their results in order (the first
/// error, in order, is thrown once all have run). The pieces share nothing but what is `Sendable`.
public enum Parallel {
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let slots = Locked<[Result<T, Error>?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = Result { try body(index) }
            slots.withLock { $0[index] = result }
        }
        return try slots.withLock { $0 }.map { try $0!.get() }
    }

    /// Two different pieces of work at once.
    public static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () throws -> A, _ second: @Sendable () throws -> B
    )
        throws -> (A, B)
    {
        let results = try map(2) { index -> Either<A, B> in index == 0 ? .first(try first()) : .second(try second()) }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else {
            preconditionFailure("results out of order")
        }
        return (a, b)
    }

    private enum Either<A: Sendable, B: Sendable>: Sendable { case first(A), second(B) }
}

/// Jobs on every core, where a job may add jobs: an export, once its file is read, adds its pieces,
/// and they join the pieces of the other exports in one queue, so no core idles while another reads
/// a large file alone. Jobs start in the order they were added.
public final class JobQueue: Sendable {
    private let group = DispatchGroup()

    public init() {}

    public func add(_ job: @escaping @Sendable () -> Void) { DispatchQueue.global().async(group: group, execute: job) }

    /// Returns once every job, including those added by jobs, has run.
    public func wait() { group.wait() }
}
