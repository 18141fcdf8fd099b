#!/usr/bin/env python3
"""Writes the load test's spa (an import file) and its signed inbound SMS webhooks.

usage: spa.py DIR URL TOKEN CLIENTS REQUESTS
  DIR/spa.yaml      one location, 50 staff, CLIENTS clients each with a visit in the coming week
  DIR/requests-KIND.tsv  REQUESTS lines "signature<TAB>form body" for each kind of reply: replies from random clients,
                    each with its own MessageSid (unique across the files), signed for URL with TOKEN exactly as the SMS
                    provider signs them. Kinds: confirm ("yes"), reschedule ("Can we do Thursday at 4 instead?"), mix
                    (the realistic mix below) and paced (the mix again, with MessageSids of its own).
"""
import base64, datetime, hashlib, hmac, random, sys, urllib.parse

out, url, token, clients, requests = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
staff = 50
today = datetime.date.today()
random.seed(7)

with open(f"{out}/spa.yaml", "w") as f:
    f.write("locations:\n  - id: load\n    name: Load Test Spa\n    timeZone: UTC\n    hours: {mon-sun: \"07:00-22:00\"}\n")
    f.write("services:\n  - id: massage\n    name: Massage\n    duration: 60\n    price: 60.00 GBP\n")
    f.write("staff:\n")
    for s in range(staff):
        f.write(f"  - id: s{s}\n    name: Therapist {s}\n    locations: [load]\n    hours: \"mon-sun 07:00-22:00\"\n    services: [massage]\n")
    f.write("clients:\n")
    for c in range(clients):
        f.write(f"  - id: c{c}\n    name: Client {c}\n    phone: \"+4477009{c:05d}\"\n    locale: en\n")
    f.write("appointments:\n")
    for c in range(clients):
        s, n = c % staff, c // staff
        day, hour = today + datetime.timedelta(days=2 + n // 14), 8 + n % 14
        f.write(f"  - client: c{c}\n    service: massage\n    staff: s{s}\n    start: {day.isoformat()}T{hour:02d}:00\n")

mix = ["yes", "Yes, see you then!", "confirmed thanks", "si", "да", "Can we do Thursday at 4 instead?", "running 10 min late",
       "what time is it again?", "ok", "1"]
kinds = {"confirm": ["yes"], "reschedule": ["Can we do Thursday at 4 instead?"], "mix": mix, "paced": mix}
for k, (kind, replies) in enumerate(kinds.items()):
    with open(f"{out}/requests-{kind}.tsv", "w") as f:
        for i in range(requests):
            c = random.randrange(clients)
            fields = [("MessageSid", f"SM{k}load{i:025d}"), ("AccountSid", "AC0load"), ("From", f"+4477009{c:05d}"), ("To", "+447700900000"),
                      ("Body", random.choice(replies)), ("NumMedia", "0")]
            data = url + "".join(key + v for key, v in sorted(fields))
            sig = base64.b64encode(hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()).decode()
            f.write(sig + "\t" + urllib.parse.urlencode(fields) + "\n")
