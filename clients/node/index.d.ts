// Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
// Change the document (or the generator) and run scripts/generate-clients.
//
// Type declarations for the plural-sidecar Node client. Field names are Plural's own (snake_case). Amounts are
// integer paise: { value: 110000, currency: 'INR' } is ₹1,100.00. Objects the gateway answers with stay open
// (`[field: string]: unknown`): it adds fields over time.

// ------------------------------------------------------------------------------------------ schemas

export interface Address {
  address1?: string;
  address2?: string;
  address3?: string;
  city?: string;
  country?: string;
  pincode?: string;
  state?: string;
  [field: string]: unknown;
}

/** An amount in integer paise (₹11.00 is 1100). */
export interface Amount {
  /** ISO 4217 currency code, e.g. INR. */
  currency: string;
  /** Amount in paise (integer, > 0). */
  value: number;
  [field: string]: unknown;
}

/** The fields Plural posts to the merchant's return URL. */
export interface Callback {
  error_code?: string;
  error_message?: string;
  order_id: string;
  payment_status: string;
  /** Upper-case hex HMAC-SHA256 over the other fields (verify with verifySignature). */
  signature: string;
  [field: string]: unknown;
}

export interface CheckoutSession {
  order_id: string;
  /** Send the customer here to pay on Plural's hosted page. */
  redirect_url: string;
  response_code?: number;
  response_message?: string;
  token: string;
  [field: string]: unknown;
}

export interface Customer {
  billing_address?: Address;
  customer_id?: string;
  email_id?: string;
  first_name?: string;
  last_name?: string;
  mobile_number?: string;
  shipping_address?: Address;
  [field: string]: unknown;
}

/** An order as Plural returns it; every field the gateway sent is kept. */
export interface Order {
  /** Where to send the customer to complete the payment (after createPayment). */
  challenge_url?: string;
  created_at?: string;
  merchant_id?: string;
  /** Your reference; unique per order (a repeat returns the existing order). */
  merchant_order_reference?: string;
  order_amount?: Amount;
  /** Plural's order id, e.g. v1-4405071524-aa-qlAtAf. */
  order_id: string;
  /** For a refund: the order refunded. */
  parent_order_id?: string;
  payments?: Payment[];
  pre_auth?: boolean;
  purchase_details?: Record<string, unknown>;
  /** Order status. Plural may add values; treat unknown ones as in-progress. */
  status: 'CREATED' | 'PENDING' | 'AUTHORIZED' | 'PROCESSED' | 'CANCELLED' | 'ATTEMPTED' | 'FAILED' | 'FULLY_REFUNDED' | 'PARTIALLY_REFUNDED';
  /** CHARGE, or REFUND for a refund order. */
  type?: 'CHARGE' | 'REFUND';
  updated_at?: string;
  [field: string]: unknown;
}

export interface Payment {
  acquirer_data?: Record<string, unknown>;
  capture_data?: Record<string, unknown>[];
  created_at?: string;
  /** Plural's payment id. */
  id: string;
  merchant_payment_reference?: string;
  payment_amount?: Amount;
  /** Payment method. */
  payment_method?: 'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'CARDLESS_EMI' | 'POINTS' | 'BNPL';
  /** What the gateway reports about the instrument (never the card number). */
  payment_option?: Record<string, unknown>;
  /** Payment status. */
  status: 'PENDING' | 'AUTHORIZED' | 'CANCELLED' | 'PROCESSED' | 'FAILED';
  updated_at?: string;
  [field: string]: unknown;
}

export interface PaymentLink {
  amount?: Amount;
  created_at?: string;
  description?: string;
  expire_by?: string;
  merchant_payment_link_reference?: string;
  /** The order behind the link, once the customer pays. */
  order_id?: string;
  /** The URL to share with the customer. */
  payment_link?: string;
  payment_link_id: string;
  /** CREATED, CLICKED, PAYMENT_INITIATED, PROCESSED, PARTIAL_PROCESSED, EXPIRED or CANCELLED. */
  status?: string;
  [field: string]: unknown;
}

export interface PointBalance {
  balance?: Amount;
  is_eligible: boolean;
  redeemable_amount?: Amount;
  redeemable_points?: number;
  [field: string]: unknown;
}

export interface PurchaseDetails {
  customer?: Customer;
  /** Free-form key/value pairs kept with the order. */
  merchant_metadata?: Record<string, unknown>;
  [field: string]: unknown;
}

