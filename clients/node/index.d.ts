// Type declarations for the plural-sidecar Node client. Field names are Plural's own (snake_case).
// Amounts are integer paise: { value: 110000, currency: "INR" } is ₹1,100.00. Objects allow extra fields
// (the gateway adds some over time, and requests may carry any field Plural documents).

// ---------------------------------------------------------------------------------------------- shared

export interface Amount {
  /** Integer paise; a fraction, a string or a non-positive value is refused with -32602. */
  value: number;
  currency: string;
}

export interface Address {
  address1?: string;
  address2?: string;
  address3?: string;
  pincode?: string;
  city?: string;
  state?: string;
  country?: string;
  [field: string]: unknown;
}

export interface Customer {
  email_id?: string;
  first_name?: string;
  last_name?: string;
  customer_id?: string;
  mobile_number?: string;
  billing_address?: Address;
  shipping_address?: Address;
  [field: string]: unknown;
}

export interface PurchaseDetails {
  customer?: Customer;
  merchant_metadata?: Record<string, string>;
  [field: string]: unknown;
}

export type OrderStatus =
  | 'CREATED' | 'PENDING' | 'AUTHORIZED' | 'PROCESSED' | 'CANCELLED' | 'ATTEMPTED' | 'FAILED'
  | 'FULLY_REFUNDED' | 'PARTIALLY_REFUNDED';

export type PaymentStatus = 'PENDING' | 'AUTHORIZED' | 'CANCELLED' | 'PROCESSED' | 'FAILED';

export type PaymentMethod =
  | 'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'CARDLESS_EMI' | 'POINTS' | 'BNPL';

// ----------------------------------------------------------------------------------- orders (v3 API)

export interface CreateOrderParams {
  /** Your own unique reference; repeating it returns the existing order (idempotency). */
  merchant_order_reference: string;
  order_amount: Amount;
  /** true: authorise now, capture (or cancel) later. */
  pre_auth?: boolean;
  purchase_details?: PurchaseDetails;
  allowed_payment_methods?: PaymentMethod[];
  /** Return URL for this order (overrides the dashboard setting). */
  callback_url?: string;
  failure_callback_url?: string;
  [field: string]: unknown;
}

export interface CaptureData {
  merchant_capture_reference: string;
  capture_amount: Amount;
  created_at?: string;
  [field: string]: unknown;
}

export interface Payment {
  id: string;
  status: PaymentStatus;
  merchant_payment_reference?: string;
  payment_amount: Amount;
  payment_method: PaymentMethod;
  /** What the gateway tells about the instrument (never the card number or CVV). */
  payment_option?: Record<string, unknown>;
  acquirer_data?: { approval_code?: string; acquirer_reference?: string; rrn?: string; [field: string]: unknown };
  capture_data?: CaptureData[];
  created_at?: string;
  updated_at?: string;
  [field: string]: unknown;
}

export interface Order {
  order_id: string;
  merchant_order_reference: string;
  type: 'CHARGE' | 'REFUND';
  status: OrderStatus;
  merchant_id?: string;
  order_amount: Amount;
  pre_auth?: boolean;
  purchase_details?: PurchaseDetails;
  payments?: Payment[];
  /** Present on the answer to createPayment: send the customer here. */
  challenge_url?: string;
  /** On a refund order: the order it refunds. */
  parent_order_id?: string;
  created_at?: string;
  updated_at?: string;
  [field: string]: unknown;
}

export type GetOrderParams = { order_id: string } | { merchant_order_reference: string };

export interface CardDetails {
  name: string;
  card_number: string;
  cvv: string;
  expiry_month: string;
  expiry_year: string;
  registered_mobile_number?: string;
  [field: string]: unknown;
}

export interface PaymentOption {
  card_details?: CardDetails;
  upi_details?: { txn_mode: 'COLLECT' | 'INTENT'; payer?: { vpa?: string; [field: string]: unknown }; [field: string]: unknown };
  netbanking_details?: { pay_code: string; [field: string]: unknown };
  [field: string]: unknown;
}

