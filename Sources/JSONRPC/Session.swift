import Dispatch
import Support

/// Where a session's answers go: one whole line per call (the session adds nothing; the output adds '\n').
public protocol LineOutput: Sendable {
    func writeLine(_ bytes: [UInt8])
}

/// One JSON-RPC stream (stdin/stdout, or one socket connection): turns incoming lines into calls on the
/// method table and writes each answer as soon as it is ready.
///
/// `receive(line:)` is called from a single reading thread. Immediate methods answer on that thread;
/// async ones run as tasks, bounded by the process-wide `InFlight`.
public final class Session: Sendable {
    public let table: MethodTable
    public let output: LineOutput
    public let inFlight: InFlight
    public let maxLineBytes: Int
    private let log: Logger
    /// Work of this session only, so a closing connection can wait for its own answers.
    private let mine = DispatchGroup()
    /// Encoded answers of `.constant` handlers, by method name (filled on first use).
    private let constants = Locked<[String: [UInt8]]>([:])
    /// This reading thread's call counts (nil when PLURAL_METRICS=off).
    private let shard: CallShard?
    private let metrics: CallMetrics
    /// This session's own bound on calls running at once (socket connections), beside the process-wide one:
    /// one client cannot take every slot.
    private let ownSlots: DispatchSemaphore?
    /// Async calls not yet answered, so a shutdown deadline can answer them.
    private let unanswered = Locked(Unanswered())

    struct Unanswered {
        var next: UInt64 = 0
        var calls: [UInt64: (method: String, id: RequestID?, done: @Sendable ([UInt8]?) -> Void)] = [:]
    }

    public init(table: MethodTable, output: LineOutput, inFlight: InFlight, maxLineBytes: Int, maxInFlight: Int? = nil,
                log: Logger = .shared) {
        ownSlots = maxInFlight.map { DispatchSemaphore(value: max(1, $0)) }
        self.table = table
        self.output = output
        self.inFlight = inFlight
        self.maxLineBytes = maxLineBytes
        self.log = log
        metrics = Metrics.shared.calls
        shard = metrics.newShard()
    }

    deinit {
        if let shard { metrics.retire(shard) }
    }

    /// Counts an answer given on the reading thread.
    @inline(__always)
    private func counted(_ slot: Int, _ code: Int?, since start: UInt64) {
        guard let shard else { return }
        shard.record(slot: slot, outcome: metrics.outcomeSlot(code: code), nanoseconds: CallClock.coarse() &- start)
    }

