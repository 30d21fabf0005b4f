# Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
# Change the document (or the generator) and run scripts/generate-clients.
"""The helpers: one per method in protocol/openrpc.json, typed with :mod:`plural_sidecar.types`.

``MethodHelpers`` is the thread client's mixin (:class:`Sidecar`), ``AsyncMethodHelpers`` the asyncio
client's (:class:`AsyncSidecar`). Each helper is ``call(rpc_name, params, timeout)`` with the name filled in.
"""

from __future__ import annotations

from typing import Any, Optional, Tuple, cast

from . import types
from ._protocol import Params

#: (snake_name, rpc_name) for every helper, in the document's order.
METHODS: Tuple[Tuple[str, str], ...] = (
    ("create_order", "createOrder"),
    ("get_order", "getOrder"),
    ("capture", "capture"),
    ("cancel", "cancel"),
    ("create_payment", "createPayment"),
    ("refund", "refund"),
    ("create_checkout", "createCheckout"),
    ("check_point_balance", "checkPointBalance"),
    ("fetch_upi_vpa", "fetchUpiVpa"),
    ("create_payment_link", "createPaymentLink"),
    ("get_payment_link", "getPaymentLink"),
    ("cancel_payment_link", "cancelPaymentLink"),
    ("accept_payment", "acceptPayment"),
    ("process_payment", "processPayment"),
    ("inquiry", "inquiry"),
    ("legacy_refund", "legacyRefund"),
    ("create_order_token", "createOrderToken"),
    ("verify_signature", "verifySignature"),
    ("verify_webhook", "verifyWebhook"),
    ("confirm_payment", "confirmPayment"),
    ("ping", "ping"),
    ("discover", "rpc.discover"),
    ("stats", "stats"),
    ("pending_outcomes", "pendingOutcomes"),
    ("simulator_pay", "simulator.pay"),
    ("simulator_configure", "simulator.configure"),
    ("simulator_webhooks", "simulator.webhooks"),
    ("simulator_redeliver", "simulator.redeliver"),
)