export interface PaymentRequest {
  payment_method: PaymentMethod;
  merchant_payment_reference: string;
  payment_amount: Amount;
  payment_option: PaymentOption;
  [field: string]: unknown;
}

export interface CreatePaymentParams {
  order_id: string;
  payments: PaymentRequest[];
}

export interface CaptureParams {
  order_id: string;
  merchant_capture_reference: string;
  /** Default: the whole authorised amount. */
  capture_amount?: Amount;
}

export interface CancelParams {
  order_id: string;
}

export interface RefundParams {
  /** The order to refund. */
  order_id: string;
  /** A new reference of your own for the refund (idempotency). */
  merchant_order_reference: string;
  order_amount: Amount;
  merchant_metadata?: Record<string, string>;
  products?: Array<Record<string, unknown>>;
  [field: string]: unknown;
}

// --------------------------------------------------------------------------- checkout and pay by points

export interface CreateCheckoutParams {
  merchant_order_reference?: string;
  order_amount: Amount & { merchant_order_reference?: string };
  pre_auth?: boolean;
  purchase_details?: PurchaseDetails;
  allowed_payment_methods?: PaymentMethod[];
  callback_url?: string;
  [field: string]: unknown;
}

export interface CheckoutResult {
  token: string;
  order_id: string;
  redirect_url: string;
  response_code?: number;
  response_message?: string;
  [field: string]: unknown;
}

export interface CheckPointBalanceParams {
  payment_option: {
    points_card_details: { card_number: string; card_last4?: string; registered_mobile_number?: string; [field: string]: unknown };
  };
  order_details: { order_amount: Amount; [field: string]: unknown };
  [field: string]: unknown;
}

export interface PointBalance {
  balance?: Amount;
  redeemable_amount?: Amount;
  redeemable_points?: number;
  is_eligible: boolean;
  [field: string]: unknown;
}

// -------------------------------------------------------------------------------------- payment links

export interface CreatePaymentLinkParams {
  amount: Amount;
  /** Your unique reference: a repeat returns the existing link. */
  merchant_payment_link_reference: string;
  description?: string;
  /** ISO-8601 expiry. */
  expire_by?: string;
  customer?: Customer;
  allowed_payment_methods?: PaymentMethod[];
  [field: string]: unknown;
}

export interface PaymentLink {
  payment_link_id: string;
  payment_link?: string;
  /** CREATED, CLICKED, PAYMENT_INITIATED, PROCESSED, PARTIAL_PROCESSED, EXPIRED or CANCELLED. */
  status?: string;
  order_id?: string;
  amount?: Amount;
  merchant_payment_link_reference?: string;
  description?: string;
  expire_by?: string;
  created_at?: string;
  updated_at?: string;
  [field: string]: unknown;
}

export type GetPaymentLinkParams = { payment_link_id: string } | { merchant_payment_link_reference: string };

export interface CancelPaymentLinkParams {
  payment_link_id: string;
}

// ------------------------------------------------------------------------------ legacy v1/v2 (pinepg)

export interface AcceptPaymentParams {
  /** merchant_id and merchant_access_code default from PLURAL_MERCHANT_ID / PLURAL_ACCESS_CODE. */
  merchant_data: {
    merchant_id?: number;
    merchant_access_code?: string;
    unique_merchant_txn_id: string;
    merchant_return_url: string;
    [field: string]: unknown;
  };
  payment_data: { amount_in_paisa: number; [field: string]: unknown };
  txn_data: {
    /** "2" redirect checkout, "7" seamless (then processPayment). */
    navigation_mode: string | number;
    payment_mode: string;
    transaction_type: string | number;
    time_stamp?: number;
    [field: string]: unknown;
  };
  customer_data?: Record<string, unknown>;
  udf_data?: Record<string, string>;
  product_details?: Array<{ product_code: string; product_amount: string | number }>;
  [field: string]: unknown;
}

