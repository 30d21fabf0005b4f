import Support

/// What the simulator keeps for the payment extras and the EMI suite: each payment's native-OTP exchange, the
/// notifications of payment links, every EMI plan offer discovery made (so only those validate and pay), and
/// which order each brand-EMI device's IMEI is blocked for.
struct PaymentExtrasState: Sendable {
    struct OTPExchange: Sendable {
        var orderID: String
        var resends = 0
        var wrongAttempts = 0
    }
    /// Payment id → its OTP exchange, from generateOtp until the payment leaves PENDING.
    var otps: [String: OTPExchange] = [:]
    /// Payment link id → how many times it was sent again.
    var linkNotifications: [String: Int] = [:]
    /// `issuer id|tenure id|financed paise` → `{issuer_type, tenure}` as discovery answered it.
    var offers: [String: JSONObject] = [:]
    /// IMEI → the order it is blocked for.
    var imeiBlocks: [String: String] = [:]

    /// The simulator's bank sends this OTP every time (as its 3-D Secure page accepts any OTP but 000000).
    static let otp = "123456"
    static let maxResends = 3
    /// Wrong OTPs after which the bank fails the payment.
    static let maxWrongOTPs = 3
}
