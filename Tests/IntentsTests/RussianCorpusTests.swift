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
confirm | отмена | cancel
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
# From an outside check of unseen replies (December 2026): 111 cases.
confirm | нет, давайте 12-го | reschedule | at=2026-12-12T00:00
confirm | Добрый день, в среду не получается, есть ли окошко в пятницу после обеда? Спасибо | reschedule | at=2026-11-27T12:00
confirm | я уже отменяла эту запись | dispute | notime
none | opazdyvayu na 15 min | late
none | какой у вас график в субботу? | question
offer | ни то ни другое, извините | decline | notime
offer | нет, давайте 12-го | reschedule | at=2026-12-12T00:00
confirm | дада | confirm | notime
confirm | лучше отменим, я приболела | cancel | notime
confirm | запись больше не нужна, спасибо | cancel | notime
none | я ничего не бронировала, кто это? | dispute | notime
confirm | хватит мне писать | optout | notime
none | сегодня поздно вечером | reschedule | at=2026-11-23T21:00
none | в пятницу в четверть двенадцатого | reschedule | at=2026-11-27T11:15
none | v pyatnitsu v 3 | reschedule | at=2026-11-27T15:00
confirm | нет, не в среду, а в четверг | reschedule | at=2026-11-26T00:00
confirm | Добрый вечер, да, конечно, буду. Спасибо! | confirm | notime
offer | ни то ни другое, а в субботу в 12 | reschedule | at=2026-11-28T12:00
confirm | да, буду 👍 | confirm | notime
confirm | Подтверждаю, спасибо! | confirm | notime
confirm | конечно приду | confirm | notime
confirm | да, всё в силе | confirm | notime
confirm | угу | confirm | notime
confirm | Здравствуйте! Да, подтверждаю запись на среду в 11:00. Спасибо, что напомнили, хорошего дня | confirm | at=2026-11-25T11:00
confirm | da budu | confirm | notime
confirm | ага, до встречи | confirm | notime
confirm | хорошо, буду вовремя | confirm | notime
confirm | да, мне нужно отменить | cancel | notime
confirm | отмените пожалуйста | cancel | notime
confirm | Добрый день, к сожалению, не получится прийти в среду, заболел ребёнок. Отмените, пожалуйста, мою запись. Извините за беспокойство | cancel | at=2026-11-25T00:00
confirm | не приду, отменяйте | cancel | notime
confirm | да, но придётся отменить( | cancel | notime
confirm | нет, я имела в виду 14:00 | reschedule
confirm | можно перенести на четверг? | reschedule | at=2026-11-26T00:00
confirm | а можно на 12 вместо 11? | reschedule
confirm | да, но лучше в 11:30, можно? | reschedule
confirm | давайте перенесём на следующую неделю | reschedule | at=2026-11-30T00:00
confirm | это не моя запись | dispute | notime
confirm | я никуда не записывалась | dispute | notime
confirm | вы ошиблись номером | dispute | notime
confirm | Мария в среду работает? | question
confirm | во сколько вы открываетесь? | question | notime
confirm | сколько стоит маникюр? | question | notime
confirm | у вас есть парковка? | question | notime
confirm | больше не пишите мне | optout | notime
none | подписаться снова | optin | notime
none | опаздываю на 10 минут | late
none | задерживаюсь минут на 15, извините | late
none | буду через 5 минут, опаздываю | late
none | в пробке, немного опоздаю | late
none | можно перенести мою запись на вторник? | reschedule | at=2026-11-24T00:00
offer | 1 | accept | choice=1 notime
offer | давайте второй вариант | accept | choice=2 notime
offer | да, беру | accept | notime
offer | забираю! | accept | notime
offer | давайте в четверг | accept | at=2026-11-26T00:00
offer | сегодня не могу, извините | decline
offer | ни одно не подходит | decline | notime
offer | в этот раз пас | decline | notime
offer | ни то ни другое, а в субботу можно? | reschedule | at=2026-11-28T00:00
rebook | да, можно в четверг? | reschedule | at=2026-11-26T00:00
rebook | пока нет, спасибо | decline | notime
confirm | нет, извините | cancel | notime
confirm | ne smogu, otmenite | cancel | notime
confirm | ладно, приду | confirm | notime
confirm | ok spasibo budu | confirm | notime
confirm | в среду не могу, отмените | cancel | at=2026-11-25T00:00
confirm | можно перенести на пятницу 27-е? | reschedule | at=2026-11-27T00:00
confirm | нет, я хотела на 17:00 | reschedule
confirm | перепутала день, можно в четверг? | reschedule | at=2026-11-26T00:00
none | уже выехала, но опаздываю минут на 10 | late
none | чуть-чуть опоздаю | late
none | у вас делают лазерную эпиляцию? | question | notime
none | где вы находитесь? | question | notime
offer | да! первый | accept | choice=1 notime
offer | отлично, записывайте меня | accept | notime
offer | мне никакой не подходит | decline | notime
offer | на этой неделе никак, спасибо | decline
rebook | да, хочу записаться снова | accept | notime
confirm | da, no nado otmenit | cancel | notime
none | в четверг 26-го | reschedule | at=2026-11-26T00:00
none | в пятницу в 5 | reschedule | at=2026-11-27T17:00
none | через 2 часа | reschedule | at=2026-11-23T12:15
none | через полчаса | reschedule | at=2026-11-23T10:45
none | через три дня | reschedule | at=2026-11-26T00:00
none | в эти выходные | reschedule | at=2026-11-28T00:00
none | завтра с 3 до 5 | reschedule | at=2026-11-24T15:00
# One o'clock as a word ("часу", "час дня"), alone or starting a range.
none | завтра с часу до трёх | reschedule | at=2026-11-24T13:00 end=2026-11-24T15:00
none | с часу до двух | reschedule | at=2026-11-23T13:00 end=2026-11-23T14:00
none | в пятницу к часу | reschedule | at=2026-11-27T13:00
none | в час дня | reschedule | at=2026-11-23T13:00
none | в четверг после 6 | reschedule | at=2026-11-26T18:00
none | завтра до обеда | reschedule | at=2026-11-24T09:00
none | в среду в полшестого | reschedule | at=2026-11-25T17:30
none | в пятницу без четверти четыре | reschedule | at=2026-11-27T15:45
none | двенадцатого декабря | reschedule | at=2026-12-12T00:00
none | первого декабря | reschedule | at=2026-12-01T00:00
none | в следующий понедельник | reschedule | at=2026-11-30T00:00
none | в четверг в 17:00 | reschedule | at=2026-11-26T17:00
none | в субботу в 10:30 | reschedule | at=2026-11-28T10:30
none | в четверг вечером | reschedule | at=2026-11-26T18:00
none | двадцать седьмого в три | reschedule | at=2026-11-27T15:00
none | через час | reschedule | at=2026-11-23T11:15
none | через 20 минут | reschedule | at=2026-11-23T10:35
none | во вторник 1 декабря в 10 | reschedule | at=2026-12-01T10:00
none | 30-го | reschedule | at=2026-11-30T00:00
none | через две недели | reschedule | at=2026-12-07T00:00
none | сегодня в 7 вечера | reschedule | at=2026-11-23T19:00
none | завтра в 9 | reschedule | at=2026-11-24T09:00
none | в субботу в полдень | reschedule | at=2026-11-28T12:00
none | хотела спросить, можно ли прийти в пятницу 27-го примерно в полчетвёртого, если вам удобно | reschedule | at=2026-11-27T15:30
none | в воскресенье 29-го | reschedule | at=2026-11-29T00:00
none | в 16:00 в четверг | reschedule | at=2026-11-26T16:00
none | 3 декабря в 10:30 | reschedule | at=2026-12-03T10:30
rebook | может на следующей неделе во вторник в 6 вечера | accept | at=2026-12-01T18:00
confirm | нет-нет, буду | confirm
confirm | Нет, я её вчера сама отменила | dispute
rebook | Не интересует, спасибо | decline
confirm | Да, конечно, но придётся отменить, извините | cancel
confirm | Можно перенести запись со среды на четверг? | reschedule | at=2026-11-26T00:00
offer | последний плз | accept | choice=-1
confirm | можно в половине пятого? | reschedule | at=2026-11-23T16:30 grain=minute
confirm | завтра в полшестого | reschedule | at=2026-11-24T17:30
# Either option will do: an acceptance that names none (the client is asked which).
offer | Любой | accept | notime
offer | без разницы | accept | notime
offer | мне всё равно | accept | notime
confirm | всё равно отмените | cancel | notime
# Declines that thank or ask to stay on the list.
offer | Спасибо всё равно, оба не подходят | decline | notime
offer | ни один вариант не подходит, держите меня в списке | decline | notime
confirm | я же отменила вовремя! | dispute | notime
# Вариант, исправленный на другой; номер в начале ответа.
offer | второй. хотя нет, первый лучше | accept | choice=1
offer | 1, нет, стоп, 2 | accept | choice=2
offer | 1, спасибо большое! | accept | choice=1
offer | Беру 1, только это к тому же мастеру? | accept | choice=1
# Время после «вместо» — то, от которого отказываются.
confirm | можно в 12 вместо 10? | reschedule | at=2026-11-23T12:00
confirm | вместо среды можно в четверг? | reschedule | at=2026-11-26T00:00 grain=day
offer | Мимо, я работаю в эти дни | decline
offer | я в отъезде до декабря | decline
# Латиницей: yes.
confirm | yes | confirm
confirm | отменить | cancel
# Вопрос о мастере не принимает вариант.
offer | А в четверг это к какому мастеру? | question
# Число словом: «третье число», «третьего числа в 11»; «до полудня».
none | Запишите на третье число на 11:15 | reschedule | at=2026-12-03T11:15
none | третьего числа в 11 | reschedule | at=2026-12-03T11:00
none | Запишите меня на пятницу до полудня | reschedule | at=2026-11-27T09:00
none | не понимаю эти сообщения, что нужно ответить? | help
# «+» — да, только как весь ответ; «2й» — вторая.
confirm | + | confirm
confirm | ++ | confirm
confirm | +7 999 123 45 67 | unknown
offer | 2й | accept | choice=2
offer | да, 2й вариант | accept | choice=2
# Сначала просьба, потом отказ от другого дня: просьба.
confirm | а на субботу можно? в среду не успеваю с работы | reschedule | at=2026-11-28T00:00 grain=day
confirm | а можно на пятницу после обеда? в среду никак | reschedule | at=2026-11-27T12:00
none | Здравствуйте! Я случайно отписалась от рассылки, и теперь не приходят напоминания. Верните, пожалуйста. | optin
offer | 1 нет, 2 тоже нет | decline
# Позвать человека
none | Позовите живого человека | help
confirm | Можно с администратором поговорить? Перезвоните мне | help
# Опоздание
confirm | В четверг могу задержаться немного, с работы буду ехать. Подождете? | late
# Час перед частью дня
offer | 3 часа дня в пятницу можно? | reschedule | at=2026-11-27T15:00
confirm | 3 часа дня в пятницу | reschedule | at=2026-11-27T15:00
# Отменять не надо
confirm | Отменять не надо, все в силе | confirm
confirm | не надо, отменяйте | cancel
# Части дня, транслит, дата после «на»
confirm | в сб утречком | reschedule | at=2026-11-28T09:00 grain=partOfDay
confirm | mozhno v pyatnicu vecherom? | reschedule | at=2026-11-27T18:00 grain=partOfDay
confirm | v shest vechera mozhno? | reschedule | at=2026-11-23T18:00
confirm | на 5.12 запишите | confirm | at=2026-12-05T00:00 grain=day
confirm | на 17.30 | reschedule | at=2026-11-23T17:30
confirm | перенесите плиз на след неделю | reschedule | at=2026-11-30T00:00 grain=week
confirm | на след неделе во вторник | reschedule | at=2026-12-01T00:00 grain=day
# Живой человек, отписка, возобновить, не успеваю и другое время
confirm | можно с живым человеком поговорить? | help
rebook | Как к вам записаться? Через сайт или тут отвечать? | help
none | отпишитесь от меня уже, сколько можно спамить 😡 | optout
none | Vozobnovite rassylku pozhalujsta | optin
confirm | в 16 не успеваю, можно на 17:30? | reschedule | at=2026-11-23T17:30
# Пока отменим; «если возможно» — вежливость; обстоятельства в прошлом
confirm | Привет! Слушайте, у меня ребенок заболел, всю неделю дома сидим, так что давайте пока отменим. Я потом сама напишу когда смогу | cancel
rebook | Уважаемые сотрудники клиники, прошу прощения за пропущенный приём — обстоятельства сложились непредвиденно. Хотела бы записаться на вторник, 1 декабря, на утро, если это возможно. | accept | at=2026-12-01T09:00
none | Я не отменяла запись! Почему мне пришло что она отменена?? | dispute
confirm | Не смогу, да | cancel
confirm | Сообщу если не смогу | unknown
confirm | Отменить? Вот ещё, приду конечно | confirm
confirm | Что сюда писать? Просто ДА отправить? | help
none | Здравствуйте, я случайно отключила уведомления, можно снова присылать напоминания? | optin
rebook | В смысле пропустила?? Я же в понедельник звонила и отменяла, не надо мне штраф выставлять | dispute
offer | а во вторник в 14 это к тому же мастеру? я только к Ане хожу | question
confirm | ни за что не смогу прийти | cancel
confirm | Ни за что не смогу прийти, заболела | cancel | sens=health
confirm | ни за что не пропущу | confirm
confirm | никак не смогу прийти | cancel
confirm | Да, но придётся отменить | cancel
confirm | Буду, но могу немного задержаться | late
confirm | В четверг не смогу, потом сама перезвоню и запишусь | cancel
offer | Уберите меня из рассылки пожалуйста | optout
none | включите обратно смс уведомления | optin
rebook | ну да надо бы... а что делать, просто время написать? | help
offer | Я ничего не просила переносить! У меня запись на четверг, оставьте как было | dispute
none | Мне пришло смс про запись на пятницу, но я ничего не записывала | dispute
confirm | Извините но у меня не массаж с Анной, я записана на окрашивание к Марко. Вы что-то перепутали | dispute
offer | Второй, но в 11? | reschedule | choice=2 at=2026-11-23T11:00
none | Спасибо за вчера, массаж был супер!! 🙏🙏 | unknown
offer | а в 3 можно? во вторник | reschedule | at=2026-11-24T15:00
none | не хочу отменять | confirm
confirm | не хочу отменять запись | confirm
confirm | четвёртого декабря | reschedule | at=2026-12-04T00:00
confirm | А пятого в четверть шестого вечера получится? | reschedule | at=2026-12-05T17:15
confirm | Отмените, пожалуйста. Перезапишусь сама позже, когда буду знать график на декабрь | cancel
none | алло? есть кто живой? ответьте человек а не бот | help
rebook | Хочу на следующей неделе, лучше в понедельник в 11 | reschedule | at=2026-11-30T11:00
confirm | а можно отменить если заболею? | question
offer | среда в 10:30 неудобно | decline
offer | третий с тем же мастером? | question
confirm | да, аннулируйте бронь | cancel
confirm | подтверждаю отмену | cancel
offer | Не, эти не подходят, останусь на своём времени | decline
rebook | я эту запись отменяла за два дня, почему мне пишут что я не пришла?? | dispute
none | А подарочные сертификаты есть? хочу маме на др | question
none | Почему списали 500 р? я ничего не пропускала | dispute
confirm | да конечно буду. а парковка у вас есть рядом? на машине приеду | confirm | question
confirm | Четверг норм, а адрес какой? Вы же на Ленина? | confirm | question
offer | 3. а парковка у вас бесплатная? | accept | choice=3 question
offer | Спасибо, но в пятницу в 17 я точно не могу, а во вторник и среду я на работе до вечера. Напишу сам когда разгребусь | decline
offer | Добрый день! Мне удобнее всего в среду утром, потому что во вторник я работаю до шести, а в пятницу уезжаю на дачу. Так что записывайте на среду. | reschedule | at=2026-11-25T09:00
offer | Завтра не могу, в среду с утра тоже работаю. Пятница в пять — идеально! | reschedule | at=2026-11-27T17:00
offer | самый ранний | accept | choice=-2
none | Здравствуйте, это Ольга. После прошлого массажа шея намного лучше, спасибо Анне огромное! Но тут внезапно отпуск дали, в среду улетаем с мужем в Турцию, так что в четверг никак 😔 Отмените пожалуйста, запишусь как вернемся | cancel
offer | в среду можно на 11, а не на 10:30? раньше не успею | reschedule | at=2026-11-25T11:00
confirm | в пятницу с утречка | reschedule | at=2026-11-27T09:00 grain=partOfDay
confirm | да но сколько это длится? | confirm | question
none | буду на 10 мин позже | late | late=10
none | верните мне пожалуйста смс напоминания я их случайно отключила | optin
none | Можно человека живого? Бот не понимает | help
# Not at one time but at another: the time after the contrast, on the day named before.
offer | вторник, но можно не в 14 а в 16? | reschedule | at=2026-11-24T16:00
offer | во вторник не в 14, а в 16 | reschedule | at=2026-11-24T16:00
# One option named, then a bare no opening the next clause: taken back.
offer | Так, первый... нет, стоп, во вторник я на работе. Давайте лучше пятницу | reschedule | at=2026-11-27T00:00
none | Я НЕ ПРИХОДИЛ НА ЛЕЧЕНИЕ 18.11 ПОТОМУ ЧТО ВЫ САМИ ПЕРЕНЕСЛИ ЗАПИСЬ!!! ПОЧЕМУ ШТРАФ??? ЕВГЕНИЙ | dispute
# How to pay, with the visit's day named, is a question, not a move.
confirm | а в четверг у вас можно картой оплатить? | question
offer | Оля на соревнованиях до воскресенья, эти варианты не подходят | decline
rebook | Барсик у ветеринара до пятницы, лапу порезал. Давайте в понедельник | accept | at=2026-11-30T00:00 grain=day
confirm | Ой, нема у меня времени в четверг, давайте в пятницу в полпятого | reschedule | at=2026-11-27T16:30
offer | Variant 2 pls | accept | choice=2
# Running late in a stuck train, fee complaints, "sooner", a number word with a please and thanks, "until" beside another time
none | застряла в метро, буду как смогу | late
none | почему у меня списали 40 фунтов? я у вас не была с октября | dispute
rebook | otpishite menya pls | optout
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