export interface AcceptPaymentResult {
  token: string;
  redirect_url?: string;
  response_code: number;
  response_message?: string;
  [field: string]: unknown;
}

export interface ProcessPaymentParams {
  /** The token from acceptPayment, as returned (it is URL-encoded once). */
  token: string;
  card_data?: { card_number: string; card_expiry_year: string; card_expiry_month: string; card_holder_name: string; cvv: string };
  netbanking_data?: { pay_code: string };
  upi_data?: { vpa?: string; upi_option?: string; [field: string]: unknown };
  wallet_data?: Record<string, unknown>;
  customer_data?: Record<string, unknown>;
  [field: string]: unknown;
}

/** A redirect, a UPI intent, or a bare acknowledgement (UPI collect); `kind` says which. */
export interface ProcessPaymentResult {
  kind: 'redirect' | 'upi_intent' | 'acknowledged';
  response_message?: string;
  redirect_url?: string;
  pg_upi_unique_request_id?: string;
  deep_link?: string;
  pine_pg_transaction_id?: number;
  short_link?: string;
  [field: string]: unknown;
}

export interface InquiryParams {
  unique_merchant_txn_id: string;
}

export interface LegacyRefundParams {
  unique_merchant_txn_id: string;
  pine_pg_transaction_id: string | number;
  /** Paise. */
  amount: number;
}

/** Every `ppc_` field as the gateway sent it (strings; ppc_DIA_SECRET already verified), plus the verdict. */
export interface LegacyTransaction {
  /** This transaction's state by Plural's status table. */
  outcome: 'success' | 'failed' | 'pending' | 'unknown';
  /** True only when the purchase is status 4 with response code 1 (directly or as the parent). */
  payment_succeeded: boolean;
  ppc_PinePGTxnStatus?: string;
  ppc_TxnResponseCode?: string;
  ppc_TxnResponseMessage?: string;
  ppc_UniqueMerchantTxnID?: string;
  ppc_PinePGTransactionID?: string;
  ppc_Amount?: string;
  ppc_Parent_TxnStatus?: string;
  ppc_ParentTxnResponseCode?: string;
  [field: string]: unknown;
}

export interface CreateOrderTokenParams {
  merchant_data: {
    merchant_id?: string;
    merchant_access_code?: string;
    merchant_return_url: string;
    merchant_order_id: string;
    [field: string]: unknown;
  };
  payment_info_data: { amount: number; currency_code: string; order_desc?: string; [field: string]: unknown };
  customer_data: { country_code: string; mobile_number: string; email_id: string; [field: string]: unknown };
  billing_address_data?: Record<string, unknown>;
  shipping_address_data?: Record<string, unknown>;
  product_info_data?: Record<string, unknown>;
  additional_info_data?: Record<string, unknown>;
  subscription_data?: Record<string, unknown>;
  payment_category_type?: string;
  [field: string]: unknown;
}

export interface OrderToken {
  token: string;
  plural_order_id: string | number;
  [field: string]: unknown;
}

// ------------------------------------------------------------------------------------ verification

export interface VerifySignatureParams {
  /** The fields exactly as received at your return URL (order_id, payment_status, signature, ...). */
  payload: Record<string, unknown>;
}

export interface VerifySignatureResult {
  valid: boolean;
  scheme: 'v3-callback' | 'v2-callback' | 'v2-inquiry';
  [field: string]: unknown;
}

export interface VerifyWebhookParams {
  /** The request's headers, names in any case (webhook-id, webhook-timestamp, webhook-signature). */
  headers: Record<string, string>;
  /** The raw body, byte for byte as received: re-serialised JSON will not verify. */
  body: string;
}

export interface VerifyWebhookResult {
  valid: boolean;
  /** Redeliveries keep it: de-duplicate on it. */
  webhook_id: string;
  /** E.g. ORDER_PROCESSED (only when valid). */
  event_type?: string;
  data?: Record<string, unknown>;
  /** Why it is not valid. */
  reason?: string;
  [field: string]: unknown;
}

