import BookingCore
import Foundation
import Store
import Yams

/// The kinds of record an import can hold, in the order they are written (each may name the ones before it).
public enum RecordKind: String, CaseIterable, Sendable {
    case locations, services, staff, clients, appointments, waitlist

    /// Guesses the kind from a CSV file's name: `clients.csv`, `2026-staff.csv`, `Appointments_export.csv`.
    public init?(fileName: String) {
        let stem = URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent.lowercased()
        let hints: [(String, RecordKind)] = [("location", .locations), ("service", .services), ("staff", .staff),
                                             ("client", .clients), ("appointment", .appointments), ("waitlist", .waitlist)]
        guard let hit = hints.first(where: { stem.contains($0.0) }) else { return nil }
        self = hit.1
    }
}

/// Thrown when an import has problems; nothing is written.
public struct ImportRejected: Error, CustomStringConvertible {
    public var problems: [ImportProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Reads YAML and CSV import files into one `ImportBatch`, checking every field.
public struct ImportReader {
    public var catalogue: Catalogue
    public var now: Date

    public init(catalogue: Catalogue, now: Date) {
        self.catalogue = catalogue
        self.now = now
    }

    /// Reads `files` (YAML with sections per kind, or CSV with one kind per file) into a batch,
    /// or throws `ImportRejected` listing every problem found.
    public mutating func read(files: [URL], kind: RecordKind? = nil) throws -> ImportBatch {
        try read(contents: files.map { (name: $0.lastPathComponent, data: FileManager.default.contents(atPath: $0.path)) }, kind: kind)
    }

    /// The same for files already read: each file's name (its extension says YAML or CSV) and bytes (nil: it could not be read).
    public mutating func read(contents: [(name: String, data: Data?)], kind: RecordKind? = nil) throws -> ImportBatch {
        var problems: [ImportProblem] = []
        var raw: [RecordKind: [RawRecord]] = [:]
        for (name, data) in contents {
            guard let data else {
                problems.append(ImportProblem(source: SourceLine(file: name, line: 0), field: "file", message: "cannot be read (does it exist?)"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(ImportProblem(source: SourceLine(file: name, line: 1), field: "file", message: "is not UTF-8 text"))
                continue
            }
            switch (name as NSString).pathExtension.lowercased() {
            case "yaml", "yml":
                readYAML(text, file: name, into: &raw, problems: &problems)
            case "csv":
                guard let k = kind ?? RecordKind(fileName: name) else {
                    problems.append(ImportProblem(source: SourceLine(file: name, line: 1), field: "file",
                                                  message: "can't tell what it holds: name it locations.csv, services.csv, staff.csv, clients.csv, appointments.csv or waitlist.csv, or pass --kind"))
                    continue
                }
                readCSV(text, file: name, kind: k, into: &raw, problems: &problems)
            default:
                problems.append(ImportProblem(source: SourceLine(file: name, line: 0), field: "file", message: "is neither .yaml nor .csv"))
            }
        }

        // Ids must be unique within an import, whether or not the record is otherwise right.
        var seen: [String: SourceLine] = [:]
        var duplicates = Set<String>()
        for kind in RecordKind.allCases {
            for record in raw[kind] ?? [] {
                guard let id = record.value("id")?.text?.trimmingCharacters(in: .whitespaces) else { continue }
                let key = "\(kind.rawValue)/\(id)"
                if let first = seen[key] {
                    problems.append(ImportProblem(source: record.source(of: "id"), field: "id", message: "\"\(id)\" appears twice (also at \(first))"))
                    duplicates.insert("\(key)@\(record.source)")
                } else {
                    seen[key] = record.source(of: "id")
                }
            }
        }
        func checkUnique(_ kind: RecordKind, _ id: String, _ record: RawRecord) -> Bool {
            !duplicates.contains("\(kind.rawValue)/\(id)@\(record.source)")
        }

        var batch = ImportBatch()
        for kind in RecordKind.allCases {
            for record in raw[kind] ?? [] {
                switch kind {
                case .locations:
                    let (l, p) = RecordReaders.location(record)
                    problems += p
                    if let l, checkUnique(kind, l.id.rawValue, record) {
                        batch.locations.append(Sourced(l, at: record.source))
                        catalogue.locations[l.id] = l
                    }
                case .services:
                    let (s, p) = RecordReaders.service(record)
                    problems += p
                    if let s, checkUnique(kind, s.id.rawValue, record) {
                        batch.services.append(Sourced(s, at: record.source))
                        catalogue.services[s.id] = s
                    }
                case .staff:
                    let (s, p) = RecordReaders.staff(record, catalogue: catalogue)
                    problems += p
                    if let s, checkUnique(kind, s.id.rawValue, record) {
                        batch.staff.append(Sourced(s, at: record.source))
                        catalogue.staff[s.id] = s
                    }
                case .clients:
                    let (c, p) = RecordReaders.client(record)
                    problems += p
                    if let c, checkUnique(kind, c.id.rawValue, record) { batch.clients.append(Sourced(c, at: record.source)) }
                case .appointments:
                    let (a, p) = RecordReaders.appointment(record, catalogue: catalogue, now: now)
                    problems += p
                    if let a, checkUnique(kind, a.id.rawValue, record) { batch.appointments.append(Sourced(a, at: record.source)) }
                case .waitlist:
                    let (w, p) = RecordReaders.waitlist(record, catalogue: catalogue, now: now)
                    problems += p
                    if let w, checkUnique(kind, w.id.rawValue, record) { batch.waitlist.append(Sourced(w, at: record.source)) }
                }
            }
        }
        if !problems.isEmpty {
            throw ImportRejected(problems: problems.sorted { ($0.source.file, $0.source.line) < ($1.source.file, $1.source.line) })
        }
        return batch
    }

    private func readYAML(_ text: String, file: String, into raw: inout [RecordKind: [RawRecord]], problems: inout [ImportProblem]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            problems.append(ImportProblem(source: SourceLine(file: file, line: Self.line(of: error)), field: "syntax", message: Self.summary(of: error)))
            return
        } catch {
            problems.append(ImportProblem(source: SourceLine(file: file, line: 1), field: "syntax", message: "\(error)"))
            return
        }
        guard let mapping = root?.mapping else {
            problems.append(ImportProblem(source: SourceLine(file: file, line: 1), field: "file",
                                          message: "should be a map with sections such as locations:, services:, staff:, clients:, appointments:"))
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 1
            guard let kind = RecordKind(rawValue: RawRecord.key(key)) else {
                problems.append(ImportProblem(source: SourceLine(file: file, line: line), field: key,
                                              message: "is not a section; use \(RecordKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            guard let items = value.sequence else {
                problems.append(ImportProblem(source: SourceLine(file: file, line: line), field: key, message: "should be a list of records"))
                continue
            }
            for item in items {
                let itemLine = item.mark?.line ?? line
                guard let fields = item.mapping else {
                    problems.append(ImportProblem(source: SourceLine(file: file, line: itemLine), field: key, message: "each record should be a map of fields"))
                    continue
                }
                let pairs = fields.map { (k, v) in (k.string ?? "", Self.raw(v), k.mark?.line ?? itemLine) }
                raw[kind, default: []].append(RawRecord(source: SourceLine(file: file, line: itemLine), fields: pairs))
            }
        }
    }

    private static func raw(_ node: Node) -> RawValue {
        switch node {
        case .scalar(let s): return .text(s.string)
        case .sequence(let seq): return .list(seq.map(raw))
        case .mapping(let m): return .map(m.map { (key: $0.key.string ?? "", value: raw($0.value), line: $0.key.mark?.line ?? 0) })
        case .alias: return .text("")
        }
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            return [context.map { "\($0.text)" }, problem].compactMap { $0 }.joined(separator: ": ")
        default: return "\(error)"
        }
    }

    private func readCSV(_ text: String, file: String, kind: RecordKind, into raw: inout [RecordKind: [RawRecord]], problems: inout [ImportProblem]) {
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch .unterminatedQuote(let line) {
            problems.append(ImportProblem(source: SourceLine(file: file, line: line), field: "row", message: "a quoted field is never closed"))
            return
        } catch {
            problems.append(ImportProblem(source: SourceLine(file: file, line: 1), field: "header", message: "the file is empty"))
            return
        }
        for row in table.rows {
            guard row.cells.count == table.header.count else {
                problems.append(ImportProblem(source: SourceLine(file: file, line: row.line), field: "row",
                                              message: "has \(row.cells.count) columns but the header has \(table.header.count)"))
                continue
            }
            let fields = zip(table.header, row.cells).map { ($0, RawValue.text($1), row.line) }
            raw[kind, default: []].append(RawRecord(source: SourceLine(file: file, line: row.line), fields: fields))
        }
    }
}