// -- createOrder --------------------------------------------------------------------------------------------

/** Params of createOrder. */
export interface CreateOrderParams {
  /** Your unique reference for this order (≤ 50 characters). */
  merchant_order_reference: string;
  /** Amount in integer paise. */
  order_amount: Amount;
  /** true to authorise now and capture later (capture/cancel need it). */
  pre_auth?: boolean;
  purchase_details?: PurchaseDetails;
  /** Return URL for this order (overrides the dashboard setting). */
  callback_url?: string;
  failure_callback_url?: string;
  /** Limit the methods offered. */
  allowed_payment_methods?: Array<'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'CARDLESS_EMI' | 'POINTS' | 'BNPL'>;
  /** Free text kept with the order. */
  notes?: string;
  cart_details?: Record<string, unknown>;
  merchant_metadata?: Record<string, unknown>;
}

/** Result of createOrder. */
export type CreateOrderResult = Order;

// -- getOrder -----------------------------------------------------------------------------------------------

/** Params of getOrder. */
export interface GetOrderParams {
  /** Plural's order id. */
  order_id?: string;
  /** Your reference, when you do not have the order id (e.g. after a timeout). */
  merchant_order_reference?: string;
}

/** Result of getOrder. */
export type GetOrderResult = Order;

// -- createPayment ------------------------------------------------------------------------------------------

