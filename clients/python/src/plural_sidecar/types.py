# Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
# Change the document (or the generator) and run scripts/generate-clients.
"""The shapes in protocol/openrpc.json as TypedDicts: one per component schema, one per method's params
(``CreateOrderParams``) and result (``CreateOrderResult``, often an alias of a schema such as ``Order``).

Field names are Plural's own. Amounts are integer paise. Optional members are ``total=False`` (required
ones sit in a ``_...Required`` base class, for Python 3.9). At run time every value is a plain ``dict``:
the gateway may send fields that are not listed here, and they are kept.
"""

from __future__ import annotations

from typing import Any, Dict, List, Literal, TypedDict, Union

__all__ = [
    "AcceptPaymentParams",
    "AcceptPaymentParamsMerchantData",
    "AcceptPaymentParamsPaymentData",
    "AcceptPaymentParamsProductDetailsItem",
    "AcceptPaymentParamsTxnData",
    "AcceptPaymentResult",
    "ActivateBrandWalletParams",
    "ActivateBrandWalletResult",
    "AddMoneyToBrandWalletParams",
    "AddMoneyToBrandWalletParamsCustomer",
    "AddMoneyToBrandWalletParamsPaymentOption",
    "AddMoneyToBrandWalletParamsPaymentOptionGiftCardDetails",
    "AddMoneyToBrandWalletResult",
    "Address",
    "Amount",
    "AmountText",
    "AuthorizePaymentParams",
    "AuthorizePaymentParamsAcquirerPaymentDetails",
    "AuthorizePaymentParamsDecryptedCardDetails",
    "AuthorizePaymentParamsDecryptedCardDetailsCardMetaData",
    "AuthorizePaymentResult",
    "Awb",
    "AwbList",
    "BankAccount",
    "BrandWallet",
    "BulkPayout",
    "BulkPayoutLinksItem",
    "CalculateConvenienceFeeParams",
    "CalculateConvenienceFeeResult",
    "CalculateConvenienceFeeResultDataItem",
    "CalculateConvenienceFeeResultDataItemConvenienceFeeBreakdown",
    "CalculateConvenienceFeeResultDataItemPaymentMethodMetadata",
    "Callback",
    "CancelParams",
    "CancelPaymentLinkParams",
    "CancelPaymentLinkResult",
    "CancelResult",
    "CancelScheduledPayoutParams",
    "CancelScheduledPayoutResult",
    "CancelSettlementParams",
    "CancelSettlementResult",
    "CancelSubscriptionParams",
    "CancelSubscriptionResult",
    "CaptureInvoiceParams",
    "CaptureInvoiceResult",
    "CaptureParams",
    "CaptureResult",
    "CardData",
    "CardToken",
    "CartDetails",
    "CartDetailsCartItemsItem",
    "Challan",
    "CheckBnplEligibilityParams",
    "CheckBnplEligibilityParamsDeviceInfo",
    "CheckBnplEligibilityResult",
    "CheckBnplEligibilityResultMetadata",
    "CheckBnplEligibilityResultMetadataInstallmentsItem",
    "CheckPointBalanceParams",
    "CheckPointBalanceParamsOrderDetails",
    "CheckPointBalanceParamsPaymentOption",
    "CheckPointBalanceParamsPaymentOptionPointsCardDetails",
    "CheckPointBalanceResult",
    "CheckoutSession",
    "ComputeTcsParams",
    "ComputeTcsResult",
    "ConfirmPaymentParams",
    "ConfirmPaymentResult",
    "ConvenienceFeeBreakdown",
    "ConvenienceFeeBreakdownAdditionalFeeAmount",
    "ConvenienceFeeBreakdownApplicableFeeAmount",
    "ConvenienceFeeBreakdownFeeAmount",
    "ConvenienceFeeBreakdownMaximumFeeAmount",
    "ConvenienceFeeBreakdownTaxAmount",
    "ConvertCurrencyParams",
    "ConvertCurrencyResult",
    "CreateAwbParams",
    "CreateAwbParamsAwbsItem",
    "CreateAwbResult",
    "CreateBrandWalletParams",
    "CreateBrandWalletResult",
    "CreateBulkPayoutParams",
    "CreateBulkPayoutResult",
    "CreateCardTokenParams",
    "CreateCardTokenParamsPayment",
    "CreateCardTokenParamsPaymentAcquirerData",
    "CreateCardTokenParamsPaymentOption",
    "CreateCardTokenResult",
    "CreateChallanParams",
    "CreateChallanResult",
    "CreateCheckoutParams",
    "CreateCheckoutResult",
    "CreateCustomerParams",
    "CreateCustomerResult",
    "CreateOrderParams",
    "CreateOrderResult",
    "CreateOrderTokenParams",
    "CreateOrderTokenParamsCustomerData",
    "CreateOrderTokenParamsMerchantData",
    "CreateOrderTokenParamsPaymentInfoData",
    "CreateOrderTokenResult",
    "CreatePaymentLinkParams",
    "CreatePaymentLinkResult",
    "CreatePaymentParams",
    "CreatePaymentResult",
    "CreatePayoutParams",
    "CreatePayoutResult",
    "CreatePlanParams",
    "CreatePlanResult",
    "CreatePresentationParams",
    "CreatePresentationResult",
    "CreateSbmdSubscriptionParams",
    "CreateSbmdSubscriptionParamsPlanDetails",
    "CreateSbmdSubscriptionResult",
    "CreateSubscriptionParams",
    "CreateSubscriptionResult",
    "Customer",
    "CustomerRecord",
    "DeactivateBrandWalletParams",
    "DeactivateBrandWalletResult",
    "DeleteCardTokenParams",
    "DeleteCardTokenResult",
    "DeleteCustomerTokenParams",
    "DeleteCustomerTokenResult",
    "DeletePlanParams",
    "DeletePlanResult",
    "DeletePresentationParams",
    "DeletePresentationResult",
    "DiscoverCardlessOffersParams",
    "DiscoverCardlessOffersParamsPaymentOption",
    "DiscoverCardlessOffersParamsPaymentOptionCardlessDetails",
    "DiscoverCardlessOffersResult",
    "DiscoverOffersParams",
    "DiscoverOffersParamsCustomerDetails",
    "DiscoverOffersParamsDownpaymentDetails",
    "DiscoverOffersParamsIssuer",
    "DiscoverOffersParamsPaymentOptions",
    "DiscoverOffersParamsPaymentOptionsCardDetails",
    "DiscoverOffersParamsPaymentOptionsCardTokenDetails",
    "DiscoverOffersResult",
    "DiscoverParams",
    "DiscoverResult",
    "EmiOffer",
    "EmiOfferIssuerData",
    "EmiTenure",
    "EmiTenureDownpaymentDetails",
    "EmiTenureIssuerOfferParametersItem",
    "EmiTenureProcessingFeeDetails",
    "ExecuteMandateDebitParams",
    "ExecuteMandateDebitResult",
    "FetchUpiVpaParams",
    "FetchUpiVpaParamsPaymentOption",
    "FetchUpiVpaParamsPaymentOptionUpiDetails",
    "FetchUpiVpaParamsPaymentOptionUpiDetailsPayer",
    "FetchUpiVpaResult",
    "FileContent",
    "FileUpload",
    "FundingAccount",
    "GenerateCryptogramParams",
    "GenerateCryptogramResult",
    "GenerateCryptogramResultTokenData",
    "GenerateOtpParams",
    "GenerateOtpResult",
    "GenerateOtpResultMetaData",
    "GetAllAwbsParams",
    "GetAllAwbsResult",
    "GetAwbByIdParams",
    "GetAwbByIdResult",
    "GetBrandWalletBalanceParams",
    "GetBrandWalletBalanceParamsCustomers",
    "GetBrandWalletBalanceResult",
    "GetBrandWalletHistoryParams",
    "GetBrandWalletHistoryResult",
    "GetCardDetailsParams",
    "GetCardDetailsParamsCardDetailsItem",
    "GetCardDetailsResult",
    "GetCardDetailsResultCardPaymentDetailsItem",
    "GetChallanParams",
    "GetChallanPdfParams",
    "GetChallanPdfResult",
    "GetChallanResult",
    "GetCustomerParams",
    "GetCustomerResult",
    "GetCustomerTokenParams",
    "GetCustomerTokenResult",
    "GetDownpaymentDetailsParams",
    "GetDownpaymentDetailsParamsIssuer",
    "GetDownpaymentDetailsResult",
    "GetDownpaymentDetailsResultDownpaymentDetails",
    "GetDownpaymentDetailsResultDownpaymentDetailsAmountRange",
    "GetInvoiceStatusParams",
    "GetInvoiceStatusResult",
    "GetOrderParams",
    "GetOrderResult",
    "GetPaymentLinkParams",
    "GetPaymentLinkResult",
    "GetPayoutBalanceParams",
    "GetPayoutBalanceResult",
    "GetPlanParams",
    "GetPlanResult",
    "GetPresentationParams",
    "GetPresentationResult",
    "GetSbmdSubscriptionParams",
    "GetSbmdSubscriptionResult",
    "GetServiceProviderTokenParams",
    "GetServiceProviderTokenResult",
    "GetSettlementParams",
    "GetSettlementResult",
    "GetSettlementResultPagination",
    "GetSubscriptionParams",
    "GetSubscriptionResult",
    "InquiryParams",
    "InquiryResult",
    "Invoice",
    "LegacyRefundParams",
    "LegacyRefundResult",
    "ListCustomerTokensParams",
    "ListCustomerTokensResult",
    "ListPayoutsParams",
    "ListPayoutsResult",
    "ListPlansParams",
    "ListPlansResult",
    "ListPlansResultPage",
    "ListPresentationsParams",
    "ListPresentationsResult",
    "ListPresentationsResultPage",
    "ListSettlementsParams",
    "ListSettlementsResult",
    "ListSubscriptionsParams",
    "ListSubscriptionsResult",
    "ListSubscriptionsResultPage",
    "LoadBrandWalletParams",
    "LoadBrandWalletParamsCustomer",
    "LoadBrandWalletResult",
    "NotifyPaymentLinkParams",
    "NotifyPaymentLinkResult",
    "OfferData",
    "OfferDataOfferDetails",
    "OfferDataOfferDetailsTenure",
    "OfferDiscovery",
    "Order",
    "PauseSubscriptionParams",
    "PauseSubscriptionResult",
    "Payment",
    "PaymentCaptureDataItem",
    "PaymentLink",
    "PaymentOption",
    "PaymentOptionBnplDetails",
    "PaymentOptionCardDetails",
    "PaymentOptionCardTokenDetails",
    "PaymentOptionCardlessDetails",
    "PaymentOptionNetbankingDetails",
    "PaymentOptionPointsCardDetails",
    "PaymentOptionUpiDetails",
    "PaymentOptionUpiDetailsPayer",
    "PaymentRequest",
    "PaymentRequestDeviceInfo",
    "Payout",
    "PayoutAmount",
    "PayoutLinksItem",
    "PayoutList",
    "PayoutListLinksItem",
    "PendingOutcomesParams",
    "PendingOutcomesResult",
    "PendingOutcomesResultPendingItem",
    "PingParams",
    "PingResult",
    "Plan",
    "PointBalance",
    "Presentation",
    "ProcessPaymentParams",
    "ProcessPaymentParamsCardData",
    "ProcessPaymentParamsNetbankingData",
    "ProcessPaymentParamsUpiData",
    "ProcessPaymentResult",
    "ProductDetail",
    "PurchaseDetails",
    "RefundParams",
    "RefundResult",
    "ReleaseSettlementParams",
    "ReleaseSettlementResult",
    "ReportedAmount",
    "ResendOtpParams",
    "ResendOtpResult",
    "ResendOtpResultMetaData",
    "ReservePaySubscription",
    "ReservePaySubscriptionPlanDetails",
    "ResetBrandWalletPinParams",
    "ResetBrandWalletPinResult",
    "ResumeSubscriptionParams",
    "ResumeSubscriptionResult",
    "RetryMandateDebitParams",
    "RetryMandateDebitResult",
    "SendPreDebitNotificationParams",
    "SendPreDebitNotificationResult",
    "SettlementSummary",
    "SettlementTransaction",
    "SimulatorConfigureParams",
    "SimulatorConfigureParamsFaultsItem",
    "SimulatorConfigureResult",
    "SimulatorEventsParams",
    "SimulatorEventsResult",
    "SimulatorEventsResultEventsItem",
    "SimulatorPayParams",
    "SimulatorPayResult",
    "SimulatorRedeliverParams",
    "SimulatorRedeliverResult",
    "SimulatorWebhooksParams",
    "SimulatorWebhooksResult",
    "SimulatorWebhooksResultDeliveriesItem",
    "SplitDetail",
    "SplitInfo",
    "SplitOrder",
    "SplitOrderPurchaseDetails",
    "SplitRequest",
    "SplitRequestSplitDetailsItem",
    "StatsParams",
    "StatsResult",
    "StatsResultHealth",
    "StoredFile",
    "SubmitOtpParams",
    "SubmitOtpResult",
    "SubmitOtpResultMetaData",
    "Subscription",
    "UpdateCustomerParams",
    "UpdateCustomerResult",
    "UpdatePlanParams",
    "UpdatePlanResult",
    "UpdateScheduledPayoutParams",
    "UpdateScheduledPayoutResult",
    "UpdateSubscriptionParams",
    "UpdateSubscriptionResult",
    "UploadAwbFileParams",
    "UploadAwbFileResult",
    "UploadInvoiceFileParams",
    "UploadInvoiceFileResult",
    "ValidateBrandWalletParams",
    "ValidateBrandWalletParamsCustomers",
    "ValidateBrandWalletResult",
    "ValidateImeiParams",
    "ValidateImeiParamsProductsItem",
    "ValidateImeiResult",
    "ValidateOfferParams",
    "ValidateOfferParamsCustomerDetails",
    "ValidateOfferParamsPaymentOption",
    "ValidateOfferParamsPaymentOptionCardDetails",
    "ValidateOfferParamsPaymentOptionCardTokenDetails",
    "ValidateOfferParamsPaymentOptionCardlessDetails",
    "ValidateOfferResult",
    "VerifySignatureParams",
    "VerifySignatureResult",
    "VerifyWebhookParams",
    "VerifyWebhookParamsHeaders",
    "VerifyWebhookResult",
    "WalletCustomer",
    "WalletEntry",
]


class Address(TypedDict, total=False):
    """The schema Address."""
    address1: str
    address2: str
    address3: str
    address_category: str
    address_type: str
    city: str
    country: str
    full_name: str
    pincode: str
    state: str


