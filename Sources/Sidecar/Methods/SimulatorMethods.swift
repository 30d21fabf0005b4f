import JSONRPC
import Plural
import PluralSimulator
import Support

/// Methods that drive the built-in simulator. Served only with `PLURAL_ENV=simulator`; elsewhere they
/// answer -32601, so nothing can fake a payment against a real gateway.
enum SimulatorPay: SidecarMethod {
    static let name = "simulator.pay"
    static let tag = "simulator"
    static let summary = "(simulator only) Complete or fail the customer's side of a payment; answers the signed return-URL fields."
    static let description = "Give order_id for a v3 order (answers order_id, payment_status, signature) or unique_merchant_txn_id for a v2 acceptPayment transaction (answers the v2 callback fields with dia_secret)."
    static let params = [
        Param("order_id", Schema.string("A v3 order with a payment (PENDING).")),
        Param("unique_merchant_txn_id", Schema.string("A v2 transaction started with acceptPayment.")),
        Param("outcome", Schema.enumeration(PluralSimulator.PayOutcome.allCases.map(\.rawValue), "Default success.")),
    ]
    static let resultName = "callback"
    static let result = Schema.ref("Callback")

    static func handler(_ c: MethodContext) -> RPCHandler {
        guard let sim = c.simulator else { return SimulatorOnly.refuse(name) }
        return .immediate { params in
            let p = Params(params)
            let outcome = try p.has("outcome") ? PluralSimulator.PayOutcome(rawValue: p.enumeration("outcome", PluralSimulator.PayOutcome.allCases.map(\.rawValue)))! : .success
            let result: Result<JSONValue, SimulatorFailure>
            if p.has("unique_merchant_txn_id") {
                result = sim.payLegacy(uniqueMerchantTxnID: try p.string("unique_merchant_txn_id"), outcome: outcome)
            } else {
                result = sim.pay(orderID: try p.string("order_id"), outcome: outcome)
            }
            switch result {
            case .success(let fields): return fields
            case .failure(let f):
                throw RPCError(.gatewayError, f.message, data: ["http_status": f.code.hasSuffix("NOT_FOUND") ? 404 : 422, "code": .string(f.code), "message": .string(f.message)])
            }
        }
    }
}

enum SimulatorConfigure: SidecarMethod {
    static let name = "simulator.configure"
    static let tag = "simulator"
    static let summary = "(simulator only) Inject faults (\(Fault.kindNames.joined(separator: ", "))) and set token lifetime; answers stats."
    static let params = [
        Param("faults", Schema.array(Schema.object([
            "kind": Schema.enumeration(Fault.kindNames, "What goes wrong."),
            "ms": Schema.integer("For latency: milliseconds added."),
            "status": Schema.integer("For status: the HTTP status answered."),
            "bytes": Schema.integer("For large: the size of the 200 answer in bytes."),
            "chunked": Schema.boolean("For large: send it chunked, without a Content-Length."),
            "path": Schema.string("Only requests whose path starts with this."),
            "method": Schema.string,
            "times": Schema.integer("How many requests it applies to (default 1; null for always)."),
        ], required: ["kind"]))),
        Param("clear", Schema.boolean, "Remove pending faults first."),
        Param("token_ttl", Schema.integer("Lifetime in seconds of tokens issued from now on.")),
        Param("token_form", Schema.enumeration(["expires_in", "expires_at"], "Which documented token answer form to use.")),
        Param("revoke_tokens", Schema.boolean, "Invalidate every issued token."),
        Param("accept_client_secret", Schema.string("From now on accept only this client secret at the token endpoint (a credential rotation); over HTTP also a list.")),
        Param("payout_balance", ["type": "integer", "minimum": 0, "maximum": .int(Int(Params.maxPaise)), "description": "Set the payout funding account's balance (integer paise)."]),
        Param("payout_delay", ["type": "integer", "minimum": 0, "maximum": 86400, "description": "Seconds new payouts stay SCHEDULED before they are paid (default 300; 0: paid at the next read)."]),
    ]
    static let resultName = "stats"
    static let result = Schema.anyObject