/** Params of createPayment. */
export interface CreatePaymentParams {
  order_id: string;
  payments: {
    /** Your reference for this payment, for reconciliation. */
    merchant_payment_reference?: string;
    payment_amount: Amount;
    /** How the customer pays. */
    payment_method: 'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'CARDLESS_EMI' | 'POINTS' | 'BNPL';
    /** The instrument: card_details, upi_details, netbanking_details or wallet_details. */
    payment_option?: {
      card_details?: {
        /** PAN; never logged or returned. */
        card_number?: string;
        cvv?: string;
        /** MM */
        expiry_month?: string;
        /** YYYY */
        expiry_year?: string;
        name?: string;
        registered_mobile_number?: string;
        [field: string]: unknown;
      };
      netbanking_details?: {
        /** Bank code, e.g. NB1493. */
        pay_code: string;
        [field: string]: unknown;
      };
      upi_details?: {
        payer?: {
          /** name@bank, for COLLECT. */
          vpa?: string;
          [field: string]: unknown;
        };
        /** UPI flow. */
        txn_mode?: 'COLLECT' | 'INTENT';
        [field: string]: unknown;
      };
      wallet_details?: Record<string, unknown>;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  }[];
}

/** Result of createPayment. */
export type CreatePaymentResult = Order;

// -- capture ------------------------------------------------------------------------------------------------

/** Params of capture. */
export interface CaptureParams {
  order_id: string;
  /** Your reference for this capture. */
  merchant_capture_reference: string;
  /** Defaults to the whole authorised amount. */
  capture_amount?: Amount;
}

/** Result of capture. */
export type CaptureResult = Order;

// -- cancel -------------------------------------------------------------------------------------------------

/** Params of cancel. */
export interface CancelParams {
  order_id: string;
}

/** Result of cancel. */
export type CancelResult = Order;

// -- refund -------------------------------------------------------------------------------------------------

/** Params of refund. */
export interface RefundParams {
  /** The order to refund. */
  order_id: string;
  /** Your unique reference for this refund; a repeat returns the same refund. */
  merchant_order_reference: string;
  /** Amount to refund in integer paise (≥ 100). */
  order_amount: Amount;
  merchant_metadata?: Record<string, unknown>;
}

/** Result of refund. */
export type RefundResult = Order;

// -- createCheckout -----------------------------------------------------------------------------------------

/** Params of createCheckout. */
export interface CreateCheckoutParams {
  order_amount: {
    currency: string;
    /** Accepted here too, as Plural's sample sends it. */
    merchant_order_reference?: string;
    /** Amount in paise (integer, > 0). */
    value: number;
    [field: string]: unknown;
  };
  /** Your unique reference (here or inside order_amount). */
  merchant_order_reference?: string;
  pre_auth?: boolean;
  purchase_details?: PurchaseDetails;
}

/** Result of createCheckout. */
export type CreateCheckoutResult = CheckoutSession;

// -- checkPointBalance --------------------------------------------------------------------------------------

/** Params of checkPointBalance. */
export interface CheckPointBalanceParams {
  payment_option: {
    points_card_details: {
      card_last4?: string;
      /** Never logged or returned. */
      card_number?: string;
      registered_mobile_number?: string;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  };
  order_details: {
    order_amount: Amount;
    [field: string]: unknown;
  };
}

/** Result of checkPointBalance. */
export type CheckPointBalanceResult = PointBalance;

// -- createPaymentLink --------------------------------------------------------------------------------------

/** Params of createPaymentLink. */
export interface CreatePaymentLinkParams {
  amount: Amount;
  /** Your unique reference; a repeat returns the existing link (so the call is safely retried). */
  merchant_payment_link_reference: string;
  description?: string;
  /** ISO-8601 UTC expiry, at most 180 days ahead. */
  expire_by?: string;
  customer?: Customer;
  allowed_payment_methods?: Array<'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'CARDLESS_EMI' | 'POINTS' | 'BNPL'>;
  callback_url?: string;
  failure_callback_url?: string;
  product_details?: Record<string, unknown>[];
  merchant_metadata?: Record<string, unknown>;
}

/** Result of createPaymentLink. */
export type CreatePaymentLinkResult = PaymentLink;

// -- getPaymentLink -----------------------------------------------------------------------------------------

/** Params of getPaymentLink. */
export interface GetPaymentLinkParams {
  payment_link_id?: string;
  merchant_payment_link_reference?: string;
}

/** Result of getPaymentLink. */
export type GetPaymentLinkResult = PaymentLink;

// -- cancelPaymentLink --------------------------------------------------------------------------------------

/** Params of cancelPaymentLink. */
export interface CancelPaymentLinkParams {
  payment_link_id: string;
}

/** Result of cancelPaymentLink. */
export type CancelPaymentLinkResult = PaymentLink;

// -- acceptPayment ------------------------------------------------------------------------------------------

/** Params of acceptPayment. */
export interface AcceptPaymentParams {
  merchant_data: {
    /** Defaults to PLURAL_ACCESS_CODE. */
    merchant_access_code?: string;
    /** Defaults to PLURAL_MERCHANT_ID. */
    merchant_id?: number;
    /** Where the customer returns (whitelisted). */
    merchant_return_url: string;
    /** Your unique transaction id. */
    unique_merchant_txn_id: string;
    [field: string]: unknown;
  };
  payment_data: {
    /** Amount in paise (integer, > 0). */
    amount_in_paisa: number;
    [field: string]: unknown;
  };
  txn_data: {
    /** 2 redirect, 7 seamless. */
    navigation_mode: string | number;
    /** Comma-separated modes, e.g. 1,3,4,10. */
    payment_mode: string;
    time_stamp?: number;
    /** 1 purchase. */
    transaction_type: string | number;
    [field: string]: unknown;
  };
  customer_data?: Record<string, unknown>;
  udf_data?: Record<string, unknown>;
  /** Their product_amount values must add up to amount_in_paisa. */
  product_details?: {
    product_amount: number | string;
    product_code: string;
    [field: string]: unknown;
  }[];
}

/** Result of acceptPayment. */
export interface AcceptPaymentResult {
  redirect_url?: string;
  response_code: number;
  response_message?: string;
  token: string;
  [field: string]: unknown;
}

// -- processPayment -----------------------------------------------------------------------------------------

/** Params of processPayment. */
export interface ProcessPaymentParams {
  /** The token from acceptPayment (as returned; it is URL-encoded once). */
  token: string;
  card_data?: {
    /** MM */
    card_expiry_month: string;
    /** YYYY */
    card_expiry_year: string;
    card_holder_name: string;
    /** Never logged or returned. */
    card_number: string;
    cvv: string;
    [field: string]: unknown;
  };
  netbanking_data?: {
    pay_code: string;
    [field: string]: unknown;
  };
  upi_data?: {
    /** UPI, or the intent/collect option name. */
    upi_option?: string;
    vpa?: string;
    [field: string]: unknown;
  };
  wallet_data?: Record<string, unknown>;
  customer_data?: Record<string, unknown>;
}

/** Result of processPayment. */
export interface ProcessPaymentResult {
  deep_link?: string;
  /** Which form the gateway answered with. */
  kind: 'redirect' | 'upi_intent' | 'acknowledged';
  pg_upi_unique_request_id?: string;
  pine_pg_transaction_id?: number;
  redirect_url?: string;
  response_code: number;
  response_message?: string;
  short_link?: string;
  [field: string]: unknown;
}

// -- inquiry ------------------------------------------------------------------------------------------------

/** Params of inquiry. */
export interface InquiryParams {
  unique_merchant_txn_id: string;
}

/** Every ppc_ field as the gateway sent it; ppc_DIA_SECRET has been verified. */
export interface InquiryResult {
  /** This transaction's state by Plural's status table. */
  outcome: 'success' | 'failed' | 'pending' | 'unknown';
  /** True only when the purchase is status 4 with response code 1 (directly or as the parent). */
  payment_succeeded: boolean;
  ppc_Amount?: string;
  ppc_CapturedAmount?: string;
  ppc_DIA_SECRET?: string;
  ppc_ParentTxnResponseCode?: string;
  ppc_Parent_TxnStatus?: string;
  ppc_PinePGTransactionID?: string;
  ppc_PinePGTxnStatus?: string;
  ppc_RefundedAmount?: string;
  ppc_TxnResponseCode?: string;
  ppc_TxnResponseMessage?: string;
  ppc_UniqueMerchantTxnID?: string;
  [field: string]: unknown;
}

// -- legacyRefund -------------------------------------------------------------------------------------------

/** Params of legacyRefund. */
export interface LegacyRefundParams {
  unique_merchant_txn_id: string;
  pine_pg_transaction_id: string | number;
  /** Amount to refund in paise. */
  amount: number;
}

/** Every ppc_ field as the gateway sent it; ppc_DIA_SECRET has been verified. */
export interface LegacyRefundResult {
  /** This transaction's state by Plural's status table. */
  outcome: 'success' | 'failed' | 'pending' | 'unknown';
  /** True only when the purchase is status 4 with response code 1 (directly or as the parent). */
  payment_succeeded: boolean;
  ppc_Amount?: string;
  ppc_CapturedAmount?: string;
  ppc_DIA_SECRET?: string;
  ppc_ParentTxnResponseCode?: string;
  ppc_Parent_TxnStatus?: string;
  ppc_PinePGTransactionID?: string;
  ppc_PinePGTxnStatus?: string;
  ppc_RefundedAmount?: string;
  ppc_TxnResponseCode?: string;
  ppc_TxnResponseMessage?: string;
  ppc_UniqueMerchantTxnID?: string;
  [field: string]: unknown;
}

// -- createOrderToken ---------------------------------------------------------------------------------------

/** Params of createOrderToken. */
export interface CreateOrderTokenParams {
  merchant_data: {
    /** Defaults to PLURAL_ACCESS_CODE. */
    merchant_access_code?: string;
    /** Defaults to PLURAL_MERCHANT_ID. */
    merchant_id?: string;
    /** Your unique order id. */
    merchant_order_id: string;
    merchant_return_url: string;
    [field: string]: unknown;
  };
  payment_info_data: {
    /** Amount in paise (integer, > 0). */
    amount: number;
    currency_code: string;
    order_desc?: string;
    [field: string]: unknown;
  };
  customer_data: {
    country_code: string;
    email_id: string;
    mobile_number: string;
    [field: string]: unknown;
  };
  billing_address_data?: Record<string, unknown>;
  shipping_address_data?: Record<string, unknown>;
  product_info_data?: Record<string, unknown>;
  additional_info_data?: Record<string, unknown>;
  subscription_data?: Record<string, unknown>;
  payment_category_type?: string;
}

/** Result of createOrderToken. */
export interface CreateOrderTokenResult {
  plural_order_id: string | number;
  token: string;
  [field: string]: unknown;
}

// -- verifySignature ----------------------------------------------------------------------------------------

/** Params of verifySignature. */
export interface VerifySignatureParams {
  /** The signed fields, values exactly as received. */
  payload: Record<string, unknown>;
}

/** Result of verifySignature. */
export interface VerifySignatureResult {
  /** Which of Plural's schemes signed the payload. */
  scheme: 'v3-callback' | 'v2-callback' | 'v2-inquiry';
  valid: boolean;
  [field: string]: unknown;
}

// -- verifyWebhook ------------------------------------------------------------------------------------------

/** Params of verifyWebhook. */
export interface VerifyWebhookParams {
  /** The request's headers; names in any case. */
  headers: {
    'webhook-id'?: string;
    /** Space-separated v1,<base64> entries. */
    'webhook-signature'?: string;
    /** Unix seconds. */
    'webhook-timestamp'?: string;
    [field: string]: unknown;
  };
  /** The raw request body, byte for byte as received. */
  body: string;
}

/** Result of verifyWebhook. */
export interface VerifyWebhookResult {
  data?: Record<string, unknown>;
  /** E.g. ORDER_PROCESSED (only when valid). */
  event_type?: string;
  /** Why it is not valid. */
  reason?: string;
  valid: boolean;
  /** Redeliveries keep it: de-duplicate on it. */
  webhook_id: string;
  [field: string]: unknown;
}

// -- ping ---------------------------------------------------------------------------------------------------

/** ping takes no params. */
export type PingParams = Record<string, never>;

/** Result of ping. */
export interface PingResult {
  /** PLURAL_ENV: uat, prod or simulator. */
  env: string;
  /** plural-sidecar version. */
  version: string;
  [field: string]: unknown;
}

// -- rpc.discover -------------------------------------------------------------------------------------------

/** rpc.discover takes no params. */
export type DiscoverParams = Record<string, never>;

/** Result of rpc.discover. */
export type DiscoverResult = unknown;

// -- simulator.pay ------------------------------------------------------------------------------------------

/** Params of simulator.pay. */
export interface SimulatorPayParams {
  /** A v3 order with a payment (PENDING). */
  order_id?: string;
  /** A v2 transaction started with acceptPayment. */
  unique_merchant_txn_id?: string;
  /** Default success. */
  outcome?: 'success' | 'failure';
}

/** Result of simulator.pay. */
export type SimulatorPayResult = Callback;

// -- simulator.configure ------------------------------------------------------------------------------------

/** Params of simulator.configure. */
export interface SimulatorConfigureParams {
  faults?: {
    /** What goes wrong. */
    kind: 'latency' | 'status' | 'reset' | 'malformed' | 'garbage' | 'unauthorized';
    method?: string;
    /** For latency: milliseconds added. */
    ms?: number;
    /** Only requests whose path starts with this. */
    path?: string;
    /** For status: the HTTP status answered. */
    status?: number;
    /** How many requests it applies to (default 1; null for always). */
    times?: number;
    [field: string]: unknown;
  }[];
  /** Remove pending faults first. */
  clear?: boolean;
  /** Lifetime in seconds of tokens issued from now on. */
  token_ttl?: number;
  /** Which documented token answer form to use. */
  token_form?: 'expires_in' | 'expires_at';
  /** Invalidate every issued token. */
  revoke_tokens?: boolean;
}

/** Result of simulator.configure. */
export type SimulatorConfigureResult = Record<string, unknown>;

// ------------------------------------------------------------------------------------------- client

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
  /** Starts plural-sidecar as a child speaking JSON-RPC on its stdin/stdout. */
  static spawn(options?: SpawnOptions): Sidecar;
  /** Connects to `plural-sidecar --socket PATH`; resolves once connected, rejects if it cannot connect. */
  static connect(socketPath: string, options?: ConnectOptions): Promise<Sidecar>;

