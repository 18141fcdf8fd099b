import BookingCore
import Foundation
import NIOCore
import NIOHTTP1

/// Deposits through Stripe's REST API: Checkout Sessions for the payment page, Refunds, expiring a session early.
///
/// Every call is form-encoded with the secret key as a Bearer token and an `Idempotency-Key` where a retry could
/// otherwise make a second page or a second refund. Nothing about a card ever passes through here: Stripe hosts the page.
public struct StripePayments: DepositPayments {
    /// What talking to Stripe needs (from the environment: see `init?(_ env:)`).
    public struct Settings: Sendable {
        /// `sk_live_…`, `sk_test_…` or a restricted key `rk_…`.
        public var secretKey: String
        /// `https://api.stripe.com` unless a test or a proxy says otherwise.
        public var apiBase: String
        /// The signing secret of the `/webhooks/stripe` endpoint (`whsec_…`).
        public var webhookSecret: String

        public init(secretKey: String, apiBase: String = "https://api.stripe.com", webhookSecret: String) {
            self.secretKey = secretKey
            self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
            self.webhookSecret = webhookSecret
        }

        /// The deposit link in messages once Stripe is on: our own `/pay/{appointment}` page, which opens the Checkout Session.
        public static func depositLinkTemplate(publicURL: String) -> String {
            (publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL) + "/pay/{appointment}"
        }
    }

    public let settings: Settings
    let http: ProviderHTTP

    public init(settings: Settings, http: ProviderHTTP = ProviderHTTP()) {
        self.settings = settings
        self.http = http
    }

    /// Languages Stripe Checkout is offered in (its `locale` parameter); others get `auto` (the browser's language).
    static let checkoutLocales: Set<String> = [
        "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419", "et", "fi", "fil", "fr", "fr-CA", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv",
        "ms", "mt", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sk", "sl", "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW",
    ]