    static func handler(_ c: MethodContext) -> RPCHandler {
        guard let sim = c.simulator else { return SimulatorOnly.refuse(name) }
        return .immediate { params in
            if case .array(let faults)? = params["faults"] {
                for (i, f) in faults.enumerated() where Fault.parse(f) == nil {
                    throw RPCError.invalidParams(field: "faults[\(i)]", reason: "is not a valid fault")
                }
            }
            return sim.configure(.object(params))
        }
    }
}

enum SimulatorEvents: SidecarMethod {
    static let name = "simulator.events"
    static let tag = "simulator"
    static let summary = "(simulator only) The webhook events the simulated gateway's state changes produced, oldest first ({event_type, data})."
    static let params = [Param("event_type", Schema.string("Only events of this type, e.g. SUBSCRIPTION_CHARGED."))]
    static let resultName = "events"
    static let result = Schema.object(["events": Schema.array(Schema.object(["event_type": Schema.string, "data": Schema.anyObject]))], required: ["events"])

    static func handler(_ c: MethodContext) -> RPCHandler {
        guard let sim = c.simulator else { return SimulatorOnly.refuse(name) }
        return .immediate { params in
            let wanted = params["event_type"]?.stringValue
            return ["events": .array(sim.events().filter { e in wanted.map { e["event_type"]?.stringValue == $0 } ?? true })]
        }
    }
}

enum SimulatorOnly {
    static func refuse(_ name: String) -> RPCHandler {
        .immediate { _ in
            throw RPCError(.methodNotFound, "Method not found: \(name) is served only when PLURAL_ENV=simulator.", data: ["method": .string(name)])
        }
    }
}

enum SimulatorWebhooks: SidecarMethod {
    static let name = "simulator.webhooks"
    static let tag = "simulator"
    static let summary = "(simulator only) The webhooks sent to PLURAL_SIMULATOR_WEBHOOK_URL, oldest first: event, attempts, last status."
    static let params: [Param] = []
    static let resultName = "deliveries"
    static let result = Schema.object(["deliveries": Schema.array(delivery)], required: ["deliveries"])
    static let delivery = Schema.object([
        "webhook_id": Schema.string("The webhook-id header: the same on every attempt and redelivery."),
        "event_type": Schema.string("E.g. ORDER_PROCESSED."),
        "attempts": Schema.integer("POSTs made so far (the first and up to three retries, plus redeliveries)."),
        "delivered": Schema.boolean("Some attempt was answered 2xx."),
        "last_status": Schema.integer("The last attempt's HTTP status; absent when it got no answer."),
        "last_error": Schema.string("timeout, connect or reset when the last attempt got no answer."),
    ], required: ["webhook_id", "event_type", "attempts", "delivered"])

    static func handler(_ c: MethodContext) -> RPCHandler {
        guard let sim = c.simulator else { return SimulatorOnly.refuse(name) }
        return .immediate { _ in sim.webhookDeliveries() }
    }
}

enum SimulatorRedeliver: SidecarMethod {
    static let name = "simulator.redeliver"
    static let tag = "simulator"
    static let summary = "(simulator only) Send one webhook again with the same webhook-id and body (a replay), and answer the delivery after that attempt."
    static let params = [Param("webhook_id", required: true, Schema.string("From simulator.webhooks."))]
    static let resultName = "delivery"
    static let result = SimulatorWebhooks.delivery
    static let errors: [ErrorCode] = [.gatewayError]

    static func handler(_ c: MethodContext) -> RPCHandler {
        guard let sim = c.simulator else { return SimulatorOnly.refuse(name) }
        return .async { params in
            let id = try Params(params).string("webhook_id")
            guard let delivery = await sim.redeliver(webhookID: id) else {
                throw RPCError(.gatewayError, "No webhook \(id) was sent (or PLURAL_SIMULATOR_WEBHOOK_URL is not set).",
                               data: ["http_status": 404, "code": "WEBHOOK_NOT_FOUND", "message": .string("No webhook \(id).")])
            }
            return delivery
        }
    }
}
