import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Glibc
import Plural
import Support
import XCTest
@testable import PluralSimulator

final class HTTPServerTests: XCTestCase {
    private var server: HTTPServer!
    private var port: UInt16 = 0
    /// Requests currently inside the slow handler, so a test can wait until one has really arrived.
    private let slowInFlight = Locked(0)

    override func setUpWithError() throws {
        let slow = slowInFlight
        server = HTTPServer(handler: { request in await Self.route(request, slow: slow) })
        port = try server.start()
    }

    override func tearDown() {
        server.stop()
        server = nil
    }

    /// Echoes the request as JSON; a few paths inject faults or latency instead.
    private static func route(_ request: HTTPRequest, slow: Locked<Int>) async -> HTTPServer.Action {
        switch request.path {
        case "/reset": return .reset
        case "/close": return .close
        case "/raw": return .raw(Array("this is not HTTP at all\r\n\r\n".utf8))
        case "/truncated": return .raw(Array("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"partial\":".utf8))
        case "/slow":
            slow.withLock { $0 += 1 }
            try? await Task.sleep(nanoseconds: 200_000_000)
            slow.withLock { $0 -= 1 }
        case "/typed":
            return .respond(HTTPResponse(status: 201, headers: ["Content-Type": "text/plain", "X-Reply": "yes"], body: Array("plain".utf8)))
        case "/empty":
            return .respond(HTTPResponse(status: 204))
        default: break
        }
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name.lowercased()] = value }
        let echo: [String: Any] = [
            "method": request.method,
            "path": request.path,
            "url": request.url.absoluteString,
            "query": request.query,
            "body": String(decoding: request.body, as: UTF8.self),
            "bodyLength": request.body.count,
            "headers": headers,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: echo, options: [.sortedKeys])) ?? Data()
        return .respond(HTTPResponse(status: 200, headers: ["X-Echo": "1"], body: Array(data)))
    }

    // MARK: URLSession

    private func makeSession(maxConnections: Int? = nil) -> URLSession {
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = 10
        config.timeoutIntervalForResource = 10
        if let maxConnections { config.httpMaximumConnectionsPerHost = maxConnections }
        return URLSession(configuration: config)
    }

    private func url(_ pathAndQuery: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(pathAndQuery)")!
    }

    func testURLSessionGetAndPost() async throws {
        let session = makeSession()
        defer { session.invalidateAndCancel() }

        var get = URLRequest(url: url("/api/orders?limit=5&name=a%20b"))
        get.setValue("trace-123", forHTTPHeaderField: "X-Custom-Trace")
        let (getResponse, getEcho) = try await fetch(session, get)
        XCTAssertEqual(getResponse.statusCode, 200)
        XCTAssertEqual(getResponse.value(forHTTPHeaderField: "Content-Type"), "application/json")
        XCTAssertEqual(getResponse.value(forHTTPHeaderField: "X-Echo"), "1")
        XCTAssertEqual(getEcho["method"] as? String, "GET")
        XCTAssertEqual(getEcho["path"] as? String, "/api/orders")
        XCTAssertEqual(getEcho["query"] as? [String: String], ["limit": "5", "name": "a b"])
        XCTAssertEqual(getEcho["url"] as? String, "http://127.0.0.1:\(port)/api/orders?limit=5&name=a%20b")
        XCTAssertEqual((getEcho["headers"] as? [String: String])?["x-custom-trace"], "trace-123")

        var post = URLRequest(url: url("/api/orders"))
        post.httpMethod = "POST"
        post.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let payload = #"{"amount":"12.50","currency":"RON","items":[1,2,3]}"#
        post.httpBody = Data(payload.utf8)
        let (postResponse, postEcho) = try await fetch(session, post)
        XCTAssertEqual(postResponse.statusCode, 200)
        XCTAssertEqual(postEcho["method"] as? String, "POST")
        XCTAssertEqual(postEcho["body"] as? String, payload)
        XCTAssertEqual((postEcho["headers"] as? [String: String])?["content-type"], "application/json")
    }

    func testHandlerStatusAndHeadersReachURLSession() async throws {
        let session = makeSession()
        defer { session.invalidateAndCancel() }
        let (data, response) = try await session.data(for: URLRequest(url: url("/typed"), timeoutInterval: 10))
        let http = try XCTUnwrap(response as? HTTPURLResponse)
        XCTAssertEqual(http.statusCode, 201)
        XCTAssertEqual(http.value(forHTTPHeaderField: "Content-Type"), "text/plain")
        XCTAssertEqual(http.value(forHTTPHeaderField: "X-Reply"), "yes")
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "plain")

        // 204 carries no body and no Content-Length; the connection must stay usable afterwards.
        let (empty, emptyResponse) = try await session.data(for: URLRequest(url: url("/empty"), timeoutInterval: 10))
        XCTAssertEqual((emptyResponse as? HTTPURLResponse)?.statusCode, 204)
        XCTAssertTrue(empty.isEmpty)
        let (after, _) = try await fetch(session, URLRequest(url: url("/after")))
        XCTAssertEqual(after.statusCode, 200)
        XCTAssertEqual(server.connectionsAccepted, 1)
    }

    func testSequentialRequestsReuseOneConnection() async throws {
        let session = makeSession()
        defer { session.invalidateAndCancel() }
        for i in 0..<20 {
            var request = URLRequest(url: url("/seq?i=\(i)"))
            if i % 2 == 1 {
                request.httpMethod = "POST"
                request.httpBody = Data("{\"i\":\(i)}".utf8)
            }
            let (response, echo) = try await fetch(session, request)
            XCTAssertEqual(response.statusCode, 200)
            XCTAssertEqual((echo["query"] as? [String: String])?["i"], "\(i)")
        }
        XCTAssertEqual(server.connectionsAccepted, 1, "keep-alive should carry all 20 requests on one connection")
    }

    func testHundredConcurrentURLSessionRequests() async throws {
        let session = makeSession(maxConnections: 100)
        defer { session.invalidateAndCancel() }
        let base = "http://127.0.0.1:\(port)"
        let results = try await withThrowingTaskGroup(of: (Int, Int, String?).self) { group in
            for i in 0..<100 {
                group.addTask {
                    var request = URLRequest(url: URL(string: "\(base)/concurrent?i=\(i)")!)
                    request.httpMethod = "POST"
                    request.httpBody = Data("body-\(i)".utf8)
                    let (response, echo) = try await fetch(session, request)
                    return (i, response.statusCode, echo["body"] as? String)
                }
            }
            var all: [(Int, Int, String?)] = []
            for try await result in group { all.append(result) }
            return all
        }
        XCTAssertEqual(results.count, 100)
        for (i, status, body) in results {
            XCTAssertEqual(status, 200)
            XCTAssertEqual(body, "body-\(i)")
        }
    }

    // MARK: Faults

    /// Runs a request expected to end without a proper answer; returns the error, failing if it hung.
    private func faultOutcome(_ path: String) async -> (error: Error?, status: Int?, elapsed: Double) {
        let session = makeSession()
        defer { session.invalidateAndCancel() }
        let started = Date()
        do {
            let (_, response) = try await session.data(for: URLRequest(url: url(path), timeoutInterval: 10))
            return (nil, (response as? HTTPURLResponse)?.statusCode, Date().timeIntervalSince(started))
        } catch {
            return (error, nil, Date().timeIntervalSince(started))
        }
    }

    func testResetFailsURLSessionWithNetworkError() async throws {
        let outcome = await faultOutcome("/reset")
        let error = try XCTUnwrap(outcome.error as? URLError, "a reset must surface as a URLError, got \(String(describing: outcome.error))")
        XCTAssertNotEqual(error.code, .timedOut, "a reset must not look like a hang")
        XCTAssertLessThan(outcome.elapsed, 5)
    }

    func testCloseWithoutAnswerFailsURLSession() async throws {
        let outcome = await faultOutcome("/close")
        let error = try XCTUnwrap(outcome.error as? URLError)
        XCTAssertNotEqual(error.code, .timedOut)
        XCTAssertLessThan(outcome.elapsed, 5)
    }

    func testRawGarbageDoesNotHangURLSession() async throws {
        for path in ["/raw", "/truncated"] {
            let outcome = await faultOutcome(path)
            XCTAssertLessThan(outcome.elapsed, 5, path)
            if let error = outcome.error as? URLError {
                XCTAssertNotEqual(error.code, .timedOut, path)
            } else {
                XCTAssertNotEqual(outcome.status, 200, "\(path) must not pass for a good answer")
            }
        }
    }

    func testServerSurvivesFaultsAndKeepsServing() async throws {
        for path in ["/reset", "/close", "/raw", "/truncated"] { _ = await faultOutcome(path) }
        let client = try RawClient(port: port)
        client.send("GET /still-alive HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 200)
    }

    func testFaultsOnTheWire() throws {
        // URLSession blurs these together; a raw socket tells a reset from a clean close.
        let reset = try RawClient(port: port)
        reset.send("GET /reset HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(reset.receiveAll(), .failure(RawClient.Errno(code: ECONNRESET)))

        let closed = try RawClient(port: port)
        closed.send("GET /close HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(closed.receiveAll(), .success([]))

        let raw = try RawClient(port: port)
        raw.send("GET /raw HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(raw.receiveAll(), .success(Array("this is not HTTP at all\r\n\r\n".utf8)))
    }

    // MARK: Latency and concurrency

    func testSlowHandlerDoesNotBlockOtherConnections() async throws {
        let slowSession = makeSession()
        let fastSession = makeSession()
        defer {
            slowSession.invalidateAndCancel()
            fastSession.invalidateAndCancel()
        }
        // Warm both sessions so connection setup does not count.
        _ = try await fetch(slowSession, URLRequest(url: url("/warm")))
        _ = try await fetch(fastSession, URLRequest(url: url("/warm")))

        let slowDone = Locked(false)
        let slowURL = url("/slow")
        let slowTask = Task {
            let result = try await fetch(slowSession, URLRequest(url: slowURL))
            slowDone.withLock { $0 = true }
            return result.0.statusCode
        }
        // Wait until the slow request is really inside the handler, else the test proves nothing.
        let deadline = Date().addingTimeInterval(5)
        while slowInFlight.current == 0 && Date() < deadline { try await Task.sleep(nanoseconds: 2_000_000) }
        XCTAssertEqual(slowInFlight.current, 1)

        // Ordering rather than a wall-clock bound, so a loaded machine cannot make this flaky.
        let (fast, _) = try await fetch(fastSession, URLRequest(url: url("/fast")))
        XCTAssertEqual(fast.statusCode, 200)
        XCTAssertFalse(slowDone.current, "the fast request waited for the slow one")
        let slowStatus = try await slowTask.value
        XCTAssertEqual(slowStatus, 200)
    }

    func testManySimultaneousConnections() throws {
        // All held open at once, so each needs its own server thread.
        var clients: [RawClient] = []
        for i in 0..<250 {
            let client = try RawClient(port: port)
            client.send("GET /many?i=\(i) HTTP/1.1\r\nHost: x\r\n\r\n")
            clients.append(client)
        }
        for i in clients.indices {
            let response = try clients[i].readResponse()
            XCTAssertEqual(response.status, 200)
            XCTAssertTrue(response.text.contains("\"i\":\"\(i)\""))
        }
        XCTAssertEqual(server.connectionsAccepted, 250)
    }

    // MARK: Raw protocol

    func testChunkedRequestBody() throws {
        let client = try RawClient(port: port)
        client.send("POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5\r\nhello\r\n" + "7;ext=1\r\n, world\r\n" + "0\r\nX-Trailer: t\r\n\r\n")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.json["body"] as? String, "hello, world")
        XCTAssertEqual(response.headers["connection"], "keep-alive")
        // Same connection, next request: the chunked framing was consumed exactly.
        client.send("GET /next HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().json["path"] as? String, "/next")
        XCTAssertEqual(server.connectionsAccepted, 1)
    }

    func testConnectionCloseIsHonoured() throws {
        let client = try RawClient(port: port)
        client.send("GET /bye HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["connection"], "close")
        XCTAssertTrue(client.peerClosed(), "server must close after Connection: close")
    }

    func testHTTP10ClosesUnlessKeepAliveAsked() throws {
        let plain = try RawClient(port: port)
        plain.send("GET /old HTTP/1.0\r\n\r\n")
        XCTAssertEqual(try plain.readResponse().headers["connection"], "close")
        XCTAssertTrue(plain.peerClosed())

        let kept = try RawClient(port: port)
        kept.send("GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        XCTAssertEqual(try kept.readResponse().headers["connection"], "keep-alive")
        kept.send("GET /again HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        XCTAssertEqual(try kept.readResponse().status, 200)
    }

    func testPipelinedRequestsAnsweredInOrder() throws {
        let client = try RawClient(port: port)
        client.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\nPOST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /three HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().json["path"] as? String, "/one")
        let two = try client.readResponse().json
        XCTAssertEqual(two["path"] as? String, "/two")
        XCTAssertEqual(two["body"] as? String, "abc")
        XCTAssertEqual(try client.readResponse().json["path"] as? String, "/three")
    }

    func testMalformedRequestLineGets400AndClose() throws {
        for garbage in ["GARBAGE\r\n\r\n", "GET /x\r\n\r\n", "GET /x HTTP/1.1 extra\r\n\r\n", "GET /x FTP/1.1\r\n\r\n",
                        "GET /x HTTP/1.1\r\nNo colon here\r\n\r\n", "POST /x HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
                        "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"] {
            let client = try RawClient(port: port)
            client.send(garbage)
            let response = try client.readResponse()
            XCTAssertEqual(response.status, 400, garbage)
            XCTAssertEqual(response.headers["connection"], "close", garbage)
            XCTAssertTrue(client.peerClosed(), garbage)
        }
    }

    func testExpect100Continue() throws {
        let client = try RawClient(port: port)
        let body = String(repeating: "x", count: 2000)
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.utf8.count)\r\nExpect: 100-continue\r\n\r\n")
        // The interim answer must arrive before any body byte is sent.
        XCTAssertEqual(try client.readResponse().status, 100)
        client.send(body)
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.json["bodyLength"] as? Int, 2000)
    }

    func testOversizedHeadersGet431() throws {
        let client = try RawClient(port: port)
        client.send("GET /big HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 70 * 1024))\r\n\r\n")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 431)
        XCTAssertTrue(client.peerClosed())

        // Many small header lines add up to the same limit.
        let many = try RawClient(port: port)
        many.send("GET /many HTTP/1.1\r\n" + (0..<8000).map { "X-H\($0): v\r\n" }.joined() + "\r\n")
        XCTAssertEqual(try many.readResponse().status, 431)
    }

    func testOversizedBodyGets413() throws {
        let declared = try RawClient(port: port)
        declared.send("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: \(9 * 1024 * 1024)\r\nExpect: 100-continue\r\n\r\n")
        // Refused from the header alone: no 100 Continue, straight to 413.
        XCTAssertEqual(try declared.readResponse().status, 413)

        let chunked = try RawClient(port: port)
        chunked.send("POST /big HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        let piece = Array("100000\r\n".utf8) + [UInt8](repeating: 0x61, count: 0x100000) + Array("\r\n".utf8)
        for _ in 0..<9 { chunked.send(piece) }
        XCTAssertEqual(try chunked.readResponse().status, 413)
    }

    func testLargeBodyWithinLimit() throws {
        let client = try RawClient(port: port)
        let size = 8 * 1024 * 1024
        client.send("POST /large HTTP/1.1\r\nHost: x\r\nContent-Length: \(size)\r\n\r\n")
        client.send([UInt8](repeating: 0x62, count: size))
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.json["bodyLength"] as? Int, size)
    }

    func testRequestTargetBecomesURL() throws {
        let origin = "http://127.0.0.1:8080"
        XCTAssertEqual(HTTPServer.url(origin: origin, target: "/a/b?x=1&y=%20z")?.absoluteString, "http://127.0.0.1:8080/a/b?x=1&y=%20z")
        // Bytes URL(string:) rejects are encoded one by one; valid escapes survive, stray '%' does not.
        XCTAssertEqual(HTTPServer.url(origin: origin, target: "/a%20b/{x}|y^?q=%zz&r=%4")?.absoluteString,
                       "http://127.0.0.1:8080/a%20b/%7Bx%7D%7Cy%5E?q=%25zz&r=%254")
        // Absolute-form keeps only path and query: the handler always sees this server's origin.
        XCTAssertEqual(HTTPServer.url(origin: origin, target: "http://elsewhere:99/abs?q=1")?.absoluteString, "http://127.0.0.1:8080/abs?q=1")
        XCTAssertEqual(HTTPServer.url(origin: origin, target: "*")?.absoluteString, "http://127.0.0.1:8080/")
        XCTAssertNil(HTTPServer.url(origin: origin, target: "nonsense"))

        let client = try RawClient(port: port)
        client.send("GET /odd/{x}?q=a%20b HTTP/1.1\r\nHost: x\r\n\r\n")
        let echo = try client.readResponse().json
        XCTAssertEqual(echo["path"] as? String, "/odd/{x}")
        XCTAssertEqual(echo["query"] as? [String: String], ["q": "a b"])
    }

    // MARK: Lifecycle

    func testPortInUseIsReported() throws {
        let other = HTTPServer(port: port) { _ in .close }
        XCTAssertThrowsError(try other.start()) { error in
            XCTAssertTrue("\(error)".contains("\(self.port)"), "\(error)")
            XCTAssertTrue("\(error)".lowercased().contains("in use"), "\(error)")
        }
        other.stop()
    }

    func testStopClosesOpenConnectionsAndRefusesNewOnes() throws {
        let client = try RawClient(port: port)
        client.send("GET /before HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 200)
        let started = Date()
        server.stop()
        XCTAssertLessThan(Date().timeIntervalSince(started), 0.5, "stop() must return promptly")
        XCTAssertTrue(client.peerClosed(), "an idle keep-alive connection must be closed by stop()")
        usleep(50_000)
        XCTAssertThrowsError(try RawClient(port: port))
    }
}

/// One request with a bounded wait; the body decoded as a JSON object when it is one.
private func fetch(_ session: URLSession, _ request: URLRequest) async throws -> (HTTPURLResponse, [String: Any]) {
    var request = request
    request.timeoutInterval = 10
    let (data, response) = try await session.data(for: request)
    let http = try XCTUnwrap(response as? HTTPURLResponse)
    let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    return (http, json)
}

/// A deliberately plain blocking client, to send what URLSession never would.
private final class RawClient {
    struct Failure: Error, CustomStringConvertible { let description: String }
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]) ?? [:] }
    }

    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        // Every read is bounded, so a wedged server fails the test instead of hanging it.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            Glibc.close(fd)
            throw Failure(description: "connect failed: \(String(cString: strerror(errno)))")
        }
    }

    deinit { _ = Glibc.close(fd) }

    func send(_ text: String) { send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// Receives more bytes; false on EOF, error or timeout.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
        guard n > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<n])
        return true
    }

    func readResponse() throws -> Response {
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            if buffer.count >= 4 {
                headEnd = (0...(buffer.count - 4)).first { Array(buffer[$0..<($0 + 4)]) == separator }
            }
            if headEnd == nil { guard fill() else { throw Failure(description: "no complete response head") } }
        }
        let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        buffer.removeFirst(headEnd! + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, statusLine[0] == "HTTP/1.1", let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line in \(head)")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "bad header \(line)") }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while buffer.count < length { guard fill() else { throw Failure(description: "truncated body") } }
        let body = Array(buffer[0..<length])
        buffer.removeFirst(length)
        return Response(status: status, headers: headers, body: body)
    }

    struct Errno: Error, Equatable { let code: Int32 }

    /// Everything until the server closes: the bytes on a clean close (FIN), the errno otherwise.
    func receiveAll() -> Result<[UInt8], Errno> {
        while true {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n == 0 { return .success(buffer) }
            if n < 0 { return .failure(Errno(code: errno)) }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    /// True when the server closed its side (EOF, or a reset after it closed) with nothing left unread.
    func peerClosed() -> Bool {
        guard buffer.isEmpty else { return false }
        var byte: UInt8 = 0
        let n = recv(fd, &byte, 1, 0)
        return n == 0 || (n < 0 && errno == ECONNRESET)
    }
}
