import Engine
import Foundation
import Logging
import ServiceLifecycle

/// Runs due jobs and sends due messages every second until shutdown; in-flight work finishes first.
public struct EngineLoop: Service {
    let engine: Engine
    let logger: Logger

    public init(engine: Engine, logger: Logger) {
        self.engine = engine
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                try await engine.settle()
            } catch {
                logger.error("engine tick failed: \(error)")
            }
            try? await Task.sleep(for: .seconds(1))
        }
        logger.info("engine loop stopped")
    }
}
