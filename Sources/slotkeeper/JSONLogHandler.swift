import Foundation
import Logging

/// Log lines as one JSON object each on standard error, for log shippers (`log_format: json`): `time` (UTC, milliseconds),
/// `level`, `logger`, `message`, and each metadata value as a field of its own (one named like those four gets `meta_`
/// before it). What goes in a line is what the text format writes: no message bodies or addresses above debug.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    init(label: String, metadataProvider: Logger.MetadataProvider? = nil) {
        self.label = label
        self.metadataProvider = metadataProvider
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        var fields: [String: Any] = ["time": Self.timestamp(Date()), "level": level.rawValue, "logger": label, "message": message.description]
        let merged = self.metadata.merging(metadataProvider?.get() ?? [:]) { $1 }.merging(explicit ?? [:]) { $1 }
        for (key, value) in merged {
            fields[fields[key] == nil ? key : "meta_" + key] = Self.plain(value)
        }
        guard var data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        data.append(0x0A)
        Self.output.withLock { FileHandle.standardError.write(data) }
    }

    /// One line at a time, whichever thread logs.
    private static let output = NSLock()

    static func plain(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let s): return s
        case .stringConvertible(let s): return s.description
        case .array(let list): return list.map(plain)
        case .dictionary(let map): return map.mapValues(plain)
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
    }
}