class Amount(TypedDict):
    """An amount in integer paise (₹11.00 is 1100)."""
    #: ISO 4217 currency code, e.g. INR.
    currency: str
    #: Amount in paise (integer, > 0).
    value: int


class AmountText(TypedDict):
    """An amount in integer paise, its value as a digit string."""
    #: ISO 4217 currency code, e.g. INR.
    currency: str
    #: Integer paise, written as digits.
    value: str


class StoredFile(TypedDict, total=False):
    """The document uploaded for this record."""
    content_type: str
    file_name: str
    size_bytes: int
    #: ISO-8601 date-time (UTC).
    uploaded_at: str


class _AwbRequired(TypedDict):
    #: Plural's airway-bill id.
    awb_id: str


class Awb(_AwbRequired, total=False):
    """An airway bill (shipment proof) of a cross-border order."""
    #: YYYY-MM-DD.
    awb_date: str
    awb_number: str
    #: ISO-8601 date-time (UTC).
    created_at: str
    file: StoredFile
    order_id: str
    #: CREATED until its document is uploaded.
    status: str
    tracking_url: str
    #: ISO-8601 date-time (UTC).
    updated_at: str


class _AwbListRequired(TypedDict):
    awbs: List[Awb]


class AwbList(_AwbListRequired, total=False):
    """The airway bills of an order."""
    order_id: str


class BankAccount(TypedDict, total=False):
    """The account a TPV mandate must debit."""
    account_number: str
    ifsc: str
    name: str


class ReportedAmount(TypedDict, total=False):
    """An amount as the gateway reports it, in integer paise."""
    currency: str
    #: Integer paise.
    value: int


class BrandWallet(TypedDict, total=False):
    """A customer's brand wallet and its balance in integer paise."""
    balance: ReportedAmount
    #: ISO-8601 date-time (UTC).
    created_at: str
    customer_id: str
    #: Wallet status.
    status: str
    #: ISO-8601 date-time (UTC).
    updated_at: str


class BulkPayoutLinksItem(TypedDict, total=False):
    """In BulkPayout._links[]."""
    href: str
    rel: str


class BulkPayout(TypedDict, total=False):
    """A bulk payout file, accepted for processing."""
    _links: List[BulkPayoutLinksItem]
    message: str
    #: Plural's id of the bulk request: list its payouts with it.
    requestReferenceId: str
    #: The file's processing status.
    status: str


class _CallbackRequired(TypedDict):
    order_id: str
    payment_status: str
    #: Upper-case hex HMAC-SHA256 over the other fields (verify with verifySignature).
    signature: str


class Callback(_CallbackRequired, total=False):
    """The fields Plural posts to the merchant's return URL."""
    error_code: str
    error_message: str


class CardData(TypedDict, total=False):
    """What Plural tells about a tokenised card (never its number). Its cvv_required flag reaches you
    redacted: the redactor masks every member named like a CVV.
    """
    card_category: str
    #: Card type.
    card_type: str
    country_code: str
    emi: bool
    international: bool
    issuer_name: str
    last4_digit: str
    network_name: str


class _CardTokenRequired(TypedDict):
    #: Plural's token id.
    token_id: str


class CardToken(_CardTokenRequired, total=False):
    """A saved card token."""
    card_data: CardData
    #: ISO-8601 date-time (UTC).
    created_at: str
    customer_id: str
    #: ISO-8601 date-time (UTC).
    expired_at: str
    is_compliant: bool
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]
    #: Your reference for the token.
    merchant_token_reference: Union[str, int]
    #: Payment method.
    payment_method: str
    service_provider_token_id: str
    #: Token status.
    status: str
    status_reason: str
    #: ISO-8601 date-time (UTC).
    updated_at: str


class CartDetailsCartItemsItem(TypedDict, total=False):
    """In CartDetails.cart_items[]."""
    item_currency: str
    item_description: str
    item_details_url: str
    #: Paise.
    item_discounted_unit_price: int
    item_id: str
    item_image_url: str
    item_name: str
    #: Paise.
    item_original_unit_price: int
    item_quantity: int


class CartDetails(TypedDict, total=False):
    """The items of the order, shown on Plural's pages and used by offers."""
    cart_items: List[CartDetailsCartItemsItem]


class Challan(TypedDict, total=False):
    """An e-challan: the bank transfer details a customer pays an order by."""
    account_bank_branch: str
    account_bank_name: str
    account_ifsc: str
    account_name: str
    #: Integer paise.
    amount_due: int
    #: Plural's challan id.
    challan_id: str
    challan_pdf_url: str
    #: ISO-8601 date-time (UTC).
    created_date: str
    expiry_date: str
    order_id: str
    #: The account the customer pays into.
    virtual_account_id: str


class _CheckoutSessionRequired(TypedDict):
    #: Send the customer here to pay on Plural's hosted page.
    redirect_url: str
    token: str


class CheckoutSession(_CheckoutSessionRequired, total=False):
    """The schema CheckoutSession."""
    order_id: str
    response_code: int
    response_message: str


class ConvenienceFeeBreakdownAdditionalFeeAmount(TypedDict, total=False):
    """In ConvenienceFeeBreakdown.additional_fee_amount."""
    #: ISO 4217, e.g. INR.
    currency: str
    #: Integer paise, 100 (₹1) to 100000000 (₹10 lakh).
    value: int


class ConvenienceFeeBreakdownApplicableFeeAmount(TypedDict, total=False):
    """In ConvenienceFeeBreakdown.applicable_fee_amount."""
    #: ISO 4217, e.g. INR.
    currency: str
    #: Integer paise, 100 (₹1) to 100000000 (₹10 lakh).
    value: int


class ConvenienceFeeBreakdownFeeAmount(TypedDict, total=False):
    """In ConvenienceFeeBreakdown.fee_amount."""
    #: ISO 4217, e.g. INR.
    currency: str
    #: Integer paise, 100 (₹1) to 100000000 (₹10 lakh).
    value: int


class ConvenienceFeeBreakdownMaximumFeeAmount(TypedDict, total=False):
    """In ConvenienceFeeBreakdown.maximum_fee_amount."""
    #: ISO 4217, e.g. INR.
    currency: str
    #: Integer paise, 100 (₹1) to 100000000 (₹10 lakh).
    value: int


class ConvenienceFeeBreakdownTaxAmount(TypedDict, total=False):
    """In ConvenienceFeeBreakdown.tax_amount."""
    #: ISO 4217, e.g. INR.
    currency: str
    #: Integer paise, 100 (₹1) to 100000000 (₹10 lakh).
    value: int


class ConvenienceFeeBreakdown(TypedDict, total=False):
    """The convenience fee added to the challan."""
    additional_fee_amount: ConvenienceFeeBreakdownAdditionalFeeAmount
    applicable_fee_amount: ConvenienceFeeBreakdownApplicableFeeAmount
    fee_amount: ConvenienceFeeBreakdownFeeAmount
    maximum_fee_amount: ConvenienceFeeBreakdownMaximumFeeAmount
    tax_amount: ConvenienceFeeBreakdownTaxAmount


class Customer(TypedDict, total=False):
    """The schema Customer."""
    billing_address: Address
    country_code: str
    customer_id: str
    email_id: str
    first_name: str
    is_edit_customer_details_allowed: bool
    last_name: str
    mobile_number: str
    shipping_address: Address


class _CustomerRecordRequired(TypedDict):
    #: Plural's customer id.
    customer_id: str


class CustomerRecord(_CustomerRecordRequired, total=False):
    """A saved customer, as Plural returns it."""
    billing_address: Address
    country_code: str
    #: ISO-8601 date-time (UTC).
    created_at: str
    email_id: str
    first_name: str
    gstin: str
    last_name: str
    #: Your reference for the customer.
    merchant_customer_reference: Union[str, int]
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]
    mobile_number: str
    shipping_address: Address
    #: Customer status.
    status: str
    #: ISO-8601 date-time (UTC).
    updated_at: str


class EmiTenureDownpaymentDetails(TypedDict, total=False):
    """In EmiTenure.downpayment_details."""
    downpayment_amount: ReportedAmount


class EmiTenureIssuerOfferParametersItem(TypedDict, total=False):
    """In EmiTenure.issuer_offer_parameters[]."""
    offer_id: str
    offer_parameter_id: str
    program_type: str


class EmiTenureProcessingFeeDetails(TypedDict, total=False):
    """In EmiTenure.processing_fee_details."""
    amount: ReportedAmount
    percentage: float


class EmiTenure(TypedDict, total=False):
    """An EMI plan: tenure, instalment, interest, subvention, all amounts in integer paise."""
    auth_amount: ReportedAmount
    cart_coupon_discount_amount: ReportedAmount
    convenience_fee_breakdown: Dict[str, Any]
    details: List[Dict[str, Any]]
    discount: Dict[str, Any]
    downpayment_details: EmiTenureDownpaymentDetails
    #: Who pays the interest: STANDARD (the customer), NO_COST or LOW_COST (subvented).
    emi_type: str
    interest_amount: ReportedAmount
    interest_rate_percentage: float
    issuer_offer_parameters: List[EmiTenureIssuerOfferParametersItem]
    loan_amount: ReportedAmount
    monthly_emi_amount: ReportedAmount
    #: e.g. 6 Months.
    name: str
    net_payment_amount: ReportedAmount
    processing_fee_amount: ReportedAmount
    processing_fee_details: EmiTenureProcessingFeeDetails
    split_emi_amount: ReportedAmount
    split_emi_display_name: str
    split_emi_percentage: float
    #: The plan's id within the issuer's offer.
    tenure_id: str
    #: The unit of tenure_value.
    tenure_type: str
    #: Number of instalments.
    tenure_value: int
    total_coupon_discount: ReportedAmount
    total_discount_amount: ReportedAmount
    total_down_payment_amount: ReportedAmount
    total_emi_amount: ReportedAmount
    total_subvention_amount: ReportedAmount


class EmiOfferIssuerData(TypedDict, total=False):
    """In EmiOffer.issuer_data."""
    #: How the loan is authorised.
    auth_type: str
    consent_data: str
    is_consent_page_required: bool
    is_tokenized_transaction_supported: bool
    offer_validation_parameters_required: str
    otp_length: int
    otp_retry_count: int
    otp_time_in_sec: int
    pan_number_last_digit_count: int
    penny_transaction_amount: ReportedAmount
    show_key_fact_statement: bool
    terms_and_conditions: str


class EmiOffer(TypedDict, total=False):
    """One issuer's EMI offer with its plans."""
    display_name: str
    #: The issuer's offer id.
    id: str
    issuer_data: EmiOfferIssuerData
    #: Bank or NBFC, credit, debit or cardless.
    issuer_type: str
    name: str
    priority: int
    tenures: List[EmiTenure]


class FileContent(TypedDict):
    """A file Plural answered with, as its bytes."""
    #: The bytes Plural answered, in standard base64.
    content_base64: str
    #: The answer's Content-Type, e.g. application/pdf.
    content_type: str
    #: How many bytes (at most PLURAL_MAX_ANSWER_BYTES).
    size_bytes: int


class FileUpload(TypedDict):
    """A file to send: sent to Plural as the multipart/form-data part of the param's name. Never logged."""
    #: The file's bytes in standard base64 (RFC 4648: + and /, = padding, no line breaks); at most
    #: PLURAL_MAX_UPLOAD_BYTES once decoded.
    content_base64: str
    #: Its media type, e.g. application/pdf, image/png, text/csv.
    content_type: str
    #: Its name, as Plural will see it (no path, quotes or control characters).
    file_name: str


class FundingAccount(TypedDict, total=False):
    """The funding account payouts are paid from, and its balance."""
    #: The funding account.
    accountNumber: str
    balance: ReportedAmount
    #: Its IFSC.
    branchCode: str


class _InvoiceRequired(TypedDict):
    #: Plural's invoice id.
    invoice_id: str


class Invoice(_InvoiceRequired, total=False):
    """The invoice captured for a cross-border order."""
    #: ISO-8601 date-time (UTC).
    created_at: str
    file: StoredFile
    #: YYYY-MM-DD.
    invoice_date: str
    invoice_number: str
    order_id: str
    #: CREATED until its document is uploaded.
    status: str
    #: ISO-8601 date-time (UTC).
    updated_at: str


class _OfferDataOfferDetailsTenureRequired(TypedDict):
    name: str
    #: The plan chosen, from offer discovery.
    tenure_id: str
    tenure_type: str


class OfferDataOfferDetailsTenure(_OfferDataOfferDetailsTenureRequired, total=False):
    """The tenure chosen, as offer discovery returned it (whole)."""
    emi_type: str
    interest_amount: ReportedAmount
    interest_rate_percentage: float
    loan_amount: ReportedAmount
    monthly_emi_amount: ReportedAmount
    tenure_value: int
    total_emi_amount: ReportedAmount


class _OfferDataOfferDetailsRequired(TypedDict):
    #: The issuer offer's id, from offer discovery.
    id: str
    #: From offer discovery, e.g. CC_BANK.
    issuer_type: str
    name: str
    priority: Union[str, int]


class OfferDataOfferDetails(_OfferDataOfferDetailsRequired, total=False):
    """In OfferData.offer_details."""
    display_name: str
    #: The tenure chosen, as offer discovery returned it (whole).
    tenure: OfferDataOfferDetailsTenure


class OfferData(TypedDict):
    """The EMI offer chosen from offer discovery (the issuer offer, with the tenure chosen)."""
    offer_details: OfferDataOfferDetails


class OfferDiscovery(TypedDict, total=False):
    """The EMI offers for an amount, by issuer."""
    issuers: List[EmiOffer]


class PaymentCaptureDataItem(TypedDict, total=False):
    """In Payment.capture_data[]."""
    capture_amount: ReportedAmount
    created_at: str
    #: Your capture reference.
    merchant_capture_reference: Union[str, int]


class _PaymentRequired(TypedDict):
    #: Plural's payment id.
    id: str
    #: Payment status.
    status: str


class Payment(_PaymentRequired, total=False):
    """The schema Payment."""
    acquirer_data: Dict[str, Any]
    capture_data: List[PaymentCaptureDataItem]
    created_at: str
    #: Your reference for this payment.
    merchant_payment_reference: Union[str, int]
    payment_amount: ReportedAmount
    #: Payment method.
    payment_method: str
    #: What the gateway reports about the instrument (never the card number).
    payment_option: Dict[str, Any]
    updated_at: str


class _OrderRequired(TypedDict):
    #: Plural's order id, e.g. v1-4405071524-aa-qlAtAf.
    order_id: str
    #: Order status. Treat a value not listed as still in progress.
    status: str


