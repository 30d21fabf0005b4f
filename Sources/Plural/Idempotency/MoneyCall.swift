import Foundation
import Support

/// Every money-moving call goes through here: its key is claimed in the ledger (a repeat is answered, not sent),
/// refunds are checked against what was captured, the intent is journalled before the request leaves, and a call
/// whose answer is lost is looked up before the caller hears "unknown" (docs/JOURNAL.md).
extension PluralGateway {
    /// Runs a declared operation as its JSON-RPC method does: money-moving ones through the ledger, the rest
    /// straight to `call`.
    public func execute(_ op: PluralOperation, _ params: JSONObject) async throws -> JSONValue {
        guard op.movesMoney else { return try await call(op, params) }
        var params = params
        let explicit = params[PluralOperation.idempotencyKey]?.stringValue
        params[PluralOperation.idempotencyKey] = nil
        // A rule's refusal never takes a key.
        if let rule = op.rule { try rule(Params(params)) }
        try checkUpload(op, params)
        let requestID = UUID().uuidString.lowercased()
        guard let key = CallKey(op, params, explicit: explicit) else {
            // No key at all (a legacy refund without idempotency_key): not deduplicated, still limited and looked up.
            return try await send(op, params, key: nil, requestID: requestID)
        }
        let fingerprint = ledger.fingerprint.of(method: op.name, params)
        var ids = op.reconciliation?.identify(params) ?? JSONObject()
        let reference = op.referenceValues(in: params).first
        if let reference { ids["reference"] = .string(reference) }

        switch await ledger.claim(key, method: op.name, fingerprint: fingerprint, ids: ids, requestID: requestID, reference: reference) {
        case .proceed:
            return try await send(op, params, key: key, requestID: requestID)
        case .answer(let outcome):
            return try outcome.get()
        case .conflict(let first):
            throw IdempotencyConflict(key: key.display, method: op.name, firstMethod: first)
        case .blocked(let other):
            throw SafetyRefusal(rule: .outcomePending,
                                message: "Another \(op.name) for the same merchant reference (\(other)) has an unknown outcome; repeat that call with its key, or see pendingOutcomes, before making a new one.",
                                details: ["pending_key": .string(other)])
        case .resolve(let known):
            // A repeat of a call this process does not know the end of (unknown, or applied before a restart).
            if let r = op.reconciliation {
                let effect = await Reconciler.run(r, gateway: self, ids: known, params: params, afterTimeout: false, window: reconcileWindow)
                if case .applied(let answer?) = effect {
                    let result = Self.marked(answer)
                    await ledger.finish(key, .success(result), kind: .applied, resultIDs: Self.resultIDs(answer))
                    return result
                }
                if case .notApplied = effect {
                    ledger.reopen(key, fingerprint: fingerprint, requestID: requestID)
                    return try await send(op, params, key: key, requestID: requestID)
                }
            }
            let failure = ReconciledFailure(original: .unreachable(reason: .timeout, notSent: false, requestID: nil), outcome: "unknown",
                                            reconciled: false, key: key.display)
            await ledger.finish(key, .failure(failure), kind: .unknown)
            throw failure
        }
    }

    /// At start with a journal: looks up every call that was in flight when the last process died (or that was
    /// left unknown), all at once, and records what happened. A repeat arriving meanwhile waits for its lookup.
    public func reconcilePending() async {
        let pending = ledger.pending()
        guard !pending.isEmpty else { return }
        Logger.shared.info("journal: looking up calls whose outcome is unknown", ["count": .int(pending.count)])
        await withTaskGroup(of: Void.self) { group in
            for p in pending {
                guard let entry = ledger.takeForLookup(p.ledgerKey) else { continue }
                group.addTask { await self.settleAtStart(CallKey(ledgerKey: p.ledgerKey), entry) }
            }
        }
    }

