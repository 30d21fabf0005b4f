import Foundation
import Support

/// Runs a declared operation: its cross-field rule, the request its declaration describes, and the check of
/// the answer against the declared answer schema. Params have already been checked against the declared
/// param schemas by the time a call gets here (the sidecar's dispatcher does it for every method).
extension PluralGateway {
    /// `idempotencyKey` is sent as `Idempotency-Key` on operations that move money, the same on every attempt
    /// of this call; a fresh one is made when the caller gives none. Money-moving methods come here through
    /// `execute` (`Idempotency/MoneyCall.swift`), which keys, journals and reconciles them.
    public func call(_ op: PluralOperation, _ params: JSONObject, idempotencyKey: String? = nil, requestID: String? = nil) async throws -> JSONValue {
        if let rule = op.rule { try rule(Params(params)) }
        if let sender = op.sender {
            let answer = try await sender(self, params)
            try checkAnswer(answer, of: op, httpStatus: 200)
            return answer
        }
        var call = try request(op, params, maxUploadBytes: op.upload == nil ? 0 : client.config.maxUploadBytes())
        if op.movesMoney { call.idempotencyKey = idempotencyKey ?? UUID().uuidString.lowercased() }
        call.requestID = requestID
        let sent = try await client.send(call)
        // The orders API wraps answers in `{"data": …}` and the checkout API does not; either form is accepted
        // for every call, so an answer is judged by its content rather than its envelope.
        let subject: JSONValue
        if !op.binaryAnswer, case .object(let data)? = sent.json["data"] { subject = .object(data) } else { subject = sent.json }
        try checkAnswer(subject, of: op, httpStatus: sent.status)
        return subject
    }

    /// The HTTP request an operation's declaration makes of these params.
    func request(_ op: PluralOperation, _ params: JSONObject, maxUploadBytes: Int = 0) throws(ValidationError) -> APICall {
        guard let route = op.route(for: params) else {
            let names = op.routes.compactMap(\.pathParams.first)
            let alternatives = names.dropFirst().joined(separator: " or ")
            throw ValidationError(field: names.first ?? "params", reason: alternatives.isEmpty ? "is required" : "is required (or give \(alternatives))")
        }
        var path = ""
        for segment in route.path.split(separator: "/") {
            if segment.hasPrefix("{"), let value = params[String(segment.dropFirst().dropLast())] {
                path += "/" + Self.segment(Self.text(value))
            } else {
                path += "/" + segment
            }
        }
        let inPath = Set(route.pathParams), inQuery = Set(op.query)
        var query: [String] = []
        var body = JSONObject()
        for m in params.members where !inPath.contains(m.key) && !m.value.isNull && m.key != PluralOperation.idempotencyKey {
            if inQuery.contains(m.key) {
                query.append("\(Self.queryEscape(m.key))=\(Self.queryEscape(Self.text(m.value)))")
            } else if op.routes.contains(where: { $0.pathParams.contains(m.key) }) {
                continue  // the other route's path param (e.g. the reference when the id was given): not body
            } else {
                body[m.key] = op.wireValue(m.key, m.value)
            }
        }
        if !query.isEmpty { path += "?" + query.joined(separator: "&") }
        // An operation that declares no body members (cancel, GETs) sends none at all.
        let sendsBody = !op.bodyParams.isEmpty || op.passesThroughParams
        var call = APICall(name: op.name, method: route.method, host: op.host, path: path, body: sendsBody && route.method != "GET" ? .object(body) : nil,
                           retry: op.retry)
        call.binaryAnswer = op.binaryAnswer
        // A bulk create whose body is a bare array: that param's value is the body.
        if let whole = op.wholeBody { call.body = params[whole] }
        // A file goes as multipart/form-data: the file as the part of its param's name, the rest as text parts.
        if let name = op.upload {
            let file = try FileUpload.read(params, name, limit: maxUploadBytes)
            let fields = body.members.filter { $0.key != name }.map { (name: $0.key, value: $0.value.stringValue ?? JSONWriter.string($0.value)) }
            let form = Multipart.encode(fields: fields, fileField: name, file: file)
            call.body = nil
            call.rawBody = form.body
            call.contentType = form.contentType
        }
        return call
    }

    /// An upload's file, checked before anything else happens to the call (a money-moving one takes no key for it).
    func checkUpload(_ op: PluralOperation, _ params: JSONObject) throws {
        guard let name = op.upload else { return }
        _ = try FileUpload.read(params, name, limit: client.config.maxUploadBytes())
    }

    /// The answer as received must match the declared answer schema: a status Plural added later passes, a
    /// fractional amount or a missing id does not (-32005).
    func checkAnswer(_ answer: JSONValue, of op: PluralOperation, httpStatus: Int) throws {
        guard case .object = answer else {
            throw GatewayError.malformedAnswer(httpStatus: httpStatus, reason: "the answer is not a JSON object")
        }
        if let bad = Self.nonIntegerAmount(in: answer, path: "") {
            throw GatewayError.malformedAnswer(httpStatus: httpStatus, reason: "\(bad) is not an integer number of paise")
        }
        do throws(SchemaValidator.Failure) {
            try Self.validator.validate(answer, op.answer, path: "")
        } catch {
            throw GatewayError.malformedAnswer(httpStatus: httpStatus, reason: "the answer does not match the \(op.resultName) shape: \(error.field.isEmpty ? "the answer" : error.field) \(error.reason)")
        }
    }

    static let validator = SchemaValidator()

    /// A path or query value as text: strings as they are, integers as written.
    static func text(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return s
        case .number(let n): return n.text
        case .bool(let b): return b ? "true" : "false"
        default: return ""
        }
    }

    static func queryEscape(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