// ------------------------------------------------------------------------------------ housekeeping

export interface Pong {
  version: string;
  /** PLURAL_ENV: "uat", "prod" or "simulator". */
  env: string;
}

export interface OpenRPCDocument {
  openrpc: string;
  info: { title: string; version: string; description?: string; [field: string]: unknown };
  methods: Array<{ name: string; summary?: string; params: unknown[]; result: unknown; [field: string]: unknown }>;
  components?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface SimulatorPayParams {
  order_id: string;
  outcome: 'success' | 'failure';
}

/** What the gateway would post to your return URL; feed it to verifySignature. */
export interface SimulatorPayResult {
  order_id: string;
  payment_status: string;
  signature: string;
  error_code?: string;
  error_message?: string;
  [field: string]: unknown;
}

export interface SimulatorFault {
  kind: 'latency' | 'status' | 'reset' | 'malformed' | 'garbage' | 'unauthorized';
  /** For latency: milliseconds added. */
  ms?: number;
  /** For status: the HTTP status answered. */
  status?: number;
  /** Only requests whose path starts with this. */
  path?: string;
  method?: string;
  /** How many requests it applies to (default 1; null for always). */
  times?: number | null;
}

export interface SimulatorConfigureParams {
  faults?: SimulatorFault[];
  /** Remove pending faults first. */
  clear?: boolean;
  /** Lifetime in seconds of tokens issued from now on. */
  token_ttl?: number;
  token_form?: 'expires_in' | 'expires_at';
  revoke_tokens?: boolean;
}

// ------------------------------------------------------------------------------------------ client

export interface SpawnOptions {
  /** Default: $PLURAL_SIDECAR_BIN, else `plural-sidecar` on PATH. */
  binary?: string;
  /** Merged over process.env for the child. */
  env?: Record<string, string>;
  /** Extra command-line arguments, e.g. ['--config', file]. */
  args?: string[];
  /** Milliseconds each call waits unless it says otherwise; default: no limit. */
  defaultTimeout?: number;
}

export interface ConnectOptions {
  defaultTimeout?: number;
}

export interface CallOptions {
  /** Milliseconds to wait for the answer before rejecting with SidecarTimeoutError. */
  timeout?: number;
}

export declare class Sidecar {
  static spawn(options?: SpawnOptions): Sidecar;
  /** Usable at once, and awaitable: `await Sidecar.connect(path)` resolves once connected. */
  static connect(socketPath: string, options?: ConnectOptions): Sidecar & PromiseLike<Sidecar>;

  defaultTimeout: number | undefined;
  /** The child's process id; undefined over a socket. */
  readonly pid: number | undefined;
  /** The child's exit status once exited; null while running, when killed by a signal, or over a socket. */
  readonly exitCode: number | null;

  call<T = unknown>(method: string, params?: object | unknown[], options?: CallOptions): Promise<T>;
  /** Ends the input, lets the sidecar answer calls in flight, waits for it to exit (timeout in ms). */
  close(options?: { timeout?: number }): Promise<void>;