class Order(_OrderRequired, total=False):
    """An order as Plural returns it; every field the gateway sent is kept."""
    #: Where to send the customer to complete the payment (after createPayment).
    challenge_url: str
    created_at: str
    merchant_id: Union[str, int]
    #: Your reference; unique per order (a repeat returns the existing order).
    merchant_order_reference: Union[str, int]
    order_amount: ReportedAmount
    #: For a refund: the order refunded.
    parent_order_id: str
    payments: List[Payment]
    pre_auth: bool
    purchase_details: Dict[str, Any]
    #: CHARGE, or REFUND for a refund order.
    type: str
    updated_at: str


class _PaymentLinkRequired(TypedDict):
    payment_link_id: str


class PaymentLink(_PaymentLinkRequired, total=False):
    """The schema PaymentLink."""
    amount: ReportedAmount
    created_at: str
    description: str
    expire_by: str
    #: Your reference for the link.
    merchant_payment_link_reference: Union[str, int]
    #: The order behind the link, once the customer pays.
    order_id: str
    #: The URL to share with the customer.
    payment_link: str
    #: Link status.
    status: str


class PaymentOptionBnplDetails(TypedDict):
    """In PaymentOption.bnpl_details."""
    bnpl_pay_code: str
    mobile: str


class _PaymentOptionCardDetailsRequired(TypedDict):
    #: PAN, 12 to 19 digits without separators; never logged or returned.
    card_number: str


class PaymentOptionCardDetails(_PaymentOptionCardDetailsRequired, total=False):
    """In PaymentOption.card_details."""
    #: 3 or 4 digits.
    cvv: str
    #: MM
    expiry_month: str
    #: YYYY
    expiry_year: str
    name: str
    registered_mobile_number: str


class _PaymentOptionCardTokenDetailsRequired(TypedDict):
    #: The network or issuer token.
    token: str
    #: e.g. ALT_TOKEN, NETWORK_TOKEN.
    token_txn_type: str


class PaymentOptionCardTokenDetails(_PaymentOptionCardTokenDetailsRequired, total=False):
    """In PaymentOption.card_token_details."""
    #: 3 or 4 digits.
    cvv: str
    #: MM
    expiry_month: str
    #: YYYY
    expiry_year: str
    last4_digit: str
    token_id: str


class PaymentOptionCardlessDetails(TypedDict):
    """In PaymentOption.cardless_details."""
    #: The customer's PAN (tax id) for cardless EMI.
    pan_number: str
    registered_mobile_number: str


class PaymentOptionNetbankingDetails(TypedDict):
    """In PaymentOption.netbanking_details."""
    #: Bank code, e.g. NB1493.
    pay_code: str


class PaymentOptionPointsCardDetails(TypedDict):
    """In PaymentOption.points_card_details."""
    card_last4: str
    #: Never logged or returned.
    card_number: str
    registered_mobile_number: str


class PaymentOptionUpiDetailsPayer(TypedDict, total=False):
    """In PaymentOption.upi_details.payer."""
    phone_number: str
    #: name@bank, for COLLECT.
    vpa: str


class _PaymentOptionUpiDetailsRequired(TypedDict):
    #: UPI flow.
    txn_mode: Literal["COLLECT", "INTENT"]


class PaymentOptionUpiDetails(_PaymentOptionUpiDetailsRequired, total=False):
    """In PaymentOption.upi_details."""
    payer: PaymentOptionUpiDetailsPayer


class PaymentOption(TypedDict, total=False):
    """The instrument: one of card_details, card_token_details, cardless_details, points_card_details,
    bnpl_details, upi_details, netbanking_details, wallet_details.
    """
    bnpl_details: PaymentOptionBnplDetails
    card_details: PaymentOptionCardDetails
    card_token_details: PaymentOptionCardTokenDetails
    cardless_details: PaymentOptionCardlessDetails
    netbanking_details: PaymentOptionNetbankingDetails
    points_card_details: PaymentOptionPointsCardDetails
    upi_details: PaymentOptionUpiDetails
    wallet_details: Dict[str, Any]


class PaymentRequestDeviceInfo(TypedDict, total=False):
    """In PaymentRequest.device_info."""
    browser_ip_address: str
    browser_user_agent: str
    device_manufacturer: str
    device_model: str
    operating_system: str
    source_ip_address: str


class _PaymentRequestRequired(TypedDict):
    #: Your unique reference for this payment: its idempotency key.
    merchant_payment_reference: Union[str, int]
    #: How the customer pays.
    payment_method: Literal["CARD", "UPI", "NETBANKING", "WALLET", "CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI", "POINTS", "BNPL"]


class PaymentRequest(_PaymentRequestRequired, total=False):
    """The schema PaymentRequest."""
    device_info: PaymentRequestDeviceInfo
    offer_data: OfferData
    payment_amount: Amount
    payment_option: PaymentOption


class PayoutLinksItem(TypedDict, total=False):
    """In Payout._links[]."""
    href: str
    rel: str


class Payout(TypedDict, total=False):
    """A payout, as Plural answers it."""
    _links: List[PayoutLinksItem]
    #: Masked.
    accountNumber: str
    amount: ReportedAmount
    #: The bank's UTR, once paid.
    bankTransactionReferenceId: str
    branchCode: str
    #: Your reference: the payout's idempotency key.
    clientReferenceId: str
    #: ISO-8601 date-time (UTC).
    createdAt: str
    email: str
    fees: ReportedAmount
    message: str
    #: How it is paid.
    mode: str
    payeeName: str
    #: Plural's id of the payout.
    paymentReferenceId: str
    phone: str
    remarks: str
    #: Plural's id of the request (a bulk file's payouts share it).
    requestReferenceId: str
    #: When it executes (ISO-8601 UTC); empty once cancelled.
    scheduledAt: str
    #: Where the payout stands.
    status: str
    tax: ReportedAmount
    #: ISO-8601 date-time (UTC).
    updatedAt: str
    vpa: str


class PayoutAmount(TypedDict):
    """A payout's amount in integer paise (₹1 to ₹10 lakh)."""
    #: ISO 4217, e.g. INR.
    currency: str
    #: Integer paise, 100 (₹1) to 100000000 (₹10 lakh).
    value: int


class PayoutListLinksItem(TypedDict, total=False):
    """In PayoutList._links[]."""
    href: str
    rel: str


class PayoutList(TypedDict, total=False):
    """Payouts matching a query, paged."""
    _links: List[PayoutListLinksItem]
    nextPage: int
    payments: List[Payout]
    totalPages: int
    totalRecords: int


class _PlanRequired(TypedDict):
    #: Plural's plan id.
    plan_id: str


class Plan(_PlanRequired, total=False):
    """A subscription plan."""
    amount: ReportedAmount
    auto_debit_ot: str
    #: ISO-8601 date-time (UTC).
    created_at: str
    #: ISO-8601 date-time (UTC).
    end_date: str
    #: How often the plan debits.
    frequency: str
    initial_debit_amount: ReportedAmount
    max_limit_amount: ReportedAmount
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]
    #: Your reference for the plan.
    merchant_plan_reference: Union[str, int]
    #: ISO-8601 date-time (UTC).
    modified_at: str
    plan_description: str
    plan_name: str
    #: ISO-8601 date-time (UTC).
    start_date: str
    #: Plan status.
    status: str
    trial_period_in_days: int


class PointBalance(TypedDict, total=False):
    """The schema PointBalance."""
    balance: ReportedAmount
    is_eligible: bool
    redeemable_amount: ReportedAmount
    redeemable_points: int


class _PresentationRequired(TypedDict):
    #: Plural's presentation id.
    presentation_id: str


class Presentation(_PresentationRequired, total=False):
    """A presentation: one scheduled debit of a subscription."""
    amount: ReportedAmount
    #: ISO-8601 date-time (UTC).
    created_at: str
    #: ISO-8601 date-time (UTC).
    due_date: str
    #: Failed debit attempts so far.
    failure_count: int
    #: Your reference for this debit.
    merchant_presentation_reference: Union[str, int]
    #: The order of the debit, once executed.
    order_id: str
    #: Pre-debit notification status.
    pdn_status: str
    #: Presentation (debit) status.
    status: str
    subscription_id: str
    #: ISO-8601 date-time (UTC).
    updated_at: str


class _ProductDetailRequired(TypedDict):
    #: Your product code (brand EMI offers are per product).
    product_code: str


class ProductDetail(_ProductDetailRequired, total=False):
    """The schema ProductDetail."""
    product_amount: Amount
    product_coupon_discount_amount: Amount
    product_name: str
    product_quantity: int


class PurchaseDetails(TypedDict, total=False):
    """Who buys what. merchant_metadata and cart_details belong here, not at the top level."""
    cart_details: CartDetails
    customer: Customer
    #: Your own key/value strings, kept with the order.
    merchant_metadata: Dict[str, str]


class ReservePaySubscriptionPlanDetails(TypedDict, total=False):
    """In ReservePaySubscription.plan_details."""
    currency: str
    description: str
    #: Integer paise.
    reserve_amount: int
    validity_days: int


class ReservePaySubscription(TypedDict, total=False):
    """A UPI Reserve Pay (single block, multiple debits) subscription."""
    #: ISO-8601 date-time (UTC).
    created_at: str
    customer_id: str
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]
    #: Your reference.
    merchant_subscription_reference: Union[str, int]
    plan_details: ReservePaySubscriptionPlanDetails
    redirect_url: str
    status: str
    #: Plural's id of the Reserve Pay subscription (reserve_pay_sub_id).
    subscription_id: str


class SettlementSummary(TypedDict, total=False):
    """One settlement (a payout to your bank account, by UTR)."""
    #: As Plural reports it, passed on exactly as written (never through a float).
    actual_transaction_amount: float
    bank_acc_number: str
    bank_name: str
    last_processed_date: str
    programs: List[str]
    settled_date: str
    system: str
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_deduction_amount: float
    total_transactions_count: int
    #: The bank's Unique Transaction Reference of the payout to you.
    utr_number: str


class SettlementTransaction(TypedDict, total=False):
    """One transaction settled under a UTR."""
    acquirer_name: str
    #: As Plural reports it, passed on exactly as written (never through a float).
    actual_transaction_amount: float
    is_emi: bool
    payout_status: str
    processed_date: str
    #: The payment method.
    program: str
    #: As Plural reports it, passed on exactly as written (never through a float).
    settled_amount: float
    store_address: str
    system: str
    tid: str
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_deduction_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    transaction_amount: float
    transaction_date: str
    transaction_id: str
    utr_number: str


class SplitDetail(TypedDict, total=False):
    """One part of a split settlement."""
    amount: ReportedAmount
    #: Your reference for this part.
    merchant_settlement_reference: Union[str, int]
    #: Held until you release it.
    on_hold: bool
    release_amount: ReportedAmount
    #: The partner merchant who receives this part.
    split_merchant_id: str
    #: Plural's id of this part (answers only): release or cancel it by this id.
    split_settlement_id: str
    #: Split status.
    status: str
    #: ISO-8601 date-time (UTC).
    updated_at: str


class SplitInfo(TypedDict, total=False):
    """How an order's money is split between settlement accounts; a part with on_hold waits for
    releaseSettlement.
    """
    split_details: List[SplitDetail]
    #: How the order is split, e.g. AMOUNT.
    split_type: str


class SplitOrderPurchaseDetails(TypedDict, total=False):
    """In SplitOrder.purchase_details."""
    split_info: SplitInfo


class _SplitOrderRequired(TypedDict):
    #: Plural's order id.
    order_id: str
    #: Order status.
    status: str


class SplitOrder(_SplitOrderRequired, total=False):
    """A split order and the state of each of its parts."""
    #: ISO-8601 date-time (UTC).
    created_at: str
    merchant_id: Union[str, int]
    #: Your reference for the order.
    merchant_order_reference: Union[str, int]
    order_amount: ReportedAmount
    payments: List[Payment]
    pre_auth: bool
    purchase_details: SplitOrderPurchaseDetails
    #: CHARGE.
    type: str
    #: ISO-8601 date-time (UTC).
    updated_at: str


class SplitRequestSplitDetailsItem(TypedDict, total=False):
    """In SplitRequest.split_details[]."""
    amount: Amount
    #: Your reference for this part.
    merchant_settlement_reference: Union[str, int]
    #: Hold this part until releaseSettlement (or cancelSettlement).
    on_hold: bool
    #: The partner merchant who receives this part.
    split_merchant_id: str


class SplitRequest(TypedDict, total=False):
    """How an order's money is split between settlement accounts; Plural answers each part with its
    split_settlement_id and status.
    """
    split_details: List[SplitRequestSplitDetailsItem]
    #: How the order is split, e.g. AMOUNT.
    split_type: str


class _SubscriptionRequired(TypedDict):
    #: Plural's subscription id.
    subscription_id: str


class Subscription(_SubscriptionRequired, total=False):
    """A subscription: a customer's mandate on a plan."""
    allowed_payment_methods: List[str]
    bank_account: BankAccount
    callback_url: str
    #: ISO-8601 date-time (UTC).
    created_at: str
    customer_id: str
    enable_notification: bool
    #: ISO-8601 date-time (UTC).
    end_date: str
    failure_callback_url: str
    #: How the mandate is authorised.
    integration_mode: str
    is_tpv_enabled: bool
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]
    #: Your reference for the subscription.
    merchant_subscription_reference: Union[str, int]
    #: ISO-8601 date-time (UTC).
    modified_at: str
    order_amount: ReportedAmount
    #: The order of the mandate's first authorisation.
    order_id: str
    #: The mandate's instrument.
    payment_mode: str
    plan_details: Plan
    quantity: int
    #: Where the customer authorises the mandate (on create).
    redirect_url: str
    #: ISO-8601 date-time (UTC).
    start_date: str
    #: Subscription status.
    status: str


class _WalletCustomerRequired(TypedDict):
    #: Your customer's id.
    customer_id: str


class WalletCustomer(_WalletCustomerRequired, total=False):
    """The schema WalletCustomer."""
    country_code: str
    email_id: str
    first_name: str
    last_name: str
    mobile_number: str


class WalletEntry(TypedDict, total=False):
    """One movement of a brand wallet."""
    amount: ReportedAmount
    balance: ReportedAmount
    bucket: str
    #: ISO-8601 date-time (UTC).
    created_at: str
    #: For add money: your reference.
    merchant_order_reference: Union[str, int]
    notes: str
    transaction_id: str
    #: LOAD, ADD_MONEY, …
    transaction_type: str


class _CreateOrderParamsRequired(TypedDict):
    #: Your unique reference for this order (≤ 50 characters).
    merchant_order_reference: Union[str, int]
    #: Amount in integer paise.
    order_amount: Amount


