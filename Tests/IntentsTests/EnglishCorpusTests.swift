import Testing
import Intents

/// English replies, one case a line: `expecting | reply | intent | checks`.
/// Now is Monday 23 November 2026, 10:15 in Europe/London; the spa is open 09:00–20:00.
let englishCorpus = corpus("en", """
# Confirming a reminder
confirm | yes | confirm
confirm | Yes | confirm
confirm | YES! | confirm
confirm | y | confirm
confirm | C | confirm
confirm | yep | confirm
confirm | yeah sure | confirm
confirm | ok | confirm
confirm | Okay 👍 | confirm
confirm | 👍 | confirm
confirm | ✅ | confirm
confirm | 👌 | confirm
confirm | 🙏 | unknown
confirm | yesss | confirm
confirm | okkk | confirm
confirm | yes please | confirm
confirm | confirm | confirm
confirm | confirmed | confirm
confirm | confrim | confirm
confirm | Confirmed, thank you! | confirm
confirm | I confirm | confirm
confirm | see you then | confirm
confirm | See you tomorrow! | confirm
confirm | see you there x | confirm
confirm | I'll be there | confirm
confirm | ill be there | confirm
confirm | I will be there, thanks | confirm
confirm | yes I'll be there | confirm
confirm | Yes, I can make it | confirm
confirm | still coming | confirm
confirm | all good, see you soon | confirm
confirm | sounds good | confirm
confirm | sounds great thanks | confirm
confirm | perfect | confirm
confirm | Perfect, thanks! | confirm
confirm | that works for me | confirm
confirm | works for me | confirm
confirm | absolutely | confirm
confirm | of course | confirm
confirm | definitely coming | confirm
confirm | looking forward to it | confirm
confirm | can't wait! | confirm
confirm | no problem, see you then | confirm
confirm | no worries, I'll be there | confirm
confirm | not a problem | confirm
confirm | thanks | confirm
confirm | thank you | confirm
confirm | Thanks for the reminder | confirm
confirm | got it, thanks | confirm
confirm | cool | confirm
confirm | great | confirm
confirm | yes, see you at 4 | confirm | at=2026-11-23T16:00
confirm | I won't be late | confirm
confirm | don't cancel, I'm coming | confirm
confirm | yes confirmed for tomorrow | confirm | at=2026-11-24T00:00 grain=day
confirm | Yep still on for Thursday | confirm | at=2026-11-26T00:00
confirm | sure thing | confirm
confirm | alright | confirm
confirm | yes 😊 | confirm
confirm | I'm coming | confirm
confirm | count me in | confirm
# Not coming: cancel after a reminder
confirm | no | cancel
confirm | No. | cancel
confirm | nope | cancel
confirm | n | cancel
confirm | 👎 | cancel
confirm | ❌ | cancel
confirm | I can't come | cancel
confirm | I cant make it | cancel
confirm | can't make it sorry | cancel
confirm | I won't be able to make it | cancel
confirm | won't make it | cancel
confirm | not coming | cancel
confirm | I'm not coming | cancel
confirm | I won't be there | cancel
confirm | I will not be there | cancel
confirm | unable to attend | cancel
confirm | I don't think I can make it | cancel
confirm | I can not come tomorrow | cancel
confirm | cancel my appointment | cancel
confirm | cancel my appointment tomorrow | cancel
confirm | Please cancel my appointment | cancel
confirm | please cancel | cancel
confirm | cancel it please | cancel
confirm | cancle my appointment | cancel
confirm | I need to cancel | cancel
confirm | I have to cancel, sorry | cancel
confirm | I'd like to cancel my booking | cancel
confirm | Something came up, I have to cancel | cancel
confirm | sorry something came up | cancel
confirm | no, sorry | cancel
confirm | no thanks | cancel
confirm | I'm sick and can't come | cancel | sens=health
confirm | Feeling unwell, need to cancel | cancel | sens=health
confirm | no I can't | cancel
confirm | ok I can't make it | cancel
confirm | not going to make it today | cancel
# Opt-out: a bare keyword, or explicit words
confirm | STOP | optout
confirm | stop | optout
confirm | Stop. | optout
confirm | cancel | optout
confirm | CANCEL | optout
confirm | end | optout
confirm | quit | optout
confirm | unsubscribe | optout
confirm | stopall | optout
confirm | STOP ALL | optout
confirm | please stop texting me | optout
confirm | stop sending me messages | optout
confirm | remove me from your list | optout
confirm | don't text me again | optout
confirm | opt out | optout
none | stop | optout
offer | STOP | optout
rebook | unsubscribe | optout
none | take me off this list | optout
# Opt-in and help
none | START | optin
none | unstop | optin
none | yes start | optin
none | please start texting me again | optin
none | help | help
none | HELP | help
none | info | help
none | ? | help
none | who is this? | help
none | what is this | help
confirm | I don't understand | help
# Reschedule
confirm | can we do thursday at 4 instead? | reschedule | at=2026-11-26T16:00 grain=minute
confirm | yes but can we do 5 instead | reschedule | at=2026-11-23T17:00
confirm | Yes but can we make it 5 instead? | reschedule | at=2026-11-23T17:00
confirm | can I reschedule? | reschedule | notime
confirm | I need to reschedule | reschedule
confirm | I need to rescedule | reschedule
confirm | could we move it to Friday? | reschedule | at=2026-11-27T00:00 grain=day
confirm | can we move it to friday at 2pm | reschedule | at=2026-11-27T14:00
confirm | can I change the time | reschedule
confirm | can I come at 3 instead | reschedule | at=2026-11-23T15:00
confirm | how about tomorrow at 11 | reschedule | at=2026-11-24T11:00
confirm | what about wednesday morning | reschedule | at=2026-11-25T09:00 grain=partOfDay end=2026-11-25T12:00
confirm | do you have anything later in the day? | reschedule
confirm | can't do tomorrow, can we do friday? | reschedule | at=2026-11-27T00:00
confirm | I can't come Thursday, could we move to next week? | reschedule | at=2026-11-30T00:00 grain=week
confirm | need to push it back an hour | reschedule
confirm | can we postpone to next Monday | reschedule | at=2026-11-30T00:00
confirm | can we do the week after next? | reschedule | at=2026-12-07T00:00 grain=week
confirm | week after next instead pls | reschedule | at=2026-12-07T00:00 grain=week
confirm | could we do the friday after next | reschedule | at=2026-12-11T00:00 grain=day
confirm | tuesday the week after next at 2pm? | reschedule | at=2026-12-08T14:00
confirm | the weekend after next would suit me better | reschedule | at=2026-12-12T00:00
confirm | Different day please | reschedule
confirm | another time maybe next week | reschedule
confirm | could I come earlier, like 10:30? | reschedule | at=2026-11-23T10:30
confirm | would 4.30 work instead | reschedule | at=2026-11-23T16:30
confirm | rather half past four | reschedule | at=2026-11-23T16:30
confirm | I'd prefer the afternoon | reschedule | grain=partOfDay at=2026-11-23T12:00
confirm | same time next week instead? | reschedule | at=2026-11-30T10:15 grain=minute
confirm | can we move to the 30th | reschedule | at=2026-11-30T00:00
confirm | move it to Dec 3 please | reschedule | at=2026-12-03T00:00
confirm | reschedule to 3/12 at 2 | reschedule | at=2026-12-03T14:00
confirm | can we do between 3 and 5 on friday? | reschedule | at=2026-11-27T15:00 end=2026-11-27T17:00 grain=hour
confirm | can we do any time after 6 tomorrow | reschedule | at=2026-11-24T18:00 end=2026-11-24T20:00
confirm | can we do before noon on Wednesday | reschedule | at=2026-11-25T09:00 end=2026-11-25T12:00
confirm | Thursday at 4? | reschedule | at=2026-11-26T16:00
confirm | tomorrow 5pm? | reschedule | at=2026-11-24T17:00
none | can I book for next Tuesday at 11am | reschedule | at=2026-12-01T11:00
# Late
confirm | running 10 min late | late | late=10
confirm | Running late, sorry! | late
confirm | I'm going to be 15 minutes late | late | late=15
confirm | be there in 10 | late | late=10
confirm | stuck in traffic, 20 mins late | late | late=20
confirm | gonna be a bit late | late
confirm | running about half an hour late | late | late=30
confirm | sorry running behind | late
confirm | I'll be 5 min late | late | late=5
confirm | late sorry | late
confirm | missed the bus, will be late | late
confirm | I'll be late, still want to come | late
none | 10 minutes late sorry | late | late=10
# Questions and disputes
confirm | how much is it? | question
confirm | where do I park? | question
confirm | Is there parking nearby? | question
confirm | what time is my appointment? | question
confirm | do you take cards? | question
confirm | What's the address? | question
confirm | can I bring my daughter? | question
confirm | how long does it take? | question
confirm | how do I cancel? | question
none | I did come! | dispute
none | I was there at 3! | dispute
none | I already cancelled | dispute
none | I already canceled last week | dispute
none | I never booked this | dispute
none | wrong number | dispute
none | I didn't miss it, I was on time | dispute
none | You cancelled on me | dispute
none | I already paid | dispute
# Offers: accept or decline, choices
offer | yes | accept
offer | yes please | accept
offer | I'll take it | accept
offer | book me in | accept
offer | sure, book it | accept
offer | 👍 | accept
offer | sounds good | accept
offer | perfect, see you then | accept
offer | 2 | accept | choice=2
offer | #2 | accept | choice=2
offer | option 2 | accept | choice=2
offer | Option 3 please | accept | choice=3
offer | the second one | accept | choice=2
offer | second | accept | choice=2
offer | the first one please | accept | choice=1
offer | 1st | accept | choice=1
offer | 3rd one | accept | choice=3
offer | number 1 | accept | choice=1
offer | yes, option 1 | accept | choice=1
offer | the 4pm | accept | at=2026-11-23T16:00
offer | Thursday at 4 works | accept | at=2026-11-26T16:00
offer | no | decline
offer | no thanks | decline
offer | not interested | decline
offer | I'll pass | decline
offer | not this time | decline
offer | can't make it | decline
offer | I can't come then | decline
offer | nope | decline
offer | 👎 | decline
offer | no, I can't do that time | decline
offer | cancel my appointment please | cancel
rebook | yes please | accept
rebook | yes | accept
rebook | sure, tomorrow at 2? | accept | at=2026-11-24T14:00
rebook | next Tuesday afternoon | accept | at=2026-12-01T12:00 grain=partOfDay
rebook | no thanks | decline
rebook | not now | decline
rebook | maybe next month | accept | at=2026-12-01T00:00 grain=month
# No open question
none | yes | confirm
none | cancel my appointment tomorrow | cancel
none | no | decline
# Unsure: a person looks
confirm | maybe | unknown
confirm | not sure yet | unknown
confirm | I'll let you know | unknown
confirm | I'll try to make it | unknown
confirm | hmm | unknown
confirm | 2 | unknown | choice=2
confirm | blah | unknown
confirm | yes no | unknown
# Time expressions (offers, so the time is the answer)
offer | today at 5 | accept | at=2026-11-23T17:00
offer | tomorrow | accept | at=2026-11-24T00:00 grain=day
offer | tmrw at 2 | accept | at=2026-11-24T14:00
offer | tomorow at 2 | accept | at=2026-11-24T14:00
offer | the day after tomorrow | accept | at=2026-11-25T00:00
offer | in 3 days | accept | at=2026-11-26T00:00
offer | in 2 weeks | accept | at=2026-12-07T00:00
offer | next week | accept | at=2026-11-30T00:00 grain=week end=2026-12-07T00:00
offer | next month | accept | at=2026-12-01T00:00 grain=month
offer | this thursday | accept | at=2026-11-26T00:00
offer | next thursday | accept | at=2026-12-03T00:00
offer | thursday | accept | at=2026-11-26T00:00
offer | monday | accept | at=2026-11-30T00:00
offer | Monday at 4 | accept | at=2026-11-23T16:00
offer | Friday 3 | accept | at=2026-11-27T15:00
offer | friday morning | accept | at=2026-11-27T09:00 grain=partOfDay
offer | sat afternoon | accept | at=2026-11-28T12:00 grain=partOfDay
offer | this evening | accept | at=2026-11-23T17:00 grain=partOfDay
offer | tonight | accept | at=2026-11-23T17:00 end=2026-11-23T20:00
offer | tomorrow evening | accept | at=2026-11-24T17:00
offer | at 4 | accept | at=2026-11-23T16:00
offer | 4pm | accept | at=2026-11-23T16:00
offer | 4 pm | accept | at=2026-11-23T16:00
offer | 16:00 | accept | at=2026-11-23T16:00
offer | 4:30 | accept | at=2026-11-23T16:30
offer | 4.30 | accept | at=2026-11-23T16:30
offer | 11am | accept | at=2026-11-23T11:00
offer | 9am tomorrow | accept | at=2026-11-24T09:00
offer | 9 | accept | choice=9
offer | at 9 | accept | at=2026-11-24T09:00
offer | at 10 | accept | at=2026-11-24T10:00
offer | at 11 | accept | at=2026-11-23T11:00
offer | half past four | accept | at=2026-11-23T16:30
offer | quarter past 3 | accept | at=2026-11-23T15:15
offer | quarter to 5 | accept | at=2026-11-23T16:45
offer | four thirty | accept | at=2026-11-23T16:30
offer | at four | accept | at=2026-11-23T16:00
offer | noon | accept | at=2026-11-23T12:00
offer | at midday tomorrow | accept | at=2026-11-24T12:00
offer | 5 o'clock | accept | at=2026-11-23T17:00
offer | 7 in the evening | accept | at=2026-11-23T19:00
offer | 23/11 | accept | at=2026-11-23T00:00 grain=day
offer | 25/11 at 2 | accept | at=2026-11-25T14:00
offer | Nov 25 | accept | at=2026-11-25T00:00
offer | November 25th | accept | at=2026-11-25T00:00
offer | 25th November | accept | at=2026-11-25T00:00
offer | 2nd of December | accept | at=2026-12-02T00:00
offer | Dec 2 at 3pm | accept | at=2026-12-02T15:00
offer | 5 Jan | accept | at=2027-01-05T00:00
offer | after 6 | accept | at=2026-11-23T18:00 grain=hour
offer | before noon | accept | at=2026-11-23T10:15 end=2026-11-23T12:00
offer | between 3 and 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | from 2 to 4 tomorrow | accept | at=2026-11-24T14:00 end=2026-11-24T16:00
offer | between 11 and 1 | accept | at=2026-11-23T11:00 end=2026-11-23T13:00
offer | same time next week | accept | at=2026-11-30T10:15
offer | next week thursday | accept | at=2026-12-03T00:00
offer | in December | accept | grain=month at=2026-12-01T00:00
# After an offer: a no that names an option takes it; a no with another time asks for it (not a decline).
offer | no, the second one | accept | choice=2
offer | No, the 3rd please | accept | choice=3
offer | no, not the second one | decline
offer | no, neither works, but saturday morning would | reschedule | at=2026-11-28T09:00 grain=partOfDay
offer | none of those, but friday afternoon works | reschedule | at=2026-11-27T12:00 grain=partOfDay
offer | No. Saturday instead? | reschedule | at=2026-11-28T00:00 grain=day
rebook | no, but next week | reschedule | grain=week
offer | no thanks | decline
offer | no, cancel it | decline
# Weekends, keycaps.
confirm | can we do this weekend instead? | reschedule | at=2026-11-28T00:00 end=2026-11-30T00:00 grain=day
confirm | next weekend? | reschedule | at=2026-12-05T00:00 end=2026-12-07T00:00
none | could I come at the weekend | reschedule | at=2026-11-28T00:00
offer | 2️⃣ | accept | choice=2
offer | 1️⃣ please | accept | choice=1
# A day of the month alone.
confirm | can we do the 28 instead? | reschedule | at=2026-11-28T00:00
# From an outside check on unseen replies: declines, disputes, questions about people and hours, opting back in.
confirm | Yh | confirm | notime
confirm | Ok yes cancel it thanks | cancel | notime
confirm | I won't be needing it anymore, thanks | cancel | notime
confirm | cant do wed, fri any good? | reschedule
confirm | I can't do 11 but could do 1 | reschedule
none | I'd like to start getting messages again | optin | notime
none | Can you turn the text reminders back on pls | optin | notime
none | Opt me back in please | optin | notime
none | how do i use this | help | notime
confirm | is Maria working tomorrow? | question | notime
confirm | what are your opening hours over christmas | question | notime
confirm | r u open bank holiday monday? | question | at=2026-11-30T00:00 grain=day
confirm | that's not my booking | dispute | notime
confirm | I cancelled this last week on the phone | dispute | notime
confirm | This isn't mine | dispute | notime
confirm | Not me, I've never been to your salon | dispute | notime
offer | Grab it for me pls | accept | notime
offer | can't today, sorry | decline | notime
offer | I'm ok thanks, I'll keep my current one | decline | notime
offer | Sorry I'm at work all those times | decline | notime
offer | Too short notice sorry | decline | notime
offer | None work for me unfortunately | decline | notime
offer | Can't do any of those | decline | notime
offer | is the thursday one with the same therapist? | question
rebook | I wasn't booked in for that day | dispute | notime
none | Is Maria working tomorrow? | question | notime
confirm | in a couple of hours? | reschedule | at=2026-11-23T12:15 grain=minute
confirm | can we do 10 past 2? | reschedule | at=2026-11-23T14:10 grain=minute
confirm | I can't do 11 but could do 1pm | reschedule | at=2026-11-23T13:00 grain=minute
confirm | can I come in an hour instead? | reschedule | at=2026-11-23T11:15 grain=minute
confirm | in half an hour? | reschedule | at=2026-11-23T10:45 grain=minute
confirm | could we do it in a quarter of an hour | reschedule | at=2026-11-23T10:30 grain=minute
confirm | the twenty-second at 3pm? | reschedule | at=2026-12-22T15:00 grain=minute
confirm | could we do the twenty first of December | reschedule | at=2026-12-21T00:00
confirm | on the thirtieth please | reschedule | at=2026-11-30T00:00
confirm | can I move it to Wed 13th | reschedule | at=2027-01-13T00:00
confirm | could we do Mon 1st? | reschedule | at=2027-02-01T00:00
confirm | Friday 27th at 10? | reschedule | at=2026-11-27T10:00
confirm | late tonight? | reschedule | at=2026-11-23T21:00 grain=partOfDay
confirm | early next week? | reschedule | at=2026-11-30T00:00 grain=week
confirm | next week in the morning | reschedule | at=2026-11-30T09:00 grain=partOfDay
confirm | cant do wed, fri any good? | reschedule | at=2026-11-27T00:00
confirm | can't do tomorrow. friday? | reschedule | at=2026-11-27T00:00
confirm | No, I can't come tomorrow | cancel
rebook | I'll leave it for now | decline | notime
rebook | maybe next week | accept | at=2026-11-30T00:00
offer | not the second, the first | accept | choice=1
offer | the second one no, the first | accept | choice=1
offer | not the first or the second | unknown
offer | neither the first nor the second | decline
# From an outside check of unseen replies (December 2026): 171 cases.
confirm | Hi, thanks for reminding me! Yes I'm still coming, I've been counting down the days, my back is in bits after the move. | confirm | notime
confirm | Hello, I'm really sorry but I won't be able to make it on Wednesday after all. Please cancel my appointment and I'll be in touch to rebook when things calm down. | cancel | at=2026-11-25T00:00
none | Good afternoon, I'm very sorry but I'm going to be around 20 minutes behind today, my previous meeting overran. Can you still fit me in? | late
offer | Ooh yes please! I've been waiting for a cancellation for ages, I'll grab it. | accept | notime
offer | Thanks for thinking of me, but I'm afraid I can't make it today, I'm at work until late. Maybe next time! | decline
offer | Hello, thank you for the offer but unfortunately none of those times suit me this week. Please do keep me on the waiting list though. | decline
offer | Thank you! Thursday and Friday are both tricky for me, is there any chance of something next Monday after 5? | reschedule
rebook | Hi, thanks for the message but I won't be rebooking for now, money is a bit tight at the moment. I'll get in touch when I can. | decline | notime
none | Hello, I'd like to start getting your text reminders again please, I turned them off by mistake. | optin | notime
confirm | Hello, I'm afraid I'll have to say no to Wednesday, sorry. Something's come up with work and I just can't get away. I'll call to rebook another time. | cancel | at=2026-11-25T00:00
confirm | no sorry cant do wed | cancel | at=2026-11-25T00:00
confirm | gonna have to bail sorry | cancel | notime
none | what r ur hours sat | question | at=2026-11-28T00:00
offer | neither sorry | decline | notime
none | start texts again pls | optin | notime
none | in a fortnight | reschedule | at=2026-12-07T00:00
none | a week on Friday | reschedule | at=2026-12-04T00:00
none | first thing Thursday | reschedule | at=2026-11-26T09:00
none | a week today | reschedule | at=2026-11-30T00:00
none | 2 weeks from now | reschedule | at=2026-12-07T00:00
none | wednesday week | reschedule | at=2026-12-02T00:00
# Short clock marks written against the hour: "5p", "10a", "3:18a"; apart from the number "a" and "p" mean nothing.
none | 5p | reschedule | at=2026-11-23T17:00
none | 4p? | reschedule | at=2026-11-23T16:00
none | tmrw 5p | reschedule | at=2026-11-24T17:00
none | fri 10a | reschedule | at=2026-11-27T10:00
none | could do 11:30a thurs | reschedule | at=2026-11-26T11:30
offer | 10a | accept | at=2026-11-24T10:00
none | 5 p | unknown | notime
# English reads a small number after a weekday as the hour, even when that date is that weekday ("thursday 3", 3 December).
none | thursday 3 | reschedule | at=2026-11-26T15:00
confirm | Good morning, thank you for the message. I can confirm that I will be attending my appointment on the 25th. See you then! | confirm | at=2026-11-25T00:00
confirm | Thank you for the reminder. I confirm my appointment and I will arrive a few minutes early to fill in any forms. | confirm | notime
confirm | Good morning. Regrettably I have to cancel my appointment as I've been called away for a family emergency. Thank you for understanding. | cancel | notime
confirm | Hi there, thanks for the reminder but I'm going to have to cancel this one, my car has broken down and I've no way of getting to you. Sorry! | cancel | notime
confirm | Hi there! Thanks so much for the reminder, I'd completely forgotten with everything going on this week. Yes, I'll definitely be there on Wednesday at 11, really looking forward to it! | confirm | at=2026-11-25T11:00
confirm | Hello, yes that's absolutely fine, Wednesday at 11 works perfectly for me. Thank you for letting me know and have a lovely day. | confirm | at=2026-11-25T11:00
confirm | Hello! Lovely to hear from you. Wednesday at 11 is perfect, I've booked the morning off work especially. Many thanks | confirm | at=2026-11-25T11:00
confirm | Hiya, all good for Wednesday, I'll see you at 11. Cheers! | confirm | at=2026-11-25T11:00
confirm | Hi, yes I got your text, thanks ever so much. I'll be there on Wednesday, wouldn't miss it for the world! | confirm | at=2026-11-25T00:00
confirm | Hey, thanks for checking in! Yep, still on for Wednesday morning. Have a great week | confirm | at=2026-11-25T09:00
confirm | Good afternoon, I'm writing to confirm that I'll be there on Wednesday 25th at 11am as arranged. Kind regards, Helen | confirm | at=2026-11-25T11:00
confirm | Hi! Yes please, keep my booking. I'm really looking forward to a bit of pampering after the month I've had. | confirm | notime
confirm | Hello, thank you for getting in touch. Unfortunately my daughter has come down with a nasty cold and I'll have to stay home with her, so I'm afraid I need to cancel Wednesday's appointment. So sorry for the short notice. | cancel | at=2026-11-25T00:00
confirm | Hi, yes I did get your message, thank you. Actually I need to cancel, something's come up at work that I can't get out of. Apologies! | cancel | notime
confirm | Yes, I'm afraid I have to cancel. I've had a bit of a reaction to something and my skin is too sore for a facial. Sorry about that. | cancel | notime
confirm | Good morning! I'm so sorry but 11 isn't good for me any more, would there be any chance of pushing it back to 2pm the same day? Thanks ever so much. | reschedule
confirm | Hi, no sorry I think there's been a mix-up, I meant 2pm not 11am when I booked. Could you change it for me? Thanks | reschedule
confirm | Hello, thanks for the reminder. Would it be possible to move my appointment to Friday instead? Something has come up on Wednesday morning. Thank you so much. | reschedule
confirm | Hi, I was wondering if I could rearrange to next week? I've got a work trip I'd forgotten about. Any day after 3pm would be great. | reschedule
confirm | Thanks for the message! Unfortunately Wednesday doesn't suit anymore. Do you have anything on Thursday afternoon instead? Happy to be flexible. | reschedule | at=2026-11-26T12:00
confirm | Hello there, nope, could we make it the 27th instead? Same time is fine. Sorry for the hassle! | reschedule
confirm | Hi, yes I'm still keen but would it be at all possible to come in an hour later, so 12 instead of 11? The school run is a nightmare on Wednesdays. | reschedule
confirm | Good afternoon, I'd love to keep the appointment but could we change the date to Saturday the 28th? Really sorry to be a pain. | reschedule | at=2026-11-28T00:00
confirm | Hey! Could I possibly switch to the following Wednesday, same time? My in-laws are visiting this week. Thank you! | reschedule
confirm | Hi, I'm terribly sorry, but I can't do Wednesday. Could I please reschedule for some time next week, ideally a morning? | reschedule | at=2026-11-30T09:00
confirm | Hello, I think there must be some mistake, I don't have an appointment with you on Wednesday. I've never been to your salon before. | dispute
confirm | Hi, I actually already cancelled this appointment on the phone last Thursday, the lady said it was all sorted. Could you double check please? | dispute
confirm | Sorry, I think you have the wrong person, that's not my booking. My name isn't Sarah. | dispute | notime
confirm | Hi, just a quick one, is there parking near you or should I get the bus? Thanks so much. | question | notime
confirm | Hi! Can I ask what time you close on Wednesdays? I might want to add a manicure after my massage. | question
confirm | Hello, could you remind me how much the deep tissue massage costs? I can't remember what I was quoted. Thanks | question | notime
confirm | Good morning, please could you stop sending me these text messages, I'd rather be contacted by email. Thank you. | optout | notime
none | Hi, so sorry, I'm running about 10 minutes late, the traffic on the ring road is awful. Be with you as soon as I can! | late
none | Hello, just to let you know I'm stuck on a delayed train and will be roughly 15 minutes late. Apologies for any inconvenience. | late
none | Hiya, I'm on my way but the bus has been diverted so I'll be 5 or 10 minutes late, hope that's okay! | late
offer | Oh wonderful, thank you for thinking of me! Yes please, I'll take the Thursday slot at 4, that works perfectly. | accept | at=2026-11-26T16:00
offer | Hi, thanks so much for letting me know. The Friday one at 10 would be brilliant, please book me in. | accept
offer | Thank you for the offer. Option 2 suits me best as I'm working on Thursday afternoon. | accept | choice=2
offer | Hello, that's very kind of you. I'd like the first one please, Thursday at 4pm. | accept | choice=1 at=2026-11-26T16:00
offer | Hi there, how lucky! Yes, I can definitely make that, please put me down for it. | accept | notime
offer | Great news, thank you! I'll go with the second option if it's still free. | accept | choice=2 notime
offer | Hi, that's kind but I'll have to pass on this one, I've got the kids all week. Thanks anyway! | decline | notime
offer | Thanks so much for letting me know, but neither of those work for me unfortunately. Have a lovely day. | decline | notime
offer | Hi, none of those work for me I'm afraid, but would you have anything on Saturday morning instead? | reschedule | at=2026-11-28T09:00
rebook | Hi, so sorry I missed my appointment, I completely forgot as my mum was in hospital. Yes, I'd love to book again, could I come in on Thursday afternoon? | reschedule | at=2026-11-26T12:00
rebook | Thanks for the message, and apologies for not turning up last time. Maybe next week would be better for me? | reschedule | at=2026-11-30T00:00
rebook | Excuse me, I did not miss my appointment! I was there on time and waited 20 minutes before I left. | dispute | notime
rebook | Hello, yes please, I'd like to rebook. Do you have anything on Saturday the 28th in the morning? | reschedule | at=2026-11-28T09:00
rebook | Hi, thanks, but I've decided to go somewhere closer to home. Please take me off your list. | optout | notime
none | Hello, I was wondering what your opening hours are over the Christmas period? I'd like to book something for my mum. | question | notime
none | Hi there, do you know if Maria is working tomorrow? I'd like to pop in for a quick eyebrow tidy if she's free. | question | notime
none | Hello, I'd like to cancel my appointment on Wednesday please. I've had to go away for work. Sorry for any inconvenience. | cancel | at=2026-11-25T00:00
none | Hi, please could you move my appointment to Thursday at 4pm? Something has come up. Many thanks. | reschedule | at=2026-11-26T16:00
none | Hi, I got a text saying I'd booked a massage for Wednesday but I haven't booked anything with you, I think someone may have used my number by mistake. | dispute
none | Hiya, please stop texting me, I've moved away and won't be coming any more. Thanks for everything though! | optout | notime
confirm | Aw thanks for the reminder, yes definitely still coming, see you Wednesday at 11 😊 | confirm | at=2026-11-25T11:00
confirm | Hello, quick question before Wednesday, do you take card payments or is it cash only? Thank you! | question
offer | Oh that's perfect timing, I was just about to call you. Put me down for the Thursday please, 4pm is ideal. | accept | at=2026-11-26T16:00
confirm | Hello, no need to keep the slot for me, I've decided not to go ahead with the treatment. Thank you for your help anyway. | cancel | notime
confirm | yep see u then 👍 | confirm | notime
confirm | Confirmed thx | confirm | notime
confirm | sounds good ta | confirm | notime
confirm | defo be there x | confirm | notime
confirm | will do | confirm | notime
confirm | yes pls | confirm | notime
confirm | sure thing! | confirm | notime
confirm | yes I need to cancel sorry | cancel | notime
confirm | cant make it, cancel pls | cancel | notime
confirm | won't make it, something came up | cancel | notime
confirm | no, I meant 2pm | reschedule
confirm | nope, make it the 27th | reschedule | at=2026-11-27T00:00
confirm | can we move it to thurs? | reschedule | at=2026-11-26T00:00
confirm | can i do 12 instead | reschedule
confirm | yes but can we make it 11:30? | reschedule
confirm | not wed, fri? | reschedule | at=2026-11-27T00:00
confirm | any chance of later in the day | reschedule
confirm | thats not my booking | dispute | notime
confirm | I already cancelled that | dispute | notime
confirm | never booked this?? | dispute | notime
confirm | what time do u open | question | notime
confirm | how much is it again? | question | notime
confirm | where are you based | question | notime
confirm | stop texting me pls | optout | notime
none | running 10 mins late soz | late
none | stuck in traffic, there in 15 | late
none | be there in 5, running behind | late
none | gonna be a bit late sorry! | late
none | late 20 min | late
none | cancel my appt pls | cancel | notime
none | can i move my appt to next tue | reschedule | at=2026-12-01T00:00
offer | 1 | accept | choice=1 notime
offer | 2 please | accept | choice=2 notime
offer | first one works | accept | choice=1 notime
offer | fri pls | accept | at=2026-11-27T00:00
offer | yes I'll take it | accept | notime
offer | grab it! | accept | notime
offer | the thursday one | accept
offer | none of these suit me | decline | notime
offer | pass this time | decline | notime
offer | none of those but Saturday? | reschedule | at=2026-11-28T00:00
offer | nope, make it the 12th | reschedule | at=2026-12-12T00:00
rebook | not rn thanks | decline | notime
rebook | I DID come?! | dispute | notime
confirm | No sorry | cancel | notime
none | can I come on the twenty-seventh? | reschedule | at=2026-11-27T00:00
none | how about the 3rd of December | reschedule | at=2026-12-03T00:00
none | Friday the 27th at 3 | reschedule | at=2026-11-27T15:00
none | can you fit me in in 2 hours | reschedule | at=2026-11-23T12:15
none | could we do it in three days | reschedule | at=2026-11-26T00:00
none | anything this weekend? | reschedule | at=2026-11-28T00:00
none | any chance late tonight? | reschedule | at=2026-11-23T21:00
none | tomorrow between 3 and 5 | reschedule | at=2026-11-24T15:00
none | thursday after 6 | reschedule | at=2026-11-26T18:00
none | tomorrow before noon | reschedule | at=2026-11-24T09:00
none | wed 3pm? | reschedule | at=2026-11-25T15:00
none | thurs at half 2 | reschedule | at=2026-11-26T14:30
none | friday quarter past 4 | reschedule | at=2026-11-27T16:15
none | sat quarter to 11 | reschedule | at=2026-11-28T10:45
none | the twenty-first of December | reschedule | at=2026-12-21T00:00
none | tues at four thirty | reschedule | at=2026-11-24T16:30
none | Thursday 26th | reschedule | at=2026-11-26T00:00
none | Tue 1st Dec at 10 | reschedule | at=2026-12-01T10:00
none | next week? | reschedule | at=2026-11-30T00:00
none | tomorrow morning | reschedule | at=2026-11-24T09:00
none | this afternoon | reschedule | at=2026-11-23T12:00
none | day after tomorrow | reschedule | at=2026-11-25T00:00
none | midday Friday | reschedule | at=2026-11-27T12:00
none | in an hour | reschedule | at=2026-11-23T11:15
none | Wed at 2:30 | reschedule | at=2026-11-25T14:30
none | on the 30th | reschedule | at=2026-11-30T00:00
none | next Monday | reschedule | at=2026-11-30T00:00
none | tomorrow at 9am | reschedule | at=2026-11-24T09:00
none | Dec 3rd at 10:30 | reschedule | at=2026-12-03T10:30
none | 3 December | reschedule | at=2026-12-03T00:00
none | in 3 hours | reschedule | at=2026-11-23T13:15
none | tonight at 7 | reschedule | at=2026-11-23T19:00
none | 7ish tonight | reschedule | at=2026-11-23T19:00
none | 15:30 on thurs | reschedule | at=2026-11-26T15:30
none | I was wondering if I could possibly come in on Friday the 27th at around half past three instead, if that's not too much trouble | reschedule | at=2026-11-27T15:30
none | saturday morning | reschedule | at=2026-11-28T09:00
none | Sunday the 29th | reschedule | at=2026-11-29T00:00
none | the second of december at 11 | reschedule | at=2026-12-02T11:00
none | mon 30th 5.30pm | reschedule | at=2026-11-30T17:30
none | thurs 4p | reschedule | at=2026-11-26T16:00
none | friday at noon | reschedule | at=2026-11-27T12:00
none | in ten minutes | reschedule | at=2026-11-23T10:25
none | in 45 mins | reschedule | at=2026-11-23T11:00
none | the 1st | reschedule | at=2026-12-01T00:00
none | this Friday at 10am | reschedule | at=2026-11-27T10:00
offer | none of those but Saturday at 2 | reschedule | at=2026-11-28T14:00
offer | not the second | unknown | notime
offer | option 2 doesn't work | unknown | notime
confirm | no, the second one | unknown | notime
confirm | can't make it tomorrow, I'll call next week | cancel
confirm | no, can't do 2pm, 4pm? | reschedule | at=2026-11-23T16:00 grain=minute
confirm | can't do wed or thu, fri? | reschedule | at=2026-11-27T00:00
confirm | can't do 11, 1 instead? | reschedule | at=2026-11-23T13:00 grain=minute
confirm | on the fifth at a quarter past five in the evening | reschedule | at=2026-12-05T17:15
confirm | morning next week | reschedule | at=2026-11-30T09:00 grain=partOfDay
confirm | next month in the morning | reschedule | at=2026-12-01T09:00 grain=partOfDay
rebook | maybe not next week | unknown
confirm | can we do friday 15 instead? | reschedule | at=2026-11-27T15:00 grain=minute
confirm | wed 14 | reschedule | at=2026-11-25T14:00
confirm | monday 29th | reschedule | at=2026-11-30T00:00
confirm | No I'll be there | unknown
confirm | no no I'm coming | confirm
confirm | no I don't want to cancel wed | unknown
confirm | no cancel please | cancel
confirm | please don't cancel, I'm coming | confirm
confirm | wednesday 2-4pm | reschedule | at=2026-11-25T14:00 grain=hour
confirm | today in an hour? | reschedule | at=2026-11-23T11:15 grain=minute
offer | the last one | accept | choice=-1
offer | the last one please | accept | choice=-1
confirm | Thursday 1600 | reschedule | at=2026-11-26T16:00 grain=minute
confirm | at 0930 tomorrow | reschedule | at=2026-11-24T09:30 grain=minute
offer | two please | accept | choice=2
offer | Hi, thank you, but I've actually decided to hold off for now as money's a bit tight before Christmas | decline
offer | not friday, but thursday yes | reschedule | at=2026-11-26T00:00
offer | friday doesn't work, thursday does | reschedule | at=2026-11-26T00:00
confirm | can i move weds to thurs | reschedule | at=2026-11-26T00:00
confirm | Please add me back to your text reminders | optin
confirm | ok, Thursday at 3? | reschedule | at=2026-11-26T15:00
confirm | yes is there parking? | question
confirm | 5-6pm tmrw | reschedule | at=2026-11-24T17:00
confirm | 1430 friday | reschedule | at=2026-11-27T14:30
confirm | 2 to 4pm friday | reschedule | at=2026-11-27T14:00
confirm | Hello, thanks for the message. I can confirm I'll be attending on the 25th at 11am. Could you remind my stylist I'd like a bit more off the top this time? | confirm
confirm | sorry cnt come 😢 | cancel
confirm | wat time u close | question
confirm | yes but can u make it 12 | reschedule
offer | both bad, mon? | reschedule | at=2026-11-30T00:00
offer | any later on thurs? | reschedule | at=2026-11-26T00:00
rebook | Oh yes I'd like that, maybe Tuesday next week around lunchtime if you have space? | accept | at=2026-12-01T12:00
rebook | I'd rather not rebook at the moment, I'll get in touch if I need anything. | decline
rebook | I actually cancelled that appointment the day before by email, so I'm not sure why it's showing as missed. | dispute
# Either option will do: an acceptance that names none (the client is asked which).
offer | either | accept | notime
offer | either one is fine | accept | notime
offer | whichever is sooner | accept | notime
offer | I don't mind which | accept | notime
offer | any of them | accept | notime
confirm | either way I can't come, please cancel | cancel | notime
# Declines that thank, or say the client went elsewhere; leaving the waiting list is no opt-out.
offer | Sorry, I've booked elsewhere now. Thanks anyway | decline | notime
offer | thanks anyway, neither works | decline | notime
offer | no longer need it, take me off the waiting list | decline | notime
# "one" is an option, not one o'clock, unless a clock word says so; an amount of money is no time.
offer | one | accept | choice=1
none | Is that the hot stone one or the normal one? | question | notime
confirm | yes for wed but why was I charged £20 last time? | dispute
none | can I come at one? | reschedule | at=2026-11-23T13:00
# Disputes, a question about services, and coming back to the texts.
confirm | I did cancel in time! | dispute | notime
none | do u do gel nails | question | notime
none | Please add me back, I unsubscribed by accident | optin | notime
# An option taken back and another named; a number opening the reply with words after it.
offer | 1. no wait 2, sorry | accept | choice=2
offer | 2 no sorry 1! | accept | choice=1
offer | 1 pls, my back is killing me | accept | choice=1
offer | 2!! thank you so much, I've been waiting ages for a cut | accept | choice=2
offer | yes 2 please | accept | choice=2
offer | I have 2 questions | unknown
# A day, then the words asking to move, then only a time of day: that day at that time. The time after "instead of" is given up.
offer | Thursday but later, like 6? | reschedule | at=2026-11-26T18:00
confirm | could I come at 11 instead of 10? | reschedule | at=2026-11-23T11:00
confirm | instead of Wednesday, could I do Thursday? | reschedule | at=2026-11-26T00:00 grain=day
# Away, working those days, found another place: a decline of the offer.
offer | Sorry, I'm away until December | decline
offer | I work both days unfortunately | decline
offer | found one elsewhere, thanks | decline
# A question about who does an option, or whether it is long enough, doesn't take it.
offer | Thursday is that with Anna? | question
offer | which therapist is the friday one? | question
# A weekday and "the 1st" is a date, even after an offer.
offer | Neither, is Tuesday the 1st any good? | reschedule | at=2026-12-01T00:00 grain=day
none | first of all, can I come tomorrow at 3? | reschedule | at=2026-11-24T15:00
none | sorry what am i supposed to reply to these? | help
# A yes, then a cancel, then the reason: cancelled, asking first. A short "no" after it takes it back.
confirm | Yes please cancel it, I've come down with flu and don't want to pass it on to anyone. | cancel | asks
confirm | yes, cancel it... actually don't cancel | unknown
confirm | stop texting me, I don't want reminders again | optout
offer | no, I work until 6 every day | decline
confirm | cancel wednesday please. can we do thursday instead? | reschedule | at=2026-11-26T00:00 grain=day
# Asking for a person or a number to call is help, whatever the complaint after it.
none | Is there a number I can call? I need to speak to someone about my bill, it doesn't look right. | help
# Both options refused, a time after a bound word, a plain opt-out with "again", a move asked after a question.
offer | 1 no, 2 no | decline
offer | after 2? | reschedule | at=2026-11-23T14:00
offer | No, anything before 10 on Saturday? | reschedule
offer | Yes! I don't finish work until 4 anyway | accept
confirm | Please stop texting me, I don't want to get your reminders again | optout
confirm | Something came up, I need to reschedule | reschedule
confirm | Tomorrow at 10 is tight, could we reschedule? Maybe Friday at 3 | reschedule | at=2026-11-27T15:00
confirm | No, I'll come after all. cancel it? no, keep it | confirm
# A cancel taken back later goes to a person; a no that backs it still cancels; the reason's "short notice" takes nothing back.
confirm | yes cancel it. well no, keep it | unknown
confirm | cancel please. No, I can't come | cancel
confirm | keep it | confirm
confirm | Yes please cancel it. Really sorry for the short notice. | cancel | asks
# Asking for a person or how this works, whatever else it says
confirm | Can I talk to a real person pls | help
offer | How do I pick one? Do I just send the number? | help
none | could someone call me back please | help
# The day refused is the one to move from: no time asked for
confirm | can't do thursday, can we change the day? | reschedule | notime
# A number word first in its clause picks
offer | two, thanks | accept | choice=2
# A no, then the cancel negated and a yes: the visit stays
confirm | No I won't be cancelling, all good for thurs | confirm
confirm | no don't cancel, I'll be there | confirm
confirm | no. i'll be there | unknown
rebook | not now, maybe in the spring | decline
rebook | no, maybe friday | reschedule | at=2026-11-27T00:00
confirm | can we do next week? this week is mad | reschedule | at=2026-11-30T00:00 grain=week
# Rather cancelling asks for no other time
confirm | I'd rather cancel | cancel
confirm | id prefer to cancel tbh | cancel
confirm | can we move it rather than cancel? | reschedule
# Help, opt-out, "no that's fine", still wanting it
none | Hello, I am not sure how to use this text service. Can I ring somebody instead? | help
none | Can you please not text me anymore, I've moved to another practice. | optout
confirm | no dont cancel it!! i still want it, sorry i hit the wrong thing before | confirm
# A day refused with nothing asked for is never read as asking for it
confirm | Can't do thursday sorry | unknown | notime
offer | Can't do thursday sorry | unknown | notime
confirm | not thursday | unknown | notime
# A plan to get in touch later asks for no time now
confirm | Can't do thursday sorry, I'll ring when I know my shifts for next month. | unknown
confirm | I'll let you know if I can't make it | unknown
confirm | I can't come because I need to change the appointment | cancel | asks
rebook | I'll be in touch after the new year x | unknown
# The time after "not" is the one given up
offer | Wednesday but could it be 12 not 10:30? | reschedule | at=2026-11-25T12:00
confirm | not at 4 but 5 | reschedule | at=2026-11-23T17:00
offer | Actually just cancel the whole thing, sorry. Work's gone mental and I won't get a chance before Christmas | cancel
# A day in a later sentence is no part of the time asked for
confirm | Hi, unfortunately something's come up at work. Could we move it to next week sometime? Any day is fine except Wednesday. | reschedule | at=2026-11-30T00:00 grain=week
none | There's an appointment on my account for Saturday that I never made | dispute
# Review: plans, reasons, options refused, sentences
confirm | I'll get back to you, probably can't make it though | unknown
confirm | can't make it thursday cos I need to change the day | cancel | asks
offer | 2 please, can't do the others | accept | choice=2
offer | option 1 no good and option 3 also | decline
offer | 1 no, 3 is also tricky | decline
offer | 1 no, 3 works | accept | choice=3
offer | can't say yet, maybe | unknown
confirm | Can we move it to next week. Any day except Monday | reschedule | at=2026-11-30T00:00 grain=week
confirm | can I move my appointment, wednesday is bad, friday good | reschedule | at=2026-11-27T00:00
confirm | running 10 min late, call me back if that's a problem | late
confirm | Cancel? Absolutely not | confirm
confirm | Cancel? Hell no, see you thursday | confirm
confirm | I'm definitely not cancelling, see you then | confirm
none | Why was I charged $40? I cancelled 2 days ahead | dispute
confirm | Could we do half four instead? Traffic's brutal at that time | reschedule | at=2026-11-23T16:30
confirm | Don't cancel!! I'm coming, just saw this now. Sorry for the late reply, work has been mental. See you at 4 | confirm
confirm | sorry for the late reply, running 10 min late | late | late=10
offer | Is the Friday one with the same therapist? | question
offer | Friday with someone else is fine | accept | at=2026-11-27T00:00
confirm | quick question, can I move to friday? | reschedule | at=2026-11-27T00:00
none | instead of thursday friday at 3? | reschedule | at=2026-11-27T15:00
confirm | no no, I'll be there | confirm
confirm | Cancel?? Why? | unknown
confirm | Cancel? no, can't do Thursday | unknown
confirm | Cancel? No, I'm ill | unknown
confirm | I definitely can't do Thursday | unknown
confirm | no no ok maybe | unknown
confirm | Thursday works but 4 doesn't | reschedule | at=2026-11-26T00:00
offer | Tuesday can't, Friday not | unknown
offer | I definitely can't do Tuesday | unknown
confirm | Thursday is fine, but not at 4 | reschedule | at=2026-11-26T00:00 grain=day
confirm | thursday ok but not 4pm | reschedule | at=2026-11-26T00:00 grain=day
confirm | not at 4 please, 5 would be better | reschedule | at=2026-11-23T17:00
confirm | not thursday | unknown
confirm | Can I cancel? | cancel
confirm | I cancel | cancel
confirm | Cancel. | optout
confirm | Yes sorry but I'm going to have to cancel | cancel
offer | Option 1 but at 4, is that ok? | reschedule | choice=1 at=2026-11-23T16:00
offer | Could I do 3 on Wednesday instead? | reschedule | at=2026-11-25T15:00
offer | could i do 2 on wed instead | reschedule | at=2026-11-25T14:00
offer | 2 on Wednesday please | accept | choice=2
none | Please take me off your list | optout
none | Is this a bot? I want to talk to a real person | help
none | Can someone call me please? | help
offer | I never asked to be put on a waitlist, what is this? | dispute
none | Thanks for yesterday, loved the facial! | unknown
confirm | Aye no bother, see you then | confirm
confirm | Sorry, I replied no by mistake, I'll be there | confirm
confirm | I can't come on Thursday, I'll call to rebook when things calm down | cancel
offer | No thanks, none of them work. Tuesday at 2 I'm at work | decline
offer | can I come at 3? on tuesday | reschedule | at=2026-11-24T15:00
offer | is 1 at the same place as last time? the one on Smith St | question
confirm | thurs no good⏎next week sometime? | reschedule | at=2026-11-30T00:00
none | how do I cancel my appointment here? | question
none | nah all good thanks, I'll leave it for now | unknown
none | I sent STOP by mistake, can you text me again? | optin
confirm | > Reply YES to confirm, NO to cancel⏎NO⏎something came up sorry | cancel
confirm | can I cancel if I feel sick on the day? | question
confirm | what happens if I cancel? | question
none | Will I be charged if I cancel? | question
confirm | no reason to cancel, I'm feeling better | confirm
confirm | Nothing could make me cancel this one | confirm
offer | Friday at 5pm is impossible for me | decline
offer | the second one is bad for me | decline
offer | 2 or 3, I'll confirm tomorrow | unknown
offer | it's my first time, do I need to bring anything? | question
confirm | yes. btw please stop by the front desk my friend wants a voucher | confirm
confirm | can't. sorry. see you next time | cancel
offer | can you do 3 on thursday | reschedule | at=2026-11-26T15:00
offer | Do u have anything next week? This week is chaos with the kids | reschedule | at=2026-11-30T00:00
none | Hi, I accidentally turned off the reminders. Can you send them to me again please? | optin
none | open sundays? | question
none | do you sell gift vouchers? | question
confirm | No need to cancel, I'll be there. Looking forward to it, my back is killing me lol | confirm
# A yes or a pick in a sentence of its own, with a question beside it: acted on, and the question handed over.
confirm | Yes! Is there parking nearby or should I get the bus? Last time I drove round for ages | confirm | question
offer | 3! Will it be Anna again or someone else? She was amazing last time | accept | choice=3 question
confirm | Is it Anna again? She's the best | question
offer | 3 please, I have to pick up the kids first | accept | choice=3
rebook | Is the student discount still on? | question
offer | earliest pls | accept | choice=-2
offer | What do I have to write? Just the number? | help
confirm | can't thurs, in 4 days? | reschedule | at=2026-11-27T00:00
# One sentence opening with a yes or a pick before "but" and a question: acted on, the question handed over.
confirm | ok but how long is it? | confirm | question
confirm | yes but is there parking? | confirm | question
offer | 2 but is it with Anna? | accept | choice=2 question
confirm | ok but can I come at 5? | reschedule
# A question about the cancellation policy cancels nothing.
confirm | What's the cancellation policy again just in case the childminder lets me down | question
# A busy reason between two options refuses the first; a reason after the one taken explains it.
offer | 1 no wait 2, sorry | accept | choice=2
none | can I speak to the manager please | help
offer | tuesday, not 2 but 4? | reschedule | at=2026-11-24T16:00
offer | no 1, no 2 | decline
offer | 2... no, sorry, I cannot make it | decline
offer | 2. No problem at all | accept | choice=2
confirm | in a week on tuesday | reschedule | at=2026-12-01T00:00
# A formal cancellation signed with an initial: the initial is no word ("K." is no ok).
confirm | NO. I cannot attend. Please cancel. Regards, D. Whitfield | cancel
confirm | K. Thanks | confirm
# Refusing a fee disputes it.
none | I refuse to pay a £25 no-show fee when I RANG on the morning to say I was ill. Disgraceful. Mr R. Fenton | dispute
confirm | yes I will pay the deposit | confirm
confirm | can I pay by card on thursday? | question
offer | I'm abroad until the 3rd so none of these I'm afraid | decline
offer | Is the 2nd one with Anna? Is there parking? | question
rebook | Merry Christmas to you too haha. Yes please book Jack in for a trim, Friday afternoon | accept | at=2026-11-27T12:00 grain=partOfDay
offer | the 2 please | accept | choice=2
offer | I'll take the 3 | accept | choice=3
offer | ok⏎wait no⏎the 1 please | accept | choice=1
none | Happy holidays from all of us and the 3 dogs 🎄🐾 | unknown
offer | None of these work, Saturday at 10 would be better | reschedule | at=2026-11-28T10:00
# Running late in a stuck train, fee complaints, "sooner", a number word with a please and thanks, "until" beside another time
none | stuck on the northern line, be there asap | late
confirm | be there as soon as I can, stuck on the train | late
none | why is there a £40 charge on my card from you? I haven't been in since october | dispute
rebook | I'd love to but I'm still in a cast, will message when it's off 🙂 | unknown
offer | two please, thanks 🙏 | accept | choice=2
confirm | can I come at half 5 instead? I work until 5 | reschedule | at=2026-11-23T17:30
# "Sooner", a call back, cancelled by phone already
none | any chance I can come in sooner? | reschedule
# Cancelling outright after an offer: moving away, rebooking later
offer | Actually just cancel it altogether, I'll rebook in the new year | decline
# A day and time, then a bare no and "I meant" another time: that time on the same day
none | friday 2pm? no sorry I meant 3pm | reschedule | at=2026-11-27T15:00
confirm | could it be 12 not 10:30 | reschedule | at=2026-11-23T12:00
""")

@Suite("English replies")
struct EnglishCorpusTests {
    @Test("each English reply is read as the table says", arguments: englishCorpus)
    func reply(_ c: CorpusCase) {
        let problem = mismatch(c)
        #expect(problem == nil, "\(c.text): \(problem ?? "")")
    }

    @Test("English replies are recognised as English without a locale", arguments: englishCorpus.filter { $0.text.count > 12 })
    func detected(_ c: CorpusCase) {
        let u = sharedMatcher.understand(c.text, locale: nil, expecting: c.expecting, context: corpusContext("en"))
        #expect(u.locale == "en", "\(c.text) read as \(u.locale)")
    }
}
