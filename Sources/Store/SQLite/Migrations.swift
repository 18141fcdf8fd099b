import GRDB

/// The versioned schema of the SQLite store. Migrations only ever get added; a database
/// file written by an older SlotKeeper opens and migrates forward.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-booking", migrate: createBookingTables)
        m.registerMigration("v2-conversation", migrate: createConversationTables)
        m.registerMigration("v3-catalogue-version", migrate: createCatalogueVersion)
        m.registerMigration("v4-telegram-link", migrate: createTelegramLinks)
        m.registerMigration("v5-api-request", migrate: createAPIRequests)
        m.registerMigration("v6-payment", migrate: createPaymentTables)
        m.registerMigration("v7-policy-versions", migrate: createPolicyVersions)
        m.registerMigration("v8-staff-accounts", migrate: createStaffAccounts)
        m.registerMigration("v9-booking-page", migrate: createBookingPageTables)
        m.registerMigration("v10-client-locale-known", migrate: addClientLocaleKnown)
        m.registerMigration("v11-book-version", migrate: createBookVersion)
        m.registerMigration("v12-lease", migrate: createLeases)
        m.registerMigration("v13-shared-dispatch", migrate: shareDispatch)
        m.registerMigration("v14-escalation-client", migrate: indexEscalationsByClient)
        return m
    }

    /// Identifiers of every migration, oldest first.
    static var allMigrations: [String] { migrator.migrations }

    /// Locations, staff, services, clients, appointments, waitlist, policies and the audit trail.
    static func createBookingTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE location (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                opening_hours TEXT NOT NULL,     -- JSON {weekday: ["09:00-20:00"]}
                closures TEXT NOT NULL,          -- JSON ["2026-12-25"]
                quiet_start INTEGER NOT NULL,    -- minutes after local midnight
                quiet_end INTEGER NOT NULL,
                address TEXT,
                phone TEXT
            );
            CREATE TABLE service (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
                buffer_before INTEGER NOT NULL DEFAULT 0,
                buffer_after INTEGER NOT NULL DEFAULT 0,
                price_minor INTEGER NOT NULL,
                currency TEXT NOT NULL,
                deposit TEXT NOT NULL DEFAULT 'none',
                category TEXT NOT NULL DEFAULT '',
                rebook_after_days INTEGER
            );
            CREATE TABLE staff (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                location_ids TEXT NOT NULL,      -- JSON
                working_hours TEXT NOT NULL,     -- JSON
                time_off TEXT NOT NULL,          -- JSON [[start, end]] epoch seconds
                service_ids TEXT NOT NULL,       -- JSON
                escalation_channel TEXT,
                escalation_address TEXT,
                active INTEGER NOT NULL DEFAULT 1
            );
            CREATE TABLE client (
                id TEXT PRIMARY KEY NOT NULL,
                first_name TEXT NOT NULL,
                last_name TEXT NOT NULL DEFAULT '',
                preferred_channel TEXT,
                locale TEXT NOT NULL DEFAULT 'en',
                opted_out TEXT NOT NULL DEFAULT '[]',
                tags TEXT NOT NULL DEFAULT '[]',
                tier_override TEXT,
                notes TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE client_address (
                client_id TEXT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                channel TEXT NOT NULL,
                address TEXT NOT NULL,
                PRIMARY KEY (client_id, channel),
                UNIQUE (channel, address)
            );
            CREATE TABLE attendance_mark (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                client_id TEXT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                at REAL NOT NULL,
                appointment_id TEXT
            );
            CREATE INDEX attendance_mark_client ON attendance_mark(client_id);
            CREATE TABLE appointment (
                id TEXT PRIMARY KEY NOT NULL,
                client_id TEXT NOT NULL REFERENCES client(id),
                service_id TEXT NOT NULL REFERENCES service(id),
                staff_id TEXT NOT NULL REFERENCES staff(id),
                location_id TEXT NOT NULL REFERENCES location(id),
                start_at INTEGER NOT NULL,       -- epoch seconds, UTC
                end_at INTEGER NOT NULL CHECK (end_at > start_at),
                price_minor INTEGER NOT NULL,
                currency TEXT NOT NULL,
                deposit_kind TEXT NOT NULL DEFAULT 'notRequired',
                deposit_minor INTEGER,
                status TEXT NOT NULL,
                source TEXT NOT NULL,
                notes TEXT NOT NULL DEFAULT '',
                hold_expires_at INTEGER,
                cancelled_by TEXT,
                cancel_reason TEXT,
                cancelled_at REAL,
                cancel_late INTEGER,
                cancel_fee_minor INTEGER,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX appointment_staff_start ON appointment(staff_id, start_at);
            CREATE INDEX appointment_location_start ON appointment(location_id, start_at);
            CREATE INDEX appointment_client_start ON appointment(client_id, start_at);
            CREATE TABLE waitlist_entry (
                id TEXT PRIMARY KEY NOT NULL,
                client_id TEXT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                location_id TEXT NOT NULL REFERENCES location(id),
                service_ids TEXT NOT NULL,
                preferred_staff TEXT NOT NULL,
                windows TEXT NOT NULL,
                flexibility INTEGER NOT NULL,
                created_at REAL NOT NULL,
                expires_at REAL,
                active INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX waitlist_location ON waitlist_entry(location_id, active, created_at);
            CREATE TABLE policy (
                scope TEXT PRIMARY KEY NOT NULL, -- a location id, or '*' for the whole business
                document TEXT NOT NULL           -- JSON of Policies
            );
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at REAL NOT NULL,
                actor TEXT NOT NULL,
                subject_kind TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                action TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX audit_subject ON audit(subject_kind, subject_id);
            """)
        // No two appointments that hold their slot may overlap for one staff member. The database
        // says so, not the caller: writes are serialised, and these triggers run inside each write.
        // Appointments are at most 12 hours long, so the look-back bound keeps the index range small.
        for (event, exclude) in [("INSERT", ""), ("UPDATE OF start_at, end_at, staff_id, status", "AND other.id <> NEW.id")] {
            let name = event.hasPrefix("INSERT") ? "appointment_no_overlap_insert" : "appointment_no_overlap_update"
            try db.execute(sql: """
                CREATE TRIGGER \(name) BEFORE \(event) ON appointment
                WHEN NEW.status <> 'cancelled' AND EXISTS (
                    SELECT 1 FROM appointment AS other
                    WHERE other.staff_id = NEW.staff_id AND other.status <> 'cancelled' \(exclude)
                      AND other.start_at > NEW.start_at - 86400 AND other.start_at < NEW.end_at
                      AND other.end_at > NEW.start_at)
                BEGIN SELECT RAISE(ABORT, 'slotkeeper: staff overlap'); END;
                """)
        }
    }

    /// Conversations, messages, open questions, escalations, the outbox, durable jobs, waitlist offers
    /// and processed event keys.
    static func createConversationTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE conversation_thread (
                party TEXT PRIMARY KEY NOT NULL,     -- client:ID or staff:ID
                state TEXT NOT NULL,                 -- JSON of the conversation state
                updated_at REAL NOT NULL
            );
            CREATE TABLE message (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                party TEXT NOT NULL,
                channel TEXT NOT NULL,
                direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
                provider_id TEXT,
                name TEXT,                           -- the catalogue message, for outgoing ones
                body TEXT NOT NULL,
                status TEXT NOT NULL,
                segments INTEGER,
                outbox_id INTEGER,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL
            );
            CREATE UNIQUE INDEX message_provider ON message(channel, provider_id) WHERE provider_id IS NOT NULL;
            CREATE INDEX message_party ON message(party, created_at);
            CREATE INDEX message_outbox ON message(outbox_id) WHERE outbox_id IS NOT NULL;
            CREATE TABLE open_question (
                id TEXT PRIMARY KEY NOT NULL,
                party TEXT NOT NULL,
                kind TEXT NOT NULL,
                appointment_id TEXT,
                opened_at REAL NOT NULL,
                expires_at REAL,
                closed_at REAL
            );
            CREATE INDEX open_question_party ON open_question(party) WHERE closed_at IS NULL;
            CREATE TABLE escalation (
                id TEXT PRIMARY KEY NOT NULL,
                client_id TEXT NOT NULL,
                appointment_id TEXT,
                reason TEXT NOT NULL,
                status TEXT NOT NULL,                -- open, answered, resolved
                assigned_staff_id TEXT,
                client_text TEXT NOT NULL,
                context TEXT NOT NULL DEFAULT '[]',  -- JSON: the last messages
                opened_at REAL NOT NULL,
                reminded_at REAL,
                answered_at REAL,
                resolved_at REAL
            );
            CREATE INDEX escalation_open ON escalation(status, opened_at);
            CREATE INDEX escalation_staff ON escalation(assigned_staff_id, status);
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                party TEXT NOT NULL,
                channel TEXT NOT NULL,
                address TEXT NOT NULL,
                name TEXT NOT NULL,
                locale TEXT NOT NULL,
                body TEXT NOT NULL,
                subject TEXT,
                html TEXT,
                buttons TEXT NOT NULL DEFAULT '[]',  -- JSON [{title, payload}]
                variables TEXT NOT NULL DEFAULT '{}',-- JSON, to render again for a fallback channel
                segments INTEGER,
                status TEXT NOT NULL DEFAULT 'pending', -- pending, sent, delivered, failed
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at REAL NOT NULL,
                provider_id TEXT,
                last_error TEXT,
                created_at REAL NOT NULL,
                sent_at REAL
            );
            CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE status = 'pending';
            CREATE TABLE job (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                party TEXT NOT NULL,
                due_at REAL NOT NULL,
                payload TEXT NOT NULL,               -- JSON of what runs
                appointment_id TEXT,
                status TEXT NOT NULL DEFAULT 'pending', -- pending, done, cancelled
                attempts INTEGER NOT NULL DEFAULT 0,
                created_at REAL NOT NULL
            );
            CREATE INDEX job_due ON job(due_at) WHERE status = 'pending';
            CREATE INDEX job_appointment ON job(appointment_id) WHERE status = 'pending';
            CREATE TABLE waitlist_offer (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                slot_key TEXT NOT NULL,
                client_id TEXT NOT NULL,
                entry_id TEXT,
                service_id TEXT NOT NULL,
                staff_id TEXT NOT NULL,
                location_id TEXT NOT NULL,
                start_at INTEGER NOT NULL,
                end_at INTEGER NOT NULL,
                status TEXT NOT NULL,                -- open, accepted, lapsed, declined, withdrawn
                offered_at REAL NOT NULL,
                expires_at REAL NOT NULL
            );
            CREATE INDEX waitlist_offer_slot ON waitlist_offer(slot_key);
            CREATE INDEX waitlist_offer_client ON waitlist_offer(client_id, offered_at);
            CREATE TABLE processed_event (
                key TEXT PRIMARY KEY NOT NULL,
                processed_at REAL NOT NULL
            );
            """)
    }

    /// A counter that moves whenever a location, staff member, service or policy changes, so the
    /// engine can keep the business's catalogue decoded between events and reload it only then.
    static func createCatalogueVersion(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE catalogue_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
            INSERT INTO catalogue_version (id, version) VALUES (1, 1);
            -- Delivery callbacks find their row by the provider's id.
            CREATE INDEX outbox_provider ON outbox(channel, provider_id) WHERE provider_id IS NOT NULL;
            """)
        for table in ["location", "staff", "service", "policy"] {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_\(event.lowercased())_bumps_catalogue AFTER \(event) ON \(table)
                    BEGIN UPDATE catalogue_version SET version = version + 1 WHERE id = 1; END;
                    """)
            }
        }
    }

    /// One-time codes of Telegram start links (`https://t.me/{bot}?start={code}`): a code names a client, expires, and is
    /// burned by the chat that used it (kept, so that chat tapping the link again is recognised).
    static func createTelegramLinks(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE telegram_link (
                code TEXT PRIMARY KEY NOT NULL,
                client_id TEXT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                created_at REAL NOT NULL,
                expires_at REAL NOT NULL,
                used_at REAL,
                used_by_chat TEXT
            );
            CREATE INDEX telegram_link_client ON telegram_link(client_id);
            """)
    }

    /// Admin API requests by their `Idempotency-Key`: the request's fingerprint and, once answered, the response to replay.
    static func createAPIRequests(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE api_request (
                key TEXT PRIMARY KEY NOT NULL,       -- the client's Idempotency-Key
                fingerprint TEXT NOT NULL,           -- method, path and a hash of the body
                status INTEGER,                      -- NULL while the first request is still running
                content_type TEXT,
                location TEXT,
                body BLOB,
                created_at REAL NOT NULL,
                completed_at REAL
            );
            CREATE INDEX api_request_created ON api_request(created_at);
            """)
    }

    /// Deposit payments (the payment page, the provider's payment and refund), clients' deposit credit, and the
    /// bookings of outside calendars (Cal.com) mapped to ours.
    static func createPaymentTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE deposit_payment (
                appointment_id TEXT PRIMARY KEY NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
                currency TEXT NOT NULL,
                session_id TEXT,                     -- the provider's payment page (Stripe Checkout Session)
                session_url TEXT,
                session_expires_at REAL,
                session_hold_expires_at REAL,        -- the hold the page was made for; a new hold needs a new page
                payment_intent TEXT,                 -- the provider's payment, for a refund
                amount_paid_minor INTEGER,
                paid_at REAL,
                credit_applied_minor INTEGER NOT NULL DEFAULT 0, -- the part of the deposit paid from the client's credit
                refund_status TEXT,                  -- pending, succeeded, failed, …
                refund_id TEXT,
                refunded_minor INTEGER,
                refund_error TEXT,
                refunded_at REAL,
                updated_at REAL NOT NULL
            );
            CREATE INDEX deposit_payment_intent ON deposit_payment(payment_intent) WHERE payment_intent IS NOT NULL;
            CREATE TABLE client_credit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                client_id TEXT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                amount_minor INTEGER NOT NULL,       -- positive: credit kept; negative: credit spent or taken back
                currency TEXT NOT NULL,
                appointment_id TEXT,
                reason TEXT NOT NULL,
                at REAL NOT NULL
            );
            CREATE INDEX client_credit_client ON client_credit(client_id, currency);
            CREATE TABLE external_booking (
                source TEXT NOT NULL,                -- calcom
                external_id TEXT NOT NULL,           -- the outside system's booking uid
                appointment_id TEXT NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
                created_at REAL NOT NULL,
                PRIMARY KEY (source, external_id)
            );
            CREATE INDEX external_booking_appointment ON external_booking(appointment_id);
            """)
    }

    /// Policy versions (who set which policy when), a manual online-booking block on clients, fees with their collection, and
    /// clients' ratings of their visits.
    static func createPolicyVersions(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE policy_version (
                version INTEGER PRIMARY KEY,     -- 1, 2, 3, … never reused
                document TEXT NOT NULL,          -- the policy document as set (JSON), with its locations
                source TEXT NOT NULL,            -- file, api
                actor TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                at REAL NOT NULL
            );
            ALTER TABLE client ADD COLUMN block_reason TEXT;
            ALTER TABLE client ADD COLUMN block_actor TEXT;
            ALTER TABLE client ADD COLUMN block_at REAL;
            ALTER TABLE outbox ADD COLUMN sending_at REAL;     -- when the provider call began (status 'sending'), for crash recovery
            CREATE INDEX outbox_sending ON outbox(status) WHERE status IN ('sending', 'unknown');
            CREATE TABLE feedback (
                appointment_id TEXT PRIMARY KEY NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
                client_id TEXT NOT NULL,
                staff_id TEXT NOT NULL,
                score INTEGER,                       -- 1-5, NULL when the client answered in words only
                comment TEXT NOT NULL,
                at REAL NOT NULL
            );
            CREATE TABLE fee_charge (
                appointment_id TEXT PRIMARY KEY NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,                  -- lateCancel, noShow
                amount_minor INTEGER NOT NULL,
                currency TEXT NOT NULL,
                status TEXT NOT NULL,                -- noted, pending, charged, failed, void
                payment_intent TEXT,
                error TEXT,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL
            );
            """)
    }

    /// Dashboard accounts and their signed-in sessions, and how each inbound message was read (for the conversation view).
    static func createStaffAccounts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE staff_account (
                username TEXT PRIMARY KEY NOT NULL,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('front-desk', 'manager', 'owner')),
                locale TEXT NOT NULL DEFAULT 'en',
                staff_id TEXT,
                password_hash TEXT NOT NULL,         -- bcrypt
                active INTEGER NOT NULL DEFAULT 1,
                created_at REAL NOT NULL,
                failed_sign_ins INTEGER NOT NULL DEFAULT 0,
                locked_until REAL
            );
            CREATE TABLE staff_session (
                token_hash TEXT PRIMARY KEY NOT NULL, -- SHA-256 of the cookie's token
                username TEXT NOT NULL REFERENCES staff_account(username) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                created_at REAL NOT NULL,
                last_seen_at REAL NOT NULL,
                expires_at REAL NOT NULL
            );
            CREATE INDEX staff_session_account ON staff_session(username);
            ALTER TABLE message ADD COLUMN intent TEXT;      -- how an inbound reply was read
            ALTER TABLE message ADD COLUMN confidence REAL;
            """)
    }

    /// The secret that signs clients' links, and the booking page's one-time codes (their hashes) with their tries.
    static func createBookingPageTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE link_secret (
                name TEXT PRIMARY KEY NOT NULL,
                secret BLOB NOT NULL
            );
            CREATE TABLE verification_code (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                phone TEXT NOT NULL,
                code_hash TEXT NOT NULL,
                requester TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                used_at INTEGER
            );
            CREATE INDEX verification_code_phone ON verification_code (phone, created_at);
            CREATE INDEX verification_code_requester ON verification_code (requester, created_at);
            """)
    }

    /// Whether a client's language was ever said; every client stored before is taken as known.
    static func addClientLocaleKnown(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE client ADD COLUMN locale_known INTEGER NOT NULL DEFAULT 1")
    }

    /// A counter that moves whenever an appointment's place in the book changes (a new visit, a move, another staff member
    /// or service, a cancellation or its undoing), stamped on the appointment it moved for: a slot search's cached book
    /// reads only the appointments changed since it was built. `reset` moves when an appointment is deleted, which a
    /// cached book can only learn by being built again. Confirmations and notes leave both alone.
    static func createBookVersion(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE appointment ADD COLUMN book_seq INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX appointment_book_seq ON appointment(book_seq);
            CREATE TABLE book_version (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, reset INTEGER NOT NULL);
            INSERT INTO book_version (id, seq, reset) VALUES (1, 0, 0);
            CREATE TRIGGER appointment_insert_moves_book AFTER INSERT ON appointment
            BEGIN
                UPDATE book_version SET seq = seq + 1 WHERE id = 1;
                UPDATE appointment SET book_seq = (SELECT seq FROM book_version WHERE id = 1) WHERE id = NEW.id;
            END;
            CREATE TRIGGER appointment_update_moves_book AFTER UPDATE OF start_at, end_at, staff_id, service_id, location_id, status
            ON appointment
            WHEN OLD.start_at IS NOT NEW.start_at OR OLD.end_at IS NOT NEW.end_at OR OLD.staff_id IS NOT NEW.staff_id
              OR OLD.service_id IS NOT NEW.service_id OR OLD.location_id IS NOT NEW.location_id
              OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled')
            BEGIN
                UPDATE book_version SET seq = seq + 1 WHERE id = 1;
                UPDATE appointment SET book_seq = (SELECT seq FROM book_version WHERE id = 1) WHERE id = NEW.id;
            END;
            CREATE TRIGGER appointment_delete_moves_book AFTER DELETE ON appointment
            BEGIN UPDATE book_version SET seq = seq + 1, reset = seq + 1 WHERE id = 1; END;
            """)
    }

    /// Leases: a named job only one process may do at a time (a channel's poller), held until a time and renewed by its
    /// holder; when the holder dies, the lease runs out and another process takes it.
    static func createLeases(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE lease (name TEXT PRIMARY KEY NOT NULL, holder TEXT NOT NULL, until REAL NOT NULL)")
    }

    /// What the processes sending from one database share: a due job is claimed by the process that runs it, until
    /// `claimed_until` (another takes it when that passes); and when each recipient last got a message, for the pause
    /// between two messages to one address, whichever process sends them.
    static func shareDispatch(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE job ADD COLUMN claimed_until REAL;
            CREATE TABLE recipient_pace (recipient TEXT PRIMARY KEY NOT NULL, last_sent_at REAL NOT NULL);
            CREATE INDEX recipient_pace_last ON recipient_pace(last_sent_at);
            """)
    }

    /// A client's open escalation is looked for on every message that goes to a person: without this index the look-up
    /// read every open escalation of the business, newest first, until it found the client's.
    static func indexEscalationsByClient(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX escalation_client ON escalation(client_id, status, opened_at)")
    }
}
