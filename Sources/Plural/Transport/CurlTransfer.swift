import CCurl
import Foundation

/// One request on the curl loop: its easy handle, the body it sends and the answer it collects.
///
/// The submitting thread configures it; from `CurlLoop.submit` on, only the loop thread touches it (curl
/// calls the callbacks there), until `finish` hands the outcome back.
final class CurlTransfer: @unchecked Sendable {
    let easy: UnsafeMutableRawPointer
    private let body: [UInt8]
    private let hasBody: Bool
    private let maxAnswerBytes: Int
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let finish: @Sendable (Result<HTTPResponse, TransportError>) -> Void

    /// Where the next body byte comes from.
    private var bodyOffset = 0
    /// Body bytes ever handed to curl. Once it is above zero the gateway may hold part of the request, so
    /// curl's wish to resend it on a fresh connection is refused (see `seekBody`).
    private var bodyBytesHandedOut = 0
    private var headers: [String: String] = [:]
    private var answer: [UInt8] = []
    private var tooLarge = false

    init(easy: UnsafeMutableRawPointer, request: HTTPRequest, timeout: Double,
         finish: @escaping @Sendable (Result<HTTPResponse, TransportError>) -> Void) {
        self.easy = easy
        self.body = request.body
        self.hasBody = !request.body.isEmpty
        self.maxAnswerBytes = request.maxAnswerBytes
        self.finish = finish
        configure(request, timeout: timeout)
    }