  createOrder(params: CreateOrderParams, options?: CallOptions): Promise<Order>;
  getOrder(params: GetOrderParams, options?: CallOptions): Promise<Order>;
  createPayment(params: CreatePaymentParams, options?: CallOptions): Promise<Order>;
  capture(params: CaptureParams, options?: CallOptions): Promise<Order>;
  cancel(params: CancelParams, options?: CallOptions): Promise<Order>;
  refund(params: RefundParams, options?: CallOptions): Promise<Order>;
  createCheckout(params: CreateCheckoutParams, options?: CallOptions): Promise<CheckoutResult>;
  checkPointBalance(params: CheckPointBalanceParams, options?: CallOptions): Promise<PointBalance>;
  createPaymentLink(params: CreatePaymentLinkParams, options?: CallOptions): Promise<PaymentLink>;
  getPaymentLink(params: GetPaymentLinkParams, options?: CallOptions): Promise<PaymentLink>;
  cancelPaymentLink(params: CancelPaymentLinkParams, options?: CallOptions): Promise<PaymentLink>;
  acceptPayment(params: AcceptPaymentParams, options?: CallOptions): Promise<AcceptPaymentResult>;
  processPayment(params: ProcessPaymentParams, options?: CallOptions): Promise<ProcessPaymentResult>;
  inquiry(params: InquiryParams, options?: CallOptions): Promise<LegacyTransaction>;
  legacyRefund(params: LegacyRefundParams, options?: CallOptions): Promise<LegacyTransaction>;
  createOrderToken(params: CreateOrderTokenParams, options?: CallOptions): Promise<OrderToken>;
  verifySignature(params: VerifySignatureParams, options?: CallOptions): Promise<VerifySignatureResult>;
  verifyWebhook(params: VerifyWebhookParams, options?: CallOptions): Promise<VerifyWebhookResult>;
  ping(params?: Record<string, never>, options?: CallOptions): Promise<Pong>;
  /** rpc.discover */
  discover(params?: Record<string, never>, options?: CallOptions): Promise<OpenRPCDocument>;
  /** simulator.pay (PLURAL_ENV=simulator only): completes the payment as the customer would. */
  simulatorPay(params: SimulatorPayParams, options?: CallOptions): Promise<SimulatorPayResult>;
  /** simulator.configure (PLURAL_ENV=simulator only): inject gateway faults, set token lifetime; answers stats. */
  simulatorConfigure(params: SimulatorConfigureParams, options?: CallOptions): Promise<Record<string, unknown>>;
}

/** [helper name, JSON-RPC method name] for every helper. */
export declare const METHODS: ReadonlyArray<readonly [string, string]>;

// ------------------------------------------------------------------------------------------ errors

/** The sidecar answered with a JSON-RPC error. */
export declare class SidecarError extends Error {
  constructor(code: number, message: string, data?: unknown);
  /** The JSON-RPC error code. */
  readonly code: number;
  readonly data: any;
  static fromError(error: { code: number; message: string; data?: unknown }): SidecarError;
}
export declare class ParseError extends SidecarError { static readonly CODE: -32700; }
export declare class InvalidRequest extends SidecarError { static readonly CODE: -32600; }
export declare class MethodNotFound extends SidecarError { static readonly CODE: -32601; }
/** `data` is `{ field, reason }`. */
export declare class InvalidParams extends SidecarError {
  static readonly CODE: -32602;
  readonly data: { field: string; reason: string; [field: string]: unknown };
}
export declare class InternalError extends SidecarError { static readonly CODE: -32603; }
export declare class GatewayError extends SidecarError { static readonly CODE: -32001; }
export declare class CredentialsRefused extends SidecarError { static readonly CODE: -32002; }
export declare class GatewayUnreachable extends SidecarError {
  static readonly CODE: -32003;
  readonly data: { reason: 'timeout' | 'connect' | 'reset'; outcome: 'not_sent' | 'unknown'; request_id?: string; [field: string]: unknown };
}
export declare class SettingMissing extends SidecarError {
  static readonly CODE: -32004;
  readonly data: { setting: string; [field: string]: unknown };
}
export declare class BadGatewayAnswer extends SidecarError { static readonly CODE: -32005; }

/** No answer: the sidecar died, the socket closed, or the client was closed. Outcome unknown. */
export declare class SidecarClosedError extends Error {
  readonly code: 'ERR_SIDECAR_CLOSED';
  readonly exitCode: number | null;
  readonly signal: string | null;
}

/** No answer within the call's timeout; the call may still complete in the sidecar. */
export declare class SidecarTimeoutError extends Error {
  readonly code: 'ERR_SIDECAR_TIMEOUT';
}
