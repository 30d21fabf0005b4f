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
    ("notify_payment_link", "notifyPaymentLink"),
    ("accept_payment", "acceptPayment"),
    ("process_payment", "processPayment"),
    ("inquiry", "inquiry"),
    ("legacy_refund", "legacyRefund"),
    ("create_order_token", "createOrderToken"),
    ("create_customer", "createCustomer"),
    ("get_customer", "getCustomer"),
    ("update_customer", "updateCustomer"),
    ("create_card_token", "createCardToken"),
    ("get_service_provider_token", "getServiceProviderToken"),
    ("generate_cryptogram", "generateCryptogram"),
    ("delete_card_token", "deleteCardToken"),
    ("list_customer_tokens", "listCustomerTokens"),
    ("get_customer_token", "getCustomerToken"),
    ("delete_customer_token", "deleteCustomerToken"),
    ("list_plans", "listPlans"),
    ("create_plan", "createPlan"),
    ("get_plan", "getPlan"),
    ("update_plan", "updatePlan"),
    ("delete_plan", "deletePlan"),
    ("list_subscriptions", "listSubscriptions"),
    ("create_subscription", "createSubscription"),
    ("get_subscription", "getSubscription"),
    ("update_subscription", "updateSubscription"),
    ("cancel_subscription", "cancelSubscription"),
    ("pause_subscription", "pauseSubscription"),
    ("resume_subscription", "resumeSubscription"),
    ("list_presentations", "listPresentations"),
    ("create_presentation", "createPresentation"),
    ("get_presentation", "getPresentation"),
    ("delete_presentation", "deletePresentation"),
    ("send_pre_debit_notification", "sendPreDebitNotification"),
    ("execute_mandate_debit", "executeMandateDebit"),
    ("retry_mandate_debit", "retryMandateDebit"),
    ("generate_otp", "generateOtp"),
    ("submit_otp", "submitOtp"),
    ("resend_otp", "resendOtp"),
    ("get_card_details", "getCardDetails"),
    ("authorize_payment", "authorizePayment"),
    ("discover_offers", "discoverOffers"),
    ("discover_cardless_offers", "discoverCardlessOffers"),
    ("get_downpayment_details", "getDownpaymentDetails"),
    ("validate_offer", "validateOffer"),
    ("validate_imei", "validateImei"),
    ("check_bnpl_eligibility", "checkBnplEligibility"),
    ("calculate_convenience_fee", "calculateConvenienceFee"),
    ("convert_currency", "convertCurrency"),
    ("compute_tcs", "computeTcs"),
    ("list_settlements", "listSettlements"),
    ("get_settlement", "getSettlement"),
    ("release_settlement", "releaseSettlement"),
    ("cancel_settlement", "cancelSettlement"),
    ("create_brand_wallet", "createBrandWallet"),
    ("validate_brand_wallet", "validateBrandWallet"),
    ("get_brand_wallet_balance", "getBrandWalletBalance"),
    ("load_brand_wallet", "loadBrandWallet"),
    ("activate_brand_wallet", "activateBrandWallet"),
    ("deactivate_brand_wallet", "deactivateBrandWallet"),
    ("reset_brand_wallet_pin", "resetBrandWalletPin"),
    ("get_brand_wallet_history", "getBrandWalletHistory"),
    ("add_money_to_brand_wallet", "addMoneyToBrandWallet"),
    ("create_sbmd_subscription", "createSbmdSubscription"),
    ("get_sbmd_subscription", "getSbmdSubscription"),
    ("capture_invoice", "captureInvoice"),
    ("get_invoice_status", "getInvoiceStatus"),
    ("upload_invoice_file", "uploadInvoiceFile"),
    ("create_awb", "createAwb"),
    ("get_all_awbs", "getAllAwbs"),
    ("get_awb_by_id", "getAwbById"),
    ("upload_awb_file", "uploadAwbFile"),
    ("create_challan", "createChallan"),
    ("get_challan", "getChallan"),
    ("get_challan_pdf", "getChallanPdf"),
    ("create_payout", "createPayout"),
    ("list_payouts", "listPayouts"),
    ("get_payout_balance", "getPayoutBalance"),
    ("create_bulk_payout", "createBulkPayout"),
    ("update_scheduled_payout", "updateScheduledPayout"),
    ("cancel_scheduled_payout", "cancelScheduledPayout"),
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
    ("simulator_events", "simulator.events"),
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

    def notify_payment_link(
        self, params: types.NotifyPaymentLinkParams, timeout: Optional[float] = None
    ) -> types.NotifyPaymentLinkResult:
        """Send a CREATED payment link to the customer again, by SMS and email (PATCH
        /api/pay/v1/paymentlink/{payment_link_id}/notify).

        Calls Plural: PATCH /api/pay/v1/paymentlink/{payment_link_id}/notify.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``notifyPaymentLink``.
        """
        return cast("types.NotifyPaymentLinkResult", self.call("notifyPaymentLink", params, timeout))

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

    def create_customer(
        self, params: Optional[types.CreateCustomerParams] = None, timeout: Optional[float] = None
    ) -> types.CreateCustomerResult:
        """Save a customer (POST /api/v1/customer): the owner of card tokens and subscriptions.

        Calls Plural: POST /api/v1/customer.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createCustomer``.
        """
        return cast("types.CreateCustomerResult", self.call("createCustomer", params, timeout))

    def get_customer(
        self, params: Optional[types.GetCustomerParams] = None, timeout: Optional[float] = None
    ) -> types.GetCustomerResult:
        """Fetch a customer by customer_id, or find one by mobile number and your reference (GET
        /api/v1/customer).

        Calls Plural: GET /api/v1/customer/{customer_id}, GET /api/v1/customer.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getCustomer``.
        """
        return cast("types.GetCustomerResult", self.call("getCustomer", params, timeout))

    def update_customer(
        self, params: types.UpdateCustomerParams, timeout: Optional[float] = None
    ) -> types.UpdateCustomerResult:
        """Change a customer's details or status (PATCH /api/v1/customer/{customer_id}).

        Calls Plural: PATCH /api/v1/customer/{customer_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``updateCustomer``.
        """
        return cast("types.UpdateCustomerResult", self.call("updateCustomer", params, timeout))

    def create_card_token(
        self, params: types.CreateCardTokenParams, timeout: Optional[float] = None
    ) -> types.CreateCardTokenResult:
        """Save a customer's card as a token (POST /api/v1/tokens).

        Calls Plural: POST /api/v1/tokens.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createCardToken``.
        """
        return cast("types.CreateCardTokenResult", self.call("createCardToken", params, timeout))

    def get_service_provider_token(
        self, params: types.GetServiceProviderTokenParams, timeout: Optional[float] = None
    ) -> types.GetServiceProviderTokenResult:
        """Fetch the network (service provider) token behind a token id (GET /api/v1/tokens/{identifier}).

        Calls Plural: GET /api/v1/tokens/{identifier}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getServiceProviderToken``.
        """
        return cast("types.GetServiceProviderTokenResult", self.call("getServiceProviderToken", params, timeout))

    def generate_cryptogram(
        self, params: types.GenerateCryptogramParams, timeout: Optional[float] = None
    ) -> types.GenerateCryptogramResult:
        """Make the one-time cryptogram a payment with a token needs (POST
        /api/v1/tokens/{token_id}/token-transactional-data).

        Calls Plural: POST /api/v1/tokens/{token_id}/token-transactional-data.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``generateCryptogram``.
        """
        return cast("types.GenerateCryptogramResult", self.call("generateCryptogram", params, timeout))

    def delete_card_token(
        self, params: types.DeleteCardTokenParams, timeout: Optional[float] = None
    ) -> types.DeleteCardTokenResult:
        """Delete a token by its id (POST /api/v1/tokens/{token_id}/delete).

        Calls Plural: POST /api/v1/tokens/{token_id}/delete.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deleteCardToken``.
        """
        return cast("types.DeleteCardTokenResult", self.call("deleteCardToken", params, timeout))

    def list_customer_tokens(
        self, params: types.ListCustomerTokensParams, timeout: Optional[float] = None
    ) -> types.ListCustomerTokensResult:
        """A customer's saved tokens (GET /api/v1/customer/{customer_id}/tokens).

        Calls Plural: GET /api/v1/customer/{customer_id}/tokens.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listCustomerTokens``.
        """
        return cast("types.ListCustomerTokensResult", self.call("listCustomerTokens", params, timeout))

    def get_customer_token(
        self, params: types.GetCustomerTokenParams, timeout: Optional[float] = None
    ) -> types.GetCustomerTokenResult:
        """One of a customer's tokens (GET /api/v1/customer/{customer_id}/tokens/{token_id}).

        Calls Plural: GET /api/v1/customer/{customer_id}/tokens/{token_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getCustomerToken``.
        """
        return cast("types.GetCustomerTokenResult", self.call("getCustomerToken", params, timeout))

    def delete_customer_token(
        self, params: types.DeleteCustomerTokenParams, timeout: Optional[float] = None
    ) -> types.DeleteCustomerTokenResult:
        """Delete one of a customer's tokens (POST
        /api/v1/customer/{customer_id}/tokens/{token_id}/delete).

        Calls Plural: POST /api/v1/customer/{customer_id}/tokens/{token_id}/delete.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deleteCustomerToken``.
        """
        return cast("types.DeleteCustomerTokenResult", self.call("deleteCustomerToken", params, timeout))

    def list_plans(
        self, params: Optional[types.ListPlansParams] = None, timeout: Optional[float] = None
    ) -> types.ListPlansResult:
        """Your subscription plans, filtered and paged (GET /ps/api/v1/public/plans).

        Calls Plural: GET /ps/api/v1/public/plans.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listPlans``.
        """
        return cast("types.ListPlansResult", self.call("listPlans", params, timeout))

    def create_plan(
        self, params: types.CreatePlanParams, timeout: Optional[float] = None
    ) -> types.CreatePlanResult:
        """Create a subscription plan (POST /ps/api/v1/public/plans).

        Calls Plural: POST /ps/api/v1/public/plans.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createPlan``.
        """
        return cast("types.CreatePlanResult", self.call("createPlan", params, timeout))

    def get_plan(
        self, params: Optional[types.GetPlanParams] = None, timeout: Optional[float] = None
    ) -> types.GetPlanResult:
        """Fetch a plan by plan_id, or by merchant_plan_reference.

        Calls Plural: GET /ps/api/v1/public/plans/{plan_id}, GET
        /ps/api/v1/public/plans/reference/{merchant_plan_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getPlan``.
        """
        return cast("types.GetPlanResult", self.call("getPlan", params, timeout))

    def update_plan(
        self, params: types.UpdatePlanParams, timeout: Optional[float] = None
    ) -> types.UpdatePlanResult:
        """Change a plan (PATCH /ps/api/v1/public/plans/{plan_id}).

        Calls Plural: PATCH /ps/api/v1/public/plans/{plan_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``updatePlan``.
        """
        return cast("types.UpdatePlanResult", self.call("updatePlan", params, timeout))

    def delete_plan(
        self, params: types.DeletePlanParams, timeout: Optional[float] = None
    ) -> types.DeletePlanResult:
        """Delete a plan (DELETE /ps/api/v1/public/plans/{plan_id}). Answers {} when Plural sends no body.

        Calls Plural: DELETE /ps/api/v1/public/plans/{plan_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deletePlan``.
        """
        return cast("types.DeletePlanResult", self.call("deletePlan", params, timeout))

    def list_subscriptions(
        self, params: Optional[types.ListSubscriptionsParams] = None, timeout: Optional[float] = None
    ) -> types.ListSubscriptionsResult:
        """Your subscriptions, filtered and paged (GET /ps/api/v1/public/subscriptions).

        Calls Plural: GET /ps/api/v1/public/subscriptions.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listSubscriptions``.
        """
        return cast("types.ListSubscriptionsResult", self.call("listSubscriptions", params, timeout))

    def create_subscription(
        self, params: types.CreateSubscriptionParams, timeout: Optional[float] = None
    ) -> types.CreateSubscriptionResult:
        """Subscribe a customer to a plan (POST /ps/api/v1/public/subscriptions); answers where the
        customer authorises the mandate.

        Calls Plural: POST /ps/api/v1/public/subscriptions.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createSubscription``.
        """
        return cast("types.CreateSubscriptionResult", self.call("createSubscription", params, timeout))

    def get_subscription(
        self, params: Optional[types.GetSubscriptionParams] = None, timeout: Optional[float] = None
    ) -> types.GetSubscriptionResult:
        """Fetch a subscription by subscription_id, or by merchant_subscription_reference.

        Calls Plural: GET /ps/api/v1/public/subscriptions/{subscription_id}, GET
        /ps/api/v1/public/subscriptions/reference/{merchant_subscription_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getSubscription``.
        """
        return cast("types.GetSubscriptionResult", self.call("getSubscription", params, timeout))

    def update_subscription(
        self, params: types.UpdateSubscriptionParams, timeout: Optional[float] = None
    ) -> types.UpdateSubscriptionResult:
        """Move a subscription to another plan or end date (PATCH
        /ps/api/v1/public/subscriptions/{subscription_id}).

        Calls Plural: PATCH /ps/api/v1/public/subscriptions/{subscription_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``updateSubscription``.
        """
        return cast("types.UpdateSubscriptionResult", self.call("updateSubscription", params, timeout))

    def cancel_subscription(
        self, params: types.CancelSubscriptionParams, timeout: Optional[float] = None
    ) -> types.CancelSubscriptionResult:
        """Cancel a subscription for good: no further debits (POST
        /ps/api/v1/public/subscriptions/{subscription_id}/cancel).

        Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``cancelSubscription``.
        """
        return cast("types.CancelSubscriptionResult", self.call("cancelSubscription", params, timeout))

    def pause_subscription(
        self, params: types.PauseSubscriptionParams, timeout: Optional[float] = None
    ) -> types.PauseSubscriptionResult:
        """Pause an ACTIVE subscription: no debits until resumed (POST
        /ps/api/v1/public/subscriptions/{subscription_id}/pause).

        Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/pause.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``pauseSubscription``.
        """
        return cast("types.PauseSubscriptionResult", self.call("pauseSubscription", params, timeout))

    def resume_subscription(
        self, params: types.ResumeSubscriptionParams, timeout: Optional[float] = None
    ) -> types.ResumeSubscriptionResult:
        """Resume a PAUSED subscription (POST /ps/api/v1/public/subscriptions/{subscription_id}/resume).

        Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/resume.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``resumeSubscription``.
        """
        return cast("types.ResumeSubscriptionResult", self.call("resumeSubscription", params, timeout))

    def list_presentations(
        self, params: types.ListPresentationsParams, timeout: Optional[float] = None
    ) -> types.ListPresentationsResult:
        """A subscription's presentations (debits), paged (GET
        /ps/api/v1/public/subscriptions/{subscription_id}/presentations).

        Calls Plural: GET /ps/api/v1/public/subscriptions/{subscription_id}/presentations.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listPresentations``.
        """
        return cast("types.ListPresentationsResult", self.call("listPresentations", params, timeout))

    def create_presentation(
        self, params: types.CreatePresentationParams, timeout: Optional[float] = None
    ) -> types.CreatePresentationResult:
        """Schedule a debit of an ACTIVE subscription (POST
        /ps/api/v1/public/subscriptions/{subscription_id}/presentations).

        Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/presentations.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createPresentation``.
        """
        return cast("types.CreatePresentationResult", self.call("createPresentation", params, timeout))

    def get_presentation(
        self, params: Optional[types.GetPresentationParams] = None, timeout: Optional[float] = None
    ) -> types.GetPresentationResult:
        """Fetch a presentation by presentation_id, or by merchant_presentation_reference.

        Calls Plural: GET /ps/api/v1/public/presentations/{presentation_id}, GET
        /ps/api/v1/public/presentations/reference/{merchant_presentation_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getPresentation``.
        """
        return cast("types.GetPresentationResult", self.call("getPresentation", params, timeout))

    def delete_presentation(
        self, params: types.DeletePresentationParams, timeout: Optional[float] = None
    ) -> types.DeletePresentationResult:
        """Withdraw a debit not yet executed (DELETE /ps/api/v1/public/presentations/{presentation_id}).
        Answers {} when Plural sends no body.

        Calls Plural: DELETE /ps/api/v1/public/presentations/{presentation_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deletePresentation``.
        """
        return cast("types.DeletePresentationResult", self.call("deletePresentation", params, timeout))

    def send_pre_debit_notification(
        self, params: types.SendPreDebitNotificationParams, timeout: Optional[float] = None
    ) -> types.SendPreDebitNotificationResult:
        """Notify the customer of a coming debit (POST /ps/api/v1/public/subscriptions/notify); the debit
        then waits for executeMandateDebit.

        Calls Plural: POST /ps/api/v1/public/subscriptions/notify.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``sendPreDebitNotification``.
        """
        return cast("types.SendPreDebitNotificationResult", self.call("sendPreDebitNotification", params, timeout))

    def execute_mandate_debit(
        self, params: Optional[types.ExecuteMandateDebitParams] = None, timeout: Optional[float] = None
    ) -> types.ExecuteMandateDebitResult:
        """Debit a notified presentation now (POST /ps/api/v1/public/subscriptions/execute). Never sent
        twice for the same presentation.

        Calls Plural: POST /ps/api/v1/public/subscriptions/execute.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``executeMandateDebit``.
        """
        return cast("types.ExecuteMandateDebitResult", self.call("executeMandateDebit", params, timeout))

    def retry_mandate_debit(
        self, params: Optional[types.RetryMandateDebitParams] = None, timeout: Optional[float] = None
    ) -> types.RetryMandateDebitResult:
        """Retry a FAILED debit (POST /ps/api/v1/mandate/merchant-retry). Give idempotency_key to make a
        repeat the same retry.

        Each retry is a new attempt at the money, so a retry is keyed only by your idempotency_key
        (without one, every call is a new retry). Plural halts the subscription after repeated failures.

        Calls Plural: POST /ps/api/v1/mandate/merchant-retry.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``retryMandateDebit``.
        """
        return cast("types.RetryMandateDebitResult", self.call("retryMandateDebit", params, timeout))

    def generate_otp(
        self, params: types.GenerateOtpParams, timeout: Optional[float] = None
    ) -> types.GenerateOtpResult:
        """Send the customer the bank's OTP for a PENDING card payment, for native OTP entry (POST
        /api/pay/v1/otp/generate).

        Calls Plural: POST /api/pay/v1/otp/generate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``generateOtp``.
        """
        return cast("types.GenerateOtpResult", self.call("generateOtp", params, timeout))

    def submit_otp(self, params: types.SubmitOtpParams, timeout: Optional[float] = None) -> types.SubmitOtpResult:
        """Submit the OTP the customer typed (POST /api/pay/v1/otp/submit); the right one completes the
        payment.

        Not retried once sent: a wrong OTP counts against the bank's attempts. A lost answer is settled
        with getOrder (the payment is AUTHORIZED or PROCESSED once the OTP was accepted). The OTP is
        never logged.

        Calls Plural: POST /api/pay/v1/otp/submit.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``submitOtp``.
        """
        return cast("types.SubmitOtpResult", self.call("submitOtp", params, timeout))

    def resend_otp(self, params: types.ResendOtpParams, timeout: Optional[float] = None) -> types.ResendOtpResult:
        """Send the OTP again (POST /api/pay/v1/otp/resend); the bank allows a few resends per payment.

        Calls Plural: POST /api/pay/v1/otp/resend.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``resendOtp``.
        """
        return cast("types.ResendOtpResult", self.call("resendOtp", params, timeout))

    def get_card_details(
        self, params: types.GetCardDetailsParams, timeout: Optional[float] = None
    ) -> types.GetCardDetailsResult:
        """Look up a card before paying: network, issuer, type, international, native OTP support (POST
        /api/pay/v1/getCardDetails).

        The card number goes to Plural and nowhere else: never logged, never in the result (which names
        the card, not its number).

        Calls Plural: POST /api/pay/v1/getCardDetails.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getCardDetails``.
        """
        return cast("types.GetCardDetailsResult", self.call("getCardDetails", params, timeout))

    def authorize_payment(
        self, params: types.AuthorizePaymentParams, timeout: Optional[float] = None
    ) -> types.AuthorizePaymentResult:
        """Authorise a PENDING payment with card data decrypted from Apple Pay, or after your own 3-D
        Secure (POST /api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize).

        Moves money: the order becomes AUTHORIZED (pre_auth) or PROCESSED. Keyed by the order and
        payment ids, so a repeat never authorises twice; a lost answer is settled by getOrder. The
        decrypted card data is never logged.

        Calls Plural: POST /api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``authorizePayment``.
        """
        return cast("types.AuthorizePaymentResult", self.call("authorizePayment", params, timeout))

    def discover_offers(
        self, params: Optional[types.DiscoverOffersParams] = None, timeout: Optional[float] = None
    ) -> types.DiscoverOffersResult:
        """The EMI offers (issuers, tenures, instalments, interest) for an amount (POST
        /api/affordability/v1/offer/discovery).

        To pay with one, pass its issuer offer with the tenure chosen (`tenures[i]` as `tenure`) as
        offer_data to validateOffer and createPayment (CREDIT_EMI, DEBIT_EMI).

        Calls Plural: POST /api/affordability/v1/offer/discovery.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``discoverOffers``.
        """
        return cast("types.DiscoverOffersResult", self.call("discoverOffers", params, timeout))

    def discover_cardless_offers(
        self, params: Optional[types.DiscoverCardlessOffersParams] = None, timeout: Optional[float] = None
    ) -> types.DiscoverCardlessOffersResult:
        """The cardless EMI offers a customer is eligible for, by PAN and mobile number (POST
        /api/affordability/v1/offer/discovery/cardless).

        Calls Plural: POST /api/affordability/v1/offer/discovery/cardless.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``discoverCardlessOffers``.
        """
        return cast("types.DiscoverCardlessOffersResult", self.call("discoverCardlessOffers", params, timeout))

    def get_downpayment_details(
        self, params: Optional[types.GetDownpaymentDetailsParams] = None, timeout: Optional[float] = None
    ) -> types.GetDownpaymentDetailsResult:
        """The down payment range and the methods it may be paid by, for an EMI order (POST
        /api/affordability/v1/offer/downpayment/details).

        Calls Plural: POST /api/affordability/v1/offer/downpayment/details.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getDownpaymentDetails``.
        """
        return cast("types.GetDownpaymentDetailsResult", self.call("getDownpaymentDetails", params, timeout))

    def validate_offer(
        self, params: types.ValidateOfferParams, timeout: Optional[float] = None
    ) -> types.ValidateOfferResult:
        """Check an EMI offer from discovery against the amount and instrument before paying with it (POST
        /api/affordability/v1/offer/validate).

        Plural refuses an offer it did not make for this amount (-32001). The amounts are integer paise;
        they go to Plural as digit strings, as its definition types them.

        Calls Plural: POST /api/affordability/v1/offer/validate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``validateOffer``.
        """
        return cast("types.ValidateOfferResult", self.call("validateOffer", params, timeout))

    def validate_imei(
        self, params: types.ValidateImeiParams, timeout: Optional[float] = None
    ) -> types.ValidateImeiResult:
        """Block (or release) a brand-EMI device's IMEI against an order (POST
        /api/affordability/v1/product/{order_id}/imei). Answers {} when Plural sends no body.

        Calls Plural: POST /api/affordability/v1/product/{order_id}/imei.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``validateImei``.
        """
        return cast("types.ValidateImeiResult", self.call("validateImei", params, timeout))

    def check_bnpl_eligibility(
        self, params: types.CheckBnplEligibilityParams, timeout: Optional[float] = None
    ) -> types.CheckBnplEligibilityResult:
        """Whether a customer may pay an amount by buy-now-pay-later, with their limit and instalments
        (POST /api/payment-option/eligibility/bnpl).

        Calls Plural: POST /api/payment-option/eligibility/bnpl.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``checkBnplEligibility``.
        """
        return cast("types.CheckBnplEligibilityResult", self.call("checkBnplEligibility", params, timeout))

    def calculate_convenience_fee(
        self, params: types.CalculateConvenienceFeeParams, timeout: Optional[float] = None
    ) -> types.CalculateConvenienceFeeResult:
        """The convenience fee (and its tax) a payment method adds to an amount, and what the customer pays
        (POST /api/v1/fees).

        Calls Plural: POST /api/v1/fees.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``calculateConvenienceFee``.
        """
        return cast("types.CalculateConvenienceFeeResult", self.call("calculateConvenienceFee", params, timeout))

    def convert_currency(
        self, params: types.ConvertCurrencyParams, timeout: Optional[float] = None
    ) -> types.ConvertCurrencyResult:
        """Quote a multi-currency (MCC) conversion: the rate and the converted amount (POST
        /api/conversion/mcc).

        Calls Plural: POST /api/conversion/mcc.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``convertCurrency``.
        """
        return cast("types.ConvertCurrencyResult", self.call("convertCurrency", params, timeout))

    def compute_tcs(
        self, params: types.ComputeTcsParams, timeout: Optional[float] = None
    ) -> types.ComputeTcsResult:
        """Compute the tax collected at source (TCS) on a cross-border (LRS) order (POST
        /api/v1/tcs/compute).

        Calls Plural: POST /api/v1/tcs/compute.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``computeTcs``.
        """
        return cast("types.ComputeTcsResult", self.call("computeTcs", params, timeout))

    def list_settlements(
        self, params: types.ListSettlementsParams, timeout: Optional[float] = None
    ) -> types.ListSettlementsResult:
        """Your settlements (payouts by UTR) between two dates, paged (GET /api/settlements/v1/list).

        The range may span at most 60 days. A settlement tells you money reached your bank, not that a
        payment succeeded: read the order for that.

        Calls Plural: GET /api/settlements/v1/list.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listSettlements``.
        """
        return cast("types.ListSettlementsResult", self.call("listSettlements", params, timeout))

    def get_settlement(
        self, params: types.GetSettlementParams, timeout: Optional[float] = None
    ) -> types.GetSettlementResult:
        """One settlement by its UTR, with the transactions it paid out, paged (GET
        /api/settlements/v1/detail/{utr}).

        Calls Plural: GET /api/settlements/v1/detail/{utr}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getSettlement``.
        """
        return cast("types.GetSettlementResult", self.call("getSettlement", params, timeout))

    def release_settlement(
        self, params: types.ReleaseSettlementParams, timeout: Optional[float] = None
    ) -> types.ReleaseSettlementResult:
        """Release a held part of a split order to its partner merchant (PATCH
        /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release). Never sent twice for the
        same part.

        Calls Plural: PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``releaseSettlement``.
        """
        return cast("types.ReleaseSettlementResult", self.call("releaseSettlement", params, timeout))

    def cancel_settlement(
        self, params: types.CancelSettlementParams, timeout: Optional[float] = None
    ) -> types.CancelSettlementResult:
        """Cancel a held part of a split order (PATCH
        /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel). Never sent twice for the
        same part.

        Calls Plural: PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``cancelSettlement``.
        """
        return cast("types.CancelSettlementResult", self.call("cancelSettlement", params, timeout))

    def create_brand_wallet(
        self, params: types.CreateBrandWalletParams, timeout: Optional[float] = None
    ) -> types.CreateBrandWalletResult:
        """Create brand wallets for one or more customers (POST /payment-option/create/wallet). A customer
        who has one keeps it.

        Calls Plural: POST /payment-option/create/wallet.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createBrandWallet``.
        """
        return cast("types.CreateBrandWalletResult", self.call("createBrandWallet", params, timeout))

    def validate_brand_wallet(
        self, params: types.ValidateBrandWalletParams, timeout: Optional[float] = None
    ) -> types.ValidateBrandWalletResult:
        """Whether a customer's wallet can pay this amount now (POST /payment-option/wallet/validate).
        Moves nothing.

        Calls Plural: POST /payment-option/wallet/validate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``validateBrandWallet``.
        """
        return cast("types.ValidateBrandWalletResult", self.call("validateBrandWallet", params, timeout))

    def get_brand_wallet_balance(
        self, params: types.GetBrandWalletBalanceParams, timeout: Optional[float] = None
    ) -> types.GetBrandWalletBalanceResult:
        """A customer's wallet and its balance (POST /payment-option/wallet/balance).

        Calls Plural: POST /payment-option/wallet/balance.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getBrandWalletBalance``.
        """
        return cast("types.GetBrandWalletBalanceResult", self.call("getBrandWalletBalance", params, timeout))

    def load_brand_wallet(
        self, params: types.LoadBrandWalletParams, timeout: Optional[float] = None
    ) -> types.LoadBrandWalletResult:
        """Load money into a customer's active wallet (POST /payment-option/wallet/load). Give
        idempotency_key: the request has no reference of its own, so without one every call is a new
        load.

        Calls Plural: POST /payment-option/wallet/load.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``loadBrandWallet``.
        """
        return cast("types.LoadBrandWalletResult", self.call("loadBrandWallet", params, timeout))

    def activate_brand_wallet(
        self, params: types.ActivateBrandWalletParams, timeout: Optional[float] = None
    ) -> types.ActivateBrandWalletResult:
        """Activate a created or deactivated wallet (POST
        /payment-option/wallet/customer/{customer_id}/activate).

        Calls Plural: POST /payment-option/wallet/customer/{customer_id}/activate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``activateBrandWallet``.
        """
        return cast("types.ActivateBrandWalletResult", self.call("activateBrandWallet", params, timeout))

    def deactivate_brand_wallet(
        self, params: types.DeactivateBrandWalletParams, timeout: Optional[float] = None
    ) -> types.DeactivateBrandWalletResult:
        """Deactivate a wallet: no loads or payments until it is activated again (POST
        /payment-option/wallet/customer/{customer_id}/deactivate).

        Calls Plural: POST /payment-option/wallet/customer/{customer_id}/deactivate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deactivateBrandWallet``.
        """
        return cast("types.DeactivateBrandWalletResult", self.call("deactivateBrandWallet", params, timeout))

    def reset_brand_wallet_pin(
        self, params: types.ResetBrandWalletPinParams, timeout: Optional[float] = None
    ) -> types.ResetBrandWalletPinResult:
        """Reset the PIN of a customer's wallet; the balance is kept (POST
        /payment-option/wallet/customer/{customer_id}/reset).

        Calls Plural: POST /payment-option/wallet/customer/{customer_id}/reset.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``resetBrandWalletPin``.
        """
        return cast("types.ResetBrandWalletPinResult", self.call("resetBrandWalletPin", params, timeout))

    def get_brand_wallet_history(
        self, params: types.GetBrandWalletHistoryParams, timeout: Optional[float] = None
    ) -> types.GetBrandWalletHistoryResult:
        """A wallet's movements, filtered and paged (GET
        /payment-option/wallet/customer/{customer_id}/history).

        Calls Plural: GET /payment-option/wallet/customer/{customer_id}/history.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getBrandWalletHistory``.
        """
        return cast("types.GetBrandWalletHistoryResult", self.call("getBrandWalletHistory", params, timeout))

    def add_money_to_brand_wallet(
        self, params: types.AddMoneyToBrandWalletParams, timeout: Optional[float] = None
    ) -> types.AddMoneyToBrandWalletResult:
        """The customer adds money to their wallet with a gift card or UPI (POST /api/pay/v1/add_money).
        Never sent twice for the same merchant_order_reference.

        The gift card number and PIN pass through to Plural and nowhere else: never logged, never
        echoed.

        Calls Plural: POST /api/pay/v1/add_money.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``addMoneyToBrandWallet``.
        """
        return cast("types.AddMoneyToBrandWalletResult", self.call("addMoneyToBrandWallet", params, timeout))

    def create_sbmd_subscription(
        self, params: types.CreateSbmdSubscriptionParams, timeout: Optional[float] = None
    ) -> types.CreateSbmdSubscriptionResult:
        """Create a UPI Reserve Pay (SBMD) subscription that reserves an amount for later debits (POST
        /ps/public/subscriptions/sbmd).

        Calls Plural: POST /ps/public/subscriptions/sbmd.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createSbmdSubscription``.
        """
        return cast("types.CreateSbmdSubscriptionResult", self.call("createSbmdSubscription", params, timeout))

    def get_sbmd_subscription(
        self, params: types.GetSbmdSubscriptionParams, timeout: Optional[float] = None
    ) -> types.GetSbmdSubscriptionResult:
        """A UPI Reserve Pay subscription by id (GET /ps/public/subscriptions/sbmd/{reserve_pay_sub_id}).

        Calls Plural: GET /ps/public/subscriptions/sbmd/{reserve_pay_sub_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getSbmdSubscription``.
        """
        return cast("types.GetSbmdSubscriptionResult", self.call("getSbmdSubscription", params, timeout))

    def capture_invoice(
        self, params: types.CaptureInvoiceParams, timeout: Optional[float] = None
    ) -> types.CaptureInvoiceResult:
        """Capture the invoice of a cross-border order (POST /api/pay/v1/orders/{orderId}/invoice); upload
        its file with uploadInvoiceFile.

        Calls Plural: POST /api/pay/v1/orders/{order_id}/invoice.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``captureInvoice``.
        """
        return cast("types.CaptureInvoiceResult", self.call("captureInvoice", params, timeout))

    def get_invoice_status(
        self, params: types.GetInvoiceStatusParams, timeout: Optional[float] = None
    ) -> types.GetInvoiceStatusResult:
        """The invoice of a cross-border order and its status (GET /api/pay/v1/orders/{orderId}/invoice).

        Calls Plural: GET /api/pay/v1/orders/{order_id}/invoice.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getInvoiceStatus``.
        """
        return cast("types.GetInvoiceStatusResult", self.call("getInvoiceStatus", params, timeout))

    def upload_invoice_file(
        self, params: types.UploadInvoiceFileParams, timeout: Optional[float] = None
    ) -> types.UploadInvoiceFileResult:
        """Upload the invoice's document (PUT /api/pay/v1/orders/{orderId}/invoice/{invoiceId}/upload,
        multipart/form-data).

        file is a FileUpload (base64, content type, file name; docs/FILES.md), at most
        PLURAL_MAX_UPLOAD_BYTES; it goes to Plural as the multipart part `file` and is never logged.

        Calls Plural: PUT /api/pay/v1/orders/{order_id}/invoice/{invoice_id}/upload.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``uploadInvoiceFile``.
        """
        return cast("types.UploadInvoiceFileResult", self.call("uploadInvoiceFile", params, timeout))

    def create_awb(self, params: types.CreateAwbParams, timeout: Optional[float] = None) -> types.CreateAwbResult:
        """Record one or more airway bills of a cross-border order (POST /api/pay/v1/orders/{orderId}/awb;
        the body is the array).

        Calls Plural: POST /api/pay/v1/orders/{order_id}/awb.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createAwb``.
        """
        return cast("types.CreateAwbResult", self.call("createAwb", params, timeout))

    def get_all_awbs(
        self, params: types.GetAllAwbsParams, timeout: Optional[float] = None
    ) -> types.GetAllAwbsResult:
        """The airway bills of a cross-border order and their statuses (GET
        /api/pay/v1/orders/{orderId}/awb).

        Calls Plural: GET /api/pay/v1/orders/{order_id}/awb.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getAllAwbs``.
        """
        return cast("types.GetAllAwbsResult", self.call("getAllAwbs", params, timeout))

    def get_awb_by_id(
        self, params: types.GetAwbByIdParams, timeout: Optional[float] = None
    ) -> types.GetAwbByIdResult:
        """One airway bill (GET /api/pay/v1/orders/{orderId}/awb/{awbId}).

        Calls Plural: GET /api/pay/v1/orders/{order_id}/awb/{awb_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getAwbById``.
        """
        return cast("types.GetAwbByIdResult", self.call("getAwbById", params, timeout))

    def upload_awb_file(
        self, params: types.UploadAwbFileParams, timeout: Optional[float] = None
    ) -> types.UploadAwbFileResult:
        """Upload an airway bill's document (PUT /api/pay/v1/orders/{orderId}/awb/{awbId}/upload,
        multipart/form-data).

        file is a FileUpload (base64, content type, file name; docs/FILES.md), at most
        PLURAL_MAX_UPLOAD_BYTES; it goes to Plural as the multipart part `file` and is never logged.

        Calls Plural: PUT /api/pay/v1/orders/{order_id}/awb/{awb_id}/upload.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``uploadAwbFile``.
        """
        return cast("types.UploadAwbFileResult", self.call("uploadAwbFile", params, timeout))

    def create_challan(
        self, params: types.CreateChallanParams, timeout: Optional[float] = None
    ) -> types.CreateChallanResult:
        """Create the e-challan of an order (POST /api/pay/v1/order/{order_id}/challan).

        Calls Plural: POST /api/pay/v1/order/{order_id}/challan.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createChallan``.
        """
        return cast("types.CreateChallanResult", self.call("createChallan", params, timeout))

    def get_challan(
        self, params: types.GetChallanParams, timeout: Optional[float] = None
    ) -> types.GetChallanResult:
        """The e-challan of an order (GET /api/pay/v1/order/{order_id}/challan).

        Calls Plural: GET /api/pay/v1/order/{order_id}/challan.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getChallan``.
        """
        return cast("types.GetChallanResult", self.call("getChallan", params, timeout))

    def get_challan_pdf(
        self, params: types.GetChallanPdfParams, timeout: Optional[float] = None
    ) -> types.GetChallanPdfResult:
        """Download the e-challan as a PDF (GET /api/pay/v1/order/{order_id}/challan/pdf); answers the
        file's bytes in base64.

        Calls Plural: GET /api/pay/v1/order/{order_id}/challan/pdf.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getChallanPdf``.
        """
        return cast("types.GetChallanPdfResult", self.call("getChallanPdf", params, timeout))

    def create_payout(
        self, params: types.CreatePayoutParams, timeout: Optional[float] = None
    ) -> types.CreatePayoutResult:
        """Pay a beneficiary from your funding account (POST /payouts/v3/payments/banks): IMPS, NEFT or
        RTGS to an account, or UPI to a VPA.

        Moves money. clientReferenceId is the payout's idempotency key: the sidecar answers a repeat
        from its ledger and Plural refuses a second payout with it (409 DUPLICATE_REQUEST). A payout
        whose answer was lost is looked up by clientReferenceId. PENDING means the funding account lacks
        the balance.

        Calls Plural: POST /payouts/v3/payments/banks.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createPayout``.
        """
        return cast("types.CreatePayoutResult", self.call("createPayout", params, timeout))

    def list_payouts(
        self, params: Optional[types.ListPayoutsParams] = None, timeout: Optional[float] = None
    ) -> types.ListPayoutsResult:
        """Your payouts, filtered and paged (GET /payouts/v3/payments).

        Calls Plural: GET /payouts/v3/payments.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listPayouts``.
        """
        return cast("types.ListPayoutsResult", self.call("listPayouts", params, timeout))

    def get_payout_balance(
        self, params: Optional[types.GetPayoutBalanceParams] = None, timeout: Optional[float] = None
    ) -> types.GetPayoutBalanceResult:
        """The funding account payouts are paid from, and its balance (GET
        /payouts/v3/payments/funding-account).

        Calls Plural: GET /payouts/v3/payments/funding-account.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getPayoutBalance``.
        """
        return cast("types.GetPayoutBalanceResult", self.call("getPayoutBalance", params, timeout))

    def create_bulk_payout(
        self, params: types.CreateBulkPayoutParams, timeout: Optional[float] = None
    ) -> types.CreateBulkPayoutResult:
        """Pay many beneficiaries from one file (POST /payouts/v3/payments/banks/file,
        multipart/form-data); list them by its requestReferenceId.

        Moves money. file is a FileUpload (docs/FILES.md) of Plural's bulk template, at most
        PLURAL_MAX_UPLOAD_BYTES, sent as the multipart part `file` and never logged. Give
        idempotency_key to make a repeat the same upload.

        Calls Plural: POST /payouts/v3/payments/banks/file.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createBulkPayout``.
        """
        return cast("types.CreateBulkPayoutResult", self.call("createBulkPayout", params, timeout))

    def update_scheduled_payout(
        self, params: types.UpdateScheduledPayoutParams, timeout: Optional[float] = None
    ) -> types.UpdateScheduledPayoutResult:
        """Move a SCHEDULED payout to another time (PUT /payouts/v3/payments/banks/{paymentReferenceId}).

        Calls Plural: PUT /payouts/v3/payments/banks/{paymentReferenceId}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``updateScheduledPayout``.
        """
        return cast("types.UpdateScheduledPayoutResult", self.call("updateScheduledPayout", params, timeout))

    def cancel_scheduled_payout(
        self, params: types.CancelScheduledPayoutParams, timeout: Optional[float] = None
    ) -> types.CancelScheduledPayoutResult:
        """Cancel a SCHEDULED payout (PUT /payouts/v3/payments/banks/{paymentReferenceId}/cancel); its
        amount returns to the funding account.

        Moves money back. The payout's id is its idempotency key; a cancel whose answer was lost is
        looked up by listing the payout.

        Calls Plural: PUT /payouts/v3/payments/banks/{paymentReferenceId}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``cancelScheduledPayout``.
        """
        return cast("types.CancelScheduledPayoutResult", self.call("cancelScheduledPayout", params, timeout))

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

    def simulator_events(
        self, params: Optional[types.SimulatorEventsParams] = None, timeout: Optional[float] = None
    ) -> types.SimulatorEventsResult:
        """(simulator only) The webhook events the simulated gateway's state changes produced, oldest first
        ({event_type, data}).

        Raises InvalidParams (-32602).

        JSON-RPC method ``simulator.events``.
        """
        return cast("types.SimulatorEventsResult", self.call("simulator.events", params, timeout))



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

    async def notify_payment_link(
        self, params: types.NotifyPaymentLinkParams, timeout: Optional[float] = None
    ) -> types.NotifyPaymentLinkResult:
        """Send a CREATED payment link to the customer again, by SMS and email (PATCH
        /api/pay/v1/paymentlink/{payment_link_id}/notify).

        Calls Plural: PATCH /api/pay/v1/paymentlink/{payment_link_id}/notify.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``notifyPaymentLink``.
        """
        return cast("types.NotifyPaymentLinkResult", await self.call("notifyPaymentLink", params, timeout))

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

    async def create_customer(
        self, params: Optional[types.CreateCustomerParams] = None, timeout: Optional[float] = None
    ) -> types.CreateCustomerResult:
        """Save a customer (POST /api/v1/customer): the owner of card tokens and subscriptions.

        Calls Plural: POST /api/v1/customer.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createCustomer``.
        """
        return cast("types.CreateCustomerResult", await self.call("createCustomer", params, timeout))

    async def get_customer(
        self, params: Optional[types.GetCustomerParams] = None, timeout: Optional[float] = None
    ) -> types.GetCustomerResult:
        """Fetch a customer by customer_id, or find one by mobile number and your reference (GET
        /api/v1/customer).

        Calls Plural: GET /api/v1/customer/{customer_id}, GET /api/v1/customer.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getCustomer``.
        """
        return cast("types.GetCustomerResult", await self.call("getCustomer", params, timeout))

    async def update_customer(
        self, params: types.UpdateCustomerParams, timeout: Optional[float] = None
    ) -> types.UpdateCustomerResult:
        """Change a customer's details or status (PATCH /api/v1/customer/{customer_id}).

        Calls Plural: PATCH /api/v1/customer/{customer_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``updateCustomer``.
        """
        return cast("types.UpdateCustomerResult", await self.call("updateCustomer", params, timeout))

    async def create_card_token(
        self, params: types.CreateCardTokenParams, timeout: Optional[float] = None
    ) -> types.CreateCardTokenResult:
        """Save a customer's card as a token (POST /api/v1/tokens).

        Calls Plural: POST /api/v1/tokens.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createCardToken``.
        """
        return cast("types.CreateCardTokenResult", await self.call("createCardToken", params, timeout))

    async def get_service_provider_token(
        self, params: types.GetServiceProviderTokenParams, timeout: Optional[float] = None
    ) -> types.GetServiceProviderTokenResult:
        """Fetch the network (service provider) token behind a token id (GET /api/v1/tokens/{identifier}).

        Calls Plural: GET /api/v1/tokens/{identifier}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getServiceProviderToken``.
        """
        return cast("types.GetServiceProviderTokenResult", await self.call("getServiceProviderToken", params, timeout))

    async def generate_cryptogram(
        self, params: types.GenerateCryptogramParams, timeout: Optional[float] = None
    ) -> types.GenerateCryptogramResult:
        """Make the one-time cryptogram a payment with a token needs (POST
        /api/v1/tokens/{token_id}/token-transactional-data).

        Calls Plural: POST /api/v1/tokens/{token_id}/token-transactional-data.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``generateCryptogram``.
        """
        return cast("types.GenerateCryptogramResult", await self.call("generateCryptogram", params, timeout))

    async def delete_card_token(
        self, params: types.DeleteCardTokenParams, timeout: Optional[float] = None
    ) -> types.DeleteCardTokenResult:
        """Delete a token by its id (POST /api/v1/tokens/{token_id}/delete).

        Calls Plural: POST /api/v1/tokens/{token_id}/delete.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deleteCardToken``.
        """
        return cast("types.DeleteCardTokenResult", await self.call("deleteCardToken", params, timeout))

    async def list_customer_tokens(
        self, params: types.ListCustomerTokensParams, timeout: Optional[float] = None
    ) -> types.ListCustomerTokensResult:
        """A customer's saved tokens (GET /api/v1/customer/{customer_id}/tokens).

        Calls Plural: GET /api/v1/customer/{customer_id}/tokens.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listCustomerTokens``.
        """
        return cast("types.ListCustomerTokensResult", await self.call("listCustomerTokens", params, timeout))

    async def get_customer_token(
        self, params: types.GetCustomerTokenParams, timeout: Optional[float] = None
    ) -> types.GetCustomerTokenResult:
        """One of a customer's tokens (GET /api/v1/customer/{customer_id}/tokens/{token_id}).

        Calls Plural: GET /api/v1/customer/{customer_id}/tokens/{token_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getCustomerToken``.
        """
        return cast("types.GetCustomerTokenResult", await self.call("getCustomerToken", params, timeout))

    async def delete_customer_token(
        self, params: types.DeleteCustomerTokenParams, timeout: Optional[float] = None
    ) -> types.DeleteCustomerTokenResult:
        """Delete one of a customer's tokens (POST
        /api/v1/customer/{customer_id}/tokens/{token_id}/delete).

        Calls Plural: POST /api/v1/customer/{customer_id}/tokens/{token_id}/delete.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deleteCustomerToken``.
        """
        return cast("types.DeleteCustomerTokenResult", await self.call("deleteCustomerToken", params, timeout))

    async def list_plans(
        self, params: Optional[types.ListPlansParams] = None, timeout: Optional[float] = None
    ) -> types.ListPlansResult:
        """Your subscription plans, filtered and paged (GET /ps/api/v1/public/plans).

        Calls Plural: GET /ps/api/v1/public/plans.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listPlans``.
        """
        return cast("types.ListPlansResult", await self.call("listPlans", params, timeout))

    async def create_plan(
        self, params: types.CreatePlanParams, timeout: Optional[float] = None
    ) -> types.CreatePlanResult:
        """Create a subscription plan (POST /ps/api/v1/public/plans).

        Calls Plural: POST /ps/api/v1/public/plans.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createPlan``.
        """
        return cast("types.CreatePlanResult", await self.call("createPlan", params, timeout))

    async def get_plan(
        self, params: Optional[types.GetPlanParams] = None, timeout: Optional[float] = None
    ) -> types.GetPlanResult:
        """Fetch a plan by plan_id, or by merchant_plan_reference.

        Calls Plural: GET /ps/api/v1/public/plans/{plan_id}, GET
        /ps/api/v1/public/plans/reference/{merchant_plan_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getPlan``.
        """
        return cast("types.GetPlanResult", await self.call("getPlan", params, timeout))

    async def update_plan(
        self, params: types.UpdatePlanParams, timeout: Optional[float] = None
    ) -> types.UpdatePlanResult:
        """Change a plan (PATCH /ps/api/v1/public/plans/{plan_id}).

        Calls Plural: PATCH /ps/api/v1/public/plans/{plan_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``updatePlan``.
        """
        return cast("types.UpdatePlanResult", await self.call("updatePlan", params, timeout))

    async def delete_plan(
        self, params: types.DeletePlanParams, timeout: Optional[float] = None
    ) -> types.DeletePlanResult:
        """Delete a plan (DELETE /ps/api/v1/public/plans/{plan_id}). Answers {} when Plural sends no body.

        Calls Plural: DELETE /ps/api/v1/public/plans/{plan_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deletePlan``.
        """
        return cast("types.DeletePlanResult", await self.call("deletePlan", params, timeout))

    async def list_subscriptions(
        self, params: Optional[types.ListSubscriptionsParams] = None, timeout: Optional[float] = None
    ) -> types.ListSubscriptionsResult:
        """Your subscriptions, filtered and paged (GET /ps/api/v1/public/subscriptions).

        Calls Plural: GET /ps/api/v1/public/subscriptions.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listSubscriptions``.
        """
        return cast("types.ListSubscriptionsResult", await self.call("listSubscriptions", params, timeout))

    async def create_subscription(
        self, params: types.CreateSubscriptionParams, timeout: Optional[float] = None
    ) -> types.CreateSubscriptionResult:
        """Subscribe a customer to a plan (POST /ps/api/v1/public/subscriptions); answers where the
        customer authorises the mandate.

        Calls Plural: POST /ps/api/v1/public/subscriptions.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createSubscription``.
        """
        return cast("types.CreateSubscriptionResult", await self.call("createSubscription", params, timeout))

    async def get_subscription(
        self, params: Optional[types.GetSubscriptionParams] = None, timeout: Optional[float] = None
    ) -> types.GetSubscriptionResult:
        """Fetch a subscription by subscription_id, or by merchant_subscription_reference.

        Calls Plural: GET /ps/api/v1/public/subscriptions/{subscription_id}, GET
        /ps/api/v1/public/subscriptions/reference/{merchant_subscription_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getSubscription``.
        """
        return cast("types.GetSubscriptionResult", await self.call("getSubscription", params, timeout))

    async def update_subscription(
        self, params: types.UpdateSubscriptionParams, timeout: Optional[float] = None
    ) -> types.UpdateSubscriptionResult:
        """Move a subscription to another plan or end date (PATCH
        /ps/api/v1/public/subscriptions/{subscription_id}).

        Calls Plural: PATCH /ps/api/v1/public/subscriptions/{subscription_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``updateSubscription``.
        """
        return cast("types.UpdateSubscriptionResult", await self.call("updateSubscription", params, timeout))

    async def cancel_subscription(
        self, params: types.CancelSubscriptionParams, timeout: Optional[float] = None
    ) -> types.CancelSubscriptionResult:
        """Cancel a subscription for good: no further debits (POST
        /ps/api/v1/public/subscriptions/{subscription_id}/cancel).

        Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``cancelSubscription``.
        """
        return cast("types.CancelSubscriptionResult", await self.call("cancelSubscription", params, timeout))

    async def pause_subscription(
        self, params: types.PauseSubscriptionParams, timeout: Optional[float] = None
    ) -> types.PauseSubscriptionResult:
        """Pause an ACTIVE subscription: no debits until resumed (POST
        /ps/api/v1/public/subscriptions/{subscription_id}/pause).

        Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/pause.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``pauseSubscription``.
        """
        return cast("types.PauseSubscriptionResult", await self.call("pauseSubscription", params, timeout))

    async def resume_subscription(
        self, params: types.ResumeSubscriptionParams, timeout: Optional[float] = None
    ) -> types.ResumeSubscriptionResult:
        """Resume a PAUSED subscription (POST /ps/api/v1/public/subscriptions/{subscription_id}/resume).

        Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/resume.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``resumeSubscription``.
        """
        return cast("types.ResumeSubscriptionResult", await self.call("resumeSubscription", params, timeout))

    async def list_presentations(
        self, params: types.ListPresentationsParams, timeout: Optional[float] = None
    ) -> types.ListPresentationsResult:
        """A subscription's presentations (debits), paged (GET
        /ps/api/v1/public/subscriptions/{subscription_id}/presentations).

        Calls Plural: GET /ps/api/v1/public/subscriptions/{subscription_id}/presentations.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listPresentations``.
        """
        return cast("types.ListPresentationsResult", await self.call("listPresentations", params, timeout))

    async def create_presentation(
        self, params: types.CreatePresentationParams, timeout: Optional[float] = None
    ) -> types.CreatePresentationResult:
        """Schedule a debit of an ACTIVE subscription (POST
        /ps/api/v1/public/subscriptions/{subscription_id}/presentations).

        Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/presentations.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createPresentation``.
        """
        return cast("types.CreatePresentationResult", await self.call("createPresentation", params, timeout))

    async def get_presentation(
        self, params: Optional[types.GetPresentationParams] = None, timeout: Optional[float] = None
    ) -> types.GetPresentationResult:
        """Fetch a presentation by presentation_id, or by merchant_presentation_reference.

        Calls Plural: GET /ps/api/v1/public/presentations/{presentation_id}, GET
        /ps/api/v1/public/presentations/reference/{merchant_presentation_reference}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getPresentation``.
        """
        return cast("types.GetPresentationResult", await self.call("getPresentation", params, timeout))

    async def delete_presentation(
        self, params: types.DeletePresentationParams, timeout: Optional[float] = None
    ) -> types.DeletePresentationResult:
        """Withdraw a debit not yet executed (DELETE /ps/api/v1/public/presentations/{presentation_id}).
        Answers {} when Plural sends no body.

        Calls Plural: DELETE /ps/api/v1/public/presentations/{presentation_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deletePresentation``.
        """
        return cast("types.DeletePresentationResult", await self.call("deletePresentation", params, timeout))

    async def send_pre_debit_notification(
        self, params: types.SendPreDebitNotificationParams, timeout: Optional[float] = None
    ) -> types.SendPreDebitNotificationResult:
        """Notify the customer of a coming debit (POST /ps/api/v1/public/subscriptions/notify); the debit
        then waits for executeMandateDebit.

        Calls Plural: POST /ps/api/v1/public/subscriptions/notify.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``sendPreDebitNotification``.
        """
        return cast("types.SendPreDebitNotificationResult", await self.call("sendPreDebitNotification", params, timeout))

    async def execute_mandate_debit(
        self, params: Optional[types.ExecuteMandateDebitParams] = None, timeout: Optional[float] = None
    ) -> types.ExecuteMandateDebitResult:
        """Debit a notified presentation now (POST /ps/api/v1/public/subscriptions/execute). Never sent
        twice for the same presentation.

        Calls Plural: POST /ps/api/v1/public/subscriptions/execute.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``executeMandateDebit``.
        """
        return cast("types.ExecuteMandateDebitResult", await self.call("executeMandateDebit", params, timeout))

    async def retry_mandate_debit(
        self, params: Optional[types.RetryMandateDebitParams] = None, timeout: Optional[float] = None
    ) -> types.RetryMandateDebitResult:
        """Retry a FAILED debit (POST /ps/api/v1/mandate/merchant-retry). Give idempotency_key to make a
        repeat the same retry.

        Each retry is a new attempt at the money, so a retry is keyed only by your idempotency_key
        (without one, every call is a new retry). Plural halts the subscription after repeated failures.

        Calls Plural: POST /ps/api/v1/mandate/merchant-retry.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``retryMandateDebit``.
        """
        return cast("types.RetryMandateDebitResult", await self.call("retryMandateDebit", params, timeout))

    async def generate_otp(
        self, params: types.GenerateOtpParams, timeout: Optional[float] = None
    ) -> types.GenerateOtpResult:
        """Send the customer the bank's OTP for a PENDING card payment, for native OTP entry (POST
        /api/pay/v1/otp/generate).

        Calls Plural: POST /api/pay/v1/otp/generate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``generateOtp``.
        """
        return cast("types.GenerateOtpResult", await self.call("generateOtp", params, timeout))

    async def submit_otp(
        self, params: types.SubmitOtpParams, timeout: Optional[float] = None
    ) -> types.SubmitOtpResult:
        """Submit the OTP the customer typed (POST /api/pay/v1/otp/submit); the right one completes the
        payment.

        Not retried once sent: a wrong OTP counts against the bank's attempts. A lost answer is settled
        with getOrder (the payment is AUTHORIZED or PROCESSED once the OTP was accepted). The OTP is
        never logged.

        Calls Plural: POST /api/pay/v1/otp/submit.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``submitOtp``.
        """
        return cast("types.SubmitOtpResult", await self.call("submitOtp", params, timeout))

    async def resend_otp(
        self, params: types.ResendOtpParams, timeout: Optional[float] = None
    ) -> types.ResendOtpResult:
        """Send the OTP again (POST /api/pay/v1/otp/resend); the bank allows a few resends per payment.

        Calls Plural: POST /api/pay/v1/otp/resend.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``resendOtp``.
        """
        return cast("types.ResendOtpResult", await self.call("resendOtp", params, timeout))

    async def get_card_details(
        self, params: types.GetCardDetailsParams, timeout: Optional[float] = None
    ) -> types.GetCardDetailsResult:
        """Look up a card before paying: network, issuer, type, international, native OTP support (POST
        /api/pay/v1/getCardDetails).

        The card number goes to Plural and nowhere else: never logged, never in the result (which names
        the card, not its number).

        Calls Plural: POST /api/pay/v1/getCardDetails.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getCardDetails``.
        """
        return cast("types.GetCardDetailsResult", await self.call("getCardDetails", params, timeout))

    async def authorize_payment(
        self, params: types.AuthorizePaymentParams, timeout: Optional[float] = None
    ) -> types.AuthorizePaymentResult:
        """Authorise a PENDING payment with card data decrypted from Apple Pay, or after your own 3-D
        Secure (POST /api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize).

        Moves money: the order becomes AUTHORIZED (pre_auth) or PROCESSED. Keyed by the order and
        payment ids, so a repeat never authorises twice; a lost answer is settled by getOrder. The
        decrypted card data is never logged.

        Calls Plural: POST /api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``authorizePayment``.
        """
        return cast("types.AuthorizePaymentResult", await self.call("authorizePayment", params, timeout))

    async def discover_offers(
        self, params: Optional[types.DiscoverOffersParams] = None, timeout: Optional[float] = None
    ) -> types.DiscoverOffersResult:
        """The EMI offers (issuers, tenures, instalments, interest) for an amount (POST
        /api/affordability/v1/offer/discovery).

        To pay with one, pass its issuer offer with the tenure chosen (`tenures[i]` as `tenure`) as
        offer_data to validateOffer and createPayment (CREDIT_EMI, DEBIT_EMI).

        Calls Plural: POST /api/affordability/v1/offer/discovery.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``discoverOffers``.
        """
        return cast("types.DiscoverOffersResult", await self.call("discoverOffers", params, timeout))

    async def discover_cardless_offers(
        self, params: Optional[types.DiscoverCardlessOffersParams] = None, timeout: Optional[float] = None
    ) -> types.DiscoverCardlessOffersResult:
        """The cardless EMI offers a customer is eligible for, by PAN and mobile number (POST
        /api/affordability/v1/offer/discovery/cardless).

        Calls Plural: POST /api/affordability/v1/offer/discovery/cardless.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``discoverCardlessOffers``.
        """
        return cast("types.DiscoverCardlessOffersResult", await self.call("discoverCardlessOffers", params, timeout))

    async def get_downpayment_details(
        self, params: Optional[types.GetDownpaymentDetailsParams] = None, timeout: Optional[float] = None
    ) -> types.GetDownpaymentDetailsResult:
        """The down payment range and the methods it may be paid by, for an EMI order (POST
        /api/affordability/v1/offer/downpayment/details).

        Calls Plural: POST /api/affordability/v1/offer/downpayment/details.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getDownpaymentDetails``.
        """
        return cast("types.GetDownpaymentDetailsResult", await self.call("getDownpaymentDetails", params, timeout))

    async def validate_offer(
        self, params: types.ValidateOfferParams, timeout: Optional[float] = None
    ) -> types.ValidateOfferResult:
        """Check an EMI offer from discovery against the amount and instrument before paying with it (POST
        /api/affordability/v1/offer/validate).

        Plural refuses an offer it did not make for this amount (-32001). The amounts are integer paise;
        they go to Plural as digit strings, as its definition types them.

        Calls Plural: POST /api/affordability/v1/offer/validate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``validateOffer``.
        """
        return cast("types.ValidateOfferResult", await self.call("validateOffer", params, timeout))

    async def validate_imei(
        self, params: types.ValidateImeiParams, timeout: Optional[float] = None
    ) -> types.ValidateImeiResult:
        """Block (or release) a brand-EMI device's IMEI against an order (POST
        /api/affordability/v1/product/{order_id}/imei). Answers {} when Plural sends no body.

        Calls Plural: POST /api/affordability/v1/product/{order_id}/imei.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``validateImei``.
        """
        return cast("types.ValidateImeiResult", await self.call("validateImei", params, timeout))

    async def check_bnpl_eligibility(
        self, params: types.CheckBnplEligibilityParams, timeout: Optional[float] = None
    ) -> types.CheckBnplEligibilityResult:
        """Whether a customer may pay an amount by buy-now-pay-later, with their limit and instalments
        (POST /api/payment-option/eligibility/bnpl).

        Calls Plural: POST /api/payment-option/eligibility/bnpl.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``checkBnplEligibility``.
        """
        return cast("types.CheckBnplEligibilityResult", await self.call("checkBnplEligibility", params, timeout))

    async def calculate_convenience_fee(
        self, params: types.CalculateConvenienceFeeParams, timeout: Optional[float] = None
    ) -> types.CalculateConvenienceFeeResult:
        """The convenience fee (and its tax) a payment method adds to an amount, and what the customer pays
        (POST /api/v1/fees).

        Calls Plural: POST /api/v1/fees.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``calculateConvenienceFee``.
        """
        return cast("types.CalculateConvenienceFeeResult", await self.call("calculateConvenienceFee", params, timeout))

    async def convert_currency(
        self, params: types.ConvertCurrencyParams, timeout: Optional[float] = None
    ) -> types.ConvertCurrencyResult:
        """Quote a multi-currency (MCC) conversion: the rate and the converted amount (POST
        /api/conversion/mcc).

        Calls Plural: POST /api/conversion/mcc.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``convertCurrency``.
        """
        return cast("types.ConvertCurrencyResult", await self.call("convertCurrency", params, timeout))

    async def compute_tcs(
        self, params: types.ComputeTcsParams, timeout: Optional[float] = None
    ) -> types.ComputeTcsResult:
        """Compute the tax collected at source (TCS) on a cross-border (LRS) order (POST
        /api/v1/tcs/compute).

        Calls Plural: POST /api/v1/tcs/compute.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``computeTcs``.
        """
        return cast("types.ComputeTcsResult", await self.call("computeTcs", params, timeout))

    async def list_settlements(
        self, params: types.ListSettlementsParams, timeout: Optional[float] = None
    ) -> types.ListSettlementsResult:
        """Your settlements (payouts by UTR) between two dates, paged (GET /api/settlements/v1/list).

        The range may span at most 60 days. A settlement tells you money reached your bank, not that a
        payment succeeded: read the order for that.

        Calls Plural: GET /api/settlements/v1/list.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listSettlements``.
        """
        return cast("types.ListSettlementsResult", await self.call("listSettlements", params, timeout))

    async def get_settlement(
        self, params: types.GetSettlementParams, timeout: Optional[float] = None
    ) -> types.GetSettlementResult:
        """One settlement by its UTR, with the transactions it paid out, paged (GET
        /api/settlements/v1/detail/{utr}).

        Calls Plural: GET /api/settlements/v1/detail/{utr}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getSettlement``.
        """
        return cast("types.GetSettlementResult", await self.call("getSettlement", params, timeout))

    async def release_settlement(
        self, params: types.ReleaseSettlementParams, timeout: Optional[float] = None
    ) -> types.ReleaseSettlementResult:
        """Release a held part of a split order to its partner merchant (PATCH
        /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release). Never sent twice for the
        same part.

        Calls Plural: PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``releaseSettlement``.
        """
        return cast("types.ReleaseSettlementResult", await self.call("releaseSettlement", params, timeout))

    async def cancel_settlement(
        self, params: types.CancelSettlementParams, timeout: Optional[float] = None
    ) -> types.CancelSettlementResult:
        """Cancel a held part of a split order (PATCH
        /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel). Never sent twice for the
        same part.

        Calls Plural: PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``cancelSettlement``.
        """
        return cast("types.CancelSettlementResult", await self.call("cancelSettlement", params, timeout))

    async def create_brand_wallet(
        self, params: types.CreateBrandWalletParams, timeout: Optional[float] = None
    ) -> types.CreateBrandWalletResult:
        """Create brand wallets for one or more customers (POST /payment-option/create/wallet). A customer
        who has one keeps it.

        Calls Plural: POST /payment-option/create/wallet.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createBrandWallet``.
        """
        return cast("types.CreateBrandWalletResult", await self.call("createBrandWallet", params, timeout))

    async def validate_brand_wallet(
        self, params: types.ValidateBrandWalletParams, timeout: Optional[float] = None
    ) -> types.ValidateBrandWalletResult:
        """Whether a customer's wallet can pay this amount now (POST /payment-option/wallet/validate).
        Moves nothing.

        Calls Plural: POST /payment-option/wallet/validate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``validateBrandWallet``.
        """
        return cast("types.ValidateBrandWalletResult", await self.call("validateBrandWallet", params, timeout))

    async def get_brand_wallet_balance(
        self, params: types.GetBrandWalletBalanceParams, timeout: Optional[float] = None
    ) -> types.GetBrandWalletBalanceResult:
        """A customer's wallet and its balance (POST /payment-option/wallet/balance).

        Calls Plural: POST /payment-option/wallet/balance.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getBrandWalletBalance``.
        """
        return cast("types.GetBrandWalletBalanceResult", await self.call("getBrandWalletBalance", params, timeout))

    async def load_brand_wallet(
        self, params: types.LoadBrandWalletParams, timeout: Optional[float] = None
    ) -> types.LoadBrandWalletResult:
        """Load money into a customer's active wallet (POST /payment-option/wallet/load). Give
        idempotency_key: the request has no reference of its own, so without one every call is a new
        load.

        Calls Plural: POST /payment-option/wallet/load.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``loadBrandWallet``.
        """
        return cast("types.LoadBrandWalletResult", await self.call("loadBrandWallet", params, timeout))

    async def activate_brand_wallet(
        self, params: types.ActivateBrandWalletParams, timeout: Optional[float] = None
    ) -> types.ActivateBrandWalletResult:
        """Activate a created or deactivated wallet (POST
        /payment-option/wallet/customer/{customer_id}/activate).

        Calls Plural: POST /payment-option/wallet/customer/{customer_id}/activate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``activateBrandWallet``.
        """
        return cast("types.ActivateBrandWalletResult", await self.call("activateBrandWallet", params, timeout))

    async def deactivate_brand_wallet(
        self, params: types.DeactivateBrandWalletParams, timeout: Optional[float] = None
    ) -> types.DeactivateBrandWalletResult:
        """Deactivate a wallet: no loads or payments until it is activated again (POST
        /payment-option/wallet/customer/{customer_id}/deactivate).

        Calls Plural: POST /payment-option/wallet/customer/{customer_id}/deactivate.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``deactivateBrandWallet``.
        """
        return cast("types.DeactivateBrandWalletResult", await self.call("deactivateBrandWallet", params, timeout))

    async def reset_brand_wallet_pin(
        self, params: types.ResetBrandWalletPinParams, timeout: Optional[float] = None
    ) -> types.ResetBrandWalletPinResult:
        """Reset the PIN of a customer's wallet; the balance is kept (POST
        /payment-option/wallet/customer/{customer_id}/reset).

        Calls Plural: POST /payment-option/wallet/customer/{customer_id}/reset.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``resetBrandWalletPin``.
        """
        return cast("types.ResetBrandWalletPinResult", await self.call("resetBrandWalletPin", params, timeout))

    async def get_brand_wallet_history(
        self, params: types.GetBrandWalletHistoryParams, timeout: Optional[float] = None
    ) -> types.GetBrandWalletHistoryResult:
        """A wallet's movements, filtered and paged (GET
        /payment-option/wallet/customer/{customer_id}/history).

        Calls Plural: GET /payment-option/wallet/customer/{customer_id}/history.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getBrandWalletHistory``.
        """
        return cast("types.GetBrandWalletHistoryResult", await self.call("getBrandWalletHistory", params, timeout))

    async def add_money_to_brand_wallet(
        self, params: types.AddMoneyToBrandWalletParams, timeout: Optional[float] = None
    ) -> types.AddMoneyToBrandWalletResult:
        """The customer adds money to their wallet with a gift card or UPI (POST /api/pay/v1/add_money).
        Never sent twice for the same merchant_order_reference.

        The gift card number and PIN pass through to Plural and nowhere else: never logged, never
        echoed.

        Calls Plural: POST /api/pay/v1/add_money.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``addMoneyToBrandWallet``.
        """
        return cast("types.AddMoneyToBrandWalletResult", await self.call("addMoneyToBrandWallet", params, timeout))

    async def create_sbmd_subscription(
        self, params: types.CreateSbmdSubscriptionParams, timeout: Optional[float] = None
    ) -> types.CreateSbmdSubscriptionResult:
        """Create a UPI Reserve Pay (SBMD) subscription that reserves an amount for later debits (POST
        /ps/public/subscriptions/sbmd).

        Calls Plural: POST /ps/public/subscriptions/sbmd.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createSbmdSubscription``.
        """
        return cast("types.CreateSbmdSubscriptionResult", await self.call("createSbmdSubscription", params, timeout))

    async def get_sbmd_subscription(
        self, params: types.GetSbmdSubscriptionParams, timeout: Optional[float] = None
    ) -> types.GetSbmdSubscriptionResult:
        """A UPI Reserve Pay subscription by id (GET /ps/public/subscriptions/sbmd/{reserve_pay_sub_id}).

        Calls Plural: GET /ps/public/subscriptions/sbmd/{reserve_pay_sub_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getSbmdSubscription``.
        """
        return cast("types.GetSbmdSubscriptionResult", await self.call("getSbmdSubscription", params, timeout))

    async def capture_invoice(
        self, params: types.CaptureInvoiceParams, timeout: Optional[float] = None
    ) -> types.CaptureInvoiceResult:
        """Capture the invoice of a cross-border order (POST /api/pay/v1/orders/{orderId}/invoice); upload
        its file with uploadInvoiceFile.

        Calls Plural: POST /api/pay/v1/orders/{order_id}/invoice.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``captureInvoice``.
        """
        return cast("types.CaptureInvoiceResult", await self.call("captureInvoice", params, timeout))

    async def get_invoice_status(
        self, params: types.GetInvoiceStatusParams, timeout: Optional[float] = None
    ) -> types.GetInvoiceStatusResult:
        """The invoice of a cross-border order and its status (GET /api/pay/v1/orders/{orderId}/invoice).

        Calls Plural: GET /api/pay/v1/orders/{order_id}/invoice.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getInvoiceStatus``.
        """
        return cast("types.GetInvoiceStatusResult", await self.call("getInvoiceStatus", params, timeout))

    async def upload_invoice_file(
        self, params: types.UploadInvoiceFileParams, timeout: Optional[float] = None
    ) -> types.UploadInvoiceFileResult:
        """Upload the invoice's document (PUT /api/pay/v1/orders/{orderId}/invoice/{invoiceId}/upload,
        multipart/form-data).

        file is a FileUpload (base64, content type, file name; docs/FILES.md), at most
        PLURAL_MAX_UPLOAD_BYTES; it goes to Plural as the multipart part `file` and is never logged.

        Calls Plural: PUT /api/pay/v1/orders/{order_id}/invoice/{invoice_id}/upload.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``uploadInvoiceFile``.
        """
        return cast("types.UploadInvoiceFileResult", await self.call("uploadInvoiceFile", params, timeout))

    async def create_awb(
        self, params: types.CreateAwbParams, timeout: Optional[float] = None
    ) -> types.CreateAwbResult:
        """Record one or more airway bills of a cross-border order (POST /api/pay/v1/orders/{orderId}/awb;
        the body is the array).

        Calls Plural: POST /api/pay/v1/orders/{order_id}/awb.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createAwb``.
        """
        return cast("types.CreateAwbResult", await self.call("createAwb", params, timeout))

    async def get_all_awbs(
        self, params: types.GetAllAwbsParams, timeout: Optional[float] = None
    ) -> types.GetAllAwbsResult:
        """The airway bills of a cross-border order and their statuses (GET
        /api/pay/v1/orders/{orderId}/awb).

        Calls Plural: GET /api/pay/v1/orders/{order_id}/awb.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getAllAwbs``.
        """
        return cast("types.GetAllAwbsResult", await self.call("getAllAwbs", params, timeout))

    async def get_awb_by_id(
        self, params: types.GetAwbByIdParams, timeout: Optional[float] = None
    ) -> types.GetAwbByIdResult:
        """One airway bill (GET /api/pay/v1/orders/{orderId}/awb/{awbId}).

        Calls Plural: GET /api/pay/v1/orders/{order_id}/awb/{awb_id}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getAwbById``.
        """
        return cast("types.GetAwbByIdResult", await self.call("getAwbById", params, timeout))

    async def upload_awb_file(
        self, params: types.UploadAwbFileParams, timeout: Optional[float] = None
    ) -> types.UploadAwbFileResult:
        """Upload an airway bill's document (PUT /api/pay/v1/orders/{orderId}/awb/{awbId}/upload,
        multipart/form-data).

        file is a FileUpload (base64, content type, file name; docs/FILES.md), at most
        PLURAL_MAX_UPLOAD_BYTES; it goes to Plural as the multipart part `file` and is never logged.

        Calls Plural: PUT /api/pay/v1/orders/{order_id}/awb/{awb_id}/upload.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``uploadAwbFile``.
        """
        return cast("types.UploadAwbFileResult", await self.call("uploadAwbFile", params, timeout))

    async def create_challan(
        self, params: types.CreateChallanParams, timeout: Optional[float] = None
    ) -> types.CreateChallanResult:
        """Create the e-challan of an order (POST /api/pay/v1/order/{order_id}/challan).

        Calls Plural: POST /api/pay/v1/order/{order_id}/challan.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``createChallan``.
        """
        return cast("types.CreateChallanResult", await self.call("createChallan", params, timeout))

    async def get_challan(
        self, params: types.GetChallanParams, timeout: Optional[float] = None
    ) -> types.GetChallanResult:
        """The e-challan of an order (GET /api/pay/v1/order/{order_id}/challan).

        Calls Plural: GET /api/pay/v1/order/{order_id}/challan.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getChallan``.
        """
        return cast("types.GetChallanResult", await self.call("getChallan", params, timeout))

    async def get_challan_pdf(
        self, params: types.GetChallanPdfParams, timeout: Optional[float] = None
    ) -> types.GetChallanPdfResult:
        """Download the e-challan as a PDF (GET /api/pay/v1/order/{order_id}/challan/pdf); answers the
        file's bytes in base64.

        Calls Plural: GET /api/pay/v1/order/{order_id}/challan/pdf.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getChallanPdf``.
        """
        return cast("types.GetChallanPdfResult", await self.call("getChallanPdf", params, timeout))

    async def create_payout(
        self, params: types.CreatePayoutParams, timeout: Optional[float] = None
    ) -> types.CreatePayoutResult:
        """Pay a beneficiary from your funding account (POST /payouts/v3/payments/banks): IMPS, NEFT or
        RTGS to an account, or UPI to a VPA.

        Moves money. clientReferenceId is the payout's idempotency key: the sidecar answers a repeat
        from its ledger and Plural refuses a second payout with it (409 DUPLICATE_REQUEST). A payout
        whose answer was lost is looked up by clientReferenceId. PENDING means the funding account lacks
        the balance.

        Calls Plural: POST /payouts/v3/payments/banks.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createPayout``.
        """
        return cast("types.CreatePayoutResult", await self.call("createPayout", params, timeout))

    async def list_payouts(
        self, params: Optional[types.ListPayoutsParams] = None, timeout: Optional[float] = None
    ) -> types.ListPayoutsResult:
        """Your payouts, filtered and paged (GET /payouts/v3/payments).

        Calls Plural: GET /payouts/v3/payments.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``listPayouts``.
        """
        return cast("types.ListPayoutsResult", await self.call("listPayouts", params, timeout))

    async def get_payout_balance(
        self, params: Optional[types.GetPayoutBalanceParams] = None, timeout: Optional[float] = None
    ) -> types.GetPayoutBalanceResult:
        """The funding account payouts are paid from, and its balance (GET
        /payouts/v3/payments/funding-account).

        Calls Plural: GET /payouts/v3/payments/funding-account.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``getPayoutBalance``.
        """
        return cast("types.GetPayoutBalanceResult", await self.call("getPayoutBalance", params, timeout))

    async def create_bulk_payout(
        self, params: types.CreateBulkPayoutParams, timeout: Optional[float] = None
    ) -> types.CreateBulkPayoutResult:
        """Pay many beneficiaries from one file (POST /payouts/v3/payments/banks/file,
        multipart/form-data); list them by its requestReferenceId.

        Moves money. file is a FileUpload (docs/FILES.md) of Plural's bulk template, at most
        PLURAL_MAX_UPLOAD_BYTES, sent as the multipart part `file` and never logged. Give
        idempotency_key to make a repeat the same upload.

        Calls Plural: POST /payouts/v3/payments/banks/file.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``createBulkPayout``.
        """
        return cast("types.CreateBulkPayoutResult", await self.call("createBulkPayout", params, timeout))

    async def update_scheduled_payout(
        self, params: types.UpdateScheduledPayoutParams, timeout: Optional[float] = None
    ) -> types.UpdateScheduledPayoutResult:
        """Move a SCHEDULED payout to another time (PUT /payouts/v3/payments/banks/{paymentReferenceId}).

        Calls Plural: PUT /payouts/v3/payments/banks/{paymentReferenceId}.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005).

        JSON-RPC method ``updateScheduledPayout``.
        """
        return cast("types.UpdateScheduledPayoutResult", await self.call("updateScheduledPayout", params, timeout))

    async def cancel_scheduled_payout(
        self, params: types.CancelScheduledPayoutParams, timeout: Optional[float] = None
    ) -> types.CancelScheduledPayoutResult:
        """Cancel a SCHEDULED payout (PUT /payouts/v3/payments/banks/{paymentReferenceId}/cancel); its
        amount returns to the funding account.

        Moves money back. The payout's id is its idempotency key; a cancel whose answer was lost is
        looked up by listing the payout.

        Calls Plural: PUT /payouts/v3/payments/banks/{paymentReferenceId}/cancel.

        Raises InvalidParams (-32602), GatewayError (-32001), CredentialsRefused (-32002),
        GatewayUnreachable (-32003), SettingMissing (-32004), BadGatewayAnswer (-32005),
        IdempotencyConflict (-32006), RefusedForSafety (-32007).

        JSON-RPC method ``cancelScheduledPayout``.
        """
        return cast("types.CancelScheduledPayoutResult", await self.call("cancelScheduledPayout", params, timeout))

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

    async def simulator_events(
        self, params: Optional[types.SimulatorEventsParams] = None, timeout: Optional[float] = None
    ) -> types.SimulatorEventsResult:
        """(simulator only) The webhook events the simulated gateway's state changes produced, oldest first
        ({event_type, data}).

        Raises InvalidParams (-32602).

        JSON-RPC method ``simulator.events``.
        """
        return cast("types.SimulatorEventsResult", await self.call("simulator.events", params, timeout))