    private func configure(_ request: HTTPRequest, timeout: Double) {
        let me = Unmanaged.passUnretained(self).toOpaque()
        plural_easy_setopt_string(easy, CURLOPT_URL, request.url.absoluteString)
        // Several threads, no signal handlers: curl must not use SIGALRM for DNS timeouts.
        plural_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1)
        plural_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https")
        // A hard deadline on the whole exchange (connect, send, wait, read), kept by curl's own timer list:
        // nothing to cancel when the call ends first.
        plural_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, max(1, Int(timeout * 1000)))
        // The decoded bytes are what the answer cap counts.
        plural_easy_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, "")

        // No `Expect: 100-continue`: it would cost a round trip on every call with a body.
        var list: UnsafeMutablePointer<curl_slist>? = pcurl_slist_append(nil, "Expect:")
        for h in request.headers where !h.name.isEmpty && !(h.name + h.value).contains(where: { $0 == "\r" || $0 == "\n" }) {
            list = pcurl_slist_append(list, "\(h.name): \(h.value)")
        }
        headerList = list
        plural_easy_setopt_headers(easy, list)

        let method = request.method.uppercased()
        // POST, PUT and PATCH go as curl's POST (with Content-Length, even 0) under their own method name.
        if hasBody || ["POST", "PUT", "PATCH"].contains(method) {
            plural_easy_setopt_long(easy, CURLOPT_POST, 1)
            plural_easy_setopt_offset(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
            plural_easy_setopt_read(easy) { buffer, size, count, me in
                guard let buffer, let me else { return 0 }
                return Unmanaged<CurlTransfer>.fromOpaque(me).takeUnretainedValue().readBody(into: buffer, max: size * count)
            }
            plural_easy_setopt_pointer(easy, CURLOPT_READDATA, me)
            plural_easy_setopt_seek(easy) { me, offset, origin in
                guard let me else { return CURL_SEEKFUNC_CANTSEEK }
                return Unmanaged<CurlTransfer>.fromOpaque(me).takeUnretainedValue().seekBody(offset: Int64(offset), origin: origin)
            }
            plural_easy_setopt_pointer(easy, CURLOPT_SEEKDATA, me)
            if method != "POST" { plural_easy_setopt_string(easy, CURLOPT_CUSTOMREQUEST, method) }
        } else if method != "GET" {
            plural_easy_setopt_string(easy, CURLOPT_CUSTOMREQUEST, method)
        }
        plural_easy_setopt_write(easy, CURLOPT_HEADERFUNCTION) { buffer, size, count, me in
            guard let buffer, let me else { return 0 }
            return Unmanaged<CurlTransfer>.fromOpaque(me).takeUnretainedValue().header(UnsafeRawBufferPointer(start: buffer, count: size * count))
        }
        plural_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, me)
        plural_easy_setopt_write(easy, CURLOPT_WRITEFUNCTION) { buffer, size, count, me in
            guard let buffer, let me else { return 0 }
            return Unmanaged<CurlTransfer>.fromOpaque(me).takeUnretainedValue().receive(UnsafeRawBufferPointer(start: buffer, count: size * count))
        }
        plural_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, me)
    }

    // MARK: callbacks (loop thread)

    private func readBody(into buffer: UnsafeMutablePointer<CChar>, max: Int) -> Int {
        let n = Swift.min(max, body.count - bodyOffset)
        guard n > 0 else { return 0 }
        body.withUnsafeBytes { UnsafeMutableRawPointer(buffer).copyMemory(from: $0.baseAddress! + bodyOffset, byteCount: n) }
        bodyOffset += n
        bodyBytesHandedOut = Swift.max(bodyBytesHandedOut, bodyOffset)
        return n
    }

    /// curl asks to rewind when it wants to send the body again: after a reused connection died, it resends
    /// the whole request on a fresh one. If any body byte already went out, the gateway may have the request
    /// and acted on it; sending it again could act twice, so the transfer fails instead (CURLE_SEND_FAIL_REWIND,
    /// reported as `reset`, outcome unknown) and the retry policy of the operation decides.
    private func seekBody(offset: Int64, origin: Int32) -> Int32 {
        guard origin == SEEK_SET, offset == 0, bodyBytesHandedOut == 0 else { return CURL_SEEKFUNC_CANTSEEK }
        bodyOffset = 0
        return CURL_SEEKFUNC_OK
    }

    private func header(_ line: UnsafeRawBufferPointer) -> Int {
        if line.starts(with: "HTTP/".utf8) {
            // A new status line (after a 1xx): the headers so far belonged to another answer.
            headers.removeAll(keepingCapacity: true)
            return line.count
        }
        if line.count <= 2 {
            // End of the header block: refuse an announced oversized body before any of it is read.
            if headers["content-encoding"] == nil, let length = headers["content-length"].flatMap({ Int($0) }) {
                if length > maxAnswerBytes { tooLarge = true; return 0 }
                answer.reserveCapacity(length)
            }
            return line.count
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return line.count }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if let earlier = headers[name] { headers[name] = earlier + ", " + value } else { headers[name] = value }
        return line.count
    }

    private func receive(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard answer.count + bytes.count <= maxAnswerBytes else { tooLarge = true; return 0 }
        answer.append(contentsOf: bytes)
        return bytes.count
    }

    // MARK: completion (loop thread)

    /// Hands the outcome of the transfer to the waiting call. The easy handle may be reused afterwards.
    func complete(_ code: CURLcode) {
        pcurl_slist_free_all(headerList)
        headerList = nil
        var status = 0
        var value = 0
        if plural_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &value) == CURLE_OK { status = value }
        if tooLarge {
            finish(.success(HTTPResponse(status: status, headers: headers, answerTooLarge: true)))
        } else if code == CURLE_OK {
            finish(.success(HTTPResponse(status: status, headers: headers, body: answer)))
        } else {
            finish(.failure(failure(code)))
        }
    }

    /// What a curl error means for the caller: the reason, and whether the gateway can have seen the request.
    private func failure(_ code: CURLcode) -> TransportError {
        var requestBytes = 0
        _ = plural_easy_getinfo_long(easy, CURLINFO_REQUEST_SIZE, &requestBytes)
        // Nothing written at all, or a request whose body never started: the gateway cannot act on it.
        let nothingSent = requestBytes == 0 || (hasBody && bodyBytesHandedOut == 0)
        let detail = "curl \(code.rawValue): \(String(cString: pcurl_easy_strerror(code)))"
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return TransportError(.timeout, notSent: nothingSent, detail: detail)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT, CURLE_SSL_CONNECT_ERROR,
             CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE,
             CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE,
             CURLE_USE_SSL_FAILED, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED,
             CURLE_URL_MALFORMAT:
            // The connection (or its TLS handshake) never completed: no request byte left.
            return TransportError(.connect, notSent: true, detail: detail)
        default:
            // Broken connection, an answer that is not HTTP (CURLE_UNSUPPORTED_PROTOCOL: "HTTP/0.9"), a refused
            // resend (CURLE_SEND_FAIL_REWIND).
            return TransportError(.reset, notSent: nothingSent, detail: detail)
        }
    }
}
