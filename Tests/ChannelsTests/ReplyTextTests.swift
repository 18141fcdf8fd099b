@testable import Channels
import Testing

/// Replies as mail programs really shape them: the client's words first, the quoted reminder under them.
@Suite("Reply text: quoted history stripped")
struct ReplyTextTests {
    static let cases: [(String, String, String)] = [
        ("plain", "yes", "yes"),
        ("several paragraphs kept", "Hi,\n\nI need to move it.\n\nThanks,\nAnna", "Hi,\n\nI need to move it.\n\nThanks,\nAnna"),
        ("Gmail", "Yes, see you then!\n\nOn Tue, 24 Nov 2026 at 10:00, Soho Spa <bookings@spa.example.com> wrote:\n> Hi Anna, a reminder.\n> Reply YES to confirm.", "Yes, see you then!"),
        ("Gmail, attribution wrapped", "Yes\n\nOn Tue, 24 Nov 2026 at 10:00, Soho Spa <\nbookings@spa.example.com> wrote:\n\n> Reminder", "Yes"),
        ("Gmail, no blank line before it", "Yes, see you at 10\nOn Tue, 24 Nov 2026 at 10:00, Soho Spa <bookings@spa.example.com> wrote:\n> x", "Yes, see you at 10"),
        ("Gmail in Spanish", "Sí, allí estaré\n\nEl mar, 24 nov 2026 a las 10:00, Soho Spa (<bookings@spa.example.com>) escribió:\n> Recordatorio", "Sí, allí estaré"),
        ("Gmail in Spanish, wrapped", "Cancelar\n\nEl mar, 24 nov 2026 a las 10:00, Soho Spa (<\nbookings@spa.example.com>) escribió:\n> Recordatorio", "Cancelar"),
        ("Gmail in Russian", "Да, приду\n\nвт, 24 нояб. 2026 г. в 10:00, Soho Spa <bookings@spa.example.com>:\n> Напоминание", "Да, приду"),
        ("Gmail in Russian, wrapped", "Да\n\nвт, 24 нояб. 2026 г. в 10:00, Soho Spa <\nbookings@spa.example.com>:\n\n> Напоминание", "Да"),
        ("Yandex", "Отменить, пожалуйста\n\n24.11.2026, 10:00, \"Soho Spa\" <bookings@spa.example.com>:\n> Напоминание о записи", "Отменить, пожалуйста"),
        ("Yandex, mobile sign-off", "Приду\n\nОтправлено из мобильной Яндекс.Почты\n\n24.11.2026, 10:00, \"Soho Spa\" <bookings@spa.example.com>:\n> Напоминание", "Приду"),
        ("Mail.ru", "Перенесите на четверг\n\n\nВторник, 24 ноября 2026, 10:00 +03:00 от Soho Spa <bookings@spa.example.com>:\n> Напоминание", "Перенесите на четверг"),
        ("Thunderbird in Russian: пишет", "Приду\n\n24.11.2026 10:00, Soho Spa пишет:\n> Напоминание", "Приду"),
        ("Apple Mail in Russian: написал(а)", "Да\n\n24 нояб. 2026 г., в 10:00, Soho Spa <bookings@spa.example.com> написал(а):\n\n> Напоминание", "Да"),
        ("Apple Mail on iPhone", "Can we do Thursday at 4 instead?\n\nSent from my iPhone\n\n> On 24 Nov 2026, at 10:00, Soho Spa <bookings@spa.example.com> wrote:\n> \n> Reminder", "Can we do Thursday at 4 instead?"),
        ("Apple Mail", "Confirmed, thanks\n\n> On 24 Nov 2026, at 10:00, Soho Spa <bookings@spa.example.com> wrote:\n>\n> Reminder: Tue at 10:00", "Confirmed, thanks"),
        ("Apple Mail in Spanish", "Confirmo\n\nEnviado desde mi iPhone\n\nEl 24 nov 2026, a las 10:00, Soho Spa <bookings@spa.example.com> escribió:\n\n> Recordatorio", "Confirmo"),
        ("Thunderbird", "Yes.\n\nOn 24/11/2026 10:00, Soho Spa wrote:\n> Reminder", "Yes."),
        ("French", "Oui\n\nLe mar. 24 nov. 2026 à 10:00, Soho Spa <bookings@spa.example.com> a écrit :\n> Rappel", "Oui"),
        ("Outlook: Original Message", "Please cancel, sorry.\n\n-----Original Message-----\nFrom: Soho Spa <bookings@spa.example.com>\nSent: Tuesday, November 24, 2026 10:00 AM\nTo: anna@example.com\nSubject: Reminder\n\nHi Anna, a reminder.", "Please cancel, sorry."),
        ("Outlook.com: underscore rule", "Confirm\n\n________________________________\nFrom: Soho Spa <bookings@spa.example.com>\nSent: Tuesday, 24 November 2026 10:00\nTo: Anna <anna@example.com>\nSubject: Reminder\n\nHi Anna", "Confirm"),
        ("Outlook: bare From/Sent block", "Running 10 minutes late\n\nFrom: Soho Spa <bookings@spa.example.com>\nSent: 24 November 2026 10:00\nTo: anna@example.com\nSubject: Reminder\n\nHi", "Running 10 minutes late"),
        ("Outlook: bold labels", "Running late\n\n*From:* Soho Spa <bookings@spa.example.com>\n*Sent:* 24 November 2026 10:00\n*To:* anna@example.com\n\nHi", "Running late"),
        ("Outlook in Spanish", "Sí\n\n________________________________\nDe: Soho Spa <bookings@spa.example.com>\nEnviado: martes, 24 de noviembre de 2026 10:00\nPara: ana@example.com\nAsunto: Recordatorio\n\nHola", "Sí"),
        ("Outlook in Spanish: Mensaje original", "No podré ir\n\n-----Mensaje original-----\nDe: Soho Spa <bookings@spa.example.com>\nFecha: martes, 24 de noviembre de 2026 10:00\n\nHola", "No podré ir"),
        ("Outlook in Russian", "Да\n\n-----Исходное сообщение-----\nОт: Soho Spa <bookings@spa.example.com>\nОтправлено: 24 ноября 2026 г. 10:00\nКому: olga@example.com\nТема: Напоминание\n\nЗдравствуйте", "Да"),
        ("Outlook in Russian, no separator", "Перенесите, пожалуйста\n\nОт: Soho Spa <bookings@spa.example.com>\nОтправлено: 24 ноября 2026 г. 10:00\nКому: olga@example.com\n\nЗдравствуйте", "Перенесите, пожалуйста"),
        ("Outlook for iOS sign-off", "Yes\n\nGet Outlook for iOS\n________________________________\nFrom: Soho Spa <bookings@spa.example.com>\nSent: Tuesday, November 24, 2026 10:00:00 AM\nTo: anna@example.com", "Yes"),
        ("Gmail forward", "FYI, can my sister take this?\n\n---------- Forwarded message ---------\nFrom: Soho Spa <bookings@spa.example.com>\nDate: Tue, 24 Nov 2026 at 10:00\nSubject: Reminder", "FYI, can my sister take this?"),
        ("signature", "Yes please\n\n-- \nAnna Smith\nSenior Designer", "Yes please"),
        ("signature with trimmed space, then quote", "Yes\n--\nAnna\n\nOn Tue, 24 Nov 2026 at 10:00, Soho Spa <bookings@spa.example.com> wrote:\n> x", "Yes"),
        ("reply under the quote", "On Tue, 24 Nov 2026 at 10:00, Soho Spa <bookings@spa.example.com> wrote:\n> Reminder: Tue at 10:00\n\nYes, I'll be there", "Yes, I'll be there"),
        ("reply between quoted lines", "> Can you come on Tuesday?\nYes\n> Or Wednesday?\nNo", "Yes\nNo"),
        ("nothing but quote", "> Reminder\n> Reply YES", ""),
        ("'wrote:' inside a sentence is kept", "Yes, my husband wrote:\nwe both come", "Yes, my husband wrote:\nwe both come"),
        ("non-breaking spaces", "Yes\u{00A0}\n\nOn Tue, 24 Nov 2026 at 10:00, Soho Spa <bookings@spa.example.com> wrote:\n> x", "Yes"),
        ("CRLF line endings", "Confirm\r\n\r\nOn Tue, 24 Nov 2026 at 10:00, Soho Spa <bookings@spa.example.com> wrote:\r\n> x\r\n", "Confirm"),
    ]

    @Test("strips what the mail program quoted", arguments: cases)
    func strips(_ name: String, _ text: String, _ expected: String) {
        #expect(ReplyText.strip(text) == expected, "\(name)")
    }
}
