import Foundation
import Plural
import Support

/// A webhook the simulator sent (or is still trying to send) to `PLURAL_SIMULATOR_WEBHOOK_URL`.
struct WebhookDelivery: Sendable {
    let id: String
    let event: String
    /// The exact bytes sent each time: redeliveries keep the id and the body, as Plural's do.
    let body: String
    var attempts = 0
    var lastStatus: Int?
    var lastError: String?
    var delivered = false

    var json: JSONValue {
        var o: JSONObject = ["webhook_id": .string(id), "event_type": .string(event), "attempts": .int(attempts), "delivered": .bool(delivered)]
        if let lastStatus { o["last_status"] = .int(lastStatus) }
        if let lastError { o["last_error"] = .string(lastError) }
        return .object(o)
    }
}

/// Every state change is told to the merchant's webhook URL, signed the official way (HMAC-SHA256 over
/// `{id}.{timestamp}.{body}` under the base64-decoded secret), and retried with the same `webhook-id` while
/// the receiver answers non-2xx or not at all.
extension PluralSimulator {
    /// Seconds before each retry. Plural retries three times; its delays are longer, compressed here so a
    /// test sees every retry within seconds.
    static let webhookRetryDelays: [Double] = [1, 2, 4]
    /// Deliveries remembered for `simulator.webhooks` (oldest dropped first).
    static let webhookHistory = 1000
    static let webhookTransport = CurlTransport(maxConnectionsPerHost: 4)

    /// The event an order's new status is announced with; a failed order also says its payment failed.
    static func events(for status: String, type: String) -> [String] {
        if type == "REFUND" { return status == "PROCESSED" ? ["REFUND_PROCESSED"] : status == "FAILED" ? ["REFUND_FAILED"] : [] }
        switch status {
        case "AUTHORIZED": return ["ORDER_AUTHORIZED"]
        case "PROCESSED": return ["ORDER_PROCESSED"]
        case "CANCELLED": return ["ORDER_CANCELLED"]
        case "FAILED": return ["PAYMENT_FAILED", "ORDER_FAILED"]
        default: return []
        }
    }

    /// Announces an order's state after a change (nothing when no webhook URL is set).
    func announce(_ order: SimOrder) {
        for event in Self.events(for: order.status, type: order.type) { deliver(event, order.json(merchantID: settings.merchantID)) }
    }

    /// Sends one event (`{event_type, data}`, as Plural posts it), retried with the same webhook-id.
    func deliver(_ event: String, _ data: JSONValue) {
        guard let url = settings.webhookURL else { return }
        let body = JSONWriter.string(["event_type": .string(event), "data": data])
        let id = "msg_" + Self.randomToken().dropFirst(4).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        state.withLock { s in
            s.webhooks.append(WebhookDelivery(id: id, event: event, body: body))
            if s.webhooks.count > Self.webhookHistory { s.webhooks.removeFirst(s.webhooks.count - Self.webhookHistory) }
        }
        Task.detached { [self] in
            for delay in [0] + Self.webhookRetryDelays {
                if delay > 0 { try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000)) }
                if await attemptDelivery(id, to: url) { return }
            }
        }
    }

    /// One POST of a delivery with a fresh timestamp and signature; true when the receiver answered 2xx.
    func attemptDelivery(_ id: String, to url: String) async -> Bool {
        guard let body = state.withLock({ $0.webhooks.first { $0.id == id }?.body }), let target = URL(string: url) else { return false }
        let timestamp = String(Int(Date().timeIntervalSince1970))
        let signature = settings.webhookSigner.signature(id: id, timestamp: timestamp, body: body)
        let request = HTTPRequest(method: "POST", url: target, headers: [
            ("Content-Type", "application/json"), ("webhook-id", id), ("webhook-timestamp", timestamp), ("webhook-signature", "v1,\(signature)"),
        ], body: Array(body.utf8))
        var status: Int? = nil
        var failure: String? = nil
        do { status = try await Self.webhookTransport.send(request, timeout: 10).status } catch { failure = error.reason.rawValue }
        let ok = status.map { (200..<300).contains($0) } ?? false
        state.withLock { s in
            guard let i = s.webhooks.firstIndex(where: { $0.id == id }) else { return }
            s.webhooks[i].attempts += 1
            s.webhooks[i].lastStatus = status
            s.webhooks[i].lastError = failure
            s.webhooks[i].delivered = s.webhooks[i].delivered || ok
        }
        return ok
    }

    /// Every delivery, oldest first: event, attempts, last status.
    public func webhookDeliveries() -> JSONValue {
        ["deliveries": .array(state.withLock { $0.webhooks.map(\.json) })]
    }

    /// Sends one delivery again, same id and body (a replay to rehearse), and answers it after that attempt.
    public func redeliver(webhookID: String) async -> JSONValue? {
        guard let url = settings.webhookURL, state.withLock({ s in s.webhooks.contains { $0.id == webhookID } }) else { return nil }
        _ = await attemptDelivery(webhookID, to: url)
        return state.withLock { s in s.webhooks.first { $0.id == webhookID }?.json }
    }
}
