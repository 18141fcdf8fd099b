import Foundation

extension TwilioSMS {
    /// Read-only checks for `slotkeeper doctor`: the account answers to the SID and token, and the sending number belongs to it
    /// and hands its replies to `{publicURL}/webhooks/sms`.
    public func check(publicURL: String) async -> [ReadinessCheck] {
        let auth = [ProviderHTTP.basicAuth(settings.accountSID, settings.authToken)]
        let account = "\(settings.apiBase)/2010-04-01/Accounts/\(settings.accountSID)"
        let response: ProviderResponse
        do { response = try await http.call(.GET, account + ".json", headers: auth) } catch {
            return [.unreachable("SMS account", error, setting: "SLOTKEEPER_TWILIO_API_BASE")]
        }
        guard (200..<300).contains(response.status) else {
            if response.status == 401 || response.status == 403 || response.status == 404 {
                return [ReadinessCheck(.problem, "SMS account", "the provider refused the account SID and auth token (HTTP \(response.status))",
                                      fix: "copy both from the provider's console into SLOTKEEPER_TWILIO_ACCOUNT_SID and SLOTKEEPER_TWILIO_AUTH_TOKEN")]
            }
            return [ReadinessCheck(.warning, "SMS account", "the account look-up answered HTTP \(response.status); try again in a minute")]
        }
        var checks: [ReadinessCheck] = []
        let status = response.json?["status"] as? String ?? "active"
        let name = response.json?["friendly_name"] as? String ?? settings.accountSID
        checks.append(status == "active" ? ReadinessCheck(.ok, "SMS account", "\(name), active")
                      : ReadinessCheck(.problem, "SMS account", "\(name) is \(status)", fix: "reactivate the account in the provider's console"))
        guard let from = settings.from else {
            checks.append(ReadinessCheck(.warning, "SMS webhook", "sent through a messaging service, whose inbound webhook this check cannot see",
                                        fix: "make sure the service's inbound request URL is \(publicURL)/webhooks/sms"))
            return checks
        }
        let expected = publicURL + "/webhooks/sms"
        let numbers: ProviderResponse
        do {
            numbers = try await http.call(.GET, account + "/IncomingPhoneNumbers.json?" + FormBody.encode([("PhoneNumber", from)]), headers: auth)
        } catch {
            checks.append(.unreachable("SMS webhook", error, setting: "SLOTKEEPER_TWILIO_API_BASE"))
            return checks
        }
        guard (200..<300).contains(numbers.status), let list = numbers.json?["incoming_phone_numbers"] as? [[String: Any]] else {
            checks.append(ReadinessCheck(.warning, "SMS webhook", "the number look-up answered HTTP \(numbers.status)"))
            return checks
        }
        guard let number = list.first else {
            checks.append(ReadinessCheck(.problem, "SMS number", "\(from) is not a number of this account",
                                        fix: "set SLOTKEEPER_TWILIO_FROM to one of the account's numbers, in E.164 (+44…)"))
            return checks
        }
        let smsURL = number["sms_url"] as? String ?? ""
        if smsURL == expected {
            checks.append(ReadinessCheck(.ok, "SMS webhook", "replies to \(from) come to \(expected)"))
        } else {
            checks.append(ReadinessCheck(.problem, "SMS webhook", smsURL.isEmpty ? "replies to \(from) go nowhere" : "replies to \(from) go to \(smsURL), not \(expected)",
                                        fix: "set the number's \"A message comes in\" webhook to \(expected) (HTTP POST), or correct SLOTKEEPER_PUBLIC_URL"))
        }
        return checks
    }
}
