import Foundation
import Plural
import Support

/// A stateful fake of Plural's gateway with its real shapes and rules. The same object answers the
/// sidecar in-process (`PLURAL_ENV=simulator`) and any HTTP client over loopback (`simulate --port N`).
public final class PluralSimulator: Sendable {
    public let settings: SimulatorSettings
    let state = Locked(SimState())
    let secretKey: HMACKey
    let merchantKey: HMACKey
    private let baseURL: Locked<String>

    /// Base URL put into the links the simulator returns; set to the bound address when served over HTTP.
    public var publicBaseURL: String {
        get { baseURL.current }
        set { baseURL.withLock { $0 = newValue } }
    }

    public init(settings: SimulatorSettings = SimulatorSettings()) {
        self.settings = settings
        secretKey = HMACKey(Hex.decode(settings.secretKeyHex) ?? Array(settings.secretKeyHex.utf8))
        merchantKey = HMACKey(Hex.decode(settings.merchantSecretHex) ?? Array(settings.merchantSecretHex.utf8))
        baseURL = Locked(settings.publicBaseURL)
    }

    // MARK: control

    public func addFaults(_ faults: [Fault]) { state.withLock { $0.faults.append(contentsOf: faults) } }
    public func clearFaults() { state.withLock { $0.faults.removeAll() } }
    public var tokenRequests: Int { state.withLock { $0.tokenRequests } }
    public var requestLog: [JSONValue] { state.withLock { $0.requestLog } }
    public func setTokenTTL(_ seconds: Double, form: SimulatorSettings.TokenForm? = nil) {
        state.withLock { s in s.tokenTTLOverride = seconds; if let form { s.tokenFormOverride = form } }
    }
    /// Every issued token stops working (as if Plural rotated them).
    public func revokeTokens() { state.withLock { $0.tokens.removeAll() } }

    // MARK: requests

    /// Answers one request, faults included.
    /// What it does is what a server would: answer, or misbehave as a broken network would.
    public func handle(_ request: HTTPRequest) async -> HTTPServer.Action {
        let path = request.path
        if path.hasPrefix("/_simulator/") { return .respond(control(request)) }
        // The customer's pages are not the gateway's API: no faults, no request log.
        if let page = page(request) { return .respond(page) }

        // Faults: latency adds up; the first terminal fault that matches applies.
        let (latency, terminal, after) = state.withLock { s -> (Int, Fault.Kind?, Bool) in
            s.requestCount += 1
            s.requestLog.append(Self.logEntry(request))
            if s.requestLog.count > 2000 { s.requestLog.removeFirst(s.requestLog.count - 2000) }
            var latency = 0
            var terminal: Fault.Kind? = nil
            var after = false
            var i = 0
            while i < s.faults.count {
                let f = s.faults[i]
                guard f.matches(method: request.method, path: path) else { i += 1; continue }
                if case .latency(let ms) = f.kind { latency = min(latency + ms, 600_000) } else if terminal == nil { terminal = f.kind } else { i += 1; continue }
                after = after || f.after
                if let t = f.times {
                    if t <= 1 { s.faults.remove(at: i); continue }
                    s.faults[i].times = t - 1
                }
                i += 1
            }
            return (latency, terminal, after)
        }
        // An "after" fault: the request takes effect first, then its answer is delayed or lost.
        var done: HTTPResponse? = nil
        if after { done = route(request) }
        if latency > 0 { try? await Task.sleep(nanoseconds: UInt64(latency) * 1_000_000) }
        switch terminal {
        case .status(let code, let body)?:
            let b = body.map { Array($0.utf8) } ?? JSONWriter.bytes(Self.errorBody(code: code >= 500 ? "INTERNAL_ERROR" : "INVALID_REQUEST",
                                                                                    message: "Injected fault: HTTP \(code)."))
            return .respond(HTTPResponse(status: code, headers: ["Content-Type": "application/json"], body: b))
        case .reset?: return .reset
        case .malformed?: return .respond(HTTPResponse(status: 200, headers: ["Content-Type": "text/html"], body: Array("<html>Bad Gateway</html>".utf8)))
        case .garbage?: return .raw(Array("\u{1}\u{2}NOT HTTP\r\n\r\n".utf8))
        case .unauthorized?:
            revokeTokens()
            return .respond(Self.error(401, "UNAUTHORIZED", "Invalid or expired access token."))
        case .large(let bytes, let chunked)?:
            let head = Array(#"{"data":{"order_id":"v1-large","status":"CREATED","padding":""#.utf8), tail = Array(#""}}"#.utf8)
            let body = head + [UInt8](repeating: UInt8(ascii: "x"), count: max(0, bytes - head.count - tail.count)) + tail
            guard chunked else { return .respond(HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body)) }
            var raw = Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".utf8)
            var offset = 0
            while offset < body.count {
                let n = min(16_384, body.count - offset)
                raw += Array((String(n, radix: 16) + "\r\n").utf8) + body[offset..<(offset + n)] + Array("\r\n".utf8)
                offset += n
            }
            return .raw(raw + Array("0\r\n\r\n".utf8))
        case .latency?, nil:
            return .respond(done ?? route(request))
        }
    }

