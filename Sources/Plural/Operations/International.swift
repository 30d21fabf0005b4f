import Support

/// Cross-border orders' documents (`/api/pay/v1/orders/{orderId}/invoice…` and `…/awb…`): the invoice and the
/// airway bills Plural needs before it settles an international payment, and their files.
extension PluralOperation {
    static let orderIDPath = Param.path("order_id", "The cross-border order.")
    static let documentFile = Param("file", required: true, Schema.ref("FileUpload"), "The document (PDF or image), sent as the multipart part `file`.")

    static let international: [PluralOperation] = [
        PluralOperation(
            "captureInvoice", tag: "international-payments",
            summary: "Capture the invoice of a cross-border order (POST /api/pay/v1/orders/{orderId}/invoice); upload its file with uploadInvoiceFile.",
            routes: [Route("POST", "/api/pay/v1/orders/{order_id}/invoice")],
            params: [
                orderIDPath,
                Param("invoice_number", required: true, Schema.string("Your invoice's number.", maxLength: 100)),
                Param("invoice_date", Schema.string("YYYY-MM-DD.", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
            ],
            passesThroughParams: true, result: "invoice", answer: Schema.ref("Invoice"), retry: .notSentOnly),
        PluralOperation(
            "getInvoiceStatus", tag: "international-payments",
            summary: "The invoice of a cross-border order and its status (GET /api/pay/v1/orders/{orderId}/invoice).",
            routes: [Route("GET", "/api/pay/v1/orders/{order_id}/invoice")],
            params: [orderIDPath], result: "invoice", answer: Schema.ref("Invoice"), retry: .read),
        PluralOperation(
            "uploadInvoiceFile", tag: "international-payments",
            summary: "Upload the invoice's document (PUT /api/pay/v1/orders/{orderId}/invoice/{invoiceId}/upload, multipart/form-data).",
            description: "file is a FileUpload (base64, content type, file name; docs/FILES.md), at most PLURAL_MAX_UPLOAD_BYTES; it goes to Plural as the multipart part `file` and is never logged.",
            routes: [Route("PUT", "/api/pay/v1/orders/{order_id}/invoice/{invoice_id}/upload")],
            params: [orderIDPath, Param.path("invoice_id", "The invoice from captureInvoice."), documentFile],
            result: "invoice", answer: Schema.ref("Invoice"), retry: .notSentOnly, upload: "file"),
        PluralOperation(
            "createAwb", tag: "international-payments",
            summary: "Record one or more airway bills of a cross-border order (POST /api/pay/v1/orders/{orderId}/awb; the body is the array).",
            routes: [Route("POST", "/api/pay/v1/orders/{order_id}/awb")],
            params: [
                orderIDPath,
                Param("awbs", required: true, Schema.array(Schema.object([
                    "awb_number": Schema.string("The carrier's airway-bill number.", maxLength: 100),
                    "awb_date": Schema.string("YYYY-MM-DD.", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                    "tracking_url": Schema.string("The carrier's tracking page.", maxLength: 2048),
                ], required: ["awb_number"]), minItems: 1), "The airway bills: sent as the request body itself."),
            ],
            result: "awbs", answer: Schema.ref("AwbList"), retry: .notSentOnly, wholeBody: "awbs"),
        PluralOperation(
            "getAllAwbs", tag: "international-payments",
            summary: "The airway bills of a cross-border order and their statuses (GET /api/pay/v1/orders/{orderId}/awb).",
            routes: [Route("GET", "/api/pay/v1/orders/{order_id}/awb")],
            params: [orderIDPath], result: "awbs", answer: Schema.ref("AwbList"), retry: .read),
        PluralOperation(
            "getAwbById", tag: "international-payments",
            summary: "One airway bill (GET /api/pay/v1/orders/{orderId}/awb/{awbId}).",
            routes: [Route("GET", "/api/pay/v1/orders/{order_id}/awb/{awb_id}")],
            params: [orderIDPath, Param.path("awb_id", "The airway bill from createAwb.")],
            result: "awb", answer: Schema.ref("Awb"), retry: .read),
        PluralOperation(
            "uploadAwbFile", tag: "international-payments",
            summary: "Upload an airway bill's document (PUT /api/pay/v1/orders/{orderId}/awb/{awbId}/upload, multipart/form-data).",
            description: "file is a FileUpload (base64, content type, file name; docs/FILES.md), at most PLURAL_MAX_UPLOAD_BYTES; it goes to Plural as the multipart part `file` and is never logged.",
            routes: [Route("PUT", "/api/pay/v1/orders/{order_id}/awb/{awb_id}/upload")],
            params: [orderIDPath, Param.path("awb_id", "The airway bill from createAwb."), documentFile],
            result: "awb", answer: Schema.ref("Awb"), retry: .notSentOnly, upload: "file"),
    ]

    /// E-challans (`/api/pay/v1/order/{order_id}/challan…`): bank-transfer instructions for paying an order.
    static let eChallans: [PluralOperation] = [
        PluralOperation(
            "createChallan", tag: "e-challans",
            summary: "Create the e-challan of an order (POST /api/pay/v1/order/{order_id}/challan).",
            routes: [Route("POST", "/api/pay/v1/order/{order_id}/challan")],
            params: [Param.path("order_id", "The order to pay by bank transfer."),
                     Param("convenience_fee_breakdown", Schema.ref("ConvenienceFeeBreakdown"), "The fee added to the amount due.")],
            passesThroughParams: true, result: "challan", answer: Schema.ref("Challan"), retry: .notSentOnly),
        PluralOperation(
            "getChallan", tag: "e-challans",
            summary: "The e-challan of an order (GET /api/pay/v1/order/{order_id}/challan).",
            routes: [Route("GET", "/api/pay/v1/order/{order_id}/challan")],
            params: [Param.path("order_id", "The order.")], result: "challan", answer: Schema.ref("Challan"), retry: .read),
        PluralOperation(
            "getChallanPdf", tag: "e-challans",
            summary: "Download the e-challan as a PDF (GET /api/pay/v1/order/{order_id}/challan/pdf); answers the file's bytes in base64.",
            routes: [Route("GET", "/api/pay/v1/order/{order_id}/challan/pdf")],
            params: [Param.path("order_id", "The order.")], result: "file", answer: Schema.ref("FileContent"), retry: .read, binaryAnswer: true),
    ]
}
