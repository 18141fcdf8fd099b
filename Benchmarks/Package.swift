// swift-tools-version:6.1
// Benchmarks live in their own package so they never slow the main build.
// Run: cd Benchmarks && swift package --allow-writing-to-package-directory benchmark
import PackageDescription

let package = Package(
    name: "SlotKeeperBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        // Named, so the identity does not depend on the checkout folder name.
        .package(name: "SlotKeeper", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "BookingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BookingCore", package: "SlotKeeper"),
                .product(name: "Store", package: "SlotKeeper"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/BookingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "IntentsBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Intents", package: "SlotKeeper"),
            ],
            path: "Benchmarks/IntentsBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BookingCore", package: "SlotKeeper"),
                .product(name: "Store", package: "SlotKeeper"),
                .product(name: "Intents", package: "SlotKeeper"),
                .product(name: "Dialogs", package: "SlotKeeper"),
                .product(name: "Engine", package: "SlotKeeper"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
