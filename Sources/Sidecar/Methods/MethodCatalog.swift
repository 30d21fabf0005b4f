import JSONRPC
import Plural
import Support

/// Every method the sidecar serves. Add a method here and it is dispatched, documented in
/// `rpc.discover` / `protocol/openrpc.json`, and checked by the catalogue tests.
public enum MethodCatalog {
    public static let all: [any SidecarMethod.Type] = [
        CreateOrder.self, GetOrder.self, CreatePayment.self, Capture.self, Cancel.self, Refund.self,
        CreateCheckout.self, CheckPointBalance.self,
        CreatePaymentLink.self, GetPaymentLink.self, CancelPaymentLink.self,
        AcceptPayment.self, ProcessPayment.self, Inquiry.self, LegacyRefund.self, CreateOrderToken.self,
        VerifySignature.self, VerifyWebhook.self,
        Ping.self, Discover.self,
        SimulatorPay.self, SimulatorConfigure.self,
    ]
}

/// The dispatcher's view of the catalogue, and the one place where failures become JSON-RPC errors.
public struct SidecarTable: MethodTable {
    private let handlers: [String: RPCHandler]

    public init(context: MethodContext) {
        var h: [String: RPCHandler] = [:]
        for m in MethodCatalog.all { h[m.name] = ParamsCheck.wrap(m, m.handler(context)) }
        handlers = h
    }

    public var methodNames: [String] { handlers.keys.sorted() }

    public func handler(for method: String) -> RPCHandler? { handlers[method] }

    public func rpcError(for error: Error, method: String) -> RPCError {
        ErrorMapping.rpcError(for: error, method: method)
    }
}
