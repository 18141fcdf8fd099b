import BookingCore
import Foundation
import Testing

@Suite("Validation of what a person types into SlotKeeper")
struct ValidationTests {
    @Test("an unknown time zone is named with the fix")
    func unknownZone() {
        let problems = Spa.location(zone: "Europe/Londn").validate()
        #expect(problems.map(\.description) == ["timeZone: unknown time zone \"Europe/Londn\" (use an IANA name such as Europe/London)"])
        #expect(Spa.location(zone: "America/New_York").validate().isEmpty)
        #expect(!Spa.location(zone: "EST").validate().isEmpty)
    }

    @Test("phone numbers are E.164 after removing spaces and dashes", arguments: [
        ("+44 7700 900123", "+447700900123"), ("+1 (212) 555-0100", "+12125550100"), ("+79161234567", "+79161234567"),
    ])
    func phones(input: String, normalized: String) throws {
        #expect(try ContactAddress.validate(input, for: .sms).get() == normalized)
    }

    @Test("bad addresses are refused with the reason", arguments: [
        (Channel.sms, "07700 900123"), (.sms, "+0447700900123"), (.sms, "+44"), (.sms, "+44770090012345678"),
        (.email, "maria@"), (.email, "maria example.com"), (.telegram, "@maria"), (.whatsapp, "abc"),
    ])
    func badAddresses(channel: Channel, input: String) {
        guard case .failure(let problem) = ContactAddress.validate(input, for: channel) else {
            Issue.record("\(input) accepted for \(channel)")
            return
        }
        #expect(problem.description.contains(input))
    }

    @Test("a client preferring a channel they have no address for is refused")
    func preferredChannel() {
        let c = Client(id: "c1", firstName: "Maria", addresses: [.sms: "+447700900001"], preferredChannel: .email, locale: "es")
        #expect(c.validate().map(\.field) == ["preferredChannel"])
        #expect(Client(id: "c1", firstName: "Maria", locale: "español").validate().map(\.field) == ["locale"])
    }

    @Test("services refuse impossible durations, deposits and currencies")
    func services() {
        var s = Spa.massage
        s.durationMinutes = 0
        s.deposit = .percent(150)
        s.price.currency = "gbp"
        #expect(Set(s.validate().map(\.field)) == ["duration", "deposit", "currency"])
        #expect(Spa.massage.validate().isEmpty)
    }

    @Test("money and deposits parse the way an owner writes them")
    func money() {
        #expect(Money(text: "85.00 GBP") == Money(minorUnits: 8500, currency: "GBP"))
        #expect(Money(text: "EUR 12.5") == Money(minorUnits: 1250, currency: "EUR"))
        #expect(Money(text: "12,50 EUR") == nil)
        #expect(Money(minorUnits: 8500, currency: "GBP").percent(50).minorUnits == 4250)
        #expect(DepositRule(text: "50%", currency: "GBP") == .percent(50))
        #expect(DepositRule(text: "20", currency: "GBP") == .fixed(Money(minorUnits: 2000, currency: "GBP")))
        #expect(DepositRule(text: "half", currency: "GBP") == nil)
    }
}
