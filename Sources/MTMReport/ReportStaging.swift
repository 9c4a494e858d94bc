import Foundation

/// Where a run's files are made before they appear in the output directory: a fresh directory beside the target,
/// created when the run starts (so a target that is a file, or not empty without `force`, fails before any work)
/// and moved into place by `commit` only when every file is complete. Until then nothing in the target changes;
/// a staging directory that is never committed is removed when it is released, so a failed run leaves nothing.
///
/// A missing or empty target is replaced by the staging directory in one rename. A non-empty target needs `force`;
/// then each file is renamed over its old version (each replacement atomic) and other files are left alone.
public final class ReportStaging: @unchecked Sendable {
    public let target: URL
    public let force: Bool
    /// The directory the files are written into.
    public let directory: URL
    /// Temporary files of the run (spooled rows, workbook parts), inside `directory`; removed before the commit.
    public let scratch: URL
    private var committed = false

    public init(directory path: String, force: Bool) throws {
        let fm = FileManager.default
        target = URL(fileURLWithPath: path).standardizedFileURL
        self.force = force
        _ = try Self.targetIsEmpty(target, force: force)
        let parent = target.deletingLastPathComponent()
        do { try fm.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw ReportError.cannotWrite(parent.path, "\(error)")
        }
        directory = parent.appendingPathComponent(
            ".\(target.lastPathComponent).mtm-tmp-\(getpid())-\(UUID().uuidString.prefix(8))")
        scratch = directory.appendingPathComponent(".scratch")
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: false)
            try fm.createDirectory(at: scratch, withIntermediateDirectories: false)
        } catch {
            try? fm.removeItem(at: directory)
            throw ReportError.cannotWrite(directory.path, "\(error)")
        }
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(at: directory) }
    }

    /// Whether the target is missing or empty; throws when it is a file, or holds files and `force` is off.
    private static func targetIsEmpty(_ target: URL, force: Bool) throws -> Bool {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw ReportError.notADirectory(target.path) }
        let isEmpty = !exists || ((try? fm.contentsOfDirectory(atPath: target.path))?.isEmpty ?? false)
        if !isEmpty && !force { throw ReportError.directoryNotEmpty(target.path) }
        return isEmpty
    }

    /// Removes the scratch folder and moves `files` (names in `directory`) into the target.
    func commit(files: [String]) throws {
        precondition(!committed, "ReportStaging \(directory.path): committed twice")
        let fm = FileManager.default
        do { try fm.removeItem(at: scratch) } catch { throw ReportError.cannotWrite(scratch.path, "\(error)") }
        // Checked again: the target may have changed while the run was working.
        if try Self.targetIsEmpty(target, force: force) {
            // rename(2) replaces an empty directory in one step.
            guard rename(directory.path, target.path) == 0 else {
                throw ReportError.cannotWrite(target.path, String(cString: strerror(errno)))
            }
        } else {
            for name in files {
                let to = target.appendingPathComponent(name)
                guard rename(directory.appendingPathComponent(name).path, to.path) == 0 else {
                    throw ReportError.cannotWrite(to.path, String(cString: strerror(errno)))
                }
            }
            try? fm.removeItem(at: directory)
        }
        committed = true
    }
}
