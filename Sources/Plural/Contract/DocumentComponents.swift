import Support

/// The shapes of cross-border documents (invoices, airway bills) and e-challans, from Plural's official
/// definition. Statuses are open sets, as everywhere in answers.
extension Components {
    public static let documentStatuses = ["CREATED", "UPLOADED", "VERIFIED", "REJECTED"]

    static let invoice = Schema.object([
        "invoice_id": Schema.string("Plural's invoice id."), "order_id": Schema.string,
        "invoice_number": Schema.string, "invoice_date": Schema.string("YYYY-MM-DD."),
        "status": Schema.openEnumeration(documentStatuses, "CREATED until its document is uploaded."),
        "file": Schema.ref("StoredFile"), "created_at": time, "updated_at": time,
    ], required: ["invoice_id"], description: "The invoice captured for a cross-border order.")

    static let awb = Schema.object([
        "awb_id": Schema.string("Plural's airway-bill id."), "order_id": Schema.string,
        "awb_number": Schema.string, "awb_date": Schema.string("YYYY-MM-DD."), "tracking_url": Schema.string,
        "status": Schema.openEnumeration(documentStatuses, "CREATED until its document is uploaded."),
        "file": Schema.ref("StoredFile"), "created_at": time, "updated_at": time,
    ], required: ["awb_id"], description: "An airway bill (shipment proof) of a cross-border order.")

    static let awbList = Schema.object([
        "order_id": Schema.string, "awbs": Schema.array(Schema.ref("Awb")),
    ], required: ["awbs"], description: "The airway bills of an order.")

    /// An amount of the challan's fee breakdown: integer paise from ₹1 to ₹10 lakh.
    static let feeAmount = Schema.object([
        "value": ["type": "integer", "minimum": 100, "maximum": 100_000_000, "description": "Integer paise, 100 (₹1) to 100000000 (₹10 lakh)."],
        "currency": Schema.string("ISO 4217, e.g. INR.", pattern: "^[A-Z]{3}$"),
    ])

    static let convenienceFeeBreakdown = Schema.object([
        "fee_amount": feeAmount, "tax_amount": feeAmount, "additional_fee_amount": feeAmount,
        "maximum_fee_amount": feeAmount, "applicable_fee_amount": feeAmount,
    ], description: "The convenience fee added to the challan.")

    static let challan = Schema.object([
        "challan_id": Schema.string("Plural's challan id."), "order_id": Schema.string,
        "virtual_account_id": Schema.string("The account the customer pays into."), "account_name": Schema.string,
        "account_ifsc": Schema.string, "account_bank_name": Schema.string, "account_bank_branch": Schema.string,
        "challan_pdf_url": Schema.string, "amount_due": Schema.integer("Integer paise."), "expiry_date": Schema.string,
        "created_date": time,
    ], description: "An e-challan: the bank transfer details a customer pays an order by.")

    static let documents: [JSONObject.Member] = [
        .init(key: "Invoice", value: invoice), .init(key: "Awb", value: awb), .init(key: "AwbList", value: awbList),
        .init(key: "ConvenienceFeeBreakdown", value: convenienceFeeBreakdown), .init(key: "Challan", value: challan),
    ]
}
