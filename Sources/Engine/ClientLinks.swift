import BookingCore
import Crypto
import Foundation

/// The signed links in clients' messages and the booking page's own proofs: a visit's "manage your booking" link, a client's
/// personal booking link (the message reached them on a channel they hold, so it stands for them), the visitor cookie a
/// one-time code earns, and the code's stored hash. Each is an HMAC-SHA256 over its purpose, subject and expiry under the
/// store's link secret, so every process signs and checks alike and nothing can be forged or moved to another subject.
public struct ClientLinks: Sendable {
    /// The public address the links start with, without a trailing slash.
    public let base: String
    let key: SymmetricKey
    /// An HMAC already keyed: each signature copies it rather than deriving the key's pads again.
    private let keyed: HMAC<SHA256>

    public init(base: String, secret: [UInt8]) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.key = SymmetricKey(data: secret)
        self.keyed = HMAC<SHA256>(key: key)
    }

    /// How long a manage link works after the visit's start: long enough to book again from it.
    public static let manageLifetimeAfterVisit: TimeInterval = 30 * 86_400
    /// How long a personal booking link works.
    public static let clientLinkLifetime: TimeInterval = 60 * 86_400

    // MARK: Tokens

    /// `expiry.signature`: the expiry in hours since 1970 (base 36, rounded up, so a token never runs out before `until`), then
    /// 12 bytes of the HMAC in base64url.
    func token(_ purpose: String, _ subject: String, until: Date) -> String {
        let hours = String(Int((until.timeIntervalSince1970 / 3600).rounded(.up)), radix: 36)
        return hours + "." + signature(purpose, subject, hours)
    }

    func signature(_ purpose: String, _ subject: String, _ hours: String) -> String {
        var hmac = keyed
        var message = "\(purpose)\n\(subject)\n\(hours)"
        message.withUTF8 { hmac.update(data: UnsafeRawBufferPointer($0)) }
        return Self.base64URL(Array(hmac.finalize()).prefix(12))
    }

    static let base64URLAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// base64url without padding (RFC 4648, section 5), straight from the bytes: every message signs its links, and going
    /// through base64 and three string replacements cost more than the HMAC.
    static func base64URL(_ bytes: some Collection<UInt8>) -> String {
        let alphabet = base64URLAlphabet
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var it = bytes.makeIterator()
        while let a = it.next() {
            let b = it.next(), c = it.next()
            out.append(alphabet[Int(a >> 2)])
            out.append(alphabet[Int((a & 3) << 4 | (b ?? 0) >> 4)])
            if let b { out.append(alphabet[Int((b & 15) << 2 | (c ?? 0) >> 6)]) }
            if let c { out.append(alphabet[Int(c & 63)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `token` was made for this purpose and subject and has not run out at `now`.
    func valid(_ token: String, _ purpose: String, _ subject: String, now: Date) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 8, let hours = Int(parts[0], radix: 36), hours >= 0 else { return false }
        guard Date(timeIntervalSince1970: Double(hours) * 3600) > now else { return false }
        let expected = Array(signature(purpose, subject, String(parts[0])).utf8), given = Array(parts[1].utf8)
        guard expected.count == given.count else { return false }
        // Compared in full whatever differs first.
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    // MARK: Manage links

    /// The "manage your booking" page of a visit.
    public func manage(_ appointment: Appointment) -> String {
        "\(base)/book/m/\(Self.pathPart(appointment.id.rawValue))/" + manageToken(appointment.id, until: appointment.start.addingTimeInterval(Self.manageLifetimeAfterVisit))
    }

    public func manageToken(_ id: AppointmentID, until: Date) -> String { token("manage", id.rawValue, until: until) }

    public func isManageToken(_ token: String, for id: AppointmentID, now: Date) -> Bool { valid(token, "manage", id.rawValue, now: now) }

    // MARK: Personal booking links

    /// The booking page of a location for a known client, optionally with a service chosen: opening it needs no code.
    public func booking(location: LocationID, client: ClientID, service: ServiceID? = nil, now: Date) -> String {
        booking(location: location, client: client, serviceQuery: service.map { Self.queryPart($0.rawValue) }, now: now)
    }

    /// The same with the service's query value as given (`{service}`, for a template filled in later).
    public func booking(location: LocationID, client: ClientID, serviceQuery: String?, now: Date) -> String {
        let service = serviceQuery.map { "service=\($0)&" } ?? ""
        return "\(base)/book/\(Self.pathPart(location.rawValue))?\(service)c=\(Self.queryPart(client.rawValue))&t="
            + token("client", client.rawValue, until: now.addingTimeInterval(Self.clientLinkLifetime))
    }

    public func isClientToken(_ token: String, for id: ClientID, now: Date) -> Bool { valid(token, "client", id.rawValue, now: now) }

    // MARK: The visitor's proof

    /// Who a visitor of the booking page has shown themselves to be.
    public enum Visitor: Hashable, Sendable {
        /// They entered the one-time code sent to this phone (E.164).
        case phone(String)
        /// They came from a personal link of this client's.
        case client(ClientID)

        var subject: String {
            switch self {
            case .phone(let p): "phone:\(p)"
            case .client(let c): "client:\(c.rawValue)"
            }
        }
    }

    /// The visitor cookie's value: who, and until when.
    public func visitorCookie(_ visitor: Visitor, until: Date) -> String {
        visitor.subject + "|" + token("visitor", visitor.subject, until: until)
    }

    /// The visitor a cookie proves, if it is genuine and current.
    public func visitor(fromCookie value: String, now: Date) -> Visitor? {
        guard let bar = value.lastIndex(of: "|") else { return nil }
        let subject = String(value[..<bar]), token = String(value[value.index(after: bar)...])
        guard valid(token, "visitor", subject, now: now) else { return nil }
        if subject.hasPrefix("phone:") { return .phone(String(subject.dropFirst(6))) }
        if subject.hasPrefix("client:") { return .client(ClientID(String(subject.dropFirst(7)))) }
        return nil
    }

    // MARK: One-time codes

    /// What the store keeps of a one-time code: its HMAC with the phone, never the code.
    public func codeHash(phone: String, code: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data("code\n\(phone)\n\(code)".utf8), using: key)).base64EncodedString()
    }

    /// A new six-digit code.
    public static func newCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%06d", Int.random(in: 0..<1_000_000, using: &generator))
    }

    /// A fresh secret for a store that has none.
    public static func newSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    // MARK: Encoding

    /// `s` safe in a URL's path or query (every byte but ASCII letters, digits and `-._~` percent-encoded).
    public static func pathPart(_ s: String) -> String { URLPart.encode(s) }

    public static func queryPart(_ s: String) -> String { pathPart(s) }
}
