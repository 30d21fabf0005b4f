import Foundation
import Glibc
import Plural

/// Serialises answers and performs the socket-level endings (clean close, lingering close, reset).
enum HTTPResponseWriter {
    /// The whole answer as one buffer, so head and body leave in one send (with TCP_NODELAY, two sends
    /// would mean two packets and, for some clients, a delayed-ACK stall).
    static func serialize(_ response: HTTPResponse, keepAlive: Bool, isHead: Bool) -> [UInt8] {
        let status = (100...999).contains(response.status) ? response.status : 500
        // RFC 9110 §6.4.1: these never carry content; a stray body would be read as the next response.
        let bodyless = status < 200 || status == 204 || status == 304
        var head = "HTTP/1.1 \(status) \(reasonPhrase(status))\r\n"
        var hasContentType = false
        for (name, value) in response.headers.sorted(by: { $0.key < $1.key }) {
            // Framing headers are ours to compute: a handler's guess could desynchronise the connection.
            if name == "content-length" || name == "transfer-encoding" || name == "connection" { continue }
            guard !name.isEmpty, name.utf8.allSatisfy(HTTPRequestParser.isTokenByte) else { continue }
            if name == "content-type" { hasContentType = true }
            // Stripping CR/LF keeps a handler-supplied value from splitting the response.
            let clean = String(value.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })
            head += "\(canonicalName(name)): \(clean)\r\n"
        }
        if !bodyless {
            if !hasContentType { head += "Content-Type: application/json\r\n" }
            head += "Content-Length: \(response.body.count)\r\n"
        }
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n"
        var out = Array(head.utf8)
        if !bodyless && !isHead { out.append(contentsOf: response.body) }
        return out
    }

    /// `content-type` → `Content-Type`: header names are case-insensitive, but people read captures.
    static func canonicalName(_ name: String) -> String {
        name.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: "-")
    }

    /// A minimal error answer for requests that could not be parsed; always closes.
    static func errorResponse(_ status: Int, _ reason: String) -> [UInt8] {
        let body = Array("{\"error\":\"\(reason)\"}".utf8)
        return serialize(HTTPResponse(status: status, body: body), keepAlive: false, isHead: false)
    }

    /// Writes everything or reports failure. MSG_NOSIGNAL: a vanished client is an error, not a SIGPIPE.
    @discardableResult
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    /// Arms SO_LINGER {1, 0} so the coming close() sends RST instead of FIN.
    static func armReset(_ fd: Int32) {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
    }

    /// Half-closes, then reads and discards what the client is still sending, for a bounded time.
    ///
    /// Closing a socket with unread input makes the kernel send RST, which can destroy our error answer
    /// in the client's receive buffer before it reads it (a client mid-way through a large upload).
    static func drainBeforeClose(_ fd: Int32) {
        Glibc.shutdown(fd, Int32(SHUT_WR))
        var timeout = timeval(tv_sec: 0, tv_usec: 250_000)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let deadline = DispatchTime.now().uptimeNanoseconds + 2_000_000_000
        var scratch = [UInt8](repeating: 0, count: 64 * 1024)
        var total = 0
        while total < 16 * 1024 * 1024 && DispatchTime.now().uptimeNanoseconds < deadline {
            let n = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            total += n
        }
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: return "Continue"
        case 101: return "Switching Protocols"
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 204: return "No Content"
        case 206: return "Partial Content"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 303: return "See Other"
        case 304: return "Not Modified"
        case 307: return "Temporary Redirect"
        case 308: return "Permanent Redirect"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 402: return "Payment Required"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 406: return "Not Acceptable"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 410: return "Gone"
        case 411: return "Length Required"
        case 412: return "Precondition Failed"
        case 413: return "Content Too Large"
        case 415: return "Unsupported Media Type"
        case 422: return "Unprocessable Content"
        case 425: return "Too Early"
        case 428: return "Precondition Required"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        case 505: return "HTTP Version Not Supported"
        default:
            switch status / 100 {
            case 1: return "Informational"
            case 2: return "Success"
            case 3: return "Redirection"
            case 4: return "Client Error"
            default: return "Server Error"
            }
        }
    }
}
