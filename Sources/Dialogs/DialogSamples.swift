import BookingCore

/// Realistic values for every variable of every message, for previews and for `dialogs check`.
public enum DialogSamples {
    /// Typical values (`long: false`) or the longest a real spa would plausibly have (`long: true`), in the locale's own names and currency.
    /// The long staff `answer` is 120 characters: `staff_answer` must fit 2 SMS segments with an answer that long (longer ones may take more).
    public static func variables(for name: MessageName, locale: String, long: Bool = false) -> [String: DialogValue] {
        let p = People(locale: locale, long: long)
        var all: [String: DialogValue] = [
            "business": .text(p.business),
            "first_name": .text(p.firstName),
            "service": .text(p.service),
            "when": .dateTime(at(2026, 11, 24, 10, 0)),
            "location": .text(p.location),
            "booking_link": .text(p.bookingLink),
            "manage_link": .text(p.manageLink),
            "booking_page": .text(long ? "https://book.willowandstone.example/book/soho" : "https://wsspa.example/book"),
            "code": .text("482913"),
            "fee": .money(Money(minorUnits: p.price / 2, currency: p.currency)),
            "staff": .text(p.staff),
            "time": .time(LocalTime(minutes: 10 * 60)),
            "slots": .slots([at(2026, 11, 26, 16, 30), at(2026, 11, 27, 11, 0), at(2026, 11, 28, 9, 45)].map { SlotOption($0) }),
            "requested": .dateTime(at(2026, 11, 26, 16, 0)),
            "previous": .dateTime(at(2026, 11, 24, 10, 0)),
            "hold_minutes": .count(long ? 120 : 15),
            "rebook_date": .date(LocalDate(year: 2026, month: 12, day: 22)!),
            "deposit": .money(Money(minorUnits: p.price, currency: p.currency)),
            "payment_link": .text(p.paymentLink),
            "phone": .text(p.phone),
            "appointments": .slots([SlotOption(at(2026, 11, 24, 10, 0), label: p.service),
                                    SlotOption(at(2026, 12, 1, 15, 30), label: p.otherService)]),
            "client": .text(p.fullName),
            "client_contact": .text("SMS +447700900123"),
            "reason": .text(p.reason),
            "messages": .transcript([TranscriptLine(from: p.business, text: p.botLine), TranscriptLine(from: p.firstName, text: p.clientLine)]),
            "count": .count(long ? 12 : 3),
            "answer": .text(p.answer),
            "minutes": .count(long ? 45 : 10),
        ]
        if name == .moveReceipt { all["when"] = .dateTime(at(2026, 11, 26, 16, 30)) }
        let wanted = Set(name.variables.map(\.name))
        return all.filter { wanted.contains($0.key) }
    }

    private static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> LocalDateTime {
        LocalDateTime(date: LocalDate(year: y, month: m, day: d)!, time: LocalTime(minutes: h * 60 + min))
    }

    /// One locale's sample people and places.
    private struct People {
        var business, firstName, fullName, service, otherService, location, staff, bookingLink, manageLink, paymentLink, phone: String
        var reason, botLine, clientLine, answer, currency: String
        var price: Int64

        init(locale: String, long: Bool) {
            switch locale.split(separator: "-").first.map(String.init) ?? locale {
            case "es":
                business = long ? "Centro de Bienestar Agua y Piedra" : "Agua y Piedra"
                firstName = long ? "Maria de las Mercedes" : "Carmen"
                fullName = long ? "Maria de las Mercedes Fernandez-Castellanos" : "Carmen Ruiz"
                service = long ? "Masaje corporal completo con piedras calientes" : "Limpieza facial"
                otherService = "Manicura"
                location = long ? "Agua y Piedra, calle de Fuencarral 123, Madrid" : "Agua y Piedra Chamberi"
                staff = long ? "Maria Jose Villanueva" : "Lucia"
                currency = "EUR"; price = long ? 125_000 : 6_500
                reason = long ? "dice que vino a la cita y no quiere pagar la penalizacion" : "pregunta por alergias"
                botLine = "Te recordamos tu cita del martes a las 10:00."
                clientLine = long ? "Yo si fui a la cita, no entiendo por que me cobran, quiero hablar con alguien hoy mismo" : "Tengo alergia al latex, pasa algo?"
                answer = long ? "Es verdad, viniste a tu hora y el cargo fue un error nuestro. Ya lo hemos quitado y no pagas nada. Disculpa la molestia."
                    : "Claro, sin problema: usamos guantes sin latex. Te esperamos el martes."
            case "ru":
                business = long ? "Спа-салон «Ива и Камень»" : "Ива и Камень"
                firstName = long ? "Александра" : "Ольга"
                fullName = long ? "Александра Константинопольская" : "Ольга Смирнова"
                service = long ? "Антицеллюлитный массаж всего тела" : "Чистка лица"
                otherService = "Маникюр"
                location = long ? "Ива и Камень на Большой Никитской" : "Ива и Камень"
                staff = long ? "Екатерина Владимировна" : "Ирина"
                currency = "RUB"; price = long ? 12_500_000 : 850_000
                reason = long ? "клиентка оспаривает неявку и просит отменить штраф" : "вопрос о противопоказаниях"
                botLine = "Напоминаем о записи во вторник в 10:00."
                clientLine = long ? "Я была на процедуре, почему мне пишут про неявку? Разберитесь, пожалуйста" : "Можно ли делать чистку при беременности?"
                answer = long ? "Вы правы, вы пришли вовремя, штраф выставлен по ошибке. Мы его уже сняли, ничего списано не будет. Простите за путаницу!"
                    : "При беременности лучше выбрать мягкий уход без кислот, подберём его на месте."
            default:
                business = long ? "Willow & Stone Day Spa and Wellness" : "Willow & Stone"
                firstName = long ? "Alexandra-Charlotte" : "Maria"
                fullName = long ? "Alexandra-Charlotte Montgomery-Smythe" : "Maria Lopez"
                service = long ? "Signature Hot Stone Full Body Massage" : "Facial"
                otherService = "Manicure"
                location = long ? "Willow & Stone, 123 Marylebone High Street" : "Willow & Stone Soho"
                staff = long ? "Anna-Katharina" : "Anna"
                currency = "GBP"; price = long ? 125_000 : 8_500
                reason = long ? "disputes the no-show fee and says she was there on time" : "asks about allergies"
                botLine = "Reminder: your Facial is on Tue 24 Nov at 10:00."
                clientLine = long ? "I was there on time, why am I being charged a no-show fee? Please call me today" : "I'm allergic to latex, is that ok?"
                answer = long ? "You're right, you were here on time and the fee was our mistake. I've removed it, nothing will be charged. See you soon!"
                    : "Yes, that's fine: we use latex-free gloves. See you on Tuesday!"
            }
            // A client's own link to the booking page, with the service: as long as SlotKeeper's signed links get.
            bookingLink = long ? "https://book.willowandstone.example/book/soho?service=hot-stone-90&c=c-10428&t=kq7zt.Xb3dEf9hIj2lMn0pQr4t"
                : "https://wsspa.example/book"
            manageLink = long ? "https://book.willowandstone.example/book/m/a-7Q2X9K3M/kq7zt.Xb3dEf9hIj2lMn0pQr4t"
                : "https://wsspa.example/book/m/a-7Q2X/kq7zt.Xb3dEf9hIj2lMn0p"
            paymentLink = long ? "https://pay.willowandstone.example/deposit/AB12CD34EF" : "https://wsspa.example/pay/7Q2X"
            phone = long ? "+44 20 7946 0958" : "020 7946 0958"
        }
    }
}