    /// One complete line, without its line ending.
    public func receive(line: UnsafeRawBufferPointer) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(buffer: line)
        } catch {
            log.debug("unparseable request line", ["reason": .string(error.reason), "bytes": .int(line.count)])
            writeError(.null, RPCError(.parseError, "Parse error: \(error.reason) at byte \(error.offset)."))
            if shard != nil { counted(metrics.unknownSlot, ErrorCode.parseError.rawValue, since: CallClock.coarse()) }
            return
        }
        if case .array(let elements) = value {
            receiveBatch(elements)
        } else {
            switch Message.classify(value) {
            case .invalid(let id, let reason):
                writeError(id, RPCError(.invalidRequest, "Invalid Request: \(reason)."))
                if shard != nil { counted(metrics.unknownSlot, ErrorCode.invalidRequest.rawValue, since: CallClock.coarse()) }
            case .request(let request):
                run(request) { [output] bytes in if let bytes { output.writeLine(bytes) } }
            }
        }
    }

    /// A line longer than the limit: answered, and skipped without ever being held whole. When the line
    /// starts like a request with its id near the front, the error carries that id so the caller's pending
    /// call is not left waiting; otherwise the id is null, as the spec requires.
    public func receiveOversizedLine(prefix: [UInt8] = []) {
        log.warn("request line over the limit skipped", ["limit": .int(maxLineBytes)])
        if shard != nil { counted(metrics.unknownSlot, ErrorCode.invalidRequest.rawValue, since: CallClock.coarse()) }
        writeError(IDSniffer.id(in: prefix) ?? .null, RPCError(.invalidRequest, "Invalid Request: the line exceeds the \(maxLineBytes)-byte limit and was skipped.",
                                   data: ["limit": .int(maxLineBytes)]))
    }

    /// Waits for every call this session started to be answered.
    public func waitForOutstanding(deadline: DispatchTime = .distantFuture) -> Bool {
        mine.wait(timeout: deadline) == .success
    }

    /// True while any async call of this session is running.
    public var hasCallsRunning: Bool { unanswered.withLock { !$0.calls.isEmpty } }

    /// Answers every call still running with the table's shutdown error (their own answers, if they come,
    /// are dropped). Returns how many were answered.
    @discardableResult
    public func answerUnfinished() -> Int {
        let calls = unanswered.withLock { u in defer { u.calls.removeAll() }; return Array(u.calls.values) }
        for call in calls {
            call.done(call.id.map { Self.encodeError($0, table.shutdownError(method: call.method)) })
        }
        return calls.count
    }

    private func writeError(_ id: RequestID, _ error: RPCError) {
        output.writeLine(Self.encodeError(id, error))
    }

    // MARK: batches

    private func receiveBatch(_ elements: [JSONValue]) {
        if elements.isEmpty {
            writeError(.null, RPCError(.invalidRequest, "Invalid Request: an empty batch."))
            if shard != nil { counted(metrics.unknownSlot, ErrorCode.invalidRequest.rawValue, since: CallClock.coarse()) }
            return
        }
        // The batch answer is one array written when its last member finishes; notifications take no slot.
        let collector = BatchCollector(output: output)
        collector.expect(1)  // held until every element is started, so an early finisher cannot flush it
        for element in elements {
            switch Message.classify(element) {
            case .invalid(let id, let reason):
                collector.expect(1)
                collector.add(Self.encodeError(id, RPCError(.invalidRequest, "Invalid Request: \(reason).")))
                if shard != nil { counted(metrics.unknownSlot, ErrorCode.invalidRequest.rawValue, since: CallClock.coarse()) }
            case .request(let request):
                if request.id != nil { collector.expect(1) }
                run(request) { bytes in if let bytes { collector.add(bytes) } }
            }
        }
        collector.add(nil)
    }

    // MARK: running one call

    /// Runs a call and hands its encoded answer to `done` (nil for a notification).
    private func run(_ request: Request, done: @escaping @Sendable ([UInt8]?) -> Void) {
        let id = request.id
        guard let (handler, slot) = table.lookup(request.method) else {
            if shard != nil { counted(metrics.unknownSlot, ErrorCode.methodNotFound.rawValue, since: CallClock.coarse()) }
            done(id.map { Self.encodeError($0, RPCError(.methodNotFound, "Method not found: \(request.method).", data: ["method": .string(request.method)])) })
            return
        }
        let start = shard != nil ? CallClock.coarse() : 0
        guard case .object(let params) = request.params else {
            if shard != nil { counted(slot, ErrorCode.invalidParams.rawValue, since: start) }
            done(id.map { Self.encodeError($0, RPCError(.invalidParams, "Invalid params: \(request.method) takes named params (a JSON object).",
                                                   data: ["field": "params", "reason": "must be an object"])) })
            return
        }
        switch handler {
        case .constant(let make):
            guard let id else { if shard != nil { counted(slot, nil, since: start) }; done(nil); return }
            if let key = params.keys.first {
                if shard != nil { counted(slot, ErrorCode.invalidParams.rawValue, since: start) }
                done(Self.encodeError(id, RPCError.invalidParams(field: key, reason: "is not a parameter of \(request.method)")))
                return
            }
            let encoded = constants.withLock { cache -> [UInt8] in
                if let e = cache[request.method] { return e }
                let e = JSONWriter.bytes(make())
                cache[request.method] = e
                return e
            }
            var out: [UInt8] = []
            out.reserveCapacity(encoded.count + 48)
            ResponseEncoder.result(id: id, encoded: encoded, into: &out)
            if shard != nil { counted(slot, nil, since: start) }
            done(out)
        case .immediate(let body):
            do {
                let result = try body(params)
                if shard != nil { counted(slot, nil, since: start) }
                done(id.map { Self.encodeResult($0, result) })
            } catch {
                let rpc = table.rpcError(for: error, method: request.method)
                if shard != nil { counted(slot, rpc.code.rawValue, since: start) }
                done(id.map { Self.encodeError($0, rpc) })
            }
        case .async(let body):
            ownSlots?.wait()
            inFlight.enter()
            mine.enter()
            let token = unanswered.withLock { u -> UInt64 in
                u.next &+= 1
                u.calls[u.next] = (request.method, id, done)
                return u.next
            }
            let unanswered = self.unanswered
            let ownSlots = self.ownSlots
            let table = self.table
            let inFlight = self.inFlight
            let mine = self.mine
            let metrics: CallMetrics? = shard != nil ? self.metrics : nil
            let began = metrics != nil ? CallClock.precise() : 0
            Task {
                let answer: [UInt8]?
                var code: Int? = nil
                do {
                    let result = try await body(params)
                    answer = id.map { Self.encodeResult($0, result) }
                } catch {
                    let rpc = table.rpcError(for: error, method: request.method)
                    code = rpc.code.rawValue
                    answer = id.map { Self.encodeError($0, rpc) }
                }
                if let metrics {
                    metrics.recordShared(slot: slot, outcome: metrics.outcomeSlot(code: code), nanoseconds: CallClock.precise() &- began)
                }
                // Already answered when a shutdown deadline passed first.
                if unanswered.withLock({ $0.calls.removeValue(forKey: token) }) != nil { done(answer) }
                mine.leave()
                inFlight.leave()
                ownSlots?.signal()
            }
        }
    }

    private static func encodeResult(_ id: RequestID, _ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(128)
        ResponseEncoder.result(id: id, value, into: &out)
        return out
    }

    private static func encodeError(_ id: RequestID, _ error: RPCError) -> [UInt8] {
        var out: [UInt8] = []
        ResponseEncoder.error(id: id, error, into: &out)
        return out
    }
}

/// Gathers a batch's answers and writes them as one JSON array when the last arrives.
final class BatchCollector: Sendable {
    private struct State {
        var pending = 0
        var answers: [[UInt8]] = []
    }
    private let state = Locked(State())
    private let output: LineOutput

    init(output: LineOutput) { self.output = output }

    func expect(_ n: Int) { state.withLock { $0.pending += n } }

    /// Adds one answer (nil releases the hold taken while the batch was being started).
    func add(_ answer: [UInt8]?) {
        let finished: [[UInt8]]? = state.withLock { s in
            if let answer { s.answers.append(answer) }
            s.pending -= 1
            return s.pending == 0 ? s.answers : nil
        }
        guard let finished, !finished.isEmpty else { return }
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (k, a) in finished.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: a)
        }
        out.append(UInt8(ascii: "]"))
        output.writeLine(out)
    }
}
