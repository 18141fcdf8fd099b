import Foundation

extension WhatsAppCloud {
    /// Graph API error codes of the Cloud API, read as the dispatcher needs them (the same codes come back synchronously
    /// from `/messages` and later in a failed status):
    ///
    /// - outside the 24-hour window (131047), undeliverable (131026: not on WhatsApp, an old app, terms not accepted, or the
    ///   business blocked), refused by Meta (131049, 131050, 130472), a bad request or template (100, 131008, 131009, 131051,
    ///   132xxx), and a locked or unpaid account (131031, 131042, 368) are **permanent**: the message goes to the client's
    ///   next channel at once, since retrying cannot help;
    /// - rate limits (4, 80007, 130429, 131048 spam limit, 131056 pair limit) and Meta's own trouble (1, 2, 131000, 131016,
    ///   131057, 133004, and HTTP 5xx) are **transient**: retried with backoff;
    /// - an expired or revoked token or missing permission (0, 190, 10, 200–299, 3) is **permanent**, and `isCredentialProblem`
    ///   says so to log loudly: retrying every message for hours while clients hear nothing is worse than falling back
    ///   to SMS or e-mail while the operator renews the token.
    public static func failure(code: Int?, httpStatus: Int? = nil, detail: String = "", retryAfter: TimeInterval? = nil) -> SendFailure {
        let label = "WhatsApp error \(code.map(String.init) ?? "HTTP \(httpStatus ?? 0)")\(detail.isEmpty ? "" : ": \(detail)")"
        switch code {
        case 131047:
            return .permanent("outside WhatsApp's 24-hour window (\(label))")
        case 1, 2, 4, 80007, 130429, 131000, 131016, 131048, 131056, 131057, 133004:
            return .transient(label, retryAfter: retryAfter)
        case .some:
            return .permanent(label)  // including credential problems: see `isCredentialProblem`
        case nil:
            if let httpStatus, httpStatus == 429 || httpStatus >= 500 || httpStatus == 408 { return .transient(label, retryAfter: retryAfter) }
            return .permanent(label)
        }
    }

    /// Codes that mean the access token or the app's permissions are wrong: every send will fail until a person fixes them.
    public static func isCredentialProblem(_ code: Int) -> Bool {
        code == 0 || code == 190 || code == 10 || code == 3 || (200...299).contains(code)
    }
}
