import Foundation

extension StripePayments {
    /// The events SlotKeeper's Stripe webhook acts on (every other one is acknowledged and ignored).
    public static let webhookEvents = ["checkout.session.completed", "checkout.session.async_payment_succeeded", "checkout.session.expired",
                                       "charge.refunded"]

    /// Read-only checks for `slotkeeper doctor`: the secret key is accepted, and an enabled webhook endpoint posts to
    /// `{publicURL}/webhooks/stripe`.
    public func check(publicURL: String) async -> [ReadinessCheck] {
        let auth = [("Authorization", "Bearer \(settings.secretKey)")]
        let balance: ProviderResponse
        do { balance = try await http.call(.GET, "\(settings.apiBase)/v1/balance", headers: auth) } catch {
            return [.unreachable("Stripe", error, setting: "SLOTKEEPER_STRIPE_API_BASE")]
        }
        if balance.status == 401 {
            return [ReadinessCheck(.problem, "Stripe", "Stripe refused the secret key (HTTP 401)",
                                  fix: "copy a secret key (sk_live_… or rk_live_…) from the Stripe dashboard into SLOTKEEPER_STRIPE_SECRET_KEY")]
        }
        if balance.status == 403 {
            return [ReadinessCheck(.warning, "Stripe", "the key is accepted but may not read the balance: a restricted key",
                                  fix: "make sure it may create Checkout Sessions and refunds, and read webhook endpoints")]
        }
        guard (200..<300).contains(balance.status) else { return [ReadinessCheck(.warning, "Stripe", "the key check answered HTTP \(balance.status)")] }
        var checks = [settings.secretKey.hasPrefix("sk_test_") || settings.secretKey.hasPrefix("rk_test_")
                      ? ReadinessCheck(.warning, "Stripe", "a test key: no real deposit is taken", fix: "use a live key before going live")
                      : ReadinessCheck(.ok, "Stripe", "the secret key is accepted")]
        let expected = publicURL + "/webhooks/stripe"
        guard let list = try? await http.call(.GET, "\(settings.apiBase)/v1/webhook_endpoints?limit=100", headers: auth),
              (200..<300).contains(list.status), let endpoints = list.json?["data"] as? [[String: Any]] else {
            checks.append(ReadinessCheck(.warning, "Stripe webhook", "the endpoints could not be listed with this key",
                                        fix: "make sure an endpoint sends \(Self.webhookEvents.joined(separator: ", ")) to \(expected)"))
            return checks
        }
        let ours = endpoints.filter { ($0["url"] as? String) == expected }
        if let endpoint = ours.first(where: { ($0["status"] as? String ?? "enabled") == "enabled" }) {
            let events = Set(endpoint["enabled_events"] as? [String] ?? [])
            let missing = events.contains("*") ? [] : Self.webhookEvents.filter { !events.contains($0) }
            checks.append(missing.isEmpty ? ReadinessCheck(.ok, "Stripe webhook", "events come to \(expected)")
                          : ReadinessCheck(.problem, "Stripe webhook", "the endpoint to \(expected) leaves out \(missing.joined(separator: ", "))",
                                          fix: "add those events to the endpoint in the Stripe dashboard"))
        } else {
            checks.append(ReadinessCheck(.problem, "Stripe webhook", ours.isEmpty ? "no endpoint sends events to \(expected)" : "the endpoint to \(expected) is disabled",
                                        fix: "add an endpoint for \(expected) with \(Self.webhookEvents.joined(separator: ", ")) in the Stripe dashboard, "
                                            + "and put its signing secret in SLOTKEEPER_STRIPE_WEBHOOK_SECRET"))
        }
        return checks
    }
}
