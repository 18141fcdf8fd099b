"""A year of a busy clinic, written straight into a migrated SlotKeeper database for scripts/report-bench:
1 location, 20 staff, 4 services, 5,000 clients, 100,000 appointments over 365 days and 500,000 messages,
with the audit entries, waitlist offers and fees a year leaves behind. Deterministic (seeded)."""
import json, random, sqlite3, sys

path, first_day_epoch = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
HOURS = json.dumps({"days": {d: ["08:00-23:30"] for d in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]}})
db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = OFF")
db.execute("PRAGMA foreign_keys = OFF")
db.execute("INSERT INTO location (id, name, time_zone, opening_hours, closures, quiet_start, quiet_end) "
           "VALUES ('clinic', 'Clinic', 'Europe/London', ?, '[]', 1260, 480)", (HOURS,))
services = [("massage", "Massage", 60, 8000), ("facial", "Facial", 45, 6000), ("nails", "Nails", 30, 3500), ("physio", "Physio", 45, 7000)]
for sid, name, minutes, price in services:
    db.execute("INSERT INTO service (id, name, duration_minutes, price_minor, currency) VALUES (?, ?, ?, ?, 'GBP')", (sid, name, minutes, price))
for i in range(20):
    db.execute("INSERT INTO staff (id, name, role, location_ids, working_hours, time_off, service_ids) VALUES (?, ?, 'staff', ?, ?, '[]', ?)",
               (f"s{i}", f"Staff {i}", '["clinic"]', HOURS, json.dumps([s[0] for s in services])))
channels = ["sms", "whatsapp", "telegram", "email"]
for i in range(5000):
    db.execute("INSERT INTO client (id, first_name, preferred_channel) VALUES (?, ?, ?)", (f"c{i}", f"Client {i}", rng.choice(channels)))
    db.execute("INSERT INTO client_address (client_id, channel, address) VALUES (?, 'sms', ?)", (f"c{i}", f"+4477009{i:05d}"))

appointments, audits, messages, offers, fees = [], [], [], [], []
slot = 0
for n in range(100_000):
    day, k = divmod(n, 274)
    staff = k % 20
    start = first_day_epoch + day * 86400 + 8 * 3600 + (k // 20) * 3900
    sid, name, minutes, price = services[n % 4]
    client = f"c{rng.randrange(5000)}"
    roll = rng.random()
    status, late, by, reason, fee = "completed", None, None, None, None
    if roll < 0.06: status = "noShow"
    elif roll < 0.16:
        status, late, by, reason = "cancelled", int(roll < 0.11), f"client:{client}", rng.choice(["client asked", "illness", "other"])
        if late: fee = price // 2
    source = "waitlist" if roll > 0.97 else "conversation" if roll > 0.95 else "online"
    appointments.append((f"a{n}", client, sid, f"s{staff}", "clinic", start, start + minutes * 60, price, "GBP", status, source,
                         by, reason, start - 7200 if by else None, late, fee, start - 10 * 86400, start - 10 * 86400))
    audits.append((start - 10 * 86400, "system:import", "appointment", f"a{n}", "booked", ""))
    if roll > 0.3:
        audits.append((start - 86400 + 1800, f"client:{client}", "appointment", f"a{n}", "confirmed", ""))
    party = f"client:{client}"
    messages.append((party, "sms", "out", "reminder_confirm", "Reminder", "delivered", 1, start - 86400, start - 86400))
    messages.append((party, "sms", "out", "reminder_final", "Reminder", "delivered", 1, start - 7200, start - 7200))
    messages.append((party, "sms", "in", None, "yes", "received", None, start - 86400 + 1800, start - 86400 + 1800))
    messages.append((party, "sms", "out", "post_visit_thanks", "Thanks", "delivered", 1, start + 7200, start + 7200))
    messages.append((party, rng.choice(channels), "out", "win_back" if roll < 0.06 else "confirm_receipt", "Text", "sent", 1, start + 3600, start + 3600))
    if status == "cancelled" and late:
        slot += 1
        for k in range(3):
            offers.append((f"slot{slot}", f"c{rng.randrange(5000)}", sid, f"s{staff}", "clinic", start, start + minutes * 60,
                           "accepted" if k == 2 and rng.random() < 0.5 else "declined", start - 7000 + k * 600, start - 6000 + k * 600))
        fees.append((f"a{n}", "lateCancel", fee, "GBP", "charged", start - 7200, start - 7200))

db.executemany("INSERT INTO appointment (id, client_id, service_id, staff_id, location_id, start_at, end_at, price_minor, currency, status, source, "
               "cancelled_by, cancel_reason, cancelled_at, cancel_late, cancel_fee_minor, created_at, updated_at) VALUES "
               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", appointments)
db.executemany("INSERT INTO audit (at, actor, subject_kind, subject_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)", audits)
db.executemany("INSERT INTO message (party, channel, direction, name, body, status, segments, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", messages)
db.executemany("INSERT INTO waitlist_offer (slot_key, client_id, service_id, staff_id, location_id, start_at, end_at, status, offered_at, expires_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", offers)
db.executemany("INSERT INTO fee_charge (appointment_id, kind, amount_minor, currency, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", fees)
db.commit()
print(f"{len(appointments)} appointments, {len(messages)} messages, {len(audits)} audit entries, {len(offers)} offers, {len(fees)} fees")
