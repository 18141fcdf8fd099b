import Testing
import Intents

/// Russian replies, one case a line: `expecting | reply | intent | checks`.
/// Now is Monday 23 November 2026, 10:15 in Europe/Moscow; open 09:00–20:00.
let russianCorpus = corpus("ru", """
# Подтверждение
confirm | да | confirm
confirm | Да! | confirm
confirm | дааа | confirm
confirm | ага | confirm
confirm | конечно | confirm
confirm | ок | confirm
confirm | хорошо | confirm
confirm | подтверждаю | confirm
confirm | Подтверждаю, спасибо | confirm
confirm | подтвреждаю | confirm
confirm | приду | confirm
confirm | да, приду | confirm
confirm | Буду обязательно | confirm
confirm | буду | confirm
confirm | всё в силе | confirm
confirm | все в силе | confirm
confirm | до встречи | confirm
confirm | до завтра! | confirm
confirm | договорились | confirm
confirm | отлично, жду | confirm
confirm | 👍 | confirm
confirm | спасибо | confirm
confirm | спасибо за напоминание | confirm
confirm | без проблем, до встречи | confirm
confirm | не опоздаю | confirm
confirm | пpиду | confirm
confirm | ДA | confirm
confirm | да, в 4 буду | confirm | at=2026-11-23T16:00
confirm | в четверг буду | confirm | at=2026-11-26T00:00
confirm | не отменяйте, я приду | confirm
confirm | смогу прийти | confirm
# Отмена
confirm | нет | cancel
confirm | Нет. | cancel
confirm | 👎 | cancel
confirm | не смогу | cancel
confirm | не смогу прийти | cancel
confirm | Не смогу прийти, извините | cancel
confirm | не приду | cancel
confirm | не получится | cancel
confirm | к сожалению не смогу | cancel
confirm | отмените запись | cancel
confirm | отмените мою запись на завтра | cancel
confirm | хочу отменить запись | cancel
confirm | нужно отменить | cancel
confirm | придется отменить | cancel
confirm | заболела, не смогу прийти | cancel | sens=health
confirm | меня не будет | cancel
confirm | планы изменились | cancel
confirm | нет, спасибо | cancel
confirm | не могу прийти | cancel
confirm | отменитье запись | cancel
# Отписка
confirm | СТОП | optout
confirm | стоп | optout
confirm | stop | optout
confirm | отмена | optout
confirm | отписаться | optout
confirm | хватит | optout
confirm | не пишите мне больше | optout
confirm | удалите мой номер | optout
none | больше не пишите | optout
none | старт | optin
none | подписаться | optin
none | помощь | help
none | кто это? | help
none | не понимаю | help
# Перенос
confirm | можно перенести на четверг в 4? | reschedule | at=2026-11-26T16:00
confirm | да, но можно в 5? | reschedule | at=2026-11-23T17:00
confirm | нужно перенести запись | reschedule
confirm | хочу перенести | reschedule
confirm | можно поменять время? | reschedule
confirm | перенесите на пятницу | reschedule | at=2026-11-27T00:00 grain=day
confirm | а можно в среду после обеда? | reschedule | at=2026-11-25T12:00 grain=partOfDay
confirm | есть время завтра в 11? | reschedule | at=2026-11-24T11:00
confirm | не смогу завтра, можно в пятницу? | reschedule | at=2026-11-27T00:00
confirm | давайте в другой день | reschedule
confirm | можно на следующей неделе? | reschedule | at=2026-11-30T00:00 grain=week
confirm | можно в то же время на следующей неделе? | reschedule | at=2026-11-30T10:15
confirm | можно пораньше, в 10:30? | reschedule | at=2026-11-23T10:30
confirm | перенести на 30 ноября | reschedule | at=2026-11-30T00:00
confirm | можно в следующий понедельник? | reschedule | at=2026-11-30T00:00
confirm | перенесите на 4 часа дня | reschedule | at=2026-11-23T16:00
# Опоздание
confirm | опаздываю | late
confirm | опаздываю на 15 минут | late | late=15
confirm | опоздаю минут на 10 | late | late=10
confirm | задерживаюсь, буду через 20 минут | late | late=20
confirm | стою в пробке | late
confirm | немного опоздаю, извините | late
confirm | уже еду, буду через 5 минут | late | late=5
confirm | опоздаю на полчаса | late | late=30
# Вопросы и споры
confirm | сколько стоит? | question
confirm | где припарковаться? | question
confirm | есть парковка? | question
confirm | во сколько у меня запись? | question
confirm | можно оплатить картой? | question
confirm | какой адрес? | question
none | я приходила! | dispute
none | я уже отменила запись | dispute
none | я была на месте в 3 | dispute
none | я не записывалась | dispute
none | ошиблись номером | dispute
none | я уже оплатила | dispute
# Предложения
offer | да | accept
offer | беру | accept
offer | запишите меня | accept
offer | да, давайте | accept
offer | отлично | accept
offer | 2 | accept | choice=2
offer | #2 | accept | choice=2
offer | вариант 2 | accept | choice=2
offer | второй | accept | choice=2
offer | второй вариант | accept | choice=2
offer | первый, пожалуйста | accept | choice=1
offer | третье | accept | choice=3
offer | нет | decline
offer | нет, спасибо | decline
offer | не надо | decline
offer | не смогу в это время | decline
offer | в другой раз | decline
rebook | да, давайте | accept
rebook | да, завтра в 12? | accept | at=2026-11-24T12:00
rebook | нет, спасибо | decline
# Без вопроса и сомнения
none | да | confirm
none | отмените запись на завтра | cancel
confirm | не знаю | unknown
confirm | может быть | unknown
confirm | постараюсь прийти | unknown
confirm | я уточню и сообщу | unknown
confirm | не уверена | unknown
# Время
offer | сегодня в 5 | accept | at=2026-11-23T17:00
offer | завтра | accept | at=2026-11-24T00:00 grain=day
offer | завтра в 10 | accept | at=2026-11-24T10:00
offer | послезавтра | accept | at=2026-11-25T00:00
offer | через 3 дня | accept | at=2026-11-26T00:00
offer | через неделю | accept | at=2026-11-30T00:00
offer | на следующей неделе | accept | at=2026-11-30T00:00 grain=week
offer | в следующем месяце | accept | grain=month
offer | в этот четверг | accept | at=2026-11-26T00:00
offer | в четверг | accept | at=2026-11-26T00:00
offer | в следующий четверг | accept | at=2026-12-03T00:00
offer | в пятницу в 3 | accept | at=2026-11-27T15:00
offer | в пятницу утром | accept | at=2026-11-27T09:00 grain=partOfDay
offer | в субботу днем | accept | at=2026-11-28T12:00 grain=partOfDay
offer | сегодня вечером | accept | at=2026-11-23T18:00 grain=partOfDay
offer | вечером | accept | grain=partOfDay
offer | завтра утром | accept | at=2026-11-24T09:00 grain=partOfDay
offer | в 4 | accept | at=2026-11-23T16:00
offer | в 16:00 | accept | at=2026-11-23T16:00
offer | в 16.30 | accept | at=2026-11-23T16:30
offer | в четыре | accept | at=2026-11-23T16:00
offer | в 4 часа | accept | at=2026-11-23T16:00
offer | в 11 утра | accept | at=2026-11-23T11:00
offer | в 7 вечера | accept | at=2026-11-23T19:00
offer | в пять вечера | accept | at=2026-11-23T17:00
offer | в полдень | accept | at=2026-11-23T12:00
offer | 25 ноября | accept | at=2026-11-25T00:00
offer | 25 ноября в 3 | accept | at=2026-11-25T15:00
offer | 2 декабря | accept | at=2026-12-02T00:00
offer | 25.11 | accept | at=2026-11-25T00:00
offer | 25/11 | accept | at=2026-11-25T00:00
offer | после 6 | accept | at=2026-11-23T18:00 grain=hour
offer | до 12 | accept | at=2026-11-23T10:15 end=2026-11-23T12:00
offer | между 3 и 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | с 3 до 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | после обеда | accept | at=2026-11-23T12:00 grain=partOfDay
offer | в то же время через неделю | accept | at=2026-11-30T10:15
# После предложения: «нет, второй» берёт вариант; «нет, но в субботу утром» просит другое время.
offer | нет, второй | accept | choice=2
offer | нет, ни один не подходит, но в субботу утром можно | reschedule | at=2026-11-28T09:00 grain=partOfDay
offer | нет спасибо | decline
# Выходные.
confirm | можно на выходных? | reschedule | at=2026-11-28T00:00 end=2026-11-30T00:00
confirm | а можно на следующих выходных? | reschedule | at=2026-12-05T00:00
# A day of the month alone.
confirm | а можно 28-го? | reschedule | at=2026-11-28T00:00
# Из внешней проверки: транслит, вопросы о мастерах и часах работы, время словами.
confirm | Da | confirm | notime
confirm | da, budu, spasibo | confirm | notime
confirm | net | cancel | notime
confirm | otmenite pozhaluysta | cancel | notime
confirm | отмените эту и запишите на субботу | reschedule | at=2026-11-28T00:00 grain=day
confirm | Мария завтра работает? | question | at=2026-11-24T00:00 grain=day
confirm | вы в воскресенье работаете? | question | at=2026-11-29T00:00 grain=day
rebook | но я же была! | dispute | notime
none | хочу снова получать сообщения | optin | notime
offer | net, spasibo | decline | notime
offer | а в 16:00 это у Ольги? | question | at=2026-11-23T16:00 grain=minute
confirm | podtverzhdayu | confirm | notime
confirm | ne smogu, izvinite | cancel | notime
confirm | лучше 28-го | reschedule | at=2026-11-28T00:00 grain=day
confirm | а можно через час? | reschedule | at=2026-11-23T11:15 grain=minute
confirm | лучше полпятого | reschedule | at=2026-11-23T16:30 grain=minute
confirm | без четверти пять удобно? | reschedule | at=2026-11-23T16:45 grain=minute
confirm | в среду 2-го можно? | reschedule | at=2026-12-02T00:00 grain=day
confirm | в понедельник 30-го в 11? | reschedule | at=2026-11-30T11:00 grain=minute
confirm | лучше после семи | reschedule | at=2026-11-23T19:00 grain=hour
confirm | завтра до обеда можно? | reschedule | at=2026-11-24T09:00 grain=partOfDay
offer | da, vtoroy | accept | choice=2
confirm | лучше без двадцати шесть | reschedule | at=2026-11-23T17:40 grain=minute
confirm | вы завтра открыты? | question | at=2026-11-24T00:00 grain=day
offer | никакой не подходит | decline | notime
confirm | можно двадцать второго в 15? | reschedule | at=2026-12-22T15:00
confirm | перенесите на тридцатое | reschedule | at=2026-11-30T00:00
confirm | через полчаса можно? | reschedule | at=2026-11-23T10:45 grain=minute
confirm | в среду не могу, в пятницу? | reschedule | at=2026-11-27T00:00
rebook | может на следующей неделе | accept | at=2026-11-30T00:00
offer | не первый, второй | accept | choice=2
offer | ни первый ни второй | unknown
""")

@Suite("Russian replies")
struct RussianCorpusTests {
    @Test("each Russian reply is read as the table says", arguments: russianCorpus)
    func reply(_ c: CorpusCase) {
        let problem = mismatch(c)
        #expect(problem == nil, "\(c.text): \(problem ?? "")")
    }

    @Test("Russian replies are recognised as Russian without a locale", arguments: russianCorpus.filter { $0.text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } })
    func detected(_ c: CorpusCase) {
        let u = sharedMatcher.understand(c.text, locale: nil, expecting: c.expecting, context: corpusContext("ru"))
        #expect(u.locale == "ru", "\(c.text) read as \(u.locale)")
    }
}