class CreateOrderParams(_CreateOrderParamsRequired, total=False):
    """Params of createOrder."""
    #: true to authorise now and capture later (capture/cancel need it).
    pre_auth: bool
    #: Limit the methods offered.
    allowed_payment_methods: List[Literal["CARD", "UPI", "NETBANKING", "WALLET", "CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI", "POINTS", "BNPL"]]
    #: Free text kept with the order.
    notes: str
    #: Return URL for this order (overrides the dashboard setting).
    callback_url: str
    #: Return URL after a failed payment.
    failure_callback_url: str
    purchase_details: PurchaseDetails
    #: How the amount is split between settlement accounts (parts with on_hold wait for releaseSettlement).
    split_info: SplitRequest
    #: "true" for a multi-currency order.
    is_mcc_transaction: str
    #: For a multi-currency order: the amount in the base currency.
    base_amount: Amount
    cart_coupon_discount_amount: Amount
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class GetOrderParams(TypedDict, total=False):
    """Params of getOrder."""
    #: Plural's order id.
    order_id: str
    #: Your reference, when you do not have the order id (e.g. after a timeout).
    merchant_order_reference: Union[str, int]


class _CaptureParamsRequired(TypedDict):
    #: The order to capture.
    order_id: str
    #: Your reference for this capture.
    merchant_capture_reference: Union[str, int]


class CaptureParams(_CaptureParamsRequired, total=False):
    """Params of capture."""
    #: Defaults to the whole authorised amount.
    capture_amount: Amount
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _CancelParamsRequired(TypedDict):
    #: The order to cancel.
    order_id: str


class CancelParams(_CancelParamsRequired, total=False):
    """Params of cancel."""
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _CreatePaymentParamsRequired(TypedDict):
    #: The order to pay.
    order_id: str
    payments: List[PaymentRequest]


class CreatePaymentParams(_CreatePaymentParamsRequired, total=False):
    """Params of createPayment."""
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _RefundParamsRequired(TypedDict):
    #: The order to refund.
    order_id: str
    #: Your unique reference for this refund; a repeat returns the same refund.
    merchant_order_reference: Union[str, int]


class RefundParams(_RefundParamsRequired, total=False):
    """Params of refund."""
    #: Amount to refund in integer paise (≥ 100); the whole refundable amount when absent.
    order_amount: Amount
    #: Your own key/value strings, kept with the refund.
    merchant_metadata: Dict[str, str]
    #: Products refunded (for offers and EMI).
    products: List[Dict[str, Any]]
    split_info: Dict[str, Any]
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _CreateCheckoutParamsRequired(TypedDict):
    #: Your unique reference for this order.
    merchant_order_reference: Union[str, int]
    order_amount: Amount


class CreateCheckoutParams(_CreateCheckoutParamsRequired, total=False):
    """Params of createCheckout."""
    #: e.g. REDIRECT or IFRAME.
    integration_mode: str
    pre_auth: bool
    allowed_payment_methods: List[Literal["CARD", "UPI", "NETBANKING", "WALLET", "CREDIT_EMI", "DEBIT_EMI", "POINTS", "BNPL"]]
    #: Free text kept with the order.
    notes: str
    #: Return URL for this order.
    callback_url: str
    #: Return URL after a failed payment.
    failure_callback_url: str
    purchase_details: PurchaseDetails
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class CheckPointBalanceParamsPaymentOptionPointsCardDetails(TypedDict, total=False):
    """In checkPointBalance params: payment_option.points_card_details."""
    card_last4: str
    #: Never logged or returned.
    card_number: str
    registered_mobile_number: str


class CheckPointBalanceParamsPaymentOption(TypedDict):
    """In checkPointBalance params: payment_option."""
    points_card_details: CheckPointBalanceParamsPaymentOptionPointsCardDetails


class CheckPointBalanceParamsOrderDetails(TypedDict):
    """In checkPointBalance params: order_details."""
    order_amount: Amount


class CheckPointBalanceParams(TypedDict):
    """Params of checkPointBalance."""
    payment_option: CheckPointBalanceParamsPaymentOption
    order_details: CheckPointBalanceParamsOrderDetails


class _FetchUpiVpaParamsPaymentOptionUpiDetailsPayerRequired(TypedDict):
    #: The customer's mobile number.
    phone_number: str


class FetchUpiVpaParamsPaymentOptionUpiDetailsPayer(_FetchUpiVpaParamsPaymentOptionUpiDetailsPayerRequired, total=False):
    """In fetchUpiVpa params: payment_option.upi_details.payer."""
    fetch_vpa: bool


class FetchUpiVpaParamsPaymentOptionUpiDetails(TypedDict):
    """In fetchUpiVpa params: payment_option.upi_details."""
    payer: FetchUpiVpaParamsPaymentOptionUpiDetailsPayer


class FetchUpiVpaParamsPaymentOption(TypedDict):
    """In fetchUpiVpa params: payment_option."""
    upi_details: FetchUpiVpaParamsPaymentOptionUpiDetails


class FetchUpiVpaParams(TypedDict):
    """Params of fetchUpiVpa."""
    #: UPI.
    payment_method: Literal["UPI"]
    payment_option: FetchUpiVpaParamsPaymentOption


class _CreatePaymentLinkParamsRequired(TypedDict):
    amount: Amount
    #: Your unique reference; a repeat returns the existing link (so the call is safely retried).
    merchant_payment_link_reference: Union[str, int]


class CreatePaymentLinkParams(_CreatePaymentLinkParamsRequired, total=False):
    """Params of createPaymentLink."""
    #: Shown to the customer.
    description: str
    #: ISO-8601 UTC expiry, at most 180 days ahead.
    expire_by: str
    allowed_payment_methods: List[Literal["CARD", "UPI", "NETBANKING", "WALLET", "CREDIT_EMI", "DEBIT_EMI", "POINTS", "BNPL"]]
    #: "true" to authorise and capture later: a string, as Plural's definition has it.
    pre_auth: Literal["true", "false"]
    is_mcc_transaction: str
    customer: Customer
    product_details: List[Dict[str, Any]]
    cart_coupon_discount_amount: Amount
    #: Your own key/value strings, kept with the link.
    merchant_metadata: Dict[str, str]
    split_info: Dict[str, Any]
    account_details: Dict[str, Any]
    #: Return URL after payment.
    callback_url: str
    #: Return URL after a failed payment.
    failure_callback_url: str
    part_payment: bool
    cart_details: CartDetails
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class GetPaymentLinkParams(TypedDict, total=False):
    """Params of getPaymentLink."""
    #: Plural's link id.
    payment_link_id: str
    #: Your reference for the link.
    merchant_payment_link_reference: Union[str, int]


class _CancelPaymentLinkParamsRequired(TypedDict):
    #: The link to cancel.
    payment_link_id: str


class CancelPaymentLinkParams(_CancelPaymentLinkParamsRequired, total=False):
    """Params of cancelPaymentLink."""
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class NotifyPaymentLinkParams(TypedDict):
    """Params of notifyPaymentLink."""
    #: The link to resend.
    payment_link_id: str


class _AcceptPaymentParamsMerchantDataRequired(TypedDict):
    #: Where the customer returns (whitelisted).
    merchant_return_url: str
    #: Your unique transaction id.
    unique_merchant_txn_id: str


class AcceptPaymentParamsMerchantData(_AcceptPaymentParamsMerchantDataRequired, total=False):
    """In acceptPayment params: merchant_data."""
    #: Defaults to PLURAL_ACCESS_CODE.
    merchant_access_code: str
    #: Defaults to PLURAL_MERCHANT_ID.
    merchant_id: int


class AcceptPaymentParamsPaymentData(TypedDict):
    """In acceptPayment params: payment_data."""
    #: Amount in paise (integer, > 0).
    amount_in_paisa: int


class _AcceptPaymentParamsTxnDataRequired(TypedDict):
    #: 2 redirect, 7 seamless.
    navigation_mode: Union[str, int]
    #: Comma-separated modes, e.g. 1,3,4,10.
    payment_mode: str
    #: 1 purchase.
    transaction_type: Union[str, int]


class AcceptPaymentParamsTxnData(_AcceptPaymentParamsTxnDataRequired, total=False):
    """In acceptPayment params: txn_data."""
    time_stamp: int


class AcceptPaymentParamsProductDetailsItem(TypedDict):
    """In acceptPayment params: product_details[]."""
    product_amount: Union[int, str]
    product_code: str


class _AcceptPaymentParamsRequired(TypedDict):
    merchant_data: AcceptPaymentParamsMerchantData
    payment_data: AcceptPaymentParamsPaymentData
    txn_data: AcceptPaymentParamsTxnData


class AcceptPaymentParams(_AcceptPaymentParamsRequired, total=False):
    """Params of acceptPayment."""
    customer_data: Dict[str, Any]
    udf_data: Dict[str, Any]
    #: Their product_amount values must add up to amount_in_paisa.
    product_details: List[AcceptPaymentParamsProductDetailsItem]
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _AcceptPaymentResultRequired(TypedDict):
    response_code: int
    token: str


class AcceptPaymentResult(_AcceptPaymentResultRequired, total=False):
    """Result of acceptPayment."""
    redirect_url: str
    response_message: str


class ProcessPaymentParamsCardData(TypedDict):
    """In processPayment params: card_data."""
    #: MM
    card_expiry_month: str
    #: YYYY
    card_expiry_year: str
    card_holder_name: str
    #: 12 to 19 digits; never logged or returned.
    card_number: str
    #: 3 or 4 digits.
    cvv: str


class ProcessPaymentParamsNetbankingData(TypedDict):
    """In processPayment params: netbanking_data."""
    pay_code: str


class ProcessPaymentParamsUpiData(TypedDict, total=False):
    """In processPayment params: upi_data."""
    #: UPI, or the intent/collect option name.
    upi_option: str
    vpa: str


class _ProcessPaymentParamsRequired(TypedDict):
    #: The token from acceptPayment (as returned; it is URL-encoded once).
    token: str


class ProcessPaymentParams(_ProcessPaymentParamsRequired, total=False):
    """Params of processPayment."""
    card_data: ProcessPaymentParamsCardData
    netbanking_data: ProcessPaymentParamsNetbankingData
    upi_data: ProcessPaymentParamsUpiData
    wallet_data: Dict[str, Any]
    customer_data: Dict[str, Any]
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _ProcessPaymentResultRequired(TypedDict):
    #: Which form the gateway answered with.
    kind: Literal["redirect", "upi_intent", "acknowledged"]
    response_code: int


class ProcessPaymentResult(_ProcessPaymentResultRequired, total=False):
    """Result of processPayment."""
    deep_link: str
    pg_upi_unique_request_id: str
    pine_pg_transaction_id: int
    redirect_url: str
    response_message: str
    short_link: str


class InquiryParams(TypedDict):
    """Params of inquiry."""
    unique_merchant_txn_id: str


class _InquiryResultRequired(TypedDict):
    #: This transaction's state by Plural's status table.
    outcome: Literal["success", "failed", "pending", "unknown"]
    #: True only when the purchase is status 4 with response code 1 (directly or as the parent).
    payment_succeeded: bool


class InquiryResult(_InquiryResultRequired, total=False):
    """Every ppc_ field as the gateway sent it; ppc_DIA_SECRET has been verified."""
    ppc_Amount: str
    ppc_CapturedAmount: str
    ppc_DIA_SECRET: str
    ppc_ParentTxnResponseCode: str
    ppc_Parent_TxnStatus: str
    ppc_PinePGTransactionID: str
    ppc_PinePGTxnStatus: str
    ppc_RefundedAmount: str
    ppc_TxnResponseCode: str
    ppc_TxnResponseMessage: str
    ppc_UniqueMerchantTxnID: str


class _LegacyRefundParamsRequired(TypedDict):
    unique_merchant_txn_id: str
    pine_pg_transaction_id: Union[str, int]
    #: Amount to refund in paise.
    amount: int


class LegacyRefundParams(_LegacyRefundParamsRequired, total=False):
    """Params of legacyRefund."""
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _LegacyRefundResultRequired(TypedDict):
    #: This transaction's state by Plural's status table.
    outcome: Literal["success", "failed", "pending", "unknown"]
    #: True only when the purchase is status 4 with response code 1 (directly or as the parent).
    payment_succeeded: bool


class LegacyRefundResult(_LegacyRefundResultRequired, total=False):
    """Every ppc_ field as the gateway sent it; ppc_DIA_SECRET has been verified."""
    ppc_Amount: str
    ppc_CapturedAmount: str
    ppc_DIA_SECRET: str
    ppc_ParentTxnResponseCode: str
    ppc_Parent_TxnStatus: str
    ppc_PinePGTransactionID: str
    ppc_PinePGTxnStatus: str
    ppc_RefundedAmount: str
    ppc_TxnResponseCode: str
    ppc_TxnResponseMessage: str
    ppc_UniqueMerchantTxnID: str


class _CreateOrderTokenParamsMerchantDataRequired(TypedDict):
    #: Your unique order id.
    merchant_order_id: str
    merchant_return_url: str


class CreateOrderTokenParamsMerchantData(_CreateOrderTokenParamsMerchantDataRequired, total=False):
    """In createOrderToken params: merchant_data."""
    #: Defaults to PLURAL_ACCESS_CODE.
    merchant_access_code: str
    #: Defaults to PLURAL_MERCHANT_ID.
    merchant_id: str


class _CreateOrderTokenParamsPaymentInfoDataRequired(TypedDict):
    #: Amount in paise (integer, > 0).
    amount: int
    currency_code: str


class CreateOrderTokenParamsPaymentInfoData(_CreateOrderTokenParamsPaymentInfoDataRequired, total=False):
    """In createOrderToken params: payment_info_data."""
    order_desc: str


class CreateOrderTokenParamsCustomerData(TypedDict):
    """In createOrderToken params: customer_data."""
    country_code: str
    email_id: str
    mobile_number: str


class _CreateOrderTokenParamsRequired(TypedDict):
    merchant_data: CreateOrderTokenParamsMerchantData
    payment_info_data: CreateOrderTokenParamsPaymentInfoData
    customer_data: CreateOrderTokenParamsCustomerData


class CreateOrderTokenParams(_CreateOrderTokenParamsRequired, total=False):
    """Params of createOrderToken."""
    billing_address_data: Dict[str, Any]
    shipping_address_data: Dict[str, Any]
    product_info_data: Dict[str, Any]
    additional_info_data: Dict[str, Any]
    subscription_data: Dict[str, Any]
    payment_category_type: str
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class CreateOrderTokenResult(TypedDict):
    """Result of createOrderToken."""
    plural_order_id: Union[str, int]
    token: str


