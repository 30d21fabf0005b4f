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
  address_category?: string;
  address_type?: string;
  city?: string;
  country?: string;
  full_name?: string;
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

/** An amount in integer paise, its value as a digit string. */
export interface AmountText {
  /** ISO 4217 currency code, e.g. INR. */
  currency: string;
  /** Integer paise, written as digits. */
  value: string;
  [field: string]: unknown;
}

/** An airway bill (shipment proof) of a cross-border order. */
export interface Awb {
  /** YYYY-MM-DD. */
  awb_date?: string;
  /** Plural's airway-bill id. */
  awb_id: string;
  awb_number?: string;
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  file?: StoredFile;
  order_id?: string;
  /** CREATED until its document is uploaded. */
  status?: string;
  tracking_url?: string;
  /** ISO-8601 date-time (UTC). */
  updated_at?: string;
  [field: string]: unknown;
}

/** The airway bills of an order. */
export interface AwbList {
  awbs: Awb[];
  order_id?: string;
  [field: string]: unknown;
}

/** The account a TPV mandate must debit. */
export interface BankAccount {
  account_number?: string;
  ifsc?: string;
  name?: string;
  [field: string]: unknown;
}

/** A customer's brand wallet and its balance in integer paise. */
export interface BrandWallet {
  balance?: ReportedAmount;
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  customer_id?: string;
  /** Wallet status. */
  status?: string;
  /** ISO-8601 date-time (UTC). */
  updated_at?: string;
  [field: string]: unknown;
}

