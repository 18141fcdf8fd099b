import Testing
import Intents

/// Italian replies, one case a line: `expecting | reply | intent | checks`.
/// Now is Monday 23 November 2026, 10:15 in Europe/Rome; open 09:00–20:00.
/// "giovedì prossimo" is the coming Thursday (26 Nov), as the Accademia della Crusca reads it;
/// the Thursday of next week is "giovedì della prossima settimana".
let italianCorpus = corpus("it", """
# Conferma
confirm | sì | confirm
confirm | Si | confirm
confirm | SI! | confirm
confirm | sììì | confirm
confirm | si' | confirm
confirm | certo | confirm
confirm | certo che sì | confirm
confirm | ok | confirm
confirm | okk | confirm
confirm | ok grz | confirm
confirm | va bene | confirm
confirm | vabene grazie | confirm
confirm | perfetto | confirm
confirm | perfettoo | confirm
confirm | confermo | confirm
confirm | Confermo, grazie! | confirm
confirm | confermato | confirm
confirm | cofermo | confirm
confirm | confremo | confirm
confirm | ci sarò | confirm
confirm | ci saro | confirm
confirm | ci saro' | confirm
confirm | sì ci sarò, grazie | confirm
confirm | ci sono | confirm
confirm | sisi ci sono | confirm
confirm | okkk ci sono | confirm
confirm | ci vediamo domani | confirm
confirm | a domani! | confirm
confirm | a presto 😊 | confirm
confirm | 👍 | confirm
confirm | 👍🏻 | confirm
confirm | d'accordo | confirm
confirm | daccordo | confirm
confirm | vengo | confirm
confirm | sì vengo | confirm
confirm | verrò sicuramente | confirm
confirm | sarò puntuale | confirm
confirm | arrivo in orario | confirm
confirm | grazie | confirm
confirm | grazie mille per il promemoria | confirm
confirm | ricevuto grazie | confirm
confirm | siiii grazieee | confirm
confirm | nessun problema, ci vediamo | confirm
confirm | senza problemi | confirm
confirm | non c'è problema | confirm
confirm | non mancherò | confirm
confirm | non vedo l'ora! | confirm
confirm | non cancellate, vengo | confirm
confirm | non arriverò in ritardo | confirm
confirm | sì, alle 4 ci sono | confirm | at=2026-11-23T16:00
confirm | sì, giovedì ci sarò | confirm | at=2026-11-26T00:00
confirm | tutto confermato x domani | confirm | at=2026-11-24T00:00 grain=day
confirm | confermo x domani | confirm | at=2026-11-24T00:00
confirm | perfetto grazie, a giovedì | confirm | at=2026-11-26T00:00
confirm | okay 👌 | confirm
confirm | C | confirm
confirm | presente! | confirm
confirm | volentieri | confirm
confirm | ovvio, ci sono | confirm
confirm | cmq sì, confermo | confirm
confirm | grazie ❤️ | confirm
confirm | va benissimo, a presto | confirm
confirm | sì sì, ci vediamo alle 10 | confirm
confirm | perfetto, ci vediamo martedì | confirm | at=2026-11-24T00:00
confirm | Buongiorno, confermo l'appuntamento di domani alle 10. Grazie | confirm | at=2026-11-24T10:00
confirm | ok grazie a domani | confirm
confirm | si certo ci sarò!! | confirm
confirm | sarò lì alle 16 | confirm | at=2026-11-23T16:00
confirm | ci vediamo giovedì alle 4 allora | confirm | at=2026-11-26T16:00
confirm | grazie per avermelo ricordato, ci sarò | confirm
confirm | tutto ok | confirm
confirm | certamente | confirm
confirm | confermo la mia presenza | confirm
confirm | vi confermo l'appuntamento | confirm
confirm | ci sarò senz'altro | confirm
confirm | non posso mancare | confirm
confirm | ci mancherebbe, ci sono | confirm
confirm | nn vedo l'ora | confirm
confirm | perfettissimo | confirm
confirm | Ricevuto, ci sarò. | confirm
confirm | ok per giovedì | confirm | at=2026-11-26T00:00
confirm | si confermo grz | confirm
confirm | cmq ci sn | confirm
confirm | confermo grazie 🙏 | confirm
confirm | confermo 👍🏼 | confirm
confirm | vabbè | confirm
confirm | non voglio cancellare, vengo | confirm
confirm | no tranquilli, ci sono | confirm
confirm | non ci sono dubbi, vengo | confirm
# Disdetta
confirm | no | cancel
confirm | No. | cancel
confirm | 👎 | cancel
confirm | non posso venire | cancel
confirm | nn posso venire | cancel
confirm | non riesco a venire, scusate | cancel
confirm | purtroppo non ce la faccio | cancel
confirm | non ce la faccio domani | cancel
confirm | non potrò esserci | cancel
confirm | non ci sarò | cancel
confirm | nn ci sono dmn | cancel
confirm | non vengo | cancel
confirm | devo disdire | cancel
confirm | vorrei disdire l'appuntamento | cancel
confirm | disdico | cancel
confirm | annullate l'appuntamento per favore | cancel
confirm | cancellate l'appuntamento di domani | cancel
confirm | annulla | cancel
confirm | disdetta | cancel
confirm | anullo | cancel
confirm | disdre l'appuntamento | cancel
confirm | ho avuto un imprevisto, non posso venire | cancel
confirm | mi è capitato un imprevisto | cancel
confirm | ho un imprevisto, devo annullare | cancel
confirm | sono malata, non posso venire | cancel | sens=health
confirm | ho la febbre, devo disdire | cancel | sens=health
confirm | mio figlio sta male, non veniamo | cancel | sens=health
confirm | no grazie | cancel
confirm | ok, non posso venire | cancel
confirm | grazie ma non riesco | cancel
confirm | purtroppo no | cancel
confirm | cancellami l'appuntamento | cancel
confirm | non posso più venire | cancel
confirm | non riusciamo a venire | cancel
confirm | no xké ho un imprevisto | cancel
confirm | Buongiorno, purtroppo domani non riesco a venire | cancel
confirm | Buongiorno, purtroppo non potrò venire all'appuntamento di domani | cancel
confirm | mi dispiace ma devo disdire | cancel
confirm | non posso, sono fuori città | cancel
confirm | no non posso | cancel
confirm | nope | cancel
confirm | non ci riesco | cancel
confirm | potete cancellare l'appuntamento? | cancel
confirm | domani non ci sono | cancel
confirm | Salve, volevo disdire l'appuntamento di giovedì | cancel
confirm | ho il bimbo malato, non posso venire | cancel | sens=health
confirm | è morta mia nonna, non posso venire | cancel | sens=health
confirm | nn posso xké sto male | cancel | sens=health
confirm | non riuscirò a venire | cancel
confirm | ho un altro impegno | cancel
confirm | ho avuto un contrattempo | cancel
confirm | sono bloccata a lavoro non riesco a venire | cancel
confirm | cancellate pure | cancel
# Disiscrizione
confirm | STOP | optout
confirm | stop | optout
confirm | Stop. | optout
confirm | cancellami | optout
confirm | disiscrivimi | optout
confirm | disiscrivimi per favore | optout
confirm | non scrivetemi più | optout
confirm | non voglio più ricevere messaggi | optout
confirm | toglietemi dalla lista | optout
none | basta messaggi | optout
none | stop sms | optout
offer | STOP | optout
rebook | cancellami | optout
none | START | optin
none | riattiva | optin
none | potete scrivermi di nuovo | optin
none | aiuto | help
none | ? | help
none | chi siete? | help
none | non ho capito | help
none | cosa vuol dire? | help
none | info | help
confirm | basta | optout
confirm | basta con questi messaggi | optout
confirm | cancellatemi | optout
confirm | cancellami dalla vostra lista | optout
confirm | non mandatemi più sms | optout
confirm | smettetela di scrivermi | optout
confirm | non voglio i promemoria | optout
none | voglio tornare a ricevere i messaggi | optin
none | AIUTO | help
none | come funziona? | help
none | cosa devo rispondere? | help
none | xké? | help
# Spostare
confirm | possiamo spostarlo a giovedì alle 4? | reschedule | at=2026-11-26T16:00 grain=minute
confirm | sì ma si può fare alle 5? | reschedule | at=2026-11-23T17:00
confirm | sì ma alle 5 | reschedule | at=2026-11-23T17:00
confirm | devo spostare l'appuntamento | reschedule | notime
confirm | vorrei cambiare orario | reschedule
confirm | si può spostare? | reschedule
confirm | possiamo rimandare a venerdì? | reschedule | at=2026-11-27T00:00 grain=day
confirm | meglio mercoledì pomeriggio | reschedule | at=2026-11-25T13:00 grain=partOfDay end=2026-11-25T18:00
confirm | avete posto domani alle 11? | reschedule | at=2026-11-24T11:00
confirm | domani non posso, venerdì? | reschedule | at=2026-11-27T00:00
confirm | preferirei un altro giorno | reschedule
confirm | che ne dite di lunedì prossimo? | reschedule | at=2026-11-30T00:00
confirm | meglio la settimana prossima | reschedule | at=2026-11-30T00:00 grain=week
confirm | la settimana dopo la prossima va bene? | reschedule | at=2026-12-07T00:00 grain=week
confirm | meglio venerdì della settimana dopo la prossima | reschedule | at=2026-12-11T00:00 grain=day
confirm | alla stessa ora la settimana prossima? | reschedule | at=2026-11-30T10:15
confirm | possiamo rimandare a dicembre | reschedule | at=2026-12-01T00:00 grain=month
confirm | me lo puoi spostare alle 4 e mezza? | reschedule | at=2026-11-23T16:30
confirm | giovedì alle 6 di sera? | reschedule | at=2026-11-26T18:00
confirm | spostiamo al 30 novembre | reschedule | at=2026-11-30T00:00
confirm | posso venire più tardi? | reschedule
confirm | ci sarebbe qualcosa giovedì pomeriggio? | reschedule | at=2026-11-26T13:00 grain=partOfDay
confirm | posso anticipare alle 9 domani? | reschedule | at=2026-11-24T09:00
confirm | facciamo giovedì alle 15? | reschedule | at=2026-11-26T15:00
confirm | sì, ma possiamo fare dopo le 18? | reschedule | at=2026-11-23T18:00 grain=hour
confirm | giovedi alle 4 va bene? | reschedule | at=2026-11-26T16:00
confirm | posso venire alle 17 invece? | reschedule | at=2026-11-23T17:00
confirm | non riesco giovedì, possiamo spostare alla settimana prossima? | reschedule | at=2026-11-30T00:00 grain=week
confirm | vorrei spostare a venerdì mattina | reschedule | at=2026-11-27T09:00 grain=partOfDay
confirm | avete disponibilità sabato? | reschedule | at=2026-11-28T00:00
confirm | possiamo fare tra le 3 e le 5 venerdì? | reschedule | at=2026-11-27T15:00 end=2026-11-27T17:00
confirm | c'è posto nel tardo pomeriggio? | reschedule | at=2026-11-23T16:00 grain=partOfDay
confirm | sposto a mercoledì 2 dicembre alle 11 | reschedule | at=2026-12-02T11:00
confirm | si puo spostare al 3/12 alle 14? | reschedule | at=2026-12-03T14:00
none | vorrei prenotare per martedì prossimo alle 11 | reschedule | at=2026-11-24T11:00
confirm | posso spostarlo? | reschedule | notime
confirm | giovedì invece? | reschedule | at=2026-11-26T00:00
confirm | riesco solo nel pomeriggio | reschedule | at=2026-11-23T13:00 grain=partOfDay
confirm | preferirei la mattina | reschedule | at=2026-11-23T09:00 grain=partOfDay
confirm | posso venire alle 11 invece delle 10? | reschedule | at=2026-11-23T11:00
confirm | è possibile spostarlo alla prossima settimana? | reschedule | at=2026-11-30T00:00 grain=week
confirm | mi spostate a sabato? | reschedule | at=2026-11-28T00:00
confirm | avete un buco giovedì? | reschedule | at=2026-11-26T00:00
confirm | c'è qualcosa sabato mattina? | reschedule | at=2026-11-28T09:00 grain=partOfDay
confirm | mercoledì alle 18 si può? | reschedule | at=2026-11-25T18:00
confirm | domani non riesco, mercoledì alle 5? | reschedule | at=2026-11-25T17:00
confirm | si ma alle 11 e mezza | reschedule | at=2026-11-23T11:30
confirm | ok ma domani | reschedule | at=2026-11-24T00:00
confirm | vorrei cambiare giorno, giovedì va bene? | reschedule | at=2026-11-26T00:00
confirm | rimandiamo a gennaio | reschedule | at=2027-01-01T00:00 grain=month
confirm | fra 2 settimane stessa ora? | reschedule | at=2026-12-07T10:15
confirm | la settimana dopo | reschedule | at=2026-11-30T00:00 grain=week
confirm | il 2 dicembre alle 18:30? | reschedule | at=2026-12-02T18:30
confirm | gio alle 17 | reschedule | at=2026-11-26T17:00
confirm | merc pomeriggio | reschedule | at=2026-11-25T13:00 grain=partOfDay
confirm | sab alle 10 | reschedule | at=2026-11-28T10:00
confirm | possiamo spostare a stasera? | reschedule | at=2026-11-23T18:00 grain=partOfDay
confirm | oggi pomeriggio alle 3? | reschedule | at=2026-11-23T15:00
confirm | possiamo fare dopodomani invece di domani? | reschedule | at=2026-11-25T00:00
confirm | non è che si può spostare? | reschedule
confirm | non ce la faccio per le 10, possiamo fare alle 12? | reschedule | at=2026-11-23T12:00
confirm | non posso alle 10 ma alle 11 sì | reschedule | at=2026-11-23T11:00
confirm | posso venire un'ora dopo? | reschedule
confirm | riprogrammiamo | reschedule
confirm | posticipiamo? | reschedule
confirm | sposatre | reschedule
# Ritardo
confirm | sono in ritardo | late
confirm | arrivo con 10 minuti di ritardo | late | late=10
confirm | scusate, sono in ritardo di un quarto d'ora | late | late=15
confirm | arrivo tra 5 minuti | late | late=5
confirm | c'è traffico, arrivo un po' in ritardo | late
confirm | faccio tardi, mezz'ora | late | late=30
confirm | ritardo di 20 min | late | late=20
confirm | ho perso il treno, arrivo in ritardo | late
confirm | sto cercando parcheggio | late
confirm | sono per strada, 10 minuti | late | late=10
confirm | farò tardi, non cancellate | late
confirm | sto arrivando! | late
none | 10 minuti di ritardo scusate | late | late=10
confirm | scusate arrivo 5 min in ritardo | late | late=5
confirm | arrivo fra 10 min | late | late=10
confirm | 10 min e sono lì | late | late=10
confirm | tardo 10 minuti | late | late=10
confirm | ci sono tra un quarto d'ora | late | late=15
confirm | sono in coda in tangenziale | late
confirm | scusa sono in ritardissimo | late
confirm | arriverò un po' più tardi | late
confirm | vengo ma arrivo 10 minuti in ritardo | late | late=10
confirm | ritardo di mezz'ora, va bene lo stesso? | late | late=30
confirm | sn in ritardo | late
# Domande e contestazioni
confirm | quanto costa? | question
confirm | dove posso parcheggiare? | question
confirm | c'è parcheggio? | question
confirm | a che ora era il mio appuntamento? | question
confirm | accettate il bancomat? | question
confirm | qual è l'indirizzo? | question
confirm | posso portare mia figlia? | question
confirm | quanto dura il trattamento? | question
confirm | come faccio a disdire? | question
confirm | si può pagare con satispay? | question
none | sono venuta! | dispute
none | io c'ero alle 3! | dispute
none | ho già disdetto | dispute
none | avevo già annullato la settimana scorsa | dispute
none | non ho mai prenotato | dispute
none | numero sbagliato | dispute
none | ho già pagato | dispute
none | non sono mancata, ero puntuale | dispute
none | avete annullato voi | dispute
none | è una vergogna, io c'ero! | dispute | sens=anger
none | vi denuncio, io c'ero | dispute | sens=legal
confirm | quanto costa la pulizia del viso? | question
confirm | devo portare qualcosa? | question
confirm | mi ricordate l'orario? | question
confirm | bisogna lasciare un acconto? | question
confirm | posso fare la ceretta se sono incinta? | question | sens=health
confirm | a ke ora è? | question
none | non sono mai mancata | dispute
none | sono venuta ma non c'era nessuno | dispute
none | ho disdetto ieri | dispute
none | avevo già avvisato | dispute
none | perché mi avete addebitato la penale? | dispute
none | chi è? non ho prenotato niente | dispute
# Offerte
offer | sì | accept
offer | sì, lo prendo | accept
offer | lo prendo io | accept
offer | prenotamelo | accept
offer | perfetto | accept
offer | 2 | accept | choice=2
offer | #2 | accept | choice=2
offer | opzione 2 | accept | choice=2
offer | la seconda | accept | choice=2
offer | la prima per favore | accept | choice=1
offer | il terzo | accept | choice=3
offer | la 2 | accept | choice=2
offer | la numero 3 | accept | choice=3
offer | prendo la prima | accept | choice=1
offer | va bene la seconda | accept | choice=2
offer | la seconda opzione grazie | accept | choice=2
offer | quella delle 4 | accept | at=2026-11-23T16:00
offer | giovedì alle 4 va benissimo | accept | at=2026-11-26T16:00
offer | no | decline
offer | no grazie | decline
offer | non mi interessa | decline
offer | a quell'ora non posso | decline
offer | stavolta no | decline
offer | non riesco, grazie | decline
offer | 👎 | decline
offer | annullate il mio appuntamento | cancel
offer | n. 2 | accept | choice=2
offer | numero 2 | accept | choice=2
offer | opz 2 | accept | choice=2
offer | la prima va bene | accept | choice=1
offer | secondo | accept | choice=2
offer | il secondo orario | accept | choice=2
offer | terza | accept | choice=3
offer | la terza opzione | accept | choice=3
offer | l'opzione 2 | accept | choice=2
offer | scelgo la 3 | accept | choice=3
offer | secondo me la prima | accept | choice=1
offer | va bene la 1 | accept | choice=1
offer | va bene giovedì | accept | at=2026-11-26T00:00
offer | sì lo voglio! | accept
offer | me lo tengo | accept
offer | no quel giorno non posso | decline
offer | non riesco a quell'ora | decline
offer | non va bene | decline
offer | non mi va bene | decline
offer | grazie ma no | decline
offer | non per ora | decline
offer | magari la prossima volta | decline
rebook | sì, volentieri | accept
rebook | sì | accept
rebook | ok, domani alle 12? | accept | at=2026-11-24T12:00
rebook | martedì prossimo pomeriggio | accept | at=2026-11-24T13:00 grain=partOfDay
rebook | no, grazie | decline
rebook | per ora no | decline
# Senza domanda, dubbi
none | sì | confirm
none | annullate l'appuntamento di domani | cancel
none | no | decline
confirm | non so | unknown
confirm | forse | unknown
confirm | boh | unknown
confirm | non sono sicura | unknown
confirm | ti faccio sapere | unknown
confirm | ci provo | unknown
confirm | se riesco vengo | unknown
confirm | 2 | unknown | choice=2
confirm | sì no | unknown
rebook | sì, a dicembre | accept | at=2026-12-01T00:00 grain=month
rebook | ora no | decline
rebook | vi richiamo io | unknown
confirm | non so se riesco | unknown
confirm | forse sì | unknown
confirm | penso di sì | unknown
confirm | vedo se riesco e vi faccio sapere | unknown
confirm | credo di sì ma vi confermo domani | unknown
confirm | mah vediamo | unknown
confirm | non lo so ancora | unknown
confirm | non posso dire ora | unknown
confirm | ok, ma non confermo ancora | unknown
# Espressioni di tempo
offer | oggi alle 5 | accept | at=2026-11-23T17:00
offer | domani | accept | at=2026-11-24T00:00 grain=day
offer | dmn alle 10 | accept | at=2026-11-24T10:00
offer | domani alle 10 | accept | at=2026-11-24T10:00
offer | domani alle 2 | accept | at=2026-11-24T14:00
offer | dopodomani | accept | at=2026-11-25T00:00
offer | dopo domani | accept | at=2026-11-25T00:00
offer | tra 3 giorni | accept | at=2026-11-26T00:00
offer | fra due settimane | accept | at=2026-12-07T00:00
offer | la settimana prossima | accept | at=2026-11-30T00:00 grain=week end=2026-12-07T00:00
offer | la prossima settimana | accept | at=2026-11-30T00:00 grain=week
offer | settimana prossima | accept | at=2026-11-30T00:00 grain=week
offer | il mese prossimo | accept | at=2026-12-01T00:00 grain=month
offer | questo giovedì | accept | at=2026-11-26T00:00
offer | giovedì | accept | at=2026-11-26T00:00
offer | giovedì prossimo | accept | at=2026-11-26T00:00
offer | il prossimo giovedì | accept | at=2026-11-26T00:00
offer | giovedì della prossima settimana | accept | at=2026-12-03T00:00
offer | giovedì della settimana prossima | accept | at=2026-12-03T00:00
offer | lunedì prossimo | accept | at=2026-11-30T00:00
offer | lunedì | accept | at=2026-11-30T00:00
offer | lunedì alle 4 | accept | at=2026-11-23T16:00
offer | venerdì alle 3 | accept | at=2026-11-27T15:00
offer | venerdì mattina | accept | at=2026-11-27T09:00 grain=partOfDay end=2026-11-27T13:00
offer | sabato pomeriggio | accept | at=2026-11-28T13:00 grain=partOfDay
offer | domenica | accept | at=2026-11-29T00:00
offer | oggi pomeriggio | accept | at=2026-11-23T13:00 grain=partOfDay
offer | questo pomeriggio | accept | at=2026-11-23T13:00 grain=partOfDay
offer | stasera | accept | at=2026-11-23T18:00 grain=partOfDay end=2026-11-23T20:00
offer | domani sera | accept | at=2026-11-24T18:00 grain=partOfDay
offer | domattina | accept | at=2026-11-24T09:00 grain=partOfDay
offer | domani mattina | accept | at=2026-11-24T09:00 grain=partOfDay
offer | mercoledì nel primo pomeriggio | accept | at=2026-11-25T13:00 end=2026-11-25T15:00
offer | alle 4 | accept | at=2026-11-23T16:00
offer | alle 16 | accept | at=2026-11-23T16:00
offer | alle 16:00 | accept | at=2026-11-23T16:00
offer | 16:30 | accept | at=2026-11-23T16:30
offer | ore 16 | accept | at=2026-11-23T16:00
offer | alle ore 16 | accept | at=2026-11-23T16:00
offer | h 16 | accept | at=2026-11-23T16:00
offer | 16h | accept | at=2026-11-23T16:00
offer | 16h30 | accept | at=2026-11-23T16:30
offer | 16.30 | accept | at=2026-11-23T16:30
offer | 4.30 | accept | at=2026-11-23T16:30
offer | le 5 | accept | at=2026-11-23T17:00
offer | verso le 5 | accept | at=2026-11-23T17:00
offer | alle 4 e mezza | accept | at=2026-11-23T16:30
offer | alle 4 e mezzo | accept | at=2026-11-23T16:30
offer | alle quattro e mezza | accept | at=2026-11-23T16:30
offer | alle 5 meno un quarto | accept | at=2026-11-23T16:45
offer | alle 4 e un quarto | accept | at=2026-11-23T16:15
offer | alle 4 e 30 | accept | at=2026-11-23T16:30
offer | alle 5 meno 10 | accept | at=2026-11-23T16:50
offer | alle 11 di mattina | accept | at=2026-11-23T11:00
offer | alle 7 di sera | accept | at=2026-11-23T19:00
offer | alle 3 del pomeriggio | accept | at=2026-11-23T15:00
offer | alle due | accept | at=2026-11-23T14:00
offer | alle 9 | accept | at=2026-11-24T09:00
offer | a mezzogiorno | accept | at=2026-11-23T12:00
offer | domani a mezzogiorno | accept | at=2026-11-24T12:00
offer | all'una | accept | at=2026-11-23T13:00
offer | all'una e mezza | accept | at=2026-11-23T13:30
offer | il 25 novembre | accept | at=2026-11-25T00:00
offer | 25 novembre alle 15 | accept | at=2026-11-25T15:00
offer | il 2 dicembre | accept | at=2026-12-02T00:00
offer | il primo dicembre | accept | at=2026-12-01T00:00
offer | 3 dic | accept | at=2026-12-03T00:00
offer | il 5 gennaio | accept | at=2027-01-05T00:00
offer | 25/11 | accept | at=2026-11-25T00:00 grain=day
offer | 3/12 alle 10 | accept | at=2026-12-03T10:00
offer | dopo le 6 | accept | at=2026-11-23T18:00 grain=hour
offer | dalle 17 in poi | accept | at=2026-11-23T17:00 grain=hour
offer | prima delle 12 | accept | at=2026-11-23T10:15 end=2026-11-23T12:00
offer | tra le 3 e le 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | fra le 15 e le 17 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | dalle 3 alle 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | domani dalle 2 alle 4 | accept | at=2026-11-24T14:00 end=2026-11-24T16:00
offer | alla stessa ora la settimana prossima | accept | at=2026-11-30T10:15
offer | mercoledì 2 dicembre alle 11 | accept | at=2026-12-02T11:00
offer | a dicembre | accept | at=2026-12-01T00:00 grain=month
offer | alle 17.30 | accept | at=2026-11-23T17:30
offer | 17 e 30 | accept | at=2026-11-23T17:30
offer | alle 5 e mezza del pomeriggio | accept | at=2026-11-23T17:30
offer | alle 12 e mezza | accept | at=2026-11-23T12:30
offer | alle 8 di sera | accept | at=2026-11-23T20:00
offer | alle 6 del pomeriggio | accept | at=2026-11-23T18:00
offer | alle sette | accept | at=2026-11-23T19:00
offer | per le 3 | accept | at=2026-11-23T15:00
offer | x le 3 | accept | at=2026-11-23T15:00
offer | intorno alle 15 | accept | at=2026-11-23T15:00
offer | h15 | accept | at=2026-11-23T15:00
offer | ore 15:30 | accept | at=2026-11-23T15:30
offer | 15.30 di giovedì | accept | at=2026-11-26T15:30
offer | gio 26 alle 15 | accept | at=2026-11-26T15:00
offer | giovedì verso le 15 | accept | at=2026-11-26T15:00
offer | giovedì 26 novembre | accept | at=2026-11-26T00:00
offer | il 26 novembre alle 15:30 | accept | at=2026-11-26T15:30
offer | 26.11 | accept | at=2026-11-26T00:00
offer | il 10 gennaio 2027 | accept | at=2027-01-10T00:00
offer | 10/01/2027 | accept | at=2027-01-10T00:00
offer | tra una settimana | accept | at=2026-11-30T00:00
offer | tra un mese | accept | at=2026-12-23T00:00
offer | tra un paio di giorni | accept | at=2026-11-25T00:00
offer | tra 2 ore | accept | at=2026-11-23T12:15
offer | questa settimana | accept | at=2026-11-23T00:00 grain=week
offer | entro le 18 | accept | at=2026-11-23T10:15 end=2026-11-23T18:00
offer | non prima delle 11 | accept | at=2026-11-23T11:00 grain=hour
offer | prima delle 11 di giovedì | accept | at=2026-11-26T09:00 end=2026-11-26T11:00
offer | dopo pranzo | accept | at=2026-11-23T13:00 grain=partOfDay
offer | all'ora di pranzo | accept | at=2026-11-23T12:00 grain=partOfDay
offer | nel tardo pomeriggio | accept | at=2026-11-23T16:00 grain=partOfDay
offer | stamattina | accept | at=2026-11-23T09:00 grain=partOfDay
offer | dopodomani mattina | accept | at=2026-11-25T09:00 grain=partOfDay
offer | domenica prossima | accept | at=2026-11-29T00:00
offer | sabato prossimo alle 10 | accept | at=2026-11-28T10:00
offer | sabato della prossima settimana | accept | at=2026-12-05T00:00
offer | la prossima settimana venerdì | accept | at=2026-12-04T00:00
offer | venerdì della settimana prossima alle 11 | accept | at=2026-12-04T11:00
offer | questo venerdì | accept | at=2026-11-27T00:00
offer | venerdì che viene | accept | at=2026-11-27T00:00
# A bare cancel word of the client's own language cancels the visit; it is not another language's opt-out
confirm | cancella | cancel
confirm | cancello | cancel
confirm | cancellare | cancel
# Unseen replies checked from outside, and read right since
# "no" + correction verb: a new time, not a cancellation
confirm | no, intendevo alle 14 | reschedule | at=2026-11-23T14:00
confirm | no intendevo alle 15 | reschedule | at=2026-11-23T15:00
confirm | no, volevo dire giovedì | reschedule | at=2026-11-26T00:00
confirm | no aspetta, alle 11 no, meglio alle 12 | reschedule | at=2026-11-23T12:00
confirm | ok meglio alle 12 allora | reschedule | at=2026-11-23T12:00
confirm | non riuscirò a venire, riuscirei giovedì alle 10 | reschedule | at=2026-11-26T10:00
offer | meglio alle 17 giovedì? | reschedule | at=2026-11-26T17:00
offer | nessuno dei due, ma lunedì prossimo alle 18 riuscirei | reschedule
offer | dopo le 18 avete niente? | reschedule
offer | non avete niente venerdì? | reschedule | at=2026-11-27T00:00
offer | meglio la seconda | accept | choice=2
confirm | ancora meglio! | confirm
confirm | meglio di no | cancel
# declines of an offer
offer | no, nessuno dei due mi va bene | decline
offer | nessuno dei due | decline
offer | nessuna delle due grazie | decline
offer | grazie no, ho già preso un altro appuntamento | decline
offer | oggi non posso, forse un'altra volta | decline
confirm | nn riuscirò a venire mi spiace | cancel
# questions about a person
confirm | c'è anche Giulia mercoledì? | question
none | Marco lavora sabato? | question
confirm | lavorate anche la domenica? | question
# disputes
confirm | Chi è? Non ho nessuna prenotazione da voi | dispute
offer | ma chi siete? non ho chiesto niente | dispute
none | la caparra non l'ho mai autorizzata | dispute
confirm | non ho mai autorizzato il pagamento | dispute
# times
none | tra un'ora | reschedule | at=2026-11-23T11:15
confirm | posso venire tra un'ora? | reschedule | at=2026-11-23T11:15
confirm | arrivo tra un'ora | late
confirm | questo weekend avete posto? | reschedule | at=2026-11-28T00:00 grain=day
confirm | questo fine settimana? | reschedule | at=2026-11-28T00:00
confirm | posso venire fra un'ora? | reschedule | at=2026-11-23T11:15
confirm | posso venire tra 2 ore? | reschedule | at=2026-11-23T12:15
# Dopo un'offerta: un no che nomina un'opzione la prende; un no con un altro orario lo chiede.
offer | no no, il secondo | accept | choice=2
offer | no, nessuno, ma sabato mattina sì | reschedule | at=2026-11-28T09:00 grain=partOfDay
offer | no grazie | decline
confirm | il ventotto alle 11? | reschedule | at=2026-11-28T11:00
confirm | il trenta alle dieci? | reschedule | at=2026-11-30T10:00
rebook | lunedì 30 alle 14 | accept | at=2026-11-30T14:00
confirm | posso venire tra mezz'ora? | reschedule | at=2026-11-23T10:45 grain=minute
# From an outside check of unseen replies (December 2026): 39 cases.
confirm | no no tranquilli, ci sono | confirm
confirm | no no tranquilla, non vengo | cancel
offer | si anzi no | decline
confirm | sì anzi no, non posso | cancel
rebook | scusate non sono venuta! si può giovedì? | reschedule | at=2026-11-26T00:00
rebook | non sono venuta, non mi serve più | decline
none | voglio di nuovo ricevere i messaggi | optin
none | non ho mai preso questo appuntamento | dispute
none | c'è un appuntamento sbagliato a mio nome | dispute
confirm | si vorrei annullare l'appuntamento | cancel
confirm | Sì scusa ma non ce la faccio, annulla pure | cancel
confirm | No, intendevo alle 14 | reschedule | at=2026-11-23T14:00
confirm | no non mercoledì, giovedì intendevo | reschedule | at=2026-11-26T00:00
confirm | mercoledì non riesco, possiamo spostare? | reschedule
confirm | Sì ma si può fare alle 12 invece che alle 11? | reschedule | at=2026-11-23T12:00
confirm | no, meglio giovedì alle 3 | reschedule | at=2026-11-26T15:00
confirm | numero sbagliato | dispute
confirm | non ho prenotato niente io?? | dispute
confirm | ma era alle 11 o alle 12? | question
confirm | sì ma arrivo 10 minuti in ritardo | late
none | c'è traffico, arrivo con un quarto d'ora di ritardo | late
none | treno in ritardo, 20 minuti 🙈 | late
offer | la seconda grazie | accept | choice=2
offer | Facciamo la prima | accept | choice=1
offer | nessuno dei due, scusa | decline
offer | nessuno dei due, ma sabato sì | reschedule | at=2026-11-28T00:00
offer | No, ho già un appuntamento | decline
rebook | io c'ero! ero lì alle 11 | dispute
rebook | ma avevo disdetto! | dispute
none | cancellami dalla lista | optout
none | Marco lavora domani? | question
rebook | domani alle tre e mezza | accept | at=2026-11-24T15:30
rebook | venerdì alle tre meno un quarto | accept | at=2026-11-27T14:45
rebook | tra un'ora e mezza | accept | at=2026-11-23T11:45
rebook | il trenta novembre alle dieci e un quarto | accept | at=2026-11-30T10:15
rebook | giovedì ventisei | accept | at=2026-11-26T00:00
rebook | venerdì della settimana prossima alle 2 | accept | at=2026-12-04T14:00
rebook | il ventotto alle undici | accept | at=2026-11-28T11:00
rebook | mercoledì prima di mezzogiorno | accept | at=2026-11-25T09:00
confirm | il due alle 11 | reschedule | at=2026-12-02T11:00
offer | due | accept | choice=2
offer | Venerdì purtroppo no, giovedì sì | reschedule | at=2026-11-26T00:00
none | Potete rimandarmi gli SMS | optin
none | Coda in tangenziale, arrivo 20 min dopo | late
# A small number right after a weekday: the day of the month when that date is that weekday soon, else the hour.
none | giovedì 3 | reschedule | at=2026-12-03T00:00
none | giovedì 5 | reschedule | at=2026-11-26T17:00
# Either option will do: an acceptance that names none (the client is asked which).
offer | uno qualsiasi | accept | notime
offer | per me è uguale | accept | notime
# Declines that thank; a yes before a cancel asks first.
offer | Grazie comunque, nessuno dei due | decline | notime
confirm | Sì, cancellate pure, grazie | cancel | notime
rebook | Avevo disdetto in tempo! | dispute | notime
# Un'opzione ritirata e sostituita; un numero all'inizio.
offer | 1 anzi no scusa il 2 | accept | choice=2
offer | 2, grazie mille! | accept | choice=2
# Un giorno, poi le parole per spostare e solo un'ora: quel giorno a quell'ora. L'ora dopo "invece di" è quella lasciata.
offer | giovedì ma alle 18 si può? | reschedule | at=2026-11-26T18:00
offer | giovedì 26 ma alle 5 e mezza | reschedule | at=2026-11-26T17:30
confirm | possiamo fare alle 11 invece che alle 10? | reschedule | at=2026-11-23T11:00
offer | Grazie ma questa settimana sono fuori città | decline
offer | Purtroppo lavoro tutti e due i giorni | decline
offer | ho già trovato da un'altra parte, toglietemi pure dalla lista d'attesa | decline
confirm | conferma | confirm
# Una domanda su chi fa il servizio o su cosa comprende non prende l'opzione.
offer | Quello di giovedì basta per taglio e colore o solo per la piega? | question
offer | giovedì è con Anna? | question
none | non ho capito come si prenota da qui, mi aiutate? | help
# Aiuto: come si prenota
rebook | come faccio a prenotare? devo chiamare io o rispondo qui? | help
# In ritardo
none | non disdite, arrivo solo un po' tardi | late
# Il giorno rifiutato non è quello chiesto
confirm | nn riesco giovedi, possiamo cambiare giorno? | reschedule | notime
# Un'opzione rifiutata e un'altra presa
offer | la 2 nn riesco, la 3 invece si | accept | choice=3
confirm | nono non annullate, ci vengo 😊 | confirm
confirm | spostiamo a settimana prox | reschedule | at=2026-11-30T00:00 grain=week
confirm | preferisco disdire | cancel
confirm | alle 4 e 20 | reschedule | at=2026-11-23T16:20
# Un motivo e un piano di richiamare non chiedono un altro orario
confirm | Buongiorno, devo disdire l'appuntamento di giovedì perché mi hanno cambiato i turni al lavoro. Quando so i nuovi orari vi faccio sapere io, grazie e scusate il disagio | cancel
# Nessuna, annullare tutto, un operatore, basta messaggi
offer | Mi dispiace, nessuna va bene. A questo punto annullate pure tutto, grazie | cancel
offer | come devo rispondere? scrivo solo il numero? | help
none | voglio un operatore | help
offer | nn mi scrivete piu grazie | optout
rebook | No, non ho bisogno grazie, la schiena va molto meglio 💪 | decline
none | mi è arrivato un addebito di 30 euro ma non ho mai saltato un appuntamento! | dispute
confirm | Giovedì non riesco, vi chiamo per spostarlo | cancel | asks
confirm | Vi faccio sapere se non riesco | unknown
offer | nessuna preferenza, scegliete voi | unknown
confirm | Giovedì nn riesco 😩 sabato mattina ci sarebbe posto? | reschedule | at=2026-11-28T09:00 grain=partOfDay
confirm | Disdire? Assolutamente no, ci sono | confirm
confirm | No no ci sono, tranquilli | confirm
offer | Nessuna purtroppo | decline
confirm | Giovedì va bene, ma non alle 16 | reschedule | at=2026-11-26T00:00
confirm | Sì scusate ma dovrò disdire | cancel
confirm | Devo disdire, mio figlio ha la febbre da ieri sera. Vi riscrivo io quando sta meglio, scusate. | cancel
none | Toglietemi dalla lista per favore | optout
none | Riattivate i promemoria per favore | optin
none | Posso parlare con una persona? | help
offer | Nessuna di queste va bene, mi dispiace | decline
offer | nessuna, grazie | decline
offer | nessuna preferenza, scegliete voi | unknown
offer | Tra le 3 proposte preferisco la prima, grazie. | accept | choice=1
offer | In realtà volevo annullare del tutto, non mi serve più. Grazie comunque. | cancel
rebook | Non mi interessa più, ho cambiato centro. Buona giornata | decline
none | Non voglio disdire niente, volevo solo sapere se avete il parcheggio. | question
confirm | Ciao, ho cambiato natel ma il numero è lo stesso 😅 confermo per giovedì, a presto | confirm
confirm | No, alle 16 non ce la faccio, possiamo fare alle 18 lo stesso giorno? | reschedule | at=2026-11-23T18:00
none | Grazie per ieri, massaggio fantastico! | unknown
none | Vorrei disdire giovedì e prenotare per la settimana dopo | reschedule
confirm | a un quarto alle cinque riesco, prima sono in ufficio | reschedule | at=2026-11-23T16:45
rebook | Per favore non mandatemi più questi messaggi | optout
none | Rimettetemi nei messaggi, li avevo bloccati per sbaglio | optin
confirm | non annullate eh! ci vengo sicuro, solo che forse arrivo un pochino tardi | late
none | Buongiorno sono la signora Esposito, volevo dire che giovedì non vengo perché c'ho mio marito in ospedale | cancel
offer | Lunedì prossimo alle 18? | reschedule | at=2026-11-30T18:00
offer | tre grazie | accept | choice=3
confirm | no no confermo!! scusate prima ho scritto no per sbaglio, il dito è scivolato | confirm
confirm | nessun motivo per disdire, sto meglio | confirm
confirm | cosa succede se disdico? | question
offer | mercoledì alle 10:30 è complicato | decline
offer | è la prima volta che vengo, devo portare qualcosa? | question
offer | tutte tranne la 1 | unknown
confirm | nun ce la faccio giovedi, mo c ho il lavoro. venerdi pomeriggio? | reschedule | at=2026-11-27T13:00
offer | nn capisco, io nn ho chiesto di spostare niente | dispute
none | Potete ricominciare a mandarmi i promemoria? Li avevo disattivati per sbaglio | optin
none | MI SCUSI MA IO QUESTO APPUNTAMENTO NON LO HO MAI PRESO. FORSE MIA NIPOTE HA USATO IL MIO NUMERO? | dispute
confirm | Confermo. C'è parcheggio lì vicino o devo lasciare la macchina in centro? | confirm | question
none | Mi risulta una prenotazione per sabato ma io non l'ho mai fatta. Cancellatela e controllate | dispute
confirm | nn riesco ven pom? | reschedule | at=2026-11-27T13:00 grain=partOfDay
offer | La prima disponibile, prima è meglio è | accept | choice=-2
# Cancelling now and getting in touch later cancels.
confirm | Mi dispiace ma devo annullare, mia figlia sta male. Vi richiamo io quando sta meglio. | cancel
confirm | Buongiorno sono la mamma di Sofia. Purtroppo ha la febbre da ieri e giovedì non può venire. Vi faremo sapere noi quando sta meglio, grazie | cancel
offer | Martedì alle 14 ok. Forse arrivo 5 minuti tardi per il traffico ma ci sono | accept | at=2026-11-24T14:00
# "a domani" after words asking to move is "to tomorrow", not "see you tomorrow".
confirm | si può anticipare a domani? | reschedule | at=2026-11-24T00:00
confirm | possiamo spostare a domani? | reschedule | at=2026-11-24T00:00
confirm | ok a domani! | confirm
# An amount of money is no day of the month.
confirm | sì confermo. ok anche per l'acconto di 20 €, lo porto in contanti | confirm | notime
confirm | sono via fino al 3 dicembre, giovedì non riesco, vi richiamo io | cancel
none | Cancellatemi dai vostri messaggi, grazie | optout
confirm | Buongiorno, per Tommaso (6 anni) confermiamo. Lo accompagna la nonna | confirm | notime
offer | Nessuna delle tre purtroppo, venerdì alle 17 ho la recita di Emma 😩 | decline
# A day and time, then a bare no and "I meant" another time: that time on the same day
none | venerdì alle 14? no scusate intendevo le 15 | reschedule | at=2026-11-27T15:00
# Asking for a free slot, "I'd need" a time, call me back, already with another practice
none | Qualcuno del centro può chiamarmi? è un po' complicato da spiegare per messaggio | help
# Thanks for a past visit, "the earliest" as "quella", receipts and tax questions, a formal sign-off
offer | quella più presto va benissimo | accept | choice=-2
confirm | la ricevuta dell'osteopata è detraibile nel 730? | question
""")

@Suite("Italian replies")
struct ItalianCorpusTests {
    @Test("each Italian reply is read as the table says", arguments: italianCorpus)
    func reply(_ c: CorpusCase) {
        let problem = mismatch(c)
        #expect(problem == nil, "\(c.text): \(problem ?? "")")
    }

    @Test("Italian replies are recognised as Italian without a locale", arguments: italianCorpus.filter { $0.text.count > 12 })
    func detected(_ c: CorpusCase) {
        let u = sharedMatcher.understand(c.text, locale: nil, expecting: c.expecting, context: corpusContext("it"))
        #expect(u.locale == "it", "\(c.text) read as \(u.locale)")
    }
}
