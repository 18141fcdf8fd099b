import Channels
import Foundation
import Synchronization

/// A Twilio-compatible Messages API: `POST /2010-04-01/Accounts/{sid}/Messages.json` answers 201 with a new
/// `SM…` sid when Basic auth matches, 401 with the provider's error body when not; `GET` on the same path lists the
/// messages it took to the `To` number, newest first, as the provider's message log does (what a send whose answer never
/// came is looked up in).
public enum FakeTwilio {
    public static let accountSID = "AC00000000000000000000000000000001"
    public static let authToken = "fake-auth-token"

    /// The messages the fake took: sid, recipient, text, when.
    final class Log: Sendable {
        let entries = Mutex<[(sid: String, to: String, body: String, made: Date)]>([])
    }

    public static func provider() -> RecordingProvider {
        let log = Log()
        return RecordingProvider { request, n in
            let expected = "Basic " + Data("\(accountSID):\(authToken)".utf8).base64EncodedString()
            guard request.headers["authorization"] == expected else {
                return .status(401, body: #"{"code":20003,"message":"Authenticate","status":401}"#)
            }
            guard request.path == "/2010-04-01/Accounts/\(accountSID)/Messages.json" else {
                return .status(404, body: #"{"code":20404,"message":"The requested resource was not found","status":404}"#)
            }
            if request.method == "GET" {
                let to = (FormBody.parse(Array(request.query.utf8)) ?? []).first { $0.name == "To" }?.value ?? ""
                let items = log.entries.withLock { $0.filter { $0.to == to } }.reversed().map { m -> [String: Any] in
                    ["sid": m.sid, "to": m.to, "body": m.body, "status": "sent", "date_created": TwilioSMS.rfc2822.string(from: m.made)]
                }
                let data = (try? JSONSerialization.data(withJSONObject: ["messages": items])) ?? Data()
                return .status(200, body: String(decoding: data, as: UTF8.self))
            }
            let sid = "SM\(String(format: "%032d", n))"
            log.entries.withLock { $0.append((sid, request.form["To"] ?? "", request.form["Body"] ?? "", Date())) }
            return .status(201, body: #"{"sid":"\#(sid)","status":"queued"}"#)
        }
    }

    /// The provider's error body for a code, e.g. 21610 (unsubscribed recipient).
    public static func error(_ code: Int, status: Int = 400) -> RecordingProvider.Reply {
        .status(status, body: #"{"code":\#(code),"message":"error \#(code)","more_info":"https://www.twilio.com/docs/errors/\#(code)","status":\#(status)}"#)
    }
}
