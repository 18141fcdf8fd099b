import AsyncHTTPClient
import Foundation
import ProviderFakes
import NIOCore

/// A real headless Chromium, driven over the W3C WebDriver protocol through Debian's `chromedriver`: what a person's browser
/// does with the pages, their forms, cookies and scripts. Nothing is downloaded: both come from the system's packages.
final class WebDriver: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let chromium = "/usr/bin/chromium"
    static let chromedriver = "/usr/bin/chromedriver"
    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: chromium) && FileManager.default.isExecutableFile(atPath: chromedriver)
    }

    let driver: Process
    let base: URL
    var session = ""

    /// Starts chromedriver on a free port and opens a headless browser window of `width`×`height`.
    init(width: Int = 1280, height: Int = 1000) async throws {
        let port = LoopbackPort.free()
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: Self.chromedriver)
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = URL(string: "http://127.0.0.1:\(port)")!
        var ready = false, last = ""
        for _ in 0..<100 where !ready {
            do {
                let status = try await call("GET", "/status")
                ready = (status["ready"] as? Bool) == true
                last = "\(status)"
            } catch {
                last = "\(error)"
            }
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        guard ready else {
            Self.stop(driver)
            throw Failure(description: "chromedriver did not start on port \(port): \(last)")
        }
        let options: [String: Any] = ["binary": Self.chromium,
                                      "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                               "--window-size=\(width),\(height)", "--lang=en-GB"]]
        let answer = try? await call("POST", "/session", ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]])
        guard let id = (answer?["value"] as? [String: Any])?["sessionId"] as? String else {
            Self.stop(driver)
            throw Failure(description: "Chromium did not start: \(answer ?? [:])")
        }
        session = id
    }

    /// Closes the browser and stops chromedriver.
    func quit() async {
        _ = try? await call("DELETE", "/session/\(session)")
        Self.stop(driver)
    }

    /// chromedriver leaves on its `/shutdown` command or SIGTERM; one that doesn't within a few seconds is killed.
    static func stop(_ driver: Process) {
        driver.terminate()
        let end = Date().addingTimeInterval(3)
        while driver.isRunning && Date() < end { usleep(50_000) }
        if driver.isRunning { kill(driver.processIdentifier, SIGKILL) }
    }

    // MARK: Pages and elements

    func open(_ url: String) async throws { _ = try await call("POST", "/session/\(session)/url", ["url": url]) }
    func title() async throws -> String { try await call("GET", "/session/\(session)/title")["value"] as? String ?? "" }
    func source() async throws -> String { try await call("GET", "/session/\(session)/source")["value"] as? String ?? "" }
    func currentURL() async throws -> String { try await call("GET", "/session/\(session)/url")["value"] as? String ?? "" }

    /// The first element matching a CSS selector; throws naming the selector when there is none.
    func element(_ css: String) async throws -> String {
        let answer = try await call("POST", "/session/\(session)/element", ["using": "css selector", "value": css])
        guard let found = answer["value"] as? [String: Any], let id = found.values.first as? String, found.keys.first?.hasPrefix("element-") == true else {
            throw Failure(description: "no element matches \(css) on \(try await currentURL())")
        }
        return id
    }

    func elements(_ css: String) async throws -> [String] {
        let answer = try await call("POST", "/session/\(session)/elements", ["using": "css selector", "value": css])
        return (answer["value"] as? [[String: Any]] ?? []).compactMap { $0.values.first as? String }
    }

    /// Clicks; unless `stays`, waits for the next page the click leads to (a form sent, a link followed) to finish loading.
    func click(_ css: String, stays: Bool = false) async throws {
        let id = try await element(css)
        if !stays { try await script("window.__stillHere = true") }
        _ = try await call("POST", "/session/\(session)/element/\(id)/click", [:])
        if stays { return }
        let end = Date().addingTimeInterval(15)
        while Date() < end {
            let gone = try? await script("return window.__stillHere !== true && document.readyState === 'complete'")
            if (gone as? Bool) == true { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(description: "clicking \(css) led to no new page within 15 s")
    }

    /// Runs JavaScript in the page and returns its value.
    @discardableResult
    func script(_ source: String) async throws -> Any? {
        try await call("POST", "/session/\(session)/execute/sync", ["script": source, "args": []])["value"]
    }

    /// Types into a field after clearing it (newlines included, as key presses).
    func type(_ css: String, _ text: String, clear: Bool = true) async throws {
        let id = try await element(css)
        if clear { _ = try await call("POST", "/session/\(session)/element/\(id)/clear", [:]) }
        _ = try await call("POST", "/session/\(session)/element/\(id)/value", ["text": text])
    }

    /// The text an element shows.
    func text(_ css: String) async throws -> String {
        try await call("GET", "/session/\(session)/element/\(try await element(css))/text")["value"] as? String ?? ""
    }

    /// Waits until `css` shows `text` (for what a page changes by itself), up to `seconds`.
    func waitFor(_ css: String, toShow text: String, seconds: Double = 10) async throws {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if let shown = try? await self.text(css), shown.contains(text) { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw Failure(description: "\(css) did not show \"\(text)\" within \(seconds) s; it shows \"\((try? await self.text(css)) ?? "nothing")\"")
    }

    /// A PNG of the window, written to `path`.
    func screenshot(_ path: URL) async throws {
        let answer = try await call("GET", "/session/\(session)/screenshot")
        guard let b64 = answer["value"] as? String, let data = Data(base64Encoded: b64) else { throw Failure(description: "no screenshot") }
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: path)
    }

    // MARK: The protocol

    @discardableResult
    func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        var request = HTTPClientRequest(url: base.absoluteString + path)
        request.method = .init(rawValue: method)
        if let body {
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
            request.headers.add(name: "Content-Type", value: "application/json")
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let data = Data(buffer: try await response.body.collect(upTo: 64 * 1024 * 1024))
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        let status = Int(response.status.code)
        if status >= 400 {
            let value = json["value"] as? [String: Any]
            throw Failure(description: "WebDriver \(method) \(path): \(value?["error"] ?? status) \(value?["message"] ?? "")")
        }
        // `/status` answers its fields under `value`, as every other command does.
        return path == "/status" ? (json["value"] as? [String: Any] ?? [:]) : json
    }
}
