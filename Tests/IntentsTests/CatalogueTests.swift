import Testing
import Foundation
import Catalogues
import Intents

@Suite("Catalogue")
struct CatalogueTests {
    @Test("the shipped catalogue has eight languages")
    func shipped() {
        #expect(sharedCatalogue.locales == ["de", "en", "es", "fr", "it", "nl", "pt", "ru"])
    }

    func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    static let minimalGerman = """
    locale: de
    script: latin
    fold_accents: true
    words:
      "yes": [ja, "jawohl", "bin dabei"]
      "no": [nein]
      cancel: [absagen, "kann nicht kommen"]
      negations: [nicht, kein]
      optout_alone: [stop, stopp]
    time:
      at: [um]
      weekdays: [[montag], [dienstag], [mittwoch], [donnerstag], [freitag], [samstag], [sonntag]]
      months: [[januar], [februar], [märz], [april], [mai], [juni], [juli], [august], [september], [oktober], [november], [dezember]]
      relative_days: {heute: 0, morgen: 1}
    """

    @Test("a fourth language is only a YAML file: German replies are read and detected")
    func fourthLanguage() throws {
        let dir = try folder(["de.yaml": Self.minimalGerman])
        let matcher = ReplyMatcher(catalogue: try IntentCatalogue.load(directory: dir))
        let ctx = corpusContext("en")
        #expect(matcher.understand("Ja, bin dabei", locale: nil, expecting: .confirm, context: ctx).intent == .confirm)
        #expect(matcher.understand("kann nicht kommen", locale: "de", expecting: .confirm, context: ctx).intent == .cancel)
        #expect(matcher.understand("STOPP", locale: "de", expecting: .confirm, context: ctx).intent == .optout)
        let t = matcher.understand("morgen um 4", locale: "de", expecting: .offer, context: ctx)
        #expect(t.time.map { wall($0.start, ctx.zone) } == "2026-11-24T16:00")
    }

    @Test("a wrong key is named with its file", arguments: [
        ("de.yaml", "locale: de\nwords: {}\n", "de.yaml: missing key \"time\""),
        ("de.yaml", Self.minimalGerman.replacingOccurrences(of: "negations:", with: "negationz:"), "de.yaml: words.negationz"),
        ("fr.yaml", Self.minimalGerman, "fr.yaml: locale: \"de\" must match"),
        ("de.yaml", Self.minimalGerman.replacingOccurrences(of: "[sonntag]", with: ""), "de.yaml: time.weekdays"),
        ("de.yaml", Self.minimalGerman.replacingOccurrences(of: "locale: de\n", with: "locale: de\nlocale: de\n"),
         "de.yaml: not valid YAML: Parser: expected all keys to be unique but found the following duplicated key(s): 'locale'. (in line"),
    ])
    func errors(_ c: (String, String, String)) throws {
        let dir = try folder([c.0: c.1])
        do {
            _ = try IntentCatalogue.load(directory: dir)
            Issue.record("loaded a broken catalogue")
        } catch {
            // A business's own file is named by its path, so they know which file to open.
            #expect("\(error)".hasPrefix(dir.path + "/" + c.2), "\(error)")
            #expect(!"\(error)".contains("\n"), "one line, without a copy of the file: \(error)")
        }
    }

    @Test("the program carries the release's intents/ folder, file for file")
    func builtIn() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("intents").path).filter { $0.hasSuffix(".yaml") }
        let builtIn = CatalogueFiles.builtIn(.intents)
        #expect(builtIn.names(endingIn: [".yaml"]) == shipped.sorted())
        for name in shipped {
            #expect(builtIn[name]?.contents == FileManager.default.contents(atPath: root.appendingPathComponent("intents/\(name)").path), "\(name)")
        }
        #expect(try IntentCatalogue.load(files: builtIn).locales == sharedCatalogue.locales)
    }

    @Test("a business's own file replaces the built-in language of its name and keeps the others")
    func ownFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let spanish = try String(contentsOf: root.appendingPathComponent("intents/es.yaml"), encoding: .utf8)
        let edited = spanish.replacingOccurrences(of: "\n  \"yes\": [", with: "\n  \"yes\": [\"xilófono\", ")
        #expect(edited != spanish, "the fixture edit no longer matches es.yaml")
        let dir = try folder(["es.yaml": edited, "notes.txt": "not a language"])
        let files = try CatalogueFiles.resolve(.intents, settings: ["SLOTKEEPER_INTENTS_DIR": dir.path])
        #expect(files.own.map(\.name) == ["es.yaml", "notes.txt"])
        let matcher = ReplyMatcher(catalogue: try IntentCatalogue.load(files: files))
        let ctx = corpusContext("es")
        #expect(matcher.understand("xilófono", locale: "es", expecting: .confirm, context: ctx).intent == .confirm)
        #expect(sharedMatcher.understand("xilófono", locale: "es", expecting: .confirm, context: ctx).intent != .confirm)
        #expect(matcher.understand("can't make it", locale: "en", expecting: .confirm, context: ctx).intent == .cancel)
        // The option wins over the variable; a folder named that is not there stops the command instead of being ignored.
        #expect(try CatalogueFiles.resolve(.intents, explicit: dir.path, settings: ["SLOTKEEPER_INTENTS_DIR": "/no/such"]).own.count == 2)
        #expect(throws: CatalogueFolderError.self) { try CatalogueFiles.resolve(.intents, settings: ["SLOTKEEPER_INTENTS_DIR": "/no/such/intents"]) }
        #expect(throws: CatalogueFolderError.self) { try CatalogueFiles.resolve(.intents, explicit: "/no/such/intents") }
    }
}