    private func settleAtStart(_ key: CallKey, _ entry: IdempotencyLedger.Entry) async {
        let effect: Reconciliation.Effect
        if let r = OperationCatalog.named(entry.method)?.reconciliation {
            effect = await Reconciler.run(r, gateway: self, ids: entry.ids, params: nil, afterTimeout: true, window: reconcileWindow)
        } else {
            effect = .cannotTell
        }
        let lost = GatewayError.unreachable(reason: .reset, notSent: false, requestID: entry.requestID)
        switch effect {
        case .applied(let answer):
            await ledger.finish(key, answer.map { .success(Self.marked($0)) } ?? .failure(lost), kind: .applied,
                                resultIDs: answer.map(Self.resultIDs) ?? JSONObject())
        case .notApplied:
            await ledger.finish(key, .failure(ReconciledFailure(original: lost, outcome: "not_applied", reconciled: true, key: key.display)), kind: .released)
        case .cannotTell:
            await ledger.finish(key, .failure(ReconciledFailure(original: lost, outcome: "unknown", reconciled: false, key: key.display)), kind: .unknown)
        }
        Logger.shared.info("journal: looked up a call left unknown", ["method": .string(entry.method), "request_id": .string(entry.requestID ?? ""),
                                                                      "outcome": .string(Self.name(effect))])
    }

    static func name(_ e: Reconciliation.Effect) -> String {
        switch e {
        case .applied: return "applied"
        case .notApplied: return "not_applied"
        case .cannotTell: return "unknown"
        }
    }

    var reconcileWindow: Double { (try? config.reconcileTimeout()) ?? 10 }

    /// The refund limit (one refund per order at a time), the intent, the request, and what its failure means.
    private func send(_ op: PluralOperation, _ params: JSONObject, key: CallKey?, requestID: String) async throws -> JSONValue {
        guard let limit = op.refundLimit, let parent = limit.parent(params) else {
            return try await sendOnce(op, params, key: key, requestID: requestID, refund: nil)
        }
        return try await ledger.refundLocks.run(parent) {
            let allowed: AllowedRefund
            do {
                allowed = try await checkRefund(op, limit, parent: parent, params, key: key)
            } catch {
                // Refused by the limit, or its read failed: nothing was sent, so the key is free again.
                if let key { await ledger.finish(key, .failure(error), kind: .released) }
                throw Self.unsent(error)
            }
            return try await sendOnce(op, params, key: key, requestID: requestID, refund: allowed)
        }
    }

    /// A failure of the read before a refund, as the refund's own: whatever the read met, the refund was not sent.
    static func unsent(_ error: Error) -> Error {
        if case .unreachable(let reason, _, let id)? = error as? GatewayError { return GatewayError.unreachable(reason: reason, notSent: true, requestID: id) }
        return error
    }

    struct AllowedRefund { let parent: String; let paise: Int64; let ids: JSONObject }

    /// Reads what was captured and refuses a refund that would pass it, counting this sidecar's refunds of the
    /// order and those still in flight or unknown.
    private func checkRefund(_ op: PluralOperation, _ limit: RefundLimit, parent: String, _ params: JSONObject, key: CallKey?) async throws -> AllowedRefund {
        let reading = try await limit.read(self, params)
        let (local, pending) = ledger.refundTotals(parent: parent, except: key)
        let refunded = max(reading.refunded, local)
        let left = reading.captured - refunded - pending
        let requested = limit.requested(params) ?? left
        guard requested > 0, requested <= left else {
            throw SafetyRefusal(rule: .refundExceedsCaptured,
                                message: "A refund of \(requested) paise would take \(parent)'s refunds past what was captured (\(reading.captured) captured, \(refunded) refunded, \(pending) being refunded).",
                                details: ["captured": .number(JSONNumber(reading.captured)), "refunded": .number(JSONNumber(refunded)),
                                          "pending": .number(JSONNumber(pending)), "requested": .number(JSONNumber(requested))])
        }
        return AllowedRefund(parent: parent, paise: requested, ids: reading.ids)
    }

