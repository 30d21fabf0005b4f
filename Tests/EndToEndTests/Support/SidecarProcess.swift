import Foundation
import Support
import XCTest

/// The built `plural-sidecar`, spawned for real with pipes on stdin, stdout and stderr.
final class SidecarProcess: @unchecked Sendable {
    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["PLURAL_SIDECAR_BIN"] { return b }
        // Tests/EndToEndTests/Support/SidecarProcess.swift -> repository root -> .build/debug
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        for dir in [".build/debug", ".build/release"] {
            let p = root.appendingPathComponent(dir).appendingPathComponent("plural-sidecar").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return root.appendingPathComponent(".build/debug/plural-sidecar").path
    }

    let process = Process()
    let stdin = Pipe()
    let stdout: LineCollector
    let stderr: LineCollector

    /// util-linux's setpriv sets PR_SET_PDEATHSIG, which Foundation's Process cannot, then execs the binary
    /// (same pid). The signal comes when the thread that spawned the child exits: XCTest runs tests on the
    /// main thread, so the child dies with the test process, even when it crashes or is killed. Otherwise the
    /// process is killed when this object goes, or by `scripts/test`'s leak check at the end.
    static let dieWithParent = "/usr/bin/setpriv"

    /// `limitDescriptors`: run under `prlimit --nofile` (util-linux), to see the process run out of descriptors.
    init(arguments: [String] = [], environment: [String: String] = [:], inheritEnvironment: Bool = false,
         limitDescriptors: Int? = nil) throws {
        let limit = limitDescriptors.map { ["/usr/bin/prlimit", "--nofile=\($0):\($0)", "--"] } ?? []
        if FileManager.default.isExecutableFile(atPath: Self.dieWithParent) {
            process.executableURL = URL(fileURLWithPath: Self.dieWithParent)
            process.arguments = ["--pdeathsig", "KILL", "--"] + limit + [Self.binary] + arguments
        } else if let first = limit.first {
            process.executableURL = URL(fileURLWithPath: first)
            process.arguments = Array(limit.dropFirst()) + [Self.binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = arguments
        }
        var env = inheritEnvironment ? ProcessInfo.processInfo.environment : ["PATH": "/usr/bin:/bin"]
        if env["PLURAL_ENV"] == nil { env["PLURAL_ENV"] = "simulator" }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        stdout = LineCollector(handle: out.fileHandleForReading)
        stdoutFD = out.fileHandleForReading.fileDescriptor
        stderr = LineCollector(handle: err.fileHandleForReading)
        try process.run()
        TestProcesses.shared.started(process)
        stdout.start()
        stderr.start()
    }

    var pid: Int32 { process.processIdentifier }
    private(set) var stdoutFD: Int32 = -1

    func send(_ text: String) {
        write(Array((text + "\n").utf8))
    }

    func write(_ bytes: [UInt8]) {
        let fd = stdin.fileHandleForWriting.fileDescriptor
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { if errno == EINTR { continue }; return }
                off += n
            }
        }
    }

    func closeStdin() { try? stdin.fileHandleForWriting.close() }

    /// One call, one answer.
    func call(_ method: String, _ params: JSONValue? = nil, id: Int = 1, timeout: Double = 10) throws -> JSONValue {
        var req: JSONObject = ["jsonrpc": "2.0", "id": .int(id), "method": .string(method)]
        if let params { req["params"] = params }
        send(JSONWriter.string(.object(req)))
        return try XCTUnwrap(stdout.nextJSON(timeout: timeout), "no answer to \(method)")
    }

    /// Waits for exit; returns the status or nil on timeout.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning { return nil }
        return process.terminationStatus
    }

    func terminate(signal sig: Int32 = SIGTERM) { kill(process.processIdentifier, sig) }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
    }
}

/// Every process a test starts is killed when that test ends, passed or failed. XCTest keeps each test's
/// instance, and so the processes it stored, alive until the whole run ends; without this, a class that
/// forgets to release them in tearDown leaves one process per test running, and orphans them if the run
/// itself is killed.
final class TestProcesses: NSObject, XCTestObservation, @unchecked Sendable {
    static let shared: TestProcesses = {
        let observer = TestProcesses()
        XCTestObservationCenter.shared.addTestObserver(observer)
        return observer
    }()

    private let lock = NSLock()
    private var running: [Process] = []

    func started(_ process: Process) { lock.withLock { running.append(process) } }

    func testCaseDidFinish(_ testCase: XCTestCase) {
        for process in lock.withLock({ () -> [Process] in defer { running.removeAll() }; return running }) where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// Reads a pipe on its own thread and hands out complete lines.
final class LineCollector: @unchecked Sendable {
    private let handle: FileHandle
    private let cond = NSCondition()
    private var lines: [String] = []
    private var eof = false
    private var rawBytes: [UInt8] = []

    init(handle: FileHandle) { self.handle = handle }

    func start() {
        let fd = handle.fileDescriptor
        let t = Thread { [self] in
            var pending: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                cond.lock()
                rawBytes.append(contentsOf: buf[0..<n])
                cond.unlock()
                pending.append(contentsOf: buf[0..<n])
                var newLines: [String] = []
                while let nl = pending.firstIndex(of: 0x0A) {
                    newLines.append(String(decoding: pending[..<nl], as: UTF8.self))
                    pending.removeSubrange(...nl)
                }
                if !newLines.isEmpty {
                    cond.lock(); lines.append(contentsOf: newLines); cond.broadcast(); cond.unlock()
                }
            }
            cond.lock()
            if !pending.isEmpty { lines.append(String(decoding: pending, as: UTF8.self)) }
            eof = true
            cond.broadcast()
            cond.unlock()
        }
        t.start()
    }

    /// Next line, or nil at end of stream or after the timeout.
    func next(timeout: Double = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        cond.lock()
        defer { cond.unlock() }
        while lines.isEmpty && !eof {
            if !cond.wait(until: deadline) { return nil }
        }
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    func nextJSON(timeout: Double = 10) -> JSONValue? {
        guard let line = next(timeout: timeout) else { return nil }
        return try? JSONParser.parse(line)
    }

    /// Collects `count` lines (or fewer at timeout/EOF).
    func take(_ count: Int, timeout: Double = 30) -> [String] {
        var out: [String] = []
        let deadline = Date().addingTimeInterval(timeout)
        while out.count < count, let l = next(timeout: max(0.01, deadline.timeIntervalSinceNow)) { out.append(l) }
        return out
    }

    /// Waits for end of stream and returns everything that was ever read, raw.
    func all(timeout: Double = 10) -> [UInt8] {
        let deadline = Date().addingTimeInterval(timeout)
        cond.lock()
        defer { cond.unlock() }
        while !eof { if !cond.wait(until: deadline) { break } }
        return rawBytes
    }

    var isAtEnd: Bool { cond.lock(); defer { cond.unlock() }; return eof && lines.isEmpty }

    /// Everything read so far as text (for log assertions).
    var text: String { cond.lock(); defer { cond.unlock() }; return String(decoding: rawBytes, as: UTF8.self) }
}

func json(_ text: String) -> JSONValue { try! JSONParser.parse(text) }
