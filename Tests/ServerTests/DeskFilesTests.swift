import Catalogues
import Foundation
@testable import Server
import Testing

@Suite("The dashboard's files and a business's own")
struct DeskFilesTests {
    @Test("an own en.yaml from an older release changes its words and keeps the deposit pages' words added since")
    func olderOwnWords() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("own-dashboard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("text"), withIntermediateDirectories: true)
        try "web_title: \"Book with us\"\n".write(to: dir.appendingPathComponent("text/en.yaml"), atomically: true, encoding: .utf8)
        let files = try DeskFiles.load(files: try CatalogueFiles.resolve(.dashboard, settings: ["SLOTKEEPER_DASHBOARD_DIR": dir.path]))
        let words = files.words("en")
        #expect(words["web_title"] == "Book with us")
        #expect(words["pay_paid_title"] == "Your deposit is paid")
        #expect(PaymentPageText(files: files, locale: "en").productName == "Deposit: {service}, {when_short}")
        #expect(files.locales.count == 8)
    }
}
