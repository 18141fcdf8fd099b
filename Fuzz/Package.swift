// swift-tools-version:6.1
// libFuzzer targets, in their own package so the main build never carries the instrumentation.
// Build and run them with scripts/fuzz (see docs/reliability.md): each target is built with AddressSanitizer and
// libFuzzer's coverage, linked to libFuzzer without its main, and started through FuzzSupport.
import PackageDescription

let package = Package(
    name: "SlotKeeperFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "SlotKeeper", path: ".."),
    ],
    targets: [
        // Starts libFuzzer with a target's test function.
        .target(name: "FuzzSupport"),
        // The SMS webhook's form body, read and written back, and its signature.
        .executableTarget(name: "FuzzSMSWebhook", dependencies: ["FuzzSupport", .product(name: "Channels", package: "SlotKeeper")]),
        // The admin API's JSON body reader (duplicate members, types).
        .executableTarget(name: "FuzzAdminJSON", dependencies: ["FuzzSupport", .product(name: "Server", package: "SlotKeeper")]),
        // An e-mail reply as the mailbox gives it: MIME, headers, charsets, quoted text.
        .executableTarget(name: "FuzzEmail", dependencies: ["FuzzSupport", .product(name: "Channels", package: "SlotKeeper")]),
        // A client's reply: the normaliser, the matcher and the time resolver, in each language.
        .executableTarget(name: "FuzzReply", dependencies: ["FuzzSupport", .product(name: "Intents", package: "SlotKeeper")]),
        // An import file, YAML or CSV.
        .executableTarget(name: "FuzzImport", dependencies: ["FuzzSupport", .product(name: "BookingImport", package: "SlotKeeper")]),
    ],
    swiftLanguageModes: [.v6]
)
