import BookingCore
import Foundation
import Hummingbird

/// The query string of a request, read parameter by parameter; like `JSONFields`, it collects every problem and
/// refuses parameters the route doesn't know.
final class QueryParameters {
    private let pairs: [(name: String, value: String)]
    private var read: Set<String> = []
    private(set) var errors: [APIProblem.FieldError] = []

    init(_ request: Request) {
        pairs = request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) }
    }

    func problem(_ name: String, _ detail: String) { errors.append(.init(field: name, detail: detail)) }

    /// The parameter's value, if given (the last one when repeated).
    func string(_ name: String, required: Bool = false) -> String? {
        read.insert(name)
        guard let v = pairs.last(where: { $0.name == name })?.value, !v.isEmpty else {
            if required { problem(name, "is required") }
            return nil
        }
        return v
    }

    /// A whole number in `range`.
    func integer(_ name: String, in range: ClosedRange<Int>, default value: Int) -> Int {
        guard let s = string(name) else { return value }
        guard let n = Int(s), range.contains(n) else {
            problem(name, "\"\(s)\" is not a whole number from \(range.lowerBound) to \(range.upperBound)")
            return value
        }
        return n
    }

    /// An instant with a zone (`2026-11-24T09:00:00Z`).
    func instant(_ name: String, required: Bool = false) -> Date? {
        guard let s = string(name, required: required) else { return nil }
        guard case .instant(let d)? = ISOTime.parse(s) else {
            problem(name, "\"\(s)\" is not an ISO 8601 date-time with a zone, such as 2026-11-24T09:00:00Z (encode + as %2B)")
            return nil
        }
        return d
    }

    /// A `YYYY-MM-DD` date.
    func date(_ name: String) -> LocalDate? {
        guard let s = string(name) else { return nil }
        guard let d = ISOTime.date(s) else {
            problem(name, "\"\(s)\" is not a date such as 2026-11-24")
            return nil
        }
        return d
    }

    /// One of a fixed set of words.
    func choice(_ name: String, _ allowed: [String]) -> String? {
        guard let s = string(name) else { return nil }
        guard allowed.contains(s) else {
            problem(name, "\"\(s)\" is not one of \(allowed.joined(separator: ", "))")
            return nil
        }
        return s
    }

    /// Refuses unknown parameters and throws a 422 naming every problem, if any.
    func finish() throws(APIProblem) {
        for name in Set(pairs.map(\.name)).sorted() where !read.contains(name) {
            problem(name, "is not a parameter of this request")
        }
        if !errors.isEmpty { throw APIProblem.invalid(errors) }
    }
}
