import Foundation
import JSONRPC
import Plural
import Support

/// Builds the OpenRPC 1.3 document from `MethodCatalog.all`. The committed `protocol/openrpc.json` is this
/// document (a test fails when they differ), and the clients are generated from that file.
public enum OpenRPCDocument {
    /// `includeSimulator: false` leaves out the `simulator.*` methods (served only with PLURAL_ENV=simulator).
    public static func build(version: String, includeSimulator: Bool = true) -> JSONValue {
        var methods: [JSONValue] = []
        for m in MethodCatalog.all where includeSimulator || !m.name.hasPrefix("simulator.") {
            var o = JSONObject()
            o.append("name", .string(m.name))
            o.append("summary", .string(m.summary))
            if m.description != m.summary { o.append("description", .string(m.description)) }
            o.append("tags", [["name": .string(m.tag)]])
            o.append("paramStructure", "by-name")
            o.append("params", .array(m.params.map { p in
                var d = JSONObject()
                d.append("name", .string(p.name))
                if !p.summary.isEmpty { d.append("summary", .string(p.summary)) }
                d.append("required", .bool(p.required))
                d.append("schema", p.schema)
                return .object(d)
            }))
            o.append("result", ["name": .string(m.resultName), "schema": m.result])
            let codes: [ErrorCode] = [.invalidParams] + m.errors
            o.append("errors", .array(codes.compactMap { code in
                guard ErrorCode.catalogue.contains(where: { $0.code == code }) else { return nil }
                return ["$ref": .string("#/components/errors/\(errorName(code))")]
            }))
            if let op = m.operation {
                o.append("x-plural-operations", .array(op.routes.map { r in
                    var d: JSONObject = ["method": .string(r.method), "path": .string(r.path)]
                    if let setting = baseURLSetting(op.host) { d["base_url_setting"] = .string(setting) }
                    return .object(d)
                }))
                o.append("x-retry", .string(retryName(op.retry)))
                if op.movesMoney { o.append("x-idempotency-key", true) }
                if let reference = op.reference { o.append("x-idempotency-reference", .string(reference)) }
                // Files (docs/FILES.md): the param sent as a multipart part, and an answer that is a file.
                if let upload = op.upload { o.append("x-upload", ["param": .string(upload), "encoding": "multipart/form-data", "max_bytes_setting": "PLURAL_MAX_UPLOAD_BYTES"]) }
                if op.binaryAnswer { o.append("x-binary-answer", ["max_bytes_setting": "PLURAL_MAX_ANSWER_BYTES"]) }
                if let whole = op.wholeBody { o.append("x-body-param", .string(whole)) }
            }
            methods.append(.object(o))
        }
        var errors = JSONObject()
        for (code, _, meaning) in ErrorCode.catalogue {
            errors.append(errorName(code), ["code": .int(code.rawValue), "message": .string(meaning)])
        }
        return [
            "openrpc": "1.3.2",
            "info": [
                "title": "plural-sidecar",
                "version": .string(version),
                "description": "JSON-RPC 2.0 sidecar for Pine Labs' Plural gateway. Newline-delimited JSON-RPC over stdin/stdout or a Unix socket. Amounts are integer paise.",
                "license": ["name": "Proprietary"],
            ],
            "methods": .array(methods),
            "components": ["schemas": .object(Components.all), "errors": .object(errors)],
        ]
    }

    /// Adds one example pairing per method from `protocol/examples/<method>.json` (`{method, params, result}`,
    /// recorded from simulator runs by `protocol/examples/record.py`).
    public static func addingExamples(_ document: JSONValue, from directory: String) throws -> JSONValue {
        guard case .object(var doc) = document, case .array(let methods)? = doc["methods"] else { return document }
        var out: [JSONValue] = []
        for case .object(var m) in methods {
            let name = m["name"]?.stringValue ?? ""
            let path = "\(directory)/\(name).json"
            if let data = FileManager.default.contents(atPath: path) {
                let example = try JSONParser.parse(data)
                let params = example["params"]?.objectValue ?? JSONObject()
                m["examples"] = [[
                    "name": .string("\(name) against the simulator"),
                    "params": .array(params.members.map { ["name": .string($0.key), "value": $0.value] }),
                    "result": ["name": .string(m["result"]?["name"]?.stringValue ?? "result"), "value": example["result"] ?? .null],
                ]]
            }
            out.append(.object(m))
        }
        doc["methods"] = .array(out)
        return .object(doc)
    }

    /// Which setting names the base URL of a call that does not go to the v3 API (`PLURAL_API_URL`).
    static func baseURLSetting(_ host: APICall.Host) -> String? { host == .api ? nil : host.setting }

    /// `read`: retried on any transient failure; `idempotent`: retried too, because a repeat with the same
    /// reference returns the first result; `not-sent-only`: retried only when it certainly never left.
    static func retryName(_ policy: APICall.RetryPolicy) -> String {
        switch policy {
        case .read: return "read"
        case .idempotentByReference: return "idempotent"
        case .notSentOnly: return "not-sent-only"
        }
    }

    static func errorName(_ code: ErrorCode) -> String {
        ErrorCode.catalogue.first { $0.code == code }?.name ?? "Error\(-code.rawValue)"
    }
}
