/// Streaming SHA-256 (FIPS 180-4).
///
/// A value type with no heap storage, so copying a partially-updated hasher is
/// cheap; `HMACKey` relies on this to reuse precomputed keyed states.
public struct SHA256: Sendable {
    public static let digestSize = 32, blockSize = 64

    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    /// Eight words = one 64-byte block, kept inline so copies never allocate.
    typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    private static let initialState: State = (
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    )

    private var state: State = SHA256.initialState
    private var buffer: Block = (0, 0, 0, 0, 0, 0, 0, 0)
    private var buffered = 0
    private var totalBytes: UInt64 = 0

    public init() {}

    public mutating func update<D: Collection>(_ data: D) where D.Element == UInt8 {
        let done: Void? = data.withContiguousStorageIfAvailable { update(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            Array(data).withUnsafeBytes { update(bytes: $0) }
        }
    }

    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { update(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Returns the digest and resets the hasher so it can be reused.
    public mutating func finalize() -> [UInt8] {
        let digest = [UInt8](unsafeUninitializedCapacity: SHA256.digestSize) { out, count in
            finalize(into: UnsafeMutableRawBufferPointer(out))
            count = SHA256.digestSize
        }
        self = SHA256()
        return digest
    }

    public static func hash<D: Collection>(_ data: D) -> [UInt8] where D.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(data)
        return hasher.finalize()
    }

    public static func hash(_ string: String) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(string)
        return hasher.finalize()
    }

    mutating func update(bytes: UnsafeRawBufferPointer) {
        guard var input = bytes.baseAddress, !bytes.isEmpty else { return }
        var remaining = bytes.count
        totalBytes &+= UInt64(remaining)

        if buffered > 0 {
            let take = min(SHA256.blockSize - buffered, remaining)
            withUnsafeMutableBytes(of: &buffer) { buf in
                (buf.baseAddress! + buffered).copyMemory(from: input, byteCount: take)
            }
            buffered += take
            input += take
            remaining -= take
            guard buffered == SHA256.blockSize else { return }
            let block = buffer
            withUnsafeBytes(of: block) { SHA256.compress(&state, $0) }
            buffered = 0
        }

        let whole = remaining & ~(SHA256.blockSize - 1)
        if whole > 0 {
            SHA256.compress(&state, UnsafeRawBufferPointer(start: input, count: whole))
            input += whole
            remaining -= whole
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &buffer) { $0.baseAddress!.copyMemory(from: input, byteCount: remaining) }
            buffered = remaining
        }
    }

    /// Writes the 32-byte digest without resetting, leaving `self` unusable; lets
    /// HMAC chain the inner digest into the outer hash without an allocation.
    mutating func finalize(into out: UnsafeMutableRawBufferPointer) {
        precondition(out.count >= SHA256.digestSize)
        let bitLength = totalBytes &* 8
        var pad: (Block, Block) = ((0x80, 0, 0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 0, 0, 0, 0))
        // 0x80 marker plus the 8-byte length must fit, so 55 buffered bytes is the cutoff.
        let padLength = (buffered < 56 ? 56 : 120) - buffered
        withUnsafeMutableBytes(of: &pad) { p in
            p.storeBytes(of: bitLength.bigEndian, toByteOffset: padLength, as: UInt64.self)
            update(bytes: UnsafeRawBufferPointer(rebasing: p[..<(padLength + 8)]))
        }
        withUnsafeBytes(of: state) { words in
            for i in 0..<8 {
                let word = words.load(fromByteOffset: i * 4, as: UInt32.self)
                out.storeBytes(of: word.bigEndian, toByteOffset: i * 4, as: UInt32.self)
            }
        }
    }
}

extension SHA256 {
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

    /// One round with the working variables renamed by the caller; `kw` is K[i] + W[i].
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        d &+= t1
        h = t1 &+ (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
    }

    /// Processes `blocks.count / 64` whole blocks; the caller guarantees a multiple of 64.
    private static func compress(_ state: inout State, _ blocks: UnsafeRawBufferPointer) {
        roundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var (h0, h1, h2, h3, h4, h5, h6, h7) = state
                var offset = 0
                while offset < blocks.count {
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: offset + i * 4, as: UInt32.self))
                    }
                    for i in 16..<64 {
                        let x = w[i - 15], y = w[i - 2]
                        let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x &>> 3)
                        let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y &>> 10)
                        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    // Rotating the argument order instead of shuffling eight variables per round.
                    var i = 0
                    while i < 64 {
                        round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                        round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                        round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                        round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                        round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
                        round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
                        round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
                        round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
                        i += 8
                    }
                    h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
                    h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                    offset += 64
                }
                state = (h0, h1, h2, h3, h4, h5, h6, h7)
            }
        }
    }
}