class MethodHelpers:
    """One helper per sidecar method, for the thread client."""

    def call(self, method: str, params: Params = None, timeout: Optional[float] = None) -> Any:
        raise NotImplementedError

    def create_order(
        self, params: types.CreateOrderParams, timeout: Optional[float] = None
    ) -> types.CreateOrderResult:
        """Create an order (POST /api/pay/v1/orders). A repeated merchant_order_reference returns the
        existing order.

        Calls Plural: POST /api/pay/v1/orders.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createOrder``.
        """
        return cast("types.CreateOrderResult", self.call("createOrder", params, timeout))

    def get_order(
        self, params: Optional[types.GetOrderParams] = None, timeout: Optional[float] = None
    ) -> types.GetOrderResult:
        """Fetch an order by order_id, or by merchant_order_reference.

        Calls Plural: GET /api/pay/v1/orders/{order_id}, GET
        /api/pay/v1/orders/reference/{merchant_order_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getOrder``.
        """
        return cast("types.GetOrderResult", self.call("getOrder", params, timeout))

    def capture(self, params: types.CaptureParams, timeout: Optional[float] = None) -> types.CaptureResult:
        """Capture an AUTHORIZED (pre_auth) order, wholly or in part. Not retried once sent.

        Calls Plural: PUT /api/pay/v1/orders/{order_id}/capture.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``capture``.
        """
        return cast("types.CaptureResult", self.call("capture", params, timeout))

    def cancel(self, params: types.CancelParams, timeout: Optional[float] = None) -> types.CancelResult:
        """Cancel an AUTHORIZED (pre_auth) order, releasing the authorisation.

        Calls Plural: PUT /api/pay/v1/orders/{order_id}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``cancel``.
        """
        return cast("types.CancelResult", self.call("cancel", params, timeout))

    def create_payment(
        self, params: types.CreatePaymentParams, timeout: Optional[float] = None
    ) -> types.CreatePaymentResult:
        """Create a payment against an order; answers the order with challenge_url, where the customer
        completes it.

        Card details pass through to Plural and nowhere else: never logged, never echoed. Each payment's
        merchant_payment_reference is its idempotency key: a repeat returns the order as it stands, so
        the call is retried like createOrder.

        Calls Plural: POST /api/pay/v1/orders/{order_id}/payments.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createPayment``.
        """
        return cast("types.CreatePaymentResult", self.call("createPayment", params, timeout))

    def refund(self, params: types.RefundParams, timeout: Optional[float] = None) -> types.RefundResult:
        """Refund a processed order, wholly or in part (at least ₹1). Answers the refund, itself an order
        of type REFUND.

        Idempotent by the refund's own merchant_order_reference (a repeat returns the refund already
        made), so it is retried on transient failures. Without order_amount Plural refunds what is left
        to refund.

        Calls Plural: POST /api/pay/v1/refunds/{order_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``refund``.
        """
        return cast("types.RefundResult", self.call("refund", params, timeout))

    def create_checkout(
        self, params: types.CreateCheckoutParams, timeout: Optional[float] = None
    ) -> types.CreateCheckoutResult:
        """Create a hosted-checkout order; answers the redirect_url to send the customer to.

        Idempotent by merchant_order_reference, like createOrder, so it is retried on transient
        failures.

        Calls Plural: POST /api/checkout/v1/orders.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createCheckout``.
        """
        return cast("types.CreateCheckoutResult", self.call("createCheckout", params, timeout))

    def check_point_balance(
        self, params: types.CheckPointBalanceParams, timeout: Optional[float] = None
    ) -> types.CheckPointBalanceResult:
        """Check a card's reward-points balance and eligibility (POST /payment-option). Get the customer's
        consent before redeeming.

        Calls Plural: POST /payment-option.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``checkPointBalance``.
        """
        return cast("types.CheckPointBalanceResult", self.call("checkPointBalance", params, timeout))

    def fetch_upi_vpa(
        self, params: types.FetchUpiVpaParams, timeout: Optional[float] = None
    ) -> types.FetchUpiVpaResult:
        """Look up the UPI VPA registered to a phone number, to offer UPI collect without typing (POST
        /payment-option).

        Calls Plural: POST /payment-option.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``fetchUpiVpa``.
        """
        return cast("types.FetchUpiVpaResult", self.call("fetchUpiVpa", params, timeout))

    def create_payment_link(
        self, params: types.CreatePaymentLinkParams, timeout: Optional[float] = None
    ) -> types.CreatePaymentLinkResult:
        """Create a payment link to share with a customer. A repeated merchant_payment_link_reference
        returns the existing link.

        Calls Plural: POST /api/pay/v1/paymentlink.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createPaymentLink``.
        """
        return cast("types.CreatePaymentLinkResult", self.call("createPaymentLink", params, timeout))

    def get_payment_link(
        self, params: Optional[types.GetPaymentLinkParams] = None, timeout: Optional[float] = None
    ) -> types.GetPaymentLinkResult:
        """Fetch a payment link by payment_link_id or merchant_payment_link_reference.

        Calls Plural: GET /api/pay/v1/paymentlink/{payment_link_id}, GET
        /api/pay/v1/paymentlink/ref/{merchant_payment_link_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getPaymentLink``.
        """
        return cast("types.GetPaymentLinkResult", self.call("getPaymentLink", params, timeout))

    def cancel_payment_link(
        self, params: types.CancelPaymentLinkParams, timeout: Optional[float] = None
    ) -> types.CancelPaymentLinkResult:
        """Cancel an active payment link.

        Calls Plural: PUT /api/pay/v1/paymentlink/{payment_link_id}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``cancelPaymentLink``.
        """
        return cast("types.CancelPaymentLinkResult", self.call("cancelPaymentLink", params, timeout))

    def accept_payment(
        self, params: types.AcceptPaymentParams, timeout: Optional[float] = None
    ) -> types.AcceptPaymentResult:
        """v2 hosted checkout: sign and send the payment JSON (base64 + X-VERIFY); answers the token and
        redirect_url.

        Calls Plural: POST /api/v2/accept/payment.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``acceptPayment``.
        """
        return cast("types.AcceptPaymentResult", self.call("acceptPayment", params, timeout))

    def process_payment(
        self, params: types.ProcessPaymentParams, timeout: Optional[float] = None
    ) -> types.ProcessPaymentResult:
        """v2 seamless checkout: pay the acceptPayment token with card, netbanking, UPI or wallet data;
        kind says which answer form came back.

        Calls Plural: POST /api/v2/process/payment.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``processPayment``.
        """
        return cast("types.ProcessPaymentResult", self.call("processPayment", params, timeout))

    def inquiry(self, params: types.InquiryParams, timeout: Optional[float] = None) -> types.InquiryResult:
        """v2 payment status (ppc_TransactionType 3); the answer's ppc_DIA_SECRET is verified before it is
        returned.

        Calls Plural: POST /api/PG/V2.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``inquiry``.
        """
        return cast("types.InquiryResult", self.call("inquiry", params, timeout))

    def legacy_refund(
        self, params: types.LegacyRefundParams, timeout: Optional[float] = None
    ) -> types.LegacyRefundResult:
        """Refund a v2 payment (ppc_TransactionType 10); the answer is verified. Not retried once sent.

        Calls Plural: POST /api/PG/V2.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``legacyRefund``.
        """
        return cast("types.LegacyRefundResult", self.call("legacyRefund", params, timeout))

    def create_order_token(
        self, params: types.CreateOrderTokenParams, timeout: Optional[float] = None
    ) -> types.CreateOrderTokenResult:
        """v1 order token (POST /api/v1/order/create/1, base64 + X-VERIFY); refusals such as 1160 and 1130
        answer -32001 with error_code.

        Calls Plural: POST /api/v1/order/create/1.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createOrderToken``.
        """
        return cast("types.CreateOrderTokenResult", self.call("createOrderToken", params, timeout))

    def verify_signature(
        self, params: types.VerifySignatureParams, timeout: Optional[float] = None
    ) -> types.VerifySignatureResult:
        """Verify fields Plural signed (v3 redirect callback, v2 callback, v2 inquiry/refund answer); the
        scheme is detected from the payload.

        Pass the fields exactly as received at the return URL (or from an inquiry). v3: HMAC-SHA256 of
        the sorted k=v&… string of every field but `signature`, under the hex PLURAL_SECRET_KEY. v2: the
        same without dia_secret/dia_secret_type (or ppc_DIA_SECRET/ppc_DIA_SECRET_TYPE), under the hex
        PLURAL_MERCHANT_SECRET. A mismatch answers valid: false.

        Raises InvalidParams (-32602), SettingMissing (-32004).

        JSON-RPC method ``verifySignature``.
        """
        return cast("types.VerifySignatureResult", self.call("verifySignature", params, timeout))

    def verify_webhook(
        self, params: types.VerifyWebhookParams, timeout: Optional[float] = None
    ) -> types.VerifyWebhookResult:
        """Verify a Plural webhook (webhook-id, webhook-timestamp, webhook-signature over the raw body);
        answers the event for de-duplication.

        Raises InvalidParams (-32602), SettingMissing (-32004).

        JSON-RPC method ``verifyWebhook``.
        """
        return cast("types.VerifyWebhookResult", self.call("verifyWebhook", params, timeout))

    def confirm_payment(
        self, params: types.ConfirmPaymentParams, timeout: Optional[float] = None
    ) -> types.ConfirmPaymentResult:
        """Confirm a return to your URL: verify the signed fields exactly as received, then read the order
        from the gateway; paid only when the gateway says so.

        Pass every field posted to your callback_url (v3: order_id, payment_status, signature…) or
        merchant_return_url (v2: unique_merchant_txn_id, dia_secret…) exactly as received. A forged or
        tampered payload answers verified: false, paid: false and fetches nothing. Otherwise the v3
        order is fetched (getOrder) or the v2 transaction inquired, and paid is true only when that
        record is AUTHORIZED or PROCESSED (v2: status 4 with code 1). AUTHORIZED (pre_auth) orders still
        need capture.

        Raises InvalidParams (-32602), SettingMissing (-32004), GatewayError (-32001),
        CredentialsRefused (-32002), GatewayUnreachable (-32003), SettingMissing (-32004),
        BadGatewayAnswer (-32005).

        JSON-RPC method ``confirmPayment``.
        """
        return cast("types.ConfirmPaymentResult", self.call("confirmPayment", params, timeout))

    def ping(self, params: Optional[types.PingParams] = None, timeout: Optional[float] = None) -> types.PingResult:
        """Liveness check: the sidecar's version and the Plural environment it talks to.

        Raises InvalidParams (-32602).

        JSON-RPC method ``ping``.
        """
        return cast("types.PingResult", self.call("ping", params, timeout))

    def discover(
        self, params: Optional[types.DiscoverParams] = None, timeout: Optional[float] = None
    ) -> types.DiscoverResult:
        """The OpenRPC document describing every method this sidecar serves.

        Raises InvalidParams (-32602).

        JSON-RPC method ``rpc.discover``.
        """
        return cast("types.DiscoverResult", self.call("rpc.discover", params, timeout))

    def stats(
        self, params: Optional[types.StatsParams] = None, timeout: Optional[float] = None
    ) -> types.StatsResult:
        """Health (live, ready and why not) and every metric --metrics serves, as JSON: calls, gateway
        requests, retries, token, circuits, process.

        metrics has one member per metric family (README, Operations): a list of {labels, value}, or for
        histograms {labels, buckets (cumulative counts by upper bound), sum, count}. Label values come
        from fixed sets only.

        Raises InvalidParams (-32602).

        JSON-RPC method ``stats``.
        """
        return cast("types.StatsResult", self.call("stats", params, timeout))

    def pending_outcomes(
        self, params: Optional[types.PendingOutcomesParams] = None, timeout: Optional[float] = None
    ) -> types.PendingOutcomesResult:
        """Money-moving calls whose outcome is still unknown; repeat one with its key to look it up again.

        Each entry is a call that was sent and whose answer was lost, and that no lookup has settled (by
        order id or merchant reference) within PLURAL_RECONCILE_TIMEOUT. Repeating the call with the
        same idempotency key (or merchant reference) looks it up again and answers what happened; a new
        call for the same merchant reference is refused (-32007, outcome_pending) until then. With
        PLURAL_STATE_DIR set, the list survives restarts.

        Raises InvalidParams (-32602).

        JSON-RPC method ``pendingOutcomes``.
        """
        return cast("types.PendingOutcomesResult", self.call("pendingOutcomes", params, timeout))

    def simulator_pay(
        self, params: Optional[types.SimulatorPayParams] = None, timeout: Optional[float] = None
    ) -> types.SimulatorPayResult:
        """(simulator only) Complete or fail the customer's side of a payment; answers the signed
        return-URL fields.

        Give order_id for a v3 order (answers order_id, payment_status, signature) or
        unique_merchant_txn_id for a v2 acceptPayment transaction (answers the v2 callback fields with
        dia_secret).

        Raises InvalidParams (-32602).

        JSON-RPC method ``simulator.pay``.
        """
        return cast("types.SimulatorPayResult", self.call("simulator.pay", params, timeout))

    def simulator_configure(
        self, params: Optional[types.SimulatorConfigureParams] = None, timeout: Optional[float] = None
    ) -> types.SimulatorConfigureResult:
        """(simulator only) Inject faults (latency, status, reset, malformed, garbage, unauthorized, large)
        and set token lifetime; answers stats.

        Raises InvalidParams (-32602).

        JSON-RPC method ``simulator.configure``.
        """
        return cast("types.SimulatorConfigureResult", self.call("simulator.configure", params, timeout))

    def simulator_webhooks(
        self, params: Optional[types.SimulatorWebhooksParams] = None, timeout: Optional[float] = None
    ) -> types.SimulatorWebhooksResult:
        """(simulator only) The webhooks sent to PLURAL_SIMULATOR_WEBHOOK_URL, oldest first: event,
        attempts, last status.

        Raises InvalidParams (-32602).

        JSON-RPC method ``simulator.webhooks``.
        """
        return cast("types.SimulatorWebhooksResult", self.call("simulator.webhooks", params, timeout))

    def simulator_redeliver(
        self, params: types.SimulatorRedeliverParams, timeout: Optional[float] = None
    ) -> types.SimulatorRedeliverResult:
        """(simulator only) Send one webhook again with the same webhook-id and body (a replay), and answer
        the delivery after that attempt.

        Raises InvalidParams (-32602), GatewayError (-32001).

        JSON-RPC method ``simulator.redeliver``.
        """
        return cast("types.SimulatorRedeliverResult", self.call("simulator.redeliver", params, timeout))



