import Support

/// Cross-border documents and e-challans as the simulator keeps them, per existing order, each as the JSON
/// object Plural answers; and every file received, byte for byte (base64), for tests to compare.
struct DocumentsState: Sendable {
    /// order id → its invoice.
    var invoices: [String: JSONObject] = [:]
    /// order id → its airway bills, in the order they were created.
    var awbs: [String: [JSONObject]] = [:]
    /// order id → its e-challan.
    var challans: [String: JSONObject] = [:]
    /// Every file an upload delivered: `{operation, file_name, content_type, size_bytes, content_base64, …ids}`.
    var uploads: [JSONObject] = []
}
