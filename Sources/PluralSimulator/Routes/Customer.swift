import Foundation
import Plural
import Support

/// What happens on the customer's side of a payment, which a merchant's server never sees directly:
/// the customer completes (or fails) the challenge, and Plural redirects them back with signed fields.
extension PluralSimulator {
    /// The customer's choices. Every one but success ends the payment, each with its own error as Plural reports it.
    public enum PayOutcome: String, Sendable, CaseIterable {
        case success, failure, cancelled, expired

        /// The error a failed payment carries (nil for success).
        var error: (code: String, message: String)? {
            switch self {
            case .success: return nil
            case .failure: return ("USER_AUTHENTICATION_FAILED", "Consumer Authentication Failed")
            case .cancelled: return ("PAYMENT_CANCELLED", "Payment cancelled by the customer")
            case .expired: return ("PAYMENT_EXPIRED", "The UPI collect request expired before it was approved")
            }
        }
        /// The order's status after it: a customer's cancel cancels the order; the rest fail it.
        var failedStatus: String { self == .cancelled ? "CANCELLED" : "FAILED" }
    }

    /// Moves a PENDING order on as if the customer paid (or failed to), and returns the fields Plural
    /// would post to the merchant's return URL, signed with the merchant's secret key.
    public func pay(orderID: String, outcome: PayOutcome) -> Result<JSONValue, SimulatorFailure> {
        let now = Self.now()
        let result = state.withLock { s -> Result<SimOrder, SimulatorFailure> in
            guard var o = s.orders[orderID] else { return .failure(SimulatorFailure(code: "ORDER_NOT_FOUND", message: "Order \(orderID) was not found.")) }
            // A customer may cancel before choosing how to pay; every other outcome needs a payment.
            guard o.status == "PENDING" || (outcome == .cancelled && o.status == "CREATED") else {
                return .failure(SimulatorFailure(code: "INVALID_ORDER_STATE", message: "Only a PENDING order (one with a payment) can be paid; this one is \(o.status)."))
            }
            switch outcome {
            case .success:
                o.status = o.preAuth ? "AUTHORIZED" : "PROCESSED"
                if !o.preAuth { o.captured = o.amount }
                for i in o.payments.indices {
                    o.payments[i].status = o.status
                    o.payments[i].updatedAt = now
                    o.payments[i].acquirer = ["approval_code": "000000", "acquirer_reference": .string(String(Int.random(in: 100_000_000_000...999_999_999_999))),
                                              "rrn": .string(String(Int.random(in: 100_000_000_000...999_999_999_999)))]
                    if !o.preAuth {
                        o.payments[i].captures.append(["merchant_capture_reference": .string("auto-\(o.id)"),
                                                       "capture_amount": ["value": .number(JSONNumber(o.payments[i].amount)), "currency": .string(o.currency)],
                                                       "created_at": .string(now)])
                    }
                }
            case .failure, .cancelled, .expired:
                let error = outcome.error!
                o.status = outcome.failedStatus
                for i in o.payments.indices {
                    o.payments[i].status = outcome == .cancelled ? "CANCELLED" : "FAILED"
                    o.payments[i].updatedAt = now
                    o.payments[i].errorDetail = ["code": .string(error.code), "message": .string(error.message)]
                }
            }
            o.updatedAt = now
            s.orders[orderID] = o
            return .success(o)
        }
        switch result {
        case .failure(let f): return .failure(f)
        case .success(let o):
            announce(o)
            var fields: JSONObject = ["order_id": .string(o.id), "payment_status": .string(o.status)]
            if let error = outcome.error {
                fields["error_code"] = .string(error.code)
                fields["error_message"] = .string(error.message)
            }
            fields["signature"] = .string(signCallback(fields))
            return .success(.object(fields))
        }
    }

    /// The v3 redirect-callback signature: fields sorted by key, `k=v` joined with `&`, HMAC-SHA256 under the
    /// hex-decoded secret key, upper-case hex.
    func signCallback(_ fields: JSONObject) -> String {
        let message = fields.members.filter { $0.key != "signature" }.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
            .map { "\($0.key)=\($0.value.stringValue ?? JSONWriter.string($0.value))" }.joined(separator: "&")
        return Hex.encode(secretKey.mac(message), uppercase: true)
    }
}

/// A refusal from a simulator control call (`simulator.pay` on an order that cannot be paid…).
public struct SimulatorFailure: Error, Sendable, Equatable {
    public let code: String
    public let message: String
}
