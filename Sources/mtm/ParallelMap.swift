import Dispatch

/// Maps a batch over worker-owned state (one ICU analyzer per thread), keeping input order: item i goes to worker
/// i % workers.count, results land at index i. With one worker it runs inline.
enum ParallelMap {
    static func map<Item, Worker, Result>(_ items: [Item], workers: [Worker],
                                          body: (Worker, Item) -> Result) -> [Result] {
        guard workers.count > 1, items.count > 1 else { return items.map { body(workers[0], $0) } }
        var results = [Result?](repeating: nil, count: items.count)
        let stride = workers.count
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let work = body
                nonisolated(unsafe) let all = items
                nonisolated(unsafe) let state = workers
                DispatchQueue.concurrentPerform(iterations: stride) { w in
                    var i = w
                    while i < all.count {
                        output[i] = work(state[w], all[i])
                        i += stride
                    }
                }
            }
        }
        return results.map { $0! }
    }
}
