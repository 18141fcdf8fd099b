/// Raw messages shaped as real mail programs and mail systems write them, keyed by name.
enum MailFixtures {
    /// Gmail: multipart/alternative, quoted-printable UTF-8, the reminder quoted under "On … wrote:".
    static let gmail = """
        Return-Path: <anna.smith@gmail.com>
        MIME-Version: 1.0
        References: <slotkeeper.7.abc@spa.example.com>
        In-Reply-To: <slotkeeper.7.abc@spa.example.com>
        From: Anna Smith <Anna.Smith@gmail.com>
        Date: Tue, 24 Nov 2026 10:12:31 +0000
        Message-ID: <CAGx7=Yq8Z+0a@mail.gmail.com>
        Subject: Re: Your visit on Tue 24 Nov
        To: Soho Spa <bookings@spa.example.com>
        Content-Type: multipart/alternative; boundary="000000000000a1b2c3"

        --000000000000a1b2c3
        Content-Type: text/plain; charset="UTF-8"
        Content-Transfer-Encoding: quoted-printable

        Can we do Thursday at 4 instead? =F0=9F=99=8F

        On Tue, 24 Nov 2026 at 10:00, Soho Spa <bookings@spa.example.com> wrote:

        > Hi Anna, this is a reminder of your Deep tissue massage on Tue 24 Nov at
        > 10:00. Reply YES to confirm.
        >

        --000000000000a1b2c3
        Content-Type: text/html; charset="UTF-8"
        Content-Transfer-Encoding: quoted-printable

        <div dir=3D"ltr">Can we do Thursday at 4 instead? =F0=9F=99=8F</div><br><div=
         class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">On Tue, 24 Nov 2=
        026 at 10:00, Soho Spa &lt;<a href=3D"mailto:bookings@spa.example.com">bookin=
        gs@spa.example.com</a>&gt; wrote:<br></div><blockquote class=3D"gmail_quote">=
        Hi Anna, this is a reminder.</blockquote></div>

        --000000000000a1b2c3--

        """

    /// Gmail's HTML part alone, as some forwarding setups leave it.
    static let gmailHTMLOnly = """
        From: Anna Smith <anna.smith@gmail.com>
        Message-ID: <CAGx7=html@mail.gmail.com>
        Subject: Re: Your visit on Tue 24 Nov
        Content-Type: text/html; charset="UTF-8"
        Content-Transfer-Encoding: quoted-printable

        <div dir=3D"ltr">Can we do Thursday at 4 instead?</div><br><div class=3D"gm=
        ail_quote"><div class=3D"gmail_attr">On Tue, 24 Nov 2026 at 10:00, Soho Spa=
         wrote:<br></div><blockquote class=3D"gmail_quote">Hi Anna, <b>this</b> is a=
         reminder.</blockquote></div>

        """

    /// Outlook in Spanish: ISO-8859-1 quoted-printable, the underscore rule and a De/Enviado block.
    static let outlookSpanish = """
        From: =?iso-8859-1?Q?Ana_Garc=EDa?= <Ana.Garcia@outlook.es>
        To: Soho Spa <bookings@spa.example.com>
        Subject: RE: Recordatorio de su cita
        Thread-Topic: Recordatorio de su cita
        Date: Tue, 24 Nov 2026 10:20:00 +0000
        Message-ID:
         <AM0PR07MB1234ABCD@AM0PR07MB1234.eurprd07.prod.outlook.com>
        In-Reply-To: <slotkeeper.8.def@spa.example.com>
        Content-Type: multipart/alternative;
        \tboundary="_000_AM0PR07MB_"
        MIME-Version: 1.0

        --_000_AM0PR07MB_
        Content-Type: text/plain; charset="iso-8859-1"
        Content-Transfer-Encoding: quoted-printable

        No podr=E9 ir, lo siento. =BFPodemos cambiarla al jueves?

        ________________________________
        De: Soho Spa <bookings@spa.example.com>
        Enviado: martes, 24 de noviembre de 2026 10:00
        Para: ana.garcia@outlook.es
        Asunto: Recordatorio de su cita

        Hola Ana, le recordamos su cita.

        --_000_AM0PR07MB_
        Content-Type: text/html; charset="iso-8859-1"
        Content-Transfer-Encoding: quoted-printable

        <html><body><div>No podr=E9 ir, lo siento.</div></body></html>

        --_000_AM0PR07MB_--

        """

