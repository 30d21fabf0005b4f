/// Hexadecimal encoding of byte sequences.
public enum Hex {
    public static func encode<D: Collection>(_ bytes: D, uppercase: Bool = false) -> String where D.Element == UInt8 {
        if let string = bytes.withContiguousStorageIfAvailable({ encode(buffer: $0, uppercase: uppercase) }) {
            return string
        }
        return Array(bytes).withUnsafeBufferPointer { encode(buffer: $0, uppercase: uppercase) }
    }

    private static func encode(buffer: UnsafeBufferPointer<UInt8>, uppercase: Bool) -> String {
        let letterOffset: UInt8 = uppercase ? 0x37 : 0x57  // 10 + offset == "A" or "a"
        return String(unsafeUninitializedCapacity: buffer.count * 2) { out in
            for (i, byte) in buffer.enumerated() {
                let high = byte >> 4, low = byte & 0x0f
                out[2 * i] = high &+ (high < 10 ? 0x30 : letterOffset)
                out[2 * i + 1] = low &+ (low < 10 ? 0x30 : letterOffset)
            }
            return buffer.count * 2
        }
    }

    /// Returns nil on odd length or any non-hex character; accepts either case.
    public static func decode(_ string: String) -> [UInt8]? {
        let utf8 = string.utf8
        guard utf8.count % 2 == 0 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count / 2)
        var high: UInt8? = nil
        for char in utf8 {
            let nibble = ConstantTime.hexNibble(char)
            guard nibble.valid == 1 else { return nil }
            if let h = high {
                out.append(h << 4 | nibble.value)
                high = nil
            } else {
                high = nibble.value
            }
        }
        return out
    }
}

/// Base64 (RFC 4648) encoding; decoding also accepts the URL-safe alphabet.
public enum Base64 {
    /// Only the one standard encoding of the bytes (standard alphabet, `=` padding, no stray bits): a
    /// signature or key written any other way is refused rather than guessed at.
    public static func decodeCanonical(_ text: String) -> [UInt8]? {
        guard let bytes = decode(text), encode(bytes) == text else { return nil }
        return bytes
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let invalid: UInt8 = 0xff
    private static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: invalid, count: 256)
        for (index, char) in alphabet.enumerated() { table[Int(char)] = UInt8(index) }
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    /// Standard alphabet with '=' padding and no line breaks.
    public static func encode<D: Collection>(_ bytes: D) -> String where D.Element == UInt8 {
        let input = Array(bytes)
        var out = [UInt8]()
        out.reserveCapacity((input.count + 2) / 3 * 4)
        var i = 0
        while i < input.count {
            let remaining = input.count - i
            let b0 = UInt32(input[i])
            let b1 = remaining > 1 ? UInt32(input[i + 1]) : 0
            let b2 = remaining > 2 ? UInt32(input[i + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(group >> 18 & 0x3f)])
            out.append(alphabet[Int(group >> 12 & 0x3f)])
            out.append(remaining > 1 ? alphabet[Int(group >> 6 & 0x3f)] : UInt8(ascii: "="))
            out.append(remaining > 2 ? alphabet[Int(group & 0x3f)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Returns nil on any character outside either alphabet (including whitespace)
    /// or malformed padding. Padding may be omitted, but if present it must
    /// complete the final quantum. Like most decoders, non-zero trailing bits are ignored.
    public static func decode(_ string: String) -> [UInt8]? {
        var chars = Array(string.utf8)
        var padding = 0
        while chars.last == UInt8(ascii: "=") {
            chars.removeLast()
            padding += 1
        }
        guard chars.count % 4 != 1, padding <= 2 else { return nil }
        if padding > 0, (chars.count + padding) % 4 != 0 { return nil }

        var out = [UInt8]()
        out.reserveCapacity(chars.count * 3 / 4)
        var group: UInt32 = 0
        var filled = 0
        for char in chars {
            let value = decodeTable[Int(char)]
            guard value != invalid else { return nil }
            group = group << 6 | UInt32(value)
            filled += 1
            if filled == 4 {
                out.append(UInt8(truncatingIfNeeded: group >> 16))
                out.append(UInt8(truncatingIfNeeded: group >> 8))
                out.append(UInt8(truncatingIfNeeded: group))
                group = 0
                filled = 0
            }
        }
        if filled == 2 {
            out.append(UInt8(truncatingIfNeeded: group >> 4))
        } else if filled == 3 {
            out.append(UInt8(truncatingIfNeeded: group >> 10))
            out.append(UInt8(truncatingIfNeeded: group >> 2))
        }
        return out
    }
}

/// Comparisons whose running time does not reveal where inputs differ, for
/// checking MACs and signatures without leaking a timing oracle.
public enum ConstantTime {
    /// Compares in time that depends only on the lengths, never on where the first difference is.
    public static func equals<A: Collection, B: Collection>(_ a: A, _ b: B) -> Bool
    where A.Element == UInt8, B.Element == UInt8 {
        // Lengths are not secret (a MAC's size is public), so an early exit here leaks nothing.
        guard a.count == b.count else { return false }
        let fast: UInt8?? = a.withContiguousStorageIfAvailable { pa in
            b.withContiguousStorageIfAvailable { pb in
                var diff: UInt8 = 0
                for i in 0..<pa.count { diff |= pa[i] ^ pb[i] }
                return diff
            }
        }
        if let diff = fast ?? nil { return diff == 0 }
        var diff: UInt8 = 0
        for (x, y) in zip(a, b) { diff |= x ^ y }
        return diff == 0
    }

    /// Case-insensitive comparison of two ASCII hex strings in constant time (for signatures that may arrive in either case). Returns false if lengths differ or either has a non-hex char (still without early exit on content).
    public static func hexEquals(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                guard pa.count == pb.count else { return false }
                var diff: UInt8 = 0
                var valid: UInt8 = 1
                for i in 0..<pa.count {
                    let x = hexNibble(pa[i]), y = hexNibble(pb[i])
                    diff |= x.value ^ y.value
                    valid &= x.valid & y.valid
                }
                return diff == 0 && valid == 1
            }
        }
    }

    /// Branch-free hex digit decoding, so neither validity nor value steers control flow.
    /// `valid` is 1 for [0-9a-fA-F], else 0 (and `value` is then 0).
    @inline(__always)
    static func hexNibble(_ char: UInt8) -> (value: UInt8, valid: UInt8) {
        let c = Int32(char)
        let lower = c | 0x20
        // (lo - 1 - c) & (c - hi - 1) is negative exactly when lo <= c <= hi.
        let isDigit = ((0x2f &- c) & (c &- 0x3a)) >> 31           // 0 or -1
        let isLetter = ((0x60 &- lower) & (lower &- 0x67)) >> 31  // 0 or -1
        let value = (isDigit & (c &- 0x30)) | (isLetter & (lower &- 0x57))
        return (UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: (isDigit | isLetter) & 1))
    }
}