class CreateCustomerParams(TypedDict, total=False):
    """Params of createCustomer."""
    #: Your reference for the customer.
    merchant_customer_reference: Union[str, int]
    first_name: str
    last_name: str
    #: Dialling code of the mobile number, e.g. 91.
    country_code: str
    mobile_number: str
    email_id: str
    billing_address: Address
    shipping_address: Address
    #: The customer's GST number.
    gstin: str
    #: Your own key/value strings, kept with the customer.
    merchant_metadata: Dict[str, str]


class GetCustomerParams(TypedDict, total=False):
    """Params of getCustomer."""
    #: Plural's customer id.
    customer_id: str
    #: Without customer_id: the dialling code, e.g. 91.
    country_code: str
    #: Without customer_id: the mobile number.
    mobile_number: str
    #: Without customer_id: your reference for the customer.
    merchant_customer_reference: Union[str, int]


class _UpdateCustomerParamsRequired(TypedDict):
    #: The customer to change.
    customer_id: str


class UpdateCustomerParams(_UpdateCustomerParamsRequired, total=False):
    """Params of updateCustomer."""
    #: Your reference for the customer.
    merchant_customer_reference: Union[str, int]
    first_name: str
    last_name: str
    #: Dialling code of the mobile number, e.g. 91.
    country_code: str
    mobile_number: str
    email_id: str
    billing_address: Address
    shipping_address: Address
    #: The customer's new status.
    status: Literal["INACTIVE", "ACTIVE", "SUSPENDED", "DELETED"]


class CreateCardTokenParamsPaymentOption(TypedDict, total=False):
    """In createCardToken params: payment_option."""
    #: The card, encrypted with Plural's key (never the plain number).
    encrypted_card_details: str


class CreateCardTokenParamsPaymentAcquirerData(TypedDict, total=False):
    """In createCardToken params: payment.acquirer_data."""
    acquirer_reference: str
    approval_code: str
    auth_reference: str
    rrn: str


class CreateCardTokenParamsPayment(TypedDict, total=False):
    """In createCardToken params: payment."""
    acquirer_data: CreateCardTokenParamsPaymentAcquirerData


class _CreateCardTokenParamsRequired(TypedDict):
    #: The customer who owns the card.
    customer_id: str
    #: Your reference for the token.
    merchant_token_reference: Union[str, int]
    #: CARD.
    payment_method: Literal["CARD"]


class CreateCardTokenParams(_CreateCardTokenParamsRequired, total=False):
    """Params of createCardToken."""
    payment_option: CreateCardTokenParamsPaymentOption
    #: The authorisation the card was verified with.
    payment: CreateCardTokenParamsPayment
    #: Your own key/value strings, kept with the token.
    merchant_metadata: Dict[str, str]


class GetServiceProviderTokenParams(TypedDict):
    """Params of getServiceProviderToken."""
    #: A token id.
    identifier: str


class GetServiceProviderTokenResult(TypedDict, total=False):
    """One token, or a customer's list of them."""
    customer_id: str
    token_id: str
    tokens: List[CardToken]


class GenerateCryptogramParams(TypedDict):
    """Params of generateCryptogram."""
    #: The token to pay with.
    token_id: str
    #: Your reference for this request.
    merchant_unique_reference: Union[str, int]
    #: The network token (from getServiceProviderToken).
    service_provider_token_id: str


class GenerateCryptogramResultTokenData(TypedDict, total=False):
    """In generateCryptogram result.token_data."""
    cryptogram: str
    payment_account_reference: str
    token_expiry_month: str
    token_expiry_year: str
    token_reference: str


class _GenerateCryptogramResultRequired(TypedDict):
    token_id: str


class GenerateCryptogramResult(_GenerateCryptogramResultRequired, total=False):
    """Result of generateCryptogram."""
    #: Your token reference.
    merchant_token_reference: Union[str, int]
    service_provider_token_id: str
    token_data: GenerateCryptogramResultTokenData


class DeleteCardTokenParams(TypedDict):
    """Params of deleteCardToken."""
    #: The token to delete.
    token_id: str


class _DeleteCardTokenResultRequired(TypedDict):
    token_id: str


class DeleteCardTokenResult(_DeleteCardTokenResultRequired, total=False):
    """Result of deleteCardToken."""
    status: str


class ListCustomerTokensParams(TypedDict):
    """Params of listCustomerTokens."""
    #: The customer.
    customer_id: str


class ListCustomerTokensResult(TypedDict, total=False):
    """Result of listCustomerTokens."""
    #: ISO-8601 date-time (UTC).
    created_at: str
    customer_id: str
    tokens: List[CardToken]
    total_tokens: int
    #: ISO-8601 date-time (UTC).
    updated_at: str


class GetCustomerTokenParams(TypedDict):
    """Params of getCustomerToken."""
    #: The customer.
    customer_id: str
    #: The token.
    token_id: str


class _DeleteCustomerTokenParamsRequired(TypedDict):
    #: The customer.
    customer_id: str
    #: The token to delete.
    token_id: str
    #: Your reference for this request.
    merchant_unique_reference: Union[str, int]


class DeleteCustomerTokenParams(_DeleteCustomerTokenParamsRequired, total=False):
    """Params of deleteCustomerToken."""
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]


class _DeleteCustomerTokenResultRequired(TypedDict):
    token_id: str


class DeleteCustomerTokenResult(_DeleteCustomerTokenResultRequired, total=False):
    """Result of deleteCustomerToken."""
    customer_id: str
    #: Your reference.
    merchant_unique_reference: Union[str, int]
    status: str


class ListPlansParams(TypedDict, total=False):
    """Params of listPlans."""
    #: Only this plan.
    plan_id: str
    #: Only those starting after this (ISO-8601 UTC).
    start_date: str
    #: Only those ending before this (ISO-8601 UTC).
    end_date: str
    #: Compare amounts with this (paise), as amount_range says.
    amount: int
    #: How amount compares.
    amount_range: Literal["isMore", "isLess", "is Equal", "isEqual"]
    #: Only this billing frequency.
    frequency: str
    #: Items per page.
    size: int
    #: Page number (from 0).
    page: int
    #: Sort field and direction, e.g. created_at,desc.
    sort: str


class ListPlansResultPage(TypedDict, total=False):
    """In listPlans result.page."""
    number: int
    size: int
    total_elements: int
    total_pages: int


class ListPlansResult(TypedDict, total=False):
    """Result of listPlans."""
    links: Dict[str, Any]
    page: ListPlansResultPage
    plans: List[Plan]


class _CreatePlanParamsRequired(TypedDict):
    #: The plan's name.
    plan_name: str
    #: How often it debits.
    frequency: Literal["Day", "Week", "Month", "Year", "Bi-Monthly", "Quarterly", "Half-Yearly", "AS", "OT", "Not Applicable"]
    #: ISO-8601 UTC.
    end_date: str
    #: Your unique reference for the plan.
    merchant_plan_reference: Union[str, int]


class CreatePlanParams(_CreatePlanParamsRequired, total=False):
    """Params of createPlan."""
    plan_description: str
    #: What each debit takes, in integer paise.
    amount: Amount
    #: The most one debit may take (for variable amounts).
    max_limit_amount: Amount
    #: Taken when the mandate is set up.
    initial_debit_amount: Amount
    trial_period_in_days: int
    #: ISO-8601 UTC.
    start_date: str
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]
    #: For a one-time (OT) plan: debit automatically.
    auto_debit_ot: str


class GetPlanParams(TypedDict, total=False):
    """Params of getPlan."""
    #: Plural's plan id.
    plan_id: str
    #: Your reference for the plan.
    merchant_plan_reference: Union[str, int]


class _UpdatePlanParamsRequired(TypedDict):
    #: The plan to change.
    plan_id: str


class UpdatePlanParams(_UpdatePlanParamsRequired, total=False):
    """Params of updatePlan."""
    plan_name: str
    plan_description: str
    #: What each debit takes, in integer paise.
    amount: Amount
    #: The most one debit may take (for variable amounts).
    max_limit_amount: Amount
    trial_period_in_days: int
    #: ISO-8601 UTC.
    end_date: str
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]


class DeletePlanParams(TypedDict):
    """Params of deletePlan."""
    #: The plan to delete.
    plan_id: str


class ListSubscriptionsParams(TypedDict, total=False):
    """Params of listSubscriptions."""
    #: Only this plan.
    plan_id: str
    #: Only those starting after this (ISO-8601 UTC).
    start_date: str
    #: Only those ending before this (ISO-8601 UTC).
    end_date: str
    #: Compare amounts with this (paise), as amount_range says.
    amount: int
    #: How amount compares.
    amount_range: Literal["isMore", "isLess", "is Equal", "isEqual"]
    #: Only this billing frequency.
    frequency: str
    #: Items per page.
    size: int
    #: Page number (from 0).
    page: int
    #: Sort field and direction, e.g. created_at,desc.
    sort: str
    #: Only this status.
    status: str


class ListSubscriptionsResultPage(TypedDict, total=False):
    """In listSubscriptions result.page."""
    number: int
    size: int
    total_elements: int
    total_pages: int


class ListSubscriptionsResult(TypedDict, total=False):
    """Result of listSubscriptions."""
    links: Dict[str, Any]
    page: ListSubscriptionsResultPage
    subscriptions: List[Subscription]


class _CreateSubscriptionParamsRequired(TypedDict):
    #: Your unique reference for the subscription.
    merchant_subscription_reference: Union[str, int]
    #: The plan.
    plan_id: str
    #: The customer (createCustomer).
    customer_id: str
    #: ISO-8601 UTC.
    start_date: str
    #: ISO-8601 UTC.
    end_date: str
    #: How the mandate is authorised.
    integration_mode: Literal["SEAMLESS", "REDIRECT"]


class CreateSubscriptionParams(_CreateSubscriptionParamsRequired, total=False):
    """Params of createSubscription."""
    allowed_payment_methods: List[Literal["CARD", "UPI", "POINTS", "NETBANKING", "WALLET"]]
    #: Plural notifies the customer of each debit.
    enable_notification: bool
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]
    #: Third-party validation: only bank_account may pay.
    is_tpv_enabled: bool
    bank_account: BankAccount
    #: Return URL after the mandate is authorised.
    callback_url: str
    #: Return URL after it fails.
    failure_callback_url: str
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class GetSubscriptionParams(TypedDict, total=False):
    """Params of getSubscription."""
    #: Plural's subscription id.
    subscription_id: str
    #: Your reference for the subscription.
    merchant_subscription_reference: Union[str, int]


class _UpdateSubscriptionParamsRequired(TypedDict):
    #: The subscription.
    subscription_id: str
    #: Why (kept with the change).
    reason: str


class UpdateSubscriptionParams(_UpdateSubscriptionParamsRequired, total=False):
    """Params of updateSubscription."""
    #: The plan it moves to.
    new_plan_id: str
    #: Its new end (ISO-8601 UTC).
    new_end_date: str


class CancelSubscriptionParams(TypedDict):
    """Params of cancelSubscription."""
    #: The subscription.
    subscription_id: str


class PauseSubscriptionParams(TypedDict):
    """Params of pauseSubscription."""
    #: The subscription.
    subscription_id: str


class ResumeSubscriptionParams(TypedDict):
    """Params of resumeSubscription."""
    #: The subscription.
    subscription_id: str


class _ListPresentationsParamsRequired(TypedDict):
    #: The subscription.
    subscription_id: str


class ListPresentationsParams(_ListPresentationsParamsRequired, total=False):
    """Params of listPresentations."""
    #: Items per page.
    size: int
    #: Page number (from 0).
    page: int
    #: Sort field and direction, e.g. created_at,desc.
    sort: str


class ListPresentationsResultPage(TypedDict, total=False):
    """In listPresentations result.page."""
    number: int
    size: int
    total_elements: int
    total_pages: int


class ListPresentationsResult(TypedDict, total=False):
    """Result of listPresentations."""
    links: Dict[str, Any]
    page: ListPresentationsResultPage
    presentations: List[Presentation]


class _CreatePresentationParamsRequired(TypedDict):
    #: The subscription to debit.
    subscription_id: str


class CreatePresentationParams(_CreatePresentationParamsRequired, total=False):
    """Params of createPresentation."""
    #: When the debit is due (ISO-8601 UTC).
    due_date: str
    #: What to debit, in integer paise (the plan's amount when absent).
    amount: Amount
    #: Your unique reference for this debit.
    merchant_presentation_reference: Union[str, int]
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class GetPresentationParams(TypedDict, total=False):
    """Params of getPresentation."""
    #: Plural's presentation id.
    presentation_id: str
    #: Your reference for the presentation.
    merchant_presentation_reference: Union[str, int]


class DeletePresentationParams(TypedDict):
    """Params of deletePresentation."""
    #: The presentation to withdraw.
    presentation_id: str


class _SendPreDebitNotificationParamsRequired(TypedDict):
    #: The subscription to debit.
    subscription_id: str
    #: When the debit is due (ISO-8601 UTC).
    due_date: str
    #: Your unique reference for this debit.
    merchant_presentation_reference: Union[str, int]


class SendPreDebitNotificationParams(_SendPreDebitNotificationParamsRequired, total=False):
    """Params of sendPreDebitNotification."""
    #: What will be debited, in integer paise.
    amount: Amount
    #: The notice is for a retry of a failed debit.
    is_merchant_retry: bool
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class ExecuteMandateDebitParams(TypedDict, total=False):
    """Params of executeMandateDebit."""
    #: Plural's presentation id.
    presentation_id: str
    #: Or your reference for the presentation.
    merchant_presentation_reference: Union[str, int]
    #: "true" when this is your retry of a failed debit.
    is_merchant_retry: str
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class RetryMandateDebitParams(TypedDict, total=False):
    """Params of retryMandateDebit."""
    #: Plural's presentation id.
    presentation_id: str
    #: Or your reference for the presentation.
    merchant_presentation_reference: Union[str, int]
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class GenerateOtpParams(TypedDict):
    """Params of generateOtp."""
    #: Plural's payment id (from createPayment: the order's payments[].id).
    payment_id: str


class GenerateOtpResultMetaData(TypedDict, total=False):
    """In generateOtp result.meta_data."""
    #: When resendOtp may be called (ISO-8601 UTC).
    resend_after: str


class GenerateOtpResult(TypedDict, total=False):
    """Result of generateOtp."""
    meta_data: GenerateOtpResultMetaData
    next: List[str]
    #: SUCCESS when an OTP was sent; after submitOtp, the payment's status (AUTHORIZED, PROCESSED).
    status: str


