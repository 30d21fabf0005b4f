import Foundation
import Plural
import Support

extension PluralSimulator {
    /// Serves this simulator over HTTP on 127.0.0.1 (`plural-sidecar simulate --port N`), so any Plural
    /// client, the sidecar's own URLSession path included, can be pointed at it with `PLURAL_API_URL`.
    public func serve(port: UInt16) throws -> HTTPServer {
        let server = HTTPServer(host: "127.0.0.1", port: port) { [self] request in await handle(request) }
        let bound = try server.start()
        publicBaseURL = "http://127.0.0.1:\(bound)"
        return server
    }
}
