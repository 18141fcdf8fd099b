import Engine
import Foundation

/// The words of the deposit pages in the client's language (English, Spanish, Russian; English for anything else).
struct PaymentPageText: Sendable {
    /// A page: its title and its paragraph, with `{service}`, `{when}`, `{amount}`, `{until}`, `{link}` filled in.
    struct Page: Sendable {
        var title: String
        var body: String
    }

    var productName: String
    var paid: Page
    var released: Page
    var nothingDue: Page
    var unknown: Page
    var unavailable: Page
    var thanks: Page
    var notTaken: Page
    var notTakenExpired: Page
    var payAgain: String
    var notConfigured: Page

    static func forLocale(_ locale: String) -> PaymentPageText {
        switch locale.split(separator: "-").first.map(String.init) ?? locale {
        case "es": spanish
        case "ru": russian
        default: english
        }
    }

    static let english = PaymentPageText(
        productName: "Deposit: {service}, {when_short}",
        paid: Page(title: "Your deposit is paid", body: "{service} on {when} is confirmed. See you then!"),
        released: Page(title: "This hold has ended",
                       body: "The slot held for {service} on {when} was released, so there is nothing to pay. To book again, reply to our message or visit {link}."),
        nothingDue: Page(title: "There's nothing to pay", body: "{service} on {when} is booked, and it needs no deposit. See you then!"),
        unknown: Page(title: "We can't find this payment link", body: "Please check the link in our message, or reply to it and we'll help."),
        unavailable: Page(title: "Payments are unavailable right now",
                          body: "Please try again in a minute. Your slot for {service} on {when} stays held until {until}."),
        thanks: Page(title: "Thank you!", body: "We're confirming your payment for {service} on {when}; you'll get a message in a moment."),
        notTaken: Page(title: "No payment was taken", body: "Your slot for {service} on {when} is held until {until}. The deposit is {amount}."),
        notTakenExpired: Page(title: "No payment was taken", body: "The hold for {service} on {when} has ended. To book again, reply to our message or visit {link}."),
        payAgain: "Pay the deposit",
        notConfigured: Page(title: "Online payment isn't available", body: "Please reply to our message and we'll help."))

    static let spanish = PaymentPageText(
        productName: "Depósito: {service}, {when_short}",
        paid: Page(title: "Su depósito está pagado", body: "{service} el {when} está confirmado. ¡Hasta pronto!"),
        released: Page(title: "La reserva provisional ha terminado",
                       body: "El hueco reservado para {service} el {when} se ha liberado, así que no hay nada que pagar. Para reservar de nuevo, responda a nuestro mensaje o visite {link}."),
        nothingDue: Page(title: "No hay nada que pagar", body: "{service} el {when} está reservado y no necesita depósito. ¡Hasta pronto!"),
        unknown: Page(title: "No encontramos este enlace de pago", body: "Revise el enlace de nuestro mensaje o respóndanos y le ayudaremos."),
        unavailable: Page(title: "Los pagos no están disponibles ahora mismo",
                          body: "Inténtelo de nuevo en un minuto. Su hueco para {service} el {when} sigue reservado hasta las {until}."),
        thanks: Page(title: "¡Gracias!", body: "Estamos confirmando su pago para {service} el {when}; recibirá un mensaje en un momento."),
        notTaken: Page(title: "No se ha cobrado nada", body: "Su hueco para {service} el {when} está reservado hasta las {until}. El depósito es de {amount}."),
        notTakenExpired: Page(title: "No se ha cobrado nada",
                              body: "La reserva provisional para {service} el {when} ha terminado. Para reservar de nuevo, responda a nuestro mensaje o visite {link}."),
        payAgain: "Pagar el depósito",
        notConfigured: Page(title: "El pago en línea no está disponible", body: "Responda a nuestro mensaje y le ayudaremos."))

    static let russian = PaymentPageText(
        productName: "Предоплата: {service}, {when_short}",
        paid: Page(title: "Предоплата получена", body: "{service}, {when}: запись подтверждена. До встречи!"),
        released: Page(title: "Бронь снята",
                       body: "Время для «{service}» ({when}) освобождено, платить ничего не нужно. Чтобы записаться снова, ответьте на наше сообщение или откройте {link}."),
        nothingDue: Page(title: "Платить ничего не нужно", body: "{service}, {when}: вы записаны, предоплата не требуется. До встречи!"),
        unknown: Page(title: "Ссылка на оплату не найдена", body: "Проверьте ссылку в нашем сообщении или ответьте на него, и мы поможем."),
        unavailable: Page(title: "Оплата сейчас недоступна",
                          body: "Попробуйте ещё раз через минуту. Время для «{service}» ({when}) остаётся за вами до {until}."),
        thanks: Page(title: "Спасибо!", body: "Мы подтверждаем оплату за «{service}» ({when}); сообщение придёт через минуту."),
        notTaken: Page(title: "Оплата не списана", body: "Время для «{service}» ({when}) остаётся за вами до {until}. Предоплата: {amount}."),
        notTakenExpired: Page(title: "Оплата не списана",
                              body: "Бронь для «{service}» ({when}) снята. Чтобы записаться снова, ответьте на наше сообщение или откройте {link}."),
        payAgain: "Оплатить",
        notConfigured: Page(title: "Онлайн-оплата недоступна", body: "Ответьте на наше сообщение, и мы поможем."))

    /// `pattern` with the page's values in (`{service}`, `{when}`, `{when_short}`, `{amount}`, `{until}`, `{link}`; plain text: the HTML page escapes it).
    static func fill(_ pattern: String, _ page: DepositPage?) -> String {
        guard let page else { return pattern }
        return pattern.replacingOccurrences(of: "{service}", with: page.service).replacingOccurrences(of: "{when_short}", with: page.whenShort)
            .replacingOccurrences(of: "{when}", with: page.when)
            .replacingOccurrences(of: "{amount}", with: page.amount).replacingOccurrences(of: "{until}", with: page.holdUntil ?? "")
            .replacingOccurrences(of: "{link}", with: page.bookingLink)
    }
}
