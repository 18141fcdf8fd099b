#!/usr/bin/env python3
"""The load test's peer: the least a webhook server on SQLite can do for an inbound SMS reply.

One transaction per webhook, on the same SQLite settings as SlotKeeper (WAL, synchronous NORMAL): insert the message
(its MessageSid unique, so a retry is recorded once), upsert the sender's conversation, update their appointment,
insert an outbox row; then an empty TwiML answer. No signature check, no understanding, no decision, no rendering:
what is left when everything SlotKeeper adds is taken away.

  peer.py init DB CLIENTS    a fresh database with CLIENTS clients, one appointment each (phones as spa.py writes them)
  gunicorn -w 2 -b 127.0.0.1:PORT --chdir Benchmarks/load 'peer:app'   with PEER_DATABASE=DB in the environment
"""
import os, sqlite3, sys, time

from flask import Flask, Response, request

SCHEMA = """
CREATE TABLE message (id INTEGER PRIMARY KEY, sid TEXT NOT NULL UNIQUE, sender TEXT NOT NULL, body TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE conversation (party TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE appointment (id INTEGER PRIMARY KEY, phone TEXT NOT NULL, start_at INTEGER NOT NULL, status TEXT NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX appointment_phone ON appointment(phone);
CREATE TABLE outbox (id INTEGER PRIMARY KEY, party TEXT NOT NULL, body TEXT NOT NULL, created_at REAL NOT NULL);
"""


def connect(path):
    db = sqlite3.connect(path, isolation_level=None, timeout=10)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def init(path, clients):
    db = connect(path)
    db.executescript(SCHEMA)
    now = int(time.time())
    db.execute("BEGIN")
    db.executemany("INSERT INTO appointment (phone, start_at, status, updated_at) VALUES (?, ?, 'booked', ?)",
                   ((f"+4477009{c:05d}", now + 86400 * (2 + c // 700), now) for c in range(clients)))
    db.execute("COMMIT")


app = Flask(__name__)
_db = None


def database():
    global _db
    if _db is None:
        _db = connect(os.environ["PEER_DATABASE"])
    return _db


@app.post("/webhooks/sms")
def webhook():
    form = request.form
    sid, sender, body = form.get("MessageSid"), form.get("From"), form.get("Body", "")
    if not sid or not sender:
        return Response("missing MessageSid or From", status=400)
    db, now = database(), time.time()
    db.execute("BEGIN IMMEDIATE")
    try:
        if db.execute("INSERT OR IGNORE INTO message (sid, sender, body, at) VALUES (?, ?, ?, ?)", (sid, sender, body, now)).rowcount:
            db.execute("INSERT INTO conversation (party, state, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(party) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
                       (sender, '{"last":"reply"}', now))
            db.execute("UPDATE appointment SET status = 'confirmed', updated_at = ? WHERE phone = ?", (now, sender))
            db.execute("INSERT INTO outbox (party, body, created_at) VALUES (?, ?, ?)", (sender, "Thanks, see you then!", now))
        db.execute("COMMIT")
    except Exception:
        db.execute("ROLLBACK")
        raise
    return Response('<?xml version="1.0" encoding="UTF-8"?><Response/>', mimetype="text/xml")


@app.get("/livez")
def livez():
    return "ok"


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "init":
    init(sys.argv[2], int(sys.argv[3]))
