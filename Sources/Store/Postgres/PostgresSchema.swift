import Foundation

/// The PostgreSQL schema, as migrations that are only ever added. The tables and columns are SQLite's, so one body of SQL
/// serves both; instants are epoch seconds (`bigint` where ranges are searched, `double precision` elsewhere) and JSON
/// is text. What SQLite keeps with triggers PostgreSQL keeps with its own means: no two appointments of one staff member
/// that hold their slot overlap, by an exclusion constraint over their time range.
enum PostgresSchema {
    /// Migrations in release order: an identifier and its statements.
    static let migrations: [(id: String, sql: String)] = [
        ("pg1-schema", schema), ("pg2-book-version", bookVersion),
        ("pg3-lease", "CREATE TABLE lease (name text PRIMARY KEY, holder text NOT NULL, until double precision NOT NULL)"),
        ("pg4-shared-dispatch", """
            ALTER TABLE job ADD COLUMN claimed_until double precision;
            CREATE TABLE recipient_pace (recipient text PRIMARY KEY, last_sent_at double precision NOT NULL);
            CREATE INDEX recipient_pace_last ON recipient_pace(last_sent_at)
            """),
        ("pg5-escalation-client", "CREATE INDEX escalation_client ON escalation(client_id, status, opened_at)"),
    ]

    /// Every migration this program knows, oldest first.
    static var identifiers: [String] { migrations.map(\.id) }

    /// The migrations a database has applied, in release order (then any this program doesn't know).
    static func applied(_ db: any SQLExecutor) throws -> [String] {
        let exists = try db.value(Bool.self, "SELECT to_regclass('slotkeeper_migration') IS NOT NULL") ?? false
        guard exists else { return [] }
        let done = Set(try db.values(String.self, "SELECT id FROM slotkeeper_migration"))
        return identifiers.filter(done.contains) + done.subtracting(identifiers).sorted()
    }

    /// Brings the database to the newest schema. Several processes may start at once: an advisory lock lets one migrate
    /// while the others wait, then find nothing left to do. A database written by a newer SlotKeeper is refused.
    static func migrate(_ db: any SQLExecutor, address: StoreAddress) throws {
        try db.execute("SELECT pg_advisory_xact_lock(7262021)")
        try db.execute("CREATE TABLE IF NOT EXISTS slotkeeper_migration (id text PRIMARY KEY, applied_at double precision NOT NULL)")
        let done = Set(try db.values(String.self, "SELECT id FROM slotkeeper_migration"))
        let unknown = done.subtracting(identifiers)
        guard unknown.isEmpty else {
            throw StoreError.unusableDatabase("\(address) was written by a newer SlotKeeper (it has \(unknown.sorted().joined(separator: ", ")), "
                                              + "which this one does not know); run the newer slotkeeper")
        }
        for migration in migrations where !done.contains(migration.id) {
            for statement in statements(migration.sql) { try db.execute(statement) }
            try db.execute("INSERT INTO slotkeeper_migration (id, applied_at) VALUES (?, ?)", [migration.id, Date().timeIntervalSince1970])
        }
    }

    /// A script's statements: split at each `;` outside quotes and `$$` function bodies.
    static func statements(_ script: String) -> [String] {
        var out: [String] = [], current = "", quoted = false, body = false
        var chars = Array(script)[...]
        while let c = chars.popFirst() {
            if c == "$", chars.first == "$", !quoted { body.toggle(); current += "$$"; chars.removeFirst(); continue }
            if c == "'", !body { quoted.toggle() }
            if c == ";", !quoted, !body {
                let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !s.isEmpty { out.append(s) }
                current = ""
            } else {
                current.append(c)
            }
        }
        let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { out.append(last) }
        return out
    }