/** A bulk payout file, accepted for processing. */
export interface BulkPayout {
  _links?: {
    href?: string;
    rel?: string;
    [field: string]: unknown;
  }[];
  message?: string;
  /** Plural's id of the bulk request: list its payouts with it. */
  requestReferenceId?: string;
  /** The file's processing status. */
  status?: string;
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

/**
 * What Plural tells about a tokenised card (never its number). Its cvv_required flag reaches you redacted: the
 * redactor masks every member named like a CVV.
 */
export interface CardData {
  card_category?: string;
  /** Card type. */
  card_type?: string;
  country_code?: string;
  emi?: boolean;
  international?: boolean;
  issuer_name?: string;
  last4_digit?: string;
  network_name?: string;
  [field: string]: unknown;
}

/** A saved card token. */
export interface CardToken {
  card_data?: CardData;
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  customer_id?: string;
  /** ISO-8601 date-time (UTC). */
  expired_at?: string;
  is_compliant?: boolean;
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
  /** Your reference for the token. */
  merchant_token_reference?: string | number;
  /** Payment method. */
  payment_method?: string;
  service_provider_token_id?: string;
  /** Token status. */
  status?: string;
  status_reason?: string;
  /** Plural's token id. */
  token_id: string;
  /** ISO-8601 date-time (UTC). */
  updated_at?: string;
  [field: string]: unknown;
}

/** The items of the order, shown on Plural's pages and used by offers. */
export interface CartDetails {
  cart_items?: {
    item_currency?: string;
    item_description?: string;
    item_details_url?: string;
    /** Paise. */
    item_discounted_unit_price?: number;
    item_id?: string;
    item_image_url?: string;
    item_name?: string;
    /** Paise. */
    item_original_unit_price?: number;
    item_quantity?: number;
    [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

/** An e-challan: the bank transfer details a customer pays an order by. */
export interface Challan {
  account_bank_branch?: string;
  account_bank_name?: string;
  account_ifsc?: string;
  account_name?: string;
  /** Integer paise. */
  amount_due?: number;
  /** Plural's challan id. */
  challan_id?: string;
  challan_pdf_url?: string;
  /** ISO-8601 date-time (UTC). */
  created_date?: string;
  expiry_date?: string;
  order_id?: string;
  /** The account the customer pays into. */
  virtual_account_id?: string;
  [field: string]: unknown;
}

export interface CheckoutSession {
  order_id?: string;
  /** Send the customer here to pay on Plural's hosted page. */
  redirect_url: string;
  response_code?: number;
  response_message?: string;
  token: string;
  [field: string]: unknown;
}

/** The convenience fee added to the challan. */
export interface ConvenienceFeeBreakdown {
  additional_fee_amount?: {
    /** ISO 4217, e.g. INR. */
    currency?: string;
    /** Integer paise, 100 (₹1) to 100000000 (₹10 lakh). */
    value?: number;
    [field: string]: unknown;
  };
  applicable_fee_amount?: {
    /** ISO 4217, e.g. INR. */
    currency?: string;
    /** Integer paise, 100 (₹1) to 100000000 (₹10 lakh). */
    value?: number;
    [field: string]: unknown;
  };
  fee_amount?: {
    /** ISO 4217, e.g. INR. */
    currency?: string;
    /** Integer paise, 100 (₹1) to 100000000 (₹10 lakh). */
    value?: number;
    [field: string]: unknown;
  };
  maximum_fee_amount?: {
    /** ISO 4217, e.g. INR. */
    currency?: string;
    /** Integer paise, 100 (₹1) to 100000000 (₹10 lakh). */
    value?: number;
    [field: string]: unknown;
  };
  tax_amount?: {
    /** ISO 4217, e.g. INR. */
    currency?: string;
    /** Integer paise, 100 (₹1) to 100000000 (₹10 lakh). */
    value?: number;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

export interface Customer {
  billing_address?: Address;
  country_code?: string;
  customer_id?: string;
  email_id?: string;
  first_name?: string;
  is_edit_customer_details_allowed?: boolean;
  last_name?: string;
  mobile_number?: string;
  shipping_address?: Address;
  [field: string]: unknown;
}

/** A saved customer, as Plural returns it. */
export interface CustomerRecord {
  billing_address?: Address;
  country_code?: string;
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  /** Plural's customer id. */
  customer_id: string;
  email_id?: string;
  first_name?: string;
  gstin?: string;
  last_name?: string;
  /** Your reference for the customer. */
  merchant_customer_reference?: string | number;
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
  mobile_number?: string;
  shipping_address?: Address;
  /** Customer status. */
  status?: string;
  /** ISO-8601 date-time (UTC). */
  updated_at?: string;
  [field: string]: unknown;
}

/** One issuer's EMI offer with its plans. */
export interface EmiOffer {
  display_name?: string;
  /** The issuer's offer id. */
  id?: string;
  issuer_data?: {
    /** How the loan is authorised. */
    auth_type?: string;
    consent_data?: string;
    is_consent_page_required?: boolean;
    is_tokenized_transaction_supported?: boolean;
    offer_validation_parameters_required?: string;
    otp_length?: number;
    otp_retry_count?: number;
    otp_time_in_sec?: number;
    pan_number_last_digit_count?: number;
    penny_transaction_amount?: ReportedAmount;
    show_key_fact_statement?: boolean;
    terms_and_conditions?: string;
    [field: string]: unknown;
  };
  /** Bank or NBFC, credit, debit or cardless. */
  issuer_type?: string;
  name?: string;
  priority?: number;
  tenures?: EmiTenure[];
  [field: string]: unknown;
}

/** An EMI plan: tenure, instalment, interest, subvention, all amounts in integer paise. */
export interface EmiTenure {
  auth_amount?: ReportedAmount;
  cart_coupon_discount_amount?: ReportedAmount;
  convenience_fee_breakdown?: Record<string, unknown>;
  details?: Record<string, unknown>[];
  discount?: Record<string, unknown>;
  downpayment_details?: {
    downpayment_amount?: ReportedAmount;
    [field: string]: unknown;
  };
  /** Who pays the interest: STANDARD (the customer), NO_COST or LOW_COST (subvented). */
  emi_type?: string;
  interest_amount?: ReportedAmount;
  interest_rate_percentage?: number;
  issuer_offer_parameters?: {
    offer_id?: string;
    offer_parameter_id?: string;
    program_type?: string;
    [field: string]: unknown;
  }[];
  loan_amount?: ReportedAmount;
  monthly_emi_amount?: ReportedAmount;
  /** e.g. 6 Months. */
  name?: string;
  net_payment_amount?: ReportedAmount;
  processing_fee_amount?: ReportedAmount;
  processing_fee_details?: {
    amount?: ReportedAmount;
    percentage?: number;
    [field: string]: unknown;
  };
  split_emi_amount?: ReportedAmount;
  split_emi_display_name?: string;
  split_emi_percentage?: number;
  /** The plan's id within the issuer's offer. */
  tenure_id?: string;
  /** The unit of tenure_value. */
  tenure_type?: string;
  /** Number of instalments. */
  tenure_value?: number;
  total_coupon_discount?: ReportedAmount;
  total_discount_amount?: ReportedAmount;
  total_down_payment_amount?: ReportedAmount;
  total_emi_amount?: ReportedAmount;
  total_subvention_amount?: ReportedAmount;
  [field: string]: unknown;
}

/** A file Plural answered with, as its bytes. */
export interface FileContent {
  /** The bytes Plural answered, in standard base64. */
  content_base64: string;
  /** The answer's Content-Type, e.g. application/pdf. */
  content_type: string;
  /** How many bytes (at most PLURAL_MAX_ANSWER_BYTES). */
  size_bytes: number;
  [field: string]: unknown;
}

/** A file to send: sent to Plural as the multipart/form-data part of the param's name. Never logged. */
export interface FileUpload {
  /**
   * The file's bytes in standard base64 (RFC 4648: + and /, = padding, no line breaks); at most
   * PLURAL_MAX_UPLOAD_BYTES once decoded.
   */
  content_base64: string;
  /** Its media type, e.g. application/pdf, image/png, text/csv. */
  content_type: string;
  /** Its name, as Plural will see it (no path, quotes or control characters). */
  file_name: string;
  [field: string]: unknown;
}

/** The funding account payouts are paid from, and its balance. */
export interface FundingAccount {
  /** The funding account. */
  accountNumber?: string;
  balance?: ReportedAmount;
  /** Its IFSC. */
  branchCode?: string;
  [field: string]: unknown;
}

/** The invoice captured for a cross-border order. */
export interface Invoice {
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  file?: StoredFile;
  /** YYYY-MM-DD. */
  invoice_date?: string;
  /** Plural's invoice id. */
  invoice_id: string;
  invoice_number?: string;
  order_id?: string;
  /** CREATED until its document is uploaded. */
  status?: string;
  /** ISO-8601 date-time (UTC). */
  updated_at?: string;
  [field: string]: unknown;
}

/** The EMI offer chosen from offer discovery (the issuer offer, with the tenure chosen). */
export interface OfferData {
  offer_details: {
    display_name?: string;
    /** The issuer offer's id, from offer discovery. */
    id: string;
    /** From offer discovery, e.g. CC_BANK. */
    issuer_type: string;
    name: string;
    priority: string | number;
    /** The tenure chosen, as offer discovery returned it (whole). */
    tenure?: {
      emi_type?: string;
      interest_amount?: ReportedAmount;
      interest_rate_percentage?: number;
      loan_amount?: ReportedAmount;
      monthly_emi_amount?: ReportedAmount;
      name: string;
      /** The plan chosen, from offer discovery. */
      tenure_id: string;
      tenure_type: string;
      tenure_value?: number;
      total_emi_amount?: ReportedAmount;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/** The EMI offers for an amount, by issuer. */
export interface OfferDiscovery {
  issuers?: EmiOffer[];
  [field: string]: unknown;
}

/** An order as Plural returns it; every field the gateway sent is kept. */
export interface Order {
  /** Where to send the customer to complete the payment (after createPayment). */
  challenge_url?: string;
  created_at?: string;
  merchant_id?: string | number;
  /** Your reference; unique per order (a repeat returns the existing order). */
  merchant_order_reference?: string | number;
  order_amount?: ReportedAmount;
  /** Plural's order id, e.g. v1-4405071524-aa-qlAtAf. */
  order_id: string;
  /** For a refund: the order refunded. */
  parent_order_id?: string;
  payments?: Payment[];
  pre_auth?: boolean;
  purchase_details?: Record<string, unknown>;
  /** Order status. Treat a value not listed as still in progress. */
  status: string;
  /** CHARGE, or REFUND for a refund order. */
  type?: string;
  updated_at?: string;
  [field: string]: unknown;
}

export interface Payment {
  acquirer_data?: Record<string, unknown>;
  capture_data?: {
    capture_amount?: ReportedAmount;
    created_at?: string;
    /** Your capture reference. */
    merchant_capture_reference?: string | number;
    [field: string]: unknown;
  }[];
  created_at?: string;
  /** Plural's payment id. */
  id: string;
  /** Your reference for this payment. */
  merchant_payment_reference?: string | number;
  payment_amount?: ReportedAmount;
  /** Payment method. */
  payment_method?: string;
  /** What the gateway reports about the instrument (never the card number). */
  payment_option?: Record<string, unknown>;
  /** Payment status. */
  status: string;
  updated_at?: string;
  [field: string]: unknown;
}

export interface PaymentLink {
  amount?: ReportedAmount;
  created_at?: string;
  description?: string;
  expire_by?: string;
  /** Your reference for the link. */
  merchant_payment_link_reference?: string | number;
  /** The order behind the link, once the customer pays. */
  order_id?: string;
  /** The URL to share with the customer. */
  payment_link?: string;
  payment_link_id: string;
  /** Link status. */
  status?: string;
  [field: string]: unknown;
}

/**
 * The instrument: one of card_details, card_token_details, cardless_details, points_card_details, bnpl_details,
 * upi_details, netbanking_details, wallet_details.
 */
export interface PaymentOption {
  bnpl_details?: {
    bnpl_pay_code: string;
    mobile: string;
    [field: string]: unknown;
  };
  card_details?: {
    /** PAN, 12 to 19 digits without separators; never logged or returned. */
    card_number: string;
    /** 3 or 4 digits. */
    cvv?: string;
    /** MM */
    expiry_month?: string;
    /** YYYY */
    expiry_year?: string;
    name?: string;
    registered_mobile_number?: string;
    [field: string]: unknown;
  };
  card_token_details?: {
    /** 3 or 4 digits. */
    cvv?: string;
    /** MM */
    expiry_month?: string;
    /** YYYY */
    expiry_year?: string;
    last4_digit?: string;
    /** The network or issuer token. */
    token: string;
    token_id?: string;
    /** e.g. ALT_TOKEN, NETWORK_TOKEN. */
    token_txn_type: string;
    [field: string]: unknown;
  };
  cardless_details?: {
    /** The customer's PAN (tax id) for cardless EMI. */
    pan_number: string;
    registered_mobile_number: string;
    [field: string]: unknown;
  };
  netbanking_details?: {
    /** Bank code, e.g. NB1493. */
    pay_code: string;
    [field: string]: unknown;
  };
  points_card_details?: {
    card_last4: string;
    /** Never logged or returned. */
    card_number: string;
    registered_mobile_number: string;
    [field: string]: unknown;
  };
  upi_details?: {
    payer?: {
      phone_number?: string;
      /** name@bank, for COLLECT. */
      vpa?: string;
      [field: string]: unknown;
    };
    /** UPI flow. */
    txn_mode: 'COLLECT' | 'INTENT';
    [field: string]: unknown;
  };
  wallet_details?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface PaymentRequest {
  device_info?: {
    browser_ip_address?: string;
    browser_user_agent?: string;
    device_manufacturer?: string;
    device_model?: string;
    operating_system?: string;
    source_ip_address?: string;
    [field: string]: unknown;
  };
  /** Your unique reference for this payment: its idempotency key. */
  merchant_payment_reference: string | number;
  offer_data?: OfferData;
  payment_amount?: Amount;
  /** How the customer pays. */
  payment_method: 'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'CARDLESS_EMI' | 'POINTS' | 'BNPL';
  payment_option?: PaymentOption;
  [field: string]: unknown;
}

/** A payout, as Plural answers it. */
export interface Payout {
  _links?: {
    href?: string;
    rel?: string;
    [field: string]: unknown;
  }[];
  /** Masked. */
  accountNumber?: string;
  amount?: ReportedAmount;
  /** The bank's UTR, once paid. */
  bankTransactionReferenceId?: string;
  branchCode?: string;
  /** Your reference: the payout's idempotency key. */
  clientReferenceId?: string;
  /** ISO-8601 date-time (UTC). */
  createdAt?: string;
  email?: string;
  fees?: ReportedAmount;
  message?: string;
  /** How it is paid. */
  mode?: string;
  payeeName?: string;
  /** Plural's id of the payout. */
  paymentReferenceId?: string;
  phone?: string;
  remarks?: string;
  /** Plural's id of the request (a bulk file's payouts share it). */
  requestReferenceId?: string;
  /** When it executes (ISO-8601 UTC); empty once cancelled. */
  scheduledAt?: string;
  /** Where the payout stands. */
  status?: string;
  tax?: ReportedAmount;
  /** ISO-8601 date-time (UTC). */
  updatedAt?: string;
  vpa?: string;
  [field: string]: unknown;
}

/** A payout's amount in integer paise (₹1 to ₹10 lakh). */
export interface PayoutAmount {
  /** ISO 4217, e.g. INR. */
  currency: string;
  /** Integer paise, 100 (₹1) to 100000000 (₹10 lakh). */
  value: number;
  [field: string]: unknown;
}

/** Payouts matching a query, paged. */
export interface PayoutList {
  _links?: {
    href?: string;
    rel?: string;
    [field: string]: unknown;
  }[];
  nextPage?: number;
  payments?: Payout[];
  totalPages?: number;
  totalRecords?: number;
  [field: string]: unknown;
}

/** A subscription plan. */
export interface Plan {
  amount?: ReportedAmount;
  auto_debit_ot?: string;
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  /** ISO-8601 date-time (UTC). */
  end_date?: string;
  /** How often the plan debits. */
  frequency?: string;
  initial_debit_amount?: ReportedAmount;
  max_limit_amount?: ReportedAmount;
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
  /** Your reference for the plan. */
  merchant_plan_reference?: string | number;
  /** ISO-8601 date-time (UTC). */
  modified_at?: string;
  plan_description?: string;
  /** Plural's plan id. */
  plan_id: string;
  plan_name?: string;
  /** ISO-8601 date-time (UTC). */
  start_date?: string;
  /** Plan status. */
  status?: string;
  trial_period_in_days?: number;
  [field: string]: unknown;
}

export interface PointBalance {
  balance?: ReportedAmount;
  is_eligible?: boolean;
  redeemable_amount?: ReportedAmount;
  redeemable_points?: number;
  [field: string]: unknown;
}

/** A presentation: one scheduled debit of a subscription. */
export interface Presentation {
  amount?: ReportedAmount;
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  /** ISO-8601 date-time (UTC). */
  due_date?: string;
  /** Failed debit attempts so far. */
  failure_count?: number;
  /** Your reference for this debit. */
  merchant_presentation_reference?: string | number;
  /** The order of the debit, once executed. */
  order_id?: string;
  /** Pre-debit notification status. */
  pdn_status?: string;
  /** Plural's presentation id. */
  presentation_id: string;
  /** Presentation (debit) status. */
  status?: string;
  subscription_id?: string;
  /** ISO-8601 date-time (UTC). */
  updated_at?: string;
  [field: string]: unknown;
}

export interface ProductDetail {
  product_amount?: Amount;
  /** Your product code (brand EMI offers are per product). */
  product_code: string;
  product_coupon_discount_amount?: Amount;
  product_name?: string;
  product_quantity?: number;
  [field: string]: unknown;
}

/** Who buys what. merchant_metadata and cart_details belong here, not at the top level. */
export interface PurchaseDetails {
  cart_details?: CartDetails;
  customer?: Customer;
  /** Your own key/value strings, kept with the order. */
  merchant_metadata?: Record<string, string>;
  [field: string]: unknown;
}

/** An amount as the gateway reports it, in integer paise. */
export interface ReportedAmount {
  currency?: string;
  /** Integer paise. */
  value?: number;
  [field: string]: unknown;
}

/** A UPI Reserve Pay (single block, multiple debits) subscription. */
export interface ReservePaySubscription {
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  customer_id?: string;
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
  /** Your reference. */
  merchant_subscription_reference?: string | number;
  plan_details?: {
    currency?: string;
    description?: string;
    /** Integer paise. */
    reserve_amount?: number;
    validity_days?: number;
    [field: string]: unknown;
  };
  redirect_url?: string;
  status?: string;
  /** Plural's id of the Reserve Pay subscription (reserve_pay_sub_id). */
  subscription_id?: string;
  [field: string]: unknown;
}

/** One settlement (a payout to your bank account, by UTR). */
export interface SettlementSummary {
  /** As Plural reports it, passed on exactly as written (never through a float). */
  actual_transaction_amount?: number;
  bank_acc_number?: string;
  bank_name?: string;
  last_processed_date?: string;
  programs?: string[];
  settled_date?: string;
  system?: string;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_deduction_amount?: number;
  total_transactions_count?: number;
  /** The bank's Unique Transaction Reference of the payout to you. */
  utr_number?: string;
  [field: string]: unknown;
}

/** One transaction settled under a UTR. */
export interface SettlementTransaction {
  acquirer_name?: string;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  actual_transaction_amount?: number;
  is_emi?: boolean;
  payout_status?: string;
  processed_date?: string;
  /** The payment method. */
  program?: string;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  settled_amount?: number;
  store_address?: string;
  system?: string;
  tid?: string;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_deduction_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  transaction_amount?: number;
  transaction_date?: string;
  transaction_id?: string;
  utr_number?: string;
  [field: string]: unknown;
}

/** One part of a split settlement. */
export interface SplitDetail {
  amount?: ReportedAmount;
  /** Your reference for this part. */
  merchant_settlement_reference?: string | number;
  /** Held until you release it. */
  on_hold?: boolean;
  release_amount?: ReportedAmount;
  /** The partner merchant who receives this part. */
  split_merchant_id?: string;
  /** Plural's id of this part (answers only): release or cancel it by this id. */
  split_settlement_id?: string;
  /** Split status. */
  status?: string;
  /** ISO-8601 date-time (UTC). */
  updated_at?: string;
  [field: string]: unknown;
}

/** How an order's money is split between settlement accounts; a part with on_hold waits for releaseSettlement. */
export interface SplitInfo {
  split_details?: SplitDetail[];
  /** How the order is split, e.g. AMOUNT. */
  split_type?: string;
  [field: string]: unknown;
}

/** A split order and the state of each of its parts. */
export interface SplitOrder {
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  merchant_id?: string | number;
  /** Your reference for the order. */
  merchant_order_reference?: string | number;
  order_amount?: ReportedAmount;
  /** Plural's order id. */
  order_id: string;
  payments?: Payment[];
  pre_auth?: boolean;
  purchase_details?: {
    split_info?: SplitInfo;
    [field: string]: unknown;
  };
  /** Order status. */
  status: string;
  /** CHARGE. */
  type?: string;
  /** ISO-8601 date-time (UTC). */
  updated_at?: string;
  [field: string]: unknown;
}

/**
 * How an order's money is split between settlement accounts; Plural answers each part with its
 * split_settlement_id and status.
 */
export interface SplitRequest {
  split_details?: {
    amount?: Amount;
    /** Your reference for this part. */
    merchant_settlement_reference?: string | number;
    /** Hold this part until releaseSettlement (or cancelSettlement). */
    on_hold?: boolean;
    /** The partner merchant who receives this part. */
    split_merchant_id?: string;
    [field: string]: unknown;
  }[];
  /** How the order is split, e.g. AMOUNT. */
  split_type?: string;
  [field: string]: unknown;
}

/** The document uploaded for this record. */
export interface StoredFile {
  content_type?: string;
  file_name?: string;
  size_bytes?: number;
  /** ISO-8601 date-time (UTC). */
  uploaded_at?: string;
  [field: string]: unknown;
}

/** A subscription: a customer's mandate on a plan. */
export interface Subscription {
  allowed_payment_methods?: string[];
  bank_account?: BankAccount;
  callback_url?: string;
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  customer_id?: string;
  enable_notification?: boolean;
  /** ISO-8601 date-time (UTC). */
  end_date?: string;
  failure_callback_url?: string;
  /** How the mandate is authorised. */
  integration_mode?: string;
  is_tpv_enabled?: boolean;
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
  /** Your reference for the subscription. */
  merchant_subscription_reference?: string | number;
  /** ISO-8601 date-time (UTC). */
  modified_at?: string;
  order_amount?: ReportedAmount;
  /** The order of the mandate's first authorisation. */
  order_id?: string;
  /** The mandate's instrument. */
  payment_mode?: string;
  plan_details?: Plan;
  quantity?: number;
  /** Where the customer authorises the mandate (on create). */
  redirect_url?: string;
  /** ISO-8601 date-time (UTC). */
  start_date?: string;
  /** Subscription status. */
  status?: string;
  /** Plural's subscription id. */
  subscription_id: string;
  [field: string]: unknown;
}

export interface WalletCustomer {
  country_code?: string;
  /** Your customer's id. */
  customer_id: string;
  email_id?: string;
  first_name?: string;
  last_name?: string;
  mobile_number?: string;
  [field: string]: unknown;
}

/** One movement of a brand wallet. */
export interface WalletEntry {
  amount?: ReportedAmount;
  balance?: ReportedAmount;
  bucket?: string;
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  /** For add money: your reference. */
  merchant_order_reference?: string | number;
  notes?: string;
  transaction_id?: string;
  /** LOAD, ADD_MONEY, … */
  transaction_type?: string;
  [field: string]: unknown;
}

// -- createOrder --------------------------------------------------------------------------------------------

/** Params of createOrder. */
export interface CreateOrderParams {
  /** Your unique reference for this order (≤ 50 characters). */
  merchant_order_reference: string | number;
  /** Amount in integer paise. */
  order_amount: Amount;
  /** true to authorise now and capture later (capture/cancel need it). */
  pre_auth?: boolean;
  /** Limit the methods offered. */
  allowed_payment_methods?: Array<'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'CARDLESS_EMI' | 'POINTS' | 'BNPL'>;
  /** Free text kept with the order. */
  notes?: string;
  /** Return URL for this order (overrides the dashboard setting). */
  callback_url?: string;
  /** Return URL after a failed payment. */
  failure_callback_url?: string;
  purchase_details?: PurchaseDetails;
  /** How the amount is split between settlement accounts (parts with on_hold wait for releaseSettlement). */
  split_info?: SplitRequest;
  /** "true" for a multi-currency order. */
  is_mcc_transaction?: string;
  /** For a multi-currency order: the amount in the base currency. */
  base_amount?: Amount;
  cart_coupon_discount_amount?: Amount;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of createOrder. */
export type CreateOrderResult = Order;

// -- getOrder -----------------------------------------------------------------------------------------------

/** Params of getOrder. */
export interface GetOrderParams {
  /** Plural's order id. */
  order_id?: string;
  /** Your reference, when you do not have the order id (e.g. after a timeout). */
  merchant_order_reference?: string | number;
}

/** Result of getOrder. */
export type GetOrderResult = Order;

// -- capture ------------------------------------------------------------------------------------------------

/** Params of capture. */
export interface CaptureParams {
  /** The order to capture. */
  order_id: string;
  /** Your reference for this capture. */
  merchant_capture_reference: string | number;
  /** Defaults to the whole authorised amount. */
  capture_amount?: Amount;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of capture. */
export type CaptureResult = Order;

// -- cancel -------------------------------------------------------------------------------------------------

/** Params of cancel. */
export interface CancelParams {
  /** The order to cancel. */
  order_id: string;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of cancel. */
export type CancelResult = Order;

// -- createPayment ------------------------------------------------------------------------------------------

/** Params of createPayment. */
export interface CreatePaymentParams {
  /** The order to pay. */
  order_id: string;
  payments: PaymentRequest[];
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of createPayment. */
export type CreatePaymentResult = Order;

// -- refund -------------------------------------------------------------------------------------------------

/** Params of refund. */
export interface RefundParams {
  /** The order to refund. */
  order_id: string;
  /** Your unique reference for this refund; a repeat returns the same refund. */
  merchant_order_reference: string | number;
  /** Amount to refund in integer paise (≥ 100); the whole refundable amount when absent. */
  order_amount?: Amount;
  /** Your own key/value strings, kept with the refund. */
  merchant_metadata?: Record<string, string>;
  /** Products refunded (for offers and EMI). */
  products?: Record<string, unknown>[];
  split_info?: Record<string, unknown>;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of refund. */
export type RefundResult = Order;

// -- createCheckout -----------------------------------------------------------------------------------------

/** Params of createCheckout. */
export interface CreateCheckoutParams {
  /** Your unique reference for this order. */
  merchant_order_reference: string | number;
  order_amount: Amount;
  /** e.g. REDIRECT or IFRAME. */
  integration_mode?: string;
  pre_auth?: boolean;
  allowed_payment_methods?: Array<'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'POINTS' | 'BNPL'>;
  /** Free text kept with the order. */
  notes?: string;
  /** Return URL for this order. */
  callback_url?: string;
  /** Return URL after a failed payment. */
  failure_callback_url?: string;
  purchase_details?: PurchaseDetails;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
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

// -- fetchUpiVpa --------------------------------------------------------------------------------------------

/** Params of fetchUpiVpa. */
export interface FetchUpiVpaParams {
  /** UPI. */
  payment_method: 'UPI';
  payment_option: {
    upi_details: {
      payer: {
        fetch_vpa?: boolean;
        /** The customer's mobile number. */
        phone_number: string;
        [field: string]: unknown;
      };
      [field: string]: unknown;
    };
    [field: string]: unknown;
  };
}

/** Result of fetchUpiVpa. */
export type FetchUpiVpaResult = Record<string, unknown>;

// -- createPaymentLink --------------------------------------------------------------------------------------

/** Params of createPaymentLink. */
export interface CreatePaymentLinkParams {
  amount: Amount;
  /** Your unique reference; a repeat returns the existing link (so the call is safely retried). */
  merchant_payment_link_reference: string | number;
  /** Shown to the customer. */
  description?: string;
  /** ISO-8601 UTC expiry, at most 180 days ahead. */
  expire_by?: string;
  allowed_payment_methods?: Array<'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'POINTS' | 'BNPL'>;
  /** "true" to authorise and capture later: a string, as Plural's definition has it. */
  pre_auth?: 'true' | 'false';
  is_mcc_transaction?: string;
  customer?: Customer;
  product_details?: Record<string, unknown>[];
  cart_coupon_discount_amount?: Amount;
  /** Your own key/value strings, kept with the link. */
  merchant_metadata?: Record<string, string>;
  split_info?: Record<string, unknown>;
  account_details?: Record<string, unknown>;
  /** Return URL after payment. */
  callback_url?: string;
  /** Return URL after a failed payment. */
  failure_callback_url?: string;
  part_payment?: boolean;
  cart_details?: CartDetails;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of createPaymentLink. */
export type CreatePaymentLinkResult = PaymentLink;

// -- getPaymentLink -----------------------------------------------------------------------------------------

/** Params of getPaymentLink. */
export interface GetPaymentLinkParams {
  /** Plural's link id. */
  payment_link_id?: string;
  /** Your reference for the link. */
  merchant_payment_link_reference?: string | number;
}

/** Result of getPaymentLink. */
export type GetPaymentLinkResult = PaymentLink;

// -- cancelPaymentLink --------------------------------------------------------------------------------------

/** Params of cancelPaymentLink. */
export interface CancelPaymentLinkParams {
  /** The link to cancel. */
  payment_link_id: string;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of cancelPaymentLink. */
export type CancelPaymentLinkResult = PaymentLink;

// -- notifyPaymentLink --------------------------------------------------------------------------------------

/** Params of notifyPaymentLink. */
export interface NotifyPaymentLinkParams {
  /** The link to resend. */
  payment_link_id: string;
}

/** Result of notifyPaymentLink. */
export type NotifyPaymentLinkResult = PaymentLink;

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
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
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
    /** 12 to 19 digits; never logged or returned. */
    card_number: string;
    /** 3 or 4 digits. */
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
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
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
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
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
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of createOrderToken. */
export interface CreateOrderTokenResult {
  plural_order_id: string | number;
  token: string;
  [field: string]: unknown;
}

// -- createCustomer -----------------------------------------------------------------------------------------

/** Params of createCustomer. */
export interface CreateCustomerParams {
  /** Your reference for the customer. */
  merchant_customer_reference?: string | number;
  first_name?: string;
  last_name?: string;
  /** Dialling code of the mobile number, e.g. 91. */
  country_code?: string;
  mobile_number?: string;
  email_id?: string;
  billing_address?: Address;
  shipping_address?: Address;
  /** The customer's GST number. */
  gstin?: string;
  /** Your own key/value strings, kept with the customer. */
  merchant_metadata?: Record<string, string>;
}

/** Result of createCustomer. */
export type CreateCustomerResult = CustomerRecord;

// -- getCustomer --------------------------------------------------------------------------------------------

/** Params of getCustomer. */
export interface GetCustomerParams {
  /** Plural's customer id. */
  customer_id?: string;
  /** Without customer_id: the dialling code, e.g. 91. */
  country_code?: string;
  /** Without customer_id: the mobile number. */
  mobile_number?: string;
  /** Without customer_id: your reference for the customer. */
  merchant_customer_reference?: string | number;
}

/** Result of getCustomer. */
export type GetCustomerResult = CustomerRecord;

// -- updateCustomer -----------------------------------------------------------------------------------------

/** Params of updateCustomer. */
export interface UpdateCustomerParams {
  /** The customer to change. */
  customer_id: string;
  /** Your reference for the customer. */
  merchant_customer_reference?: string | number;
  first_name?: string;
  last_name?: string;
  /** Dialling code of the mobile number, e.g. 91. */
  country_code?: string;
  mobile_number?: string;
  email_id?: string;
  billing_address?: Address;
  shipping_address?: Address;
  /** The customer's new status. */
  status?: 'INACTIVE' | 'ACTIVE' | 'SUSPENDED' | 'DELETED';
}

/** Result of updateCustomer. */
export type UpdateCustomerResult = CustomerRecord;

// -- createCardToken ----------------------------------------------------------------------------------------

/** Params of createCardToken. */
export interface CreateCardTokenParams {
  /** The customer who owns the card. */
  customer_id: string;
  /** Your reference for the token. */
  merchant_token_reference: string | number;
  /** CARD. */
  payment_method: 'CARD';
  payment_option?: {
    /** The card, encrypted with Plural's key (never the plain number). */
    encrypted_card_details?: string;
    [field: string]: unknown;
  };
  /** The authorisation the card was verified with. */
  payment?: {
    acquirer_data?: {
      acquirer_reference?: string;
      approval_code?: string;
      auth_reference?: string;
      rrn?: string;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  };
  /** Your own key/value strings, kept with the token. */
  merchant_metadata?: Record<string, string>;
}

/** Result of createCardToken. */
export type CreateCardTokenResult = CardToken;

// -- getServiceProviderToken --------------------------------------------------------------------------------

/** Params of getServiceProviderToken. */
export interface GetServiceProviderTokenParams {
  /** A token id. */
  identifier: string;
}

/** One token, or a customer's list of them. */
export interface GetServiceProviderTokenResult {
  customer_id?: string;
  token_id?: string;
  tokens?: CardToken[];
  [field: string]: unknown;
}

// -- generateCryptogram -------------------------------------------------------------------------------------

/** Params of generateCryptogram. */
export interface GenerateCryptogramParams {
  /** The token to pay with. */
  token_id: string;
  /** Your reference for this request. */
  merchant_unique_reference: string | number;
  /** The network token (from getServiceProviderToken). */
  service_provider_token_id: string;
}

/** Result of generateCryptogram. */
export interface GenerateCryptogramResult {
  /** Your token reference. */
  merchant_token_reference?: string | number;
  service_provider_token_id?: string;
  token_data?: {
    cryptogram?: string;
    payment_account_reference?: string;
    token_expiry_month?: string;
    token_expiry_year?: string;
    token_reference?: string;
    [field: string]: unknown;
  };
  token_id: string;
  [field: string]: unknown;
}

// -- deleteCardToken ----------------------------------------------------------------------------------------

/** Params of deleteCardToken. */
export interface DeleteCardTokenParams {
  /** The token to delete. */
  token_id: string;
}

/** Result of deleteCardToken. */
export interface DeleteCardTokenResult {
  status?: string;
  token_id: string;
  [field: string]: unknown;
}

// -- listCustomerTokens -------------------------------------------------------------------------------------

/** Params of listCustomerTokens. */
export interface ListCustomerTokensParams {
  /** The customer. */
  customer_id: string;
}

/** Result of listCustomerTokens. */
export interface ListCustomerTokensResult {
  /** ISO-8601 date-time (UTC). */
  created_at?: string;
  customer_id?: string;
  tokens?: CardToken[];
  total_tokens?: number;
  /** ISO-8601 date-time (UTC). */
  updated_at?: string;
  [field: string]: unknown;
}

// -- getCustomerToken ---------------------------------------------------------------------------------------

/** Params of getCustomerToken. */
export interface GetCustomerTokenParams {
  /** The customer. */
  customer_id: string;
  /** The token. */
  token_id: string;
}

/** Result of getCustomerToken. */
export type GetCustomerTokenResult = CardToken;

// -- deleteCustomerToken ------------------------------------------------------------------------------------

/** Params of deleteCustomerToken. */
export interface DeleteCustomerTokenParams {
  /** The customer. */
  customer_id: string;
  /** The token to delete. */
  token_id: string;
  /** Your reference for this request. */
  merchant_unique_reference: string | number;
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
}

/** Result of deleteCustomerToken. */
export interface DeleteCustomerTokenResult {
  customer_id?: string;
  /** Your reference. */
  merchant_unique_reference?: string | number;
  status?: string;
  token_id: string;
  [field: string]: unknown;
}

// -- listPlans ----------------------------------------------------------------------------------------------

/** Params of listPlans. */
export interface ListPlansParams {
  /** Only this plan. */
  plan_id?: string;
  /** Only those starting after this (ISO-8601 UTC). */
  start_date?: string;
  /** Only those ending before this (ISO-8601 UTC). */
  end_date?: string;
  /** Compare amounts with this (paise), as amount_range says. */
  amount?: number;
  /** How amount compares. */
  amount_range?: 'isMore' | 'isLess' | 'is Equal' | 'isEqual';
  /** Only this billing frequency. */
  frequency?: string;
  /** Items per page. */
  size?: number;
  /** Page number (from 0). */
  page?: number;
  /** Sort field and direction, e.g. created_at,desc. */
  sort?: string;
}

/** Result of listPlans. */
export interface ListPlansResult {
  links?: Record<string, unknown>;
  page?: {
    number?: number;
    size?: number;
    total_elements?: number;
    total_pages?: number;
    [field: string]: unknown;
  };
  plans?: Plan[];
  [field: string]: unknown;
}

// -- createPlan ---------------------------------------------------------------------------------------------

/** Params of createPlan. */
export interface CreatePlanParams {
  /** The plan's name. */
  plan_name: string;
  plan_description?: string;
  /** How often it debits. */
  frequency: 'Day' | 'Week' | 'Month' | 'Year' | 'Bi-Monthly' | 'Quarterly' | 'Half-Yearly' | 'AS' | 'OT' | 'Not Applicable';
  /** What each debit takes, in integer paise. */
  amount?: Amount;
  /** The most one debit may take (for variable amounts). */
  max_limit_amount?: Amount;
  /** Taken when the mandate is set up. */
  initial_debit_amount?: Amount;
  trial_period_in_days?: number;
  /** ISO-8601 UTC. */
  start_date?: string;
  /** ISO-8601 UTC. */
  end_date: string;
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
  /** Your unique reference for the plan. */
  merchant_plan_reference: string | number;
  /** For a one-time (OT) plan: debit automatically. */
  auto_debit_ot?: string;
}

/** Result of createPlan. */
export type CreatePlanResult = Plan;

// -- getPlan ------------------------------------------------------------------------------------------------

/** Params of getPlan. */
export interface GetPlanParams {
  /** Plural's plan id. */
  plan_id?: string;
  /** Your reference for the plan. */
  merchant_plan_reference?: string | number;
}

/** Result of getPlan. */
export type GetPlanResult = Plan;

// -- updatePlan ---------------------------------------------------------------------------------------------

/** Params of updatePlan. */
export interface UpdatePlanParams {
  /** The plan to change. */
  plan_id: string;
  plan_name?: string;
  plan_description?: string;
  /** What each debit takes, in integer paise. */
  amount?: Amount;
  /** The most one debit may take (for variable amounts). */
  max_limit_amount?: Amount;
  trial_period_in_days?: number;
  /** ISO-8601 UTC. */
  end_date?: string;
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
}

/** Result of updatePlan. */
export type UpdatePlanResult = Plan;

// -- deletePlan ---------------------------------------------------------------------------------------------

/** Params of deletePlan. */
export interface DeletePlanParams {
  /** The plan to delete. */
  plan_id: string;
}

/** Result of deletePlan. */
export type DeletePlanResult = Record<string, unknown>;

// -- listSubscriptions --------------------------------------------------------------------------------------

/** Params of listSubscriptions. */
export interface ListSubscriptionsParams {
  /** Only this plan. */
  plan_id?: string;
  /** Only those starting after this (ISO-8601 UTC). */
  start_date?: string;
  /** Only those ending before this (ISO-8601 UTC). */
  end_date?: string;
  /** Compare amounts with this (paise), as amount_range says. */
  amount?: number;
  /** How amount compares. */
  amount_range?: 'isMore' | 'isLess' | 'is Equal' | 'isEqual';
  /** Only this billing frequency. */
  frequency?: string;
  /** Items per page. */
  size?: number;
  /** Page number (from 0). */
  page?: number;
  /** Sort field and direction, e.g. created_at,desc. */
  sort?: string;
  /** Only this status. */
  status?: string;
}

/** Result of listSubscriptions. */
export interface ListSubscriptionsResult {
  links?: Record<string, unknown>;
  page?: {
    number?: number;
    size?: number;
    total_elements?: number;
    total_pages?: number;
    [field: string]: unknown;
  };
  subscriptions?: Subscription[];
  [field: string]: unknown;
}

// -- createSubscription -------------------------------------------------------------------------------------

/** Params of createSubscription. */
export interface CreateSubscriptionParams {
  /** Your unique reference for the subscription. */
  merchant_subscription_reference: string | number;
  /** The plan. */
  plan_id: string;
  /** The customer (createCustomer). */
  customer_id: string;
  /** ISO-8601 UTC. */
  start_date: string;
  /** ISO-8601 UTC. */
  end_date: string;
  /** How the mandate is authorised. */
  integration_mode: 'SEAMLESS' | 'REDIRECT';
  allowed_payment_methods?: Array<'CARD' | 'UPI' | 'POINTS' | 'NETBANKING' | 'WALLET'>;
  /** Plural notifies the customer of each debit. */
  enable_notification?: boolean;
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
  /** Third-party validation: only bank_account may pay. */
  is_tpv_enabled?: boolean;
  bank_account?: BankAccount;
  /** Return URL after the mandate is authorised. */
  callback_url?: string;
  /** Return URL after it fails. */
  failure_callback_url?: string;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of createSubscription. */
export type CreateSubscriptionResult = Subscription;

// -- getSubscription ----------------------------------------------------------------------------------------

/** Params of getSubscription. */
export interface GetSubscriptionParams {
  /** Plural's subscription id. */
  subscription_id?: string;
  /** Your reference for the subscription. */
  merchant_subscription_reference?: string | number;
}

/** Result of getSubscription. */
export type GetSubscriptionResult = Subscription;

// -- updateSubscription -------------------------------------------------------------------------------------

/** Params of updateSubscription. */
export interface UpdateSubscriptionParams {
  /** The subscription. */
  subscription_id: string;
  /** The plan it moves to. */
  new_plan_id?: string;
  /** Its new end (ISO-8601 UTC). */
  new_end_date?: string;
  /** Why (kept with the change). */
  reason: string;
}

/** Result of updateSubscription. */
export type UpdateSubscriptionResult = Subscription;

// -- cancelSubscription -------------------------------------------------------------------------------------

/** Params of cancelSubscription. */
export interface CancelSubscriptionParams {
  /** The subscription. */
  subscription_id: string;
}

/** Result of cancelSubscription. */
export type CancelSubscriptionResult = Subscription;

// -- pauseSubscription --------------------------------------------------------------------------------------

/** Params of pauseSubscription. */
export interface PauseSubscriptionParams {
  /** The subscription. */
  subscription_id: string;
}

/** Result of pauseSubscription. */
export type PauseSubscriptionResult = Subscription;

// -- resumeSubscription -------------------------------------------------------------------------------------

/** Params of resumeSubscription. */
export interface ResumeSubscriptionParams {
  /** The subscription. */
  subscription_id: string;
}

/** Result of resumeSubscription. */
export type ResumeSubscriptionResult = Subscription;

// -- listPresentations --------------------------------------------------------------------------------------

/** Params of listPresentations. */
export interface ListPresentationsParams {
  /** The subscription. */
  subscription_id: string;
  /** Items per page. */
  size?: number;
  /** Page number (from 0). */
  page?: number;
  /** Sort field and direction, e.g. created_at,desc. */
  sort?: string;
}

/** Result of listPresentations. */
export interface ListPresentationsResult {
  links?: Record<string, unknown>;
  page?: {
    number?: number;
    size?: number;
    total_elements?: number;
    total_pages?: number;
    [field: string]: unknown;
  };
  presentations?: Presentation[];
  [field: string]: unknown;
}

// -- createPresentation -------------------------------------------------------------------------------------

/** Params of createPresentation. */
export interface CreatePresentationParams {
  /** The subscription to debit. */
  subscription_id: string;
  /** When the debit is due (ISO-8601 UTC). */
  due_date?: string;
  /** What to debit, in integer paise (the plan's amount when absent). */
  amount?: Amount;
  /** Your unique reference for this debit. */
  merchant_presentation_reference?: string | number;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of createPresentation. */
export type CreatePresentationResult = Presentation;

// -- getPresentation ----------------------------------------------------------------------------------------

/** Params of getPresentation. */
export interface GetPresentationParams {
  /** Plural's presentation id. */
  presentation_id?: string;
  /** Your reference for the presentation. */
  merchant_presentation_reference?: string | number;
}

/** Result of getPresentation. */
export type GetPresentationResult = Presentation;

// -- deletePresentation -------------------------------------------------------------------------------------

/** Params of deletePresentation. */
export interface DeletePresentationParams {
  /** The presentation to withdraw. */
  presentation_id: string;
}

/** Result of deletePresentation. */
export type DeletePresentationResult = Record<string, unknown>;

// -- sendPreDebitNotification -------------------------------------------------------------------------------

/** Params of sendPreDebitNotification. */
export interface SendPreDebitNotificationParams {
  /** The subscription to debit. */
  subscription_id: string;
  /** When the debit is due (ISO-8601 UTC). */
  due_date: string;
  /** What will be debited, in integer paise. */
  amount?: Amount;
  /** Your unique reference for this debit. */
  merchant_presentation_reference: string | number;
  /** The notice is for a retry of a failed debit. */
  is_merchant_retry?: boolean;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of sendPreDebitNotification. */
export type SendPreDebitNotificationResult = Presentation;

// -- executeMandateDebit ------------------------------------------------------------------------------------

/** Params of executeMandateDebit. */
export interface ExecuteMandateDebitParams {
  /** Plural's presentation id. */
  presentation_id?: string;
  /** Or your reference for the presentation. */
  merchant_presentation_reference?: string | number;
  /** "true" when this is your retry of a failed debit. */
  is_merchant_retry?: string;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of executeMandateDebit. */
export type ExecuteMandateDebitResult = Presentation;

// -- retryMandateDebit --------------------------------------------------------------------------------------

/** Params of retryMandateDebit. */
export interface RetryMandateDebitParams {
  /** Plural's presentation id. */
  presentation_id?: string;
  /** Or your reference for the presentation. */
  merchant_presentation_reference?: string | number;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of retryMandateDebit. */
export type RetryMandateDebitResult = Presentation;

// -- generateOtp --------------------------------------------------------------------------------------------

/** Params of generateOtp. */
export interface GenerateOtpParams {
  /** Plural's payment id (from createPayment: the order's payments[].id). */
  payment_id: string;
}

/** Result of generateOtp. */
export interface GenerateOtpResult {
  meta_data?: {
    /** When resendOtp may be called (ISO-8601 UTC). */
    resend_after?: string;
    [field: string]: unknown;
  };
  next?: string[];
  /** SUCCESS when an OTP was sent; after submitOtp, the payment's status (AUTHORIZED, PROCESSED). */
  status?: string;
  [field: string]: unknown;
}

// -- submitOtp ----------------------------------------------------------------------------------------------

/** Params of submitOtp. */
export interface SubmitOtpParams {
  /** Plural's payment id (from createPayment: the order's payments[].id). */
  payment_id: string;
  /** The OTP the customer received; never logged. */
  otp: string;
}

/** Result of submitOtp. */
export interface SubmitOtpResult {
  meta_data?: {
    /** When resendOtp may be called (ISO-8601 UTC). */
    resend_after?: string;
    [field: string]: unknown;
  };
  next?: string[];
  /** SUCCESS when an OTP was sent; after submitOtp, the payment's status (AUTHORIZED, PROCESSED). */
  status?: string;
  [field: string]: unknown;
}

// -- resendOtp ----------------------------------------------------------------------------------------------

/** Params of resendOtp. */
export interface ResendOtpParams {
  /** Plural's payment id (from createPayment: the order's payments[].id). */
  payment_id: string;
}

/** Result of resendOtp. */
export interface ResendOtpResult {
  meta_data?: {
    /** When resendOtp may be called (ISO-8601 UTC). */
    resend_after?: string;
    [field: string]: unknown;
  };
  next?: string[];
  /** SUCCESS when an OTP was sent; after submitOtp, the payment's status (AUTHORIZED, PROCESSED). */
  status?: string;
  [field: string]: unknown;
}

// -- getCardDetails -----------------------------------------------------------------------------------------

/** Params of getCardDetails. */
export interface GetCardDetailsParams {
  card_details: {
    /** The card number (CARD), or the token for a token transaction; never logged or returned. */
    payment_identifier: string;
    /** What payment_identifier holds. */
    payment_reference_type: 'CARD' | 'ALT_TOKEN_TXN' | 'NETWORK_TOKEN_TXN' | 'ISSUER_TOKEN_TXN';
    [field: string]: unknown;
  }[];
  /** The amount to pay, integer paise as a digit string (the definition types it as a string). */
  amount?: string;
}

/** Result of getCardDetails. */
export interface GetCardDetailsResult {
  card_payment_details?: {
    card_category?: string;
    card_issuer?: string;
    card_network?: string;
    card_type?: string;
    country_code?: string;
    currency?: string;
    is_currency_supported?: boolean;
    is_international_card?: boolean;
    is_native_otp_supported?: boolean;
    [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

// -- authorizePayment ---------------------------------------------------------------------------------------

/** Params of authorizePayment. */
export interface AuthorizePaymentParams {
  /** The order. */
  order_id: string;
  /** The payment to authorise (the order's payments[].id). */
  payments_id: string;
  decrypted_card_details: {
    card_holder_name?: string;
    card_meta_data?: {
      /** Card type. */
      card_type: 'CREDIT' | 'DEBIT' | 'PREPAID';
      /** Card network. */
      network_name: 'VISA' | 'MASTERCARD' | 'RUPAY' | 'AMEX';
      [field: string]: unknown;
    };
    cavv?: string;
    /** The online payment cryptogram. */
    cryptogram: string;
    /** 3 or 4 digits. */
    cvv?: string;
    eci?: string;
    /** MM */
    expiration_month: string;
    /** YYYY or YY */
    expiration_year: string;
    /** For a decoupled authorisation with the card itself; never logged. */
    pan?: string;
    /** The device account number (DPAN) from the decrypted Apple Pay token; never logged. */
    token: string;
    [field: string]: unknown;
  };
  /** The 3-D Secure result, for a decoupled authorisation. */
  acquirer_payment_details?: {
    acs_transaction_id?: string;
    directory_server_transaction_id?: string;
    three_ds_server_transaction_id?: string;
    three_ds_version?: string;
    [field: string]: unknown;
  };
  /** e.g. 3ds. */
  authentication_type?: string;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of authorizePayment. */
export type AuthorizePaymentResult = Order;

// -- discoverOffers -----------------------------------------------------------------------------------------

/** Params of discoverOffers. */
export interface DiscoverOffersParams {
  /** The order's amount to finance, in integer paise. */
  order_amount?: Amount;
  /** The products, for brand EMI offers. */
  product_details?: ProductDetail[];
  cart_coupon_discount_amount?: Amount;
  issuer?: {
    /** The card's first 6 to 11 digits: that issuer's offers only. */
    bin?: string;
    /** An issuer's id: its offers only. */
    id?: string;
    /** Only issuers of this type. */
    issuer_type?: 'CC_BANK' | 'DC_BANK' | 'CARDLESS_BANK' | 'CC_NBFC' | 'DC_NBFC' | 'CARDLESS_NBFC' | 'NTB' | 'NTB_BANK' | 'NTB_NBFC';
    name?: string;
    [field: string]: unknown;
  };
  downpayment_details?: {
    downpayment_amount?: Amount;
    [field: string]: unknown;
  };
  /** The card (or saved card) the customer will pay with: its issuer's offers only. */
  payment_options?: {
    card_details?: {
      /** Never logged or returned. */
      card_number?: string;
      [field: string]: unknown;
    };
    card_token_details?: {
      token?: string;
      token_id?: string;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  };
  customer_details?: {
    customer_id?: string;
    [field: string]: unknown;
  };
}

/** Result of discoverOffers. */
export type DiscoverOffersResult = OfferDiscovery;

// -- discoverCardlessOffers ---------------------------------------------------------------------------------

/** Params of discoverCardlessOffers. */
export interface DiscoverCardlessOffersParams {
  /** The order's amount to finance, in integer paise. */
  order_amount?: Amount;
  /** The products, for brand EMI offers. */
  product_details?: ProductDetail[];
  cart_coupon_discount_amount?: Amount;
  payment_option?: {
    cardless_details: {
      /** The customer's PAN (tax id); never logged. */
      pan_number: string;
      /** The mobile number registered with the lender. */
      registered_mobile_number: string;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  };
}

/** Result of discoverCardlessOffers. */
export type DiscoverCardlessOffersResult = OfferDiscovery;

// -- getDownpaymentDetails ----------------------------------------------------------------------------------

/** Params of getDownpaymentDetails. */
export interface GetDownpaymentDetailsParams {
  /** The order's amount to finance, in integer paise. */
  order_amount?: Amount;
  /** The products, for brand EMI offers. */
  product_details?: ProductDetail[];
  cart_coupon_discount_amount?: Amount;
  issuer?: {
    /** The card's first digits. */
    bin?: string;
    [field: string]: unknown;
  };
}

/** Result of getDownpaymentDetails. */
export interface GetDownpaymentDetailsResult {
  downpayment_details?: {
    allowed_payment_methods?: string[];
    amount_milestone_list?: ReportedAmount[];
    amount_range?: {
      max?: ReportedAmount;
      min?: ReportedAmount;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

// -- validateOffer ------------------------------------------------------------------------------------------

/** Params of validateOffer. */
export interface ValidateOfferParams {
  /** The EMI method the offer is for. */
  payment_method: 'CREDIT_EMI' | 'DEBIT_EMI' | 'CARDLESS_EMI';
  order_amount?: Amount;
  payment_amount?: Amount;
  payment_option?: {
    card_details?: {
      /** Never logged or returned. */
      card_number: string;
      registered_mobile_number?: string;
      [field: string]: unknown;
    };
    card_token_details?: {
      last4_digit?: string;
      token?: string;
      token_id?: string;
      token_txn_type?: string;
      [field: string]: unknown;
    };
    cardless_details?: {
      /** The customer's PAN (tax id). */
      pan_number: string;
      registered_mobile_number: string;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  };
  /** The offer chosen, from discoverOffers or discoverCardlessOffers. */
  offer_data?: OfferData;
  customer_details?: {
    customer_id?: string;
    [field: string]: unknown;
  };
}

/** Result of validateOffer. */
export interface ValidateOfferResult {
  /** e.g. SUCCESS. */
  code?: string;
  message?: string;
  [field: string]: unknown;
}

// -- validateImei -------------------------------------------------------------------------------------------

/** Params of validateImei. */
export interface ValidateImeiParams {
  /** The EMI order the device is sold under. */
  order_id: string;
  /** Your reference for this request. */
  merchant_product_imei_reference: string | number;
  /** BLOCKING to block the IMEI for this order, UNBLOCKED to release it. */
  request_type: 'BLOCKING' | 'UNBLOCKED';
  products?: {
    dealer_code?: string;
    product_code?: string;
    /** The device's IMEI or serial number. */
    product_imei?: string;
    state_code?: string;
    [field: string]: unknown;
  }[];
}

/** Result of validateImei. */
export type ValidateImeiResult = Record<string, unknown>;

// -- checkBnplEligibility -----------------------------------------------------------------------------------

/** Params of checkBnplEligibility. */
export interface CheckBnplEligibilityParams {
  /** The customer's mobile number. */
  mobile: string;
  /** The BNPL provider. */
  pay_code: 'LAZYPAY';
  /** The amount to pay, in integer paise. */
  amount?: Amount;
  device_info?: {
    browser_ip_address?: string;
    browser_user_agent?: string;
    device_manufacturer?: string;
    device_model?: string;
    /** The customer's OS. */
    operating_system?: 'ANDROID' | 'IOS' | 'MACOS' | 'WINDOWS';
    source_ip_address?: string;
    [field: string]: unknown;
  };
  /** The customer's email. */
  email?: string;
}

/** Result of checkBnplEligibility. */
export interface CheckBnplEligibilityResult {
  metadata?: {
    /** The customer's available limit, integer paise as a digit string. */
    credit_limit_available_in_paise?: string;
    installments?: {
      /** Integer paise. */
      amount_in_paise?: number;
      /** ISO-8601 date-time (UTC). */
      due_date?: string;
      serial_no?: number;
      [field: string]: unknown;
    }[];
    [field: string]: unknown;
  };
  /** Whether the amount may be paid by BNPL. */
  txn_eligibility?: boolean;
  [field: string]: unknown;
}

// -- calculateConvenienceFee --------------------------------------------------------------------------------

/** Params of calculateConvenienceFee. */
export interface CalculateConvenienceFeeParams {
  /** The amount, in integer paise. */
  amount?: Amount;
  /** The method the fee is for. */
  payment_method: 'CARD' | 'UPI' | 'NETBANKING' | 'WALLET' | 'CREDIT_EMI' | 'DEBIT_EMI' | 'CARDLESS_EMI' | 'POINTS' | 'BNPL';
  /** For cards: the network (VISA, MASTERCARD, RUPAY, AMEX…). */
  network_type?: string;
}

/** Result of calculateConvenienceFee. */
export interface CalculateConvenienceFeeResult {
  data?: {
    amount?: ReportedAmount;
    convenience_fee_breakdown?: {
      additional_fee_amount?: ReportedAmount;
      applicable_fee_amount?: ReportedAmount;
      fee_amount?: ReportedAmount;
      maximum_fee_amount?: ReportedAmount;
      tax_amount?: ReportedAmount;
      [field: string]: unknown;
    };
    fee_type?: string;
    payable_amount?: ReportedAmount;
    payment_method?: string;
    payment_method_metadata?: {
      card_type?: string;
      network_type?: string;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

// -- convertCurrency ----------------------------------------------------------------------------------------

/** Params of convertCurrency. */
export interface ConvertCurrencyParams {
  /** The acquiring bank, e.g. AXIS. */
  bank_code: string;
  /** Your invoice id. */
  invoice_id: string;
  /** ISO 4217 code of the amount's currency, numeric (840) as the definition shows, or alphabetic (USD). */
  source_currency: string;
  /** ISO 4217 code to convert to, e.g. 356 (INR). */
  dest_currency: string;
  /** The amount in the source currency's minor units, as a digit string (the definition types it as a string). */
  transaction_amount: string;
}

/** Result of convertCurrency. */
export interface ConvertCurrencyResult {
  conversion_rate?: number;
  /** In the destination currency's minor units. */
  converted_amount?: number;
  /** Decimal places of converted_amount. */
  converted_exponent?: number;
  dest_currency?: string;
  invoice_id?: string;
  source_currency?: string;
  transaction_amount?: string;
  [field: string]: unknown;
}

// -- computeTcs ---------------------------------------------------------------------------------------------

/** Params of computeTcs. */
export interface ComputeTcsParams {
  /** The cross-border order. */
  order_id: string;
  /** The remittance, in integer paise. */
  amount: Amount;
  /** The customer declared remittances this financial year beyond the TCS threshold. */
  is_tcs_declared?: boolean;
}

/** The TCS on the order. The definition gives no answer shape: known members are checked, the rest passes. */
export interface ComputeTcsResult {
  amount?: ReportedAmount;
  is_tcs_declared?: boolean;
  order_id?: string;
  tcs_amount?: ReportedAmount;
  tcs_rate_percentage?: number;
  total_amount?: ReportedAmount;
  [field: string]: unknown;
}

// -- listSettlements ----------------------------------------------------------------------------------------

/** Params of listSettlements. */
export interface ListSettlementsParams {
  /** First settlement date included. */
  start_date: string;
  /** Last settlement date included. */
  end_date: string;
  /** Page number (from 1). */
  page?: number;
  /** Records per page (at most 10). */
  per_page?: number;
}

/** Result of listSettlements. */
export interface ListSettlementsResult {
  data?: SettlementSummary[];
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_settlement_amount?: number;
  total_settlement_count?: number;
  total_transactions_count?: number;
  [field: string]: unknown;
}

// -- getSettlement ------------------------------------------------------------------------------------------

/** Params of getSettlement. */
export interface GetSettlementParams {
  /** The settlement's UTR (from listSettlements). */
  utr: string;
  /** Page number (from 1). */
  page?: number;
  /** Records per page (at most 10). */
  per_page?: number;
}

/** A settlement and the transactions it covers; amounts in integer paise. */
export interface GetSettlementResult {
  /** As Plural reports it, passed on exactly as written (never through a float). */
  actual_transaction_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  additional_mdr_amount?: number;
  bank_acc_number?: string;
  bank_name?: string;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  other_deductions?: number;
  pagination?: {
    current_page?: string | number;
    total_pages?: number;
    [field: string]: unknown;
  };
  programs?: string[];
  /** As Plural reports it, passed on exactly as written (never through a float). */
  split_fund_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_cashback_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_chargeback_recovery_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_convenience_fee?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_gst_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_gst_on_c_c_f?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_late_settlement_fee?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_loan_recovery_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_mar_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_mdr_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_merchant_cashback?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_merchant_convenience_fee?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_platform_fee?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_refund?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_settled_amount?: number;
  /** As Plural reports it, passed on exactly as written (never through a float). */
  total_transaction_amount?: number;
  total_transaction_count?: number;
  transactions?: SettlementTransaction[];
  utr_number?: string;
  [field: string]: unknown;
}

// -- releaseSettlement --------------------------------------------------------------------------------------

/** Params of releaseSettlement. */
export interface ReleaseSettlementParams {
  /** The split order. */
  order_id: string;
  /** The part (split_settlement_id in the order's purchase_details.split_info). */
  settlement_id: string;
  /** How much of the held part to release, integer paise (all of it when absent). */
  release_amount?: Amount;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of releaseSettlement. */
export type ReleaseSettlementResult = SplitOrder;

// -- cancelSettlement ---------------------------------------------------------------------------------------

/** Params of cancelSettlement. */
export interface CancelSettlementParams {
  /** The split order. */
  order_id: string;
  /** The part (split_settlement_id in the order's purchase_details.split_info). */
  settlement_id: string;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of cancelSettlement. */
export type CancelSettlementResult = SplitOrder;

// -- createBrandWallet --------------------------------------------------------------------------------------

/** Params of createBrandWallet. */
export interface CreateBrandWalletParams {
  /** ISO 4217, e.g. INR. */
  currency_code?: string;
  /** The customers (at least one). */
  customers: WalletCustomer[];
  /** Free text. */
  notes?: string;
}

/** Result of createBrandWallet. */
export interface CreateBrandWalletResult {
  wallets?: BrandWallet[];
  [field: string]: unknown;
}

// -- validateBrandWallet ------------------------------------------------------------------------------------

/** Params of validateBrandWallet. */
export interface ValidateBrandWalletParams {
  /** The payment to check, integer paise. */
  amount: Amount;
  /** The customer. */
  customers: {
    /** Your customer's id. */
    customer_id: string;
    [field: string]: unknown;
  };
  /** Free text. */
  notes?: string;
}

/** Result of validateBrandWallet. */
export interface ValidateBrandWalletResult {
  amount?: ReportedAmount;
  balance?: ReportedAmount;
  customer_id?: string;
  /** The wallet is active and holds at least the amount. */
  is_valid?: boolean;
  reason?: string;
  [field: string]: unknown;
}

// -- getBrandWalletBalance ----------------------------------------------------------------------------------

/** Params of getBrandWalletBalance. */
export interface GetBrandWalletBalanceParams {
  /** The customer. */
  customers: {
    /** Your customer's id. */
    customer_id: string;
    [field: string]: unknown;
  };
  /** Free text. */
  notes?: string;
}

/** Result of getBrandWalletBalance. */
export type GetBrandWalletBalanceResult = BrandWallet;

// -- loadBrandWallet ----------------------------------------------------------------------------------------

/** Params of loadBrandWallet. */
export interface LoadBrandWalletParams {
  /** What to load, integer paise. */
  amount: Amount;
  /** The customer. */
  customer: {
    /** Your customer's id. */
    customer_id: string;
    [field: string]: unknown;
  };
  /** The wallet bucket, e.g. CASH. */
  bucket?: string;
  /** Free text. */
  notes?: string;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of loadBrandWallet. */
export type LoadBrandWalletResult = WalletEntry;

// -- activateBrandWallet ------------------------------------------------------------------------------------

/** Params of activateBrandWallet. */
export interface ActivateBrandWalletParams {
  /** The customer whose wallet it is. */
  customer_id: string;
}

/** Result of activateBrandWallet. */
export type ActivateBrandWalletResult = BrandWallet;

// -- deactivateBrandWallet ----------------------------------------------------------------------------------

/** Params of deactivateBrandWallet. */
export interface DeactivateBrandWalletParams {
  /** The customer whose wallet it is. */
  customer_id: string;
}

/** Result of deactivateBrandWallet. */
export type DeactivateBrandWalletResult = BrandWallet;

// -- resetBrandWalletPin ------------------------------------------------------------------------------------

/** Params of resetBrandWalletPin. */
export interface ResetBrandWalletPinParams {
  /** The customer whose wallet it is. */
  customer_id: string;
}

/** Result of resetBrandWalletPin. */
export type ResetBrandWalletPinResult = BrandWallet;

// -- getBrandWalletHistory ----------------------------------------------------------------------------------

/** Params of getBrandWalletHistory. */
export interface GetBrandWalletHistoryParams {
  /** The customer whose wallet it is. */
  customer_id: string;
  /** Only movements from this date (YYYY-MM-DD). */
  start_date?: string;
  /** Only movements up to this date (YYYY-MM-DD). */
  end_date?: string;
  /** Page number (from 1). */
  page?: number;
  /** Only movements of this type (LOAD, ADD_MONEY, …). */
  transaction_type?: string;
}

/** Result of getBrandWalletHistory. */
export interface GetBrandWalletHistoryResult {
  balance?: ReportedAmount;
  customer_id?: string;
  page?: number;
  total_pages?: number;
  transactions?: WalletEntry[];
  [field: string]: unknown;
}

// -- addMoneyToBrandWallet ----------------------------------------------------------------------------------

/** Params of addMoneyToBrandWallet. */
export interface AddMoneyToBrandWalletParams {
  /** Your unique reference for this top-up. */
  merchant_order_reference: string | number;
  /** How the customer pays. */
  mode: 'GIFT_CARD' | 'UPI';
  /** What to add, integer paise (for a gift card, its value when absent). */
  amount?: Amount;
  /** The instrument. */
  payment_option?: {
    gift_card_details?: {
      /** Never logged or returned. */
      gift_card_number: string;
      /** Never logged or returned. */
      pin: string;
      [field: string]: unknown;
    };
    upi_details?: Record<string, unknown>;
    [field: string]: unknown;
  };
  /** Whose wallet. */
  customer: {
    /** Your customer's id. */
    customer_id: string;
    [field: string]: unknown;
  };
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of addMoneyToBrandWallet. */
export type AddMoneyToBrandWalletResult = WalletEntry;

// -- createSbmdSubscription ---------------------------------------------------------------------------------

/** Params of createSbmdSubscription. */
export interface CreateSbmdSubscriptionParams {
  /** Your unique reference for the subscription. */
  merchant_subscription_reference: string | number;
  /** The customer (createCustomer). */
  customer_id: string;
  plan_details: {
    /** ISO 4217, e.g. INR. */
    currency: string;
    description?: string;
    /** What to reserve, integer paise. */
    reserve_amount: number;
    /** How long the reservation holds. */
    validity_days?: number;
    [field: string]: unknown;
  };
  /** Your own key/value strings. */
  merchant_metadata?: Record<string, string>;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of createSbmdSubscription. */
export type CreateSbmdSubscriptionResult = ReservePaySubscription;

// -- getSbmdSubscription ------------------------------------------------------------------------------------

/** Params of getSbmdSubscription. */
export interface GetSbmdSubscriptionParams {
  /** The subscription_id createSbmdSubscription answered. */
  reserve_pay_sub_id: string;
}

/** Result of getSbmdSubscription. */
export type GetSbmdSubscriptionResult = ReservePaySubscription;

// -- captureInvoice -----------------------------------------------------------------------------------------

/** Params of captureInvoice. */
export interface CaptureInvoiceParams {
  /** The cross-border order. */
  order_id: string;
  /** Your invoice's number. */
  invoice_number: string;
  /** YYYY-MM-DD. */
  invoice_date?: string;
}

/** Result of captureInvoice. */
export type CaptureInvoiceResult = Invoice;

// -- getInvoiceStatus ---------------------------------------------------------------------------------------

/** Params of getInvoiceStatus. */
export interface GetInvoiceStatusParams {
  /** The cross-border order. */
  order_id: string;
}

/** Result of getInvoiceStatus. */
export type GetInvoiceStatusResult = Invoice;

// -- uploadInvoiceFile --------------------------------------------------------------------------------------

/** Params of uploadInvoiceFile. */
export interface UploadInvoiceFileParams {
  /** The cross-border order. */
  order_id: string;
  /** The invoice from captureInvoice. */
  invoice_id: string;
  /** The document (PDF or image), sent as the multipart part `file`. */
  file: FileUpload;
}

/** Result of uploadInvoiceFile. */
export type UploadInvoiceFileResult = Invoice;

// -- createAwb ----------------------------------------------------------------------------------------------

/** Params of createAwb. */
export interface CreateAwbParams {
  /** The cross-border order. */
  order_id: string;
  /** The airway bills: sent as the request body itself. */
  awbs: {
    /** YYYY-MM-DD. */
    awb_date?: string;
    /** The carrier's airway-bill number. */
    awb_number: string;
    /** The carrier's tracking page. */
    tracking_url?: string;
    [field: string]: unknown;
  }[];
}

/** Result of createAwb. */
export type CreateAwbResult = AwbList;

// -- getAllAwbs ---------------------------------------------------------------------------------------------

/** Params of getAllAwbs. */
export interface GetAllAwbsParams {
  /** The cross-border order. */
  order_id: string;
}

/** Result of getAllAwbs. */
export type GetAllAwbsResult = AwbList;

// -- getAwbById ---------------------------------------------------------------------------------------------

/** Params of getAwbById. */
export interface GetAwbByIdParams {
  /** The cross-border order. */
  order_id: string;
  /** The airway bill from createAwb. */
  awb_id: string;
}

/** Result of getAwbById. */
export type GetAwbByIdResult = Awb;

// -- uploadAwbFile ------------------------------------------------------------------------------------------

/** Params of uploadAwbFile. */
export interface UploadAwbFileParams {
  /** The cross-border order. */
  order_id: string;
  /** The airway bill from createAwb. */
  awb_id: string;
  /** The document (PDF or image), sent as the multipart part `file`. */
  file: FileUpload;
}

/** Result of uploadAwbFile. */
export type UploadAwbFileResult = Awb;

// -- createChallan ------------------------------------------------------------------------------------------

/** Params of createChallan. */
export interface CreateChallanParams {
  /** The order to pay by bank transfer. */
  order_id: string;
  /** The fee added to the amount due. */
  convenience_fee_breakdown?: ConvenienceFeeBreakdown;
}

/** Result of createChallan. */
export type CreateChallanResult = Challan;

// -- getChallan ---------------------------------------------------------------------------------------------

/** Params of getChallan. */
export interface GetChallanParams {
  /** The order. */
  order_id: string;
}

/** Result of getChallan. */
export type GetChallanResult = Challan;

// -- getChallanPdf ------------------------------------------------------------------------------------------

/** Params of getChallanPdf. */
export interface GetChallanPdfParams {
  /** The order. */
  order_id: string;
}

/** Result of getChallanPdf. */
export type GetChallanPdfResult = FileContent;

// -- createPayout -------------------------------------------------------------------------------------------

/** Params of createPayout. */
export interface CreatePayoutParams {
  /** Your unique reference for the payout (no spaces): its idempotency key. */
  clientReferenceId: string;
  /** The beneficiary account holder's name (letters and spaces). */
  payeeName: string;
  /** Integer paise, ₹1 to ₹10 lakh. */
  amount: PayoutAmount;
  /** How it is paid. */
  mode: 'UPI' | 'IMPS' | 'NEFT' | 'RTGS';
  /** Text for the transfer (A-Z a-z 0-9 - and space). */
  remarks: string;
  /** The beneficiary's account number; required for IMPS, NEFT and RTGS. */
  accountNumber?: string;
  /** The beneficiary bank's IFSC; required for IMPS, NEFT and RTGS. */
  branchCode?: string;
  /** The beneficiary's UPI address; required for UPI. */
  vpa?: string;
  /** The beneficiary's email. */
  email?: string;
  /** The beneficiary's mobile number (10 digits). */
  phone?: string;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of createPayout. */
export type CreatePayoutResult = Payout;

// -- listPayouts --------------------------------------------------------------------------------------------

/** Params of listPayouts. */
export interface ListPayoutsParams {
  /** Only this payout. */
  paymentReferenceId?: string;
  /** Only the payout with your reference. */
  clientReferenceId?: string;
  /** Only the payouts of this request (a bulk file). */
  requestReferenceId?: string;
  /** Only the payout with this bank UTR. */
  bankTransactionReferenceId?: string;
  /** Only this mode. */
  mode?: 'UPI' | 'IMPS' | 'NEFT' | 'RTGS';
  /** Only those initiated after this (ISO-8601 UTC). */
  dateFrom?: string;
  /** Only those initiated before this (ISO-8601 UTC). */
  dateTo?: string;
  /** Only this status. */
  status?: 'SCHEDULED' | 'PENDING' | 'PROCESSING' | 'PROCESSED' | 'SUCCESS' | 'FAILED';
  /** Page number (default 1). */
  page?: string;
  /** Records per page. */
  count?: string;
}

/** Result of listPayouts. */
export type ListPayoutsResult = PayoutList;

// -- getPayoutBalance ---------------------------------------------------------------------------------------

/** getPayoutBalance takes no params. */
export type GetPayoutBalanceParams = Record<string, never>;

/** Result of getPayoutBalance. */
export type GetPayoutBalanceResult = FundingAccount;

// -- createBulkPayout ---------------------------------------------------------------------------------------

/** Params of createBulkPayout. */
export interface CreateBulkPayoutParams {
  /** The bulk payout file (CSV or spreadsheet of beneficiaries). */
  file: FileUpload;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of createBulkPayout. */
export type CreateBulkPayoutResult = BulkPayout;

// -- updateScheduledPayout ----------------------------------------------------------------------------------

/** Params of updateScheduledPayout. */
export interface UpdateScheduledPayoutParams {
  /** Plural's id of the payout (paymentReferenceId). */
  paymentReferenceId: string;
  /** The new time it executes (ISO-8601 UTC). */
  scheduleAt: string;
}

/** Result of updateScheduledPayout. */
export type UpdateScheduledPayoutResult = Payout;

// -- cancelScheduledPayout ----------------------------------------------------------------------------------

/** Params of cancelScheduledPayout. */
export interface CancelScheduledPayoutParams {
  /** Plural's id of the payout (paymentReferenceId). */
  paymentReferenceId: string;
  /**
   * Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first
   * call's answer and never reaches the gateway twice; the same key with other params is refused (-32006).
   * Without it, the call's own merchant reference (and path ids) serve as its key.
   */
  idempotency_key?: string;
}

/** Result of cancelScheduledPayout. */
export type CancelScheduledPayoutResult = Payout;

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
  /** True when this webhook-id was already verified within the tolerance (a redelivery): do not act on it twice. */
  replay?: boolean;
  valid: boolean;
  /** Redeliveries keep it: de-duplicate on it. */
  webhook_id: string;
  [field: string]: unknown;
}

// -- confirmPayment -----------------------------------------------------------------------------------------

/** Params of confirmPayment. */
export interface ConfirmPaymentParams {
  /** The fields posted to your return URL, values exactly as received. */
  payload: Record<string, unknown>;
}

/** Result of confirmPayment. */
export interface ConfirmPaymentResult {
  /** The amount the gateway holds for it, in paise. */
  amount?: number;
  order?: Record<string, unknown>;
  /** v3: the order's status (AUTHORIZED needs capture); v2: success, failed, pending or unknown. */
  order_status?: string;
  /** The gateway's own record says the customer paid (never taken from the payload). */
  paid: boolean;
  /** Which return was confirmed. */
  scheme?: 'v3-callback' | 'v2-callback';
  /** The payload's signature is Plural's. */
  verified: boolean;
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

// -- stats --------------------------------------------------------------------------------------------------

/** stats takes no params. */
export type StatsParams = Record<string, never>;

/** Result of stats. */
export interface StatsResult {
  health: {
    /** Always true: the sidecar answered. */
    live: boolean;
    problems: string[];
    /** Configuration complete for PLURAL_ENV and, once a v3 call needed one, a token obtainable. */
    ready: boolean;
    [field: string]: unknown;
  };
  metrics: Record<string, unknown>;
  [field: string]: unknown;
}

// -- pendingOutcomes ----------------------------------------------------------------------------------------

/** pendingOutcomes takes no params. */
export type PendingOutcomesParams = Record<string, never>;

/** Result of pendingOutcomes. */
export interface PendingOutcomesResult {
  /** True when a journal (PLURAL_STATE_DIR) keeps these across restarts. */
  journal: boolean;
  pending: {
    /** The caller's idempotency_key, or the method and merchant reference that serve as it. */
    idempotency_key: string;
    /** What the lookup reads by: order id, merchant references. */
    identifiers?: Record<string, unknown>;
    method: string;
    /** The Request-ID Plural saw. */
    request_id?: string;
    /** When the call was made (ISO-8601 UTC). */
    since: string;
    [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

// -- simulator.pay ------------------------------------------------------------------------------------------

/** Params of simulator.pay. */
export interface SimulatorPayParams {
  /** A v3 order with a payment (PENDING). */
  order_id?: string;
  /** A v2 transaction started with acceptPayment. */
  unique_merchant_txn_id?: string;
  /** Default success. */
  outcome?: 'success' | 'failure' | 'cancelled' | 'expired';
}

/** Result of simulator.pay. */
export type SimulatorPayResult = Callback;

// -- simulator.configure ------------------------------------------------------------------------------------

/** Params of simulator.configure. */
export interface SimulatorConfigureParams {
  faults?: {
    /** For large: the size of the 200 answer in bytes. */
    bytes?: number;
    /** For large: send it chunked, without a Content-Length. */
    chunked?: boolean;
    /** What goes wrong. */
    kind: 'latency' | 'status' | 'reset' | 'malformed' | 'garbage' | 'unauthorized' | 'large';
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
  /**
   * From now on accept only this client secret at the token endpoint (a credential rotation); over HTTP also a
   * list.
   */
  accept_client_secret?: string;
  /** Set the payout funding account's balance (integer paise). */
  payout_balance?: number;
  /** Seconds new payouts stay SCHEDULED before they are paid (default 300; 0: paid at the next read). */
  payout_delay?: number;
}

/** Result of simulator.configure. */
export type SimulatorConfigureResult = Record<string, unknown>;

// -- simulator.webhooks -------------------------------------------------------------------------------------

/** simulator.webhooks takes no params. */
export type SimulatorWebhooksParams = Record<string, never>;

/** Result of simulator.webhooks. */
export interface SimulatorWebhooksResult {
  deliveries: {
    /** POSTs made so far (the first and up to three retries, plus redeliveries). */
    attempts: number;
    /** Some attempt was answered 2xx. */
    delivered: boolean;
    /** E.g. ORDER_PROCESSED. */
    event_type: string;
    /** timeout, connect or reset when the last attempt got no answer. */
    last_error?: string;
    /** The last attempt's HTTP status; absent when it got no answer. */
    last_status?: number;
    /** The webhook-id header: the same on every attempt and redelivery. */
    webhook_id: string;
    [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

// -- simulator.redeliver ------------------------------------------------------------------------------------

/** Params of simulator.redeliver. */
export interface SimulatorRedeliverParams {
  /** From simulator.webhooks. */
  webhook_id: string;
}

/** Result of simulator.redeliver. */
export interface SimulatorRedeliverResult {
  /** POSTs made so far (the first and up to three retries, plus redeliveries). */
  attempts: number;
  /** Some attempt was answered 2xx. */
  delivered: boolean;
  /** E.g. ORDER_PROCESSED. */
  event_type: string;
  /** timeout, connect or reset when the last attempt got no answer. */
  last_error?: string;
  /** The last attempt's HTTP status; absent when it got no answer. */
  last_status?: number;
  /** The webhook-id header: the same on every attempt and redelivery. */
  webhook_id: string;
  [field: string]: unknown;
}

// -- simulator.events ---------------------------------------------------------------------------------------

/** Params of simulator.events. */
export interface SimulatorEventsParams {
  /** Only events of this type, e.g. SUBSCRIPTION_CHARGED. */
  event_type?: string;
}

/** Result of simulator.events. */
export interface SimulatorEventsResult {
  events: {
    data?: Record<string, unknown>;
    event_type?: string;
    [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

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
   * Calls Plural: POST /api/pay/v1/orders.
   *
   * JSON-RPC method `createOrder`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createOrder(params: CreateOrderParams, options?: CallOptions): Promise<CreateOrderResult>;
  /**
   * Fetch an order by order_id, or by merchant_order_reference.
   *
   * Calls Plural: GET /api/pay/v1/orders/{order_id}, GET
   * /api/pay/v1/orders/reference/{merchant_order_reference}.
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
   * Capture an AUTHORIZED (pre_auth) order, wholly or in part. Not retried once sent.
   *
   * Calls Plural: PUT /api/pay/v1/orders/{order_id}/capture.
   *
   * JSON-RPC method `capture`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  capture(params: CaptureParams, options?: CallOptions): Promise<CaptureResult>;
  /**
   * Cancel an AUTHORIZED (pre_auth) order, releasing the authorisation.
   *
   * Calls Plural: PUT /api/pay/v1/orders/{order_id}/cancel.
   *
   * JSON-RPC method `cancel`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  cancel(params: CancelParams, options?: CallOptions): Promise<CancelResult>;
  /**
   * Create a payment against an order; answers the order with challenge_url, where the customer completes it.
   *
   * Card details pass through to Plural and nowhere else: never logged, never echoed. Each payment's
   * merchant_payment_reference is its idempotency key: a repeat returns the order as it stands, so the call is
   * retried like createOrder.
   *
   * Calls Plural: POST /api/pay/v1/orders/{order_id}/payments.
   *
   * JSON-RPC method `createPayment`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createPayment(params: CreatePaymentParams, options?: CallOptions): Promise<CreatePaymentResult>;
  /**
   * Refund a processed order, wholly or in part (at least ₹1). Answers the refund, itself an order of type
   * REFUND.
   *
   * Idempotent by the refund's own merchant_order_reference (a repeat returns the refund already made), so it is
   * retried on transient failures. Without order_amount Plural refunds what is left to refund.
   *
   * Calls Plural: POST /api/pay/v1/refunds/{order_id}.
   *
   * JSON-RPC method `refund`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  refund(params: RefundParams, options?: CallOptions): Promise<RefundResult>;
  /**
   * Create a hosted-checkout order; answers the redirect_url to send the customer to.
   *
   * Idempotent by merchant_order_reference, like createOrder, so it is retried on transient failures.
   *
   * Calls Plural: POST /api/checkout/v1/orders.
   *
   * JSON-RPC method `createCheckout`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createCheckout(params: CreateCheckoutParams, options?: CallOptions): Promise<CreateCheckoutResult>;
  /**
   * Check a card's reward-points balance and eligibility (POST /payment-option). Get the customer's consent
   * before redeeming.
   *
   * Calls Plural: POST /payment-option.
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
   * Look up the UPI VPA registered to a phone number, to offer UPI collect without typing (POST
   * /payment-option).
   *
   * Calls Plural: POST /payment-option.
   *
   * JSON-RPC method `fetchUpiVpa`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  fetchUpiVpa(params: FetchUpiVpaParams, options?: CallOptions): Promise<FetchUpiVpaResult>;
  /**
   * Create a payment link to share with a customer. A repeated merchant_payment_link_reference returns the
   * existing link.
   *
   * Calls Plural: POST /api/pay/v1/paymentlink.
   *
   * JSON-RPC method `createPaymentLink`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createPaymentLink(params: CreatePaymentLinkParams, options?: CallOptions): Promise<CreatePaymentLinkResult>;
  /**
   * Fetch a payment link by payment_link_id or merchant_payment_link_reference.
   *
   * Calls Plural: GET /api/pay/v1/paymentlink/{payment_link_id}, GET
   * /api/pay/v1/paymentlink/ref/{merchant_payment_link_reference}.
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
   * Calls Plural: PUT /api/pay/v1/paymentlink/{payment_link_id}/cancel.
   *
   * JSON-RPC method `cancelPaymentLink`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  cancelPaymentLink(params: CancelPaymentLinkParams, options?: CallOptions): Promise<CancelPaymentLinkResult>;
  /**
   * Send a CREATED payment link to the customer again, by SMS and email (PATCH
   * /api/pay/v1/paymentlink/{payment_link_id}/notify).
   *
   * Calls Plural: PATCH /api/pay/v1/paymentlink/{payment_link_id}/notify.
   *
   * JSON-RPC method `notifyPaymentLink`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  notifyPaymentLink(params: NotifyPaymentLinkParams, options?: CallOptions): Promise<NotifyPaymentLinkResult>;
  /**
   * v2 hosted checkout: sign and send the payment JSON (base64 + X-VERIFY); answers the token and redirect_url.
   *
   * Calls Plural: POST /api/v2/accept/payment.
   *
   * JSON-RPC method `acceptPayment`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  acceptPayment(params: AcceptPaymentParams, options?: CallOptions): Promise<AcceptPaymentResult>;
  /**
   * v2 seamless checkout: pay the acceptPayment token with card, netbanking, UPI or wallet data; kind says which
   * answer form came back.
   *
   * Calls Plural: POST /api/v2/process/payment.
   *
   * JSON-RPC method `processPayment`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  processPayment(params: ProcessPaymentParams, options?: CallOptions): Promise<ProcessPaymentResult>;
  /**
   * v2 payment status (ppc_TransactionType 3); the answer's ppc_DIA_SECRET is verified before it is returned.
   *
   * Calls Plural: POST /api/PG/V2.
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
   * Calls Plural: POST /api/PG/V2.
   *
   * JSON-RPC method `legacyRefund`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  legacyRefund(params: LegacyRefundParams, options?: CallOptions): Promise<LegacyRefundResult>;
  /**
   * v1 order token (POST /api/v1/order/create/1, base64 + X-VERIFY); refusals such as 1160 and 1130 answer
   * -32001 with error_code.
   *
   * Calls Plural: POST /api/v1/order/create/1.
   *
   * JSON-RPC method `createOrderToken`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createOrderToken(params: CreateOrderTokenParams, options?: CallOptions): Promise<CreateOrderTokenResult>;
  /**
   * Save a customer (POST /api/v1/customer): the owner of card tokens and subscriptions.
   *
   * Calls Plural: POST /api/v1/customer.
   *
   * JSON-RPC method `createCustomer`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createCustomer(params?: CreateCustomerParams, options?: CallOptions): Promise<CreateCustomerResult>;
  /**
   * Fetch a customer by customer_id, or find one by mobile number and your reference (GET /api/v1/customer).
   *
   * Calls Plural: GET /api/v1/customer/{customer_id}, GET /api/v1/customer.
   *
   * JSON-RPC method `getCustomer`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getCustomer(params?: GetCustomerParams, options?: CallOptions): Promise<GetCustomerResult>;
  /**
   * Change a customer's details or status (PATCH /api/v1/customer/{customer_id}).
   *
   * Calls Plural: PATCH /api/v1/customer/{customer_id}.
   *
   * JSON-RPC method `updateCustomer`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  updateCustomer(params: UpdateCustomerParams, options?: CallOptions): Promise<UpdateCustomerResult>;
  /**
   * Save a customer's card as a token (POST /api/v1/tokens).
   *
   * Calls Plural: POST /api/v1/tokens.
   *
   * JSON-RPC method `createCardToken`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createCardToken(params: CreateCardTokenParams, options?: CallOptions): Promise<CreateCardTokenResult>;
  /**
   * Fetch the network (service provider) token behind a token id (GET /api/v1/tokens/{identifier}).
   *
   * Calls Plural: GET /api/v1/tokens/{identifier}.
   *
   * JSON-RPC method `getServiceProviderToken`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getServiceProviderToken(params: GetServiceProviderTokenParams, options?: CallOptions): Promise<GetServiceProviderTokenResult>;
  /**
   * Make the one-time cryptogram a payment with a token needs (POST
   * /api/v1/tokens/{token_id}/token-transactional-data).
   *
   * Calls Plural: POST /api/v1/tokens/{token_id}/token-transactional-data.
   *
   * JSON-RPC method `generateCryptogram`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  generateCryptogram(params: GenerateCryptogramParams, options?: CallOptions): Promise<GenerateCryptogramResult>;
  /**
   * Delete a token by its id (POST /api/v1/tokens/{token_id}/delete).
   *
   * Calls Plural: POST /api/v1/tokens/{token_id}/delete.
   *
   * JSON-RPC method `deleteCardToken`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  deleteCardToken(params: DeleteCardTokenParams, options?: CallOptions): Promise<DeleteCardTokenResult>;
  /**
   * A customer's saved tokens (GET /api/v1/customer/{customer_id}/tokens).
   *
   * Calls Plural: GET /api/v1/customer/{customer_id}/tokens.
   *
   * JSON-RPC method `listCustomerTokens`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  listCustomerTokens(params: ListCustomerTokensParams, options?: CallOptions): Promise<ListCustomerTokensResult>;
  /**
   * One of a customer's tokens (GET /api/v1/customer/{customer_id}/tokens/{token_id}).
   *
   * Calls Plural: GET /api/v1/customer/{customer_id}/tokens/{token_id}.
   *
   * JSON-RPC method `getCustomerToken`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getCustomerToken(params: GetCustomerTokenParams, options?: CallOptions): Promise<GetCustomerTokenResult>;
  /**
   * Delete one of a customer's tokens (POST /api/v1/customer/{customer_id}/tokens/{token_id}/delete).
   *
   * Calls Plural: POST /api/v1/customer/{customer_id}/tokens/{token_id}/delete.
   *
   * JSON-RPC method `deleteCustomerToken`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  deleteCustomerToken(params: DeleteCustomerTokenParams, options?: CallOptions): Promise<DeleteCustomerTokenResult>;
  /**
   * Your subscription plans, filtered and paged (GET /ps/api/v1/public/plans).
   *
   * Calls Plural: GET /ps/api/v1/public/plans.
   *
   * JSON-RPC method `listPlans`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  listPlans(params?: ListPlansParams, options?: CallOptions): Promise<ListPlansResult>;
  /**
   * Create a subscription plan (POST /ps/api/v1/public/plans).
   *
   * Calls Plural: POST /ps/api/v1/public/plans.
   *
   * JSON-RPC method `createPlan`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createPlan(params: CreatePlanParams, options?: CallOptions): Promise<CreatePlanResult>;
  /**
   * Fetch a plan by plan_id, or by merchant_plan_reference.
   *
   * Calls Plural: GET /ps/api/v1/public/plans/{plan_id}, GET
   * /ps/api/v1/public/plans/reference/{merchant_plan_reference}.
   *
   * JSON-RPC method `getPlan`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getPlan(params?: GetPlanParams, options?: CallOptions): Promise<GetPlanResult>;
  /**
   * Change a plan (PATCH /ps/api/v1/public/plans/{plan_id}).
   *
   * Calls Plural: PATCH /ps/api/v1/public/plans/{plan_id}.
   *
   * JSON-RPC method `updatePlan`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  updatePlan(params: UpdatePlanParams, options?: CallOptions): Promise<UpdatePlanResult>;
  /**
   * Delete a plan (DELETE /ps/api/v1/public/plans/{plan_id}). Answers {} when Plural sends no body.
   *
   * Calls Plural: DELETE /ps/api/v1/public/plans/{plan_id}.
   *
   * JSON-RPC method `deletePlan`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  deletePlan(params: DeletePlanParams, options?: CallOptions): Promise<DeletePlanResult>;
  /**
   * Your subscriptions, filtered and paged (GET /ps/api/v1/public/subscriptions).
   *
   * Calls Plural: GET /ps/api/v1/public/subscriptions.
   *
   * JSON-RPC method `listSubscriptions`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  listSubscriptions(params?: ListSubscriptionsParams, options?: CallOptions): Promise<ListSubscriptionsResult>;
  /**
   * Subscribe a customer to a plan (POST /ps/api/v1/public/subscriptions); answers where the customer authorises
   * the mandate.
   *
   * Calls Plural: POST /ps/api/v1/public/subscriptions.
   *
   * JSON-RPC method `createSubscription`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createSubscription(params: CreateSubscriptionParams, options?: CallOptions): Promise<CreateSubscriptionResult>;
  /**
   * Fetch a subscription by subscription_id, or by merchant_subscription_reference.
   *
   * Calls Plural: GET /ps/api/v1/public/subscriptions/{subscription_id}, GET
   * /ps/api/v1/public/subscriptions/reference/{merchant_subscription_reference}.
   *
   * JSON-RPC method `getSubscription`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getSubscription(params?: GetSubscriptionParams, options?: CallOptions): Promise<GetSubscriptionResult>;
  /**
   * Move a subscription to another plan or end date (PATCH /ps/api/v1/public/subscriptions/{subscription_id}).
   *
   * Calls Plural: PATCH /ps/api/v1/public/subscriptions/{subscription_id}.
   *
   * JSON-RPC method `updateSubscription`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  updateSubscription(params: UpdateSubscriptionParams, options?: CallOptions): Promise<UpdateSubscriptionResult>;
  /**
   * Cancel a subscription for good: no further debits (POST
   * /ps/api/v1/public/subscriptions/{subscription_id}/cancel).
   *
   * Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/cancel.
   *
   * JSON-RPC method `cancelSubscription`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  cancelSubscription(params: CancelSubscriptionParams, options?: CallOptions): Promise<CancelSubscriptionResult>;
  /**
   * Pause an ACTIVE subscription: no debits until resumed (POST
   * /ps/api/v1/public/subscriptions/{subscription_id}/pause).
   *
   * Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/pause.
   *
   * JSON-RPC method `pauseSubscription`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  pauseSubscription(params: PauseSubscriptionParams, options?: CallOptions): Promise<PauseSubscriptionResult>;
  /**
   * Resume a PAUSED subscription (POST /ps/api/v1/public/subscriptions/{subscription_id}/resume).
   *
   * Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/resume.
   *
   * JSON-RPC method `resumeSubscription`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  resumeSubscription(params: ResumeSubscriptionParams, options?: CallOptions): Promise<ResumeSubscriptionResult>;
  /**
   * A subscription's presentations (debits), paged (GET
   * /ps/api/v1/public/subscriptions/{subscription_id}/presentations).
   *
   * Calls Plural: GET /ps/api/v1/public/subscriptions/{subscription_id}/presentations.
   *
   * JSON-RPC method `listPresentations`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  listPresentations(params: ListPresentationsParams, options?: CallOptions): Promise<ListPresentationsResult>;
  /**
   * Schedule a debit of an ACTIVE subscription (POST
   * /ps/api/v1/public/subscriptions/{subscription_id}/presentations).
   *
   * Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/presentations.
   *
   * JSON-RPC method `createPresentation`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createPresentation(params: CreatePresentationParams, options?: CallOptions): Promise<CreatePresentationResult>;
  /**
   * Fetch a presentation by presentation_id, or by merchant_presentation_reference.
   *
   * Calls Plural: GET /ps/api/v1/public/presentations/{presentation_id}, GET
   * /ps/api/v1/public/presentations/reference/{merchant_presentation_reference}.
   *
   * JSON-RPC method `getPresentation`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getPresentation(params?: GetPresentationParams, options?: CallOptions): Promise<GetPresentationResult>;
  /**
   * Withdraw a debit not yet executed (DELETE /ps/api/v1/public/presentations/{presentation_id}). Answers {}
   * when Plural sends no body.
   *
   * Calls Plural: DELETE /ps/api/v1/public/presentations/{presentation_id}.
   *
   * JSON-RPC method `deletePresentation`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  deletePresentation(params: DeletePresentationParams, options?: CallOptions): Promise<DeletePresentationResult>;
  /**
   * Notify the customer of a coming debit (POST /ps/api/v1/public/subscriptions/notify); the debit then waits
   * for executeMandateDebit.
   *
   * Calls Plural: POST /ps/api/v1/public/subscriptions/notify.
   *
   * JSON-RPC method `sendPreDebitNotification`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  sendPreDebitNotification(params: SendPreDebitNotificationParams, options?: CallOptions): Promise<SendPreDebitNotificationResult>;
  /**
   * Debit a notified presentation now (POST /ps/api/v1/public/subscriptions/execute). Never sent twice for the
   * same presentation.
   *
   * Calls Plural: POST /ps/api/v1/public/subscriptions/execute.
   *
   * JSON-RPC method `executeMandateDebit`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  executeMandateDebit(params?: ExecuteMandateDebitParams, options?: CallOptions): Promise<ExecuteMandateDebitResult>;
  /**
   * Retry a FAILED debit (POST /ps/api/v1/mandate/merchant-retry). Give idempotency_key to make a repeat the
   * same retry.
   *
   * Each retry is a new attempt at the money, so a retry is keyed only by your idempotency_key (without one,
   * every call is a new retry). Plural halts the subscription after repeated failures.
   *
   * Calls Plural: POST /ps/api/v1/mandate/merchant-retry.
   *
   * JSON-RPC method `retryMandateDebit`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  retryMandateDebit(params?: RetryMandateDebitParams, options?: CallOptions): Promise<RetryMandateDebitResult>;
  /**
   * Send the customer the bank's OTP for a PENDING card payment, for native OTP entry (POST
   * /api/pay/v1/otp/generate).
   *
   * Calls Plural: POST /api/pay/v1/otp/generate.
   *
   * JSON-RPC method `generateOtp`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  generateOtp(params: GenerateOtpParams, options?: CallOptions): Promise<GenerateOtpResult>;
  /**
   * Submit the OTP the customer typed (POST /api/pay/v1/otp/submit); the right one completes the payment.
   *
   * Not retried once sent: a wrong OTP counts against the bank's attempts. A lost answer is settled with
   * getOrder (the payment is AUTHORIZED or PROCESSED once the OTP was accepted). The OTP is never logged.
   *
   * Calls Plural: POST /api/pay/v1/otp/submit.
   *
   * JSON-RPC method `submitOtp`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  submitOtp(params: SubmitOtpParams, options?: CallOptions): Promise<SubmitOtpResult>;
  /**
   * Send the OTP again (POST /api/pay/v1/otp/resend); the bank allows a few resends per payment.
   *
   * Calls Plural: POST /api/pay/v1/otp/resend.
   *
   * JSON-RPC method `resendOtp`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  resendOtp(params: ResendOtpParams, options?: CallOptions): Promise<ResendOtpResult>;
  /**
   * Look up a card before paying: network, issuer, type, international, native OTP support (POST
   * /api/pay/v1/getCardDetails).
   *
   * The card number goes to Plural and nowhere else: never logged, never in the result (which names the card,
   * not its number).
   *
   * Calls Plural: POST /api/pay/v1/getCardDetails.
   *
   * JSON-RPC method `getCardDetails`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getCardDetails(params: GetCardDetailsParams, options?: CallOptions): Promise<GetCardDetailsResult>;
  /**
   * Authorise a PENDING payment with card data decrypted from Apple Pay, or after your own 3-D Secure (POST
   * /api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize).
   *
   * Moves money: the order becomes AUTHORIZED (pre_auth) or PROCESSED. Keyed by the order and payment ids, so a
   * repeat never authorises twice; a lost answer is settled by getOrder. The decrypted card data is never
   * logged.
   *
   * Calls Plural: POST /api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize.
   *
   * JSON-RPC method `authorizePayment`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  authorizePayment(params: AuthorizePaymentParams, options?: CallOptions): Promise<AuthorizePaymentResult>;
  /**
   * The EMI offers (issuers, tenures, instalments, interest) for an amount (POST
   * /api/affordability/v1/offer/discovery).
   *
   * To pay with one, pass its issuer offer with the tenure chosen (`tenures[i]` as `tenure`) as offer_data to
   * validateOffer and createPayment (CREDIT_EMI, DEBIT_EMI).
   *
   * Calls Plural: POST /api/affordability/v1/offer/discovery.
   *
   * JSON-RPC method `discoverOffers`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  discoverOffers(params?: DiscoverOffersParams, options?: CallOptions): Promise<DiscoverOffersResult>;
  /**
   * The cardless EMI offers a customer is eligible for, by PAN and mobile number (POST
   * /api/affordability/v1/offer/discovery/cardless).
   *
   * Calls Plural: POST /api/affordability/v1/offer/discovery/cardless.
   *
   * JSON-RPC method `discoverCardlessOffers`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  discoverCardlessOffers(params?: DiscoverCardlessOffersParams, options?: CallOptions): Promise<DiscoverCardlessOffersResult>;
  /**
   * The down payment range and the methods it may be paid by, for an EMI order (POST
   * /api/affordability/v1/offer/downpayment/details).
   *
   * Calls Plural: POST /api/affordability/v1/offer/downpayment/details.
   *
   * JSON-RPC method `getDownpaymentDetails`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getDownpaymentDetails(params?: GetDownpaymentDetailsParams, options?: CallOptions): Promise<GetDownpaymentDetailsResult>;
  /**
   * Check an EMI offer from discovery against the amount and instrument before paying with it (POST
   * /api/affordability/v1/offer/validate).
   *
   * Plural refuses an offer it did not make for this amount (-32001). The amounts are integer paise; they go to
   * Plural as digit strings, as its definition types them.
   *
   * Calls Plural: POST /api/affordability/v1/offer/validate.
   *
   * JSON-RPC method `validateOffer`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  validateOffer(params: ValidateOfferParams, options?: CallOptions): Promise<ValidateOfferResult>;
  /**
   * Block (or release) a brand-EMI device's IMEI against an order (POST
   * /api/affordability/v1/product/{order_id}/imei). Answers {} when Plural sends no body.
   *
   * Calls Plural: POST /api/affordability/v1/product/{order_id}/imei.
   *
   * JSON-RPC method `validateImei`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  validateImei(params: ValidateImeiParams, options?: CallOptions): Promise<ValidateImeiResult>;
  /**
   * Whether a customer may pay an amount by buy-now-pay-later, with their limit and instalments (POST
   * /api/payment-option/eligibility/bnpl).
   *
   * Calls Plural: POST /api/payment-option/eligibility/bnpl.
   *
   * JSON-RPC method `checkBnplEligibility`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  checkBnplEligibility(params: CheckBnplEligibilityParams, options?: CallOptions): Promise<CheckBnplEligibilityResult>;
  /**
   * The convenience fee (and its tax) a payment method adds to an amount, and what the customer pays (POST
   * /api/v1/fees).
   *
   * Calls Plural: POST /api/v1/fees.
   *
   * JSON-RPC method `calculateConvenienceFee`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  calculateConvenienceFee(params: CalculateConvenienceFeeParams, options?: CallOptions): Promise<CalculateConvenienceFeeResult>;
  /**
   * Quote a multi-currency (MCC) conversion: the rate and the converted amount (POST /api/conversion/mcc).
   *
   * Calls Plural: POST /api/conversion/mcc.
   *
   * JSON-RPC method `convertCurrency`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  convertCurrency(params: ConvertCurrencyParams, options?: CallOptions): Promise<ConvertCurrencyResult>;
  /**
   * Compute the tax collected at source (TCS) on a cross-border (LRS) order (POST /api/v1/tcs/compute).
   *
   * Calls Plural: POST /api/v1/tcs/compute.
   *
   * JSON-RPC method `computeTcs`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  computeTcs(params: ComputeTcsParams, options?: CallOptions): Promise<ComputeTcsResult>;
  /**
   * Your settlements (payouts by UTR) between two dates, paged (GET /api/settlements/v1/list).
   *
   * The range may span at most 60 days. A settlement tells you money reached your bank, not that a payment
   * succeeded: read the order for that.
   *
   * Calls Plural: GET /api/settlements/v1/list.
   *
   * JSON-RPC method `listSettlements`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  listSettlements(params: ListSettlementsParams, options?: CallOptions): Promise<ListSettlementsResult>;
  /**
   * One settlement by its UTR, with the transactions it paid out, paged (GET /api/settlements/v1/detail/{utr}).
   *
   * Calls Plural: GET /api/settlements/v1/detail/{utr}.
   *
   * JSON-RPC method `getSettlement`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getSettlement(params: GetSettlementParams, options?: CallOptions): Promise<GetSettlementResult>;
  /**
   * Release a held part of a split order to its partner merchant (PATCH
   * /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release). Never sent twice for the same part.
   *
   * Calls Plural: PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release.
   *
   * JSON-RPC method `releaseSettlement`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  releaseSettlement(params: ReleaseSettlementParams, options?: CallOptions): Promise<ReleaseSettlementResult>;
  /**
   * Cancel a held part of a split order (PATCH
   * /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel). Never sent twice for the same part.
   *
   * Calls Plural: PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel.
   *
   * JSON-RPC method `cancelSettlement`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  cancelSettlement(params: CancelSettlementParams, options?: CallOptions): Promise<CancelSettlementResult>;
  /**
   * Create brand wallets for one or more customers (POST /payment-option/create/wallet). A customer who has one
   * keeps it.
   *
   * Calls Plural: POST /payment-option/create/wallet.
   *
   * JSON-RPC method `createBrandWallet`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createBrandWallet(params: CreateBrandWalletParams, options?: CallOptions): Promise<CreateBrandWalletResult>;
  /**
   * Whether a customer's wallet can pay this amount now (POST /payment-option/wallet/validate). Moves nothing.
   *
   * Calls Plural: POST /payment-option/wallet/validate.
   *
   * JSON-RPC method `validateBrandWallet`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  validateBrandWallet(params: ValidateBrandWalletParams, options?: CallOptions): Promise<ValidateBrandWalletResult>;
  /**
   * A customer's wallet and its balance (POST /payment-option/wallet/balance).
   *
   * Calls Plural: POST /payment-option/wallet/balance.
   *
   * JSON-RPC method `getBrandWalletBalance`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getBrandWalletBalance(params: GetBrandWalletBalanceParams, options?: CallOptions): Promise<GetBrandWalletBalanceResult>;
  /**
   * Load money into a customer's active wallet (POST /payment-option/wallet/load). Give idempotency_key: the
   * request has no reference of its own, so without one every call is a new load.
   *
   * Calls Plural: POST /payment-option/wallet/load.
   *
   * JSON-RPC method `loadBrandWallet`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  loadBrandWallet(params: LoadBrandWalletParams, options?: CallOptions): Promise<LoadBrandWalletResult>;
  /**
   * Activate a created or deactivated wallet (POST /payment-option/wallet/customer/{customer_id}/activate).
   *
   * Calls Plural: POST /payment-option/wallet/customer/{customer_id}/activate.
   *
   * JSON-RPC method `activateBrandWallet`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  activateBrandWallet(params: ActivateBrandWalletParams, options?: CallOptions): Promise<ActivateBrandWalletResult>;
  /**
   * Deactivate a wallet: no loads or payments until it is activated again (POST
   * /payment-option/wallet/customer/{customer_id}/deactivate).
   *
   * Calls Plural: POST /payment-option/wallet/customer/{customer_id}/deactivate.
   *
   * JSON-RPC method `deactivateBrandWallet`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  deactivateBrandWallet(params: DeactivateBrandWalletParams, options?: CallOptions): Promise<DeactivateBrandWalletResult>;
  /**
   * Reset the PIN of a customer's wallet; the balance is kept (POST
   * /payment-option/wallet/customer/{customer_id}/reset).
   *
   * Calls Plural: POST /payment-option/wallet/customer/{customer_id}/reset.
   *
   * JSON-RPC method `resetBrandWalletPin`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  resetBrandWalletPin(params: ResetBrandWalletPinParams, options?: CallOptions): Promise<ResetBrandWalletPinResult>;
  /**
   * A wallet's movements, filtered and paged (GET /payment-option/wallet/customer/{customer_id}/history).
   *
   * Calls Plural: GET /payment-option/wallet/customer/{customer_id}/history.
   *
   * JSON-RPC method `getBrandWalletHistory`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getBrandWalletHistory(params: GetBrandWalletHistoryParams, options?: CallOptions): Promise<GetBrandWalletHistoryResult>;
  /**
   * The customer adds money to their wallet with a gift card or UPI (POST /api/pay/v1/add_money). Never sent
   * twice for the same merchant_order_reference.
   *
   * The gift card number and PIN pass through to Plural and nowhere else: never logged, never echoed.
   *
   * Calls Plural: POST /api/pay/v1/add_money.
   *
   * JSON-RPC method `addMoneyToBrandWallet`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  addMoneyToBrandWallet(params: AddMoneyToBrandWalletParams, options?: CallOptions): Promise<AddMoneyToBrandWalletResult>;
  /**
   * Create a UPI Reserve Pay (SBMD) subscription that reserves an amount for later debits (POST
   * /ps/public/subscriptions/sbmd).
   *
   * Calls Plural: POST /ps/public/subscriptions/sbmd.
   *
   * JSON-RPC method `createSbmdSubscription`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createSbmdSubscription(params: CreateSbmdSubscriptionParams, options?: CallOptions): Promise<CreateSbmdSubscriptionResult>;
  /**
   * A UPI Reserve Pay subscription by id (GET /ps/public/subscriptions/sbmd/{reserve_pay_sub_id}).
   *
   * Calls Plural: GET /ps/public/subscriptions/sbmd/{reserve_pay_sub_id}.
   *
   * JSON-RPC method `getSbmdSubscription`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getSbmdSubscription(params: GetSbmdSubscriptionParams, options?: CallOptions): Promise<GetSbmdSubscriptionResult>;
  /**
   * Capture the invoice of a cross-border order (POST /api/pay/v1/orders/{orderId}/invoice); upload its file
   * with uploadInvoiceFile.
   *
   * Calls Plural: POST /api/pay/v1/orders/{order_id}/invoice.
   *
   * JSON-RPC method `captureInvoice`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  captureInvoice(params: CaptureInvoiceParams, options?: CallOptions): Promise<CaptureInvoiceResult>;
  /**
   * The invoice of a cross-border order and its status (GET /api/pay/v1/orders/{orderId}/invoice).
   *
   * Calls Plural: GET /api/pay/v1/orders/{order_id}/invoice.
   *
   * JSON-RPC method `getInvoiceStatus`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getInvoiceStatus(params: GetInvoiceStatusParams, options?: CallOptions): Promise<GetInvoiceStatusResult>;
  /**
   * Upload the invoice's document (PUT /api/pay/v1/orders/{orderId}/invoice/{invoiceId}/upload,
   * multipart/form-data).
   *
   * file is a FileUpload (base64, content type, file name; docs/FILES.md), at most PLURAL_MAX_UPLOAD_BYTES; it
   * goes to Plural as the multipart part `file` and is never logged.
   *
   * Calls Plural: PUT /api/pay/v1/orders/{order_id}/invoice/{invoice_id}/upload.
   *
   * JSON-RPC method `uploadInvoiceFile`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  uploadInvoiceFile(params: UploadInvoiceFileParams, options?: CallOptions): Promise<UploadInvoiceFileResult>;
  /**
   * Record one or more airway bills of a cross-border order (POST /api/pay/v1/orders/{orderId}/awb; the body is
   * the array).
   *
   * Calls Plural: POST /api/pay/v1/orders/{order_id}/awb.
   *
   * JSON-RPC method `createAwb`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createAwb(params: CreateAwbParams, options?: CallOptions): Promise<CreateAwbResult>;
  /**
   * The airway bills of a cross-border order and their statuses (GET /api/pay/v1/orders/{orderId}/awb).
   *
   * Calls Plural: GET /api/pay/v1/orders/{order_id}/awb.
   *
   * JSON-RPC method `getAllAwbs`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getAllAwbs(params: GetAllAwbsParams, options?: CallOptions): Promise<GetAllAwbsResult>;
  /**
   * One airway bill (GET /api/pay/v1/orders/{orderId}/awb/{awbId}).
   *
   * Calls Plural: GET /api/pay/v1/orders/{order_id}/awb/{awb_id}.
   *
   * JSON-RPC method `getAwbById`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getAwbById(params: GetAwbByIdParams, options?: CallOptions): Promise<GetAwbByIdResult>;
  /**
   * Upload an airway bill's document (PUT /api/pay/v1/orders/{orderId}/awb/{awbId}/upload, multipart/form-data).
   *
   * file is a FileUpload (base64, content type, file name; docs/FILES.md), at most PLURAL_MAX_UPLOAD_BYTES; it
   * goes to Plural as the multipart part `file` and is never logged.
   *
   * Calls Plural: PUT /api/pay/v1/orders/{order_id}/awb/{awb_id}/upload.
   *
   * JSON-RPC method `uploadAwbFile`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  uploadAwbFile(params: UploadAwbFileParams, options?: CallOptions): Promise<UploadAwbFileResult>;
  /**
   * Create the e-challan of an order (POST /api/pay/v1/order/{order_id}/challan).
   *
   * Calls Plural: POST /api/pay/v1/order/{order_id}/challan.
   *
   * JSON-RPC method `createChallan`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  createChallan(params: CreateChallanParams, options?: CallOptions): Promise<CreateChallanResult>;
  /**
   * The e-challan of an order (GET /api/pay/v1/order/{order_id}/challan).
   *
   * Calls Plural: GET /api/pay/v1/order/{order_id}/challan.
   *
   * JSON-RPC method `getChallan`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getChallan(params: GetChallanParams, options?: CallOptions): Promise<GetChallanResult>;
  /**
   * Download the e-challan as a PDF (GET /api/pay/v1/order/{order_id}/challan/pdf); answers the file's bytes in
   * base64.
   *
   * Calls Plural: GET /api/pay/v1/order/{order_id}/challan/pdf.
   *
   * JSON-RPC method `getChallanPdf`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getChallanPdf(params: GetChallanPdfParams, options?: CallOptions): Promise<GetChallanPdfResult>;
  /**
   * Pay a beneficiary from your funding account (POST /payouts/v3/payments/banks): IMPS, NEFT or RTGS to an
   * account, or UPI to a VPA.
   *
   * Moves money. clientReferenceId is the payout's idempotency key: the sidecar answers a repeat from its ledger
   * and Plural refuses a second payout with it (409 DUPLICATE_REQUEST). A payout whose answer was lost is looked
   * up by clientReferenceId. PENDING means the funding account lacks the balance.
   *
   * Calls Plural: POST /payouts/v3/payments/banks.
   *
   * JSON-RPC method `createPayout`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createPayout(params: CreatePayoutParams, options?: CallOptions): Promise<CreatePayoutResult>;
  /**
   * Your payouts, filtered and paged (GET /payouts/v3/payments).
   *
   * Calls Plural: GET /payouts/v3/payments.
   *
   * JSON-RPC method `listPayouts`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  listPayouts(params?: ListPayoutsParams, options?: CallOptions): Promise<ListPayoutsResult>;
  /**
   * The funding account payouts are paid from, and its balance (GET /payouts/v3/payments/funding-account).
   *
   * Calls Plural: GET /payouts/v3/payments/funding-account.
   *
   * JSON-RPC method `getPayoutBalance`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  getPayoutBalance(params?: GetPayoutBalanceParams, options?: CallOptions): Promise<GetPayoutBalanceResult>;
  /**
   * Pay many beneficiaries from one file (POST /payouts/v3/payments/banks/file, multipart/form-data); list them
   * by its requestReferenceId.
   *
   * Moves money. file is a FileUpload (docs/FILES.md) of Plural's bulk template, at most
   * PLURAL_MAX_UPLOAD_BYTES, sent as the multipart part `file` and never logged. Give idempotency_key to make a
   * repeat the same upload.
   *
   * Calls Plural: POST /payouts/v3/payments/banks/file.
   *
   * JSON-RPC method `createBulkPayout`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  createBulkPayout(params: CreateBulkPayoutParams, options?: CallOptions): Promise<CreateBulkPayoutResult>;
  /**
   * Move a SCHEDULED payout to another time (PUT /payouts/v3/payments/banks/{paymentReferenceId}).
   *
   * Calls Plural: PUT /payouts/v3/payments/banks/{paymentReferenceId}.
   *
   * JSON-RPC method `updateScheduledPayout`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  updateScheduledPayout(params: UpdateScheduledPayoutParams, options?: CallOptions): Promise<UpdateScheduledPayoutResult>;
  /**
   * Cancel a SCHEDULED payout (PUT /payouts/v3/payments/banks/{paymentReferenceId}/cancel); its amount returns
   * to the funding account.
   *
   * Moves money back. The payout's id is its idempotency key; a cancel whose answer was lost is looked up by
   * listing the payout.
   *
   * Calls Plural: PUT /payouts/v3/payments/banks/{paymentReferenceId}/cancel.
   *
   * JSON-RPC method `cancelScheduledPayout`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   * @throws {IdempotencyConflict} -32006
   * @throws {RefusedForSafety} -32007
   */
  cancelScheduledPayout(params: CancelScheduledPayoutParams, options?: CallOptions): Promise<CancelScheduledPayoutResult>;
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
   * Confirm a return to your URL: verify the signed fields exactly as received, then read the order from the
   * gateway; paid only when the gateway says so.
   *
   * Pass every field posted to your callback_url (v3: order_id, payment_status, signature…) or
   * merchant_return_url (v2: unique_merchant_txn_id, dia_secret…) exactly as received. A forged or tampered
   * payload answers verified: false, paid: false and fetches nothing. Otherwise the v3 order is fetched
   * (getOrder) or the v2 transaction inquired, and paid is true only when that record is AUTHORIZED or PROCESSED
   * (v2: status 4 with code 1). AUTHORIZED (pre_auth) orders still need capture.
   *
   * JSON-RPC method `confirmPayment`.
   *
   * @throws {InvalidParams} -32602
   * @throws {SettingMissing} -32004
   * @throws {GatewayError} -32001
   * @throws {CredentialsRefused} -32002
   * @throws {GatewayUnreachable} -32003
   * @throws {SettingMissing} -32004
   * @throws {BadGatewayAnswer} -32005
   */
  confirmPayment(params: ConfirmPaymentParams, options?: CallOptions): Promise<ConfirmPaymentResult>;
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
   * Health (live, ready and why not) and every metric --metrics serves, as JSON: calls, gateway requests,
   * retries, token, circuits, process.
   *
   * metrics has one member per metric family (README, Operations): a list of {labels, value}, or for histograms
   * {labels, buckets (cumulative counts by upper bound), sum, count}. Label values come from fixed sets only.
   *
   * JSON-RPC method `stats`.
   *
   * @throws {InvalidParams} -32602
   */
  stats(params?: StatsParams, options?: CallOptions): Promise<StatsResult>;
  /**
   * Money-moving calls whose outcome is still unknown; repeat one with its key to look it up again.
   *
   * Each entry is a call that was sent and whose answer was lost, and that no lookup has settled (by order id or
   * merchant reference) within PLURAL_RECONCILE_TIMEOUT. Repeating the call with the same idempotency key (or
   * merchant reference) looks it up again and answers what happened; a new call for the same merchant reference
   * is refused (-32007, outcome_pending) until then. With PLURAL_STATE_DIR set, the list survives restarts.
   *
   * JSON-RPC method `pendingOutcomes`.
   *
   * @throws {InvalidParams} -32602
   */
  pendingOutcomes(params?: PendingOutcomesParams, options?: CallOptions): Promise<PendingOutcomesResult>;
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
   * (simulator only) Inject faults (latency, status, reset, malformed, garbage, unauthorized, large) and set
   * token lifetime; answers stats.
   *
   * JSON-RPC method `simulator.configure`.
   *
   * @throws {InvalidParams} -32602
   */
  simulatorConfigure(params?: SimulatorConfigureParams, options?: CallOptions): Promise<SimulatorConfigureResult>;
  /**
   * (simulator only) The webhooks sent to PLURAL_SIMULATOR_WEBHOOK_URL, oldest first: event, attempts, last
   * status.
   *
   * JSON-RPC method `simulator.webhooks`.
   *
   * @throws {InvalidParams} -32602
   */
  simulatorWebhooks(params?: SimulatorWebhooksParams, options?: CallOptions): Promise<SimulatorWebhooksResult>;
  /**
   * (simulator only) Send one webhook again with the same webhook-id and body (a replay), and answer the
   * delivery after that attempt.
   *
   * JSON-RPC method `simulator.redeliver`.
   *
   * @throws {InvalidParams} -32602
   * @throws {GatewayError} -32001
   */
  simulatorRedeliver(params: SimulatorRedeliverParams, options?: CallOptions): Promise<SimulatorRedeliverResult>;
  /**
   * (simulator only) The webhook events the simulated gateway's state changes produced, oldest first
   * ({event_type, data}).
   *
   * JSON-RPC method `simulator.events`.
   *
   * @throws {InvalidParams} -32602
   */
  simulatorEvents(params?: SimulatorEventsParams, options?: CallOptions): Promise<SimulatorEventsResult>;
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
/**
 * Invalid params (every validation failure): data carries {field, reason}, field a path such as
 * payments[0].payment_amount.value.
 */
export declare class InvalidParams extends SidecarError { static readonly CODE: -32602; }
/** Internal error. */
export declare class InternalError extends SidecarError { static readonly CODE: -32603; }
/**
 * The gateway answered with an error: data carries http_status, code, message, additional_error_details (also as
 * details), request_id; v1/v2 calls also error_code or response_code.
 */
export declare class GatewayError extends SidecarError { static readonly CODE: -32001; }
/** The gateway refused the client credentials: data carries http_status, error, error_description. */
export declare class CredentialsRefused extends SidecarError { static readonly CODE: -32002; }
/**
 * The gateway could not be reached or did not answer in time: data carries reason (timeout, connect, reset,
 * circuit_open: the host stopped answering and calls fail at once for a cool-down, or shutdown: the sidecar
 * stopped before the call finished), outcome (not_sent; unknown: the gateway may have acted; not_applied: a
 * lookup showed it did not, safe to repeat), request_id, and for money-moving calls reconciled and
 * idempotency_key.
 */
export declare class GatewayUnreachable extends SidecarError { static readonly CODE: -32003; }
/** A setting this call needs is missing or invalid: data carries setting. */
export declare class SettingMissing extends SidecarError { static readonly CODE: -32004; }
/** The gateway's answer was malformed or its signature did not verify: data carries http_status, reason. */
export declare class BadGatewayAnswer extends SidecarError { static readonly CODE: -32005; }
/**
 * An idempotency key was used by a call with other params: data carries idempotency_key (the key given, or the
 * merchant reference serving as one), method, first_method. Nothing was sent.
 */
export declare class IdempotencyConflict extends SidecarError { static readonly CODE: -32006; }
/**
 * Refused before sending, to keep money safe: data carries rule (refund_exceeds_captured with captured,
 * refunded, pending and requested paise; outcome_pending with pending_key). Nothing was sent.
 */
export declare class RefusedForSafety extends SidecarError { static readonly CODE: -32007; }

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