class AsyncMethodHelpers:
    """One helper per sidecar method, for the asyncio client (``await sc.create_order({...})``)."""

    async def call(self, method: str, params: Params = None, timeout: Optional[float] = None) -> Any:
        raise NotImplementedError

    async def create_order(
        self, params: types.CreateOrderParams, timeout: Optional[float] = None
    ) -> types.CreateOrderResult:
        """Create an order (POST /api/pay/v1/orders). A repeated merchant_order_reference returns the
        existing order.

        Calls Plural: POST /api/pay/v1/orders.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createOrder``.
        """
        return cast("types.CreateOrderResult", await self.call("createOrder", params, timeout))

    async def get_order(
        self, params: Optional[types.GetOrderParams] = None, timeout: Optional[float] = None
    ) -> types.GetOrderResult:
        """Fetch an order by order_id, or by merchant_order_reference.

        Calls Plural: GET /api/pay/v1/orders/{order_id}, GET
        /api/pay/v1/orders/reference/{merchant_order_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getOrder``.
        """
        return cast("types.GetOrderResult", await self.call("getOrder", params, timeout))

    async def capture(self, params: types.CaptureParams, timeout: Optional[float] = None) -> types.CaptureResult:
        """Capture an AUTHORIZED (pre_auth) order, wholly or in part. Not retried once sent.

        Calls Plural: PUT /api/pay/v1/orders/{order_id}/capture.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``capture``.
        """
        return cast("types.CaptureResult", await self.call("capture", params, timeout))

    async def cancel(self, params: types.CancelParams, timeout: Optional[float] = None) -> types.CancelResult:
        """Cancel an AUTHORIZED (pre_auth) order, releasing the authorisation.

        Calls Plural: PUT /api/pay/v1/orders/{order_id}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``cancel``.
        """
        return cast("types.CancelResult", await self.call("cancel", params, timeout))

    async def create_payment(
        self, params: types.CreatePaymentParams, timeout: Optional[float] = None
    ) -> types.CreatePaymentResult:
        """Create a payment against an order; answers the order with challenge_url, where the customer
        completes it.

        Card details pass through to Plural and nowhere else: never logged, never echoed. Each payment's
        merchant_payment_reference is its idempotency key: a repeat returns the order as it stands, so
        the call is retried like createOrder.

        Calls Plural: POST /api/pay/v1/orders/{order_id}/payments.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createPayment``.
        """
        return cast("types.CreatePaymentResult", await self.call("createPayment", params, timeout))

    async def refund(self, params: types.RefundParams, timeout: Optional[float] = None) -> types.RefundResult:
        """Refund a processed order, wholly or in part (at least ₹1). Answers the refund, itself an order
        of type REFUND.

        Idempotent by the refund's own merchant_order_reference (a repeat returns the refund already
        made), so it is retried on transient failures. Without order_amount Plural refunds what is left
        to refund.

        Calls Plural: POST /api/pay/v1/refunds/{order_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``refund``.
        """
        return cast("types.RefundResult", await self.call("refund", params, timeout))

    async def create_checkout(
        self, params: types.CreateCheckoutParams, timeout: Optional[float] = None
    ) -> types.CreateCheckoutResult:
        """Create a hosted-checkout order; answers the redirect_url to send the customer to.

        Idempotent by merchant_order_reference, like createOrder, so it is retried on transient
        failures.

        Calls Plural: POST /api/checkout/v1/orders.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createCheckout``.
        """
        return cast("types.CreateCheckoutResult", await self.call("createCheckout", params, timeout))

    async def check_point_balance(
        self, params: types.CheckPointBalanceParams, timeout: Optional[float] = None
    ) -> types.CheckPointBalanceResult:
        """Check a card's reward-points balance and eligibility (POST /payment-option). Get the customer's
        consent before redeeming.

        Calls Plural: POST /payment-option.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``checkPointBalance``.
        """
        return cast("types.CheckPointBalanceResult", await self.call("checkPointBalance", params, timeout))

    async def fetch_upi_vpa(
        self, params: types.FetchUpiVpaParams, timeout: Optional[float] = None
    ) -> types.FetchUpiVpaResult:
        """Look up the UPI VPA registered to a phone number, to offer UPI collect without typing (POST
        /payment-option).

        Calls Plural: POST /payment-option.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``fetchUpiVpa``.
        """
        return cast("types.FetchUpiVpaResult", await self.call("fetchUpiVpa", params, timeout))

    async def create_payment_link(
        self, params: types.CreatePaymentLinkParams, timeout: Optional[float] = None
    ) -> types.CreatePaymentLinkResult:
        """Create a payment link to share with a customer. A repeated merchant_payment_link_reference
        returns the existing link.

        Calls Plural: POST /api/pay/v1/paymentlink.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createPaymentLink``.
        """
        return cast("types.CreatePaymentLinkResult", await self.call("createPaymentLink", params, timeout))

    async def get_payment_link(
        self, params: Optional[types.GetPaymentLinkParams] = None, timeout: Optional[float] = None
    ) -> types.GetPaymentLinkResult:
        """Fetch a payment link by payment_link_id or merchant_payment_link_reference.

        Calls Plural: GET /api/pay/v1/paymentlink/{payment_link_id}, GET
        /api/pay/v1/paymentlink/ref/{merchant_payment_link_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getPaymentLink``.
        """
        return cast("types.GetPaymentLinkResult", await self.call("getPaymentLink", params, timeout))

    async def cancel_payment_link(
        self, params: types.CancelPaymentLinkParams, timeout: Optional[float] = None
    ) -> types.CancelPaymentLinkResult:
        """Cancel an active payment link.

        Calls Plural: PUT /api/pay/v1/paymentlink/{payment_link_id}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``cancelPaymentLink``.
        """
        return cast("types.CancelPaymentLinkResult", await self.call("cancelPaymentLink", params, timeout))

    async def accept_payment(
        self, params: types.AcceptPaymentParams, timeout: Optional[float] = None
    ) -> types.AcceptPaymentResult:
        """v2 hosted checkout: sign and send the payment JSON (base64 + X-VERIFY); answers the token and
        redirect_url.

        Calls Plural: POST /api/v2/accept/payment.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``acceptPayment``.
        """
        return cast("types.AcceptPaymentResult", await self.call("acceptPayment", params, timeout))

    async def process_payment(
        self, params: types.ProcessPaymentParams, timeout: Optional[float] = None
    ) -> types.ProcessPaymentResult:
        """v2 seamless checkout: pay the acceptPayment token with card, netbanking, UPI or wallet data;
        kind says which answer form came back.

        Calls Plural: POST /api/v2/process/payment.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``processPayment``.
        """
        return cast("types.ProcessPaymentResult", await self.call("processPayment", params, timeout))

    async def inquiry(self, params: types.InquiryParams, timeout: Optional[float] = None) -> types.InquiryResult:
        """v2 payment status (ppc_TransactionType 3); the answer's ppc_DIA_SECRET is verified before it is
        returned.

        Calls Plural: POST /api/PG/V2.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``inquiry``.
        """
        return cast("types.InquiryResult", await self.call("inquiry", params, timeout))

    async def legacy_refund(
        self, params: types.LegacyRefundParams, timeout: Optional[float] = None
    ) -> types.LegacyRefundResult:
        """Refund a v2 payment (ppc_TransactionType 10); the answer is verified. Not retried once sent.

        Calls Plural: POST /api/PG/V2.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``legacyRefund``.
        """
        return cast("types.LegacyRefundResult", await self.call("legacyRefund", params, timeout))

    async def create_order_token(
        self, params: types.CreateOrderTokenParams, timeout: Optional[float] = None
    ) -> types.CreateOrderTokenResult:
        """v1 order token (POST /api/v1/order/create/1, base64 + X-VERIFY); refusals such as 1160 and 1130
        answer -32001 with error_code.

        Calls Plural: POST /api/v1/order/create/1.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createOrderToken``.
        """
        return cast("types.CreateOrderTokenResult", await self.call("createOrderToken", params, timeout))

    async def verify_signature(
        self, params: types.VerifySignatureParams, timeout: Optional[float] = None
    ) -> types.VerifySignatureResult:
        """Verify fields Plural signed (v3 redirect callback, v2 callback, v2 inquiry/refund answer); the
        scheme is detected from the payload.

        Pass the fields exactly as received at the return URL (or from an inquiry). v3: HMAC-SHA256 of
        the sorted k=v&… string of every field but `signature`, under the hex PLURAL_SECRET_KEY. v2: the
        same without dia_secret/dia_secret_type (or ppc_DIA_SECRET/ppc_DIA_SECRET_TYPE), under the hex
        PLURAL_MERCHANT_SECRET. A mismatch answers valid: false.

        Raises InvalidParams (-32602), SettingMissing (-32004).

        JSON-RPC method ``verifySignature``.
        """
        return cast("types.VerifySignatureResult", await self.call("verifySignature", params, timeout))

    async def verify_webhook(
        self, params: types.VerifyWebhookParams, timeout: Optional[float] = None
    ) -> types.VerifyWebhookResult:
        """Verify a Plural webhook (webhook-id, webhook-timestamp, webhook-signature over the raw body);
        answers the event for de-duplication.

        Raises InvalidParams (-32602), SettingMissing (-32004).

        JSON-RPC method ``verifyWebhook``.
        """
        return cast("types.VerifyWebhookResult", await self.call("verifyWebhook", params, timeout))

    async def confirm_payment(
        self, params: types.ConfirmPaymentParams, timeout: Optional[float] = None
    ) -> types.ConfirmPaymentResult:
        """Confirm a return to your URL: verify the signed fields exactly as received, then read the order
        from the gateway; paid only when the gateway says so.

        Pass every field posted to your callback_url (v3: order_id, payment_status, signature…) or
        merchant_return_url (v2: unique_merchant_txn_id, dia_secret…) exactly as received. A forged or
        tampered payload answers verified: false, paid: false and fetches nothing. Otherwise the v3
        order is fetched (getOrder) or the v2 transaction inquired, and paid is true only when that
        record is AUTHORIZED or PROCESSED (v2: status 4 with code 1). AUTHORIZED (pre_auth) orders still
        need capture.

        Raises InvalidParams (-32602), SettingMissing (-32004), GatewayError (-32001),
        CredentialsRefused (-32002), GatewayUnreachable (-32003), SettingMissing (-32004),
        BadGatewayAnswer (-32005).

        JSON-RPC method ``confirmPayment``.
        """
        return cast("types.ConfirmPaymentResult", await self.call("confirmPayment", params, timeout))

    async def ping(
        self, params: Optional[types.PingParams] = None, timeout: Optional[float] = None
    ) -> types.PingResult:
        """Liveness check: the sidecar's version and the Plural environment it talks to.

        Raises InvalidParams (-32602).

        JSON-RPC method ``ping``.
        """
        return cast("types.PingResult", await self.call("ping", params, timeout))

    async def discover(
        self, params: Optional[types.DiscoverParams] = None, timeout: Optional[float] = None
    ) -> types.DiscoverResult:
        """The OpenRPC document describing every method this sidecar serves.

        Raises InvalidParams (-32602).

        JSON-RPC method ``rpc.discover``.
        """
        return cast("types.DiscoverResult", await self.call("rpc.discover", params, timeout))

    async def stats(
        self, params: Optional[types.StatsParams] = None, timeout: Optional[float] = None
    ) -> types.StatsResult:
        """Health (live, ready and why not) and every metric --metrics serves, as JSON: calls, gateway
        requests, retries, token, circuits, process.

        metrics has one member per metric family (README, Operations): a list of {labels, value}, or for
        histograms {labels, buckets (cumulative counts by upper bound), sum, count}. Label values come
        from fixed sets only.

        Raises InvalidParams (-32602).

        JSON-RPC method ``stats``.
        """
        return cast("types.StatsResult", await self.call("stats", params, timeout))

    async def pending_outcomes(
        self, params: Optional[types.PendingOutcomesParams] = None, timeout: Optional[float] = None
    ) -> types.PendingOutcomesResult:
        """Money-moving calls whose outcome is still unknown; repeat one with its key to look it up again.

        Each entry is a call that was sent and whose answer was lost, and that no lookup has settled (by
        order id or merchant reference) within PLURAL_RECONCILE_TIMEOUT. Repeating the call with the
        same idempotency key (or merchant reference) looks it up again and answers what happened; a new
        call for the same merchant reference is refused (-32007, outcome_pending) until then. With
        PLURAL_STATE_DIR set, the list survives restarts.

        Raises InvalidParams (-32602).

        JSON-RPC method ``pendingOutcomes``.
        """
        return cast("types.PendingOutcomesResult", await self.call("pendingOutcomes", params, timeout))

    async def simulator_pay(
        self, params: Optional[types.SimulatorPayParams] = None, timeout: Optional[float] = None
    ) -> types.SimulatorPayResult:
        """(simulator only) Complete or fail the customer's side of a payment; answers the signed
        return-URL fields.

        Give order_id for a v3 order (answers order_id, payment_status, signature) or
        unique_merchant_txn_id for a v2 acceptPayment transaction (answers the v2 callback fields with
        dia_secret).

        Raises InvalidParams (-32602).

        JSON-RPC method ``simulator.pay``.
        """
        return cast("types.SimulatorPayResult", await self.call("simulator.pay", params, timeout))

    async def simulator_configure(
        self, params: Optional[types.SimulatorConfigureParams] = None, timeout: Optional[float] = None
    ) -> types.SimulatorConfigureResult:
        """(simulator only) Inject faults (latency, status, reset, malformed, garbage, unauthorized, large)
        and set token lifetime; answers stats.

        Raises InvalidParams (-32602).

        JSON-RPC method ``simulator.configure``.
        """
        return cast("types.SimulatorConfigureResult", await self.call("simulator.configure", params, timeout))

    async def simulator_webhooks(
        self, params: Optional[types.SimulatorWebhooksParams] = None, timeout: Optional[float] = None
    ) -> types.SimulatorWebhooksResult:
        """(simulator only) The webhooks sent to PLURAL_SIMULATOR_WEBHOOK_URL, oldest first: event,
        attempts, last status.

        Raises InvalidParams (-32602).

        JSON-RPC method ``simulator.webhooks``.
        """
        return cast("types.SimulatorWebhooksResult", await self.call("simulator.webhooks", params, timeout))

    async def simulator_redeliver(
        self, params: types.SimulatorRedeliverParams, timeout: Optional[float] = None
    ) -> types.SimulatorRedeliverResult:
        """(simulator only) Send one webhook again with the same webhook-id and body (a replay), and answer
        the delivery after that attempt.

        Raises InvalidParams (-32602), GatewayError (-32001).

        JSON-RPC method ``simulator.redeliver``.
        """
        return cast("types.SimulatorRedeliverResult", await self.call("simulator.redeliver", params, timeout))
