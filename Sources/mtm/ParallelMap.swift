import Dispatch

/// Maps a batch over worker-owned state (one ICU analyzer per thread), keeping input order: the batch is cut into
/// one contiguous run per worker, worker w maps run w, and the results come back in run order, so a caller that
/// concatenates them has the batch's order. With one worker (or one item) it runs inline.
enum ParallelMap {
    static func chunks<Item, Worker, Result>(_ items: [Item], workers: [Worker],
                                             body: (Worker, ArraySlice<Item>) -> Result) -> [Result] {
        guard workers.count > 1, items.count > 1 else { return [body(workers[0], items[...])] }
        let count = min(workers.count, items.count)
        var results = [Result?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let work = body
                nonisolated(unsafe) let all = items
                nonisolated(unsafe) let state = workers
                DispatchQueue.concurrentPerform(iterations: count) { w in
                    // Run w: items [w·n/count, (w+1)·n/count).
                    let start = all.count * w / count, end = all.count * (w + 1) / count
                    output[w] = work(state[w], all[start..<end])
                }
            }
        }
        return results.map { $0! }
    }
}
