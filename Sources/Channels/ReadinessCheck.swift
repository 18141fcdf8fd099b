import Foundation

/// One thing `slotkeeper doctor` checked against a provider with a read-only call: fine, worth a look, or wrong, with what
/// to do about it. The text never holds a secret.
public struct ReadinessCheck: Sendable, Equatable, CustomStringConvertible {
    public enum Outcome: String, Sendable { case ok, warning, problem }

    public var outcome: Outcome
    /// What was checked: "SMS account", "Telegram webhook".
    public var subject: String
    public var text: String
    public var fix: String?

    public init(_ outcome: Outcome, _ subject: String, _ text: String, fix: String? = nil) {
        self.outcome = outcome
        self.subject = subject
        self.text = text
        self.fix = fix
    }

    public var description: String { "\(outcome.rawValue) \(subject): \(text)" + (fix.map { "; \($0)" } ?? "") }

    /// A provider that could not be reached at all: the network, DNS, or the API base setting.
    static func unreachable(_ subject: String, _ failure: SendFailure, setting: String) -> ReadinessCheck {
        let text: String
        switch failure {
        case .transient(let t, _), .permanent(let t), .optedOut(let t), .unknown(let t): text = t
        }
        return ReadinessCheck(.problem, subject, "no answer: \(text)", fix: "check this machine's network and DNS, and \(setting) if you set it")
    }
}
