import Engine
import Foundation
import Logging
import ServiceLifecycle

/// Runs due jobs and sends due messages every second until shutdown; in-flight work finishes first.
public struct EngineLoop: Service {
    let engine: Engine
    let logger: Logger
    let heartbeats: Heartbeats?

    public init(engine: Engine, logger: Logger, heartbeats: Heartbeats? = nil) {
        self.engine = engine
        self.logger = logger
        self.heartbeats = heartbeats
        // A tick sends serially with 15-second provider deadlines: a burst or an outage can hold one tick for a minute.
        heartbeats?.register("engine", every: .seconds(60))
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            heartbeats?.beat("engine")
            do {
                try await engine.settle()
            } catch is CancellationError where Task.isCancelled || Task.isShuttingDownGracefully {
                // Stopping (a failed start-up included): the loop's condition ends it; nothing failed. A cancellation
                // while running is logged below and the loop goes on, as any other failed tick.
            } catch {
                logger.error("engine tick failed: \(error)")
            }
            try? await Task.sleep(for: .seconds(1))
        }
        logger.info("engine loop stopped")
    }
}