    /// Outlook on the web, HTML only in base64: the reply above the divRplyFwdMsg block.
    static let outlookHTML = """
        From: Anna <anna@outlook.com>
        Message-ID: <DB9PR01MB5678@DB9PR01MB5678.eurprd01.prod.outlook.com>
        Subject: Re: Your visit
        Content-Type: text/html; charset="utf-8"
        Content-Transfer-Encoding: base64

        PGh0bWw+PGhlYWQ+PHN0eWxlPnB7bWFyZ2luOjB9PC9zdHlsZT48L2hlYWQ+PGJvZHk+PGRpdj5Z
        ZXMsIGNvbmZpcm1lZC48L2Rpdj48ZGl2Pjxicj48L2Rpdj48aHIgc3R5bGU9ImRpc3BsYXk6aW5s
        aW5lLWJsb2NrO3dpZHRoOjk4JSI+PGRpdiBpZD0iZGl2UnBseUZ3ZE1zZyIgZGlyPSJsdHIiPjxm
        b250IGZhY2U9IkNhbGlicmkiPjxiPkZyb206PC9iPiBTb2hvIFNwYSAmbHQ7Ym9va2luZ3NAc3Bh
        LmV4YW1wbGUuY29tJmd0Ozxicj48Yj5TZW50OjwvYj4gVHVlc2RheSwgTm92ZW1iZXIgMjQsIDIw
        MjYgMTA6MDAgQU08YnI+PGI+VG86PC9iPiBhbm5hQG91dGxvb2suY29tPGJyPjxiPlN1YmplY3Q6
        PC9iPiBZb3VyIHZpc2l0PC9mb250PjxkaXY+Jm5ic3A7PC9kaXY+PC9kaXY+PGRpdj5IaSBBbm5h
        LCBhIHJlbWluZGVyLjwvZGl2PjwvYm9keT48L2h0bWw+

        """

    /// Apple Mail on iPhone: format=flowed, a soft-broken line, "Sent from my iPhone", the quote attributed inside `>`.
    static let appleMail = """
        From: James Wright <james.wright@icloud.com>
        Content-Type: text/plain; charset=us-ascii; format=flowed
        Content-Transfer-Encoding: 7bit
        Mime-Version: 1.0 (1.0)
        Subject: Re: Your visit
        Date: Tue, 24 Nov 2026 10:31:02 +0000
        Message-Id: <8D2E1F9A-1234-4C3B-9F0E-ABCDEF012345@icloud.com>
        In-Reply-To: <slotkeeper.9.ghi@spa.example.com>
        To: Soho Spa <bookings@spa.example.com>

        I'm running about 15 minutes late, sorry -\u{20}
        stuck on the train.

        Sent from my iPhone

        > On 24 Nov 2026, at 10:00, Soho Spa <bookings@spa.example.com> wrote:
        >\u{20}
        > Reminder: Tue at 10:00

        """

    /// Yandex Mail in Russian: base64 UTF-8 parts, an encoded name and subject, the `date, "name" <address>:` attribution.
    static let yandex = """
        From: =?utf-8?B?0J7Qu9GM0LPQsCDQn9C10YLRgNC+0LLQsA==?= <Olga.Petrova@yandex.ru>
        To: =?utf-8?B?0KHQsNC70L7QvSDQm9C+0YLQvtGB?= <bookings@spa.example.com>
        In-Reply-To: <slotkeeper.10.jkl@spa.example.com>
        References: <slotkeeper.10.jkl@spa.example.com>
        Subject: =?utf-8?B?UmU6INCd0LDQv9C+0LzQuNC90LDQvdC40LU=?=
        MIME-Version: 1.0
        X-Mailer: Yamail [ http://yandex.ru ] 5.0
        Date: Tue, 24 Nov 2026 13:05:11 +0300
        Message-Id: <123451795514400@mail.yandex.ru>
        Content-Type: multipart/alternative; boundary="----==--bound.1.mail.yandex.ru"

        ------==--bound.1.mail.yandex.ru
        Content-Transfer-Encoding: base64
        Content-Type: text/plain; charset=utf-8

        0JTQsCwg0L/RgNC40LTRgwoKMjQuMTEuMjAyNiwgMTA6MDAsICLQodCw0LvQvtC9INCb0L7RgtC+
        0YEiIDxib29raW5nc0BzcGEuZXhhbXBsZS5jb20+Ogo+INCd0LDQv9C+0LzQuNC90LDQvdC40LUg
        0L4g0LfQsNC/0LjRgdC4Cg==
        ------==--bound.1.mail.yandex.ru
        Content-Transfer-Encoding: base64
        Content-Type: text/html; charset=utf-8

        PGRpdj7QlNCwLCDQv9GA0LjQtNGDPC9kaXY+PGRpdj4mbmJzcDs8L2Rpdj48ZGl2PjI0LjExLjIw
        MjYsIDEwOjAwLCAi0KHQsNC70L7QvSDQm9C+0YLQvtGBIiAmbHQ7Ym9va2luZ3NAc3BhLmV4YW1w
        bGUuY29tJmd0Ozo8L2Rpdj48YmxvY2txdW90ZT7QndCw0L/QvtC80LjQvdCw0L3QuNC1INC+INC3
        0LDQv9C40YHQuDwvYmxvY2txdW90ZT4=
        ------==--bound.1.mail.yandex.ru--

        """

