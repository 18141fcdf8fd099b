import Foundation

extension WhatsAppCloud {
    /// A read-only check for `slotkeeper doctor`: the access token can read the sending phone number.
    public func check() async -> [ReadinessCheck] {
        let url = "\(settings.apiBase)/\(settings.phoneNumberID)?fields=display_phone_number,verified_name"
        let response: ProviderResponse
        do { response = try await http.call(.GET, url, headers: [("Authorization", "Bearer \(settings.token)")]) } catch {
            return [.unreachable("WhatsApp number", error, setting: "SLOTKEEPER_WHATSAPP_API_BASE")]
        }
        let error = response.json?["error"] as? [String: Any]
        let code = (error?["code"] as? NSNumber)?.intValue
        if (200..<300).contains(response.status) {
            let number = response.json?["display_phone_number"] as? String ?? settings.phoneNumberID
            let name = response.json?["verified_name"] as? String
            return [ReadinessCheck(.ok, "WhatsApp number", number + (name.map { " (\($0))" } ?? ""))]
        }
        if response.status == 401 || code == 190 {
            return [ReadinessCheck(.problem, "WhatsApp number", "Meta refused the access token (HTTP \(response.status))",
                                  fix: "make a permanent system-user token with whatsapp_business_messaging and put it in SLOTKEEPER_WHATSAPP_TOKEN")]
        }
        if code == 100 || response.status == 404 {
            return [ReadinessCheck(.problem, "WhatsApp number", "no phone number \(settings.phoneNumberID) for this token",
                                  fix: "copy the phone number ID (not the number) from WhatsApp Manager into SLOTKEEPER_WHATSAPP_PHONE_NUMBER_ID")]
        }
        return [ReadinessCheck(.warning, "WhatsApp number", "the look-up answered HTTP \(response.status)")]
    }
}
