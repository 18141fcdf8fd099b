import Testing
import Intents

/// Portuguese replies (Brazil first, Portugal too), one case a line: `expecting | reply | intent | checks`.
/// Now is Monday 23 November 2026, 10:15 in America/Sao_Paulo; open 09:00–20:00.
let portugueseCorpus = corpus("pt", """
# Confirmar
confirm | sim | confirm
confirm | Sim | confirm
confirm | SIM! | confirm
confirm | simmm | confirm
confirm | s | confirm
confirm | ss | confirm
confirm | claro | confirm
confirm | claro que sim | confirm
confirm | ok | confirm
confirm | okk | confirm
confirm | blz | confirm
confirm | beleza | confirm
confirm | fechado | confirm
confirm | combinado! | confirm
confirm | tá bom | confirm
confirm | ta bom | confirm
confirm | tá ótimo, obrigada | confirm
confirm | tudo certo | confirm
confirm | confirmo | confirm
confirm | Confirmo, obrigada! | confirm
confirm | confirmado | confirm
confirm | confirmadíssimo | confirm
confirm | comfirmo | confirm
confirm | confirmo presença | confirm
confirm | Bom dia! Confirmo minha presença | confirm
confirm | pode confirmar | confirm
confirm | pode deixar, estarei lá | confirm
confirm | estarei aí sim | confirm
confirm | vou sim | confirm
confirm | vou sim, obg | confirm
confirm | eu vou | confirm
confirm | até amanhã! | confirm
confirm | ate amanha | confirm
confirm | nos vemos amanhã | confirm
confirm | perfeito | confirm
confirm | otimo | confirm
confirm | show | confirm
confirm | tranquilo | confirm
confirm | 👍 | confirm
confirm | 👍🏻 | confirm
confirm | obrigada | confirm
confirm | obg | confirm
confirm | muito obrigado pelo lembrete | confirm
confirm | valeu | confirm
confirm | sem problema | confirm
confirm | sem problemas, estarei lá | confirm
confirm | não tem problema, vou sim | confirm
confirm | não se preocupe, vou estar lá | confirm
confirm | não vou faltar | confirm
confirm | não cancela, eu vou | confirm
confirm | pode contar comigo | confirm
confirm | com certeza | confirm
confirm | com ctz | confirm
confirm | sim, às 4 estou aí | confirm | at=2026-11-23T16:00
confirm | sim, quinta estarei lá | confirm | at=2026-11-26T00:00
confirm | Oi, tudo bem? Confirmo sim | confirm
confirm | não vou me atrasar | confirm
confirm | tô confirmada | confirm
confirm | tá confirmado, bjs | confirm
confirm | estarei lá sem falta | confirm
confirm | sim senhora | confirm
confirm | isso mesmo | confirm
confirm | não vejo a hora! | confirm
confirm | está bem, obrigada | confirm
confirm | lá estarei | confirm
confirm | de acordo | confirm
confirm | Confirmo a marcação, obrigada | confirm
confirm | combinado, até já | confirm
confirm | não há problema, lá estarei | confirm
confirm | obrigadinha, até amanhã | confirm
confirm | vou sim, não falto | confirm
confirm | td certo, obg | confirm
confirm | sim sim | confirm
confirm | confirmo sim 😊 | confirm
confirm | blz, até lá | confirm
confirm | estarei presente | confirm
confirm | Olá, confirmo a consulta de amanhã | confirm | at=2026-11-24T00:00
confirm | sim, pode confirmar | confirm
confirm | não vou me atrasar não | confirm
# Cancelar
confirm | não | cancel
confirm | Não. | cancel
confirm | nao | cancel
confirm | n | cancel
confirm | 👎 | cancel
confirm | não posso | cancel
confirm | não posso ir | cancel
confirm | nao vou poder ir | cancel
confirm | infelizmente não vou conseguir ir | cancel
confirm | Desculpa, hoje não vai dar | cancel
confirm | amanhã não posso, desculpa | cancel
confirm | n vou poder | cancel
confirm | não consigo ir | cancel
confirm | quero cancelar | cancel
confirm | preciso cancelar minha consulta | cancel
confirm | cancela meu horário por favor | cancel
confirm | pode cancelar | cancel
confirm | vou ter que cancelar, desculpa | cancel
confirm | Pode desmarcar, por favor | cancel
confirm | desmarca pra mim por favor | cancel
confirm | quero desmarcar a marcação | cancel
confirm | quero canselar | cancel
confirm | quero cancela o horario | cancel
confirm | tive um imprevisto, não vou conseguir ir | cancel
confirm | surgiu um imprevisto | cancel
confirm | estou doente, não vou poder ir | cancel | sens=health
confirm | tô com febre, não consigo ir | cancel | sens=health
confirm | não, obrigada | cancel
confirm | vou faltar | cancel
confirm | não vai rolar | cancel
confirm | não vou mais | cancel
confirm | vou viajar, pode cancelar | cancel
confirm | hoje não dá | cancel
confirm | não posso ir à consulta | cancel
confirm | Oi, não vou poder ir hoje, pode cancelar? | cancel
confirm | Queria desmarcar a marcação de amanhã | cancel
confirm | naum vou conseguir | cancel
confirm | Infelizmente não poderei comparecer | cancel
confirm | não vai dar pra ir, desculpa | cancel
confirm | tô com dengue, não vou conseguir ir | cancel | sens=health
confirm | meu filho está doente, não consigo ir | cancel | sens=health
confirm | não dá pra mim | cancel
confirm | não tem como eu ir | cancel
confirm | esquece, não vou | cancel
# Sair e voltar (opt-out / opt-in); CANCELAR sozinho é palavra de operadora, como no espanhol
confirm | SAIR | optout
confirm | sair | optout
confirm | PARAR | optout
confirm | pare | optout
confirm | STOP | optout
confirm | cancelar | cancel
confirm | cancelar mensagens | optout
confirm | parem de mandar mensagem | optout
confirm | não quero mais receber mensagens | optout
none | me tira da lista | optout
none | não me mandem mais mensagens | optout
none | quero sair da lista | optout
none | descadastrar | optout
none | chega de mensagens! | optout
none | não consigo ir, e também quero sair da lista | optout
none | VOLTAR | optin
none | quero voltar a receber as mensagens | optin
none | ajuda | help
none | o que é isso? | help
none | quem é? | help
none | não entendi | help
none | ? | help
none | Para! | optout
none | pare de me mandar mensagem | optout
none | quem fala? | help
# Remarcar
confirm | dá pra remarcar pra quinta às 16h? | reschedule | at=2026-11-26T16:00
confirm | sim, mas pode ser às 5? | reschedule | at=2026-11-23T17:00
confirm | preciso remarcar | reschedule
confirm | quero mudar o horário | reschedule
confirm | tem como mudar a hora? | reschedule
confirm | posso passar para sexta? | reschedule | at=2026-11-27T00:00 grain=day
confirm | melhor quarta à tarde | reschedule | at=2026-11-25T12:00 grain=partOfDay
confirm | tem horário amanhã às 11? | reschedule | at=2026-11-24T11:00
confirm | amanhã não posso, pode ser sexta? | reschedule | at=2026-11-27T00:00
confirm | prefiro outro dia | reschedule
confirm | que tal segunda que vem? | reschedule | at=2026-11-30T00:00
confirm | melhor semana que vem | reschedule | at=2026-11-30T00:00 grain=week
confirm | pode ser na semana depois da próxima? | reschedule | at=2026-12-07T00:00 grain=week
confirm | prefiro sexta da semana depois da que vem | reschedule | at=2026-12-11T00:00 grain=day
confirm | no mesmo horário na semana que vem? | reschedule | at=2026-11-30T10:15
confirm | dá pra adiar pra dezembro? | reschedule
confirm | consegue mudar pras 4 e meia? | reschedule | at=2026-11-23T16:30
confirm | quinta às 6 da tarde, pode ser? | reschedule | at=2026-11-26T18:00
confirm | reagendar para 30 de novembro | reschedule | at=2026-11-30T00:00
confirm | dá pra trocar pra semana que vem? | reschedule | at=2026-11-30T00:00 grain=week
confirm | pode ser mais tarde? tipo 18h | reschedule | at=2026-11-23T18:00
confirm | não consigo às 10, teria às 14h? | reschedule | at=2026-11-23T14:00
confirm | remarcar para quinta da semana que vem | reschedule | at=2026-12-03T00:00
confirm | tem vaga sábado de manhã? | reschedule | at=2026-11-28T09:00 grain=partOfDay
confirm | pode ser na próxima quinta? | reschedule | at=2026-11-26T00:00
confirm | dá pra antecipar? | reschedule
confirm | pode ser dia 1º? | reschedule | at=2026-12-01T00:00
confirm | queria alterar a marcação para sexta às 10h | reschedule | at=2026-11-27T10:00
confirm | não vou desistir, quero remarcar | reschedule
confirm | consegue me encaixar amanhã? | reschedule | at=2026-11-24T00:00 grain=day
confirm | remarca pra sexta pfv | reschedule | at=2026-11-27T00:00
confirm | joga pra semana que vem | reschedule | at=2026-11-30T00:00 grain=week
confirm | E sexta-feira às 9h? | reschedule | at=2026-11-27T09:00
confirm | amanhã as 14 pode? | reschedule | at=2026-11-24T14:00
confirm | Dá para ser às 14h em vez das 10h? | reschedule | at=2026-11-23T14:00
confirm | prefiro sábado | reschedule | at=2026-11-28T00:00
confirm | pode ser depois das 18h? | reschedule | at=2026-11-23T18:00
confirm | amanhã não, só na quinta | reschedule | at=2026-11-26T00:00
confirm | não posso amanhã mas posso quinta | reschedule | at=2026-11-26T00:00
confirm | Não dá amanhã, só sexta | reschedule | at=2026-11-27T00:00
confirm | não posso às 10, mas às 11 dá | reschedule | at=2026-11-23T11:00
confirm | hoje não posso, pode ser amanhã? | reschedule | at=2026-11-24T00:00
confirm | amanhã não dá, mas sexta dá | reschedule | at=2026-11-27T00:00
confirm | sim, só que preciso mudar para as 11 | reschedule | at=2026-11-23T11:00
# Atrasado
confirm | vou me atrasar | late
confirm | tô atrasada | late
confirm | to atrasada, desculpa | late
confirm | vou atrasar uns 10 minutos | late | late=10
confirm | chego em 5 minutos | late | late=5
confirm | estou a caminho, chego em 15 min | late | late=15
confirm | trânsito parado, vou chegar um pouco atrasada | late
confirm | vou chegar uns 20 min atrasada | late | late=20
confirm | atraso de meia hora | late | late=30
confirm | desculpa, 10 minutinhos de atraso | late | late=10
confirm | tô chegando! | late
confirm | perdi o ônibus, chego daqui a pouco | late
confirm | procurando vaga pra estacionar | late
confirm | me atrasei, chego em 10 | late | late=10
confirm | estou presa no trânsito | late
confirm | Chego às 10h20 | late | at=2026-11-23T10:20
confirm | Desculpa, estou atrasada uns 10 min | late | late=10
confirm | tô 10 min atrasada | late | late=10
confirm | chego daqui a meia hora | late | late=30
confirm | já estou indo | late
confirm | saindo agora de casa | late
confirm | sim, só que vou atrasar uns 15 min | late | late=15
# Perguntas e contestações
confirm | quanto custa? | question
confirm | qual o valor da limpeza de pele? | question
confirm | onde fica? | question
confirm | tem estacionamento? | question
confirm | que horas é mesmo? | question
confirm | vocês aceitam pix? | question
confirm | qual o endereço? | question
confirm | aceita cartão? | question
confirm | preciso levar alguma coisa? | question
confirm | posso levar minha filha? | question
confirm | quem vai me atender? | question
confirm | quanto tempo dura a sessão? | question
confirm | é amanhã? | question
confirm | vcs fazem sobrancelha? | question
confirm | quero falar com alguém | help
confirm | Confirmo! Mas posso levar minha filha? | confirm | question
confirm | que palhaçada, vou cancelar | cancel | sens=anger
confirm | estou grávida, posso fazer a massagem? | question | sens=health
none | isso é um absurdo! | unknown | sens=anger
none | que falta de respeito, ninguém me avisou | unknown | sens=anger
none | vou acionar meu advogado | unknown | sens=legal
none | vou reclamar no procon | unknown | sens=legal
none | não sou a Maria, número errado | dispute
none | acho que é engano | dispute
none | vocês que cancelaram | dispute
none | não faltei, cheguei na hora | dispute
none | cheguei a horas e ninguém me atendeu | dispute
none | eu fui sim! | dispute
none | já cancelei essa consulta | dispute
none | eu estive aí às 3 | dispute
none | nunca marquei esse horário | dispute
none | número errado | dispute
none | já paguei | dispute
none | eu liguei pra desmarcar | dispute
none | vocês cancelaram, não eu | dispute
# Ofertas
offer | sim | accept
offer | quero sim | accept
offer | quero! | accept
offer | pode reservar | accept
offer | fico com esse horário | accept
offer | perfeito | accept
offer | 2 | accept | choice=2
offer | #2 | accept | choice=2
offer | opção 2 | accept | choice=2
offer | a 2 | accept | choice=2
offer | a segunda | accept | choice=2
offer | a segunda opção | accept | choice=2
offer | a primeira, por favor | accept | choice=1
offer | o terceiro | accept | choice=3
offer | quero a 3 | accept | choice=3
offer | 1 | accept | choice=1
offer | a 1ª | accept | choice=1
offer | não | decline
offer | não, obrigada | decline
offer | não tenho interesse | decline
offer | nesse horário não posso | decline
offer | dessa vez não | decline
offer | nenhum desses | decline
offer | nenhum desses serve | decline
offer | agora não | decline
offer | dispenso | decline
offer | cancela meu horário | cancel
offer | 1º | accept | choice=1
offer | 2ª | accept | choice=2
offer | o 2º | accept | choice=2
offer | a 1ª opção | accept | choice=1
offer | Opção 1 | accept | choice=1
offer | número 2 | accept | choice=2
offer | a 2, pfv | accept | choice=2
offer | quero a de sábado | accept | at=2026-11-28T00:00
offer | a de sexta às 11 | accept | at=2026-11-27T11:00
offer | fico com ele | accept
offer | aceito | accept
rebook | sim, por favor | accept
rebook | ok, amanhã ao meio-dia? | accept | at=2026-11-24T12:00
rebook | não, obrigado | decline
# Sem pergunta, dúvidas
none | sim | confirm
none | cancelar a consulta de amanhã | cancel
confirm | não sei | unknown
confirm | talvez | unknown
confirm | não tenho certeza | unknown
confirm | te aviso | unknown
confirm | vou tentar ir | unknown
confirm | acho que sim | unknown
confirm | depois te confirmo | unknown
# Expressões de tempo
offer | hoje às 5 | accept | at=2026-11-23T17:00
offer | amanhã | accept | at=2026-11-24T00:00 grain=day
offer | amanha as 10 | accept | at=2026-11-24T10:00
offer | amnh às 10h | accept | at=2026-11-24T10:00
offer | hj as 18h | accept | at=2026-11-23T18:00
offer | depois de amanhã | accept | at=2026-11-25T00:00
offer | daqui a 3 dias | accept | at=2026-11-26T00:00
offer | em 2 semanas | accept | at=2026-12-07T00:00
offer | semana que vem | accept | at=2026-11-30T00:00 grain=week
offer | na próxima semana | accept | at=2026-11-30T00:00 grain=week
offer | mês que vem | accept | at=2026-12-01T00:00 grain=month
offer | no próximo mês | accept | grain=month
offer | nesta quinta | accept | at=2026-11-26T00:00
offer | quinta | accept | at=2026-11-26T00:00
offer | na quinta-feira | accept | at=2026-11-26T00:00
offer | quinta feira | accept | at=2026-11-26T00:00
offer | 5ª feira | accept | at=2026-11-26T00:00
offer | na próxima quinta | accept | at=2026-11-26T00:00
offer | quinta da semana que vem | accept | at=2026-12-03T00:00
offer | sexta às 3 | accept | at=2026-11-27T15:00
offer | sexta de manhã | accept | at=2026-11-27T09:00 grain=partOfDay
offer | sábado à tarde | accept | at=2026-11-28T12:00 grain=partOfDay
offer | hoje à tarde | accept | at=2026-11-23T12:00 grain=partOfDay
offer | hoje à noite | accept | at=2026-11-23T18:00 grain=partOfDay
offer | amanhã de manhã | accept | at=2026-11-24T09:00 grain=partOfDay
offer | amanhã cedo | accept | at=2026-11-24T09:00 grain=partOfDay
offer | segunda às 10 | accept | at=2026-11-30T10:00
offer | terça | accept | at=2026-11-24T00:00
offer | terca de tarde | accept | at=2026-11-24T12:00 grain=partOfDay
offer | quarta-feira às 14h | accept | at=2026-11-25T14:00
offer | domingo | accept | at=2026-11-29T00:00
offer | às 4 | accept | at=2026-11-23T16:00
offer | às 16h | accept | at=2026-11-23T16:00
offer | 16h | accept | at=2026-11-23T16:00
offer | 16:00 | accept | at=2026-11-23T16:00
offer | 16h30 | accept | at=2026-11-23T16:30
offer | às 4 e meia | accept | at=2026-11-23T16:30
offer | quatro e meia | accept | at=2026-11-23T16:30
offer | às quatro e quinze | accept | at=2026-11-23T16:15
offer | quinze pras cinco | accept | at=2026-11-23T16:45
offer | 15 para as 5 | accept | at=2026-11-23T16:45
offer | cinco menos um quarto | accept | at=2026-11-23T16:45
offer | às 11 da manhã | accept | at=2026-11-23T11:00
offer | às 7 da noite | accept | at=2026-11-23T19:00
offer | 3 da tarde | accept | at=2026-11-23T15:00
offer | às dez | accept | at=2026-11-24T10:00
offer | ao meio-dia | accept | at=2026-11-23T12:00
offer | meio dia e meia | accept | at=2026-11-23T12:30
offer | 4.30 | accept | at=2026-11-23T16:30
offer | dia 25 de novembro | accept | at=2026-11-25T00:00
offer | 25 de novembro às 15h | accept | at=2026-11-25T15:00
offer | 2 de dezembro | accept | at=2026-12-02T00:00
offer | 1º de dezembro | accept | at=2026-12-01T00:00
offer | 10 de dez | accept | at=2026-12-10T00:00
offer | 25/11 | accept | at=2026-11-25T00:00
offer | 03/12 às 10h | accept | at=2026-12-03T10:00
offer | depois das 18h | accept | at=2026-11-23T18:00 grain=hour
offer | antes do meio-dia | accept | at=2026-11-23T10:15 end=2026-11-23T12:00
offer | entre 3 e 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | das 3 às 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | a partir das 17h | accept | at=2026-11-23T17:00 grain=hour
offer | no mesmo horário semana que vem | accept | at=2026-11-30T10:15
offer | à uma | accept | at=2026-11-23T13:00
offer | às duas da tarde | accept | at=2026-11-23T14:00
offer | 1 da tarde | accept | at=2026-11-23T13:00
offer | vinte pras seis | accept | at=2026-11-23T17:40
offer | às 10 e quinze | accept | at=2026-11-24T10:15
offer | 13h15 | accept | at=2026-11-23T13:15
offer | sab de manhã | accept | at=2026-11-28T09:00 grain=partOfDay
offer | qui 16h30 | accept | at=2026-11-26T16:30
offer | 3a feira | accept | at=2026-11-24T00:00
offer | quarta à noite | accept | at=2026-11-25T18:00 grain=partOfDay
offer | hoje no fim da tarde | accept | at=2026-11-23T16:00 grain=partOfDay
offer | amanhã na hora do almoço | accept | at=2026-11-24T12:00
offer | depois do almoço | accept | at=2026-11-23T12:00 grain=partOfDay
offer | lá pelas 4 | accept | at=2026-11-23T16:00
offer | por volta das 16h | accept | at=2026-11-23T16:00
offer | umas 3 da tarde | accept | at=2026-11-23T15:00
offer | dia 1º | accept | at=2026-12-01T00:00
offer | 3 de dez | accept | at=2026-12-03T00:00
offer | em dezembro | accept | at=2026-12-01T00:00 grain=month
offer | daqui a uma semana | accept | at=2026-11-30T00:00
offer | daqui 15 dias | accept | at=2026-12-08T00:00
offer | essa semana | accept | at=2026-11-23T00:00 grain=week
offer | entre 14h e 16h | accept | at=2026-11-23T14:00 end=2026-11-23T16:00
offer | até às 16h | accept | at=2026-11-23T10:15 end=2026-11-23T16:00
offer | depois das 5 da tarde | accept | at=2026-11-23T17:00 grain=hour
offer | 30.11 | accept | at=2026-11-30T00:00
offer | dia 3 de dezembro às 9h | accept | at=2026-12-03T09:00
# A bare cancel word of the client's own language cancels the visit; it is not another language's opt-out
confirm | Cancela | cancel
confirm | cancela, obrigada | cancel
confirm | Cancelo | cancel
confirm | Cancele | cancel
confirm | Cancelem | cancel
# Unseen replies checked from outside, and read right since
# Portuguese corpus additions (expecting | reply | intent | checks), from the outside check of 2026-11-23.
confirm | não, eu quis dizer às 14h | reschedule | at=2026-11-23T14:00
confirm | não não, era pras 15h30 | reschedule | at=2026-11-23T15:30
confirm | Não é às 11, marquei para as 2 da tarde | reschedule | at=2026-11-23T14:00
confirm | não é às 11, é às 14h | reschedule | at=2026-11-23T14:00
confirm | quis dizer que sim | confirm
confirm | era às 11 mesmo, confirmado | confirm
offer | Não, quis dizer sábado de manhã | reschedule | at=2026-11-28T09:00 grain=partOfDay
offer | Nunca pedi horário nenhum | dispute
confirm | eu pedi pra cancelar | dispute
confirm | não pedi pra remarcar | dispute
offer | nenhuma das duas dá pra mim | decline | notime
offer | nenhum dos dois | decline
confirm | vocês abrem no sábado? | question | at=2026-11-28T00:00
confirm | a Carla vai estar aí quarta? | question | at=2026-11-25T00:00
none | vocês funcionam domingo? | question | at=2026-11-29T00:00
confirm | ok, vou estar aí | confirm
rebook | me tira dessa lista | optout
none | Volta a me mandar os lembretes, por favor | optin
confirm | segunda que vem às 14h | reschedule | at=2026-11-30T14:00
confirm | próxima segunda às 14h | reschedule | at=2026-11-30T14:00
confirm | na próxima quinta | reschedule | at=2026-11-26T00:00
confirm | quinta às 16 e 30 | reschedule | at=2026-11-26T16:30
confirm | às três e vinte e cinco | reschedule | at=2026-11-23T15:25
confirm | às 3 e 25 | reschedule | at=2026-11-23T15:25
confirm | entre 3 e 5 da tarde na quinta | reschedule | at=2026-11-26T15:00 end=2026-11-26T17:00
confirm | quarta à 1 da tarde | reschedule | at=2026-11-25T13:00
offer | Prefiro 6ª às 11h | reschedule | at=2026-11-27T11:00
offer | 5ª às 15h | accept | at=2026-11-26T15:00
offer | 3ª | accept | choice=3
confirm | tem algo este fim de semana? | reschedule | at=2026-11-28T00:00 grain=day
confirm | no dia vinte e seis de novembro às 14h | reschedule | at=2026-11-26T14:00
# Depois de uma oferta: um não que nomeia uma opção a aceita; um não com outro horário o pede.
offer | não, o segundo | accept | choice=2
offer | não, nenhum, mas sábado de manhã sim | reschedule | at=2026-11-28T09:00 grain=partOfDay
offer | não obrigado | decline
# O fim de semana é o sábado.
confirm | pode ser no fim de semana? | reschedule | at=2026-11-28T00:00
# A day of the month alone.
confirm | pode ser no dia 28? | reschedule | at=2026-11-28T00:00
confirm | pode ser dia 30 às 17h? | reschedule | at=2026-11-30T17:00
confirm | no dia vinte e seis às duas da tarde | reschedule | at=2026-11-26T14:00
confirm | dá pra ser daqui a meia hora? | reschedule | at=2026-11-23T10:45 grain=minute
# From an outside check of unseen replies (December 2026): 36 cases.
confirm | não não, tudo certo, vou sim | confirm
confirm | não não tudo certo, vou sim | confirm
confirm | não não, tudo bem, não vou | cancel
offer | sim aliás não | decline
confirm | sim, aliás não, não vou | cancel
none | metrô parado, 20 minutinhos 🙈 | late
rebook | mas eu tinha desmarcado! | dispute
none | tem um agendamento errado no meu nome | dispute
none | O Rafael trabalha amanhã? | question
confirm | pode ser quinta? | reschedule | at=2026-11-26T00:00
confirm | trabalho quarta, pode ser quinta? | reschedule | at=2026-11-26T00:00
confirm | pode ser quinta às 15h? | reschedule | at=2026-11-26T15:00
rebook | desculpa o furo! pode ser quinta? | reschedule | at=2026-11-26T00:00
confirm | sim, quero cancelar | cancel
confirm | Sim desculpa mas não vai dar, pode cancelar | cancel
confirm | Não, eu quis dizer às 14h | reschedule | at=2026-11-23T14:00
confirm | não quarta, quinta que eu quis dizer | reschedule | at=2026-11-26T00:00
confirm | quarta não dá, podemos remarcar? | reschedule
confirm | não, melhor quinta às 3 | reschedule | at=2026-11-26T15:00
confirm | Esse agendamento não é meu | dispute
confirm | sim mas vou atrasar uns 10 min | late
none | Desculpa, atrasei, chego 11h20 | late
none | Vou chegar um bocadinho atrasada, uns 10 minutos | late
offer | nenhum dos dois, mas sábado sim | reschedule | at=2026-11-28T00:00
offer | Fico com a segunda, obrigada | accept | choice=2
offer | o número 1 | accept | choice=1
offer | Não, já tenho horário marcado | decline
rebook | eu fui sim! tava lá às 11 | dispute
rebook | para de me mandar sms | optout
rebook | sexta quinze pras três | accept | at=2026-11-27T14:45
rebook | daqui a uma hora e meia | accept | at=2026-11-23T11:45
rebook | sábado, vinte e oito, às onze | accept | at=2026-11-28T11:00
rebook | trinta de novembro às dez e quinze | accept | at=2026-11-30T10:15
rebook | dia vinte e seis | accept | at=2026-11-26T00:00
rebook | sexta da semana que vem às 2 | accept | at=2026-12-04T14:00
rebook | quarta antes do meio-dia | accept | at=2026-11-25T09:00
confirm | dia dois às 11h | reschedule | at=2026-12-02T11:00
offer | dois | accept | choice=2
offer | Sexta infelizmente não dá, quinta sim | reschedule | at=2026-11-26T00:00
confirm | A cobrança tá errada, paguei em dinheiro | dispute
confirm | Quero me cadastrar de novo | optin
offer | Nenhum dos dois serve | decline
confirm | Não cancela não, eu vou! | confirm
# A small number right after a weekday: the day of the month when that date is that weekday soon, else the hour.
none | quinta 3 | reschedule | at=2026-12-03T00:00
none | terça 1 | reschedule | at=2026-12-01T00:00
# Either option will do: an acceptance that names none (the client is asked which).
offer | tanto faz | accept | notime
offer | qualquer um | accept | notime
# Declines that thank; a yes before a cancel, with a tag question, asks first.
offer | Obrigada mesmo assim, nenhum dos dois | decline | notime
confirm | Sim, pode cancelar, tá? | cancel | notime asks
rebook | Eu cancelei com antecedência! | dispute | notime
# Uma opção retirada e trocada; um número no começo.
offer | 1 não, desculpa, o 2 | accept | choice=2
offer | 2, obrigada!! | accept | choice=2
# Um dia, depois as palavras de mudança e só um horário: aquele dia naquele horário. O horário depois de "em vez de" é o deixado.
offer | quinta mas às 18h, pode ser? | reschedule | at=2026-11-26T18:00
offer | quinta mais tarde, tipo depois das 6? | reschedule | at=2026-11-26T18:00
confirm | tem como ser às 11h em vez das 10h? | reschedule | at=2026-11-23T11:00
offer | Obrigada mas esta semana estou fora da cidade | decline
offer | Infelizmente trabalho nos dois dias | decline
offer | já consegui em outro lugar, pode me tirar da lista de espera | decline
# Uma pergunta sobre quem atende ou o serviço de uma opção não a aceita.
offer | Sexta às 10h é com a Anna ou com outra pessoa? | question
none | não entendi essas mensagens, o que eu respondo? | help
# Depois de uma oferta, um não e um "até" dizem por quê, não pedem horário.
offer | nenhum, trabalho até 18h todo dia | decline
# O "não" do fim da frase reforça: cancela.
confirm | nao vou conseguir ir nao, pode tirar | cancel
# Falar com alguém
rebook | Posso falar com alguém da recepção? | help
none | falar com atendente | help
offer | Não percebi, é para responder o quê? | help
# Atraso
none | Chego um pouco mais tarde, tudo bem? | late
# Uma opção recusada
offer | a 2 nao da, so consigo de tarde. quarta a tarde tem? | reschedule | at=2026-11-25T12:00
offer | a 2 não dá, a 3 sim | accept | choice=3
rebook | agora não, talvez em janeiro | decline
confirm | semana q vem | reschedule | at=2026-11-30T00:00 grain=week
confirm | Prefiro cancelar de vez, obrigada | cancel
none | Dá para desmarcar a de quinta e fazer na terça de manhã? | reschedule | at=2026-11-24T09:00
confirm | às 14 e 15 | reschedule | at=2026-11-23T14:15
confirm | entre 4 e 5 | reschedule | at=2026-11-23T16:00
# Ligar depois para marcar
confirm | Olá, infelizmente vou ter de cancelar, estou com gripe. Depois ligo para marcar quando estiver melhor | cancel
rebook | quanto ta a limpeza agora? | question
rebook | Quero sim! Como faço pra marcar por aqui? | help
# Desmarcar por favor?, parar e voltar a receber, ligar, fim de semana
confirm | Olá, infelizmente não vou conseguir ir à fisio na quinta. Podem desmarcar, por favor? Obrigado | cancel
rebook | chega de sms | optout
none | Por favor retirem o meu número da vossa lista de contactos | optout
none | Oi, parei de receber as msgs, podem ativar de novo? | optin
confirm | Como assim responder SIM? Posso so ligar pra vcs? Nao gosto de resolver por msg | help
confirm | Nao vou desmarcar nao, pode deixar q eu vou sim | confirm
confirm | pode ser esse fds? | reschedule | at=2026-11-28T00:00
offer | a 2 não dá e a 3 é difícil | decline
offer | a 2 não dá, nem a 1 nem a 3 🙁 | decline
confirm | Desmarcar? Claro que não | confirm
confirm | como assim? o que eu tenho que responder? | help
confirm | quero falar com uma atendente por favor | help
confirm | Sim, mas vou ter de cancelar | cancel
confirm | Não, obrigada. Tenho de cancelar, o meu filho está doente e não sei quando é que ele melhora. | cancel
confirm | Infelizmente não vou poder ir na quinta feira porque a minha mãe vai ser operada. Quando souber melhor volto a marcar. | cancel
rebook | Deixem de me mandar msgs, já mudei de clínica | optout
none | Podem voltar a mandar os lembretes | optin
offer | Não sei o que responder, mando o número ou o dia? | help
none | Como faço pra mudar meu horário por aqui? | help
offer | Não, obrigada. Nenhum desses horários me serve, fica para outra altura | decline
confirm | Não é massagem não, é manicure com a Sophie. Vcs trocaram tudo 🙄 | dispute
none | Oi, vcs tão abertos amanhã? | question
none | morada? | question
none | A tatuagem tá descascando, é normal? Fiz sábado com o Marco | question
confirm | Às 16h tá ótimo, não precisa mudar nada não | confirm
confirm | Às 16h não consigo. Dá para as 18h no mesmo dia? Obrigada | reschedule | at=2026-11-23T18:00
confirm | pode ser depois de amanhã? | reschedule | at=2026-11-25T00:00
none | Obrigada pelo atendimento de ontem, a Sophie é um amor 💅❤️ | unknown
offer | o que significa isso? tenho de responder com um número? | help
none | Fui cobrada 60 euros mas a massagem era 45, o que se passa? | dispute
confirm | Quinta tenho de levar alguma coisa? toalha, roupa? | question
confirm | nao cancelo nada | confirm
confirm | cancela não | confirm
confirm | não tenho intenção de cancelar | confirm
confirm | o que acontece se eu cancelar? | question
offer | quarta as 10:30 é complicado | decline
offer | um segundo | unknown
confirm | sim, apaga o horário | cancel
offer | Nenhuma dessas dá pra mim, desculpa | decline
offer | Desisto, pode cancelar tudo | cancel
offer | Eu nem pedi pra remarcar, minha massagem é quinta! | dispute
confirm | Como é que eu respondo? É só escrever sim? | help
none | Boa tarde. Escrevo em nome da minha mãe, D. Conceição, que tem 87 anos e não usa muito o telemóvel. Ela pediu para deixar de receber estas mensagens, pois já não vai aos tratamentos. Obrigado. | optout
confirm | SIM. tem estacionamento ai perto? | confirm | question
offer | opção 2. tem estacionamento perto? vou de carro | accept | choice=2 question
offer | 3 fica bom | accept | choice=3
offer | a mais cedo q tiver | accept | choice=-2
offer | como eu escolho? é so mandar o numero? | help
confirm | Oi tudo bem? Entao, essa semana ta uma loucura aqui, meu chefe marcou reuniao de fechamento na quinta o dia inteiro e eu ainda to com o carro na oficina... enfim acho melhor cancelar dessa vez, depois eu vejo e marco de novo | cancel
offer | Oi! Desculpa a demora pra responder, tava viajando, meu celular ficou sem bateria e so vi agora. Vi que vcs mandaram as opções... olha, terça nao da pq tenho dentista, sexta eu pego as crianças na escola, entao fico com a de quarta | reschedule | at=2026-11-25T00:00
confirm | Que é isto? Como é que respondo?? | help
confirm | qual é a política de cancelamento? | question
offer | estou viajando até dia 3, nenhum desses dá | decline
confirm | Nem pensar em cancelar!! To contando os dias pra tirar esse cabelão 😂 | confirm
confirm | O Max ta doente coitado, n vai dar pra levar ele. desculpa 😔 | cancel
confirm | ta doente | unknown
none | Consigo passar a minha marcação de quinta para sexta à tarde? | reschedule | at=2026-11-27T12:00 grain=partOfDay
# Cancelling outright after an offer: moving away, rebooking later
offer | Olha, cancela tudo, vou me mudar pra Curitiba | decline
# A day and time, then a bare no and "I meant" another time: that time on the same day
none | sexta às 14h? não, quis dizer 15h | reschedule | at=2026-11-27T15:00
# Asking for a free slot, "I'd need" a time, call me back, already with another practice
confirm | tem vaga na sexta? | reschedule | at=2026-11-27T00:00 grain=day
rebook | já tenho outro dentista, obg | decline
# Thanks for a past visit, "the earliest" as "quella", receipts and tax questions, a formal sign-off
confirm | Bom dia. Confirmo a minha marcação de quinta-feira, dia 26, às 16h00. Com os melhores cumprimentos, Ana Lopes | confirm
""")

@Suite("Portuguese replies")
struct PortugueseCorpusTests {
    @Test("each Portuguese reply is read as the table says", arguments: portugueseCorpus)
    func reply(_ c: CorpusCase) {
        let problem = mismatch(c)
        #expect(problem == nil, "\(c.text): \(problem ?? "")")
    }

    @Test("Portuguese replies are recognised as Portuguese without a locale", arguments: portugueseCorpus.filter { $0.text.count > 12 })
    func detected(_ c: CorpusCase) {
        let u = sharedMatcher.understand(c.text, locale: nil, expecting: c.expecting, context: corpusContext("pt"))
        #expect(u.locale == "pt", "\(c.text) read as \(u.locale)")
    }
}
