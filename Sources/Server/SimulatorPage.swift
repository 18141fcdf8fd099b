import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// `/simulator` (only with `serve --simulate`): a person plays a client's phone in the browser. Pick a client,
/// read what SlotKeeper sent them, type a reply; it goes through the same pipeline as a provider's webhook, and
/// the answer appears a moment later.
struct SimulatorPage: Sendable {
    let engine: Engine
    let store: any BookingStore

    func register(on router: Router<BasicRequestContext>) {
        router.get("/simulator") { _, _ in text(.ok, Self.html, contentType: "text/html; charset=utf-8") }
        router.get("/simulator/clients") { _, _ in try await clients() }
        router.get("/simulator/thread/{client}") { _, context in try await thread(context.parameters.get("client") ?? "") }
        router.post("/simulator/thread/{client}") { request, context in try await reply(context.parameters.get("client") ?? "", request) }
    }

    /// The phone a client is played on: their first reachable channel.
    static func phone(_ client: Client) -> (Channel, String)? {
        client.reachableChannels.lazy.compactMap { ch in client.addresses[ch].map { (ch, $0) } }.first
    }

    func clients() async throws -> Response {
        let list = try await store.clients().compactMap { c -> [String: String]? in
            guard let (channel, address) = Self.phone(c) else { return nil }
            return ["id": c.id.rawValue, "name": "\(c.firstName) \(c.lastName)".trimmingCharacters(in: .whitespaces),
                    "channel": channel.rawValue, "address": address, "locale": c.locale]
        }
        return try json(list)
    }

    func thread(_ id: String) async throws -> Response {
        guard try await store.client(ClientID(id)) != nil else { return text(.notFound, "no client \(id)\n") }
        let messages = try await store.messages(party: "client:\(id)").map { m -> [String: String] in
            ["direction": m.direction, "body": m.body, "channel": m.channel.rawValue, "status": m.status,
             "at": ISO8601DateFormatter().string(from: m.createdAt)]
        }
        return try json(messages)
    }

    func reply(_ id: String, _ request: Request) async throws -> Response {
        guard let client = try await store.client(ClientID(id)), let (channel, address) = Self.phone(client) else {
            return text(.notFound, "no client \(id) with a phone\n")
        }
        // JSON only: a form another website posts can't carry it without the browser asking first (no cross-site replies).
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            return text(.unsupportedMediaType, "send application/json: {\"text\": \"your reply\"}\n")
        }
        let body = try await request.body.collect(upTo: 16 * 1024)
        guard let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any],
              let reply = object["text"] as? String, !reply.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return text(.badRequest, "send {\"text\": \"your reply\"}\n")
        }
        try await engine.receive(channel: channel, from: address, text: reply, providerID: "simulator-\(UUID().uuidString)",
                                 button: object["button"] as? String)
        // The answer goes out now rather than at the next tick, so the page shows it at once.
        try await engine.settle()
        return try await thread(id)
    }

    private func json(_ value: Any) throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static let html = #"""
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>SlotKeeper simulator</title>
    <style>
      body { font: 15px/1.4 system-ui, sans-serif; margin: 0; display: flex; height: 100vh; background: #f4f1ec; color: #222; }
      aside { width: 260px; overflow-y: auto; border-right: 1px solid #ddd; background: #fff; }
      aside h1 { font-size: 16px; margin: 12px; }
      aside input { margin: 0 12px 8px; width: calc(100% - 24px); padding: 6px; box-sizing: border-box; }
      aside button { display: block; width: 100%; text-align: left; padding: 8px 12px; border: 0; background: none; cursor: pointer; }
      aside button:hover, aside button.on { background: #efe7dc; }
      aside small { color: #777; display: block; }
      main { flex: 1; display: flex; flex-direction: column; align-items: center; }
      #phone { width: 380px; max-width: 100%; flex: 1; display: flex; flex-direction: column; background: #fff; margin: 16px; border-radius: 18px;
               box-shadow: 0 2px 12px rgba(0,0,0,.12); overflow: hidden; }
      #who { padding: 12px 16px; background: #3d5a4c; color: #fff; }
      #log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; }
      .msg { max-width: 80%; padding: 8px 12px; border-radius: 14px; white-space: pre-wrap; }
      .out { align-self: flex-start; background: #eee; }
      .in { align-self: flex-end; background: #cfe8d8; }
      .msg small { display: block; color: #777; font-size: 11px; margin-top: 2px; }
      form { display: flex; border-top: 1px solid #ddd; }
      form input { flex: 1; border: 0; padding: 12px; font-size: 15px; }
      form button { border: 0; background: #3d5a4c; color: #fff; padding: 0 16px; cursor: pointer; }
      #empty { color: #777; margin: auto; text-align: center; padding: 24px; }
    </style>
    </head>
    <body>
    <aside><h1>Play a client</h1><input id="filter" placeholder="Search clients"><div id="clients"></div></aside>
    <main><div id="phone"><div id="who">Pick a client on the left</div><div id="log"><p id="empty">Messages SlotKeeper sends
    this client appear here. Type a reply below, in any language, as they would.</p></div>
    <form id="send"><input id="text" placeholder="Type a reply…" autocomplete="off" disabled><button disabled>Send</button></form></div></main>
    <script>
    let current = null, all = [];
    const el = id => document.getElementById(id);
    async function loadClients() {
      all = await (await fetch('/simulator/clients')).json();
      showClients();
    }
    function showClients() {
      const q = el('filter').value.toLowerCase(), box = el('clients');
      box.replaceChildren();
      for (const c of all.filter(c => (c.name + c.address).toLowerCase().includes(q))) {
        const b = document.createElement('button');
        b.textContent = c.name;
        const s = document.createElement('small');
        s.textContent = c.channel + ' ' + c.address + ' · ' + c.locale;
        b.append(s);
        if (current && current.id === c.id) b.className = 'on';
        b.onclick = () => { current = c; showClients(); el('who').textContent = c.name + ' (' + c.channel + ')';
                            el('text').disabled = false; el('send').querySelector('button').disabled = false; el('text').focus(); refresh(); };
        box.append(b);
      }
    }
    function show(messages) {
      const log = el('log');
      const atBottom = log.scrollTop + log.clientHeight >= log.scrollHeight - 20;
      log.replaceChildren();
      if (!messages.length) { const p = document.createElement('p'); p.id = 'empty'; p.textContent = 'No messages yet.'; log.append(p); }
      for (const m of messages) {
        const d = document.createElement('div');
        d.className = 'msg ' + (m.direction === 'in' ? 'in' : 'out');
        d.textContent = m.body;
        const s = document.createElement('small');
        s.textContent = new Date(m.at).toLocaleString() + (m.direction === 'out' ? ' · ' + m.status : '');
        d.append(s);
        log.append(d);
      }
      if (atBottom) log.scrollTop = log.scrollHeight;
    }
    async function refresh() {
      if (!current) return;
      const r = await fetch('/simulator/thread/' + encodeURIComponent(current.id));
      if (r.ok) show(await r.json());
    }
    el('send').onsubmit = async e => {
      e.preventDefault();
      const text = el('text').value.trim();
      if (!current || !text) return;
      el('text').value = '';
      const r = await fetch('/simulator/thread/' + encodeURIComponent(current.id),
                            { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
      if (r.ok) { show(await r.json()); el('log').scrollTop = el('log').scrollHeight; } else { alert(await r.text()); }
    };
    el('filter').oninput = showClients;
    loadClients();
    setInterval(refresh, 2000);
    </script>
    </body>
    </html>
    """#
}
