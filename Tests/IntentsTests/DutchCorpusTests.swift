import Testing
import Intents

/// Dutch (Netherlands and Flanders) replies, one case a line: `expecting | reply | intent | checks`.
/// Now is Monday 23 November 2026, 10:15 in Europe/Amsterdam; open 09:00–20:00.
let dutchCorpus = corpus("nl", """
# Bevestigen
confirm | ja | confirm
confirm | Ja | confirm
confirm | JA! | confirm
confirm | jaaa | confirm
confirm | ja hoor | confirm
confirm | Ja hoor, tot morgen! | confirm
confirm | jazeker | confirm
confirm | ja zeker | confirm
confirm | jep | confirm
confirm | jup top | confirm
confirm | yes | confirm
confirm | ok | confirm
confirm | oké | confirm
confirm | oke | confirm
confirm | okeee | confirm
confirm | okee top | confirm
confirm | okido | confirm
confirm | prima | confirm
confirm | prima, tot dan | confirm
confirm | top | confirm
confirm | toppie! | confirm
confirm | super | confirm
confirm | perfect | confirm
confirm | is goed | confirm
confirm | is goed hoor | confirm
confirm | 'tis goed | confirm
confirm | da's goed | confirm
confirm | komt goed | confirm
confirm | akkoord | confirm
confirm | afgesproken | confirm
confirm | klopt | confirm
confirm | idd | confirm
confirm | bevestigd | confirm
confirm | bevestigt | confirm
confirm | Ik bevestig de afspraak | confirm
confirm | ik kom | confirm
confirm | ik kom zeker | confirm
confirm | ja ik kom | confirm
confirm | oke ik kom | confirm
confirm | ik ben er | confirm
confirm | ik ben er 👍 | confirm
confirm | ik ben erbij | confirm
confirm | ik ben d'r | confirm
confirm | ik zal er zijn | confirm
confirm | ja, ik zal er zijn | confirm
confirm | tot dan! | confirm
confirm | tot morgen | confirm
confirm | tot donderdag | confirm
confirm | tot straks | confirm
confirm | tot zo | confirm
confirm | 👍 | confirm
confirm | 👌 | confirm
confirm | ja hoor!! 😊 | confirm
confirm | bedankt | confirm
confirm | dank je wel! | confirm
confirm | dankjewel | confirm
confirm | Dankuwel, tot morgen | confirm
confirm | merci | confirm
confirm | oké, merci! | confirm
confirm | thanks voor de reminder | confirm
confirm | bedankt voor de herinnering, ik kom | confirm
confirm | geen probleem, tot dan | confirm
confirm | geen punt | confirm
confirm | geen zorgen, ik ben er | confirm
confirm | is in orde | confirm
confirm | 't is in orde | confirm
confirm | ja dat klopt | confirm
confirm | gaat door | confirm
confirm | gaat gewoon door hoor | confirm
confirm | dat past prima | confirm
confirm | komt goed uit | confirm
confirm | klinkt goed | confirm
confirm | lijkt me prima | confirm
confirm | zeker weten, ik heb er zin in | confirm
confirm | Goedemorgen, ja ik kom. Groetjes | confirm
confirm | ja graag | confirm
confirm | sowieso | confirm
confirm | oke top, tot dan | confirm
confirm | ik kom niet te laat | confirm
confirm | niet annuleren, ik kom! | confirm
confirm | zal het niet vergeten | confirm
confirm | ik kan niet wachten! | confirm
confirm | ja, ik kom om 4 uur | confirm | at=2026-11-23T16:00
confirm | ja hoor, donderdag ben ik er | confirm | at=2026-11-26T00:00
confirm | Hoi, ja hoor ik kom morgen gewoon | confirm
confirm | Jazeker! Tot morgen 😊 | confirm
confirm | Oke bedankt voor de herinnering! | confirm
confirm | ik kom zeker, tot donderdag! | confirm
confirm | Helemaal goed, tot dan | confirm
confirm | Ja, ik ben er. Groetjes Marieke | confirm
confirm | Goedemiddag, ik bevestig mijn afspraak | confirm
confirm | ik kom 👍 | confirm
confirm | kom ik | confirm
confirm | ik kan komen | confirm
confirm | Goeiemorgen! Ik zal er zijn hoor | confirm
confirm | Ik ga er zijn | confirm
confirm | ge moogt mij verwachten | confirm
confirm | jaa tot morgen xx | confirm
confirm | Okidoki | confirm
confirm | yess | confirm
confirm | ja, bevestigd. tot dan | confirm
confirm | top dank je | confirm
confirm | ok thx | confirm
confirm | Oké 👍🏼 | confirm
confirm | ✅ | confirm
confirm | Nee niet annuleren! Ik kom | confirm
confirm | Ik kom wel, niet annuleren hoor | confirm
confirm | geeft niet, ik kom | confirm
confirm | maakt niet uit | confirm
# Afzeggen
confirm | nee | cancel
confirm | Nee. | cancel
confirm | neen | cancel
confirm | nee sorry | cancel
confirm | 👎 | cancel
confirm | ik kan niet | cancel
confirm | ik kan niet komen | cancel
confirm | ik kan helaas niet komen | cancel
confirm | Helaas kan ik niet komen | cancel
confirm | ik kan morgen niet | cancel
confirm | morgen lukt niet | cancel
confirm | lukt me helaas niet | cancel
confirm | het lukt niet | cancel
confirm | gaat niet lukken | cancel
confirm | dat gaat me niet lukken helaas | cancel
confirm | ik kom niet | cancel
confirm | ik kom nie | cancel
confirm | ik kan nie komen | cancel
confirm | kan ff niet | cancel
confirm | ik kom morgen niet | cancel
confirm | ik moet afzeggen | cancel
confirm | moet helaas afzeggen, sorry | cancel
confirm | ik wil mijn afspraak annuleren | cancel
confirm | annuleren aub | cancel
confirm | graag annuleren | cancel
confirm | kunt u mijn afspraak annuleren? | cancel
confirm | kun je de afspraak annuleren | cancel
confirm | anuleren | cancel
confirm | anuleer maar | cancel
confirm | afzeggn | cancel
confirm | zeg maar af | cancel
confirm | er is iets tussengekomen | cancel
confirm | er is iets tussen gekomen, ik kan niet | cancel
confirm | ik ben verhinderd | cancel
confirm | ik heb geen tijd | cancel
confirm | ik ben ziek, ik kan niet komen | cancel | sens=health
confirm | ben grieperig, moet helaas afzeggen | cancel | sens=health
confirm | mijn oma is overleden, ik kan niet komen | cancel | sens=health
confirm | nee helaas | cancel
confirm | helaas niet | cancel
confirm | nee, gaat niet | cancel
confirm | ok, ik kan toch niet komen | cancel
confirm | bedankt, maar ik kan niet | cancel
confirm | ik ga niet kunnen komen | cancel
confirm | ik geraak er niet, sorry | cancel
confirm | ik meld me af voor morgen | cancel
confirm | moet werken, kan niet komen | cancel
confirm | past me niet meer | cancel
confirm | Ik moet helaas annuleren, mijn zoontje is ziek | cancel | sens=health
confirm | kan helaas niet komen door werk | cancel
confirm | Hoi, ik moet mijn afspraak helaas afzeggen | cancel
confirm | Ik zal er niet zijn | cancel
confirm | ik ben er morgen niet | cancel
confirm | helaas lukt het niet | cancel
confirm | Het lukt mij morgen niet | cancel
confirm | ik kan er morgen niet bij zijn | cancel
confirm | Ik heb corona, kan niet komen | cancel | sens=health
confirm | Sorry, ik haal het niet | cancel
confirm | dat gaat niet lukken morgen | cancel
confirm | mag geannuleerd worden | cancel
confirm | oke, annuleer maar | cancel
confirm | Ik ga niet kunnen komen, ik ben ziek | cancel | sens=health
confirm | Sorry, ik moet mijn afspraak afzeggen wegens ziekte | cancel
confirm | Ik lig in het ziekenhuis, dus ik kan niet | cancel | sens=health
confirm | ik ben geopereerd, ik moet even afzeggen | cancel | sens=health
confirm | nee nee | cancel
confirm | ❌ | cancel
confirm | Niet | cancel
confirm | vandaag niet | cancel
confirm | wij komen niet | cancel
confirm | we kunnen niet komen | cancel
confirm | ik red het niet | cancel
confirm | Annuleer | cancel
confirm | afzeggen | cancel
none | afspraak annuleren | cancel
# Afmelden en aanmelden
confirm | STOP | optout
confirm | stop | optout
confirm | Stop! | optout
confirm | afmelden | optout
confirm | uitschrijven | optout
confirm | stop met sms'en | optout
confirm | stop met die berichten | optout
confirm | stuur me geen berichten meer | optout
confirm | ik wil geen berichten meer | optout
none | verwijder mijn nummer | optout
none | laat me met rust | optout
none | STOP aub | optout
none | START | optin
none | start | optin
none | weer aanmelden | optin
none | help | help
none | hulp | help
none | info | help
none | ? | help
none | wat is dit? | help
none | wie is dit | help
none | ik snap het niet | help
none | huh? | help
none | stop met die smsjes | optout
none | Ik wil geen sms meer ontvangen | optout
none | haal mijn nummer uit het systeem | optout
none | afmelden aub | optout
none | stuur me geen sms meer | optout
none | niet meer sturen aub | optout
none | Ik wil weer berichten ontvangen | optin
confirm | Wie ben jij? | help
confirm | wat moet ik hier mee? | help
confirm | hè? | help
none | ?? | help
# Verzetten
confirm | kan het ook donderdag om 4 uur? | reschedule | at=2026-11-26T16:00
confirm | kunnen we verzetten naar vrijdag? | reschedule | at=2026-11-27T00:00 grain=day
confirm | ik wil graag verzetten | reschedule
confirm | kan ik mijn afspraak verzetten? | reschedule
confirm | moet helaas verzetten | reschedule
confirm | verzette | reschedule
confirm | kan het een uurtje later? | reschedule
confirm | kan het wat later? | reschedule
confirm | iets eerder zou fijn zijn | reschedule
confirm | ik wil graag een andere dag | reschedule
confirm | andere tijd graag | reschedule
confirm | liever woensdagmiddag | reschedule | at=2026-11-25T12:00 grain=partOfDay
confirm | ja maar kan het om 5 uur? | reschedule | at=2026-11-23T17:00
confirm | morgen kan ik niet, vrijdag wel? | reschedule | at=2026-11-27T00:00
confirm | donderdag past me beter | reschedule | at=2026-11-26T00:00
confirm | komt vrijdag beter uit? | reschedule | at=2026-11-27T00:00
confirm | kan het volgende week? | reschedule | at=2026-11-30T00:00 grain=week
confirm | kan het ook overvolgende week? | reschedule | at=2026-12-07T00:00 grain=week
confirm | liever overvolgende vrijdag om 14 uur | reschedule | at=2026-12-11T14:00
confirm | zelfde tijd volgende week? | reschedule | at=2026-11-30T10:15
confirm | is er nog iets vrij op zaterdag? | reschedule | at=2026-11-28T00:00
confirm | hebben jullie morgen om 11 uur nog plek? | reschedule | at=2026-11-24T11:00
confirm | kan ik ook om half 5 komen? | reschedule | at=2026-11-23T16:30
confirm | liever in de middag | reschedule | at=2026-11-23T12:00 grain=partOfDay
confirm | kunnen we het verplaatsen naar 30 november? | reschedule | at=2026-11-30T00:00
confirm | kan het op 2 december? | reschedule | at=2026-12-02T00:00
confirm | kan het in december? | reschedule | at=2026-12-01T00:00 grain=month
confirm | Hoi! Ik kan donderdag niet, kan het vrijdag om 10 uur? | reschedule | at=2026-11-27T10:00
confirm | schuif maar door naar volgende week | reschedule | at=2026-11-30T00:00 grain=week
confirm | vanmiddag past beter | reschedule | at=2026-11-23T12:00 grain=partOfDay
confirm | kan het morgenochtend? | reschedule | at=2026-11-24T09:00 grain=partOfDay
confirm | morgenavond om 7 uur? | reschedule | at=2026-11-24T19:00
confirm | kan het tussen 3 en 5? | reschedule | at=2026-11-23T15:00 end=2026-11-23T17:00
confirm | kan het ook na vijven? | reschedule | at=2026-11-23T17:00 grain=hour
confirm | heb je donderdagavond nog plek? | reschedule | at=2026-11-26T18:00 grain=partOfDay
confirm | om 4 uur kan ik niet, maar wel om 5 uur | reschedule | at=2026-11-23T17:00
confirm | kan het over 2 weken? | reschedule | at=2026-12-07T00:00
confirm | kan het in de voormiddag? | reschedule | grain=partOfDay
confirm | kan het donderdagnamiddag? | reschedule | at=2026-11-26T12:00 grain=partOfDay
confirm | ik ben zwanger en misselijk, kan ik verzetten? | reschedule | sens=health
confirm | ik wil het verzetten naar volgende week | reschedule | at=2026-11-30T00:00 grain=week
confirm | Kan ik de afspraak verzetten naar donderdag? | reschedule | at=2026-11-26T00:00
confirm | Is het mogelijk om de afspraak te verplaatsen? | reschedule
confirm | kan het een uur later? | reschedule
confirm | kan het een half uurtje eerder? | reschedule
confirm | Kan ik ook om 3 uur komen? | reschedule | at=2026-11-23T15:00
confirm | Zou het ook woensdag kunnen? | reschedule | at=2026-11-25T00:00
confirm | ik zou graag een andere datum willen | reschedule
confirm | Hebben jullie vrijdag nog iets vrij? | reschedule | at=2026-11-27T00:00
confirm | wat dacht je van dinsdag | reschedule | at=2026-11-24T00:00
confirm | ik kan alleen na 5 uur | reschedule | at=2026-11-23T17:00 grain=hour
confirm | ik kan pas om 5 uur | reschedule | at=2026-11-23T17:00
confirm | graag een andere afspraak | reschedule
confirm | nee, ik moet het verzetten | reschedule
confirm | ik kan niet, kan het vrijdag? | reschedule | at=2026-11-27T00:00
confirm | Ik kan niet om 10 uur, wel om 11 uur | reschedule | at=2026-11-23T11:00
confirm | ik stop om 5 uur met werken, kan het daarna? | reschedule
confirm | ik ben vrij op vrijdag, kan het dan? | reschedule | at=2026-11-27T00:00
confirm | Mijn ma is jarig, kan het een andere dag? | reschedule
confirm | kan da nog verzet worden? | reschedule
confirm | zou het in de namiddag kunnen? | reschedule | grain=partOfDay
confirm | kan het volgende week dinsdag? | reschedule | at=2026-12-01T00:00
confirm | kan het dinsdag 1 december? | reschedule | at=2026-12-01T00:00
confirm | kan het 1/12? | reschedule | at=2026-12-01T00:00
none | afspraak verzetten | reschedule
confirm | kan het een week later? | reschedule
# Te laat
confirm | ik ben te laat | late
confirm | sorry ik ben iets te laat | late
confirm | ik ben 10 minuten te laat | late | late=10
confirm | sorry, ben 5 min later | late | late=5
confirm | ik sta in de file, ben er over 10 min | late | late=10
confirm | ik ben een kwartiertje later | late | late=15
confirm | kom een kwartiertje later | late | late=15
confirm | ik ben een half uurtje te laat | late | late=30
confirm | ben onderweg! | late
confirm | ik kom eraan, 5 minuutjes | late | late=5
confirm | trein heeft vertraging | late
confirm | ik ga wat later zijn, 10 minuutjes | late | late=10
confirm | ik loop wat uit, 15 min later | late | late=15
confirm | ik ben er bijna | late
confirm | ben er zo! | late
confirm | sta in de file 🙈 | late
confirm | bus gemist, 20 minuten later | late | late=20
confirm | ik kom 10 minuutjes later | late | late=10
confirm | ja ik ben er, misschien 5 minuutjes later | late | late=5
confirm | Ik ben 10 minuutjes later! | late | late=10
confirm | sorry ik ben wat later | late
confirm | Ik sta vast in de file | late
confirm | we komen iets later, 10 min | late | late=10
confirm | ik ben een kwartier later | late | late=15
confirm | ben er over 5 minuten! | late | late=5
confirm | Kom 5 min later | late | late=5
confirm | ik ben iets later want de trein heeft vertraging | late
confirm | ik geraak er niet op tijd, 10 minuutjes later | late | late=10
confirm | ik ben onderweg maar er is veel verkeer | late
confirm | ik ben er in 10 min | late | late=10
confirm | over 10 min ben ik er | late | late=10
confirm | ik ben een beetje laat | late
confirm | ik ben wat later dan gepland | late
confirm | ik kom 5 minuten te laat | late | late=5
confirm | kom ff later | late
confirm | over een kwartiertje ben ik er | late | late=15
# Vragen en bezwaar
confirm | hoeveel kost het? | question
confirm | wat kost een knipbeurt? | question
confirm | waar kan ik parkeren? | question
confirm | kan ik pinnen? | question
confirm | hoe laat was mijn afspraak ook alweer? | question
confirm | hoe lang duurt de behandeling? | question
confirm | moet ik iets meenemen? | question
confirm | wat is het adres? | question
confirm | met wie heb ik de afspraak? | question
confirm | Hoeveel gaat het kosten? | question
confirm | Kan ik met pin betalen? | question
confirm | Moet ik een aanbetaling doen? | question
confirm | Wat is jullie adres? | question
confirm | Is er parkeergelegenheid? | question
confirm | Bij wie heb ik de afspraak? | question
confirm | Mag mijn dochter mee? | question
confirm | hoe lang duurt het ongeveer? | question
confirm | Ik ben zwanger, mag ik nog wel een massage? | question | sens=health
confirm | Ik heb een vraag | question
confirm | vraagje: mag ik mijn vriendin meenemen? | question
confirm | Ik heb nog een vraag over de prijs | question
confirm | Wat kost dat? | question
confirm | Waar zijn jullie gevestigd? | question
confirm | Hoe laat moet ik er zijn? | question
none | Ik was er gewoon om 3 uur | dispute
none | Ik heb vorige week al gebeld om te annuleren | dispute
none | Dit is niet mijn afspraak | dispute
none | Ik heb helemaal geen afspraak gemaakt | dispute
none | jullie hebben mijn afspraak zelf geannuleerd | dispute
confirm | Belachelijk dat ik weer een herinnering krijg | unknown | sens=anger
confirm | WTF waarom krijg ik dit | unknown | sens=anger
confirm | ik heb een allergische reactie gehad op de vorige behandeling | unknown | sens=health
confirm | Ik ga juridische stappen ondernemen | unknown | sens=legal
none | ik was er wel! | dispute
none | ik heb al afgezegd | dispute
none | ik heb vorige week al geannuleerd | dispute
none | ik heb nooit een afspraak gemaakt | dispute
none | verkeerd nummer | dispute
none | dat klopt niet, ik was er om 3 uur | dispute
none | ik heb al betaald | dispute
none | ik heb gebeld om af te zeggen | dispute
none | dit is belachelijk, ik was er gewoon! | dispute | sens=anger
none | mijn advocaat neemt contact met jullie op | unknown | sens=legal
none | ik ga een klacht indienen | unknown | sens=legal
# Aanbod
offer | ja | accept
offer | ja graag! | accept
offer | graag | accept
offer | die neem ik | accept
offer | doe maar | accept
offer | boek maar | accept
offer | top, reserveer maar | accept
offer | 2 | accept | choice=2
offer | #2 | accept | choice=2
offer | optie 2 | accept | choice=2
offer | nr. 3 | accept | choice=3
offer | de tweede | accept | choice=2
offer | de eerste graag | accept | choice=1
offer | 2e | accept | choice=2
offer | de derde optie | accept | choice=3
offer | 1 graag | accept | choice=1
offer | doe maar 2 | accept | choice=2
offer | nummer 1 aub | accept | choice=1
offer | de 2 | accept | choice=2
offer | nee | decline
offer | nee dank je | decline
offer | nee bedankt | decline
offer | geen interesse | decline
offer | past me niet | decline
offer | deze keer niet | decline
offer | helaas | decline
offer | laat maar | decline
offer | ik wil mijn afspraak annuleren | cancel
offer | Ja die wil ik graag! | accept
offer | Ja graag, zet me er maar in | accept
offer | doe maar de tweede | accept | choice=2
offer | Nummer 2 graag | accept | choice=2
offer | de eerste optie | accept | choice=1
offer | de 1e | accept | choice=1
offer | 3 | accept | choice=3
offer | optie 3 aub | accept | choice=3
offer | Doe mij de derde maar | accept | choice=3
offer | liever de tweede | accept | choice=2
offer | graag de eerste | accept | choice=1
offer | tweede graag | accept | choice=2
offer | ik neem 2 | accept | choice=2
offer | de 3e | accept | choice=3
offer | ja graag om 3 uur | accept | at=2026-11-23T15:00
offer | nee dank je, past niet | decline
offer | Nee, die tijd kan ik niet | decline
offer | Helaas, dan kan ik niet | decline
offer | Jammer, ik moet werken | decline
offer | Ik sla deze keer over | decline
offer | nee hoor | decline
offer | nee, geen tijd | decline
offer | kan niet | decline
offer | te kort dag | decline
offer | nu even niet | decline
rebook | ja graag, volgende week dinsdag? | accept | at=2026-12-01T00:00
rebook | Ja, heb je iets op vrijdagmiddag? | accept | at=2026-11-27T12:00 grain=partOfDay
rebook | Nee bedankt, ik bel zelf wel | decline
rebook | ja graag | accept
rebook | oké, morgen om 12 uur? | accept | at=2026-11-24T12:00
rebook | nee, dank je | decline
# Zonder vraag, twijfel
none | ja | confirm
none | ik wil mijn afspraak van morgen annuleren | cancel
confirm | weet ik niet | unknown
confirm | misschien | unknown
confirm | mss | unknown
confirm | ik weet het nog niet | unknown
confirm | ik laat het nog weten | unknown
confirm | geen idee | unknown
confirm | ik denk het wel | unknown
confirm | ik probeer het | unknown
confirm | hangt ervan af | unknown
confirm | Misschien, ik laat het nog weten | unknown
confirm | Ik weet het nog niet zeker | unknown
confirm | ik kijk even en laat het weten | unknown
confirm | Ik denk het wel, maar weet het nog niet zeker | unknown
confirm | Ik hoop het! | unknown
confirm | geen idee eigenlijk | unknown
confirm | weet nog niet | unknown
confirm | dat weet ik nog niet | unknown
# Tijdsaanduidingen
offer | vandaag om 5 uur | accept | at=2026-11-23T17:00
offer | morgen | accept | at=2026-11-24T00:00 grain=day
offer | morgen om 10 uur | accept | at=2026-11-24T10:00
offer | mrgn om 3 | accept | at=2026-11-24T15:00
offer | overmorgen | accept | at=2026-11-25T00:00
offer | over 3 dagen | accept | at=2026-11-26T00:00
offer | over een week | accept | at=2026-11-30T00:00
offer | over 2 weken | accept | at=2026-12-07T00:00
offer | volgende week | accept | at=2026-11-30T00:00 grain=week
offer | deze week | accept | at=2026-11-23T00:00 grain=week
offer | volgende maand | accept | at=2026-12-01T00:00 grain=month
offer | donderdag | accept | at=2026-11-26T00:00 grain=day
offer | deze donderdag | accept | at=2026-11-26T00:00
offer | aanstaande donderdag | accept | at=2026-11-26T00:00
offer | donderdag a.s. | accept | at=2026-11-26T00:00
offer | volgende week donderdag | accept | at=2026-12-03T00:00
offer | do 26 nov | accept | at=2026-11-26T00:00
offer | vrijdag om 3 uur | accept | at=2026-11-27T15:00
offer | vrijdagochtend | accept | at=2026-11-27T09:00 grain=partOfDay
offer | vrijdag in de ochtend | accept | at=2026-11-27T09:00 grain=partOfDay
offer | zaterdagmiddag | accept | at=2026-11-28T12:00 grain=partOfDay
offer | zaterdag 's middags | accept | at=2026-11-28T12:00 grain=partOfDay
offer | vanmiddag | accept | at=2026-11-23T12:00 grain=partOfDay
offer | vanavond | accept | at=2026-11-23T18:00 grain=partOfDay
offer | morgenochtend | accept | at=2026-11-24T09:00 grain=partOfDay
offer | morgenmiddag om 2 uur | accept | at=2026-11-24T14:00
offer | om 4 uur | accept | at=2026-11-23T16:00
offer | om 4 | accept | at=2026-11-23T16:00
offer | 16:00 | accept | at=2026-11-23T16:00
offer | 16.00 uur | accept | at=2026-11-23T16:00
offer | 16u | accept | at=2026-11-23T16:00
offer | om half 5 | accept | at=2026-11-23T16:30
offer | half vijf | accept | at=2026-11-23T16:30
offer | kwart over 4 | accept | at=2026-11-23T16:15
offer | kwart voor 5 | accept | at=2026-11-23T16:45
offer | tien over half vijf | accept | at=2026-11-23T16:40
offer | vijf voor half 3 | accept | at=2026-11-23T14:25
offer | om 11 uur 's ochtends | accept | at=2026-11-23T11:00
offer | 7 uur 's avonds | accept | at=2026-11-23T19:00
offer | 2 uur 's middags | accept | at=2026-11-23T14:00
offer | tussen de middag | accept | at=2026-11-23T12:00
offer | rond 3 uur | accept | at=2026-11-23T15:00
offer | om een uur of 3 | accept | at=2026-11-23T15:00
offer | woensdag rond vieren | accept | at=2026-11-25T16:00
offer | 25 november | accept | at=2026-11-25T00:00
offer | 25 nov om 3 uur | accept | at=2026-11-25T15:00
offer | de 2e december | accept | at=2026-12-02T00:00
offer | 2 december | accept | at=2026-12-02T00:00
offer | 25/11 | accept | at=2026-11-25T00:00
offer | ma 30/11 | accept | at=2026-11-30T00:00
offer | maandag 30 november om 10 uur | accept | at=2026-11-30T10:00
offer | na 6 uur | accept | at=2026-11-23T18:00 grain=hour
offer | vanaf 5 uur | accept | at=2026-11-23T17:00 grain=hour
offer | voor 12 uur | accept | at=2026-11-23T10:15 end=2026-11-23T12:00
offer | tussen 3 en 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | van 2 tot 4 uur | accept | at=2026-11-23T14:00 end=2026-11-23T16:00
offer | zelfde tijd volgende week | accept | at=2026-11-30T10:15
offer | in december | accept | at=2026-12-01T00:00 grain=month
offer | donderdagavond | accept | at=2026-11-26T18:00 grain=partOfDay
offer | dinsdag na de lunch | accept | at=2026-11-24T12:00 grain=partOfDay
offer | eind van de middag | accept | at=2026-11-23T15:00 grain=partOfDay
offer | donderdag begin van de middag | accept | at=2026-11-26T12:00 grain=partOfDay
offer | woensdag 2/12 | accept | at=2026-12-02T00:00
offer | 26.11 om 14.30 | accept | at=2026-11-26T14:30
offer | vrijdag 27 november om kwart over 10 | accept | at=2026-11-27T10:15
offer | zaterdagochtend om half 10 | accept | at=2026-11-28T09:30
offer | overmorgen rond 4 uur | accept | at=2026-11-25T16:00
offer | volgende week dinsdagavond | accept | at=2026-12-01T18:00 grain=partOfDay
# Unseen replies checked from outside, and read right since
confirm | ja nee ik kan helaas niet, zeg maar af | cancel
confirm | ja nee | cancel
confirm | Ik zeg mijn afspraak van woensdag af | cancel
none | Zeg mijn afspraak maar af, ja | cancel
confirm | Nee ik bedoelde 14:00 | reschedule | at=2026-11-23T14:00
confirm | Nee ik bedoelde 2 uur 's middags | reschedule | at=2026-11-23T14:00
confirm | nee ik bedoel donderdag om 3 uur | reschedule | at=2026-11-26T15:00
confirm | Nee liever om 3 uur | reschedule | at=2026-11-23T15:00
confirm | nee maar om 4 uur dan | reschedule | at=2026-11-23T16:00
offer | Nee, ik bedoelde vrijdagmiddag | reschedule | at=2026-11-27T12:00 grain=partOfDay
offer | liever de tweede | accept | choice=2
confirm | Werkt Sanne woensdag ook? | question
confirm | Zijn jullie op zondag open? | question
confirm | Wie is dit? Ik heb niks geboekt | dispute
none | Waarom is er 25 euro afgeschreven? Ik ben nooit geweest | dispute
confirm | ja top, dat zou wel kunnen | confirm
confirm | kan het dit weekend? | reschedule | at=2026-11-28T00:00 grain=day
confirm | kan het in het weekend | reschedule | at=2026-11-28T00:00
offer | zondag half 1 | accept | at=2026-11-29T12:30
confirm | om half 1 op vrijdag | reschedule | at=2026-11-27T12:30
# Na een aanbod: een nee met een optie neemt die; een nee met een andere tijd vraagt daarom.
offer | nee, de tweede | accept | choice=2
offer | Nee maar zaterdag zou wel kunnen | reschedule | at=2026-11-28T00:00 grain=day
offer | nee, geen van beide, maar zaterdagochtend wel | reschedule | at=2026-11-28T09:00 grain=partOfDay
offer | nee dank je | decline
# Over 2 uur; het weekend is de zaterdag.
confirm | kan het ook over 2 uur? | reschedule | at=2026-11-23T12:15
confirm | kan het ook in het weekend? | reschedule | at=2026-11-28T00:00
confirm | kan het op de zesentwintigste? | reschedule | at=2026-11-26T00:00
confirm | kan ik over een uurtje komen | reschedule | at=2026-11-23T11:15 grain=minute
confirm | kan het over een half uur | reschedule | at=2026-11-23T10:45 grain=minute
offer | Beide niet, wel zaterdagochtend | reschedule | at=2026-11-28T09:00
# From an outside check of unseen replies (December 2026): 48 cases.
confirm | nee hoor geen probleem, ik kom gewoon | confirm
confirm | nee geen probleem hoor, tot woensdag | confirm
confirm | ik ga da ni halen, sorry | cancel
confirm | kan ni, sorry | cancel
confirm | ik zal er ni zijn | cancel
confirm | ff checken: was het nou 11 uur of 12? | question
offer | past me helaas niet | decline
confirm | past me helaas niet | cancel
rebook | ik had toch afgezegd?! | dispute
rebook | ik had afgezegd want ik was ziek | dispute
none | ik wil weer sms'jes ontvangen | optin
none | ik kan morgen toch niet, sorry | cancel
none | Er staat een verkeerde afspraak op mijn naam | dispute
offer | past me helaas niet, maar zaterdag wel | reschedule | at=2026-11-28T00:00
confirm | Ja, ik wil graag annuleren | cancel
confirm | Ja sorry, gaat toch niet lukken | cancel
confirm | oke ik zeg hem af, ben ziek 🤒 | cancel
confirm | Nee, ik bedoelde 2 uur | reschedule | at=2026-11-23T14:00
confirm | Nee niet woensdag, donderdag bedoelde ik | reschedule | at=2026-11-26T00:00
confirm | verplaatsen graag, woensdag lukt niet | reschedule
confirm | Ja maar kan het om 12 uur ipv 11? | reschedule | at=2026-11-23T12:00
confirm | nee, liever donderdag om 3 uur | reschedule | at=2026-11-26T15:00
confirm | Dat is niet mijn afspraak | dispute
confirm | ik heb helemaal niks geboekt?? | dispute
confirm | verkeerd nummer | dispute
confirm | Ja hoor, maar ik kom 10 minuutjes later | late
none | Sta in de file, kom een kwartiertje te laat | late
none | trein vertraagd, 20 minuutjes later 🙈 | late
none | ik ga wa later zijn, een kwartierke | late
offer | de tweede graag | accept | choice=2
offer | Doe maar de eerste | accept | choice=1
offer | ja nee toch niet | decline
offer | allebei niet, sorry | decline
offer | geen van beide, maar zaterdag wel | reschedule | at=2026-11-28T00:00
offer | geen van die tijden, kan het volgende week? | reschedule | at=2026-11-30T00:00
rebook | ik was er wél, ik stond om 11 uur voor de deur | dispute
rebook | stop met sms'en | optout
confirm | geen berichten meer aub | optout
none | uitschrijven | optout
rebook | kan het morgen om half 4? | reschedule | at=2026-11-24T15:30
rebook | donderdag rond vieren | accept | at=2026-11-26T16:00
rebook | kwart voor 3 vrijdag | accept | at=2026-11-27T14:45
rebook | over anderhalf uur | accept | at=2026-11-23T11:45
rebook | volgende week vrijdag om 2 uur | accept | at=2026-12-04T14:00
rebook | donderdag de zesentwintigste | accept | at=2026-11-26T00:00
rebook | dertig november om kwart over tien | accept | at=2026-11-30T10:15
rebook | woensdag voor 12 uur 's middags | accept | at=2026-11-25T09:00
rebook | vandaag om 16u | accept | at=2026-11-23T16:00
confirm | morgen om 15u30 | reschedule | at=2026-11-24T15:30 grain=minute
offer | twee | accept | choice=2
offer | Vrijdag kan helaas niet, donderdag wel | reschedule | at=2026-11-26T00:00
offer | Nummer een | accept | choice=1
none | Stuur me maar weer sms'jes | optin
# A small number right after a weekday: the day of the month when that date is that weekday soon, else the hour.
none | dinsdag 1 | reschedule | at=2026-12-01T00:00
none | donderdag 3 | reschedule | at=2026-12-03T00:00
# Either option will do: an acceptance that names none (the client is asked which).
offer | maakt niet uit | accept | notime
offer | allebei goed | accept | notime
# Declines that thank; disputes about a fee.
offer | Toch bedankt, geen van beide past | decline | notime
rebook | Ik had toch op tijd afgezegd! | dispute | notime
# Een optie teruggenomen en een andere genoemd; een nummer vooraan.
offer | de 1... oh nee wacht, toch liever de 2 | accept | choice=2
offer | 1! top | accept | choice=1
# Een dag, dan de woorden om te verzetten en alleen een tijd: die dag op die tijd. De tijd na "in plaats van" valt af.
offer | donderdag maar liever om 5 uur, kan dat? | reschedule | at=2026-11-26T17:00
confirm | kan ik om 14u komen in plaats van 10u? | reschedule | at=2026-11-23T14:00
offer | ik werk die dagen, sorry | decline
offer | ben op reis tot december | decline
confirm | ja om af te zeggen | cancel
rebook | Ik had 2 dagen op voorhand afgezegd, snap dit bericht niet | dispute
offer | donderdag, bij wie is dat? | question
none | Ik snap niks van die berichten, wat moet ik terugsturen? | help
offer | Helaas, ik werk tot 18u, dus geen van beide. | decline
confirm | Gelukkig hoef ik niet af te zeggen, tot woensdag | unknown
# Hulp: een mens, hoe het werkt
confirm | Hoe werkt dit? Moet ik nu JA typen of wat | help
none | Mag ik met een echt persoon spreken ipv een computer | help
# Later
none | Kwartiertje later! | late
none | Kom er zo aan, iets later dan gepland sorry | late
confirm | Ik ben er, maar wrs een kwartiertje later want ik moet eerst de kinderen van school halen. Is dat erg? | late
# De dag die niet kan, zonder nieuwe tijd
confirm | Donderdag kan ik echt niet, kunnen we iets anders zoeken? | reschedule | notime
# Niet afzeggen, gescheiden werkwoord
none | Ik zeg mijn afspraak niet af hoor! Wilde alleen weten of er parking is | confirm
# Nu niet, misschien later: nee tegen de uitnodiging
rebook | Nu even niet, misschien in het voorjaar weer | decline
confirm | liever afzeggen | cancel
confirm | Gaat helaas niet lukken deze keer. Ik bel zelf wel voor een nieuwe afspraak als mijn knie weer wat beter is. | cancel
# Hulp, uitschrijven, later komen
confirm | Kan ik iemand bellen ipv dit berichtje? Snap niet zo goed hoe dit werkt | help
rebook | Hoe maak ik dan een afspraak, via de site of gewoon hier? | help
none | Medewerker graag | help
none | Gelieve mij uit jullie lijst te halen, ik ben verhuisd naar Gent | optout
none | Ik zeg niet af hoor, ik kom alleen wat later. Een minuut of 20 denk ik | late
offer | Uit de lijst neem ik de 2e | accept | choice=2
confirm | Afzeggen? Nee joh, ben er gewoon 😄 | confirm
confirm | Afzeggen? Echt niet | confirm
confirm | Ik ga zeker niet annuleren hoor, mijn rug heeft die massage hard nodig. Tot donderdag! | confirm
confirm | Kan ik iemand aan de lijn krijgen aub? Bel me even | help
none | Hoe werkt dat antwoorden? Moet ik JA in hoofdletters typen? | help
offer | Ik heb nooit gevraagd om te verzetten?! | dispute
offer | Dinsdag om 3 zou gaan, om 2 niet | reschedule | at=2026-11-24T15:00
none | Kan ik in plaats van donderdag overmorgen om 2 uur komen? | reschedule | at=2026-11-25T14:00
confirm | Stop met die sms'en aub | optout
confirm | Ik heb helemaal geen massage geboekt?? Wie is Anna | dispute
none | Hoezo no-show?? | dispute
confirm | Ik kom echt niet | unknown
confirm | Ja sorry maar ik ga moeten annuleren | cancel
confirm | Ja, maar ik ben misschien iets later | late
confirm | Donderdag lukt niet, ik bel later om een nieuwe afspraak te maken | cancel
none | Haal me van jullie lijst aub | optout
none | Zet de herinneringen maar weer aan | optin
confirm | Kan ik iemand aan de telefoon krijgen? Ik snap dit systeem niet | help
offer | ik snap t niet, moet ik nou gwn een cijfer sturen? | help
offer | Ik heb helemaal niet gevraagd om te verzetten, mijn afspraak is gewoon donderdag! | dispute
none | Ik heb nooit een afspraak bij jullie gemaakt, wie is dit? | dispute
rebook | Wat zijn jullie openingstijden op zondag? | question
none | Is Dr. Weber zaterdag ook aanwezig? | question
offer | Optie 1 maar dan om 4 uur, lukt dat? | reschedule | choice=1 at=2026-11-23T16:00
offer | Laat maar, ik zeg de afspraak helemaal af. Lukt me deze maand niet meer | cancel
rebook | Moet ik nu betalen voor de gemiste afspraak? | question
none | Bedankt voor gisteren, echt top! | unknown
offer | Dinsdag niet, woensdag niet, vrijdag ook niet 🙈⏎Hebben jullie niks dit weekend? | reschedule | at=2026-11-28T00:00
confirm | dinsdag de eerste | reschedule | at=2026-12-01T00:00
none | Hoi, ik heb per ongeluk STOP gestuurd. Kunnen jullie me weer berichten sturen? | optin
offer | Hoe moet ik reageren? Alleen het cijfer? | help
none | Bon dia, ik ben 20 min laat, sorry dushi | late | late=20
confirm | annuleer het maar niet | confirm
confirm | Geen annulering nodig | confirm
confirm | kan ik annuleren als ik ziek ben? | question
offer | woensdag 10:30 is lastig | decline
offer | ik kom voor het eerst, moet ik iets meenemen? | question
confirm | ja, verwijder de afspraak | cancel
confirm | Nee hoor dat is prima, ik kom gewoon | confirm
offer | Geen van drieën lukt helaas | decline
confirm | ok wacht even ik moet in mn agenda kijken | unknown
confirm | Ja ik kom. Kan ik bij jullie voor de deur parkeren of moet ik in de garage? | confirm | question
offer | 1 past | accept | choice=1
offer | 3 graag, ik moet eerst de kids ophalen | accept | choice=3
offer | Welke het eerst is, maakt me niet uit | accept | choice=-2
offer | Hoe moet ik kiezen? Gewoon het nummer typen? | help
none | Ik wil geen herinneringen meer ontvangen, bedankt | optout
offer | Hebben jullie ook iets op zaterdag? | reschedule | at=2026-11-28T00:00
none | Kan ik mijn afspraak van donderdag verzetten naar volgende week woensdag? | reschedule | at=2026-12-02T00:00
offer | 3 graag, maar kan zijn dat ik paar min later ben, ik moet eerst de kids ophalen | accept | choice=3
offer | Liever vrijdag om 3 | reschedule | at=2026-11-27T15:00
offer | Past allemaal niet, volgende week liever | reschedule | at=2026-11-30T00:00
confirm | wat is jullie annuleringsbeleid? | question
rebook | Ik betaal die annuleringskosten niet hoor, ik lag in het ziekenhuis! | dispute
confirm | ja prima, ik betaal die aanbetaling wel | confirm
confirm | kan ik cancellen als ik ziek ben? | question
confirm | cancel maar | cancel
rebook | Nu even niet, misschien na de feestdagen. Fijne kerst alvast 🎄 | decline
none | Mijn afspraak mag naar overmorgen 's ochtends als dat kan | reschedule | at=2026-11-25T09:00 grain=partOfDay
# Running late in a stuck train, fee complaints, "sooner", a number word with a please and thanks, "until" beside another time
offer | twee aub, merci 🙏 | accept | choice=2
confirm | kan ik ipv 4 uur om half 6 komen? werk tot 5 | reschedule | at=2026-11-23T17:30
confirm | Goeiemorgen, kan iemand van jullie mij even bellen aub? | help
rebook | Haal mij aub van jullie lijst | optout
none | Ik had de sms-herinneringen uitgezet maar zou ze toch graag terug krijgen | optin
# "Sooner", a call back, cancelled by phone already
confirm | Ik heb vorige week woensdag toch al telefonisch afgezegd?! | dispute
# A day and time, then a bare no and "I meant" another time: that time on the same day
none | vrijdag 14u? nee sorry ik bedoelde 15u | reschedule | at=2026-11-27T15:00
# Thanks for a past visit, "the earliest" as "quella", receipts and tax questions, a formal sign-off
none | Nog eens bedankt voor de super coupe vorige week, iedereen is fan!! | unknown
""")

@Suite("Dutch replies")
struct DutchCorpusTests {
    @Test("each Dutch reply is read as the table says", arguments: dutchCorpus)
    func reply(_ c: CorpusCase) {
        let problem = mismatch(c)
        #expect(problem == nil, "\(c.text): \(problem ?? "")")
    }

    @Test("Dutch replies are recognised as Dutch without a locale", arguments: dutchCorpus.filter { $0.text.count > 12 })
    func detected(_ c: CorpusCase) {
        let u = sharedMatcher.understand(c.text, locale: nil, expecting: c.expecting, context: corpusContext("nl"))
        #expect(u.locale == "nl", "\(c.text) read as \(u.locale)")
    }
}