    func route(_ request: HTTPRequest) -> HTTPResponse {
        let m = request.method.uppercased()
        if m == "POST" && request.path == "/api/auth/v1/token" { return issueToken(request) }
        if request.path.hasPrefix("/api/v2/") || request.path.lowercased().hasPrefix("/api/pg/") || request.path.hasPrefix("/api/v1/order/") {
            return legacy(request)
        }
        // Everything else is the v3 API and needs a valid bearer token and a Request-ID.
        if let refusal = checkHeaders(request) { return refusal }
        // The operation is found by the routes its declaration gives, and the body read and checked as it says.
        let candidates = OperationCatalog.matching(method: m, path: request.path)
        guard let (operation, ids) = candidates.first else {
            return Self.error(404, "NOT_FOUND", "No route for \(m) \(request.path).")
        }
        let body: JSONObject
        switch decodeBody(request, operation) {
        case .success(let o): body = o
        case .failure(let r): return r.response
        }
        if let refusal = checkContract(candidates.map(\.operation), body) { return refusal }
        switch operation.name {
        case "createOrder": return createOrder(body)
        case "getOrder":
            if let id = ids["order_id"] { return getOrder(id: id) }
            return getOrder(reference: ids["merchant_order_reference"] ?? "")
        case "createPayment": return createPayment(orderID: ids["order_id"] ?? "", body)
        case "capture": return capture(orderID: ids["order_id"] ?? "", body)
        case "cancel": return cancel(orderID: ids["order_id"] ?? "")
        case "refund": return refund(orderID: ids["order_id"] ?? "", body)
        case "createCheckout": return createCheckout(body)
        // One route, two uses: the body's payment_method says which.
        case "checkPointBalance", "fetchUpiVpa": return body["payment_method"] == "UPI" ? fetchVPA(body) : pointBalance(body)
        case "createPaymentLink": return createLink(body)
        case "getPaymentLink":
            if let id = ids["payment_link_id"] { return getLink(id: id) }
            return getLink(reference: ids["merchant_payment_link_reference"] ?? "")
        case "cancelPaymentLink": return cancelLink(id: ids["payment_link_id"] ?? "")
        default:
            // The recurring areas record their events under the state lock; they are delivered once it is let go.
            if let answer = recurring(operation.name, ids, body, request) ?? paymentExtras(operation.name, ids, body, request)
                ?? settlements(operation.name, ids, body, request) ?? wallets(operation.name, ids, body, request)
                ?? documents(operation.name, ids, body, request) ?? payouts(operation.name, ids, body, request) {
                let fresh = state.withLock { s -> [JSONValue] in
                    defer { s.eventsDelivered = s.events.count }
                    return Array(s.events.dropFirst(s.eventsDelivered))
                }
                for e in fresh {
                    deliver(e["event_type"]?.stringValue ?? "", e["data"] ?? .null)
                }
                return answer
            }
        }
        return Self.error(404, "NOT_FOUND", "The simulator does not implement \(operation.name) (\(m) \(request.path)).")
    }

    // MARK: helpers shared by the routes

    /// A request's query string as name → value (the first of each name).
    static func query(_ request: HTTPRequest) -> [String: String] {
        Dictionary((URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []).map { ($0.name, $0.value ?? "") },
                   uniquingKeysWith: { a, _ in a })
    }

