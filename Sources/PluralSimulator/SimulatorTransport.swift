import Foundation
import Plural
import Support

/// The in-process path for `PLURAL_ENV=simulator`: requests go straight to the simulator, faults and
/// deadlines behave as they would over the network, and nothing leaves the process.
public struct SimulatorTransport: HTTPTransport {
    public let simulator: PluralSimulator

    public init(simulator: PluralSimulator) { self.simulator = simulator }

    public func send(_ request: HTTPRequest, timeout: Double) async throws(TransportError) -> HTTPResponse {
        let answer: HTTPServer.Action? = await withTaskGroup(of: HTTPServer.Action?.self) { group in
            group.addTask { await simulator.handle(request) }
            group.addTask {
                try? await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        switch answer {
        case .respond(let r)? where r.body.count > request.maxAnswerBytes:
            return HTTPResponse(status: r.status, headers: r.headers, answerTooLarge: true)
        case .respond(let r)?: return r
        case .reset?, .close?: throw TransportError(.reset, notSent: false, detail: "connection closed by the simulator without an answer")
        case .raw?: throw TransportError(.reset, notSent: false, detail: "the simulator answered with something that is not HTTP")
        case nil: throw TransportError(.timeout, notSent: false, detail: "no answer within \(timeout) s")
        }
    }
}
