import Foundation

/// The folder a run may publish into, decided before any input is read.
///
/// A run replaces a folder only when it is absent, empty, or a report brief wrote: its manifest
/// names brief and lists every file the folder holds. Everything else is refused, naming what would
/// have been destroyed: the root, a home folder, the current folder or one above it, a folder holding
/// the configuration or an input, a file, a folder holding files brief did not write. A symbolic link
/// to a report stays a link: `folder` is its target, and the report replaces that.
public struct ReportDestination: Sendable, Equatable {
    /// The path as the user named it.
    public let requested: String
    /// Where the report is written: `requested` with every symbolic link resolved.
    public let folder: URL

    /// What the check needs to know about the machine and the run, so tests can give their own.
    public struct Surroundings: Sendable {
        /// Folders never replaced: the user's home (from `HOME` and from the password database).
        public var homes: [String]
        public var currentFolder: String
        /// Files the run reads (the configuration, inputs, templates): no folder holding one is replaced.
        public var protected: [(what: String, path: String)]

        public init(homes: [String], currentFolder: String, protected: [(what: String, path: String)]) {
            self.homes = homes
            self.currentFolder = currentFolder
            self.protected = protected
        }

        /// This process's home folders and current folder.
        public static func current(protecting protected: [(what: String, path: String)]) -> Surroundings {
            var homes: [String] = []
            if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(home) }
            if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir { homes.append(String(cString: directory)) }
            return Surroundings(
                homes: homes, currentFolder: FileManager.default.currentDirectoryPath, protected: protected)
        }
    }

    /// Checks `path` and returns where the report goes, or throws `ReportError.refused`.
    public static func check(_ path: String, _ surroundings: Surroundings) throws -> ReportDestination {
        func refuse(_ reason: String) -> ReportError { .refused(path: path, reason: reason) }
        let lexical = URL(fileURLWithPath: path).standardizedFileURL.path
        if ResolvedPath.isLink(lexical), !FileManager.default.fileExists(atPath: lexical) {
            throw refuse("it is a symbolic link to \(ResolvedPath.linkTarget(lexical) ?? "?"), which does not exist")
        }
        let real = ResolvedPath.of(lexical)
        if real == "/" { throw refuse("it is the root folder") }
        if surroundings.homes.map(ResolvedPath.of).contains(real) { throw refuse("it is your home folder") }
        let current = ResolvedPath.of(surroundings.currentFolder)
        if real == current { throw refuse("it is the current folder") }
        if ResolvedPath.contains(real, current) { throw refuse("it holds the current folder (\(current))") }
        for file in surroundings.protected {
            let resolved = ResolvedPath.of(file.path)
            if resolved == real { throw refuse("it is the \(file.what) (\(file.path))") }
            if ResolvedPath.contains(real, resolved) { throw refuse("it holds the \(file.what) (\(file.path))") }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw refuse("it is a file, not a folder") }
            let foreign = try ReportContents(folder: real).foreign
            if !foreign.isEmpty { throw refuse(describe(foreign, in: real)) }
        }
        return ReportDestination(requested: path, folder: URL(fileURLWithPath: real))
    }

    /// "it holds 7 files brief did not write: a, b, c, d, e and 2 more (…)".
    private static func describe(_ foreign: ReportContents.Foreign, in folder: String) -> String {
        let shown = foreign.paths.prefix(5).joined(separator: ", ")
        let more = foreign.paths.count > 5 ? " and \(foreign.paths.count - 5) more" : ""
        let one = foreign.paths.count == 1
        let count = one ? "1 file" : "\(foreign.paths.count) files"
        let why =
            foreign.hasManifest
            ? "that brief did not write (the report's manifest does not list \(one ? "it" : "them"))"
            : "and no manifest of a report brief wrote"
        return
            "it holds \(count) \(why): \(shown)\(more); move \(one ? "it" : "them") elsewhere or choose another folder with --out"
    }
}

/// What a folder holds, against the manifest of the report brief wrote there.
struct ReportContents {
    struct Foreign {
        var paths: [String]
        var hasManifest: Bool
        var isEmpty: Bool { paths.isEmpty }
    }

    let foreign: Foreign

    /// Every entry of `folder` that the manifest does not account for: a file it does not list, a
    /// link, a folder holding none of its files. With no readable brief manifest, every entry.
    init(folder: String) throws {
        var entries: [(path: String, isFolder: Bool)] = []
        func walk(_ relative: String) throws {
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else {
                throw ReportError.refused(path: folder, reason: "\(absolute) cannot be listed")
            }
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                // A link is never followed: what it points to is not the report's.
                let isFolder = ResolvedPath.isFolder(folder + "/" + path)
                entries.append((path, isFolder))
                if isFolder { try walk(path) }
            }
        }
        try walk("")
        let listed = Manifest.listedFiles(in: URL(fileURLWithPath: folder))
        guard let listed else {
            foreign = Foreign(
                paths: entries.filter { !$0.isFolder }.map(\.path).sorted()
                    + entries.filter { $0.isFolder && !Self.hasFiles($0.path, entries) }.map { $0.path + "/" }.sorted(),
                hasManifest: false)
            return
        }
        let files = Set(listed + [Manifest.fileName])
        let holders = Set(
            files.flatMap { path in
                let parts = path.split(separator: "/").dropLast()
                return parts.indices.map { parts[...$0].joined(separator: "/") }
            })
        foreign = Foreign(
            paths: entries.compactMap { entry in
                if entry.isFolder { return holders.contains(entry.path) ? nil : entry.path + "/" }
                if files.contains(entry.path), ResolvedPath.isRegularFile(folder + "/" + entry.path) { return nil }
                return entry.path
            }.sorted(), hasManifest: true)
    }

    private static func hasFiles(_ folder: String, _ entries: [(path: String, isFolder: Bool)]) -> Bool {
        entries.contains { !$0.isFolder && $0.path.hasPrefix(folder + "/") }
    }
}

/// Paths with their symbolic links resolved, including paths that do not exist yet.
enum ResolvedPath {
    /// The real path of the longest part that exists, with the rest appended.
    static func of(_ path: String) -> String {
        let standard = URL(fileURLWithPath: path).standardizedFileURL.path
        var head = standard, tail: [String] = []
        while head != "/" {
            if let real = realpath(head, nil) {
                defer { free(real) }
                return ([String(cString: real)] + tail.reversed()).joined(separator: "/").replacingOccurrences(
                    of: "//", with: "/")
            }
            tail.append((head as NSString).lastPathComponent)
            head = (head as NSString).deletingLastPathComponent
        }
        return "/" + tail.reversed().joined(separator: "/")
    }

    /// Whether `inner` lies inside `outer` (both resolved), and is not `outer` itself.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == "/" ? inner != "/" : inner.hasPrefix(outer + "/")
    }

    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    static func linkTarget(_ path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }
}