class SubmitOtpParams(TypedDict):
    """Params of submitOtp."""
    #: Plural's payment id (from createPayment: the order's payments[].id).
    payment_id: str
    #: The OTP the customer received; never logged.
    otp: str


class SubmitOtpResultMetaData(TypedDict, total=False):
    """In submitOtp result.meta_data."""
    #: When resendOtp may be called (ISO-8601 UTC).
    resend_after: str


class SubmitOtpResult(TypedDict, total=False):
    """Result of submitOtp."""
    meta_data: SubmitOtpResultMetaData
    next: List[str]
    #: SUCCESS when an OTP was sent; after submitOtp, the payment's status (AUTHORIZED, PROCESSED).
    status: str


class ResendOtpParams(TypedDict):
    """Params of resendOtp."""
    #: Plural's payment id (from createPayment: the order's payments[].id).
    payment_id: str


class ResendOtpResultMetaData(TypedDict, total=False):
    """In resendOtp result.meta_data."""
    #: When resendOtp may be called (ISO-8601 UTC).
    resend_after: str


class ResendOtpResult(TypedDict, total=False):
    """Result of resendOtp."""
    meta_data: ResendOtpResultMetaData
    next: List[str]
    #: SUCCESS when an OTP was sent; after submitOtp, the payment's status (AUTHORIZED, PROCESSED).
    status: str


class GetCardDetailsParamsCardDetailsItem(TypedDict):
    """In getCardDetails params: card_details[]."""
    #: The card number (CARD), or the token for a token transaction; never logged or returned.
    payment_identifier: str
    #: What payment_identifier holds.
    payment_reference_type: Literal["CARD", "ALT_TOKEN_TXN", "NETWORK_TOKEN_TXN", "ISSUER_TOKEN_TXN"]


class _GetCardDetailsParamsRequired(TypedDict):
    card_details: List[GetCardDetailsParamsCardDetailsItem]


class GetCardDetailsParams(_GetCardDetailsParamsRequired, total=False):
    """Params of getCardDetails."""
    #: The amount to pay, integer paise as a digit string (the definition types it as a string).
    amount: str


class GetCardDetailsResultCardPaymentDetailsItem(TypedDict, total=False):
    """In getCardDetails result.card_payment_details[]."""
    card_category: str
    card_issuer: str
    card_network: str
    card_type: str
    country_code: str
    currency: str
    is_currency_supported: bool
    is_international_card: bool
    is_native_otp_supported: bool


class GetCardDetailsResult(TypedDict, total=False):
    """Result of getCardDetails."""
    card_payment_details: List[GetCardDetailsResultCardPaymentDetailsItem]


class AuthorizePaymentParamsDecryptedCardDetailsCardMetaData(TypedDict):
    """In authorizePayment params: decrypted_card_details.card_meta_data."""
    #: Card type.
    card_type: Literal["CREDIT", "DEBIT", "PREPAID"]
    #: Card network.
    network_name: Literal["VISA", "MASTERCARD", "RUPAY", "AMEX"]


class _AuthorizePaymentParamsDecryptedCardDetailsRequired(TypedDict):
    #: The online payment cryptogram.
    cryptogram: str
    #: MM
    expiration_month: str
    #: YYYY or YY
    expiration_year: str
    #: The device account number (DPAN) from the decrypted Apple Pay token; never logged.
    token: str


class AuthorizePaymentParamsDecryptedCardDetails(_AuthorizePaymentParamsDecryptedCardDetailsRequired, total=False):
    """In authorizePayment params: decrypted_card_details."""
    card_holder_name: str
    card_meta_data: AuthorizePaymentParamsDecryptedCardDetailsCardMetaData
    cavv: str
    #: 3 or 4 digits.
    cvv: str
    eci: str
    #: For a decoupled authorisation with the card itself; never logged.
    pan: str


class AuthorizePaymentParamsAcquirerPaymentDetails(TypedDict, total=False):
    """In authorizePayment params: acquirer_payment_details."""
    acs_transaction_id: str
    directory_server_transaction_id: str
    three_ds_server_transaction_id: str
    three_ds_version: str


class _AuthorizePaymentParamsRequired(TypedDict):
    #: The order.
    order_id: str
    #: The payment to authorise (the order's payments[].id).
    payments_id: str
    decrypted_card_details: AuthorizePaymentParamsDecryptedCardDetails


class AuthorizePaymentParams(_AuthorizePaymentParamsRequired, total=False):
    """Params of authorizePayment."""
    #: The 3-D Secure result, for a decoupled authorisation.
    acquirer_payment_details: AuthorizePaymentParamsAcquirerPaymentDetails
    #: e.g. 3ds.
    authentication_type: str
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class DiscoverOffersParamsIssuer(TypedDict, total=False):
    """In discoverOffers params: issuer."""
    #: The card's first 6 to 11 digits: that issuer's offers only.
    bin: str
    #: An issuer's id: its offers only.
    id: str
    #: Only issuers of this type.
    issuer_type: Literal["CC_BANK", "DC_BANK", "CARDLESS_BANK", "CC_NBFC", "DC_NBFC", "CARDLESS_NBFC", "NTB", "NTB_BANK", "NTB_NBFC"]
    name: str


class DiscoverOffersParamsDownpaymentDetails(TypedDict, total=False):
    """In discoverOffers params: downpayment_details."""
    downpayment_amount: Amount


class DiscoverOffersParamsPaymentOptionsCardDetails(TypedDict, total=False):
    """In discoverOffers params: payment_options.card_details."""
    #: Never logged or returned.
    card_number: str


class DiscoverOffersParamsPaymentOptionsCardTokenDetails(TypedDict, total=False):
    """In discoverOffers params: payment_options.card_token_details."""
    token: str
    token_id: str


class DiscoverOffersParamsPaymentOptions(TypedDict, total=False):
    """In discoverOffers params: payment_options."""
    card_details: DiscoverOffersParamsPaymentOptionsCardDetails
    card_token_details: DiscoverOffersParamsPaymentOptionsCardTokenDetails


class DiscoverOffersParamsCustomerDetails(TypedDict, total=False):
    """In discoverOffers params: customer_details."""
    customer_id: str


class DiscoverOffersParams(TypedDict, total=False):
    """Params of discoverOffers."""
    #: The order's amount to finance, in integer paise.
    order_amount: Amount
    #: The products, for brand EMI offers.
    product_details: List[ProductDetail]
    cart_coupon_discount_amount: Amount
    issuer: DiscoverOffersParamsIssuer
    downpayment_details: DiscoverOffersParamsDownpaymentDetails
    #: The card (or saved card) the customer will pay with: its issuer's offers only.
    payment_options: DiscoverOffersParamsPaymentOptions
    customer_details: DiscoverOffersParamsCustomerDetails


class DiscoverCardlessOffersParamsPaymentOptionCardlessDetails(TypedDict):
    """In discoverCardlessOffers params: payment_option.cardless_details."""
    #: The customer's PAN (tax id); never logged.
    pan_number: str
    #: The mobile number registered with the lender.
    registered_mobile_number: str


class DiscoverCardlessOffersParamsPaymentOption(TypedDict):
    """In discoverCardlessOffers params: payment_option."""
    cardless_details: DiscoverCardlessOffersParamsPaymentOptionCardlessDetails


class DiscoverCardlessOffersParams(TypedDict, total=False):
    """Params of discoverCardlessOffers."""
    #: The order's amount to finance, in integer paise.
    order_amount: Amount
    #: The products, for brand EMI offers.
    product_details: List[ProductDetail]
    cart_coupon_discount_amount: Amount
    payment_option: DiscoverCardlessOffersParamsPaymentOption


class GetDownpaymentDetailsParamsIssuer(TypedDict, total=False):
    """In getDownpaymentDetails params: issuer."""
    #: The card's first digits.
    bin: str


class GetDownpaymentDetailsParams(TypedDict, total=False):
    """Params of getDownpaymentDetails."""
    #: The order's amount to finance, in integer paise.
    order_amount: Amount
    #: The products, for brand EMI offers.
    product_details: List[ProductDetail]
    cart_coupon_discount_amount: Amount
    issuer: GetDownpaymentDetailsParamsIssuer


class GetDownpaymentDetailsResultDownpaymentDetailsAmountRange(TypedDict, total=False):
    """In getDownpaymentDetails result.downpayment_details.amount_range."""
    max: ReportedAmount
    min: ReportedAmount


class GetDownpaymentDetailsResultDownpaymentDetails(TypedDict, total=False):
    """In getDownpaymentDetails result.downpayment_details."""
    allowed_payment_methods: List[str]
    amount_milestone_list: List[ReportedAmount]
    amount_range: GetDownpaymentDetailsResultDownpaymentDetailsAmountRange


class GetDownpaymentDetailsResult(TypedDict, total=False):
    """Result of getDownpaymentDetails."""
    downpayment_details: GetDownpaymentDetailsResultDownpaymentDetails


class _ValidateOfferParamsPaymentOptionCardDetailsRequired(TypedDict):
    #: Never logged or returned.
    card_number: str


class ValidateOfferParamsPaymentOptionCardDetails(_ValidateOfferParamsPaymentOptionCardDetailsRequired, total=False):
    """In validateOffer params: payment_option.card_details."""
    registered_mobile_number: str


class ValidateOfferParamsPaymentOptionCardTokenDetails(TypedDict, total=False):
    """In validateOffer params: payment_option.card_token_details."""
    last4_digit: str
    token: str
    token_id: str
    token_txn_type: str


class ValidateOfferParamsPaymentOptionCardlessDetails(TypedDict):
    """In validateOffer params: payment_option.cardless_details."""
    #: The customer's PAN (tax id).
    pan_number: str
    registered_mobile_number: str


class ValidateOfferParamsPaymentOption(TypedDict, total=False):
    """In validateOffer params: payment_option."""
    card_details: ValidateOfferParamsPaymentOptionCardDetails
    card_token_details: ValidateOfferParamsPaymentOptionCardTokenDetails
    cardless_details: ValidateOfferParamsPaymentOptionCardlessDetails


class ValidateOfferParamsCustomerDetails(TypedDict, total=False):
    """In validateOffer params: customer_details."""
    customer_id: str


class _ValidateOfferParamsRequired(TypedDict):
    #: The EMI method the offer is for.
    payment_method: Literal["CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI"]


class ValidateOfferParams(_ValidateOfferParamsRequired, total=False):
    """Params of validateOffer."""
    order_amount: Amount
    payment_amount: Amount
    payment_option: ValidateOfferParamsPaymentOption
    #: The offer chosen, from discoverOffers or discoverCardlessOffers.
    offer_data: OfferData
    customer_details: ValidateOfferParamsCustomerDetails


class ValidateOfferResult(TypedDict, total=False):
    """Result of validateOffer."""
    #: e.g. SUCCESS.
    code: str
    message: str


class ValidateImeiParamsProductsItem(TypedDict, total=False):
    """In validateImei params: products[]."""
    dealer_code: str
    product_code: str
    #: The device's IMEI or serial number.
    product_imei: str
    state_code: str


class _ValidateImeiParamsRequired(TypedDict):
    #: The EMI order the device is sold under.
    order_id: str
    #: Your reference for this request.
    merchant_product_imei_reference: Union[str, int]
    #: BLOCKING to block the IMEI for this order, UNBLOCKED to release it.
    request_type: Literal["BLOCKING", "UNBLOCKED"]


class ValidateImeiParams(_ValidateImeiParamsRequired, total=False):
    """Params of validateImei."""
    products: List[ValidateImeiParamsProductsItem]


class CheckBnplEligibilityParamsDeviceInfo(TypedDict, total=False):
    """In checkBnplEligibility params: device_info."""
    browser_ip_address: str
    browser_user_agent: str
    device_manufacturer: str
    device_model: str
    #: The customer's OS.
    operating_system: Literal["ANDROID", "IOS", "MACOS", "WINDOWS"]
    source_ip_address: str


class _CheckBnplEligibilityParamsRequired(TypedDict):
    #: The customer's mobile number.
    mobile: str
    #: The BNPL provider.
    pay_code: Literal["LAZYPAY"]


class CheckBnplEligibilityParams(_CheckBnplEligibilityParamsRequired, total=False):
    """Params of checkBnplEligibility."""
    #: The amount to pay, in integer paise.
    amount: Amount
    device_info: CheckBnplEligibilityParamsDeviceInfo
    #: The customer's email.
    email: str


class CheckBnplEligibilityResultMetadataInstallmentsItem(TypedDict, total=False):
    """In checkBnplEligibility result.metadata.installments[]."""
    #: Integer paise.
    amount_in_paise: int
    #: ISO-8601 date-time (UTC).
    due_date: str
    serial_no: int


class CheckBnplEligibilityResultMetadata(TypedDict, total=False):
    """In checkBnplEligibility result.metadata."""
    #: The customer's available limit, integer paise as a digit string.
    credit_limit_available_in_paise: str
    installments: List[CheckBnplEligibilityResultMetadataInstallmentsItem]


class CheckBnplEligibilityResult(TypedDict, total=False):
    """Result of checkBnplEligibility."""
    metadata: CheckBnplEligibilityResultMetadata
    #: Whether the amount may be paid by BNPL.
    txn_eligibility: bool


class _CalculateConvenienceFeeParamsRequired(TypedDict):
    #: The method the fee is for.
    payment_method: Literal["CARD", "UPI", "NETBANKING", "WALLET", "CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI", "POINTS", "BNPL"]


class CalculateConvenienceFeeParams(_CalculateConvenienceFeeParamsRequired, total=False):
    """Params of calculateConvenienceFee."""
    #: The amount, in integer paise.
    amount: Amount
    #: For cards: the network (VISA, MASTERCARD, RUPAY, AMEX…).
    network_type: str


class CalculateConvenienceFeeResultDataItemConvenienceFeeBreakdown(TypedDict, total=False):
    """In calculateConvenienceFee result.data[].convenience_fee_breakdown."""
    additional_fee_amount: ReportedAmount
    applicable_fee_amount: ReportedAmount
    fee_amount: ReportedAmount
    maximum_fee_amount: ReportedAmount
    tax_amount: ReportedAmount


class CalculateConvenienceFeeResultDataItemPaymentMethodMetadata(TypedDict, total=False):
    """In calculateConvenienceFee result.data[].payment_method_metadata."""
    card_type: str
    network_type: str


