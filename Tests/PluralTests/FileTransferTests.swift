import Plural
import Support
import XCTest

/// The upload machinery on its own: the multipart body the sidecar writes is the one the simulator reads, and
/// a file param is read strictly (canonical base64, the size limit to the byte).
final class FileTransferTests: XCTestCase {
    func testMultipartRoundTripKeepsEveryByte() throws {
        let bytes: [UInt8] = Array("\r\n--\r\n--plural-sidecar-\r\n\r\n".utf8) + (0...255).map(UInt8.init)
        let file = FileUpload(bytes: bytes, contentType: "application/pdf", fileName: "a b.pdf")
        let form = Multipart.encode(fields: [(name: "note", value: "hello")], fileField: "file", file: file)
        XCTAssertTrue(form.contentType.hasPrefix("multipart/form-data; boundary=plural-sidecar-"))
        let parts = try XCTUnwrap(Multipart.decode(form.body, contentType: form.contentType))
        XCTAssertEqual(parts.map(\.name), ["note", "file"])
        XCTAssertEqual(parts[0].body, Array("hello".utf8))
        XCTAssertNil(parts[0].fileName)
        XCTAssertEqual(parts[1].body, bytes)
        XCTAssertEqual(parts[1].fileName, "a b.pdf")
        XCTAssertEqual(parts[1].contentType, "application/pdf")
    }

    func testMultipartDecodeRefusesWhatIsNotOne() {
        let body = Array("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n\r\nabc\r\n--xyz--\r\n".utf8)
        XCTAssertEqual(Multipart.decode(body, contentType: "multipart/form-data; boundary=\"xyz\"")?.first?.body, Array("abc".utf8))
        XCTAssertNil(Multipart.decode(body, contentType: "application/json"))
        XCTAssertNil(Multipart.decode(body, contentType: "multipart/form-data"))
        XCTAssertNil(Multipart.decode(Array(body.dropLast(9)), contentType: "multipart/form-data; boundary=xyz"), "no closing delimiter")
        XCTAssertNil(Multipart.decode(Array("--xyz\r\nContent-Type: text/plain\r\n\r\nabc\r\n--xyz--\r\n".utf8), contentType: "multipart/form-data; boundary=xyz"),
                     "a part without a name")
    }

    func testFileParamIsReadStrictly() throws {
        func read(_ base64: String, limit: Int = 4) throws -> FileUpload {
            try FileUpload.read(["file": ["content_base64": .string(base64), "content_type": "text/plain", "file_name": "f.txt"]], "file", limit: limit)
        }
        XCTAssertEqual(try read("QUJDRA==").bytes, Array("ABCD".utf8), "exactly the limit")
        for bad in ["QUJDREU=", "QUJDRA", "QUJDRA=", "QUJD\nRA==", "QUJDRB==", "QUJ_RA==", ""] {
            XCTAssertThrowsError(try read(bad), bad) { error in
                XCTAssertEqual((error as? ValidationError)?.field, "file.content_base64", bad)
            }
        }
        let huge = String(repeating: "A", count: 4_000_000)
        XCTAssertThrowsError(try read(huge)) { XCTAssertTrue(($0 as? ValidationError)?.reason.contains("PLURAL_MAX_UPLOAD_BYTES") == true) }
        XCTAssertThrowsError(try FileUpload.read([:], "file", limit: 4)) { XCTAssertEqual(($0 as? ValidationError)?.field, "file") }
    }
}
