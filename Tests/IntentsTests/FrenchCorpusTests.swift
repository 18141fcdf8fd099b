import Testing
import Intents

/// French replies, one case a line: `expecting | reply | intent | checks`.
/// Now is Monday 23 November 2026, 10:15 in Europe/Paris; open 09:00–20:00.
let frenchCorpus = corpus("fr", """
# Confirmer
confirm | oui | confirm
confirm | Oui | confirm
confirm | OUI ! | confirm
confirm | ouiii | confirm
confirm | ouais | confirm
confirm | ok | confirm
confirm | Ok merci | confirm
confirm | d'accord | confirm
confirm | dac | confirm
confirm | ça marche | confirm
confirm | ca marche merci | confirm
confirm | sa marche | confirm
confirm | parfait | confirm
confirm | Parfait, à demain ! | confirm
confirm | je confirme | confirm
confirm | Je confirme ma présence, merci | confirm
confirm | confirmé 👍 | confirm
confirm | je confime | confirm
confirm | Je confirmes | confirm
confirm | rdv confirmé merci | confirm
confirm | je serai là | confirm
confirm | je serais la | confirm
confirm | j'y serai | confirm
confirm | j'y serai sans faute | confirm
confirm | je serai présente | confirm
confirm | oui je viens | confirm
confirm | je viendrai | confirm
confirm | à demain | confirm
confirm | a demain ! | confirm
confirm | à tout à l'heure | confirm
confirm | à jeudi ! | confirm
confirm | super merci | confirm
confirm | top | confirm
confirm | nickel | confirm
confirm | 👍 | confirm
confirm | 👌 | confirm
confirm | 👍🏼 | confirm
confirm | merci | confirm
confirm | merci pour le rappel | confirm
confirm | bien reçu merci | confirm
confirm | c'est noté | confirm
confirm | pas de souci | confirm
confirm | pas de soucis, à demain | confirm
confirm | pas de problème, je serai là | confirm
confirm | pas de pb | confirm
confirm | aucun souci à demain | confirm
confirm | sans problème | confirm
confirm | oui bien sûr | confirm
confirm | oui oui je serai là | confirm
confirm | ok pour moi | confirm
confirm | ça me va | confirm
confirm | C bon pour moi | confirm
confirm | oui, à 16h je serai là | confirm | at=2026-11-23T16:00
confirm | je ne serai pas en retard | confirm
confirm | n'annulez pas, je viens | confirm
confirm | je garde mon rdv | confirm
confirm | Bonjour, oui je confirme. Bonne journée | confirm
confirm | oui merci à vous | confirm
confirm | avec plaisir | confirm
confirm | je serai à l'heure | confirm
confirm | comptez sur moi | confirm
confirm | ouiiii merci beaucoup | confirm
confirm | dacc a demain | confirm
confirm | ok dac merci bcp | confirm
confirm | jy serais | confirm
confirm | tres bien, a demain | confirm
confirm | pas de retard prévu, à demain | confirm
confirm | je viens de voir votre message, je confirme | confirm
confirm | ne vous inquiétez pas je serai là | confirm
confirm | t'inquiète je serai là | confirm
confirm | pas besoin d'annuler je serai là | confirm
confirm | surtout n'annulez pas | confirm
confirm | oui à jeudi 16h | confirm | at=2026-11-26T16:00
confirm | je serai là jeudi | confirm | at=2026-11-26T00:00
confirm | merci beaucoup, à demain | confirm | at=2026-11-24T00:00
confirm | bonjour, merci pour le rappel, je serai bien présente | confirm
confirm | j'ai hâte | confirm
confirm | je ne manquerai pas | confirm
confirm | je n'oublie pas, merci | confirm
confirm | ok a demin | confirm
confirm | je confrime | confirm
confirm | dakor | confirm
confirm | oké | confirm
confirm | ok c noté | confirm
confirm | ça roule | confirm
confirm | a toute | confirm
confirm | jserai la | confirm
confirm | je serai la demain sans faute | confirm | at=2026-11-24T00:00
confirm | à tantôt | confirm
confirm | aucun empêchement, je serai là | confirm
confirm | je ne vois pas d'inconvénient | confirm
confirm | je ne veux surtout pas annuler | confirm
confirm | je suis toujours ok pour demain | confirm | at=2026-11-24T00:00
# Annuler
confirm | non | cancel
confirm | Non. | cancel
confirm | nan | cancel
confirm | 👎 | cancel
confirm | je ne pourrai pas venir | cancel
confirm | je pourrai pas venir | cancel
confirm | jpeux pas | cancel
confirm | j'peux pas demain désolée | cancel
confirm | je peux pas venir | cancel
confirm | je ne peux pas | cancel
confirm | je ne vais pas pouvoir venir | cancel
confirm | je vais pas pouvoir | cancel
confirm | je ne viendrai pas | cancel
confirm | je viendrai pas | cancel
confirm | je viens pas finalement | cancel
confirm | je ne serai pas là | cancel
confirm | je serai pas dispo | cancel
confirm | pas dispo désolé | cancel
confirm | je ne suis malheureusement pas disponible | cancel
confirm | je ne pense pas pouvoir venir | cancel
confirm | annuler | cancel
confirm | Annulez svp | cancel
confirm | je dois annuler mon rdv | cancel
confirm | je voudrais annuler mon rendez-vous | cancel
confirm | merci d'annuler le rdv | cancel
confirm | anuler svp | cancel
confirm | j'ai un empêchement | cancel
confirm | j'ai eu un imprévu, je ne pourrai pas venir | cancel
confirm | désolée j'ai un contretemps | cancel
confirm | je suis malade, je ne pourrai pas venir | cancel | sens=health
confirm | non merci | cancel
confirm | ça va pas être possible | cancel
confirm | impossible pour moi | cancel
confirm | ce ne sera pas possible | cancel
confirm | ok mais je pourrai pas venir | cancel
confirm | merci mais je ne pourrai pas venir | cancel
confirm | je me désiste | cancel
confirm | malheureusement je ne pourrai pas honorer le rendez-vous | cancel
confirm | jsuis pas dispo dsl | cancel
confirm | jpourrai pas venir dsl | cancel
confirm | je pourais pas venir | cancel
confirm | desolee je ne pourrais pas venir | cancel
confirm | annulez mon rdv svp merci | cancel
confirm | g un empechement | cancel
confirm | dsl jpeux pa | cancel
confirm | ça me convient pas | cancel
confirm | je ne viendrai finalement pas | cancel
confirm | finalement je ne viendrai pas | cancel
confirm | je n'y serai pas | cancel
confirm | j'y serai pas | cancel
confirm | je serai absente | cancel
confirm | je ne confirme pas | cancel
confirm | ça marche pas pour moi | cancel
confirm | c'est pas possible pour moi | cancel
confirm | je ne peux malheureusement pas venir | cancel
confirm | désolée, je ne vais malheureusement pas pouvoir venir | cancel
confirm | je crains de ne pas pouvoir venir | cancel
confirm | je ne vais plus pouvoir venir | cancel
confirm | bonjour je ne pourrai pas être présente à mon rendez-vous | cancel
confirm | bonsoir je souhaite annuler mon rendez-vous de demain | cancel
confirm | mon fils est malade, je dois annuler | cancel | sens=health
confirm | décès dans la famille, je ne pourrai pas venir | cancel | sens=health
confirm | dsl jpeux pas vnir | cancel
confirm | je peu pas venir | cancel
confirm | je peut pas venir | cancel
confirm | je pourrais pas etre la | cancel
confirm | je pourai pas | cancel
confirm | dsl j'ai un imprevu | cancel
confirm | c mort pour demain | cancel
confirm | pas possible pour demain | cancel
confirm | désolé je vais devoir annuler | cancel
confirm | anuller mon rdv | cancel
confirm | je ne saurai pas venir | cancel
confirm | je ne sais pas venir demain | cancel
confirm | je suis coincée au travail, je ne pourrai pas venir | cancel
confirm | je n'ai plus besoin du rendez-vous | cancel
confirm | non c'est pas bon pour demain | cancel
# Désabonnement, aide
confirm | STOP | optout
confirm | stop | optout
confirm | Stop SMS | optout
confirm | STOP merci | optout
confirm | désabonner | optout
confirm | je veux me désabonner | optout
none | ne m'écrivez plus | optout
none | arrêtez de m'envoyer des sms | optout
none | je ne veux plus recevoir vos messages | optout
none | START | optin
none | je veux recevoir les sms | optin
none | aide | help
none | c'est quoi ce message ? | help
none | je comprends pas | help
none | qui êtes-vous ? | help
confirm | ? | help
none | qui est-ce ? | help
none | j'ai pas compris | help
none | je ne comprends pas ce message | help
none | arrêt | optout
none | ARRET | optout
none | désinscription | optout
none | START SMS | optin
none | je veux de nouveau recevoir vos sms | optin
# Décaler
confirm | on peut décaler à jeudi 16h ? | reschedule | at=2026-11-26T16:00
confirm | oui mais est-ce possible à 17h ? | reschedule | at=2026-11-23T17:00
confirm | je voudrais décaler mon rdv | reschedule
confirm | je dois changer l'heure | reschedule
confirm | possible de décaler ? | reschedule
confirm | on peut le reporter à vendredi ? | reschedule | at=2026-11-27T00:00 grain=day
confirm | plutôt mercredi après-midi | reschedule | at=2026-11-25T12:00 grain=partOfDay
confirm | vous auriez un créneau demain à 11h ? | reschedule | at=2026-11-24T11:00
confirm | je peux pas demain, vendredi ? | reschedule | at=2026-11-27T00:00
confirm | je préfère un autre jour | reschedule
confirm | et lundi prochain ? | reschedule | at=2026-11-30T00:00
confirm | plutôt la semaine prochaine | reschedule | at=2026-11-30T00:00 grain=week
confirm | même heure la semaine prochaine ? | reschedule | at=2026-11-30T10:15
confirm | on peut repousser en décembre ? | reschedule | at=2026-12-01T00:00 grain=month
confirm | vous pouvez me décaler à 16h30 ? | reschedule | at=2026-11-23T16:30
confirm | jeudi à 18h ? | reschedule | at=2026-11-26T18:00
confirm | reporter au 30 novembre | reschedule | at=2026-11-30T00:00
confirm | je pourrais venir plus tard ? | reschedule
confirm | un peu plus tôt ce serait possible ? | reschedule
confirm | est-ce qu'on peut avancer à 14h ? | reschedule | at=2026-11-23T14:00
confirm | vous avez de la place samedi matin ? | reschedule | at=2026-11-28T09:00 grain=partOfDay
confirm | je ne veux pas annuler, juste décaler | reschedule
confirm | decaler a jeudi apres midi svp | reschedule | at=2026-11-26T12:00 grain=partOfDay
confirm | bonjour serait-il possible de décaler mon rdv à 15h ? | reschedule | at=2026-11-23T15:00
confirm | est ce qu'il serait possible de venir à 17h à la place ? | reschedule | at=2026-11-23T17:00
confirm | je préférerais jeudi | reschedule | at=2026-11-26T00:00
confirm | jeudi ça m'arrangerait mieux | reschedule | at=2026-11-26T00:00
confirm | il vous reste de la place jeudi ? | reschedule | at=2026-11-26T00:00
confirm | vous avez des dispos la semaine prochaine ? | reschedule | at=2026-11-30T00:00 grain=week
confirm | je peux venir à 15h ? | reschedule | at=2026-11-23T15:00
confirm | je suis pas dispo demain mais jeudi ça irait | reschedule | at=2026-11-26T00:00
confirm | vous avez un créneau jeudi ? | reschedule | at=2026-11-26T00:00 grain=day
confirm | j'peux décaler ? | reschedule
confirm | je vais devoir décaler | reschedule
confirm | peux t on décaler à 17h | reschedule | at=2026-11-23T17:00
confirm | reporter a la semaine prochaine svp | reschedule | at=2026-11-30T00:00 grain=week
confirm | avancer à 9h30 c'est possible ? | reschedule | at=2026-11-24T09:30
confirm | vous avez plus tôt ? | reschedule
confirm | ce n'est pas possible demain, plutôt jeudi | reschedule | at=2026-11-26T00:00
confirm | demain impossible, jeudi ? | reschedule | at=2026-11-26T00:00
confirm | merci de décaler à jeudi | reschedule | at=2026-11-26T00:00
confirm | j'ai de la fièvre, je préfère décaler | reschedule | sens=health
offer | vous n'auriez pas plutôt en fin de journée ? | reschedule | at=2026-11-23T18:00 grain=partOfDay
# En retard
confirm | je suis en retard | late
confirm | j'aurai 10 minutes de retard | late | late=10
confirm | je vais être un peu en retard, désolée | late
confirm | j'arrive dans 5 min | late | late=5
confirm | j'arrive ds 10 min | late | late=10
confirm | je serai là dans 15 minutes | late | late=15
confirm | je suis dans les bouchons | late
confirm | retard de 20 min | late | late=20
confirm | j'ai un quart d'heure de retard | late | late=15
confirm | une demi-heure de retard, désolée | late | late=30
confirm | je suis à la bourre, 10 min | late | late=10
confirm | je cherche une place pour me garer | late
confirm | n'annulez pas, je suis en retard | late
confirm | en route, j'arrive | late
confirm | oui mais je serai un peu en retard | late
confirm | je veux pas annuler mais je serai en retard | late
confirm | chuis en retard | late
confirm | je suis coincée au travail, j'aurai 20 min de retard | late | late=20
confirm | je confirme mais je serai un peu en retard | late
confirm | n'annulez rien, j'arrive | late
confirm | j'ai raté mon train, je serai en retard de 20 minutes | late | late=20
confirm | le train a du retard | late
confirm | je me gare et j'arrive | late
confirm | j'aurai 1h de retard | late | late=60
confirm | je serai peut-être un peu en retard | late
confirm | jsuis en retar 10mn | late | late=10
confirm | j'arive dans 10 min | late | late=10
# Questions et contestations
confirm | c'est combien ? | question
confirm | combien ça coûte ? | question
confirm | il y a un parking à côté ? | question
confirm | c'est à quelle heure déjà ? | question
confirm | vous prenez la carte ? | question
confirm | c'est où exactement ? | question
confirm | je dois venir à jeun ? | question
confirm | vous êtes ouverts le dimanche ? | question
none | je voulais savoir s'il y a un parking | question
confirm | enceinte, est-ce que je peux faire le massage ? | question | sens=health
confirm | c'est combien le soin ? | question
confirm | ça dure combien de temps ? | question
confirm | je dois apporter quelque chose ? | question
confirm | où est-ce que je peux me garer ? | question
confirm | je peux payer en espèces ? | question
confirm | j'ai un bon cadeau, je peux l'utiliser ? | question
confirm | mon rdv est à quelle heure ? | question
confirm | c'est avec qui ? | question
confirm | je peux venir avec ma fille ? | question
none | je suis enceinte, est-ce que c'est un problème ? | question | sens=health
none | je suis venue ! | dispute
none | j'ai déjà annulé | dispute
none | j'étais là à l'heure | dispute
none | je n'ai jamais pris ce rendez-vous | dispute
none | mauvais numéro | dispute
none | j'ai déjà payé l'acompte | dispute
none | vous m'avez prélevé sans raison, je vais porter plainte | dispute | sens=legal
none | c'est inadmissible, j'étais là à l'heure ! | dispute | sens=anger
none | il y a erreur, je n'ai pas de rendez-vous | dispute
none | ce n'est pas moi | dispute
none | vous vous êtes trompés de numéro | dispute
none | pourquoi j'ai été facturée ? | dispute
none | je suis venue à l'heure, c'est vous qui étiez en retard | dispute
none | j'ai appelé pour annuler la semaine dernière | dispute
none | je viens d'annuler sur le site | dispute
# Offres
offer | oui | accept
offer | oui je le prends | accept
offer | je prends ! | accept
offer | réservez-moi | accept
offer | parfait | accept
offer | 2 | accept | choice=2
offer | le 2 | accept | choice=2
offer | la 2 svp | accept | choice=2
offer | n°2 | accept | choice=2
offer | numéro 2 | accept | choice=2
offer | option 3 | accept | choice=3
offer | la deuxième | accept | choice=2
offer | le premier svp | accept | choice=1
offer | la 1ère | accept | choice=1
offer | le 3e créneau | accept | choice=3
offer | la deuxième proposition | accept | choice=2
offer | ok pour jeudi 16h | accept | at=2026-11-26T16:00
offer | non | decline
offer | non merci | decline
offer | pas intéressée | decline
offer | pas dispo à cette heure-là | decline
offer | pas cette fois | decline
offer | je le veux ! | accept
offer | n'importe lequel | accept
offer | les deux me vont | accept
offer | jeudi 16h30 | accept | at=2026-11-26T16:30
offer | oui pour le premier | accept | choice=1
offer | je prends le 2 | accept | choice=2
offer | le deuxième créneau svp | accept | choice=2
offer | le 2 décembre | accept | at=2026-12-02T00:00
offer | je ne suis plus intéressée | decline
offer | trop tôt pour moi | decline
offer | ce créneau ne me va pas | decline
offer | non ça ira | decline
offer | je passe mon tour | decline
offer | je ne le prends pas | decline
rebook | oui avec plaisir | accept
rebook | ok, demain à 12h ? | accept | at=2026-11-24T12:00
rebook | non merci | decline
# Sans question, hésitations
none | oui | confirm
none | annuler mon rdv de demain | cancel
confirm | je sais pas | unknown
confirm | peut-être | unknown
confirm | pas sûre | unknown
confirm | je vous redis | unknown
confirm | je vais essayer de venir | unknown
confirm | normalement oui | unknown
# Expressions de temps
offer | aujourd'hui à 17h | accept | at=2026-11-23T17:00
offer | demain | accept | at=2026-11-24T00:00 grain=day
offer | demain à 10h | accept | at=2026-11-24T10:00
offer | demain matin | accept | at=2026-11-24T09:00 grain=partOfDay
offer | après-demain | accept | at=2026-11-25T00:00
offer | apres demain | accept | at=2026-11-25T00:00
offer | dans 3 jours | accept | at=2026-11-26T00:00
offer | dans 2 semaines | accept | at=2026-12-07T00:00
offer | dans huit jours | accept | at=2026-11-30T00:00
offer | la semaine prochaine | accept | at=2026-11-30T00:00 grain=week
offer | la semaine pro | accept | at=2026-11-30T00:00 grain=week
offer | le mois prochain | accept | at=2026-12-01T00:00 grain=month
offer | en décembre | accept | at=2026-12-01T00:00 grain=month
offer | ce jeudi | accept | at=2026-11-26T00:00
offer | jeudi | accept | at=2026-11-26T00:00
offer | jeudi en huit | accept | at=2026-12-03T00:00
offer | jeudi de la semaine prochaine | accept | at=2026-12-03T00:00
offer | lundi prochain | accept | at=2026-11-30T00:00
offer | vendredi à 15h | accept | at=2026-11-27T15:00
offer | vendredi 15h | accept | at=2026-11-27T15:00
offer | vendredi à 3h | accept | at=2026-11-27T15:00
offer | vendredi matin | accept | at=2026-11-27T09:00 grain=partOfDay
offer | samedi après-midi | accept | at=2026-11-28T12:00 grain=partOfDay
offer | samedi aprem | accept | at=2026-11-28T12:00 grain=partOfDay
offer | cet après-midi | accept | at=2026-11-23T12:00 grain=partOfDay
offer | ce soir | accept | at=2026-11-23T18:00 grain=partOfDay
offer | en fin de journée | accept | at=2026-11-23T18:00 grain=partOfDay
offer | demain en fin de matinée | accept | at=2026-11-24T10:30 grain=partOfDay
offer | jeudi en début d'après-midi | accept | at=2026-11-26T13:00 grain=partOfDay
offer | à 16h | accept | at=2026-11-23T16:00
offer | 16h | accept | at=2026-11-23T16:00
offer | 16h30 | accept | at=2026-11-23T16:30
offer | 16 h 30 | accept | at=2026-11-23T16:30
offer | à 16:30 | accept | at=2026-11-23T16:30
offer | vers 15h | accept | at=2026-11-23T15:00
offer | à 4h et demie | accept | at=2026-11-23T16:30
offer | à quatre heures et demie | accept | at=2026-11-23T16:30
offer | à 5h moins le quart | accept | at=2026-11-23T16:45
offer | à 4h et quart | accept | at=2026-11-23T16:15
offer | à 11h du matin | accept | at=2026-11-23T11:00
offer | à 7h du soir | accept | at=2026-11-23T19:00
offer | à 2h de l'après-midi | accept | at=2026-11-23T14:00
offer | à midi | accept | at=2026-11-23T12:00
offer | midi et demi | accept | at=2026-11-23T12:30
offer | le 25 novembre | accept | at=2026-11-25T00:00
offer | le 25 novembre à 15h | accept | at=2026-11-25T15:00
offer | mercredi 2 décembre | accept | at=2026-12-02T00:00
offer | le 1er décembre | accept | at=2026-12-01T00:00
offer | 25/11 | accept | at=2026-11-25T00:00
offer | le 25/11 à 14h | accept | at=2026-11-25T14:00
offer | après 18h | accept | at=2026-11-23T18:00 grain=hour
offer | à partir de 17h | accept | at=2026-11-23T17:00 grain=hour
offer | avant midi | accept | at=2026-11-23T10:15 end=2026-11-23T12:00
offer | avant 12h | accept | at=2026-11-23T10:15 end=2026-11-23T12:00
offer | entre 14h et 16h | accept | at=2026-11-23T14:00 end=2026-11-23T16:00
offer | de 14h à 16h demain | accept | at=2026-11-24T14:00 end=2026-11-24T16:00
offer | entre 3 et 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | à la même heure la semaine prochaine | accept | at=2026-11-30T10:15
offer | jeudi 14 heures | accept | at=2026-11-26T14:00
offer | à 13 heures | accept | at=2026-11-23T13:00
offer | jeudi à 2 heures | accept | at=2026-11-26T14:00
offer | jeudi vers 14h | accept | at=2026-11-26T14:00
offer | jeudi dans l'après-midi | accept | at=2026-11-26T12:00 grain=partOfDay
offer | jeudi en fin d'après-midi | accept | at=2026-11-26T16:00 grain=partOfDay
offer | jeudi soir | accept | at=2026-11-26T18:00 grain=partOfDay
offer | mardi prochain à 10h | accept | at=2026-12-01T10:00
offer | mardi 1er décembre | accept | at=2026-12-01T00:00
offer | 03/12 à 15h | accept | at=2026-12-03T15:00
offer | 3 décembre 15h | accept | at=2026-12-03T15:00
offer | le 3 déc | accept | at=2026-12-03T00:00
offer | le 3 dec. à 15h30 | accept | at=2026-12-03T15:30
offer | samedi 28 | accept | at=2026-11-28T00:00
offer | ce samedi matin | accept | at=2026-11-28T09:00 grain=partOfDay
offer | samedi en huit | accept | at=2026-12-05T00:00
offer | demain 9h30 | accept | at=2026-11-24T09:30
offer | demain midi | accept | at=2026-11-24T12:00
offer | demain en début d'après-midi | accept | at=2026-11-24T13:00 grain=partOfDay
offer | auj 18h | accept | at=2026-11-23T18:00
offer | ce midi | accept | at=2026-11-23T12:00
offer | dans 30 minutes | accept | at=2026-11-23T10:45
offer | dans une semaine | accept | at=2026-11-30T00:00
offer | dans un mois | accept | at=2026-12-23T00:00
offer | dans 3 semaines | accept | at=2026-12-14T00:00
offer | d'ici 17h | accept | at=2026-11-23T10:15 end=2026-11-23T17:00
offer | jusqu'à 17h | accept | at=2026-11-23T10:15 end=2026-11-23T17:00
offer | pas avant 14h | accept | at=2026-11-23T14:00 grain=hour
offer | au plus tard 16h | accept | at=2026-11-23T10:15 end=2026-11-23T16:00
offer | entre midi et deux | accept | at=2026-11-23T12:00 end=2026-11-23T14:00 grain=partOfDay
offer | après 17h30 | accept | at=2026-11-23T17:30 grain=hour
offer | dès 9h demain | accept | at=2026-11-24T09:00 grain=hour
offer | mardi de la semaine prochaine | accept | at=2026-12-01T00:00
offer | la semaine prochaine mardi | accept | at=2026-12-01T00:00
offer | jeudi 26 à 16h | accept | at=2026-11-26T16:00
offer | en janvier | accept | at=2027-01-01T00:00 grain=month
offer | le 5 janvier | accept | at=2027-01-05T00:00
offer | le 5/01 | accept | at=2027-01-05T00:00
offer | à 17h45 | accept | at=2026-11-23T17:45
offer | 5h45 de l'après midi | accept | at=2026-11-23T17:45
offer | à 9 heures du matin demain | accept | at=2026-11-24T09:00
offer | à 8h du soir | accept | at=2026-11-23T20:00
offer | 13h | accept | at=2026-11-23T13:00
offer | ce week-end | accept | at=2026-11-28T00:00
confirm | plutôt ce week-end ? | reschedule | at=2026-11-28T00:00
# Unseen replies checked from outside, and read right since
confirm | Non, je voulais dire 14h | reschedule | at=2026-11-23T14:00
confirm | non je voulais dire jeudi | reschedule | at=2026-11-26T00:00
offer | Non, je voulais dire 14h | reschedule | at=2026-11-23T14:00
confirm | non c'était jeudi pas mercredi | reschedule | at=2026-11-26T00:00
confirm | Non, c'était à 14h | reschedule | at=2026-11-23T14:00
confirm | Ah non j'avais dit samedi | reschedule | at=2026-11-28T00:00
confirm | Non, j'avais dit samedi | reschedule | at=2026-11-28T00:00
confirm | Je ne pourrai pas à 11h, mais à 14h oui | reschedule | at=2026-11-23T14:00
confirm | je voulais dire que je ne pourrai pas venir | cancel
confirm | je voulais dire merci | confirm
confirm | désolée mais à cause du boulot je dois annuler | cancel
offer | merci mais à la prochaine | decline
offer | merci mais à une prochaine fois | decline
confirm | c'était à quelle heure déjà ? | question
confirm | Qui êtes-vous ? je connais pas ce salon | dispute
confirm | je ne suis pas cliente chez vous | dispute
none | réabonnez-moi svp | optin
none | Je veux parler à quelqu'un | help
confirm | je voudrais parler à un conseiller | help
confirm | dans une heure | reschedule | at=2026-11-23T11:15
offer | dans une heure | accept | at=2026-11-23T11:15
confirm | je peux venir dans une petite heure ? | reschedule | at=2026-11-23T11:15
confirm | j'aurai une heure de retard | late
confirm | jeudi 14 heures | reschedule | at=2026-11-26T14:00
# Après une offre : un non qui nomme une option la prend ; un non avec une autre heure la demande.
offer | non, le deuxième | accept | choice=2
offer | non, aucun, mais samedi matin oui | reschedule | at=2026-11-28T09:00 grain=partOfDay
offer | non merci | decline
# Dans 2 heures.
confirm | plutôt dans 2 heures ? | reschedule | at=2026-11-23T12:15
# A day of the month alone.
confirm | le 28 ça irait ? | reschedule | at=2026-11-28T00:00
confirm | plutôt le 15 à 14h | reschedule | at=2026-12-15T14:00
confirm | plutôt le vingt-sept à dix heures | reschedule | at=2026-11-27T10:00
confirm | le trente à 9h ? | reschedule | at=2026-11-30T09:00
confirm | mardi 24 à 17h svp | reschedule | at=2026-11-24T17:00
confirm | dans une demi-heure, c'est possible ? | reschedule | at=2026-11-23T10:45 grain=minute
# From an outside check of unseen replies (December 2026): 62 cases.
offer | Aucun des deux ne me va | decline | notime
offer | aucune des deux ne me convient | decline
offer | ni l'un ni l'autre | decline | notime
offer | ni l'un ni l'autre merci | decline
offer | Merci mais j'ai trouvé ailleurs | decline
offer | j'ai déjà trouvé un créneau ailleurs merci | decline
offer | vendredi pas mieux | decline | at=2026-11-27T00:00
offer | jeudi je bosse | decline
offer | jeudi je bosse mais vendredi ok | reschedule | at=2026-11-27T00:00
offer | bof non | decline
confirm | bof non | cancel
offer | Jeudi à 17h c possible ? | reschedule | at=2026-11-26T17:00
offer | lundi c possible ? | reschedule | at=2026-11-30T00:00
confirm | c'est possible d'annuler ? | cancel
confirm | est-ce possible d'annuler svp | cancel
confirm | c possible d'annuler ? | cancel
offer | ne plus me contacter svp | optout
rebook | Ne me recontactez plus | optout
rebook | Peut-être plus tard, pas pour l'instant | decline
confirm | Vous devez vous tromper de personne | dispute
confirm | vous vous trompez de personne, je m'appelle pas Julie | dispute
none | J'ai jamais donné mon numéro, c'est quoi ce truc | dispute
confirm | je peux pas encore dire si je viens | unknown
confirm | je ne peux pas vous dire pour l'instant | unknown
confirm | je peux pas vous confirmer maintenant | unknown
confirm | Je ne peux pas encore vous confirmer, je vous redis demain | unknown
confirm | je peux pas, vous pouvez annuler | cancel
confirm | Oui bonjour, je vais devoir annuler mon rdv désolée | cancel
confirm | ok merci mais je dois annuler, je suis malade | cancel
confirm | D'accord, dans ce cas j'annule | cancel
confirm | désolé j'ai un empêchement, je ne viendrai pas | cancel
confirm | non plutôt à 15h svp | reschedule
confirm | Non non c jeudi que je voulais pas mercredi | reschedule | at=2026-11-26T00:00
confirm | Mercredi ça va pas, jeudi plutôt ? | reschedule
confirm | Pouvez-vous me mettre jeudi 26 à 16h à la place ? | reschedule | at=2026-11-26T16:00
confirm | Je voudrais déplacer mon rdv à samedi matin | reschedule | at=2026-11-28T09:00
confirm | Oui mais j'aurai peut-être 10 min de retard | late
confirm | J'ai jamais pris de rdv ?? | dispute
confirm | Ce n'est pas mon rendez-vous, erreur de numéro | dispute
offer | Aucun, mais samedi ce serait possible ? | reschedule | at=2026-11-28T00:00
offer | Non, aucun créneau ne me convient, mais dimanche ? | reschedule | at=2026-11-29T00:00
offer | ni l'un ni l'autre, lundi peut-être ? | reschedule | at=2026-11-30T00:00
offer | la deuxième option | accept | choice=2
offer | le second | accept | choice=2
offer | Le 1 svp merci ! | accept | choice=1
offer | Pas intéressée | decline
offer | Pas cette fois, merci quand même | decline
rebook | J'avais annulé par téléphone pourtant | dispute
rebook | Mais j'étais là ! | dispute
rebook | Oui volontiers la semaine prochaine | accept | at=2026-11-30T00:00
none | Je vais arriver avec un quart d'heure de retard, bouchons | late
none | J'arrive vers 11h30 plutôt, ça va ? | late
none | La facture est fausse, je ne suis jamais venue | dispute
none | Je souhaite me réabonner aux SMS | optin
none | Oui d'accord mais finalement je vais annuler | cancel
offer | jeudi à cinq heures moins le quart | accept | at=2026-11-26T16:45
offer | vendredi à trois heures moins le quart | accept | at=2026-11-27T14:45
offer | demain à 3h moins 10 | accept | at=2026-11-24T14:50
offer | dans une heure et demie | accept | at=2026-11-23T11:45
offer | jeudi entre 3 et 5 | accept | at=2026-11-26T15:00
offer | le 1er décembre vers 11h | accept | at=2026-12-01T11:00
offer | dans une demi-heure je peux passer | reschedule | at=2026-11-23T10:45
confirm | le 4 à 9h30 | reschedule | at=2026-12-04T09:30
offer | le 2 | accept | choice=2
confirm | vendredi 27 à 10h ? | reschedule | at=2026-11-27T10:00
confirm | vendredi 15 ? | reschedule | at=2026-11-27T15:00
offer | le dernier | accept | choice=-1
offer | Vendredi je peux pas, mais jeudi oui | reschedule | at=2026-11-26T00:00
offer | Numéro un | accept | choice=1
offer | Je ne veux plus de rendez-vous | decline
none | Vous pouvez de nouveau m'envoyer des SMS | optin
# A small number right after a weekday: the day of the month when that date is that weekday soon, else the hour.
offer | jeudi 3 | accept | at=2026-12-03T00:00
none | mardi 1 | reschedule | at=2026-12-01T00:00
none | jeudi 5 | reschedule | at=2026-11-26T17:00
# Either option will do: an acceptance that names none (the client is asked which).
offer | n'importe lequel | accept | notime
offer | peu importe | accept | notime
# Declines that thank; "l'annuler" cancels; a question asking to cancel cancels.
offer | Merci quand même, aucun des deux | decline | notime
confirm | Oui oui, vous pouvez l'annuler, merci | cancel | notime asks
confirm | vous pouvez l'annuler | cancel | notime
confirm | je ne peux pas venir mercredi, vous pouvez annuler ? | cancel | at=2026-11-25T00:00
rebook | J'avais annulé à temps ! | dispute | notime
# Une option reprise et remplacée ; un numéro en tête de réponse.
offer | le 1 ... ah non attendez, plutôt le 2 | accept | choice=2
offer | 1 ! merciii | accept | choice=1
offer | 2, merci beaucoup | accept | choice=2
# Un jour, puis les mots pour déplacer et seulement une heure : ce jour-là à cette heure. L'heure après « au lieu de » est abandonnée.
offer | jeudi mais plutôt 17h c possible ? | reschedule | at=2026-11-26T17:00
confirm | à 11h au lieu de 10h ce serait possible ? | reschedule | at=2026-11-23T11:00
offer | déjà trouvé ailleurs, merci | decline
offer | jeudi c'est avec qui ? | question
none | Je comprends rien à ces sms, il faut répondre quoi exactement ? | help
none | Plus de pub par SMS svp | optout
# Parler à quelqu'un
rebook | Est-ce que je peux parler à quelqu'un au téléphone plutôt ? C'est plus simple pour moi | help
none | Allo? y a-tu quelqu'un de vrai qui lit ça? | help
rebook | Non pas pour l'instant, je vous recontacte en janvier peut-être. Bonne fin d'année ! | decline
confirm | je préfère annuler | cancel
# Un jour dans une phrase suivante ne fait pas partie de l'heure demandée
confirm | Est ce qu'on peut décaler à la semaine prochaine ? Jeudi c'est compliqué avec le boulot | reschedule | at=2026-11-30T00:00 grain=week
none | Bonjour, j'aimerais avancer ma manucure. Vous auriez quelque chose demain matin ? Sinon pas grave je garde celui de samedi. | reschedule | at=2026-11-24T09:00
confirm | ouin c correct, j'vais être là | confirm
offer | Laissez tomber, j'annule tout | cancel
confirm | Comment je fais pour répondre ? Je tape juste OUI ? | help
confirm | Jeudi c mort pour moi 😩 samedi matin ce serait possible? | reschedule | at=2026-11-28T09:00 grain=partOfDay
confirm | Annuler? Surtout pas, j'attends ça depuis 2 semaines 😅 | confirm
confirm | Annuler ? Certainement pas | confirm
none | Vous pouvez me remettre les rappels par SMS? Je les avais désactivés par erreur | optin
confirm | je voulais savoir si je peux venir avec ma fille | question
confirm | je voulais savoir si on peut décaler à vendredi | reschedule | at=2026-11-27T00:00
confirm | Non non je viens, pas de souci | confirm
confirm | non non, je ne viens pas | cancel
offer | Non merci 🙏 | decline
none | desinscrivez moi | optout
offer | C'est possible d'être 2 ? Avec mon chum | question
none | Salut, je pourrais déplacer mon rdv de jeudi à vendredi 16h ? | reschedule | at=2026-11-27T16:00
confirm | non non d'accord, tant pis | unknown
confirm | Finalement je viens plus | cancel
confirm | je viens plus, désolée | cancel
confirm | j'y vais plus | cancel
confirm | je viens plus tard | reschedule
confirm | je viens plus tôt si possible | reschedule
confirm | Oui désolée mais je vais devoir annuler | cancel
none | Je ne pourrai pas venir jeudi, désolée, je vous rappellerai pour reprendre un rdv plus tard | cancel
none | Enlevez mon numéro de votre liste svp, j'en veux pu de vos textos | optout
none | RECOMMENCEZ A M'ENVOYER LES RAPPELS SVP JE LES RATE TOUS | optin
none | Est-ce que quelqu'un peut m'appeler ? | help
none | Je n'ai jamais annulé mon rendez-vous, pourquoi j'ai reçu un SMS d'annulation ?? | dispute
none | Merci pour hier, super massage 😍 | unknown
rebook | Salut c'est Léo le fils de Martine, elle a plus son téléphone | unknown
confirm | Non non j'annule pas, je viens bien ! C'est mon mari qui a répondu NON par erreur 🙄 | confirm
confirm | Bonjour, jeudi ça va pas trop, auriez-vous quelque chose samedi aprem pour ma couleur avec Marco ? | reschedule | at=2026-11-28T12:00
none | Mon rdv de vendredi avec Marco, je peux le passer à 18h ? | reschedule | at=2026-11-27T18:00
offer | Mardi je travaille, mercredi matin j'ai le dentiste. Donc rien ne marche, désolée | decline
offer | Le 2 mais à 11h ? | reschedule | choice=2 at=2026-11-23T11:00
offer | Non merci, aucun ne va. Mardi à 14h je suis au boulot et le reste pareil 😕 | decline
confirm | mettons quart à cinq? | reschedule | at=2026-11-23T16:45
none | Je ne souhaite plus recevoir vos messages, merci de me retirer de votre liste. | optout
offer | Je réponds juste avec le chiffre ? 🤔 | help
offer | Finalement je vais annuler complètement, désolée. Merci quand même d'avoir cherché. | cancel
none | Merci pour le rappel mais j'étais bien venue samedi, pourquoi je suis notée absente ? | dispute
confirm | Non non je viens, t'inquiète 😅 | confirm
confirm | j'annule rien du tout | confirm
confirm | que se passe-t-il si j'annule ? | question
offer | mercredi 10h30 c'est compliqué | decline
offer | c'est la première fois que je viens, je dois apporter quelque chose? | question
confirm | oui, effacez le rdv | cancel
confirm | Nope, semaine prochaine | reschedule | at=2026-11-30T00:00
offer | Aucun, désolée | decline
none | Bonjour, vous faites des bons cadeaux ? C'est pour l'anniversaire de ma femme le 12 décembre. | question
none | Je n'annule pas mon rdv de jeudi, c'est mon mari qui a appelé par erreur. Je serai bien là. | confirm
confirm | Oui je confirme ! Par contre on peut se garer devant ou c'est payant dans la rue ? | confirm | question
offer | La deuxième svp. Je peux venir avec ma fille, elle attendra dans la salle ? | accept | choice=2 question
confirm | Je n'annule pas hein, je voulais juste savoir si je dois apporter une serviette ? | question
offer | le plus tôt | accept | choice=-2
rebook | Retirez moi de vos listes svp je ne veux plus de sms | optout
none | Vous pouvez me renvoyer les rappels svp ? J'avais répondu STOP par erreur | optin
none | C'est possible d'avoir une facture pour ma mutuelle ? | question
none | un humain svp | help
confirm | Impossible jeudi desolee. Je reprendrai rdv plus tard | cancel
confirm | oui mais ça dure combien de temps ? | confirm | question
confirm | Non non pas d'annulation, je viens ! Juste, c'est toujours Anna ? | confirm
offer | la 1 euh non la 3 | accept | choice=3
none | Je refuse de payer ces frais, j'ai jamais reçu de rappel | dispute
none | Je suis à l'étranger jusqu'au 3 décembre, on peut décaler mon rdv au vendredi 4? | reschedule | at=2026-12-04T00:00 grain=day
offer | Aucun des 3 dsl, vendredi 17h c la sortie de l'école | decline
# A day and time, then a bare no and "I meant" another time: that time on the same day
none | vendredi 14h? non pardon je voulais dire 15h | reschedule | at=2026-11-27T15:00
# Asking for a free slot, "I'd need" a time, call me back, already with another practice
offer | aucun ne colle, il me faudrait lundi 30 à 18h30 | reschedule | at=2026-11-30T18:30
none | Est-ce que quelqu'un de l'institut peut m'appeler sur mon GSM? c'est un peu compliqué à expliquer par message | help
offer | jsp quoi répondre, je tape le numéro ou la date?? | help
""")

@Suite("French replies")
struct FrenchCorpusTests {
    @Test("each French reply is read as the table says", arguments: frenchCorpus)
    func reply(_ c: CorpusCase) {
        let problem = mismatch(c)
        #expect(problem == nil, "\(c.text): \(problem ?? "")")
    }

    @Test("French replies are recognised as French without a locale", arguments: frenchCorpus.filter { $0.text.count > 12 })
    func detected(_ c: CorpusCase) {
        let u = sharedMatcher.understand(c.text, locale: nil, expecting: c.expecting, context: corpusContext("fr"))
        #expect(u.locale == "fr", "\(c.text) read as \(u.locale)")
    }
}