    static let schema = """
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        CREATE TABLE location (
            id text PRIMARY KEY, name text NOT NULL, time_zone text NOT NULL, opening_hours text NOT NULL, closures text NOT NULL,
            quiet_start bigint NOT NULL, quiet_end bigint NOT NULL, address text, phone text);
        CREATE TABLE service (
            id text PRIMARY KEY, name text NOT NULL, duration_minutes bigint NOT NULL CHECK (duration_minutes > 0),
            buffer_before bigint NOT NULL DEFAULT 0, buffer_after bigint NOT NULL DEFAULT 0, price_minor bigint NOT NULL,
            currency text NOT NULL, deposit text NOT NULL DEFAULT 'none', category text NOT NULL DEFAULT '', rebook_after_days bigint);
        CREATE TABLE staff (
            id text PRIMARY KEY, name text NOT NULL, role text NOT NULL, location_ids text NOT NULL, working_hours text NOT NULL,
            time_off text NOT NULL, service_ids text NOT NULL, escalation_channel text, escalation_address text,
            active bigint NOT NULL DEFAULT 1);
        CREATE TABLE client (
            id text PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL DEFAULT '', preferred_channel text,
            locale text NOT NULL DEFAULT 'en', opted_out text NOT NULL DEFAULT '[]', tags text NOT NULL DEFAULT '[]',
            tier_override text, notes text NOT NULL DEFAULT '', block_reason text, block_actor text, block_at double precision,
            locale_known bigint NOT NULL DEFAULT 1);
        CREATE TABLE client_address (
            client_id text NOT NULL REFERENCES client(id) ON DELETE CASCADE, channel text NOT NULL, address text NOT NULL,
            PRIMARY KEY (client_id, channel), UNIQUE (channel, address));
        CREATE TABLE attendance_mark (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, client_id text NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            kind text NOT NULL, at double precision NOT NULL, appointment_id text);
        CREATE INDEX attendance_mark_client ON attendance_mark(client_id);
        CREATE TABLE appointment (
            id text PRIMARY KEY, client_id text NOT NULL REFERENCES client(id), service_id text NOT NULL REFERENCES service(id),
            staff_id text NOT NULL REFERENCES staff(id), location_id text NOT NULL REFERENCES location(id),
            start_at bigint NOT NULL, end_at bigint NOT NULL CHECK (end_at > start_at),
            price_minor bigint NOT NULL, currency text NOT NULL, deposit_kind text NOT NULL DEFAULT 'notRequired', deposit_minor bigint,
            status text NOT NULL, source text NOT NULL, notes text NOT NULL DEFAULT '', hold_expires_at bigint,
            cancelled_by text, cancel_reason text, cancelled_at double precision, cancel_late bigint, cancel_fee_minor bigint,
            created_at double precision NOT NULL, updated_at double precision NOT NULL, version bigint NOT NULL DEFAULT 1,
            -- No two appointments that hold their slot overlap for one staff member, whoever writes them.
            CONSTRAINT appointment_no_overlap EXCLUDE USING gist (staff_id WITH =, int8range(start_at, end_at) WITH &&)
                WHERE (status <> 'cancelled'));
        CREATE INDEX appointment_staff_start ON appointment(staff_id, start_at);
        CREATE INDEX appointment_location_start ON appointment(location_id, start_at);
        CREATE INDEX appointment_client_start ON appointment(client_id, start_at);
        CREATE TABLE waitlist_entry (
            id text PRIMARY KEY, client_id text NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            location_id text NOT NULL REFERENCES location(id), service_ids text NOT NULL, preferred_staff text NOT NULL,
            windows text NOT NULL, flexibility bigint NOT NULL, created_at double precision NOT NULL, expires_at double precision,
            active bigint NOT NULL DEFAULT 1);
        CREATE INDEX waitlist_location ON waitlist_entry(location_id, active, created_at);
        CREATE TABLE policy (scope text PRIMARY KEY, document text NOT NULL);
        CREATE TABLE audit (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, at double precision NOT NULL, actor text NOT NULL,
            subject_kind text NOT NULL, subject_id text NOT NULL, action text NOT NULL, detail text NOT NULL DEFAULT '');
        CREATE INDEX audit_subject ON audit(subject_kind, subject_id);

        CREATE TABLE conversation_thread (party text PRIMARY KEY, state text NOT NULL, updated_at double precision NOT NULL);
        CREATE TABLE message (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, party text NOT NULL, channel text NOT NULL,
            direction text NOT NULL CHECK (direction IN ('in', 'out')), provider_id text, name text, body text NOT NULL,
            status text NOT NULL, segments bigint, outbox_id bigint, created_at double precision NOT NULL,
            updated_at double precision NOT NULL, intent text, confidence double precision);
        CREATE UNIQUE INDEX message_provider ON message(channel, provider_id) WHERE provider_id IS NOT NULL;
        CREATE INDEX message_party ON message(party, created_at);
        CREATE INDEX message_outbox ON message(outbox_id) WHERE outbox_id IS NOT NULL;
        CREATE TABLE open_question (
            id text PRIMARY KEY, party text NOT NULL, kind text NOT NULL, appointment_id text, opened_at double precision NOT NULL,
            expires_at double precision, closed_at double precision);
        CREATE INDEX open_question_party ON open_question(party) WHERE closed_at IS NULL;
        CREATE TABLE escalation (
            id text PRIMARY KEY, client_id text NOT NULL, appointment_id text, reason text NOT NULL, status text NOT NULL,
            assigned_staff_id text, client_text text NOT NULL, context text NOT NULL DEFAULT '[]',
            opened_at double precision NOT NULL, reminded_at double precision, answered_at double precision,
            resolved_at double precision);
        CREATE INDEX escalation_open ON escalation(status, opened_at);
        CREATE INDEX escalation_staff ON escalation(assigned_staff_id, status);
        CREATE TABLE outbox (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, party text NOT NULL, channel text NOT NULL, address text NOT NULL,
            name text NOT NULL, locale text NOT NULL, body text NOT NULL, subject text, html text, buttons text NOT NULL DEFAULT '[]',
            variables text NOT NULL DEFAULT '{}', segments bigint, status text NOT NULL DEFAULT 'pending',
            attempts bigint NOT NULL DEFAULT 0, next_attempt_at double precision NOT NULL, provider_id text, last_error text,
            created_at double precision NOT NULL, sent_at double precision, sending_at double precision);
        CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE status = 'pending';
        CREATE INDEX outbox_provider ON outbox(channel, provider_id) WHERE provider_id IS NOT NULL;
        CREATE INDEX outbox_sending ON outbox(status) WHERE status IN ('sending', 'unknown');
        CREATE TABLE job (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, party text NOT NULL, due_at double precision NOT NULL,
            payload text NOT NULL, appointment_id text, status text NOT NULL DEFAULT 'pending', attempts bigint NOT NULL DEFAULT 0,
            created_at double precision NOT NULL);
        CREATE INDEX job_due ON job(due_at) WHERE status = 'pending';
        CREATE INDEX job_appointment ON job(appointment_id) WHERE status = 'pending';
        CREATE TABLE waitlist_offer (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, slot_key text NOT NULL, client_id text NOT NULL, entry_id text,
            service_id text NOT NULL, staff_id text NOT NULL, location_id text NOT NULL, start_at bigint NOT NULL,
            end_at bigint NOT NULL, status text NOT NULL, offered_at double precision NOT NULL, expires_at double precision NOT NULL);
        CREATE INDEX waitlist_offer_slot ON waitlist_offer(slot_key);
        CREATE INDEX waitlist_offer_client ON waitlist_offer(client_id, offered_at);
        CREATE TABLE processed_event (key text PRIMARY KEY, processed_at double precision NOT NULL);

        CREATE TABLE catalogue_version (id bigint PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
        INSERT INTO catalogue_version (id, version) VALUES (1, 1);
        CREATE FUNCTION slotkeeper_bump_catalogue() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN UPDATE catalogue_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$;
        CREATE TRIGGER location_bumps_catalogue AFTER INSERT OR UPDATE OR DELETE ON location
            FOR EACH STATEMENT EXECUTE FUNCTION slotkeeper_bump_catalogue();
        CREATE TRIGGER staff_bumps_catalogue AFTER INSERT OR UPDATE OR DELETE ON staff
            FOR EACH STATEMENT EXECUTE FUNCTION slotkeeper_bump_catalogue();
        CREATE TRIGGER service_bumps_catalogue AFTER INSERT OR UPDATE OR DELETE ON service
            FOR EACH STATEMENT EXECUTE FUNCTION slotkeeper_bump_catalogue();
        CREATE TRIGGER policy_bumps_catalogue AFTER INSERT OR UPDATE OR DELETE ON policy
            FOR EACH STATEMENT EXECUTE FUNCTION slotkeeper_bump_catalogue();

        CREATE TABLE telegram_link (
            code text PRIMARY KEY, client_id text NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            created_at double precision NOT NULL, expires_at double precision NOT NULL, used_at double precision, used_by_chat text);
        CREATE INDEX telegram_link_client ON telegram_link(client_id);
        CREATE TABLE api_request (
            key text PRIMARY KEY, fingerprint text NOT NULL, status bigint, content_type text, location text, body bytea,
            created_at double precision NOT NULL, completed_at double precision);
        CREATE INDEX api_request_created ON api_request(created_at);
        CREATE TABLE deposit_payment (
            appointment_id text PRIMARY KEY REFERENCES appointment(id) ON DELETE CASCADE, currency text NOT NULL, session_id text,
            session_url text, session_expires_at double precision, session_hold_expires_at double precision, payment_intent text,
            amount_paid_minor bigint, paid_at double precision, credit_applied_minor bigint NOT NULL DEFAULT 0, refund_status text,
            refund_id text, refunded_minor bigint, refund_error text, refunded_at double precision, updated_at double precision NOT NULL);
        CREATE INDEX deposit_payment_intent ON deposit_payment(payment_intent) WHERE payment_intent IS NOT NULL;
        CREATE TABLE client_credit (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, client_id text NOT NULL REFERENCES client(id) ON DELETE CASCADE,
            amount_minor bigint NOT NULL, currency text NOT NULL, appointment_id text, reason text NOT NULL, at double precision NOT NULL);
        CREATE INDEX client_credit_client ON client_credit(client_id, currency);
        CREATE TABLE external_booking (
            source text NOT NULL, external_id text NOT NULL, appointment_id text NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
            created_at double precision NOT NULL, PRIMARY KEY (source, external_id));
        CREATE INDEX external_booking_appointment ON external_booking(appointment_id);
        CREATE TABLE policy_version (
            version bigint PRIMARY KEY, document text NOT NULL, source text NOT NULL, actor text NOT NULL,
            note text NOT NULL DEFAULT '', at double precision NOT NULL);
        CREATE TABLE feedback (
            appointment_id text PRIMARY KEY REFERENCES appointment(id) ON DELETE CASCADE, client_id text NOT NULL,
            staff_id text NOT NULL, score bigint, comment text NOT NULL, at double precision NOT NULL);
        CREATE TABLE fee_charge (
            appointment_id text PRIMARY KEY REFERENCES appointment(id) ON DELETE CASCADE, kind text NOT NULL,
            amount_minor bigint NOT NULL, currency text NOT NULL, status text NOT NULL, payment_intent text, error text,
            created_at double precision NOT NULL, updated_at double precision NOT NULL);
        CREATE TABLE staff_account (
            username text PRIMARY KEY, display_name text NOT NULL,
            role text NOT NULL CHECK (role IN ('front-desk', 'manager', 'owner')), locale text NOT NULL DEFAULT 'en', staff_id text,
            password_hash text NOT NULL, active bigint NOT NULL DEFAULT 1, created_at double precision NOT NULL,
            failed_sign_ins bigint NOT NULL DEFAULT 0, locked_until double precision);
        CREATE TABLE staff_session (
            token_hash text PRIMARY KEY, username text NOT NULL REFERENCES staff_account(username) ON DELETE CASCADE,
            csrf_token text NOT NULL, created_at double precision NOT NULL, last_seen_at double precision NOT NULL,
            expires_at double precision NOT NULL);
        CREATE INDEX staff_session_account ON staff_session(username);
        CREATE TABLE link_secret (name text PRIMARY KEY, secret bytea NOT NULL);
        CREATE TABLE verification_code (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, phone text NOT NULL, code_hash text NOT NULL,
            requester text NOT NULL, created_at double precision NOT NULL, expires_at double precision NOT NULL,
            attempts bigint NOT NULL DEFAULT 0, used_at double precision);
        CREATE INDEX verification_code_phone ON verification_code (phone, created_at);
        CREATE INDEX verification_code_requester ON verification_code (requester, created_at);
        """