    private func sendOnce(_ op: PluralOperation, _ params: JSONObject, key: CallKey?, requestID: String, refund: AllowedRefund?) async throws -> JSONValue {
        var ids = op.reconciliation?.identify(params) ?? JSONObject()
        if let refund { for m in refund.ids { ids[m.key] = m.value } }
        if let key {
            if let refund { ledger.markRefund(key, parent: refund.parent, paise: refund.paise); ledger.addIDs(key, refund.ids) }
            do {
                try await ledger.recordIntent(key, parent: refund?.parent, paise: refund?.paise)
            } catch {
                // The intent could not be made durable: the request does not leave.
                Logger.shared.error("journal: cannot record an intent; the call is not sent", ["method": .string(op.name), "detail": .string("\(error)")])
                await ledger.finish(key, .failure(GatewayError.unreachable(reason: .connect, notSent: true, requestID: requestID)), kind: .released)
                throw GatewayError.unreachable(reason: .connect, notSent: true, requestID: requestID)
            }
        }
        do {
            let answer = try await call(op, params, idempotencyKey: key?.upstream, requestID: requestID)
            if let key { await ledger.finish(key, .success(answer), kind: .applied, resultIDs: Self.resultIDs(answer), paise: Self.refunded(answer) ?? refund?.paise) }
            return answer
        } catch {
            guard let gatewayError = error as? GatewayError, Self.isAmbiguous(error) else {
                if let key { await ledger.finish(key, .failure(error), kind: .released) }
                throw error
            }
            return try await reconcile(op, params, key: key, ids: ids, failure: gatewayError, refund: refund)
        }
    }

    /// The answer was lost: look the call up, and answer what happened.
    private func reconcile(_ op: PluralOperation, _ params: JSONObject, key: CallKey?, ids: JSONObject, failure: GatewayError,
                           refund: AllowedRefund?) async throws -> JSONValue {
        var afterTimeout = false
        if case .unreachable(.timeout, _, _) = failure { afterTimeout = true }
        let effect: Reconciliation.Effect
        if let r = op.reconciliation {
            effect = await Reconciler.run(r, gateway: self, ids: ids, params: params, afterTimeout: afterTimeout, window: reconcileWindow)
        } else {
            effect = .cannotTell
        }
        switch effect {
        case .applied(let answer?):
            let result = Self.marked(answer)
            if let key { await ledger.finish(key, .success(result), kind: .applied, resultIDs: Self.resultIDs(answer), paise: refund?.paise) }
            Logger.shared.info("reconciled: the call took effect", ["method": .string(op.name), "request_id": .string(Self.requestID(failure) ?? "")])
            return result
        case .notApplied:
            let e = ReconciledFailure(original: failure, outcome: "not_applied", reconciled: true, key: key?.display)
            if let key { await ledger.finish(key, .failure(e), kind: .released) }
            Logger.shared.info("reconciled: the call did not take effect", ["method": .string(op.name), "request_id": .string(Self.requestID(failure) ?? "")])
            throw e
        case .applied(nil), .cannotTell:
            let e = ReconciledFailure(original: failure, outcome: "unknown", reconciled: false, key: key?.display)
            if let key { await ledger.finish(key, .failure(e), kind: .unknown) }
            Logger.shared.warn("outcome unknown after lookups", ["method": .string(op.name), "request_id": .string(Self.requestID(failure) ?? "")])
            throw e
        }
    }

    /// Failures after which the gateway may have acted: no answer to a sent request, a 5xx, or a 2xx that could
    /// not be read.
    static func isAmbiguous(_ error: Error) -> Bool {
        switch error as? GatewayError {
        case .unreachable(_, let notSent, _)?: return !notSent
        case .api(let status, _, _, _, _)?: return status >= 500
        case .malformedAnswer(let status, _)?: return (200..<300).contains(status)
        default: return false
        }
    }

    static func requestID(_ e: GatewayError) -> String? {
        switch e {
        case .unreachable(_, _, let id), .api(_, _, _, _, let id): return id
        default: return nil
        }
    }

    /// An answer rebuilt by a lookup says so.
    static func marked(_ answer: JSONValue) -> JSONValue {
        guard case .object(var o) = answer else { return answer }
        o["reconciled"] = .bool(true)
        return .object(o)
    }

    /// What identifies a result in the journal (never the result itself).
    static func resultIDs(_ answer: JSONValue) -> JSONObject {
        var ids = JSONObject()
        for k in ["order_id", "payment_link_id", "parent_order_id", "ppc_PinePGTransactionID"] { if let v = answer[k], !v.isNull { ids[k] = v } }
        return ids
    }

    /// The paise a refund answer says it refunded, when it says.
    static func refunded(_ answer: JSONValue) -> Int64? {
        guard answer["type"]?.stringValue == "REFUND" else { return nil }
        return answer["order_amount"]?["value"]?.numberValue?.int64
    }
}
