import Foundation
import Support

/// Reads settings from the environment and an optional JSON file.
///
/// The file, when given, wins for the names it sets: it is the explicit choice of whoever started the
/// sidecar. A file that holds a secret and can be read by group or others is refused outright, as `ssh`
/// refuses a loose private key.
public enum ConfigLoader {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    public static func load(environment: [String: String], configFile: String?) throws(Failure) -> PluralConfig {
        var values: [String: String] = [:]
        for name in PluralConfig.names { if let v = environment[name] { values[name] = v } }
        if let path = configFile {
            for (k, v) in try readFile(path) { values[k] = v }
        }
        return PluralConfig(values: values)
    }

    static func readFile(_ path: String) throws(Failure) -> [String: String] {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw Failure(description: "cannot read config file \(path): \(String(cString: strerror(errno)))")
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw Failure(description: "config file \(path) is not a regular file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read config file \(path)")
        }
        let json: JSONValue
        do { json = try JSONParser.parse(data) } catch {
            throw Failure(description: "config file \(path) is not valid JSON: \(error)")
        }
        guard case .object(let o) = json else { throw Failure(description: "config file \(path) must hold a JSON object") }
        var out: [String: String] = [:]
        for m in o {
            guard PluralConfig.names.contains(m.key) else {
                throw Failure(description: "config file \(path): unknown setting \(m.key)")
            }
            switch m.value {
            case .string(let s): out[m.key] = s
            case .number(let n): out[m.key] = n.text
            case .null: continue
            default: throw Failure(description: "config file \(path): \(m.key) must be a string")
            }
        }
        let holdsSecret = out.keys.contains { PluralConfig.secretNames.contains($0) }
        if holdsSecret && (st.st_mode & 0o077) != 0 {
            throw Failure(description: "config file \(path) holds secrets but is readable by other users (mode \(String(st.st_mode & 0o777, radix: 8))); run: chmod 600 \(path)")
        }
        return out
    }
}
