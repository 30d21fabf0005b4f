import Foundation
import Support

/// Reads every setting of `Setting.all` from, strongest first: the `--config` JSON file, the environment
/// (`NAME`, or for a secret `NAME_FILE`, a path whose contents are the value, as container platforms mount
/// secrets), and systemd's `$CREDENTIALS_DIRECTORY/NAME` (`LoadCredential=`).
///
/// The config file wins for the names it sets: it is the explicit choice of whoever started the sidecar. A
/// file that holds a secret and can be read by group or others is refused outright, as `ssh` refuses a loose
/// private key. The same reader runs at start and on SIGHUP, so a rotation is checked exactly like a start.
public enum ConfigLoader {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    public static func load(environment: [String: String], configFile: String?) throws(Failure) -> PluralConfig {
        var values: [String: String] = [:]
        if let dir = environment["CREDENTIALS_DIRECTORY"], !dir.isEmpty {
            for s in Setting.all where s.secret {
                let path = dir + "/" + s.name
                if FileManager.default.fileExists(atPath: path) { values[s.name] = try secretFile(path, for: s.name) }
            }
        }
        for (name, value) in try resolve(environment, from: "the environment") { values[name] = value }
        if let path = configFile {
            for (name, value) in try resolve(try readFile(path), from: "config file \(path)") { values[name] = value }
        }
        let config = PluralConfig(values: values)
        for s in Setting.all where s.checkedAtStart {
            if let v = config.values[s.name], let problem = s.problem(with: v) {
                throw Failure(description: "\(s.name) \(problem), not \(v)")
            }
        }
        return config
    }

    /// A source's own values: `NAME` as given, and for secrets `NAME_FILE` read. Both at once is refused, since
    /// nobody can tell which one was meant.
    static func resolve(_ source: [String: String], from origin: String) throws(Failure) -> [String: String] {
        var out: [String: String] = [:]
        for s in Setting.all {
            let direct = source[s.name].flatMap { $0.isEmpty ? nil : $0 }
            let file = s.secret ? source[s.fileName].flatMap { $0.isEmpty ? nil : $0 } : nil
            if let file {
                if direct != nil { throw Failure(description: "\(origin) sets both \(s.name) and \(s.fileName); keep one") }
                out[s.name] = try secretFile(file, for: s.fileName)
            } else if let direct {
                out[s.name] = direct
            }
        }
        return out
    }

    /// A secret's file: its contents without the line ending editors and `kubectl create secret` leave.
    static func secretFile(_ path: String, for name: String) throws(Failure) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(name): cannot read \(path)")
        }
        var text = String(decoding: data, as: UTF8.self)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    /// Names the config file may set: every setting, and `NAME_FILE` for each secret.
    static let fileNames: Set<String> = Set(Setting.all.map(\.name) + Setting.all.filter(\.secret).map(\.fileName))

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
            guard fileNames.contains(m.key) else {
                throw Failure(description: "config file \(path): unknown setting \(m.key)")
            }
            switch m.value {
            case .string(let s): out[m.key] = s
            case .number(let n): out[m.key] = n.text
            case .null: continue
            default: throw Failure(description: "config file \(path): \(m.key) must be a string")
            }
        }
        let holdsSecret = out.keys.contains { Setting.byName[$0]?.secret == true }
        if holdsSecret && (st.st_mode & 0o077) != 0 {
            throw Failure(description: "config file \(path) holds secrets but is readable by other users (mode \(String(st.st_mode & 0o777, radix: 8))); run: chmod 600 \(path)")
        }
        return out
    }
}