    /// Refuses a body that Plural's definition refuses, as Plural does (400 INVALID_REQUEST naming the field):
    /// the check is the operation's own declaration, the same one the sidecar sends from, so a shape the
    /// sidecar gets wrong fails here rather than passing unnoticed.
    func checkContract(_ candidates: [PluralOperation], _ body: JSONObject) -> HTTPResponse? {
        var first: SchemaValidator.Failure? = nil
        for op in candidates {
            do throws(SchemaValidator.Failure) {
                try Self.validator.validate(.object(body), op.bodySchema, path: "")
                return nil
            } catch {
                if first == nil { first = error }
            }
        }
        guard let failure = first else { return nil }
        let message = "\(failure.field.isEmpty ? "The body" : failure.field) \(failure.reason)."
        return Self.json(400, Self.errorBody(code: "INVALID_REQUEST", message: message, reason: message))
    }

    static let validator = SchemaValidator()

    func checkHeaders(_ request: HTTPRequest) -> HTTPResponse? {
        guard let auth = request.header("Authorization"), auth.hasPrefix("Bearer ") else {
            return Self.error(401, "UNAUTHORIZED", "Authorization header with a Bearer token is required.")
        }
        let token = String(auth.dropFirst(7))
        let valid = state.withLock { s -> Bool in
            guard let exp = s.tokens[token] else { return false }
            return exp > Date().timeIntervalSince1970
        }
        guard valid else { return Self.error(401, "UNAUTHORIZED", "Invalid or expired access token.") }
        guard let rid = request.header("Request-ID"), (1...50).contains(rid.count) else {
            return Self.error(400, "INVALID_REQUEST", "Request-ID header (1-50 characters) is required.", source: "headers")
        }
        guard let ts = request.header("Request-Timestamp"), ISO8601.parse(ts) != nil else {
            return Self.error(400, "INVALID_REQUEST", "Request-Timestamp header (ISO-8601) is required.", source: "headers")
        }
        return nil
    }

    func parseBody(_ request: HTTPRequest) -> Result<JSONObject, HTTPResponseBox> {
        if request.body.isEmpty { return .success(JSONObject()) }
        guard let json = try? JSONParser.parse(request.body), case .object(let o) = json else {
            return .failure(HTTPResponseBox(Self.error(400, "INVALID_REQUEST", "The request body is not a JSON object.")))
        }
        return .success(o)
    }

    func nextID(prefix: String = "v1") -> String {
        let n = state.withLock { s -> Int in s.sequence += 1; return s.sequence }
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let suffix = String((0..<6).map { _ in letters.randomElement()! })
        let raw = String((Int(Date().timeIntervalSince1970) % 1_000_000_000) * 10 + n % 10)
        let digits = String(repeating: "0", count: max(0, 10 - raw.count)) + raw
        return "\(prefix)-\(digits)-aa-\(suffix)"
    }

    static func now() -> String { ISO8601.format(Date()) }

    static func errorBody(code: String, message: String, source: String = "request", reason: String? = nil) -> JSONValue {
        ["code": .string(code), "message": .string(message),
         "additional_error_details": ["source": .string(source), "step": "validation", "reason": .string(reason ?? message)]]
    }

    static func error(_ status: Int, _ code: String, _ message: String, source: String = "request") -> HTTPResponse {
        json(status, errorBody(code: code, message: message, source: source))
    }

    static func json(_ status: Int, _ value: JSONValue) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: JSONWriter.bytes(value))
    }

    static func logEntry(_ r: HTTPRequest) -> JSONValue {
        var o: JSONObject = ["method": .string(r.method), "path": .string(r.path)]
        for h in ["Request-ID", "Request-Timestamp", "Idempotency-Key", "User-Agent", "Content-Type", "Accept", "X-VERIFY", "Expect"] {
            if let v = r.header(h) { o[h.lowercased()] = .string(v) }
        }
        o["has_bearer"] = .bool(r.header("Authorization")?.hasPrefix("Bearer ") ?? false)
        return .object(o)
    }
}

/// `Result` needs an `Error` failure type; this carries an error answer through it.
struct HTTPResponseBox: Error { let response: HTTPResponse; init(_ r: HTTPResponse) { response = r } }

extension Result where Failure == HTTPResponseBox {
    static func failure(_ r: HTTPResponse) -> Self { .failure(HTTPResponseBox(r)) }
}
