// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "SlotKeeper",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "slotkeeper", targets: ["slotkeeper"]),
        .library(name: "BookingCore", targets: ["BookingCore"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "BookingImport", targets: ["BookingImport"]),
        .library(name: "Catalogues", targets: ["Catalogues"]),
        .library(name: "Intents", targets: ["Intents"]),
        .library(name: "Dialogs", targets: ["Dialogs"]),
        .library(name: "Conversation", targets: ["Conversation"]),
        .library(name: "Channels", targets: ["Channels"]),
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "Server", targets: ["Server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // The business's world: pure values and rules, no I/O, no clock.
        .target(name: "BookingCore"),
        // The BookingStore protocol and its SQL implementation, on SQLite (GRDB) or PostgreSQL (PostgresNIO).
        .target(name: "Store", dependencies: [
            "BookingCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // Reading YAML and CSV import files into a checked batch.
        .target(name: "BookingImport", dependencies: [
            "BookingCore", "Store",
            .product(name: "Yams", package: "Yams"),
        ]),
        // The release's intents/, dialogs/ and dashboard/ built into the program, and a business's own folder over them.
        .target(name: "Catalogues", plugins: ["EmbedCatalogues"]),
        .executableTarget(name: "CatalogueEmbedder"),
        .plugin(name: "EmbedCatalogues", capability: .buildTool(), dependencies: ["CatalogueEmbedder"]),
        // Reply understanding: normalisation, the matcher loaded from intents/,
        // time expressions. Pure: reads files only when asked to load a catalogue.
        .target(name: "Intents", dependencies: [
            "BookingCore", "Catalogues",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Every message the bot sends: the catalogue loaded from dialogs/, rendering per locale and channel, SMS segments.
        .target(name: "Dialogs", dependencies: [
            "BookingCore", "Catalogues",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The conversation state machine: decide(state, event, context, now) -> (state, effects). Pure.
        .target(name: "Conversation", dependencies: ["BookingCore", "Intents", "Dialogs"]),
        // libcurl for SMTP and IMAP: the system library, with typed wrappers for its variadic calls.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // One adapter per channel: inbound parsing and authentication, outbound sending, delivery status.
        .target(name: "Channels", dependencies: [
            "BookingCore", "CCurl",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Wiring: the pipeline, durable jobs, the outbox dispatcher, waitlist refill, escalation routing.
        .target(name: "Engine", dependencies: [
            "BookingCore", "Store", "Intents", "Dialogs", "Conversation", "Channels",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // HTTP: provider webhooks, the admin API, the staff dashboard (templates and text in dashboard/), /healthz.
        .target(name: "Server", dependencies: [
            "BookingCore", "Catalogues", "Store", "Engine", "Channels", "Conversation", "Dialogs",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ], resources: [.copy("openapi.yaml")]),
        .executableTarget(name: "slotkeeper", dependencies: [
            "BookingCore", "Catalogues", "Store", "BookingImport", "Intents", "Dialogs", "Conversation", "Channels", "Engine", "Server",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "BookingCoreTests", dependencies: ["BookingCore"]),
        // The database a test's store lives in: SQLite, or PostgreSQL when a test server is named.
        .target(name: "TestDatabases", dependencies: ["Store"], path: "Tests/TestDatabases"),
        .testTarget(name: "StoreTests", dependencies: [
            "Store", "BookingCore", "TestDatabases",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "DialogsTests", dependencies: ["Dialogs", "BookingCore", "Catalogues"]),
        .testTarget(name: "BookingImportTests", dependencies: ["BookingImport", "Store", "BookingCore", "TestDatabases"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "IntentsTests", dependencies: ["Intents", "Catalogues"]),
        .testTarget(name: "ConversationTests", dependencies: ["Conversation", "Intents", "Dialogs", "BookingCore"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "Channels", "Conversation", "Store", "BookingCore", "Intents", "Dialogs",
                                                       "TestDatabases"]),
        // Fake provider APIs on loopback that record what was sent and can be told to fail; shared by the test targets.
        .target(name: "ProviderFakes", dependencies: [
            "Channels",
            .product(name: "Hummingbird", package: "hummingbird"),
        ], path: "Tests/ProviderFakes"),
        // Each adapter against its fake provider.
        .testTarget(name: "ChannelsTests", dependencies: [
            "Channels", "BookingCore", "ProviderFakes",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "ServerTests", dependencies: [
            "Server", "Engine", "Channels", "Store", "BookingCore", "Intents", "Dialogs", "Conversation", "ProviderFakes", "TestDatabases",
            .product(name: "Yams", package: "Yams"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        // Runs the built `slotkeeper` binary the way a user does.
        .testTarget(name: "CommandLineTests", dependencies: [
            "Store", "Channels", "ProviderFakes", "TestDatabases",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