class CalculateConvenienceFeeResultDataItem(TypedDict, total=False):
    """In calculateConvenienceFee result.data[]."""
    amount: ReportedAmount
    convenience_fee_breakdown: CalculateConvenienceFeeResultDataItemConvenienceFeeBreakdown
    fee_type: str
    payable_amount: ReportedAmount
    payment_method: str
    payment_method_metadata: CalculateConvenienceFeeResultDataItemPaymentMethodMetadata


class CalculateConvenienceFeeResult(TypedDict, total=False):
    """Result of calculateConvenienceFee."""
    data: List[CalculateConvenienceFeeResultDataItem]


class ConvertCurrencyParams(TypedDict):
    """Params of convertCurrency."""
    #: The acquiring bank, e.g. AXIS.
    bank_code: str
    #: Your invoice id.
    invoice_id: str
    #: ISO 4217 code of the amount's currency, numeric (840) as the definition shows, or alphabetic (USD).
    source_currency: str
    #: ISO 4217 code to convert to, e.g. 356 (INR).
    dest_currency: str
    #: The amount in the source currency's minor units, as a digit string (the definition types it as a
    #: string).
    transaction_amount: str


class ConvertCurrencyResult(TypedDict, total=False):
    """Result of convertCurrency."""
    conversion_rate: float
    #: In the destination currency's minor units.
    converted_amount: int
    #: Decimal places of converted_amount.
    converted_exponent: int
    dest_currency: str
    invoice_id: str
    source_currency: str
    transaction_amount: str


class _ComputeTcsParamsRequired(TypedDict):
    #: The cross-border order.
    order_id: str
    #: The remittance, in integer paise.
    amount: Amount


class ComputeTcsParams(_ComputeTcsParamsRequired, total=False):
    """Params of computeTcs."""
    #: The customer declared remittances this financial year beyond the TCS threshold.
    is_tcs_declared: bool


class ComputeTcsResult(TypedDict, total=False):
    """The TCS on the order. The definition gives no answer shape: known members are checked, the rest
    passes.
    """
    amount: ReportedAmount
    is_tcs_declared: bool
    order_id: str
    tcs_amount: ReportedAmount
    tcs_rate_percentage: float
    total_amount: ReportedAmount


class _ListSettlementsParamsRequired(TypedDict):
    #: First settlement date included.
    start_date: str
    #: Last settlement date included.
    end_date: str


class ListSettlementsParams(_ListSettlementsParamsRequired, total=False):
    """Params of listSettlements."""
    #: Page number (from 1).
    page: int
    #: Records per page (at most 10).
    per_page: int


class ListSettlementsResult(TypedDict, total=False):
    """Result of listSettlements."""
    data: List[SettlementSummary]
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_settlement_amount: float
    total_settlement_count: int
    total_transactions_count: int


class _GetSettlementParamsRequired(TypedDict):
    #: The settlement's UTR (from listSettlements).
    utr: str


class GetSettlementParams(_GetSettlementParamsRequired, total=False):
    """Params of getSettlement."""
    #: Page number (from 1).
    page: int
    #: Records per page (at most 10).
    per_page: int


class GetSettlementResultPagination(TypedDict, total=False):
    """In getSettlement result.pagination."""
    current_page: Union[str, int]
    total_pages: int


class GetSettlementResult(TypedDict, total=False):
    """A settlement and the transactions it covers; amounts in integer paise."""
    #: As Plural reports it, passed on exactly as written (never through a float).
    actual_transaction_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    additional_mdr_amount: float
    bank_acc_number: str
    bank_name: str
    #: As Plural reports it, passed on exactly as written (never through a float).
    other_deductions: float
    pagination: GetSettlementResultPagination
    programs: List[str]
    #: As Plural reports it, passed on exactly as written (never through a float).
    split_fund_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_cashback_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_chargeback_recovery_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_convenience_fee: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_gst_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_gst_on_c_c_f: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_late_settlement_fee: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_loan_recovery_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_mar_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_mdr_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_merchant_cashback: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_merchant_convenience_fee: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_platform_fee: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_refund: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_settled_amount: float
    #: As Plural reports it, passed on exactly as written (never through a float).
    total_transaction_amount: float
    total_transaction_count: int
    transactions: List[SettlementTransaction]
    utr_number: str


class _ReleaseSettlementParamsRequired(TypedDict):
    #: The split order.
    order_id: str
    #: The part (split_settlement_id in the order's purchase_details.split_info).
    settlement_id: str


class ReleaseSettlementParams(_ReleaseSettlementParamsRequired, total=False):
    """Params of releaseSettlement."""
    #: How much of the held part to release, integer paise (all of it when absent).
    release_amount: Amount
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _CancelSettlementParamsRequired(TypedDict):
    #: The split order.
    order_id: str
    #: The part (split_settlement_id in the order's purchase_details.split_info).
    settlement_id: str


class CancelSettlementParams(_CancelSettlementParamsRequired, total=False):
    """Params of cancelSettlement."""
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _CreateBrandWalletParamsRequired(TypedDict):
    #: The customers (at least one).
    customers: List[WalletCustomer]


class CreateBrandWalletParams(_CreateBrandWalletParamsRequired, total=False):
    """Params of createBrandWallet."""
    #: ISO 4217, e.g. INR.
    currency_code: str
    #: Free text.
    notes: str


class CreateBrandWalletResult(TypedDict, total=False):
    """Result of createBrandWallet."""
    wallets: List[BrandWallet]


class ValidateBrandWalletParamsCustomers(TypedDict):
    """In validateBrandWallet params: customers."""
    #: Your customer's id.
    customer_id: str


class _ValidateBrandWalletParamsRequired(TypedDict):
    #: The payment to check, integer paise.
    amount: Amount
    #: The customer.
    customers: ValidateBrandWalletParamsCustomers


class ValidateBrandWalletParams(_ValidateBrandWalletParamsRequired, total=False):
    """Params of validateBrandWallet."""
    #: Free text.
    notes: str


class ValidateBrandWalletResult(TypedDict, total=False):
    """Result of validateBrandWallet."""
    amount: ReportedAmount
    balance: ReportedAmount
    customer_id: str
    #: The wallet is active and holds at least the amount.
    is_valid: bool
    reason: str


class GetBrandWalletBalanceParamsCustomers(TypedDict):
    """In getBrandWalletBalance params: customers."""
    #: Your customer's id.
    customer_id: str


class _GetBrandWalletBalanceParamsRequired(TypedDict):
    #: The customer.
    customers: GetBrandWalletBalanceParamsCustomers


class GetBrandWalletBalanceParams(_GetBrandWalletBalanceParamsRequired, total=False):
    """Params of getBrandWalletBalance."""
    #: Free text.
    notes: str


class LoadBrandWalletParamsCustomer(TypedDict):
    """In loadBrandWallet params: customer."""
    #: Your customer's id.
    customer_id: str


class _LoadBrandWalletParamsRequired(TypedDict):
    #: What to load, integer paise.
    amount: Amount
    #: The customer.
    customer: LoadBrandWalletParamsCustomer


class LoadBrandWalletParams(_LoadBrandWalletParamsRequired, total=False):
    """Params of loadBrandWallet."""
    #: The wallet bucket, e.g. CASH.
    bucket: str
    #: Free text.
    notes: str
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class ActivateBrandWalletParams(TypedDict):
    """Params of activateBrandWallet."""
    #: The customer whose wallet it is.
    customer_id: str


class DeactivateBrandWalletParams(TypedDict):
    """Params of deactivateBrandWallet."""
    #: The customer whose wallet it is.
    customer_id: str


class ResetBrandWalletPinParams(TypedDict):
    """Params of resetBrandWalletPin."""
    #: The customer whose wallet it is.
    customer_id: str


class _GetBrandWalletHistoryParamsRequired(TypedDict):
    #: The customer whose wallet it is.
    customer_id: str


class GetBrandWalletHistoryParams(_GetBrandWalletHistoryParamsRequired, total=False):
    """Params of getBrandWalletHistory."""
    #: Only movements from this date (YYYY-MM-DD).
    start_date: str
    #: Only movements up to this date (YYYY-MM-DD).
    end_date: str
    #: Page number (from 1).
    page: int
    #: Only movements of this type (LOAD, ADD_MONEY, …).
    transaction_type: str


class GetBrandWalletHistoryResult(TypedDict, total=False):
    """Result of getBrandWalletHistory."""
    balance: ReportedAmount
    customer_id: str
    page: int
    total_pages: int
    transactions: List[WalletEntry]


class AddMoneyToBrandWalletParamsPaymentOptionGiftCardDetails(TypedDict):
    """In addMoneyToBrandWallet params: payment_option.gift_card_details."""
    #: Never logged or returned.
    gift_card_number: str
    #: Never logged or returned.
    pin: str


class AddMoneyToBrandWalletParamsPaymentOption(TypedDict, total=False):
    """In addMoneyToBrandWallet params: payment_option."""
    gift_card_details: AddMoneyToBrandWalletParamsPaymentOptionGiftCardDetails
    upi_details: Dict[str, Any]


class AddMoneyToBrandWalletParamsCustomer(TypedDict):
    """In addMoneyToBrandWallet params: customer."""
    #: Your customer's id.
    customer_id: str


class _AddMoneyToBrandWalletParamsRequired(TypedDict):
    #: Your unique reference for this top-up.
    merchant_order_reference: Union[str, int]
    #: How the customer pays.
    mode: Literal["GIFT_CARD", "UPI"]
    #: Whose wallet.
    customer: AddMoneyToBrandWalletParamsCustomer


class AddMoneyToBrandWalletParams(_AddMoneyToBrandWalletParamsRequired, total=False):
    """Params of addMoneyToBrandWallet."""
    #: What to add, integer paise (for a gift card, its value when absent).
    amount: Amount
    #: The instrument.
    payment_option: AddMoneyToBrandWalletParamsPaymentOption
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class _CreateSbmdSubscriptionParamsPlanDetailsRequired(TypedDict):
    #: ISO 4217, e.g. INR.
    currency: str
    #: What to reserve, integer paise.
    reserve_amount: int


class CreateSbmdSubscriptionParamsPlanDetails(_CreateSbmdSubscriptionParamsPlanDetailsRequired, total=False):
    """In createSbmdSubscription params: plan_details."""
    description: str
    #: How long the reservation holds.
    validity_days: int


class _CreateSbmdSubscriptionParamsRequired(TypedDict):
    #: Your unique reference for the subscription.
    merchant_subscription_reference: Union[str, int]
    #: The customer (createCustomer).
    customer_id: str
    plan_details: CreateSbmdSubscriptionParamsPlanDetails


class CreateSbmdSubscriptionParams(_CreateSbmdSubscriptionParamsRequired, total=False):
    """Params of createSbmdSubscription."""
    #: Your own key/value strings.
    merchant_metadata: Dict[str, str]
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class GetSbmdSubscriptionParams(TypedDict):
    """Params of getSbmdSubscription."""
    #: The subscription_id createSbmdSubscription answered.
    reserve_pay_sub_id: str


class _CaptureInvoiceParamsRequired(TypedDict):
    #: The cross-border order.
    order_id: str
    #: Your invoice's number.
    invoice_number: str


class CaptureInvoiceParams(_CaptureInvoiceParamsRequired, total=False):
    """Params of captureInvoice."""
    #: YYYY-MM-DD.
    invoice_date: str


class GetInvoiceStatusParams(TypedDict):
    """Params of getInvoiceStatus."""
    #: The cross-border order.
    order_id: str


class UploadInvoiceFileParams(TypedDict):
    """Params of uploadInvoiceFile."""
    #: The cross-border order.
    order_id: str
    #: The invoice from captureInvoice.
    invoice_id: str
    #: The document (PDF or image), sent as the multipart part `file`.
    file: FileUpload


class _CreateAwbParamsAwbsItemRequired(TypedDict):
    #: The carrier's airway-bill number.
    awb_number: str


class CreateAwbParamsAwbsItem(_CreateAwbParamsAwbsItemRequired, total=False):
    """In createAwb params: awbs[]."""
    #: YYYY-MM-DD.
    awb_date: str
    #: The carrier's tracking page.
    tracking_url: str


class CreateAwbParams(TypedDict):
    """Params of createAwb."""
    #: The cross-border order.
    order_id: str
    #: The airway bills: sent as the request body itself.
    awbs: List[CreateAwbParamsAwbsItem]


class GetAllAwbsParams(TypedDict):
    """Params of getAllAwbs."""
    #: The cross-border order.
    order_id: str


class GetAwbByIdParams(TypedDict):
    """Params of getAwbById."""
    #: The cross-border order.
    order_id: str
    #: The airway bill from createAwb.
    awb_id: str


class UploadAwbFileParams(TypedDict):
    """Params of uploadAwbFile."""
    #: The cross-border order.
    order_id: str
    #: The airway bill from createAwb.
    awb_id: str
    #: The document (PDF or image), sent as the multipart part `file`.
    file: FileUpload


class _CreateChallanParamsRequired(TypedDict):
    #: The order to pay by bank transfer.
    order_id: str


class CreateChallanParams(_CreateChallanParamsRequired, total=False):
    """Params of createChallan."""
    #: The fee added to the amount due.
    convenience_fee_breakdown: ConvenienceFeeBreakdown


class GetChallanParams(TypedDict):
    """Params of getChallan."""
    #: The order.
    order_id: str


class GetChallanPdfParams(TypedDict):
    """Params of getChallanPdf."""
    #: The order.
    order_id: str


class _CreatePayoutParamsRequired(TypedDict):
    #: Your unique reference for the payout (no spaces): its idempotency key.
    clientReferenceId: str
    #: The beneficiary account holder's name (letters and spaces).
    payeeName: str
    #: Integer paise, ₹1 to ₹10 lakh.
    amount: PayoutAmount
    #: How it is paid.
    mode: Literal["UPI", "IMPS", "NEFT", "RTGS"]
    #: Text for the transfer (A-Z a-z 0-9 - and space).
    remarks: str


class CreatePayoutParams(_CreatePayoutParamsRequired, total=False):
    """Params of createPayout."""
    #: The beneficiary's account number; required for IMPS, NEFT and RTGS.
    accountNumber: str
    #: The beneficiary bank's IFSC; required for IMPS, NEFT and RTGS.
    branchCode: str
    #: The beneficiary's UPI address; required for UPI.
    vpa: str
    #: The beneficiary's email.
    email: str
    #: The beneficiary's mobile number (10 digits).
    phone: str
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class ListPayoutsParams(TypedDict, total=False):
    """Params of listPayouts."""
    #: Only this payout.
    paymentReferenceId: str
    #: Only the payout with your reference.
    clientReferenceId: str
    #: Only the payouts of this request (a bulk file).
    requestReferenceId: str
    #: Only the payout with this bank UTR.
    bankTransactionReferenceId: str
    #: Only this mode.
    mode: Literal["UPI", "IMPS", "NEFT", "RTGS"]
    #: Only those initiated after this (ISO-8601 UTC).
    dateFrom: str
    #: Only those initiated before this (ISO-8601 UTC).
    dateTo: str
    #: Only this status.
    status: Literal["SCHEDULED", "PENDING", "PROCESSING", "PROCESSED", "SUCCESS", "FAILED"]
    #: Page number (default 1).
    page: str
    #: Records per page.
    count: str


