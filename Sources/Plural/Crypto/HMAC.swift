/// A reusable keyed MAC: holds the two precomputed SHA256 states after absorbing ipad/opad, so each mac() only copies them.
public struct HMACKey: Sendable {
    let inner: SHA256
    let outer: SHA256

    public init<K: Collection>(_ key: K) where K.Element == UInt8 {
        var block: SHA256.Block = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &block) { raw in
            if key.count > SHA256.blockSize {
                raw.copyBytes(from: SHA256.hash(key))  // RFC 2104: long keys are hashed first
            } else {
                raw.copyBytes(from: key)
            }
        }
        inner = HMACKey.absorb(block, xoring: 0x3636_3636_3636_3636)
        outer = HMACKey.absorb(block, xoring: 0x5c5c_5c5c_5c5c_5c5c)
    }

    private static func absorb(_ block: SHA256.Block, xoring pad: UInt64) -> SHA256 {
        var padded = block
        withUnsafeMutableBytes(of: &padded) { raw in
            for i in 0..<8 {
                let word = raw.load(fromByteOffset: i * 8, as: UInt64.self)
                raw.storeBytes(of: word ^ pad, toByteOffset: i * 8, as: UInt64.self)
            }
        }
        var hasher = SHA256()
        withUnsafeBytes(of: padded) { hasher.update(bytes: $0) }
        return hasher
    }

    public func mac<D: Collection>(_ message: D) -> [UInt8] where D.Element == UInt8 {
        var hasher = inner
        hasher.update(message)
        return finish(&hasher)
    }

    public func mac(_ message: String) -> [UInt8] {
        var hasher = inner
        hasher.update(message)
        return finish(&hasher)
    }

    /// Consumes a copy of `inner` that has absorbed the message.
    func finish(_ innerHasher: inout SHA256) -> [UInt8] {
        var outerHasher = outer
        var innerDigest: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &innerDigest) { innerHasher.finalize(into: $0) }
        withUnsafeBytes(of: innerDigest) { outerHasher.update(bytes: $0) }
        return outerHasher.finalize()
    }
}

/// Streaming HMAC-SHA256 (RFC 2104). `finalize()` resets to the keyed initial
/// state, so one instance can MAC several messages in sequence.
public struct HMACSHA256: Sendable {
    private let key: HMACKey
    private var hasher: SHA256

    public init<K: Collection>(key: K) where K.Element == UInt8 {
        self.key = HMACKey(key)
        hasher = self.key.inner
    }

    public mutating func update<D: Collection>(_ data: D) where D.Element == UInt8 {
        hasher.update(data)
    }

    public mutating func update(_ string: String) {
        hasher.update(string)
    }

    public mutating func finalize() -> [UInt8] {
        let tag = key.finish(&hasher)
        hasher = key.inner
        return tag
    }

    public static func mac<K: Collection, D: Collection>(key: K, message: D) -> [UInt8]
    where K.Element == UInt8, D.Element == UInt8 {
        HMACKey(key).mac(message)
    }

    public static func mac<K: Collection>(key: K, message: String) -> [UInt8] where K.Element == UInt8 {
        HMACKey(key).mac(message)
    }
}
