import Plural
import Support

/// The legacy v1/v2 endpoints (accept payment, inquiry/refund, order token).
extension PluralSimulator {
    func legacy(_ request: HTTPRequest) -> HTTPResponse {
        Self.error(404, "NOT_FOUND", "Legacy endpoint \(request.path) is not simulated yet.")
    }
}