    /// The form fields of a Checkout Session for one deposit, in the order they are sent.
    public static func checkoutFields(_ r: CheckoutRequest) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("mode", "payment"),
            ("line_items[0][price_data][currency]", r.amount.currency.lowercased()),
            ("line_items[0][price_data][unit_amount]", String(r.amount.minorUnits)),
            ("line_items[0][price_data][product_data][name]", r.productName),
            ("line_items[0][quantity]", "1"),
            ("success_url", r.successURL),
            ("cancel_url", r.cancelURL),
            ("client_reference_id", r.appointmentID.rawValue),
            ("metadata[appointment]", r.appointmentID.rawValue),
            // The payment and its charge carry the appointment too, so a refund made in the dashboard can be traced.
            ("payment_intent_data[metadata][appointment]", r.appointmentID.rawValue),
            ("expires_at", String(Int(r.expiresAt.timeIntervalSince1970.rounded()))),
        ]
        if let email = r.customerEmail { fields.append(("customer_email", email)) }
        if r.saveCard {
            // A customer holds the card, saved for charges made later without the client present (a late-cancel or no-show fee).
            fields.append(("customer_creation", "always"))
            fields.append(("payment_intent_data[setup_future_usage]", "off_session"))
        }
        let locale = r.locale.map { checkoutLocales.contains($0) ? $0 : checkoutLocales.contains(String($0.prefix(2))) ? String($0.prefix(2)) : "auto" }
        fields.append(("locale", locale ?? "auto"))
        return fields
    }

    public func createCheckout(_ request: CheckoutRequest) async throws(PaymentFailure) -> CheckoutPage {
        let response = try await post("/v1/checkout/sessions", Self.checkoutFields(request), idempotencyKey: request.idempotencyKey)
        guard let json = response.json, let id = json["id"] as? String, let url = json["url"] as? String else {
            throw .transient("Stripe answered a Checkout Session without an id or url", retryAfter: nil)
        }
        let expires = (json["expires_at"] as? NSNumber).map { Date(timeIntervalSince1970: $0.doubleValue) } ?? request.expiresAt
        return CheckoutPage(id: id, url: url, expiresAt: expires)
    }

    public func refund(_ request: RefundRequest) async throws(PaymentFailure) -> RefundReceipt {
        var fields = [("payment_intent", request.paymentIntent), ("metadata[appointment]", request.appointmentID.rawValue)]
        if let amount = request.amount { fields.append(("amount", String(amount.minorUnits))) }
        if request.requestedByClient { fields.append(("reason", "requested_by_customer")) }
        let response = try await post("/v1/refunds", fields, idempotencyKey: request.idempotencyKey)
        guard let json = response.json, let id = json["id"] as? String else {
            throw .transient("Stripe answered a refund without an id", retryAfter: nil)
        }
        return RefundReceipt(id: id, status: json["status"] as? String ?? "pending", amountMinor: (json["amount"] as? NSNumber)?.int64Value)
    }

    public func expireCheckout(_ pageID: String) async throws(PaymentFailure) {
        let escaped = pageID.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "_-"))) ?? pageID
        _ = try await post("/v1/checkout/sessions/\(escaped)/expire", [], idempotencyKey: nil)
    }

    /// The card and customer of the deposit's payment, then a PaymentIntent confirmed off-session for the fee. A card that needs
    /// the client present (`authentication_required`) or is declined is refused; the idempotency key makes a retry safe.
    public func chargeSavedCard(_ request: CardChargeRequest) async throws(PaymentFailure) -> CardChargeReceipt {
        let escaped = request.depositPayment.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "_-")))
            ?? request.depositPayment
        let deposit = try await send(.GET, "/v1/payment_intents/\(escaped)", nil, idempotencyKey: nil)
        guard let customer = Self.id(deposit.json?["customer"]), let card = Self.id(deposit.json?["payment_method"]) else {
            throw .refused("the deposit's payment saved no card to charge later", code: "no_saved_card")
        }
        let fields = [("amount", String(request.amount.minorUnits)), ("currency", request.amount.currency.lowercased()), ("customer", customer),
                      ("payment_method", card), ("off_session", "true"), ("confirm", "true"), ("description", request.description),
                      ("metadata[appointment]", request.appointmentID.rawValue), ("metadata[kind]", "fee")]
        let response = try await post("/v1/payment_intents", fields, idempotencyKey: request.idempotencyKey)
        guard let json = response.json, let id = json["id"] as? String else {
            throw .transient("Stripe answered a PaymentIntent without an id", retryAfter: nil)
        }
        return CardChargeReceipt(id: id, status: json["status"] as? String ?? "processing")
    }

    /// An id field that may be expanded into its object.
    static func id(_ value: Any?) -> String? { value as? String ?? (value as? [String: Any])?["id"] as? String }

    /// One form-encoded POST; a 2xx answer, or the failure Stripe's error object describes.
    func post(_ path: String, _ fields: [(String, String)], idempotencyKey: String?) async throws(PaymentFailure) -> ProviderResponse {
        try await send(.POST, path, fields, idempotencyKey: idempotencyKey)
    }

    /// One request: a form-encoded POST (with `fields`) or a GET.
    func send(_ method: HTTPMethod, _ path: String, _ fields: [(String, String)]?, idempotencyKey: String?) async throws(PaymentFailure) -> ProviderResponse {
        var headers = [("Authorization", "Bearer \(settings.secretKey)")]
        if let idempotencyKey { headers.append(("Idempotency-Key", idempotencyKey)) }
        let response: ProviderResponse
        do throws(SendFailure) {
            if let fields {
                response = try await http.postForm(settings.apiBase + path, fields, headers: headers)
            } else {
                response = try await http.call(method, settings.apiBase + path, headers: headers)
            }
        } catch {
            // The network or a timeout: Stripe may or may not have done it; the idempotency key makes asking again safe.
            switch error {
            case .transient(let s, let after): throw .transient(s, retryAfter: after)
            // Every request that matters carries an idempotency key: asking again after an unknown outcome is safe.
            case .permanent(let s), .optedOut(let s), .unknown(let s): throw .transient(s, retryAfter: nil)
            }
        }
        if (200..<300).contains(response.status) { return response }
        throw Self.failure(response)
    }

    /// Stripe's errors as its documentation describes them: `{"error": {"type", "code", "message"}}`. 429, 5xx, `api_error`,
    /// `rate_limit_error` and a concurrent use of one idempotency key (409 `idempotency_key_in_use`) are worth retrying;
    /// invalid requests, authentication and card errors (402) are not.
    public static func failure(_ response: ProviderResponse) -> PaymentFailure {
        let error = response.json?["error"] as? [String: Any]
        let type = error?["type"] as? String
        let code = (error?["code"] as? String) ?? (error?["decline_code"] as? String)
        let message = "Stripe HTTP \(response.status)" + (type.map { " \($0)" } ?? "") + ((error?["message"] as? String).map { ": \($0)" } ?? "")
        if response.status == 429 || response.status >= 500 || type == "api_error" || type == "rate_limit_error"
            || (response.status == 409 && code == "idempotency_key_in_use") {
            return .transient(message, retryAfter: response.retryAfter)
        }
        return .refused(message, code: code ?? type)
    }
}