    /// The book's version (see SQLite's `v11-book-version`): every change to an appointment's place in the book moves `seq`
    /// and stamps the row, a deletion moves `reset`.
    static let bookVersion = """
        ALTER TABLE appointment ADD COLUMN book_seq bigint NOT NULL DEFAULT 0;
        CREATE INDEX appointment_book_seq ON appointment(book_seq);
        CREATE TABLE book_version (id bigint PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, reset bigint NOT NULL);
        INSERT INTO book_version (id, seq, reset) VALUES (1, 0, 0);
        CREATE FUNCTION slotkeeper_move_book() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                UPDATE book_version SET seq = seq + 1, reset = seq + 1 WHERE id = 1;
                RETURN OLD;
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.start_at = NEW.start_at AND OLD.end_at = NEW.end_at AND OLD.staff_id = NEW.staff_id
               AND OLD.service_id = NEW.service_id AND OLD.location_id = NEW.location_id
               AND (OLD.status = 'cancelled') = (NEW.status = 'cancelled') THEN
                RETURN NEW;
            END IF;
            UPDATE book_version SET seq = seq + 1 WHERE id = 1 RETURNING seq INTO NEW.book_seq;
            RETURN NEW;
        END $$;
        CREATE TRIGGER appointment_moves_book BEFORE INSERT OR UPDATE OR DELETE ON appointment
            FOR EACH ROW EXECUTE FUNCTION slotkeeper_move_book();
        """
}