  defaultTimeout: number | undefined;
  /** The child's process id; undefined over a socket. */
  readonly pid: number | undefined;
  /** The child's exit status once exited; null while running, when killed by a signal, or over a socket. */
  readonly exitCode: number | null;

  call<T = unknown>(method: string, params?: object | unknown[], options?: CallOptions): Promise<T>;
  /** Ends the input, lets the sidecar answer calls in flight, waits for it to exit (timeout in ms). */
  close(options?: { timeout?: number }): Promise<void>;

  /**
   * Create an order (POST /api/pay/v1/orders). A repeated merchant_order_reference returns the existing order.
   *
   * JSON-RPC method `createOrder`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createOrder(params: CreateOrderParams, options?: CallOptions): Promise<CreateOrderResult>;
  /**
   * Fetch an order by order_id, or by merchant_order_reference.
   *
   * JSON-RPC method `getOrder`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getOrder(params?: GetOrderParams, options?: CallOptions): Promise<GetOrderResult>;
  /**
   * Create a payment against an order; answers the order with challenge_url, where the customer completes it.
   *
   * JSON-RPC method `createPayment`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createPayment(params: CreatePaymentParams, options?: CallOptions): Promise<CreatePaymentResult>;
  /**
   * Capture an AUTHORIZED (pre_auth) order, wholly or in part. Not retried once sent.
   *
   * JSON-RPC method `capture`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  capture(params: CaptureParams, options?: CallOptions): Promise<CaptureResult>;
  /**
   * Cancel an AUTHORIZED (pre_auth) order, releasing the authorisation.
   *
   * JSON-RPC method `cancel`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  cancel(params: CancelParams, options?: CallOptions): Promise<CancelResult>;
  /**
   * Refund a processed order, wholly or in part (at least ₹1). Answers the refund, itself an order of type
   * REFUND.
   *
   * JSON-RPC method `refund`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  refund(params: RefundParams, options?: CallOptions): Promise<RefundResult>;
  /**
   * Create a hosted-checkout order; answers the redirect_url to send the customer to.
   *
   * JSON-RPC method `createCheckout`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createCheckout(params: CreateCheckoutParams, options?: CallOptions): Promise<CreateCheckoutResult>;
  /**
   * Check a card's reward-points balance and eligibility (POST /payment-option). Get the customer's consent
   * before redeeming.
   *
   * JSON-RPC method `checkPointBalance`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  checkPointBalance(params: CheckPointBalanceParams, options?: CallOptions): Promise<CheckPointBalanceResult>;
  /**
   * Create a payment link to share with a customer.
   *
   * JSON-RPC method `createPaymentLink`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createPaymentLink(params: CreatePaymentLinkParams, options?: CallOptions): Promise<CreatePaymentLinkResult>;
  /**
   * Fetch a payment link by payment_link_id or merchant_payment_link_reference.
   *
   * JSON-RPC method `getPaymentLink`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getPaymentLink(params?: GetPaymentLinkParams, options?: CallOptions): Promise<GetPaymentLinkResult>;
  /**
   * Cancel an active payment link.
   *
   * JSON-RPC method `cancelPaymentLink`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  cancelPaymentLink(params: CancelPaymentLinkParams, options?: CallOptions): Promise<CancelPaymentLinkResult>;
  /**
   * v2 hosted checkout: sign and send the payment JSON (base64 + X-VERIFY); answers the token and redirect_url.
   *
   * JSON-RPC method `acceptPayment`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  acceptPayment(params: AcceptPaymentParams, options?: CallOptions): Promise<AcceptPaymentResult>;
  /**
   * v2 seamless checkout: pay the acceptPayment token with card, netbanking, UPI or wallet data; kind says which
   * answer form came back.
   *
   * JSON-RPC method `processPayment`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  processPayment(params: ProcessPaymentParams, options?: CallOptions): Promise<ProcessPaymentResult>;
  /**
   * v2 payment status (ppc_TransactionType 3); the answer's ppc_DIA_SECRET is verified before it is returned.
   *
   * JSON-RPC method `inquiry`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  inquiry(params: InquiryParams, options?: CallOptions): Promise<InquiryResult>;
  /**
   * Refund a v2 payment (ppc_TransactionType 10); the answer is verified. Not retried once sent.
   *
   * JSON-RPC method `legacyRefund`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  legacyRefund(params: LegacyRefundParams, options?: CallOptions): Promise<LegacyRefundResult>;
  /**
   * v1 order token (POST /api/v1/order/create/1, base64 + X-VERIFY); refusals such as 1160 and 1130 answer
   * -32001 with error_code.
   *
   * JSON-RPC method `createOrderToken`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createOrderToken(params: CreateOrderTokenParams, options?: CallOptions): Promise<CreateOrderTokenResult>;
  /**
   * Verify fields Plural signed (v3 redirect callback, v2 callback, v2 inquiry/refund answer); the scheme is
   * detected from the payload.
   *
   * Pass the fields exactly as received at the return URL (or from an inquiry). v3: HMAC-SHA256 of the sorted
   * k=v&… string of every field but `signature`, under the hex PLURAL_SECRET_KEY. v2: the same without
   * dia_secret/dia_secret_type (or ppc_DIA_SECRET/ppc_DIA_SECRET_TYPE), under the hex PLURAL_MERCHANT_SECRET. A
   * mismatch answers valid: false.
   *
   * JSON-RPC method `verifySignature`.
   *
   * @throws {InvalidParams} -32602
   * @throws {SettingMissing} -32004
   */
  verifySignature(params: VerifySignatureParams, options?: CallOptions): Promise<VerifySignatureResult>;
  /**
   * Verify a Plural webhook (webhook-id, webhook-timestamp, webhook-signature over the raw body); answers the
   * event for de-duplication.
   *
   * JSON-RPC method `verifyWebhook`.
   *
   * @throws {InvalidParams} -32602
   * @throws {SettingMissing} -32004
   */
  verifyWebhook(params: VerifyWebhookParams, options?: CallOptions): Promise<VerifyWebhookResult>;
  /**
   * Liveness check: the sidecar's version and the Plural environment it talks to.
   *
   * JSON-RPC method `ping`.
   *
   * @throws {InvalidParams} -32602
   */
  ping(params?: PingParams, options?: CallOptions): Promise<PingResult>;
  /**
   * The OpenRPC document describing every method this sidecar serves.
   *
   * JSON-RPC method `rpc.discover`.
   *
   * @throws {InvalidParams} -32602
   */
  discover(params?: DiscoverParams, options?: CallOptions): Promise<DiscoverResult>;
  /**
   * (simulator only) Complete or fail the customer's side of a payment; answers the signed return-URL fields.
   *
   * Give order_id for a v3 order (answers order_id, payment_status, signature) or unique_merchant_txn_id for a
   * v2 acceptPayment transaction (answers the v2 callback fields with dia_secret).
   *
   * JSON-RPC method `simulator.pay`.
   *
   * @throws {InvalidParams} -32602
   */
  simulatorPay(params?: SimulatorPayParams, options?: CallOptions): Promise<SimulatorPayResult>;
  /**
   * (simulator only) Inject faults (latency, status, reset, malformed, garbage, unauthorized) and set token
   * lifetime; answers stats.
   *
   * JSON-RPC method `simulator.configure`.
   *
   * @throws {InvalidParams} -32602
   */
  simulatorConfigure(params?: SimulatorConfigureParams, options?: CallOptions): Promise<SimulatorConfigureResult>;
}

/** [helper name, JSON-RPC method name] for every helper. */
export declare const METHODS: ReadonlyArray<readonly [string, string]>;

// ------------------------------------------------------------------------------------------- errors

/** The sidecar answered with a JSON-RPC error. */
export declare class SidecarError extends Error {
  constructor(code: number, message: string, data?: unknown);
  /** The JSON-RPC error code. */
  readonly code: number;
  /** The error's structured detail, e.g. `{ field, reason }` for invalid params. */
  readonly data: any;
  /** The most specific error class for a JSON-RPC `error` object. */
  static fromError(error: { code: number; message: string; data?: unknown }): SidecarError;
}
/** Parse error: the line is not valid JSON (or not valid UTF-8). */
export declare class ParseError extends SidecarError { static readonly CODE: -32700; }
/** Invalid Request: not a JSON-RPC 2.0 request object, an empty batch, or a line over the size limit. */
export declare class InvalidRequest extends SidecarError { static readonly CODE: -32600; }
/** Method not found. */
export declare class MethodNotFound extends SidecarError { static readonly CODE: -32601; }
/** Invalid params: data carries {field, reason}. */
export declare class InvalidParams extends SidecarError { static readonly CODE: -32602; }
/** Internal error. */
export declare class InternalError extends SidecarError { static readonly CODE: -32603; }
/**
 * The gateway answered with an error: data carries http_status, code, message, additional_error_details,
 * request_id.
 */
export declare class GatewayError extends SidecarError { static readonly CODE: -32001; }
/** The gateway refused the client credentials: data carries http_status, error, error_description. */
export declare class CredentialsRefused extends SidecarError { static readonly CODE: -32002; }
/**
 * The gateway could not be reached or did not answer in time: data carries reason (timeout, connect, reset) and
 * outcome (not_sent, unknown).
 */
export declare class GatewayUnreachable extends SidecarError { static readonly CODE: -32003; }
/** A setting this call needs is missing or invalid: data carries setting. */
export declare class SettingMissing extends SidecarError { static readonly CODE: -32004; }
/** The gateway's answer was malformed or its signature did not verify: data carries http_status, reason. */
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
