import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Removes a run's staging directory when the run is interrupted (Ctrl-C, SIGTERM, SIGHUP), then exits with the
/// shell's status for the signal (128 + number). Without it an interrupted `mtm analyze` would leave its hidden
/// `.DIR.mtm-tmp-…` directory beside `--out`; normal failures clean up on their own (`ReportStaging`).
final class InterruptCleanup: @unchecked Sendable {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var directory: URL?

    /// Arms the handlers; call before the directory exists, so no signal falls between its creation and them.
    init() {
        for number in Self.signals {
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                if let directory = lock.withLock({ self.directory }) {
                    try? FileManager.default.removeItem(at: directory)
                    StandardError.write("\nmtm: interrupted; removed \(directory.path)\n")
                }
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
            // The default action would end the process before the handler runs.
            signal(number, SIG_IGN)
        }
    }

    /// The directory to remove if a signal arrives.
    func remove(_ directory: URL) {
        lock.withLock { self.directory = directory }
    }

    /// Back to the default actions, once the run's files are in place.
    func disarm() {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
