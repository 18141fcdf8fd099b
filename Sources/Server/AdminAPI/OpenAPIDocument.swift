import Foundation
import Hummingbird

/// `GET /openapi.yaml`: the OpenAPI 3.1 description of the admin API, shipped with the server as a resource
/// (Sources/Server/openapi.yaml) so a built binary serves it from any working directory.
enum OpenAPIDocument {
    /// The document's bytes, read once; nil when the resource bundle was not installed beside the binary.
    static let bytes: [UInt8]? = Bundle.module.url(forResource: "openapi", withExtension: "yaml")
        .flatMap { try? Data(contentsOf: $0) }.map { Array($0) }

    static func response() -> Response {
        guard let bytes else {
            return APIProblem(.internalServerError, "internal-error", title: "The API description is missing",
                              detail: "openapi.yaml was not installed with the server (the SlotKeeper_Server.resources folder beside the binary)").response.http
        }
        return Response(status: .ok, headers: [.contentType: "application/yaml"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