class GetPayoutBalanceParams(TypedDict):
    """Params of getPayoutBalance."""


class _CreateBulkPayoutParamsRequired(TypedDict):
    #: The bulk payout file (CSV or spreadsheet of beneficiaries).
    file: FileUpload


class CreateBulkPayoutParams(_CreateBulkPayoutParamsRequired, total=False):
    """Params of createBulkPayout."""
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class UpdateScheduledPayoutParams(TypedDict):
    """Params of updateScheduledPayout."""
    #: Plural's id of the payout (paymentReferenceId).
    paymentReferenceId: str
    #: The new time it executes (ISO-8601 UTC).
    scheduleAt: str


class _CancelScheduledPayoutParamsRequired(TypedDict):
    #: Plural's id of the payout (paymentReferenceId).
    paymentReferenceId: str


class CancelScheduledPayoutParams(_CancelScheduledPayoutParamsRequired, total=False):
    """Params of cancelScheduledPayout."""
    #: Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the
    #: first call's answer and never reaches the gateway twice; the same key with other params is refused
    #: (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.
    idempotency_key: str


class VerifySignatureParams(TypedDict):
    """Params of verifySignature."""
    #: The signed fields, values exactly as received.
    payload: Dict[str, Any]


class VerifySignatureResult(TypedDict):
    """Result of verifySignature."""
    #: Which of Plural's schemes signed the payload.
    scheme: Literal["v3-callback", "v2-callback", "v2-inquiry"]
    valid: bool


_VerifyWebhookParamsHeadersOptional = TypedDict("_VerifyWebhookParamsHeadersOptional", {"webhook-id": str, "webhook-signature": str, "webhook-timestamp": str}, total=False)


class VerifyWebhookParamsHeaders(_VerifyWebhookParamsHeadersOptional, total=False):
    """The request's headers; names in any case."""


class VerifyWebhookParams(TypedDict):
    """Params of verifyWebhook."""
    #: The request's headers; names in any case.
    headers: VerifyWebhookParamsHeaders
    #: The raw request body, byte for byte as received.
    body: str


class _VerifyWebhookResultRequired(TypedDict):
    valid: bool
    #: Redeliveries keep it: de-duplicate on it.
    webhook_id: str


class VerifyWebhookResult(_VerifyWebhookResultRequired, total=False):
    """Result of verifyWebhook."""
    data: Dict[str, Any]
    #: E.g. ORDER_PROCESSED (only when valid).
    event_type: str
    #: Why it is not valid.
    reason: str
    #: True when this webhook-id was already verified within the tolerance (a redelivery): do not act on it
    #: twice.
    replay: bool


class ConfirmPaymentParams(TypedDict):
    """Params of confirmPayment."""
    #: The fields posted to your return URL, values exactly as received.
    payload: Dict[str, Any]


class _ConfirmPaymentResultRequired(TypedDict):
    #: The gateway's own record says the customer paid (never taken from the payload).
    paid: bool
    #: The payload's signature is Plural's.
    verified: bool


class ConfirmPaymentResult(_ConfirmPaymentResultRequired, total=False):
    """Result of confirmPayment."""
    #: The amount the gateway holds for it, in paise.
    amount: int
    order: Dict[str, Any]
    #: v3: the order's status (AUTHORIZED needs capture); v2: success, failed, pending or unknown.
    order_status: str
    #: Which return was confirmed.
    scheme: Literal["v3-callback", "v2-callback"]


class PingParams(TypedDict):
    """Params of ping."""


class PingResult(TypedDict):
    """Result of ping."""
    #: PLURAL_ENV: uat, prod or simulator.
    env: str
    #: plural-sidecar version.
    version: str


class DiscoverParams(TypedDict):
    """Params of rpc.discover."""


class StatsParams(TypedDict):
    """Params of stats."""


class StatsResultHealth(TypedDict):
    """In stats result.health."""
    #: Always true: the sidecar answered.
    live: bool
    problems: List[str]
    #: Configuration complete for PLURAL_ENV and, once a v3 call needed one, a token obtainable.
    ready: bool


class StatsResult(TypedDict):
    """Result of stats."""
    health: StatsResultHealth
    metrics: Dict[str, Any]


class PendingOutcomesParams(TypedDict):
    """Params of pendingOutcomes."""


class _PendingOutcomesResultPendingItemRequired(TypedDict):
    #: The caller's idempotency_key, or the method and merchant reference that serve as it.
    idempotency_key: str
    method: str
    #: When the call was made (ISO-8601 UTC).
    since: str


class PendingOutcomesResultPendingItem(_PendingOutcomesResultPendingItemRequired, total=False):
    """In pendingOutcomes result.pending[]."""
    #: What the lookup reads by: order id, merchant references.
    identifiers: Dict[str, Any]
    #: The Request-ID Plural saw.
    request_id: str


class PendingOutcomesResult(TypedDict):
    """Result of pendingOutcomes."""
    #: True when a journal (PLURAL_STATE_DIR) keeps these across restarts.
    journal: bool
    pending: List[PendingOutcomesResultPendingItem]


class SimulatorPayParams(TypedDict, total=False):
    """Params of simulator.pay."""
    #: A v3 order with a payment (PENDING).
    order_id: str
    #: A v2 transaction started with acceptPayment.
    unique_merchant_txn_id: str
    #: Default success.
    outcome: Literal["success", "failure", "cancelled", "expired"]


class _SimulatorConfigureParamsFaultsItemRequired(TypedDict):
    #: What goes wrong.
    kind: Literal["latency", "status", "reset", "malformed", "garbage", "unauthorized", "large"]


class SimulatorConfigureParamsFaultsItem(_SimulatorConfigureParamsFaultsItemRequired, total=False):
    """In simulator.configure params: faults[]."""
    #: For large: the size of the 200 answer in bytes.
    bytes: int
    #: For large: send it chunked, without a Content-Length.
    chunked: bool
    method: str
    #: For latency: milliseconds added.
    ms: int
    #: Only requests whose path starts with this.
    path: str
    #: For status: the HTTP status answered.
    status: int
    #: How many requests it applies to (default 1; null for always).
    times: int


class SimulatorConfigureParams(TypedDict, total=False):
    """Params of simulator.configure."""
    faults: List[SimulatorConfigureParamsFaultsItem]
    #: Remove pending faults first.
    clear: bool
    #: Lifetime in seconds of tokens issued from now on.
    token_ttl: int
    #: Which documented token answer form to use.
    token_form: Literal["expires_in", "expires_at"]
    #: Invalidate every issued token.
    revoke_tokens: bool
    #: From now on accept only this client secret at the token endpoint (a credential rotation); over HTTP
    #: also a list.
    accept_client_secret: str
    #: Set the payout funding account's balance (integer paise).
    payout_balance: int
    #: Seconds new payouts stay SCHEDULED before they are paid (default 300; 0: paid at the next read).
    payout_delay: int


class SimulatorWebhooksParams(TypedDict):
    """Params of simulator.webhooks."""


class _SimulatorWebhooksResultDeliveriesItemRequired(TypedDict):
    #: POSTs made so far (the first and up to three retries, plus redeliveries).
    attempts: int
    #: Some attempt was answered 2xx.
    delivered: bool
    #: E.g. ORDER_PROCESSED.
    event_type: str
    #: The webhook-id header: the same on every attempt and redelivery.
    webhook_id: str


class SimulatorWebhooksResultDeliveriesItem(_SimulatorWebhooksResultDeliveriesItemRequired, total=False):
    """In simulator.webhooks result.deliveries[]."""
    #: timeout, connect or reset when the last attempt got no answer.
    last_error: str
    #: The last attempt's HTTP status; absent when it got no answer.
    last_status: int


class SimulatorWebhooksResult(TypedDict):
    """Result of simulator.webhooks."""
    deliveries: List[SimulatorWebhooksResultDeliveriesItem]


class SimulatorRedeliverParams(TypedDict):
    """Params of simulator.redeliver."""
    #: From simulator.webhooks.
    webhook_id: str


class _SimulatorRedeliverResultRequired(TypedDict):
    #: POSTs made so far (the first and up to three retries, plus redeliveries).
    attempts: int
    #: Some attempt was answered 2xx.
    delivered: bool
    #: E.g. ORDER_PROCESSED.
    event_type: str
    #: The webhook-id header: the same on every attempt and redelivery.
    webhook_id: str


class SimulatorRedeliverResult(_SimulatorRedeliverResultRequired, total=False):
    """Result of simulator.redeliver."""
    #: timeout, connect or reset when the last attempt got no answer.
    last_error: str
    #: The last attempt's HTTP status; absent when it got no answer.
    last_status: int


class SimulatorEventsParams(TypedDict, total=False):
    """Params of simulator.events."""
    #: Only events of this type, e.g. SUBSCRIPTION_CHARGED.
    event_type: str


class SimulatorEventsResultEventsItem(TypedDict, total=False):
    """In simulator.events result.events[]."""
    data: Dict[str, Any]
    event_type: str


class SimulatorEventsResult(TypedDict):
    """Result of simulator.events."""
    events: List[SimulatorEventsResultEventsItem]


#: Result of createOrder.
CreateOrderResult = Order

#: Result of getOrder.
GetOrderResult = Order

#: Result of capture.
CaptureResult = Order

#: Result of cancel.
CancelResult = Order

#: Result of createPayment.
CreatePaymentResult = Order

#: Result of refund.
RefundResult = Order

#: Result of createCheckout.
CreateCheckoutResult = CheckoutSession

#: Result of checkPointBalance.
CheckPointBalanceResult = PointBalance

#: Result of fetchUpiVpa.
FetchUpiVpaResult = Dict[str, Any]

#: Result of createPaymentLink.
CreatePaymentLinkResult = PaymentLink

#: Result of getPaymentLink.
GetPaymentLinkResult = PaymentLink

#: Result of cancelPaymentLink.
CancelPaymentLinkResult = PaymentLink

#: Result of notifyPaymentLink.
NotifyPaymentLinkResult = PaymentLink

#: Result of createCustomer.
CreateCustomerResult = CustomerRecord

#: Result of getCustomer.
GetCustomerResult = CustomerRecord

#: Result of updateCustomer.
UpdateCustomerResult = CustomerRecord

#: Result of createCardToken.
CreateCardTokenResult = CardToken

#: Result of getCustomerToken.
GetCustomerTokenResult = CardToken

#: Result of createPlan.
CreatePlanResult = Plan

#: Result of getPlan.
GetPlanResult = Plan

#: Result of updatePlan.
UpdatePlanResult = Plan

#: Result of deletePlan.
DeletePlanResult = Dict[str, Any]

#: Result of createSubscription.
CreateSubscriptionResult = Subscription

#: Result of getSubscription.
GetSubscriptionResult = Subscription

#: Result of updateSubscription.
UpdateSubscriptionResult = Subscription

#: Result of cancelSubscription.
CancelSubscriptionResult = Subscription

#: Result of pauseSubscription.
PauseSubscriptionResult = Subscription

#: Result of resumeSubscription.
ResumeSubscriptionResult = Subscription

#: Result of createPresentation.
CreatePresentationResult = Presentation

#: Result of getPresentation.
GetPresentationResult = Presentation

#: Result of deletePresentation.
DeletePresentationResult = Dict[str, Any]

#: Result of sendPreDebitNotification.
SendPreDebitNotificationResult = Presentation

#: Result of executeMandateDebit.
ExecuteMandateDebitResult = Presentation

#: Result of retryMandateDebit.
RetryMandateDebitResult = Presentation

#: Result of authorizePayment.
AuthorizePaymentResult = Order

#: Result of discoverOffers.
DiscoverOffersResult = OfferDiscovery

#: Result of discoverCardlessOffers.
DiscoverCardlessOffersResult = OfferDiscovery

#: Result of validateImei.
ValidateImeiResult = Dict[str, Any]

#: Result of releaseSettlement.
ReleaseSettlementResult = SplitOrder

#: Result of cancelSettlement.
CancelSettlementResult = SplitOrder

#: Result of getBrandWalletBalance.
GetBrandWalletBalanceResult = BrandWallet

#: Result of loadBrandWallet.
LoadBrandWalletResult = WalletEntry

#: Result of activateBrandWallet.
ActivateBrandWalletResult = BrandWallet

#: Result of deactivateBrandWallet.
DeactivateBrandWalletResult = BrandWallet

#: Result of resetBrandWalletPin.
ResetBrandWalletPinResult = BrandWallet

#: Result of addMoneyToBrandWallet.
AddMoneyToBrandWalletResult = WalletEntry

#: Result of createSbmdSubscription.
CreateSbmdSubscriptionResult = ReservePaySubscription

#: Result of getSbmdSubscription.
GetSbmdSubscriptionResult = ReservePaySubscription

#: Result of captureInvoice.
CaptureInvoiceResult = Invoice

#: Result of getInvoiceStatus.
GetInvoiceStatusResult = Invoice

#: Result of uploadInvoiceFile.
UploadInvoiceFileResult = Invoice

#: Result of createAwb.
CreateAwbResult = AwbList

#: Result of getAllAwbs.
GetAllAwbsResult = AwbList

#: Result of getAwbById.
GetAwbByIdResult = Awb

#: Result of uploadAwbFile.
UploadAwbFileResult = Awb

#: Result of createChallan.
CreateChallanResult = Challan

#: Result of getChallan.
GetChallanResult = Challan

#: Result of getChallanPdf.
GetChallanPdfResult = FileContent

#: Result of createPayout.
CreatePayoutResult = Payout

#: Result of listPayouts.
ListPayoutsResult = PayoutList

#: Result of getPayoutBalance.
GetPayoutBalanceResult = FundingAccount

#: Result of createBulkPayout.
CreateBulkPayoutResult = BulkPayout

#: Result of updateScheduledPayout.
UpdateScheduledPayoutResult = Payout

#: Result of cancelScheduledPayout.
CancelScheduledPayoutResult = Payout

#: Result of rpc.discover.
DiscoverResult = Any

#: Result of simulator.pay.
SimulatorPayResult = Callback

#: Result of simulator.configure.
SimulatorConfigureResult = Dict[str, Any]
