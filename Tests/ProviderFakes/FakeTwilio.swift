import Foundation

/// A Twilio-compatible Messages API: `POST /2010-04-01/Accounts/{sid}/Messages.json` answers 201 with a new
/// `SM…` sid when Basic auth matches, 401 with the provider's error body when not.
public enum FakeTwilio {
    public static let accountSID = "AC00000000000000000000000000000001"
    public static let authToken = "fake-auth-token"

    public static func provider() -> RecordingProvider {
        RecordingProvider { request, n in
            let expected = "Basic " + Data("\(accountSID):\(authToken)".utf8).base64EncodedString()
            guard request.headers["authorization"] == expected else {
                return .status(401, body: #"{"code":20003,"message":"Authenticate","status":401}"#)
            }
            guard request.path == "/2010-04-01/Accounts/\(accountSID)/Messages.json", request.method == "POST" else {
                return .status(404, body: #"{"code":20404,"message":"The requested resource was not found","status":404}"#)
            }
            return .status(201, body: #"{"sid":"SM\#(String(format: "%032d", n))","status":"queued"}"#)
        }
    }

    /// The provider's error body for a code, e.g. 21610 (unsubscribed recipient).
    public static func error(_ code: Int, status: Int = 400) -> RecordingProvider.Reply {
        .status(status, body: #"{"code":\#(code),"message":"error \#(code)","more_info":"https://www.twilio.com/docs/errors/\#(code)","status":\#(status)}"#)
    }
}