@Suite("Normalisation")
struct NormalisationTests {
    @Test("messy spellings read like clean ones", arguments: [
        ("yesss", "yes"), ("YES!!!", "yes"), ("okkk", "ok"), ("confrim", "confirm"), ("cancle my appointment", "cancel my appointment"),
        ("tomorow at 2", "tomorrow at 2"), ("Ｙｅｓ", "yes"), ("can’t make it", "can't make it"), ("cant make it", "can't make it"),
        ("mañana a las 4", "manana a las 4"), ("ПРИДУ", "приду"), ("пpиду", "приду"), ("всё в силе", "все в силе"),
        ("👍🏽", "👍"), ("re-schedule", "reschedule"),
    ])
    func sameReading(_ c: (String, String)) {
        let ctx = corpusContext("en")
        for expecting in [Expecting.confirm, .offer] {
            let a = sharedMatcher.understand(c.0, locale: nil, expecting: expecting, context: ctx)
            let b = sharedMatcher.understand(c.1, locale: nil, expecting: expecting, context: ctx)
            #expect(a == b, "\(c.0) → \(a.intent), \(c.1) → \(b.intent)")
            #expect(a.intent != .unknown)
        }
    }

    @Test("words that look like typos of vocabulary but are words of their own are not corrected")
    func realWords() {
        let ctx = corpusContext("en")
        for text in ["shop", "candle", "step"] {
            let u = sharedMatcher.understand(text, locale: "en", expecting: .confirm, context: ctx)
            #expect(u.intent != .optout && u.intent != .cancel, "\(text) read as \(u.intent)")
        }
    }
}

@Suite("A client's language read from a reply")
struct ClearLanguageTests {
    @Test("a reply clearly in one language names it", arguments: [
        ("Ja, ich komme gerne", "de"), ("Oui, je serai là", "fr"), ("Ja hoor, ik kom", "nl"), ("Sì, ci sarò", "it"),
        ("Sim, estarei lá", "pt"), ("Да, приду", "ru"), ("Sí, allí estaré", "es"), ("Yes, I'll be there", "en"),
        ("Können wir auf Donnerstag um 4 verschieben?", "de"), ("¿Podemos cambiarla al jueves?", "es"),
    ])
    func clear(_ c: (String, String)) {
        #expect(sharedMatcher.clearLanguage(of: c.0) == c.1)
    }

    @Test("a reply several languages share names none", arguments: ["ok", "2", "👍", "yes", "si", "no", "ja", "16:00", ""])
    func unclear(_ text: String) {
        #expect(sharedMatcher.clearLanguage(of: text) == nil, "\(text) → \(sharedMatcher.clearLanguage(of: text) ?? "")")
    }
}

@Suite("Staff closing a hand-over")
struct StaffDoneTests {
    @Test("DONE and any language's done word close it; an answer to the client does not", arguments: [
        ("DONE", true), ("done.", true), ("Готово", true), ("hecho", true), ("Erledigt!", true), ("c'est réglé", true), ("klaar", true),
        ("fatto", true), ("resolvido", true), ("Yes, 3pm works for her", false), ("ok", false), ("", false),
    ])
    func closes(_ c: (String, Bool)) {
        #expect(sharedCatalogue.closesHandOver(c.0) == c.1, "\(c.0)")
    }
}

@Suite("A business's own folder, as it is mounted")
struct OwnFolderShapeTests {
    @Test("a linked file is read through its link, and en.yml replaces the built-in en.yaml")
    func linksAndYml() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("own-intents-\(UUID().uuidString)")
        let data = dir.appendingPathComponent("..data")
        try fm.createDirectory(at: data, withIntermediateDirectories: true)
        let spanish = try String(contentsOf: root.appendingPathComponent("intents/es.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\n  \"yes\": [", with: "\n  \"yes\": [\"xilófono\", ")
        try spanish.write(to: data.appendingPathComponent("es.yaml"), atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("es.yaml").path, withDestinationPath: "..data/es.yaml")
        let english = try String(contentsOf: root.appendingPathComponent("intents/en.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\n  \"yes\": [", with: "\n  \"yes\": [\"marimba\", ")
        try english.write(to: dir.appendingPathComponent("en.yml"), atomically: true, encoding: .utf8)
        let files = try CatalogueFiles.resolve(.intents, explicit: dir.path)
        #expect(files.own.map(\.name) == ["en.yaml", "es.yaml"])
        let matcher = ReplyMatcher(catalogue: try IntentCatalogue.load(files: files))
        let ctx = corpusContext("es")
        #expect(matcher.understand("xilófono", locale: "es", expecting: .confirm, context: ctx).intent == .confirm)
        #expect(matcher.understand("marimba", locale: "en", expecting: .confirm, context: ctx).intent == .confirm)
        #expect(matcher.catalogue.locales.filter { $0 == "en" }.count == 1)
    }
}
