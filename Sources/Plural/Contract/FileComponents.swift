import Support

/// Files in JSON-RPC (docs/FILES.md): a file sent up is a `FileUpload` param, a file answered is a `FileContent`.
extension Components {
    static let fileUpload = Schema.object([
        "content_base64": Schema.string("The file's bytes in standard base64 (RFC 4648: + and /, = padding, no line breaks); at most PLURAL_MAX_UPLOAD_BYTES once decoded."),
        "content_type": Schema.string("Its media type, e.g. application/pdf, image/png, text/csv.", maxLength: 100,
                                      pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"),
        "file_name": Schema.string("Its name, as Plural will see it (no path, quotes or control characters).", maxLength: 255,
                                   pattern: #"^[^/\\"\u0000-\u001F\u007F]+$"#),
    ], required: ["content_base64", "content_type", "file_name"],
       description: "A file to send: sent to Plural as the multipart/form-data part of the param's name. Never logged.")

    static let fileContent = Schema.object([
        "content_base64": Schema.string("The bytes Plural answered, in standard base64."),
        "content_type": Schema.string("The answer's Content-Type, e.g. application/pdf."),
        "size_bytes": Schema.integer("How many bytes (at most PLURAL_MAX_ANSWER_BYTES)."),
    ], required: ["content_base64", "content_type", "size_bytes"], description: "A file Plural answered with, as its bytes.")

    /// What Plural says of a document it holds (the file itself is not answered back).
    static let storedFile = Schema.object([
        "file_name": Schema.string, "content_type": Schema.string, "size_bytes": Schema.integer, "uploaded_at": time,
    ], description: "The document uploaded for this record.")

    static let files: [JSONObject.Member] = [
        .init(key: "FileUpload", value: fileUpload), .init(key: "FileContent", value: fileContent), .init(key: "StoredFile", value: storedFile),
    ]
}