    /// An older Russian mail program: KOI8-R in quoted-printable, the "… пишет:" attribution.
    static let koi8r = """
        From: Ivan <ivan@mail.example.ru>
        Subject: Re: =?koi8-r?B?7sHQz83JzsHOycU=?=
        Message-ID: <koi8.1@mail.example.ru>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=KOI8-R
        Content-Transfer-Encoding: quoted-printable

        =F0=C5=D2=C5=CE=C5=D3=C9=D4=C5, =D0=CF=D6=C1=CC=D5=CA=D3=D4=C1, =CE=C1 =DE=
        =C5=D4=D7=C5=D2=C7.

        24.11.2026 10:00, =F3=C1=CC=CF=CE =EC=CF=D4=CF=D3 =D0=C9=DB=C5=D4:
        > =EE=C1=D0=CF=CD=C9=CE=C1=CE=C9=C5

        """

    /// Postfix's bounce for a message SlotKeeper sent (RFC 3464), the original's headers attached.
    static let bounce = """
        Return-Path: <>
        From: MAILER-DAEMON@mail.spa.example.com (Mail Delivery System)
        Subject: Undelivered Mail Returned to Sender
        To: bookings@spa.example.com
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status;
        \tboundary="4B2C93E01A.1795514500/mail.spa.example.com"
        Message-Id: <20261124100140.4B2C93E01A@mail.spa.example.com>

        This is a MIME-encapsulated message.

        --4B2C93E01A.1795514500/mail.spa.example.com
        Content-Description: Notification
        Content-Type: text/plain; charset=us-ascii

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        --4B2C93E01A.1795514500/mail.spa.example.com
        Content-Description: Delivery report
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mail.spa.example.com
        Arrival-Date: Tue, 24 Nov 2026 10:01:38 +0000

        Final-Recipient: rfc822; gone@example.com
        Original-Recipient: rfc822;gone@example.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.example.com
        Diagnostic-Code: smtp; 550 5.1.1 <gone@example.com>: Recipient address
            rejected: User unknown

        --4B2C93E01A.1795514500/mail.spa.example.com
        Content-Description: Undelivered Message Headers
        Content-Type: text/rfc822-headers

        From: Soho Spa <bookings@spa.example.com>
        To: gone@example.com
        Subject: Your visit on Tue 24 Nov
        Message-ID: <slotkeeper.7.abc@spa.example.com>

        --4B2C93E01A.1795514500/mail.spa.example.com--

        """

    /// A delay notice: the same report with `Action: delayed`, nothing failed yet.
    static let delayNotice = bounce
        .replacingOccurrences(of: "Action: failed", with: "Action: delayed")
        .replacingOccurrences(of: "Status: 5.1.1", with: "Status: 4.4.1")
        .replacingOccurrences(of: "smtp; 550 5.1.1", with: "smtp; 451 4.4.1")

    /// An out-of-office answer (RFC 3834's Auto-Submitted).
    static let outOfOffice = """
        From: Anna Smith <anna@example.com>
        To: bookings@spa.example.com
        Subject: Automatic reply: Your visit on Tue 24 Nov
        Auto-Submitted: auto-replied
        X-Auto-Response-Suppress: All
        Message-ID: <ooo.1@example.com>
        Content-Type: text/plain; charset=utf-8

        I'm out of the office until Monday.

        """

    /// A fresh message with the request in the subject, no body and no Message-ID.
    static let subjectOnly = """
        From: ana@example.es
        To: bookings@spa.example.com
        Subject: Cancelar

        """

    /// SlotKeeper's own message, e.g. a copy the server put in the inbox.
    static let ownCopy = """
        From: Soho Spa <bookings@spa.example.com>
        To: anna@example.com
        Subject: Your visit
        Message-ID: <slotkeeper.7.abc@spa.example.com>

        Reminder.

        """
}
