/// A JSON value that keeps what it was given.
///
/// Numbers keep their original text, so an id of `1.50` or `12345678901234567890` is echoed exactly and an
/// amount in paise is never squeezed through a `Double`. Objects keep their members in order, so a gateway's
/// answer is passed through as it came.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }

    public var objectValue: JSONObject? { if case .object(let o) = self { return o } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var numberValue: JSONNumber? { if case .number(let n) = self { return n } else { return nil } }
    public var isNull: Bool { if case .null = self { return true } else { return false } }
    public var isContainer: Bool {
        switch self { case .array, .object: return true; default: return false }
    }

    /// Member lookup on an object; nil for anything else.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The JSON type name, for error messages ("expected integer, got string").
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let n): return n.isInteger ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// A JSON number as written. Integer access is exact or nil; there is deliberately no lossy accessor
/// for money.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number's text, valid JSON number grammar.
    public let text: String

    /// Trusted constructor: `text` must already be valid JSON number grammar (the parser guarantees it).
    public init(text: String) { self.text = text }
    public init(_ value: Int) { self.text = String(value) }
    public init(_ value: Int64) { self.text = String(value) }

    public var description: String { text }

    /// True when the text has no fraction and no exponent (`100`, `-3`), the only form accepted for paise.
    public var isInteger: Bool {
        !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") })
    }

    /// The exact integer value, or nil if the text is not an integer or does not fit in 64 bits.
    public var int64: Int64? { isInteger ? Int64(text) : nil }
    public var int: Int? { isInteger ? Int(text) : nil }

    /// A Double for non-money uses (timeouts, latencies). Never used for amounts.
    public var double: Double? { Double(text) }
}

/// An object that keeps its members in the order they were written. Lookups are linear, which is faster
/// than hashing for the small objects JSON-RPC and Plural exchange.
public struct JSONObject: Sendable, Equatable, Sequence {
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue
        public init(key: String, value: JSONValue) { self.key = key; self.value = value }
    }

    public private(set) var members: [Member]

    public init() { members = [] }
    public init(_ members: [Member]) { self.members = members }
    public init(_ pairs: KeyValuePairs<String, JSONValue>) {
        members = pairs.map { Member(key: $0.key, value: $0.value) }
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }

    /// Member names compare as UTF-8 bytes, as JSON defines them; Swift's `==` would treat "é" and
    /// "e\u{301}" as one name.
    @inline(__always) static func sameName(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }

    public subscript(key: String) -> JSONValue? {
        get {
            for m in members where Self.sameName(m.key, key) { return m.value }
            return nil
        }
        set {
            if let i = members.firstIndex(where: { Self.sameName($0.key, key) }) {
                if let newValue { members[i].value = newValue } else { members.remove(at: i) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    public func contains(_ key: String) -> Bool { members.contains { Self.sameName($0.key, key) } }

    /// Appends without checking for an existing key; for builders that know keys are distinct.
    public mutating func append(_ key: String, _ value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    /// Members equal as sets: order is not significant for JSON equality.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for m in lhs.members where rhs[m.key] != m.value { return false }
        return true
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements.map { JSONObject.Member(key: $0.0, value: $0.1) }))
    }
    public init(nilLiteral: ()) { self = .null }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { Member(key: $0.0, value: $0.1) })
    }
}
