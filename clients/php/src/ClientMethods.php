<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar;

/**
 * The helpers: one per method in protocol/openrpc.json, each call() with the method name filled in.
 * Client extends this class. Params and results are associative arrays; the docblocks give their
 * shapes ("..." marks a shape the gateway may add members to).
 */
abstract class ClientMethods
{
    /** Helper name => JSON-RPC method name, for every method in protocol/openrpc.json. */
    public const METHODS = [
        'createOrder' => 'createOrder',
        'getOrder' => 'getOrder',
        'capture' => 'capture',
        'cancel' => 'cancel',
        'createPayment' => 'createPayment',
        'refund' => 'refund',
        'createCheckout' => 'createCheckout',
        'checkPointBalance' => 'checkPointBalance',
        'fetchUpiVpa' => 'fetchUpiVpa',
        'createPaymentLink' => 'createPaymentLink',
        'getPaymentLink' => 'getPaymentLink',
        'cancelPaymentLink' => 'cancelPaymentLink',
        'notifyPaymentLink' => 'notifyPaymentLink',
        'acceptPayment' => 'acceptPayment',
        'processPayment' => 'processPayment',
        'inquiry' => 'inquiry',
        'legacyRefund' => 'legacyRefund',
        'createOrderToken' => 'createOrderToken',
        'createCustomer' => 'createCustomer',
        'getCustomer' => 'getCustomer',
        'updateCustomer' => 'updateCustomer',
        'createCardToken' => 'createCardToken',
        'getServiceProviderToken' => 'getServiceProviderToken',
        'generateCryptogram' => 'generateCryptogram',
        'deleteCardToken' => 'deleteCardToken',
        'listCustomerTokens' => 'listCustomerTokens',
        'getCustomerToken' => 'getCustomerToken',
        'deleteCustomerToken' => 'deleteCustomerToken',
        'listPlans' => 'listPlans',
        'createPlan' => 'createPlan',
        'getPlan' => 'getPlan',
        'updatePlan' => 'updatePlan',
        'deletePlan' => 'deletePlan',
        'listSubscriptions' => 'listSubscriptions',
        'createSubscription' => 'createSubscription',
        'getSubscription' => 'getSubscription',
        'updateSubscription' => 'updateSubscription',
        'cancelSubscription' => 'cancelSubscription',
        'pauseSubscription' => 'pauseSubscription',
        'resumeSubscription' => 'resumeSubscription',
        'listPresentations' => 'listPresentations',
        'createPresentation' => 'createPresentation',
        'getPresentation' => 'getPresentation',
        'deletePresentation' => 'deletePresentation',
        'sendPreDebitNotification' => 'sendPreDebitNotification',
        'executeMandateDebit' => 'executeMandateDebit',
        'retryMandateDebit' => 'retryMandateDebit',
        'generateOtp' => 'generateOtp',
        'submitOtp' => 'submitOtp',
        'resendOtp' => 'resendOtp',
        'getCardDetails' => 'getCardDetails',
        'authorizePayment' => 'authorizePayment',
        'discoverOffers' => 'discoverOffers',
        'discoverCardlessOffers' => 'discoverCardlessOffers',
        'getDownpaymentDetails' => 'getDownpaymentDetails',
        'validateOffer' => 'validateOffer',
        'validateImei' => 'validateImei',
        'checkBnplEligibility' => 'checkBnplEligibility',
        'calculateConvenienceFee' => 'calculateConvenienceFee',
        'convertCurrency' => 'convertCurrency',
        'computeTcs' => 'computeTcs',
        'listSettlements' => 'listSettlements',
        'getSettlement' => 'getSettlement',
        'releaseSettlement' => 'releaseSettlement',
        'cancelSettlement' => 'cancelSettlement',
        'createBrandWallet' => 'createBrandWallet',
        'validateBrandWallet' => 'validateBrandWallet',
        'getBrandWalletBalance' => 'getBrandWalletBalance',
        'loadBrandWallet' => 'loadBrandWallet',
        'activateBrandWallet' => 'activateBrandWallet',
        'deactivateBrandWallet' => 'deactivateBrandWallet',
        'resetBrandWalletPin' => 'resetBrandWalletPin',
        'getBrandWalletHistory' => 'getBrandWalletHistory',
        'addMoneyToBrandWallet' => 'addMoneyToBrandWallet',
        'createSbmdSubscription' => 'createSbmdSubscription',
        'getSbmdSubscription' => 'getSbmdSubscription',
        'captureInvoice' => 'captureInvoice',
        'getInvoiceStatus' => 'getInvoiceStatus',
        'uploadInvoiceFile' => 'uploadInvoiceFile',
        'createAwb' => 'createAwb',
        'getAllAwbs' => 'getAllAwbs',
        'getAwbById' => 'getAwbById',
        'uploadAwbFile' => 'uploadAwbFile',
        'createChallan' => 'createChallan',
        'getChallan' => 'getChallan',
        'getChallanPdf' => 'getChallanPdf',
        'createPayout' => 'createPayout',
        'listPayouts' => 'listPayouts',
        'getPayoutBalance' => 'getPayoutBalance',
        'createBulkPayout' => 'createBulkPayout',
        'updateScheduledPayout' => 'updateScheduledPayout',
        'cancelScheduledPayout' => 'cancelScheduledPayout',
        'verifySignature' => 'verifySignature',
        'verifyWebhook' => 'verifyWebhook',
        'confirmPayment' => 'confirmPayment',
        'ping' => 'ping',
        'discover' => 'rpc.discover',
        'stats' => 'stats',
        'pendingOutcomes' => 'pendingOutcomes',
        'simulatorPay' => 'simulator.pay',
        'simulatorConfigure' => 'simulator.configure',
        'simulatorWebhooks' => 'simulator.webhooks',
        'simulatorRedeliver' => 'simulator.redeliver',
        'simulatorEvents' => 'simulator.events',
    ];

    /**
     * Calls $method and returns its result: see Client::call().
     */
    abstract public function call(string $method, array $params = [], ?float $timeout = null): array;

    /**
     * Create an order (POST /api/pay/v1/orders). A repeated merchant_order_reference returns the existing
     * order.
     *
     * Calls Plural: POST /api/pay/v1/orders.
     *
     * JSON-RPC method `createOrder`.
     *
     * @param array{
     *     merchant_order_reference: string|int,
     *     order_amount: array{currency: string, value: int, ...},
     *     pre_auth?: bool,
     *     allowed_payment_methods?: list<(
     *         'CARD'|'UPI'|'NETBANKING'|'WALLET'|'CREDIT_EMI'|'DEBIT_EMI'|'CARDLESS_EMI'|'POINTS'|'BNPL'
     *     )>,
     *     notes?: string,
     *     callback_url?: string,
     *     failure_callback_url?: string,
     *     purchase_details?: array{
     *         cart_details?: array{
     *             cart_items?: list<array{
     *                 item_currency?: string,
     *                 item_description?: string,
     *                 item_details_url?: string,
     *                 item_discounted_unit_price?: int,
     *                 item_id?: string,
     *                 item_image_url?: string,
     *                 item_name?: string,
     *                 item_original_unit_price?: int,
     *                 item_quantity?: int,
     *                 ...
     *             }>,
     *             ...
     *         },
     *         customer?: array{
     *             billing_address?: array{
     *                 address1?: string,
     *                 address2?: string,
     *                 address3?: string,
     *                 address_category?: string,
     *                 address_type?: string,
     *                 city?: string,
     *                 country?: string,
     *                 full_name?: string,
     *                 pincode?: string,
     *                 state?: string,
     *                 ...
     *             },
     *             country_code?: string,
     *             customer_id?: string,
     *             email_id?: string,
     *             first_name?: string,
     *             is_edit_customer_details_allowed?: bool,
     *             last_name?: string,
     *             mobile_number?: string,
     *             shipping_address?: array{
     *                 address1?: string,
     *                 address2?: string,
     *                 address3?: string,
     *                 address_category?: string,
     *                 address_type?: string,
     *                 city?: string,
     *                 country?: string,
     *                 full_name?: string,
     *                 pincode?: string,
     *                 state?: string,
     *                 ...
     *             },
     *             ...
     *         },
     *         merchant_metadata?: array<string, string>,
     *         ...
     *     },
     *     split_info?: array{
     *         split_details?: list<array{
     *             amount?: array{currency: string, value: int, ...},
     *             merchant_settlement_reference?: string|int,
     *             on_hold?: bool,
     *             split_merchant_id?: string,
     *             ...
     *         }>,
     *         split_type?: string,
     *         ...
     *     },
     *     is_mcc_transaction?: string,
     *     base_amount?: array{currency: string, value: int, ...},
     *     cart_coupon_discount_amount?: array{currency: string, value: int, ...},
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     challenge_url?: string,
     *     created_at?: string,
     *     merchant_id?: string|int,
     *     merchant_order_reference?: string|int,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id: string,
     *     parent_order_id?: string,
     *     payments?: list<array{
     *         acquirer_data?: array<string, mixed>,
     *         capture_data?: list<array{
     *             capture_amount?: array{currency?: string, value?: int, ...},
     *             created_at?: string,
     *             merchant_capture_reference?: string|int,
     *             ...
     *         }>,
     *         created_at?: string,
     *         id: string,
     *         merchant_payment_reference?: string|int,
     *         payment_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_option?: array<string, mixed>,
     *         status: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     pre_auth?: bool,
     *     purchase_details?: array<string, mixed>,
     *     status: string,
     *     type?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createOrder(array $params, ?float $timeout = null): array
    {
        return $this->call('createOrder', $params, $timeout);
    }

    /**
     * Fetch an order by order_id, or by merchant_order_reference.
     *
     * Calls Plural: GET /api/pay/v1/orders/{order_id}, GET
     * /api/pay/v1/orders/reference/{merchant_order_reference}.
     *
     * JSON-RPC method `getOrder`.
     *
     * @param array{order_id?: string, merchant_order_reference?: string|int} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     challenge_url?: string,
     *     created_at?: string,
     *     merchant_id?: string|int,
     *     merchant_order_reference?: string|int,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id: string,
     *     parent_order_id?: string,
     *     payments?: list<array{
     *         acquirer_data?: array<string, mixed>,
     *         capture_data?: list<array{
     *             capture_amount?: array{currency?: string, value?: int, ...},
     *             created_at?: string,
     *             merchant_capture_reference?: string|int,
     *             ...
     *         }>,
     *         created_at?: string,
     *         id: string,
     *         merchant_payment_reference?: string|int,
     *         payment_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_option?: array<string, mixed>,
     *         status: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     pre_auth?: bool,
     *     purchase_details?: array<string, mixed>,
     *     status: string,
     *     type?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getOrder(array $params = [], ?float $timeout = null): array
    {
        return $this->call('getOrder', $params, $timeout);
    }

    /**
     * Capture an AUTHORIZED (pre_auth) order, wholly or in part. Not retried once sent.
     *
     * Calls Plural: PUT /api/pay/v1/orders/{order_id}/capture.
     *
     * JSON-RPC method `capture`.
     *
     * @param array{
     *     order_id: string,
     *     merchant_capture_reference: string|int,
     *     capture_amount?: array{currency: string, value: int, ...},
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     challenge_url?: string,
     *     created_at?: string,
     *     merchant_id?: string|int,
     *     merchant_order_reference?: string|int,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id: string,
     *     parent_order_id?: string,
     *     payments?: list<array{
     *         acquirer_data?: array<string, mixed>,
     *         capture_data?: list<array{
     *             capture_amount?: array{currency?: string, value?: int, ...},
     *             created_at?: string,
     *             merchant_capture_reference?: string|int,
     *             ...
     *         }>,
     *         created_at?: string,
     *         id: string,
     *         merchant_payment_reference?: string|int,
     *         payment_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_option?: array<string, mixed>,
     *         status: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     pre_auth?: bool,
     *     purchase_details?: array<string, mixed>,
     *     status: string,
     *     type?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function capture(array $params, ?float $timeout = null): array
    {
        return $this->call('capture', $params, $timeout);
    }

    /**
     * Cancel an AUTHORIZED (pre_auth) order, releasing the authorisation.
     *
     * Calls Plural: PUT /api/pay/v1/orders/{order_id}/cancel.
     *
     * JSON-RPC method `cancel`.
     *
     * @param array{order_id: string, idempotency_key?: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     challenge_url?: string,
     *     created_at?: string,
     *     merchant_id?: string|int,
     *     merchant_order_reference?: string|int,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id: string,
     *     parent_order_id?: string,
     *     payments?: list<array{
     *         acquirer_data?: array<string, mixed>,
     *         capture_data?: list<array{
     *             capture_amount?: array{currency?: string, value?: int, ...},
     *             created_at?: string,
     *             merchant_capture_reference?: string|int,
     *             ...
     *         }>,
     *         created_at?: string,
     *         id: string,
     *         merchant_payment_reference?: string|int,
     *         payment_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_option?: array<string, mixed>,
     *         status: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     pre_auth?: bool,
     *     purchase_details?: array<string, mixed>,
     *     status: string,
     *     type?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function cancel(array $params, ?float $timeout = null): array
    {
        return $this->call('cancel', $params, $timeout);
    }

    /**
     * Create a payment against an order; answers the order with challenge_url, where the customer completes
     * it.
     *
     * Card details pass through to Plural and nowhere else: never logged, never echoed. Each payment's
     * merchant_payment_reference is its idempotency key: a repeat returns the order as it stands, so the call
     * is retried like createOrder.
     *
     * Calls Plural: POST /api/pay/v1/orders/{order_id}/payments.
     *
     * JSON-RPC method `createPayment`.
     *
     * @param array{
     *     order_id: string,
     *     payments: list<array{
     *         device_info?: array{
     *             browser_ip_address?: string,
     *             browser_user_agent?: string,
     *             device_manufacturer?: string,
     *             device_model?: string,
     *             operating_system?: string,
     *             source_ip_address?: string,
     *             ...
     *         },
     *         merchant_payment_reference: string|int,
     *         offer_data?: array{
     *             offer_details: array{
     *                 display_name?: string,
     *                 id: string,
     *                 issuer_type: string,
     *                 name: string,
     *                 priority: string|int,
     *                 tenure?: array{
     *                     emi_type?: string,
     *                     interest_amount?: array{currency?: string, value?: int, ...},
     *                     interest_rate_percentage?: float|int,
     *                     loan_amount?: array{currency?: string, value?: int, ...},
     *                     monthly_emi_amount?: array{currency?: string, value?: int, ...},
     *                     name: string,
     *                     tenure_id: string,
     *                     tenure_type: string,
     *                     tenure_value?: int,
     *                     total_emi_amount?: array{currency?: string, value?: int, ...},
     *                     ...
     *                 },
     *                 ...
     *             },
     *             ...
     *         },
     *         payment_amount?: array{currency: string, value: int, ...},
     *         payment_method: (
     *             'CARD'|'UPI'|'NETBANKING'|'WALLET'|'CREDIT_EMI'|'DEBIT_EMI'|'CARDLESS_EMI'|'POINTS'|'BNPL'
     *         ),
     *         payment_option?: array{
     *             bnpl_details?: array{bnpl_pay_code: string, mobile: string, ...},
     *             card_details?: array{
     *                 card_number: string,
     *                 cvv?: string,
     *                 expiry_month?: string,
     *                 expiry_year?: string,
     *                 name?: string,
     *                 registered_mobile_number?: string,
     *                 ...
     *             },
     *             card_token_details?: array{
     *                 cvv?: string,
     *                 expiry_month?: string,
     *                 expiry_year?: string,
     *                 last4_digit?: string,
     *                 token: string,
     *                 token_id?: string,
     *                 token_txn_type: string,
     *                 ...
     *             },
     *             cardless_details?: array{pan_number: string, registered_mobile_number: string, ...},
     *             netbanking_details?: array{pay_code: string, ...},
     *             points_card_details?: array{
     *                 card_last4: string,
     *                 card_number: string,
     *                 registered_mobile_number: string,
     *                 ...
     *             },
     *             upi_details?: array{
     *                 payer?: array{phone_number?: string, vpa?: string, ...},
     *                 txn_mode: 'COLLECT'|'INTENT',
     *                 ...
     *             },
     *             wallet_details?: array<string, mixed>,
     *             ...
     *         },
     *         ...
     *     }>,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     challenge_url?: string,
     *     created_at?: string,
     *     merchant_id?: string|int,
     *     merchant_order_reference?: string|int,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id: string,
     *     parent_order_id?: string,
     *     payments?: list<array{
     *         acquirer_data?: array<string, mixed>,
     *         capture_data?: list<array{
     *             capture_amount?: array{currency?: string, value?: int, ...},
     *             created_at?: string,
     *             merchant_capture_reference?: string|int,
     *             ...
     *         }>,
     *         created_at?: string,
     *         id: string,
     *         merchant_payment_reference?: string|int,
     *         payment_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_option?: array<string, mixed>,
     *         status: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     pre_auth?: bool,
     *     purchase_details?: array<string, mixed>,
     *     status: string,
     *     type?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createPayment(array $params, ?float $timeout = null): array
    {
        return $this->call('createPayment', $params, $timeout);
    }

    /**
     * Refund a processed order, wholly or in part (at least ₹1). Answers the refund, itself an order of type
     * REFUND.
     *
     * Idempotent by the refund's own merchant_order_reference (a repeat returns the refund already made), so
     * it is retried on transient failures. Without order_amount Plural refunds what is left to refund.
     *
     * Calls Plural: POST /api/pay/v1/refunds/{order_id}.
     *
     * JSON-RPC method `refund`.
     *
     * @param array{
     *     order_id: string,
     *     merchant_order_reference: string|int,
     *     order_amount?: array{currency: string, value: int, ...},
     *     merchant_metadata?: array<string, string>,
     *     products?: list<array<string, mixed>>,
     *     split_info?: array<string, mixed>,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     challenge_url?: string,
     *     created_at?: string,
     *     merchant_id?: string|int,
     *     merchant_order_reference?: string|int,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id: string,
     *     parent_order_id?: string,
     *     payments?: list<array{
     *         acquirer_data?: array<string, mixed>,
     *         capture_data?: list<array{
     *             capture_amount?: array{currency?: string, value?: int, ...},
     *             created_at?: string,
     *             merchant_capture_reference?: string|int,
     *             ...
     *         }>,
     *         created_at?: string,
     *         id: string,
     *         merchant_payment_reference?: string|int,
     *         payment_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_option?: array<string, mixed>,
     *         status: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     pre_auth?: bool,
     *     purchase_details?: array<string, mixed>,
     *     status: string,
     *     type?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function refund(array $params, ?float $timeout = null): array
    {
        return $this->call('refund', $params, $timeout);
    }

    /**
     * Create a hosted-checkout order; answers the redirect_url to send the customer to.
     *
     * Idempotent by merchant_order_reference, like createOrder, so it is retried on transient failures.
     *
     * Calls Plural: POST /api/checkout/v1/orders.
     *
     * JSON-RPC method `createCheckout`.
     *
     * @param array{
     *     merchant_order_reference: string|int,
     *     order_amount: array{currency: string, value: int, ...},
     *     integration_mode?: string,
     *     pre_auth?: bool,
     *     allowed_payment_methods?: list<'CARD'|'UPI'|'NETBANKING'|'WALLET'|'CREDIT_EMI'|'DEBIT_EMI'|'POINTS'|'BNPL'>,
     *     notes?: string,
     *     callback_url?: string,
     *     failure_callback_url?: string,
     *     purchase_details?: array{
     *         cart_details?: array{
     *             cart_items?: list<array{
     *                 item_currency?: string,
     *                 item_description?: string,
     *                 item_details_url?: string,
     *                 item_discounted_unit_price?: int,
     *                 item_id?: string,
     *                 item_image_url?: string,
     *                 item_name?: string,
     *                 item_original_unit_price?: int,
     *                 item_quantity?: int,
     *                 ...
     *             }>,
     *             ...
     *         },
     *         customer?: array{
     *             billing_address?: array{
     *                 address1?: string,
     *                 address2?: string,
     *                 address3?: string,
     *                 address_category?: string,
     *                 address_type?: string,
     *                 city?: string,
     *                 country?: string,
     *                 full_name?: string,
     *                 pincode?: string,
     *                 state?: string,
     *                 ...
     *             },
     *             country_code?: string,
     *             customer_id?: string,
     *             email_id?: string,
     *             first_name?: string,
     *             is_edit_customer_details_allowed?: bool,
     *             last_name?: string,
     *             mobile_number?: string,
     *             shipping_address?: array{
     *                 address1?: string,
     *                 address2?: string,
     *                 address3?: string,
     *                 address_category?: string,
     *                 address_type?: string,
     *                 city?: string,
     *                 country?: string,
     *                 full_name?: string,
     *                 pincode?: string,
     *                 state?: string,
     *                 ...
     *             },
     *             ...
     *         },
     *         merchant_metadata?: array<string, string>,
     *         ...
     *     },
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     order_id?: string,
     *     redirect_url: string,
     *     response_code?: int,
     *     response_message?: string,
     *     token: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createCheckout(array $params, ?float $timeout = null): array
    {
        return $this->call('createCheckout', $params, $timeout);
    }

    /**
     * Check a card's reward-points balance and eligibility (POST /payment-option). Get the customer's consent
     * before redeeming.
     *
     * Calls Plural: POST /payment-option.
     *
     * JSON-RPC method `checkPointBalance`.
     *
     * @param array{
     *     payment_option: array{
     *         points_card_details: array{
     *             card_last4?: string,
     *             card_number?: string,
     *             registered_mobile_number?: string,
     *             ...
     *         },
     *         ...
     *     },
     *     order_details: array{order_amount: array{currency: string, value: int, ...}, ...}
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     balance?: array{currency?: string, value?: int, ...},
     *     is_eligible?: bool,
     *     redeemable_amount?: array{currency?: string, value?: int, ...},
     *     redeemable_points?: int,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function checkPointBalance(array $params, ?float $timeout = null): array
    {
        return $this->call('checkPointBalance', $params, $timeout);
    }

    /**
     * Look up the UPI VPA registered to a phone number, to offer UPI collect without typing (POST
     * /payment-option).
     *
     * Calls Plural: POST /payment-option.
     *
     * JSON-RPC method `fetchUpiVpa`.
     *
     * @param array{
     *     payment_method: 'UPI',
     *     payment_option: array{
     *         upi_details: array{payer: array{fetch_vpa?: bool, phone_number: string, ...}, ...},
     *         ...
     *     }
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array<string, mixed>
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function fetchUpiVpa(array $params, ?float $timeout = null): array
    {
        return $this->call('fetchUpiVpa', $params, $timeout);
    }

    /**
     * Create a payment link to share with a customer. A repeated merchant_payment_link_reference returns the
     * existing link.
     *
     * Calls Plural: POST /api/pay/v1/paymentlink.
     *
     * JSON-RPC method `createPaymentLink`.
     *
     * @param array{
     *     amount: array{currency: string, value: int, ...},
     *     merchant_payment_link_reference: string|int,
     *     description?: string,
     *     expire_by?: string,
     *     allowed_payment_methods?: list<'CARD'|'UPI'|'NETBANKING'|'WALLET'|'CREDIT_EMI'|'DEBIT_EMI'|'POINTS'|'BNPL'>,
     *     pre_auth?: 'true'|'false',
     *     is_mcc_transaction?: string,
     *     customer?: array{
     *         billing_address?: array{
     *             address1?: string,
     *             address2?: string,
     *             address3?: string,
     *             address_category?: string,
     *             address_type?: string,
     *             city?: string,
     *             country?: string,
     *             full_name?: string,
     *             pincode?: string,
     *             state?: string,
     *             ...
     *         },
     *         country_code?: string,
     *         customer_id?: string,
     *         email_id?: string,
     *         first_name?: string,
     *         is_edit_customer_details_allowed?: bool,
     *         last_name?: string,
     *         mobile_number?: string,
     *         shipping_address?: array{
     *             address1?: string,
     *             address2?: string,
     *             address3?: string,
     *             address_category?: string,
     *             address_type?: string,
     *             city?: string,
     *             country?: string,
     *             full_name?: string,
     *             pincode?: string,
     *             state?: string,
     *             ...
     *         },
     *         ...
     *     },
     *     product_details?: list<array<string, mixed>>,
     *     cart_coupon_discount_amount?: array{currency: string, value: int, ...},
     *     merchant_metadata?: array<string, string>,
     *     split_info?: array<string, mixed>,
     *     account_details?: array<string, mixed>,
     *     callback_url?: string,
     *     failure_callback_url?: string,
     *     part_payment?: bool,
     *     cart_details?: array{
     *         cart_items?: list<array{
     *             item_currency?: string,
     *             item_description?: string,
     *             item_details_url?: string,
     *             item_discounted_unit_price?: int,
     *             item_id?: string,
     *             item_image_url?: string,
     *             item_name?: string,
     *             item_original_unit_price?: int,
     *             item_quantity?: int,
     *             ...
     *         }>,
     *         ...
     *     },
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     description?: string,
     *     expire_by?: string,
     *     merchant_payment_link_reference?: string|int,
     *     order_id?: string,
     *     payment_link?: string,
     *     payment_link_id: string,
     *     status?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createPaymentLink(array $params, ?float $timeout = null): array
    {
        return $this->call('createPaymentLink', $params, $timeout);
    }

    /**
     * Fetch a payment link by payment_link_id or merchant_payment_link_reference.
     *
     * Calls Plural: GET /api/pay/v1/paymentlink/{payment_link_id}, GET
     * /api/pay/v1/paymentlink/ref/{merchant_payment_link_reference}.
     *
     * JSON-RPC method `getPaymentLink`.
     *
     * @param array{payment_link_id?: string, merchant_payment_link_reference?: string|int} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     description?: string,
     *     expire_by?: string,
     *     merchant_payment_link_reference?: string|int,
     *     order_id?: string,
     *     payment_link?: string,
     *     payment_link_id: string,
     *     status?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getPaymentLink(array $params = [], ?float $timeout = null): array
    {
        return $this->call('getPaymentLink', $params, $timeout);
    }

    /**
     * Cancel an active payment link.
     *
     * Calls Plural: PUT /api/pay/v1/paymentlink/{payment_link_id}/cancel.
     *
     * JSON-RPC method `cancelPaymentLink`.
     *
     * @param array{payment_link_id: string, idempotency_key?: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     description?: string,
     *     expire_by?: string,
     *     merchant_payment_link_reference?: string|int,
     *     order_id?: string,
     *     payment_link?: string,
     *     payment_link_id: string,
     *     status?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function cancelPaymentLink(array $params, ?float $timeout = null): array
    {
        return $this->call('cancelPaymentLink', $params, $timeout);
    }

    /**
     * Send a CREATED payment link to the customer again, by SMS and email (PATCH
     * /api/pay/v1/paymentlink/{payment_link_id}/notify).
     *
     * Calls Plural: PATCH /api/pay/v1/paymentlink/{payment_link_id}/notify.
     *
     * JSON-RPC method `notifyPaymentLink`.
     *
     * @param array{payment_link_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     description?: string,
     *     expire_by?: string,
     *     merchant_payment_link_reference?: string|int,
     *     order_id?: string,
     *     payment_link?: string,
     *     payment_link_id: string,
     *     status?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function notifyPaymentLink(array $params, ?float $timeout = null): array
    {
        return $this->call('notifyPaymentLink', $params, $timeout);
    }

    /**
     * v2 hosted checkout: sign and send the payment JSON (base64 + X-VERIFY); answers the token and
     * redirect_url.
     *
     * Calls Plural: POST /api/v2/accept/payment.
     *
     * JSON-RPC method `acceptPayment`.
     *
     * @param array{
     *     merchant_data: array{
     *         merchant_access_code?: string,
     *         merchant_id?: int,
     *         merchant_return_url: string,
     *         unique_merchant_txn_id: string,
     *         ...
     *     },
     *     payment_data: array{amount_in_paisa: int, ...},
     *     txn_data: array{
     *         navigation_mode: string|int,
     *         payment_mode: string,
     *         time_stamp?: int,
     *         transaction_type: string|int,
     *         ...
     *     },
     *     customer_data?: array<string, mixed>,
     *     udf_data?: array<string, mixed>,
     *     product_details?: list<array{product_amount: int|string, product_code: string, ...}>,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{redirect_url?: string, response_code: int, response_message?: string, token: string, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function acceptPayment(array $params, ?float $timeout = null): array
    {
        return $this->call('acceptPayment', $params, $timeout);
    }

    /**
     * v2 seamless checkout: pay the acceptPayment token with card, netbanking, UPI or wallet data; kind says
     * which answer form came back.
     *
     * Calls Plural: POST /api/v2/process/payment.
     *
     * JSON-RPC method `processPayment`.
     *
     * @param array{
     *     token: string,
     *     card_data?: array{
     *         card_expiry_month: string,
     *         card_expiry_year: string,
     *         card_holder_name: string,
     *         card_number: string,
     *         cvv: string,
     *         ...
     *     },
     *     netbanking_data?: array{pay_code: string, ...},
     *     upi_data?: array{upi_option?: string, vpa?: string, ...},
     *     wallet_data?: array<string, mixed>,
     *     customer_data?: array<string, mixed>,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     deep_link?: string,
     *     kind: 'redirect'|'upi_intent'|'acknowledged',
     *     pg_upi_unique_request_id?: string,
     *     pine_pg_transaction_id?: int,
     *     redirect_url?: string,
     *     response_code: int,
     *     response_message?: string,
     *     short_link?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function processPayment(array $params, ?float $timeout = null): array
    {
        return $this->call('processPayment', $params, $timeout);
    }

    /**
     * v2 payment status (ppc_TransactionType 3); the answer's ppc_DIA_SECRET is verified before it is
     * returned.
     *
     * Calls Plural: POST /api/PG/V2.
     *
     * JSON-RPC method `inquiry`.
     *
     * @param array{unique_merchant_txn_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     outcome: 'success'|'failed'|'pending'|'unknown',
     *     payment_succeeded: bool,
     *     ppc_Amount?: string,
     *     ppc_CapturedAmount?: string,
     *     ppc_DIA_SECRET?: string,
     *     ppc_ParentTxnResponseCode?: string,
     *     ppc_Parent_TxnStatus?: string,
     *     ppc_PinePGTransactionID?: string,
     *     ppc_PinePGTxnStatus?: string,
     *     ppc_RefundedAmount?: string,
     *     ppc_TxnResponseCode?: string,
     *     ppc_TxnResponseMessage?: string,
     *     ppc_UniqueMerchantTxnID?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function inquiry(array $params, ?float $timeout = null): array
    {
        return $this->call('inquiry', $params, $timeout);
    }

    /**
     * Refund a v2 payment (ppc_TransactionType 10); the answer is verified. Not retried once sent.
     *
     * Calls Plural: POST /api/PG/V2.
     *
     * JSON-RPC method `legacyRefund`.
     *
     * @param array{
     *     unique_merchant_txn_id: string,
     *     pine_pg_transaction_id: string|int,
     *     amount: int,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     outcome: 'success'|'failed'|'pending'|'unknown',
     *     payment_succeeded: bool,
     *     ppc_Amount?: string,
     *     ppc_CapturedAmount?: string,
     *     ppc_DIA_SECRET?: string,
     *     ppc_ParentTxnResponseCode?: string,
     *     ppc_Parent_TxnStatus?: string,
     *     ppc_PinePGTransactionID?: string,
     *     ppc_PinePGTxnStatus?: string,
     *     ppc_RefundedAmount?: string,
     *     ppc_TxnResponseCode?: string,
     *     ppc_TxnResponseMessage?: string,
     *     ppc_UniqueMerchantTxnID?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function legacyRefund(array $params, ?float $timeout = null): array
    {
        return $this->call('legacyRefund', $params, $timeout);
    }

    /**
     * v1 order token (POST /api/v1/order/create/1, base64 + X-VERIFY); refusals such as 1160 and 1130 answer
     * -32001 with error_code.
     *
     * Calls Plural: POST /api/v1/order/create/1.
     *
     * JSON-RPC method `createOrderToken`.
     *
     * @param array{
     *     merchant_data: array{
     *         merchant_access_code?: string,
     *         merchant_id?: string,
     *         merchant_order_id: string,
     *         merchant_return_url: string,
     *         ...
     *     },
     *     payment_info_data: array{amount: int, currency_code: string, order_desc?: string, ...},
     *     customer_data: array{country_code: string, email_id: string, mobile_number: string, ...},
     *     billing_address_data?: array<string, mixed>,
     *     shipping_address_data?: array<string, mixed>,
     *     product_info_data?: array<string, mixed>,
     *     additional_info_data?: array<string, mixed>,
     *     subscription_data?: array<string, mixed>,
     *     payment_category_type?: string,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{plural_order_id: string|int, token: string, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createOrderToken(array $params, ?float $timeout = null): array
    {
        return $this->call('createOrderToken', $params, $timeout);
    }

    /**
     * Save a customer (POST /api/v1/customer): the owner of card tokens and subscriptions.
     *
     * Calls Plural: POST /api/v1/customer.
     *
     * JSON-RPC method `createCustomer`.
     *
     * @param array{
     *     merchant_customer_reference?: string|int,
     *     first_name?: string,
     *     last_name?: string,
     *     country_code?: string,
     *     mobile_number?: string,
     *     email_id?: string,
     *     billing_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     shipping_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     gstin?: string,
     *     merchant_metadata?: array<string, string>
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     billing_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     country_code?: string,
     *     created_at?: string,
     *     customer_id: string,
     *     email_id?: string,
     *     first_name?: string,
     *     gstin?: string,
     *     last_name?: string,
     *     merchant_customer_reference?: string|int,
     *     merchant_metadata?: array<string, string>,
     *     mobile_number?: string,
     *     shipping_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createCustomer(array $params = [], ?float $timeout = null): array
    {
        return $this->call('createCustomer', $params, $timeout);
    }

    /**
     * Fetch a customer by customer_id, or find one by mobile number and your reference (GET /api/v1/customer).
     *
     * Calls Plural: GET /api/v1/customer/{customer_id}, GET /api/v1/customer.
     *
     * JSON-RPC method `getCustomer`.
     *
     * @param array{
     *     customer_id?: string,
     *     country_code?: string,
     *     mobile_number?: string,
     *     merchant_customer_reference?: string|int
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     billing_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     country_code?: string,
     *     created_at?: string,
     *     customer_id: string,
     *     email_id?: string,
     *     first_name?: string,
     *     gstin?: string,
     *     last_name?: string,
     *     merchant_customer_reference?: string|int,
     *     merchant_metadata?: array<string, string>,
     *     mobile_number?: string,
     *     shipping_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getCustomer(array $params = [], ?float $timeout = null): array
    {
        return $this->call('getCustomer', $params, $timeout);
    }

    /**
     * Change a customer's details or status (PATCH /api/v1/customer/{customer_id}).
     *
     * Calls Plural: PATCH /api/v1/customer/{customer_id}.
     *
     * JSON-RPC method `updateCustomer`.
     *
     * @param array{
     *     customer_id: string,
     *     merchant_customer_reference?: string|int,
     *     first_name?: string,
     *     last_name?: string,
     *     country_code?: string,
     *     mobile_number?: string,
     *     email_id?: string,
     *     billing_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     shipping_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     status?: 'INACTIVE'|'ACTIVE'|'SUSPENDED'|'DELETED'
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     billing_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     country_code?: string,
     *     created_at?: string,
     *     customer_id: string,
     *     email_id?: string,
     *     first_name?: string,
     *     gstin?: string,
     *     last_name?: string,
     *     merchant_customer_reference?: string|int,
     *     merchant_metadata?: array<string, string>,
     *     mobile_number?: string,
     *     shipping_address?: array{
     *         address1?: string,
     *         address2?: string,
     *         address3?: string,
     *         address_category?: string,
     *         address_type?: string,
     *         city?: string,
     *         country?: string,
     *         full_name?: string,
     *         pincode?: string,
     *         state?: string,
     *         ...
     *     },
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function updateCustomer(array $params, ?float $timeout = null): array
    {
        return $this->call('updateCustomer', $params, $timeout);
    }

    /**
     * Save a customer's card as a token (POST /api/v1/tokens).
     *
     * Calls Plural: POST /api/v1/tokens.
     *
     * JSON-RPC method `createCardToken`.
     *
     * @param array{
     *     customer_id: string,
     *     merchant_token_reference: string|int,
     *     payment_method: 'CARD',
     *     payment_option?: array{encrypted_card_details?: string, ...},
     *     payment?: array{
     *         acquirer_data?: array{
     *             acquirer_reference?: string,
     *             approval_code?: string,
     *             auth_reference?: string,
     *             rrn?: string,
     *             ...
     *         },
     *         ...
     *     },
     *     merchant_metadata?: array<string, string>
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     card_data?: array{
     *         card_category?: string,
     *         card_type?: string,
     *         country_code?: string,
     *         emi?: bool,
     *         international?: bool,
     *         issuer_name?: string,
     *         last4_digit?: string,
     *         network_name?: string,
     *         ...
     *     },
     *     created_at?: string,
     *     customer_id?: string,
     *     expired_at?: string,
     *     is_compliant?: bool,
     *     merchant_metadata?: array<string, string>,
     *     merchant_token_reference?: string|int,
     *     payment_method?: string,
     *     service_provider_token_id?: string,
     *     status?: string,
     *     status_reason?: string,
     *     token_id: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createCardToken(array $params, ?float $timeout = null): array
    {
        return $this->call('createCardToken', $params, $timeout);
    }

    /**
     * Fetch the network (service provider) token behind a token id (GET /api/v1/tokens/{identifier}).
     *
     * Calls Plural: GET /api/v1/tokens/{identifier}.
     *
     * JSON-RPC method `getServiceProviderToken`.
     *
     * @param array{identifier: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     customer_id?: string,
     *     token_id?: string,
     *     tokens?: list<array{
     *         card_data?: array{
     *             card_category?: string,
     *             card_type?: string,
     *             country_code?: string,
     *             emi?: bool,
     *             international?: bool,
     *             issuer_name?: string,
     *             last4_digit?: string,
     *             network_name?: string,
     *             ...
     *         },
     *         created_at?: string,
     *         customer_id?: string,
     *         expired_at?: string,
     *         is_compliant?: bool,
     *         merchant_metadata?: array<string, string>,
     *         merchant_token_reference?: string|int,
     *         payment_method?: string,
     *         service_provider_token_id?: string,
     *         status?: string,
     *         status_reason?: string,
     *         token_id: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getServiceProviderToken(array $params, ?float $timeout = null): array
    {
        return $this->call('getServiceProviderToken', $params, $timeout);
    }

    /**
     * Make the one-time cryptogram a payment with a token needs (POST
     * /api/v1/tokens/{token_id}/token-transactional-data).
     *
     * Calls Plural: POST /api/v1/tokens/{token_id}/token-transactional-data.
     *
     * JSON-RPC method `generateCryptogram`.
     *
     * @param array{token_id: string, merchant_unique_reference: string|int, service_provider_token_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     merchant_token_reference?: string|int,
     *     service_provider_token_id?: string,
     *     token_data?: array{
     *         cryptogram?: string,
     *         payment_account_reference?: string,
     *         token_expiry_month?: string,
     *         token_expiry_year?: string,
     *         token_reference?: string,
     *         ...
     *     },
     *     token_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function generateCryptogram(array $params, ?float $timeout = null): array
    {
        return $this->call('generateCryptogram', $params, $timeout);
    }

    /**
     * Delete a token by its id (POST /api/v1/tokens/{token_id}/delete).
     *
     * Calls Plural: POST /api/v1/tokens/{token_id}/delete.
     *
     * JSON-RPC method `deleteCardToken`.
     *
     * @param array{token_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{status?: string, token_id: string, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function deleteCardToken(array $params, ?float $timeout = null): array
    {
        return $this->call('deleteCardToken', $params, $timeout);
    }

    /**
     * A customer's saved tokens (GET /api/v1/customer/{customer_id}/tokens).
     *
     * Calls Plural: GET /api/v1/customer/{customer_id}/tokens.
     *
     * JSON-RPC method `listCustomerTokens`.
     *
     * @param array{customer_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     created_at?: string,
     *     customer_id?: string,
     *     tokens?: list<array{
     *         card_data?: array{
     *             card_category?: string,
     *             card_type?: string,
     *             country_code?: string,
     *             emi?: bool,
     *             international?: bool,
     *             issuer_name?: string,
     *             last4_digit?: string,
     *             network_name?: string,
     *             ...
     *         },
     *         created_at?: string,
     *         customer_id?: string,
     *         expired_at?: string,
     *         is_compliant?: bool,
     *         merchant_metadata?: array<string, string>,
     *         merchant_token_reference?: string|int,
     *         payment_method?: string,
     *         service_provider_token_id?: string,
     *         status?: string,
     *         status_reason?: string,
     *         token_id: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     total_tokens?: int,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function listCustomerTokens(array $params, ?float $timeout = null): array
    {
        return $this->call('listCustomerTokens', $params, $timeout);
    }

    /**
     * One of a customer's tokens (GET /api/v1/customer/{customer_id}/tokens/{token_id}).
     *
     * Calls Plural: GET /api/v1/customer/{customer_id}/tokens/{token_id}.
     *
     * JSON-RPC method `getCustomerToken`.
     *
     * @param array{customer_id: string, token_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     card_data?: array{
     *         card_category?: string,
     *         card_type?: string,
     *         country_code?: string,
     *         emi?: bool,
     *         international?: bool,
     *         issuer_name?: string,
     *         last4_digit?: string,
     *         network_name?: string,
     *         ...
     *     },
     *     created_at?: string,
     *     customer_id?: string,
     *     expired_at?: string,
     *     is_compliant?: bool,
     *     merchant_metadata?: array<string, string>,
     *     merchant_token_reference?: string|int,
     *     payment_method?: string,
     *     service_provider_token_id?: string,
     *     status?: string,
     *     status_reason?: string,
     *     token_id: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getCustomerToken(array $params, ?float $timeout = null): array
    {
        return $this->call('getCustomerToken', $params, $timeout);
    }

    /**
     * Delete one of a customer's tokens (POST /api/v1/customer/{customer_id}/tokens/{token_id}/delete).
     *
     * Calls Plural: POST /api/v1/customer/{customer_id}/tokens/{token_id}/delete.
     *
     * JSON-RPC method `deleteCustomerToken`.
     *
     * @param array{
     *     customer_id: string,
     *     token_id: string,
     *     merchant_unique_reference: string|int,
     *     merchant_metadata?: array<string, string>
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     customer_id?: string,
     *     merchant_unique_reference?: string|int,
     *     status?: string,
     *     token_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function deleteCustomerToken(array $params, ?float $timeout = null): array
    {
        return $this->call('deleteCustomerToken', $params, $timeout);
    }

    /**
     * Your subscription plans, filtered and paged (GET /ps/api/v1/public/plans).
     *
     * Calls Plural: GET /ps/api/v1/public/plans.
     *
     * JSON-RPC method `listPlans`.
     *
     * @param array{
     *     plan_id?: string,
     *     start_date?: string,
     *     end_date?: string,
     *     amount?: int,
     *     amount_range?: 'isMore'|'isLess'|'is Equal'|'isEqual',
     *     frequency?: string,
     *     size?: int,
     *     page?: int,
     *     sort?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     links?: array<string, mixed>,
     *     page?: array{number?: int, size?: int, total_elements?: int, total_pages?: int, ...},
     *     plans?: list<array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         auto_debit_ot?: string,
     *         created_at?: string,
     *         end_date?: string,
     *         frequency?: string,
     *         initial_debit_amount?: array{currency?: string, value?: int, ...},
     *         max_limit_amount?: array{currency?: string, value?: int, ...},
     *         merchant_metadata?: array<string, string>,
     *         merchant_plan_reference?: string|int,
     *         modified_at?: string,
     *         plan_description?: string,
     *         plan_id: string,
     *         plan_name?: string,
     *         start_date?: string,
     *         status?: string,
     *         trial_period_in_days?: int,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function listPlans(array $params = [], ?float $timeout = null): array
    {
        return $this->call('listPlans', $params, $timeout);
    }

    /**
     * Create a subscription plan (POST /ps/api/v1/public/plans).
     *
     * Calls Plural: POST /ps/api/v1/public/plans.
     *
     * JSON-RPC method `createPlan`.
     *
     * @param array{
     *     plan_name: string,
     *     plan_description?: string,
     *     frequency: 'Day'|'Week'|'Month'|'Year'|'Bi-Monthly'|'Quarterly'|'Half-Yearly'|'AS'|'OT'|'Not Applicable',
     *     amount?: array{currency: string, value: int, ...},
     *     max_limit_amount?: array{currency: string, value: int, ...},
     *     initial_debit_amount?: array{currency: string, value: int, ...},
     *     trial_period_in_days?: int,
     *     start_date?: string,
     *     end_date: string,
     *     merchant_metadata?: array<string, string>,
     *     merchant_plan_reference: string|int,
     *     auto_debit_ot?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     auto_debit_ot?: string,
     *     created_at?: string,
     *     end_date?: string,
     *     frequency?: string,
     *     initial_debit_amount?: array{currency?: string, value?: int, ...},
     *     max_limit_amount?: array{currency?: string, value?: int, ...},
     *     merchant_metadata?: array<string, string>,
     *     merchant_plan_reference?: string|int,
     *     modified_at?: string,
     *     plan_description?: string,
     *     plan_id: string,
     *     plan_name?: string,
     *     start_date?: string,
     *     status?: string,
     *     trial_period_in_days?: int,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createPlan(array $params, ?float $timeout = null): array
    {
        return $this->call('createPlan', $params, $timeout);
    }

    /**
     * Fetch a plan by plan_id, or by merchant_plan_reference.
     *
     * Calls Plural: GET /ps/api/v1/public/plans/{plan_id}, GET
     * /ps/api/v1/public/plans/reference/{merchant_plan_reference}.
     *
     * JSON-RPC method `getPlan`.
     *
     * @param array{plan_id?: string, merchant_plan_reference?: string|int} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     auto_debit_ot?: string,
     *     created_at?: string,
     *     end_date?: string,
     *     frequency?: string,
     *     initial_debit_amount?: array{currency?: string, value?: int, ...},
     *     max_limit_amount?: array{currency?: string, value?: int, ...},
     *     merchant_metadata?: array<string, string>,
     *     merchant_plan_reference?: string|int,
     *     modified_at?: string,
     *     plan_description?: string,
     *     plan_id: string,
     *     plan_name?: string,
     *     start_date?: string,
     *     status?: string,
     *     trial_period_in_days?: int,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getPlan(array $params = [], ?float $timeout = null): array
    {
        return $this->call('getPlan', $params, $timeout);
    }

    /**
     * Change a plan (PATCH /ps/api/v1/public/plans/{plan_id}).
     *
     * Calls Plural: PATCH /ps/api/v1/public/plans/{plan_id}.
     *
     * JSON-RPC method `updatePlan`.
     *
     * @param array{
     *     plan_id: string,
     *     plan_name?: string,
     *     plan_description?: string,
     *     amount?: array{currency: string, value: int, ...},
     *     max_limit_amount?: array{currency: string, value: int, ...},
     *     trial_period_in_days?: int,
     *     end_date?: string,
     *     merchant_metadata?: array<string, string>
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     auto_debit_ot?: string,
     *     created_at?: string,
     *     end_date?: string,
     *     frequency?: string,
     *     initial_debit_amount?: array{currency?: string, value?: int, ...},
     *     max_limit_amount?: array{currency?: string, value?: int, ...},
     *     merchant_metadata?: array<string, string>,
     *     merchant_plan_reference?: string|int,
     *     modified_at?: string,
     *     plan_description?: string,
     *     plan_id: string,
     *     plan_name?: string,
     *     start_date?: string,
     *     status?: string,
     *     trial_period_in_days?: int,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function updatePlan(array $params, ?float $timeout = null): array
    {
        return $this->call('updatePlan', $params, $timeout);
    }

    /**
     * Delete a plan (DELETE /ps/api/v1/public/plans/{plan_id}). Answers {} when Plural sends no body.
     *
     * Calls Plural: DELETE /ps/api/v1/public/plans/{plan_id}.
     *
     * JSON-RPC method `deletePlan`.
     *
     * @param array{plan_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array<string, mixed>
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function deletePlan(array $params, ?float $timeout = null): array
    {
        return $this->call('deletePlan', $params, $timeout);
    }

    /**
     * Your subscriptions, filtered and paged (GET /ps/api/v1/public/subscriptions).
     *
     * Calls Plural: GET /ps/api/v1/public/subscriptions.
     *
     * JSON-RPC method `listSubscriptions`.
     *
     * @param array{
     *     plan_id?: string,
     *     start_date?: string,
     *     end_date?: string,
     *     amount?: int,
     *     amount_range?: 'isMore'|'isLess'|'is Equal'|'isEqual',
     *     frequency?: string,
     *     size?: int,
     *     page?: int,
     *     sort?: string,
     *     status?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     links?: array<string, mixed>,
     *     page?: array{number?: int, size?: int, total_elements?: int, total_pages?: int, ...},
     *     subscriptions?: list<array{
     *         allowed_payment_methods?: list<string>,
     *         bank_account?: array{account_number?: string, ifsc?: string, name?: string, ...},
     *         callback_url?: string,
     *         created_at?: string,
     *         customer_id?: string,
     *         enable_notification?: bool,
     *         end_date?: string,
     *         failure_callback_url?: string,
     *         integration_mode?: string,
     *         is_tpv_enabled?: bool,
     *         merchant_metadata?: array<string, string>,
     *         merchant_subscription_reference?: string|int,
     *         modified_at?: string,
     *         order_amount?: array{currency?: string, value?: int, ...},
     *         order_id?: string,
     *         payment_mode?: string,
     *         plan_details?: array{
     *             amount?: array{currency?: string, value?: int, ...},
     *             auto_debit_ot?: string,
     *             created_at?: string,
     *             end_date?: string,
     *             frequency?: string,
     *             initial_debit_amount?: array{currency?: string, value?: int, ...},
     *             max_limit_amount?: array{currency?: string, value?: int, ...},
     *             merchant_metadata?: array<string, string>,
     *             merchant_plan_reference?: string|int,
     *             modified_at?: string,
     *             plan_description?: string,
     *             plan_id: string,
     *             plan_name?: string,
     *             start_date?: string,
     *             status?: string,
     *             trial_period_in_days?: int,
     *             ...
     *         },
     *         quantity?: int,
     *         redirect_url?: string,
     *         start_date?: string,
     *         status?: string,
     *         subscription_id: string,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function listSubscriptions(array $params = [], ?float $timeout = null): array
    {
        return $this->call('listSubscriptions', $params, $timeout);
    }

    /**
     * Subscribe a customer to a plan (POST /ps/api/v1/public/subscriptions); answers where the customer
     * authorises the mandate.
     *
     * Calls Plural: POST /ps/api/v1/public/subscriptions.
     *
     * JSON-RPC method `createSubscription`.
     *
     * @param array{
     *     merchant_subscription_reference: string|int,
     *     plan_id: string,
     *     customer_id: string,
     *     start_date: string,
     *     end_date: string,
     *     integration_mode: 'SEAMLESS'|'REDIRECT',
     *     allowed_payment_methods?: list<'CARD'|'UPI'|'POINTS'|'NETBANKING'|'WALLET'>,
     *     enable_notification?: bool,
     *     merchant_metadata?: array<string, string>,
     *     is_tpv_enabled?: bool,
     *     bank_account?: array{account_number?: string, ifsc?: string, name?: string, ...},
     *     callback_url?: string,
     *     failure_callback_url?: string,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     allowed_payment_methods?: list<string>,
     *     bank_account?: array{account_number?: string, ifsc?: string, name?: string, ...},
     *     callback_url?: string,
     *     created_at?: string,
     *     customer_id?: string,
     *     enable_notification?: bool,
     *     end_date?: string,
     *     failure_callback_url?: string,
     *     integration_mode?: string,
     *     is_tpv_enabled?: bool,
     *     merchant_metadata?: array<string, string>,
     *     merchant_subscription_reference?: string|int,
     *     modified_at?: string,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id?: string,
     *     payment_mode?: string,
     *     plan_details?: array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         auto_debit_ot?: string,
     *         created_at?: string,
     *         end_date?: string,
     *         frequency?: string,
     *         initial_debit_amount?: array{currency?: string, value?: int, ...},
     *         max_limit_amount?: array{currency?: string, value?: int, ...},
     *         merchant_metadata?: array<string, string>,
     *         merchant_plan_reference?: string|int,
     *         modified_at?: string,
     *         plan_description?: string,
     *         plan_id: string,
     *         plan_name?: string,
     *         start_date?: string,
     *         status?: string,
     *         trial_period_in_days?: int,
     *         ...
     *     },
     *     quantity?: int,
     *     redirect_url?: string,
     *     start_date?: string,
     *     status?: string,
     *     subscription_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createSubscription(array $params, ?float $timeout = null): array
    {
        return $this->call('createSubscription', $params, $timeout);
    }

    /**
     * Fetch a subscription by subscription_id, or by merchant_subscription_reference.
     *
     * Calls Plural: GET /ps/api/v1/public/subscriptions/{subscription_id}, GET
     * /ps/api/v1/public/subscriptions/reference/{merchant_subscription_reference}.
     *
     * JSON-RPC method `getSubscription`.
     *
     * @param array{subscription_id?: string, merchant_subscription_reference?: string|int} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     allowed_payment_methods?: list<string>,
     *     bank_account?: array{account_number?: string, ifsc?: string, name?: string, ...},
     *     callback_url?: string,
     *     created_at?: string,
     *     customer_id?: string,
     *     enable_notification?: bool,
     *     end_date?: string,
     *     failure_callback_url?: string,
     *     integration_mode?: string,
     *     is_tpv_enabled?: bool,
     *     merchant_metadata?: array<string, string>,
     *     merchant_subscription_reference?: string|int,
     *     modified_at?: string,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id?: string,
     *     payment_mode?: string,
     *     plan_details?: array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         auto_debit_ot?: string,
     *         created_at?: string,
     *         end_date?: string,
     *         frequency?: string,
     *         initial_debit_amount?: array{currency?: string, value?: int, ...},
     *         max_limit_amount?: array{currency?: string, value?: int, ...},
     *         merchant_metadata?: array<string, string>,
     *         merchant_plan_reference?: string|int,
     *         modified_at?: string,
     *         plan_description?: string,
     *         plan_id: string,
     *         plan_name?: string,
     *         start_date?: string,
     *         status?: string,
     *         trial_period_in_days?: int,
     *         ...
     *     },
     *     quantity?: int,
     *     redirect_url?: string,
     *     start_date?: string,
     *     status?: string,
     *     subscription_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getSubscription(array $params = [], ?float $timeout = null): array
    {
        return $this->call('getSubscription', $params, $timeout);
    }

    /**
     * Move a subscription to another plan or end date (PATCH
     * /ps/api/v1/public/subscriptions/{subscription_id}).
     *
     * Calls Plural: PATCH /ps/api/v1/public/subscriptions/{subscription_id}.
     *
     * JSON-RPC method `updateSubscription`.
     *
     * @param array{subscription_id: string, new_plan_id?: string, new_end_date?: string, reason: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     allowed_payment_methods?: list<string>,
     *     bank_account?: array{account_number?: string, ifsc?: string, name?: string, ...},
     *     callback_url?: string,
     *     created_at?: string,
     *     customer_id?: string,
     *     enable_notification?: bool,
     *     end_date?: string,
     *     failure_callback_url?: string,
     *     integration_mode?: string,
     *     is_tpv_enabled?: bool,
     *     merchant_metadata?: array<string, string>,
     *     merchant_subscription_reference?: string|int,
     *     modified_at?: string,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id?: string,
     *     payment_mode?: string,
     *     plan_details?: array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         auto_debit_ot?: string,
     *         created_at?: string,
     *         end_date?: string,
     *         frequency?: string,
     *         initial_debit_amount?: array{currency?: string, value?: int, ...},
     *         max_limit_amount?: array{currency?: string, value?: int, ...},
     *         merchant_metadata?: array<string, string>,
     *         merchant_plan_reference?: string|int,
     *         modified_at?: string,
     *         plan_description?: string,
     *         plan_id: string,
     *         plan_name?: string,
     *         start_date?: string,
     *         status?: string,
     *         trial_period_in_days?: int,
     *         ...
     *     },
     *     quantity?: int,
     *     redirect_url?: string,
     *     start_date?: string,
     *     status?: string,
     *     subscription_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function updateSubscription(array $params, ?float $timeout = null): array
    {
        return $this->call('updateSubscription', $params, $timeout);
    }

    /**
     * Cancel a subscription for good: no further debits (POST
     * /ps/api/v1/public/subscriptions/{subscription_id}/cancel).
     *
     * Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/cancel.
     *
     * JSON-RPC method `cancelSubscription`.
     *
     * @param array{subscription_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     allowed_payment_methods?: list<string>,
     *     bank_account?: array{account_number?: string, ifsc?: string, name?: string, ...},
     *     callback_url?: string,
     *     created_at?: string,
     *     customer_id?: string,
     *     enable_notification?: bool,
     *     end_date?: string,
     *     failure_callback_url?: string,
     *     integration_mode?: string,
     *     is_tpv_enabled?: bool,
     *     merchant_metadata?: array<string, string>,
     *     merchant_subscription_reference?: string|int,
     *     modified_at?: string,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id?: string,
     *     payment_mode?: string,
     *     plan_details?: array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         auto_debit_ot?: string,
     *         created_at?: string,
     *         end_date?: string,
     *         frequency?: string,
     *         initial_debit_amount?: array{currency?: string, value?: int, ...},
     *         max_limit_amount?: array{currency?: string, value?: int, ...},
     *         merchant_metadata?: array<string, string>,
     *         merchant_plan_reference?: string|int,
     *         modified_at?: string,
     *         plan_description?: string,
     *         plan_id: string,
     *         plan_name?: string,
     *         start_date?: string,
     *         status?: string,
     *         trial_period_in_days?: int,
     *         ...
     *     },
     *     quantity?: int,
     *     redirect_url?: string,
     *     start_date?: string,
     *     status?: string,
     *     subscription_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function cancelSubscription(array $params, ?float $timeout = null): array
    {
        return $this->call('cancelSubscription', $params, $timeout);
    }

    /**
     * Pause an ACTIVE subscription: no debits until resumed (POST
     * /ps/api/v1/public/subscriptions/{subscription_id}/pause).
     *
     * Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/pause.
     *
     * JSON-RPC method `pauseSubscription`.
     *
     * @param array{subscription_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     allowed_payment_methods?: list<string>,
     *     bank_account?: array{account_number?: string, ifsc?: string, name?: string, ...},
     *     callback_url?: string,
     *     created_at?: string,
     *     customer_id?: string,
     *     enable_notification?: bool,
     *     end_date?: string,
     *     failure_callback_url?: string,
     *     integration_mode?: string,
     *     is_tpv_enabled?: bool,
     *     merchant_metadata?: array<string, string>,
     *     merchant_subscription_reference?: string|int,
     *     modified_at?: string,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id?: string,
     *     payment_mode?: string,
     *     plan_details?: array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         auto_debit_ot?: string,
     *         created_at?: string,
     *         end_date?: string,
     *         frequency?: string,
     *         initial_debit_amount?: array{currency?: string, value?: int, ...},
     *         max_limit_amount?: array{currency?: string, value?: int, ...},
     *         merchant_metadata?: array<string, string>,
     *         merchant_plan_reference?: string|int,
     *         modified_at?: string,
     *         plan_description?: string,
     *         plan_id: string,
     *         plan_name?: string,
     *         start_date?: string,
     *         status?: string,
     *         trial_period_in_days?: int,
     *         ...
     *     },
     *     quantity?: int,
     *     redirect_url?: string,
     *     start_date?: string,
     *     status?: string,
     *     subscription_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function pauseSubscription(array $params, ?float $timeout = null): array
    {
        return $this->call('pauseSubscription', $params, $timeout);
    }

    /**
     * Resume a PAUSED subscription (POST /ps/api/v1/public/subscriptions/{subscription_id}/resume).
     *
     * Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/resume.
     *
     * JSON-RPC method `resumeSubscription`.
     *
     * @param array{subscription_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     allowed_payment_methods?: list<string>,
     *     bank_account?: array{account_number?: string, ifsc?: string, name?: string, ...},
     *     callback_url?: string,
     *     created_at?: string,
     *     customer_id?: string,
     *     enable_notification?: bool,
     *     end_date?: string,
     *     failure_callback_url?: string,
     *     integration_mode?: string,
     *     is_tpv_enabled?: bool,
     *     merchant_metadata?: array<string, string>,
     *     merchant_subscription_reference?: string|int,
     *     modified_at?: string,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id?: string,
     *     payment_mode?: string,
     *     plan_details?: array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         auto_debit_ot?: string,
     *         created_at?: string,
     *         end_date?: string,
     *         frequency?: string,
     *         initial_debit_amount?: array{currency?: string, value?: int, ...},
     *         max_limit_amount?: array{currency?: string, value?: int, ...},
     *         merchant_metadata?: array<string, string>,
     *         merchant_plan_reference?: string|int,
     *         modified_at?: string,
     *         plan_description?: string,
     *         plan_id: string,
     *         plan_name?: string,
     *         start_date?: string,
     *         status?: string,
     *         trial_period_in_days?: int,
     *         ...
     *     },
     *     quantity?: int,
     *     redirect_url?: string,
     *     start_date?: string,
     *     status?: string,
     *     subscription_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function resumeSubscription(array $params, ?float $timeout = null): array
    {
        return $this->call('resumeSubscription', $params, $timeout);
    }

    /**
     * A subscription's presentations (debits), paged (GET
     * /ps/api/v1/public/subscriptions/{subscription_id}/presentations).
     *
     * Calls Plural: GET /ps/api/v1/public/subscriptions/{subscription_id}/presentations.
     *
     * JSON-RPC method `listPresentations`.
     *
     * @param array{subscription_id: string, size?: int, page?: int, sort?: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     links?: array<string, mixed>,
     *     page?: array{number?: int, size?: int, total_elements?: int, total_pages?: int, ...},
     *     presentations?: list<array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         created_at?: string,
     *         due_date?: string,
     *         failure_count?: int,
     *         merchant_presentation_reference?: string|int,
     *         order_id?: string,
     *         pdn_status?: string,
     *         presentation_id: string,
     *         status?: string,
     *         subscription_id?: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function listPresentations(array $params, ?float $timeout = null): array
    {
        return $this->call('listPresentations', $params, $timeout);
    }

    /**
     * Schedule a debit of an ACTIVE subscription (POST
     * /ps/api/v1/public/subscriptions/{subscription_id}/presentations).
     *
     * Calls Plural: POST /ps/api/v1/public/subscriptions/{subscription_id}/presentations.
     *
     * JSON-RPC method `createPresentation`.
     *
     * @param array{
     *     subscription_id: string,
     *     due_date?: string,
     *     amount?: array{currency: string, value: int, ...},
     *     merchant_presentation_reference?: string|int,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     due_date?: string,
     *     failure_count?: int,
     *     merchant_presentation_reference?: string|int,
     *     order_id?: string,
     *     pdn_status?: string,
     *     presentation_id: string,
     *     status?: string,
     *     subscription_id?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createPresentation(array $params, ?float $timeout = null): array
    {
        return $this->call('createPresentation', $params, $timeout);
    }

    /**
     * Fetch a presentation by presentation_id, or by merchant_presentation_reference.
     *
     * Calls Plural: GET /ps/api/v1/public/presentations/{presentation_id}, GET
     * /ps/api/v1/public/presentations/reference/{merchant_presentation_reference}.
     *
     * JSON-RPC method `getPresentation`.
     *
     * @param array{presentation_id?: string, merchant_presentation_reference?: string|int} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     due_date?: string,
     *     failure_count?: int,
     *     merchant_presentation_reference?: string|int,
     *     order_id?: string,
     *     pdn_status?: string,
     *     presentation_id: string,
     *     status?: string,
     *     subscription_id?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getPresentation(array $params = [], ?float $timeout = null): array
    {
        return $this->call('getPresentation', $params, $timeout);
    }

    /**
     * Withdraw a debit not yet executed (DELETE /ps/api/v1/public/presentations/{presentation_id}). Answers {}
     * when Plural sends no body.
     *
     * Calls Plural: DELETE /ps/api/v1/public/presentations/{presentation_id}.
     *
     * JSON-RPC method `deletePresentation`.
     *
     * @param array{presentation_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array<string, mixed>
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function deletePresentation(array $params, ?float $timeout = null): array
    {
        return $this->call('deletePresentation', $params, $timeout);
    }

    /**
     * Notify the customer of a coming debit (POST /ps/api/v1/public/subscriptions/notify); the debit then
     * waits for executeMandateDebit.
     *
     * Calls Plural: POST /ps/api/v1/public/subscriptions/notify.
     *
     * JSON-RPC method `sendPreDebitNotification`.
     *
     * @param array{
     *     subscription_id: string,
     *     due_date: string,
     *     amount?: array{currency: string, value: int, ...},
     *     merchant_presentation_reference: string|int,
     *     is_merchant_retry?: bool,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     due_date?: string,
     *     failure_count?: int,
     *     merchant_presentation_reference?: string|int,
     *     order_id?: string,
     *     pdn_status?: string,
     *     presentation_id: string,
     *     status?: string,
     *     subscription_id?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function sendPreDebitNotification(array $params, ?float $timeout = null): array
    {
        return $this->call('sendPreDebitNotification', $params, $timeout);
    }

    /**
     * Debit a notified presentation now (POST /ps/api/v1/public/subscriptions/execute). Never sent twice for
     * the same presentation.
     *
     * Calls Plural: POST /ps/api/v1/public/subscriptions/execute.
     *
     * JSON-RPC method `executeMandateDebit`.
     *
     * @param array{
     *     presentation_id?: string,
     *     merchant_presentation_reference?: string|int,
     *     is_merchant_retry?: string,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     due_date?: string,
     *     failure_count?: int,
     *     merchant_presentation_reference?: string|int,
     *     order_id?: string,
     *     pdn_status?: string,
     *     presentation_id: string,
     *     status?: string,
     *     subscription_id?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function executeMandateDebit(array $params = [], ?float $timeout = null): array
    {
        return $this->call('executeMandateDebit', $params, $timeout);
    }

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
     * @param array{
     *     presentation_id?: string,
     *     merchant_presentation_reference?: string|int,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     due_date?: string,
     *     failure_count?: int,
     *     merchant_presentation_reference?: string|int,
     *     order_id?: string,
     *     pdn_status?: string,
     *     presentation_id: string,
     *     status?: string,
     *     subscription_id?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function retryMandateDebit(array $params = [], ?float $timeout = null): array
    {
        return $this->call('retryMandateDebit', $params, $timeout);
    }

    /**
     * Send the customer the bank's OTP for a PENDING card payment, for native OTP entry (POST
     * /api/pay/v1/otp/generate).
     *
     * Calls Plural: POST /api/pay/v1/otp/generate.
     *
     * JSON-RPC method `generateOtp`.
     *
     * @param array{payment_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{meta_data?: array{resend_after?: string, ...}, next?: list<string>, status?: string, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function generateOtp(array $params, ?float $timeout = null): array
    {
        return $this->call('generateOtp', $params, $timeout);
    }

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
     * @param array{payment_id: string, otp: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{meta_data?: array{resend_after?: string, ...}, next?: list<string>, status?: string, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function submitOtp(array $params, ?float $timeout = null): array
    {
        return $this->call('submitOtp', $params, $timeout);
    }

    /**
     * Send the OTP again (POST /api/pay/v1/otp/resend); the bank allows a few resends per payment.
     *
     * Calls Plural: POST /api/pay/v1/otp/resend.
     *
     * JSON-RPC method `resendOtp`.
     *
     * @param array{payment_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{meta_data?: array{resend_after?: string, ...}, next?: list<string>, status?: string, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function resendOtp(array $params, ?float $timeout = null): array
    {
        return $this->call('resendOtp', $params, $timeout);
    }

    /**
     * Look up a card before paying: network, issuer, type, international, native OTP support (POST
     * /api/pay/v1/getCardDetails).
     *
     * The card number goes to Plural and nowhere else: never logged, never in the result (which names the
     * card, not its number).
     *
     * Calls Plural: POST /api/pay/v1/getCardDetails.
     *
     * JSON-RPC method `getCardDetails`.
     *
     * @param array{
     *     card_details: list<array{
     *         payment_identifier: string,
     *         payment_reference_type: 'CARD'|'ALT_TOKEN_TXN'|'NETWORK_TOKEN_TXN'|'ISSUER_TOKEN_TXN',
     *         ...
     *     }>,
     *     amount?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     card_payment_details?: list<array{
     *         card_category?: string,
     *         card_issuer?: string,
     *         card_network?: string,
     *         card_type?: string,
     *         country_code?: string,
     *         currency?: string,
     *         is_currency_supported?: bool,
     *         is_international_card?: bool,
     *         is_native_otp_supported?: bool,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getCardDetails(array $params, ?float $timeout = null): array
    {
        return $this->call('getCardDetails', $params, $timeout);
    }

    /**
     * Authorise a PENDING payment with card data decrypted from Apple Pay, or after your own 3-D Secure (POST
     * /api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize).
     *
     * Moves money: the order becomes AUTHORIZED (pre_auth) or PROCESSED. Keyed by the order and payment ids,
     * so a repeat never authorises twice; a lost answer is settled by getOrder. The decrypted card data is
     * never logged.
     *
     * Calls Plural: POST /api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize.
     *
     * JSON-RPC method `authorizePayment`.
     *
     * @param array{
     *     order_id: string,
     *     payments_id: string,
     *     decrypted_card_details: array{
     *         card_holder_name?: string,
     *         card_meta_data?: array{
     *             card_type: 'CREDIT'|'DEBIT'|'PREPAID',
     *             network_name: 'VISA'|'MASTERCARD'|'RUPAY'|'AMEX',
     *             ...
     *         },
     *         cavv?: string,
     *         cryptogram: string,
     *         cvv?: string,
     *         eci?: string,
     *         expiration_month: string,
     *         expiration_year: string,
     *         pan?: string,
     *         token: string,
     *         ...
     *     },
     *     acquirer_payment_details?: array{
     *         acs_transaction_id?: string,
     *         directory_server_transaction_id?: string,
     *         three_ds_server_transaction_id?: string,
     *         three_ds_version?: string,
     *         ...
     *     },
     *     authentication_type?: string,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     challenge_url?: string,
     *     created_at?: string,
     *     merchant_id?: string|int,
     *     merchant_order_reference?: string|int,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id: string,
     *     parent_order_id?: string,
     *     payments?: list<array{
     *         acquirer_data?: array<string, mixed>,
     *         capture_data?: list<array{
     *             capture_amount?: array{currency?: string, value?: int, ...},
     *             created_at?: string,
     *             merchant_capture_reference?: string|int,
     *             ...
     *         }>,
     *         created_at?: string,
     *         id: string,
     *         merchant_payment_reference?: string|int,
     *         payment_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_option?: array<string, mixed>,
     *         status: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     pre_auth?: bool,
     *     purchase_details?: array<string, mixed>,
     *     status: string,
     *     type?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function authorizePayment(array $params, ?float $timeout = null): array
    {
        return $this->call('authorizePayment', $params, $timeout);
    }

    /**
     * The EMI offers (issuers, tenures, instalments, interest) for an amount (POST
     * /api/affordability/v1/offer/discovery).
     *
     * To pay with one, pass its issuer offer with the tenure chosen (`tenures[i]` as `tenure`) as offer_data
     * to validateOffer and createPayment (CREDIT_EMI, DEBIT_EMI).
     *
     * Calls Plural: POST /api/affordability/v1/offer/discovery.
     *
     * JSON-RPC method `discoverOffers`.
     *
     * @param array{
     *     order_amount?: array{currency: string, value: int, ...},
     *     product_details?: list<array{
     *         product_amount?: array{currency: string, value: int, ...},
     *         product_code: string,
     *         product_coupon_discount_amount?: array{currency: string, value: int, ...},
     *         product_name?: string,
     *         product_quantity?: int,
     *         ...
     *     }>,
     *     cart_coupon_discount_amount?: array{currency: string, value: int, ...},
     *     issuer?: array{
     *         bin?: string,
     *         id?: string,
     *         issuer_type?: (
     *             'CC_BANK'|'DC_BANK'|'CARDLESS_BANK'|'CC_NBFC'|'DC_NBFC'|'CARDLESS_NBFC'|'NTB'|'NTB_BANK'|'NTB_NBFC'
     *         ),
     *         name?: string,
     *         ...
     *     },
     *     downpayment_details?: array{downpayment_amount?: array{currency: string, value: int, ...}, ...},
     *     payment_options?: array{
     *         card_details?: array{card_number?: string, ...},
     *         card_token_details?: array{token?: string, token_id?: string, ...},
     *         ...
     *     },
     *     customer_details?: array{customer_id?: string, ...}
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     issuers?: list<array{
     *         display_name?: string,
     *         id?: string,
     *         issuer_data?: array{
     *             auth_type?: string,
     *             consent_data?: string,
     *             is_consent_page_required?: bool,
     *             is_tokenized_transaction_supported?: bool,
     *             offer_validation_parameters_required?: string,
     *             otp_length?: int,
     *             otp_retry_count?: int,
     *             otp_time_in_sec?: int,
     *             pan_number_last_digit_count?: int,
     *             penny_transaction_amount?: array{currency?: string, value?: int, ...},
     *             show_key_fact_statement?: bool,
     *             terms_and_conditions?: string,
     *             ...
     *         },
     *         issuer_type?: string,
     *         name?: string,
     *         priority?: int,
     *         tenures?: list<array{
     *             auth_amount?: array{currency?: string, value?: int, ...},
     *             cart_coupon_discount_amount?: array{currency?: string, value?: int, ...},
     *             convenience_fee_breakdown?: array<string, mixed>,
     *             details?: list<array<string, mixed>>,
     *             discount?: array<string, mixed>,
     *             downpayment_details?: array{downpayment_amount?: array{currency?: string, value?: int, ...}, ...},
     *             emi_type?: string,
     *             interest_amount?: array{currency?: string, value?: int, ...},
     *             interest_rate_percentage?: float|int,
     *             issuer_offer_parameters?: list<array{
     *                 offer_id?: string,
     *                 offer_parameter_id?: string,
     *                 program_type?: string,
     *                 ...
     *             }>,
     *             loan_amount?: array{currency?: string, value?: int, ...},
     *             monthly_emi_amount?: array{currency?: string, value?: int, ...},
     *             name?: string,
     *             net_payment_amount?: array{currency?: string, value?: int, ...},
     *             processing_fee_amount?: array{currency?: string, value?: int, ...},
     *             processing_fee_details?: array{
     *                 amount?: array{currency?: string, value?: int, ...},
     *                 percentage?: float|int,
     *                 ...
     *             },
     *             split_emi_amount?: array{currency?: string, value?: int, ...},
     *             split_emi_display_name?: string,
     *             split_emi_percentage?: float|int,
     *             tenure_id?: string,
     *             tenure_type?: string,
     *             tenure_value?: int,
     *             total_coupon_discount?: array{currency?: string, value?: int, ...},
     *             total_discount_amount?: array{currency?: string, value?: int, ...},
     *             total_down_payment_amount?: array{currency?: string, value?: int, ...},
     *             total_emi_amount?: array{currency?: string, value?: int, ...},
     *             total_subvention_amount?: array{currency?: string, value?: int, ...},
     *             ...
     *         }>,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function discoverOffers(array $params = [], ?float $timeout = null): array
    {
        return $this->call('discoverOffers', $params, $timeout);
    }

    /**
     * The cardless EMI offers a customer is eligible for, by PAN and mobile number (POST
     * /api/affordability/v1/offer/discovery/cardless).
     *
     * Calls Plural: POST /api/affordability/v1/offer/discovery/cardless.
     *
     * JSON-RPC method `discoverCardlessOffers`.
     *
     * @param array{
     *     order_amount?: array{currency: string, value: int, ...},
     *     product_details?: list<array{
     *         product_amount?: array{currency: string, value: int, ...},
     *         product_code: string,
     *         product_coupon_discount_amount?: array{currency: string, value: int, ...},
     *         product_name?: string,
     *         product_quantity?: int,
     *         ...
     *     }>,
     *     cart_coupon_discount_amount?: array{currency: string, value: int, ...},
     *     payment_option?: array{
     *         cardless_details: array{pan_number: string, registered_mobile_number: string, ...},
     *         ...
     *     }
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     issuers?: list<array{
     *         display_name?: string,
     *         id?: string,
     *         issuer_data?: array{
     *             auth_type?: string,
     *             consent_data?: string,
     *             is_consent_page_required?: bool,
     *             is_tokenized_transaction_supported?: bool,
     *             offer_validation_parameters_required?: string,
     *             otp_length?: int,
     *             otp_retry_count?: int,
     *             otp_time_in_sec?: int,
     *             pan_number_last_digit_count?: int,
     *             penny_transaction_amount?: array{currency?: string, value?: int, ...},
     *             show_key_fact_statement?: bool,
     *             terms_and_conditions?: string,
     *             ...
     *         },
     *         issuer_type?: string,
     *         name?: string,
     *         priority?: int,
     *         tenures?: list<array{
     *             auth_amount?: array{currency?: string, value?: int, ...},
     *             cart_coupon_discount_amount?: array{currency?: string, value?: int, ...},
     *             convenience_fee_breakdown?: array<string, mixed>,
     *             details?: list<array<string, mixed>>,
     *             discount?: array<string, mixed>,
     *             downpayment_details?: array{downpayment_amount?: array{currency?: string, value?: int, ...}, ...},
     *             emi_type?: string,
     *             interest_amount?: array{currency?: string, value?: int, ...},
     *             interest_rate_percentage?: float|int,
     *             issuer_offer_parameters?: list<array{
     *                 offer_id?: string,
     *                 offer_parameter_id?: string,
     *                 program_type?: string,
     *                 ...
     *             }>,
     *             loan_amount?: array{currency?: string, value?: int, ...},
     *             monthly_emi_amount?: array{currency?: string, value?: int, ...},
     *             name?: string,
     *             net_payment_amount?: array{currency?: string, value?: int, ...},
     *             processing_fee_amount?: array{currency?: string, value?: int, ...},
     *             processing_fee_details?: array{
     *                 amount?: array{currency?: string, value?: int, ...},
     *                 percentage?: float|int,
     *                 ...
     *             },
     *             split_emi_amount?: array{currency?: string, value?: int, ...},
     *             split_emi_display_name?: string,
     *             split_emi_percentage?: float|int,
     *             tenure_id?: string,
     *             tenure_type?: string,
     *             tenure_value?: int,
     *             total_coupon_discount?: array{currency?: string, value?: int, ...},
     *             total_discount_amount?: array{currency?: string, value?: int, ...},
     *             total_down_payment_amount?: array{currency?: string, value?: int, ...},
     *             total_emi_amount?: array{currency?: string, value?: int, ...},
     *             total_subvention_amount?: array{currency?: string, value?: int, ...},
     *             ...
     *         }>,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function discoverCardlessOffers(array $params = [], ?float $timeout = null): array
    {
        return $this->call('discoverCardlessOffers', $params, $timeout);
    }

    /**
     * The down payment range and the methods it may be paid by, for an EMI order (POST
     * /api/affordability/v1/offer/downpayment/details).
     *
     * Calls Plural: POST /api/affordability/v1/offer/downpayment/details.
     *
     * JSON-RPC method `getDownpaymentDetails`.
     *
     * @param array{
     *     order_amount?: array{currency: string, value: int, ...},
     *     product_details?: list<array{
     *         product_amount?: array{currency: string, value: int, ...},
     *         product_code: string,
     *         product_coupon_discount_amount?: array{currency: string, value: int, ...},
     *         product_name?: string,
     *         product_quantity?: int,
     *         ...
     *     }>,
     *     cart_coupon_discount_amount?: array{currency: string, value: int, ...},
     *     issuer?: array{bin?: string, ...}
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     downpayment_details?: array{
     *         allowed_payment_methods?: list<string>,
     *         amount_milestone_list?: list<array{currency?: string, value?: int, ...}>,
     *         amount_range?: array{
     *             max?: array{currency?: string, value?: int, ...},
     *             min?: array{currency?: string, value?: int, ...},
     *             ...
     *         },
     *         ...
     *     },
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getDownpaymentDetails(array $params = [], ?float $timeout = null): array
    {
        return $this->call('getDownpaymentDetails', $params, $timeout);
    }

    /**
     * Check an EMI offer from discovery against the amount and instrument before paying with it (POST
     * /api/affordability/v1/offer/validate).
     *
     * Plural refuses an offer it did not make for this amount (-32001). The amounts are integer paise; they go
     * to Plural as digit strings, as its definition types them.
     *
     * Calls Plural: POST /api/affordability/v1/offer/validate.
     *
     * JSON-RPC method `validateOffer`.
     *
     * @param array{
     *     payment_method: 'CREDIT_EMI'|'DEBIT_EMI'|'CARDLESS_EMI',
     *     order_amount?: array{currency: string, value: int, ...},
     *     payment_amount?: array{currency: string, value: int, ...},
     *     payment_option?: array{
     *         card_details?: array{card_number: string, registered_mobile_number?: string, ...},
     *         card_token_details?: array{
     *             last4_digit?: string,
     *             token?: string,
     *             token_id?: string,
     *             token_txn_type?: string,
     *             ...
     *         },
     *         cardless_details?: array{pan_number: string, registered_mobile_number: string, ...},
     *         ...
     *     },
     *     offer_data?: array{
     *         offer_details: array{
     *             display_name?: string,
     *             id: string,
     *             issuer_type: string,
     *             name: string,
     *             priority: string|int,
     *             tenure?: array{
     *                 emi_type?: string,
     *                 interest_amount?: array{currency?: string, value?: int, ...},
     *                 interest_rate_percentage?: float|int,
     *                 loan_amount?: array{currency?: string, value?: int, ...},
     *                 monthly_emi_amount?: array{currency?: string, value?: int, ...},
     *                 name: string,
     *                 tenure_id: string,
     *                 tenure_type: string,
     *                 tenure_value?: int,
     *                 total_emi_amount?: array{currency?: string, value?: int, ...},
     *                 ...
     *             },
     *             ...
     *         },
     *         ...
     *     },
     *     customer_details?: array{customer_id?: string, ...}
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{code?: string, message?: string, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function validateOffer(array $params, ?float $timeout = null): array
    {
        return $this->call('validateOffer', $params, $timeout);
    }

    /**
     * Block (or release) a brand-EMI device's IMEI against an order (POST
     * /api/affordability/v1/product/{order_id}/imei). Answers {} when Plural sends no body.
     *
     * Calls Plural: POST /api/affordability/v1/product/{order_id}/imei.
     *
     * JSON-RPC method `validateImei`.
     *
     * @param array{
     *     order_id: string,
     *     merchant_product_imei_reference: string|int,
     *     request_type: 'BLOCKING'|'UNBLOCKED',
     *     products?: list<array{
     *         dealer_code?: string,
     *         product_code?: string,
     *         product_imei?: string,
     *         state_code?: string,
     *         ...
     *     }>
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array<string, mixed>
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function validateImei(array $params, ?float $timeout = null): array
    {
        return $this->call('validateImei', $params, $timeout);
    }

    /**
     * Whether a customer may pay an amount by buy-now-pay-later, with their limit and instalments (POST
     * /api/payment-option/eligibility/bnpl).
     *
     * Calls Plural: POST /api/payment-option/eligibility/bnpl.
     *
     * JSON-RPC method `checkBnplEligibility`.
     *
     * @param array{
     *     mobile: string,
     *     pay_code: 'LAZYPAY',
     *     amount?: array{currency: string, value: int, ...},
     *     device_info?: array{
     *         browser_ip_address?: string,
     *         browser_user_agent?: string,
     *         device_manufacturer?: string,
     *         device_model?: string,
     *         operating_system?: 'ANDROID'|'IOS'|'MACOS'|'WINDOWS',
     *         source_ip_address?: string,
     *         ...
     *     },
     *     email?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     metadata?: array{
     *         credit_limit_available_in_paise?: string,
     *         installments?: list<array{amount_in_paise?: int, due_date?: string, serial_no?: int, ...}>,
     *         ...
     *     },
     *     txn_eligibility?: bool,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function checkBnplEligibility(array $params, ?float $timeout = null): array
    {
        return $this->call('checkBnplEligibility', $params, $timeout);
    }

    /**
     * The convenience fee (and its tax) a payment method adds to an amount, and what the customer pays (POST
     * /api/v1/fees).
     *
     * Calls Plural: POST /api/v1/fees.
     *
     * JSON-RPC method `calculateConvenienceFee`.
     *
     * @param array{
     *     amount?: array{currency: string, value: int, ...},
     *     payment_method: 'CARD'|'UPI'|'NETBANKING'|'WALLET'|'CREDIT_EMI'|'DEBIT_EMI'|'CARDLESS_EMI'|'POINTS'|'BNPL',
     *     network_type?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     data?: list<array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         convenience_fee_breakdown?: array{
     *             additional_fee_amount?: array{currency?: string, value?: int, ...},
     *             applicable_fee_amount?: array{currency?: string, value?: int, ...},
     *             fee_amount?: array{currency?: string, value?: int, ...},
     *             maximum_fee_amount?: array{currency?: string, value?: int, ...},
     *             tax_amount?: array{currency?: string, value?: int, ...},
     *             ...
     *         },
     *         fee_type?: string,
     *         payable_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_method_metadata?: array{card_type?: string, network_type?: string, ...},
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function calculateConvenienceFee(array $params, ?float $timeout = null): array
    {
        return $this->call('calculateConvenienceFee', $params, $timeout);
    }

    /**
     * Quote a multi-currency (MCC) conversion: the rate and the converted amount (POST /api/conversion/mcc).
     *
     * Calls Plural: POST /api/conversion/mcc.
     *
     * JSON-RPC method `convertCurrency`.
     *
     * @param array{
     *     bank_code: string,
     *     invoice_id: string,
     *     source_currency: string,
     *     dest_currency: string,
     *     transaction_amount: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     conversion_rate?: float|int,
     *     converted_amount?: int,
     *     converted_exponent?: int,
     *     dest_currency?: string,
     *     invoice_id?: string,
     *     source_currency?: string,
     *     transaction_amount?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function convertCurrency(array $params, ?float $timeout = null): array
    {
        return $this->call('convertCurrency', $params, $timeout);
    }

    /**
     * Compute the tax collected at source (TCS) on a cross-border (LRS) order (POST /api/v1/tcs/compute).
     *
     * Calls Plural: POST /api/v1/tcs/compute.
     *
     * JSON-RPC method `computeTcs`.
     *
     * @param array{order_id: string, amount: array{currency: string, value: int, ...}, is_tcs_declared?: bool} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     is_tcs_declared?: bool,
     *     order_id?: string,
     *     tcs_amount?: array{currency?: string, value?: int, ...},
     *     tcs_rate_percentage?: float|int,
     *     total_amount?: array{currency?: string, value?: int, ...},
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function computeTcs(array $params, ?float $timeout = null): array
    {
        return $this->call('computeTcs', $params, $timeout);
    }

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
     * @param array{start_date: string, end_date: string, page?: int, per_page?: int} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     data?: list<array{
     *         actual_transaction_amount?: float|int,
     *         bank_acc_number?: string,
     *         bank_name?: string,
     *         last_processed_date?: string,
     *         programs?: list<string>,
     *         settled_date?: string,
     *         system?: string,
     *         total_amount?: float|int,
     *         total_deduction_amount?: float|int,
     *         total_transactions_count?: int,
     *         utr_number?: string,
     *         ...
     *     }>,
     *     total_settlement_amount?: float|int,
     *     total_settlement_count?: int,
     *     total_transactions_count?: int,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function listSettlements(array $params, ?float $timeout = null): array
    {
        return $this->call('listSettlements', $params, $timeout);
    }

    /**
     * One settlement by its UTR, with the transactions it paid out, paged (GET
     * /api/settlements/v1/detail/{utr}).
     *
     * Calls Plural: GET /api/settlements/v1/detail/{utr}.
     *
     * JSON-RPC method `getSettlement`.
     *
     * @param array{utr: string, page?: int, per_page?: int} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     actual_transaction_amount?: float|int,
     *     additional_mdr_amount?: float|int,
     *     bank_acc_number?: string,
     *     bank_name?: string,
     *     other_deductions?: float|int,
     *     pagination?: array{current_page?: string|int, total_pages?: int, ...},
     *     programs?: list<string>,
     *     split_fund_amount?: float|int,
     *     total_cashback_amount?: float|int,
     *     total_chargeback_recovery_amount?: float|int,
     *     total_convenience_fee?: float|int,
     *     total_gst_amount?: float|int,
     *     total_gst_on_c_c_f?: float|int,
     *     total_late_settlement_fee?: float|int,
     *     total_loan_recovery_amount?: float|int,
     *     total_mar_amount?: float|int,
     *     total_mdr_amount?: float|int,
     *     total_merchant_cashback?: float|int,
     *     total_merchant_convenience_fee?: float|int,
     *     total_platform_fee?: float|int,
     *     total_refund?: float|int,
     *     total_settled_amount?: float|int,
     *     total_transaction_amount?: float|int,
     *     total_transaction_count?: int,
     *     transactions?: list<array{
     *         acquirer_name?: string,
     *         actual_transaction_amount?: float|int,
     *         is_emi?: bool,
     *         payout_status?: string,
     *         processed_date?: string,
     *         program?: string,
     *         settled_amount?: float|int,
     *         store_address?: string,
     *         system?: string,
     *         tid?: string,
     *         total_deduction_amount?: float|int,
     *         transaction_amount?: float|int,
     *         transaction_date?: string,
     *         transaction_id?: string,
     *         utr_number?: string,
     *         ...
     *     }>,
     *     utr_number?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getSettlement(array $params, ?float $timeout = null): array
    {
        return $this->call('getSettlement', $params, $timeout);
    }

    /**
     * Release a held part of a split order to its partner merchant (PATCH
     * /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release). Never sent twice for the same part.
     *
     * Calls Plural: PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release.
     *
     * JSON-RPC method `releaseSettlement`.
     *
     * @param array{
     *     order_id: string,
     *     settlement_id: string,
     *     release_amount?: array{currency: string, value: int, ...},
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     created_at?: string,
     *     merchant_id?: string|int,
     *     merchant_order_reference?: string|int,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id: string,
     *     payments?: list<array{
     *         acquirer_data?: array<string, mixed>,
     *         capture_data?: list<array{
     *             capture_amount?: array{currency?: string, value?: int, ...},
     *             created_at?: string,
     *             merchant_capture_reference?: string|int,
     *             ...
     *         }>,
     *         created_at?: string,
     *         id: string,
     *         merchant_payment_reference?: string|int,
     *         payment_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_option?: array<string, mixed>,
     *         status: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     pre_auth?: bool,
     *     purchase_details?: array{
     *         split_info?: array{
     *             split_details?: list<array{
     *                 amount?: array{currency?: string, value?: int, ...},
     *                 merchant_settlement_reference?: string|int,
     *                 on_hold?: bool,
     *                 release_amount?: array{currency?: string, value?: int, ...},
     *                 split_merchant_id?: string,
     *                 split_settlement_id?: string,
     *                 status?: string,
     *                 updated_at?: string,
     *                 ...
     *             }>,
     *             split_type?: string,
     *             ...
     *         },
     *         ...
     *     },
     *     status: string,
     *     type?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function releaseSettlement(array $params, ?float $timeout = null): array
    {
        return $this->call('releaseSettlement', $params, $timeout);
    }

    /**
     * Cancel a held part of a split order (PATCH
     * /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel). Never sent twice for the same part.
     *
     * Calls Plural: PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel.
     *
     * JSON-RPC method `cancelSettlement`.
     *
     * @param array{order_id: string, settlement_id: string, idempotency_key?: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     created_at?: string,
     *     merchant_id?: string|int,
     *     merchant_order_reference?: string|int,
     *     order_amount?: array{currency?: string, value?: int, ...},
     *     order_id: string,
     *     payments?: list<array{
     *         acquirer_data?: array<string, mixed>,
     *         capture_data?: list<array{
     *             capture_amount?: array{currency?: string, value?: int, ...},
     *             created_at?: string,
     *             merchant_capture_reference?: string|int,
     *             ...
     *         }>,
     *         created_at?: string,
     *         id: string,
     *         merchant_payment_reference?: string|int,
     *         payment_amount?: array{currency?: string, value?: int, ...},
     *         payment_method?: string,
     *         payment_option?: array<string, mixed>,
     *         status: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     pre_auth?: bool,
     *     purchase_details?: array{
     *         split_info?: array{
     *             split_details?: list<array{
     *                 amount?: array{currency?: string, value?: int, ...},
     *                 merchant_settlement_reference?: string|int,
     *                 on_hold?: bool,
     *                 release_amount?: array{currency?: string, value?: int, ...},
     *                 split_merchant_id?: string,
     *                 split_settlement_id?: string,
     *                 status?: string,
     *                 updated_at?: string,
     *                 ...
     *             }>,
     *             split_type?: string,
     *             ...
     *         },
     *         ...
     *     },
     *     status: string,
     *     type?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function cancelSettlement(array $params, ?float $timeout = null): array
    {
        return $this->call('cancelSettlement', $params, $timeout);
    }

    /**
     * Create brand wallets for one or more customers (POST /payment-option/create/wallet). A customer who has
     * one keeps it.
     *
     * Calls Plural: POST /payment-option/create/wallet.
     *
     * JSON-RPC method `createBrandWallet`.
     *
     * @param array{
     *     currency_code?: string,
     *     customers: list<array{
     *         country_code?: string,
     *         customer_id: string,
     *         email_id?: string,
     *         first_name?: string,
     *         last_name?: string,
     *         mobile_number?: string,
     *         ...
     *     }>,
     *     notes?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     wallets?: list<array{
     *         balance?: array{currency?: string, value?: int, ...},
     *         created_at?: string,
     *         customer_id?: string,
     *         status?: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createBrandWallet(array $params, ?float $timeout = null): array
    {
        return $this->call('createBrandWallet', $params, $timeout);
    }

    /**
     * Whether a customer's wallet can pay this amount now (POST /payment-option/wallet/validate). Moves
     * nothing.
     *
     * Calls Plural: POST /payment-option/wallet/validate.
     *
     * JSON-RPC method `validateBrandWallet`.
     *
     * @param array{
     *     amount: array{currency: string, value: int, ...},
     *     customers: array{customer_id: string, ...},
     *     notes?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     balance?: array{currency?: string, value?: int, ...},
     *     customer_id?: string,
     *     is_valid?: bool,
     *     reason?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function validateBrandWallet(array $params, ?float $timeout = null): array
    {
        return $this->call('validateBrandWallet', $params, $timeout);
    }

    /**
     * A customer's wallet and its balance (POST /payment-option/wallet/balance).
     *
     * Calls Plural: POST /payment-option/wallet/balance.
     *
     * JSON-RPC method `getBrandWalletBalance`.
     *
     * @param array{customers: array{customer_id: string, ...}, notes?: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     balance?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     customer_id?: string,
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getBrandWalletBalance(array $params, ?float $timeout = null): array
    {
        return $this->call('getBrandWalletBalance', $params, $timeout);
    }

    /**
     * Load money into a customer's active wallet (POST /payment-option/wallet/load). Give idempotency_key: the
     * request has no reference of its own, so without one every call is a new load.
     *
     * Calls Plural: POST /payment-option/wallet/load.
     *
     * JSON-RPC method `loadBrandWallet`.
     *
     * @param array{
     *     amount: array{currency: string, value: int, ...},
     *     customer: array{customer_id: string, ...},
     *     bucket?: string,
     *     notes?: string,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     balance?: array{currency?: string, value?: int, ...},
     *     bucket?: string,
     *     created_at?: string,
     *     merchant_order_reference?: string|int,
     *     notes?: string,
     *     transaction_id?: string,
     *     transaction_type?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function loadBrandWallet(array $params, ?float $timeout = null): array
    {
        return $this->call('loadBrandWallet', $params, $timeout);
    }

    /**
     * Activate a created or deactivated wallet (POST /payment-option/wallet/customer/{customer_id}/activate).
     *
     * Calls Plural: POST /payment-option/wallet/customer/{customer_id}/activate.
     *
     * JSON-RPC method `activateBrandWallet`.
     *
     * @param array{customer_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     balance?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     customer_id?: string,
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function activateBrandWallet(array $params, ?float $timeout = null): array
    {
        return $this->call('activateBrandWallet', $params, $timeout);
    }

    /**
     * Deactivate a wallet: no loads or payments until it is activated again (POST
     * /payment-option/wallet/customer/{customer_id}/deactivate).
     *
     * Calls Plural: POST /payment-option/wallet/customer/{customer_id}/deactivate.
     *
     * JSON-RPC method `deactivateBrandWallet`.
     *
     * @param array{customer_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     balance?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     customer_id?: string,
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function deactivateBrandWallet(array $params, ?float $timeout = null): array
    {
        return $this->call('deactivateBrandWallet', $params, $timeout);
    }

    /**
     * Reset the PIN of a customer's wallet; the balance is kept (POST
     * /payment-option/wallet/customer/{customer_id}/reset).
     *
     * Calls Plural: POST /payment-option/wallet/customer/{customer_id}/reset.
     *
     * JSON-RPC method `resetBrandWalletPin`.
     *
     * @param array{customer_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     balance?: array{currency?: string, value?: int, ...},
     *     created_at?: string,
     *     customer_id?: string,
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function resetBrandWalletPin(array $params, ?float $timeout = null): array
    {
        return $this->call('resetBrandWalletPin', $params, $timeout);
    }

    /**
     * A wallet's movements, filtered and paged (GET /payment-option/wallet/customer/{customer_id}/history).
     *
     * Calls Plural: GET /payment-option/wallet/customer/{customer_id}/history.
     *
     * JSON-RPC method `getBrandWalletHistory`.
     *
     * @param array{
     *     customer_id: string,
     *     start_date?: string,
     *     end_date?: string,
     *     page?: int,
     *     transaction_type?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     balance?: array{currency?: string, value?: int, ...},
     *     customer_id?: string,
     *     page?: int,
     *     total_pages?: int,
     *     transactions?: list<array{
     *         amount?: array{currency?: string, value?: int, ...},
     *         balance?: array{currency?: string, value?: int, ...},
     *         bucket?: string,
     *         created_at?: string,
     *         merchant_order_reference?: string|int,
     *         notes?: string,
     *         transaction_id?: string,
     *         transaction_type?: string,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getBrandWalletHistory(array $params, ?float $timeout = null): array
    {
        return $this->call('getBrandWalletHistory', $params, $timeout);
    }

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
     * @param array{
     *     merchant_order_reference: string|int,
     *     mode: 'GIFT_CARD'|'UPI',
     *     amount?: array{currency: string, value: int, ...},
     *     payment_option?: array{
     *         gift_card_details?: array{gift_card_number: string, pin: string, ...},
     *         upi_details?: array<string, mixed>,
     *         ...
     *     },
     *     customer: array{customer_id: string, ...},
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: array{currency?: string, value?: int, ...},
     *     balance?: array{currency?: string, value?: int, ...},
     *     bucket?: string,
     *     created_at?: string,
     *     merchant_order_reference?: string|int,
     *     notes?: string,
     *     transaction_id?: string,
     *     transaction_type?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function addMoneyToBrandWallet(array $params, ?float $timeout = null): array
    {
        return $this->call('addMoneyToBrandWallet', $params, $timeout);
    }

    /**
     * Create a UPI Reserve Pay (SBMD) subscription that reserves an amount for later debits (POST
     * /ps/public/subscriptions/sbmd).
     *
     * Calls Plural: POST /ps/public/subscriptions/sbmd.
     *
     * JSON-RPC method `createSbmdSubscription`.
     *
     * @param array{
     *     merchant_subscription_reference: string|int,
     *     customer_id: string,
     *     plan_details: array{currency: string, description?: string, reserve_amount: int, validity_days?: int, ...},
     *     merchant_metadata?: array<string, string>,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     created_at?: string,
     *     customer_id?: string,
     *     merchant_metadata?: array<string, string>,
     *     merchant_subscription_reference?: string|int,
     *     plan_details?: array{
     *         currency?: string,
     *         description?: string,
     *         reserve_amount?: int,
     *         validity_days?: int,
     *         ...
     *     },
     *     redirect_url?: string,
     *     status?: string,
     *     subscription_id?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createSbmdSubscription(array $params, ?float $timeout = null): array
    {
        return $this->call('createSbmdSubscription', $params, $timeout);
    }

    /**
     * A UPI Reserve Pay subscription by id (GET /ps/public/subscriptions/sbmd/{reserve_pay_sub_id}).
     *
     * Calls Plural: GET /ps/public/subscriptions/sbmd/{reserve_pay_sub_id}.
     *
     * JSON-RPC method `getSbmdSubscription`.
     *
     * @param array{reserve_pay_sub_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     created_at?: string,
     *     customer_id?: string,
     *     merchant_metadata?: array<string, string>,
     *     merchant_subscription_reference?: string|int,
     *     plan_details?: array{
     *         currency?: string,
     *         description?: string,
     *         reserve_amount?: int,
     *         validity_days?: int,
     *         ...
     *     },
     *     redirect_url?: string,
     *     status?: string,
     *     subscription_id?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getSbmdSubscription(array $params, ?float $timeout = null): array
    {
        return $this->call('getSbmdSubscription', $params, $timeout);
    }

    /**
     * Capture the invoice of a cross-border order (POST /api/pay/v1/orders/{orderId}/invoice); upload its file
     * with uploadInvoiceFile.
     *
     * Calls Plural: POST /api/pay/v1/orders/{order_id}/invoice.
     *
     * JSON-RPC method `captureInvoice`.
     *
     * @param array{order_id: string, invoice_number: string, invoice_date?: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     created_at?: string,
     *     file?: array{content_type?: string, file_name?: string, size_bytes?: int, uploaded_at?: string, ...},
     *     invoice_date?: string,
     *     invoice_id: string,
     *     invoice_number?: string,
     *     order_id?: string,
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function captureInvoice(array $params, ?float $timeout = null): array
    {
        return $this->call('captureInvoice', $params, $timeout);
    }

    /**
     * The invoice of a cross-border order and its status (GET /api/pay/v1/orders/{orderId}/invoice).
     *
     * Calls Plural: GET /api/pay/v1/orders/{order_id}/invoice.
     *
     * JSON-RPC method `getInvoiceStatus`.
     *
     * @param array{order_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     created_at?: string,
     *     file?: array{content_type?: string, file_name?: string, size_bytes?: int, uploaded_at?: string, ...},
     *     invoice_date?: string,
     *     invoice_id: string,
     *     invoice_number?: string,
     *     order_id?: string,
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getInvoiceStatus(array $params, ?float $timeout = null): array
    {
        return $this->call('getInvoiceStatus', $params, $timeout);
    }

    /**
     * Upload the invoice's document (PUT /api/pay/v1/orders/{orderId}/invoice/{invoiceId}/upload,
     * multipart/form-data).
     *
     * file is a FileUpload (base64, content type, file name; docs/FILES.md), at most PLURAL_MAX_UPLOAD_BYTES;
     * it goes to Plural as the multipart part `file` and is never logged.
     *
     * Calls Plural: PUT /api/pay/v1/orders/{order_id}/invoice/{invoice_id}/upload.
     *
     * JSON-RPC method `uploadInvoiceFile`.
     *
     * @param array{
     *     order_id: string,
     *     invoice_id: string,
     *     file: array{content_base64: string, content_type: string, file_name: string, ...}
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     created_at?: string,
     *     file?: array{content_type?: string, file_name?: string, size_bytes?: int, uploaded_at?: string, ...},
     *     invoice_date?: string,
     *     invoice_id: string,
     *     invoice_number?: string,
     *     order_id?: string,
     *     status?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function uploadInvoiceFile(array $params, ?float $timeout = null): array
    {
        return $this->call('uploadInvoiceFile', $params, $timeout);
    }

    /**
     * Record one or more airway bills of a cross-border order (POST /api/pay/v1/orders/{orderId}/awb; the body
     * is the array).
     *
     * Calls Plural: POST /api/pay/v1/orders/{order_id}/awb.
     *
     * JSON-RPC method `createAwb`.
     *
     * @param array{
     *     order_id: string,
     *     awbs: list<array{awb_date?: string, awb_number: string, tracking_url?: string, ...}>
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     awbs: list<array{
     *         awb_date?: string,
     *         awb_id: string,
     *         awb_number?: string,
     *         created_at?: string,
     *         file?: array{content_type?: string, file_name?: string, size_bytes?: int, uploaded_at?: string, ...},
     *         order_id?: string,
     *         status?: string,
     *         tracking_url?: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     order_id?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createAwb(array $params, ?float $timeout = null): array
    {
        return $this->call('createAwb', $params, $timeout);
    }

    /**
     * The airway bills of a cross-border order and their statuses (GET /api/pay/v1/orders/{orderId}/awb).
     *
     * Calls Plural: GET /api/pay/v1/orders/{order_id}/awb.
     *
     * JSON-RPC method `getAllAwbs`.
     *
     * @param array{order_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     awbs: list<array{
     *         awb_date?: string,
     *         awb_id: string,
     *         awb_number?: string,
     *         created_at?: string,
     *         file?: array{content_type?: string, file_name?: string, size_bytes?: int, uploaded_at?: string, ...},
     *         order_id?: string,
     *         status?: string,
     *         tracking_url?: string,
     *         updated_at?: string,
     *         ...
     *     }>,
     *     order_id?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getAllAwbs(array $params, ?float $timeout = null): array
    {
        return $this->call('getAllAwbs', $params, $timeout);
    }

    /**
     * One airway bill (GET /api/pay/v1/orders/{orderId}/awb/{awbId}).
     *
     * Calls Plural: GET /api/pay/v1/orders/{order_id}/awb/{awb_id}.
     *
     * JSON-RPC method `getAwbById`.
     *
     * @param array{order_id: string, awb_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     awb_date?: string,
     *     awb_id: string,
     *     awb_number?: string,
     *     created_at?: string,
     *     file?: array{content_type?: string, file_name?: string, size_bytes?: int, uploaded_at?: string, ...},
     *     order_id?: string,
     *     status?: string,
     *     tracking_url?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getAwbById(array $params, ?float $timeout = null): array
    {
        return $this->call('getAwbById', $params, $timeout);
    }

    /**
     * Upload an airway bill's document (PUT /api/pay/v1/orders/{orderId}/awb/{awbId}/upload,
     * multipart/form-data).
     *
     * file is a FileUpload (base64, content type, file name; docs/FILES.md), at most PLURAL_MAX_UPLOAD_BYTES;
     * it goes to Plural as the multipart part `file` and is never logged.
     *
     * Calls Plural: PUT /api/pay/v1/orders/{order_id}/awb/{awb_id}/upload.
     *
     * JSON-RPC method `uploadAwbFile`.
     *
     * @param array{
     *     order_id: string,
     *     awb_id: string,
     *     file: array{content_base64: string, content_type: string, file_name: string, ...}
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     awb_date?: string,
     *     awb_id: string,
     *     awb_number?: string,
     *     created_at?: string,
     *     file?: array{content_type?: string, file_name?: string, size_bytes?: int, uploaded_at?: string, ...},
     *     order_id?: string,
     *     status?: string,
     *     tracking_url?: string,
     *     updated_at?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function uploadAwbFile(array $params, ?float $timeout = null): array
    {
        return $this->call('uploadAwbFile', $params, $timeout);
    }

    /**
     * Create the e-challan of an order (POST /api/pay/v1/order/{order_id}/challan).
     *
     * Calls Plural: POST /api/pay/v1/order/{order_id}/challan.
     *
     * JSON-RPC method `createChallan`.
     *
     * @param array{
     *     order_id: string,
     *     convenience_fee_breakdown?: array{
     *         additional_fee_amount?: array{currency?: string, value?: int, ...},
     *         applicable_fee_amount?: array{currency?: string, value?: int, ...},
     *         fee_amount?: array{currency?: string, value?: int, ...},
     *         maximum_fee_amount?: array{currency?: string, value?: int, ...},
     *         tax_amount?: array{currency?: string, value?: int, ...},
     *         ...
     *     }
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     account_bank_branch?: string,
     *     account_bank_name?: string,
     *     account_ifsc?: string,
     *     account_name?: string,
     *     amount_due?: int,
     *     challan_id?: string,
     *     challan_pdf_url?: string,
     *     created_date?: string,
     *     expiry_date?: string,
     *     order_id?: string,
     *     virtual_account_id?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createChallan(array $params, ?float $timeout = null): array
    {
        return $this->call('createChallan', $params, $timeout);
    }

    /**
     * The e-challan of an order (GET /api/pay/v1/order/{order_id}/challan).
     *
     * Calls Plural: GET /api/pay/v1/order/{order_id}/challan.
     *
     * JSON-RPC method `getChallan`.
     *
     * @param array{order_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     account_bank_branch?: string,
     *     account_bank_name?: string,
     *     account_ifsc?: string,
     *     account_name?: string,
     *     amount_due?: int,
     *     challan_id?: string,
     *     challan_pdf_url?: string,
     *     created_date?: string,
     *     expiry_date?: string,
     *     order_id?: string,
     *     virtual_account_id?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getChallan(array $params, ?float $timeout = null): array
    {
        return $this->call('getChallan', $params, $timeout);
    }

    /**
     * Download the e-challan as a PDF (GET /api/pay/v1/order/{order_id}/challan/pdf); answers the file's bytes
     * in base64.
     *
     * Calls Plural: GET /api/pay/v1/order/{order_id}/challan/pdf.
     *
     * JSON-RPC method `getChallanPdf`.
     *
     * @param array{order_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{content_base64: string, content_type: string, size_bytes: int, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getChallanPdf(array $params, ?float $timeout = null): array
    {
        return $this->call('getChallanPdf', $params, $timeout);
    }

    /**
     * Pay a beneficiary from your funding account (POST /payouts/v3/payments/banks): IMPS, NEFT or RTGS to an
     * account, or UPI to a VPA.
     *
     * Moves money. clientReferenceId is the payout's idempotency key: the sidecar answers a repeat from its
     * ledger and Plural refuses a second payout with it (409 DUPLICATE_REQUEST). A payout whose answer was
     * lost is looked up by clientReferenceId. PENDING means the funding account lacks the balance.
     *
     * Calls Plural: POST /payouts/v3/payments/banks.
     *
     * JSON-RPC method `createPayout`.
     *
     * @param array{
     *     clientReferenceId: string,
     *     payeeName: string,
     *     amount: array{currency: string, value: int, ...},
     *     mode: 'UPI'|'IMPS'|'NEFT'|'RTGS',
     *     remarks: string,
     *     accountNumber?: string,
     *     branchCode?: string,
     *     vpa?: string,
     *     email?: string,
     *     phone?: string,
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     _links?: list<array{href?: string, rel?: string, ...}>,
     *     accountNumber?: string,
     *     amount?: array{currency?: string, value?: int, ...},
     *     bankTransactionReferenceId?: string,
     *     branchCode?: string,
     *     clientReferenceId?: string,
     *     createdAt?: string,
     *     email?: string,
     *     fees?: array{currency?: string, value?: int, ...},
     *     message?: string,
     *     mode?: string,
     *     payeeName?: string,
     *     paymentReferenceId?: string,
     *     phone?: string,
     *     remarks?: string,
     *     requestReferenceId?: string,
     *     scheduledAt?: string,
     *     status?: string,
     *     tax?: array{currency?: string, value?: int, ...},
     *     updatedAt?: string,
     *     vpa?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createPayout(array $params, ?float $timeout = null): array
    {
        return $this->call('createPayout', $params, $timeout);
    }

    /**
     * Your payouts, filtered and paged (GET /payouts/v3/payments).
     *
     * Calls Plural: GET /payouts/v3/payments.
     *
     * JSON-RPC method `listPayouts`.
     *
     * @param array{
     *     paymentReferenceId?: string,
     *     clientReferenceId?: string,
     *     requestReferenceId?: string,
     *     bankTransactionReferenceId?: string,
     *     mode?: 'UPI'|'IMPS'|'NEFT'|'RTGS',
     *     dateFrom?: string,
     *     dateTo?: string,
     *     status?: 'SCHEDULED'|'PENDING'|'PROCESSING'|'PROCESSED'|'SUCCESS'|'FAILED',
     *     page?: string,
     *     count?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     _links?: list<array{href?: string, rel?: string, ...}>,
     *     nextPage?: int,
     *     payments?: list<array{
     *         _links?: list<array{href?: string, rel?: string, ...}>,
     *         accountNumber?: string,
     *         amount?: array{currency?: string, value?: int, ...},
     *         bankTransactionReferenceId?: string,
     *         branchCode?: string,
     *         clientReferenceId?: string,
     *         createdAt?: string,
     *         email?: string,
     *         fees?: array{currency?: string, value?: int, ...},
     *         message?: string,
     *         mode?: string,
     *         payeeName?: string,
     *         paymentReferenceId?: string,
     *         phone?: string,
     *         remarks?: string,
     *         requestReferenceId?: string,
     *         scheduledAt?: string,
     *         status?: string,
     *         tax?: array{currency?: string, value?: int, ...},
     *         updatedAt?: string,
     *         vpa?: string,
     *         ...
     *     }>,
     *     totalPages?: int,
     *     totalRecords?: int,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function listPayouts(array $params = [], ?float $timeout = null): array
    {
        return $this->call('listPayouts', $params, $timeout);
    }

    /**
     * The funding account payouts are paid from, and its balance (GET /payouts/v3/payments/funding-account).
     *
     * Calls Plural: GET /payouts/v3/payments/funding-account.
     *
     * JSON-RPC method `getPayoutBalance`.
     *
     * @param array{} $params none: this method takes no params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     accountNumber?: string,
     *     balance?: array{currency?: string, value?: int, ...},
     *     branchCode?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function getPayoutBalance(array $params = [], ?float $timeout = null): array
    {
        return $this->call('getPayoutBalance', $params, $timeout);
    }

    /**
     * Pay many beneficiaries from one file (POST /payouts/v3/payments/banks/file, multipart/form-data); list
     * them by its requestReferenceId.
     *
     * Moves money. file is a FileUpload (docs/FILES.md) of Plural's bulk template, at most
     * PLURAL_MAX_UPLOAD_BYTES, sent as the multipart part `file` and never logged. Give idempotency_key to
     * make a repeat the same upload.
     *
     * Calls Plural: POST /payouts/v3/payments/banks/file.
     *
     * JSON-RPC method `createBulkPayout`.
     *
     * @param array{
     *     file: array{content_base64: string, content_type: string, file_name: string, ...},
     *     idempotency_key?: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     _links?: list<array{href?: string, rel?: string, ...}>,
     *     message?: string,
     *     requestReferenceId?: string,
     *     status?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function createBulkPayout(array $params, ?float $timeout = null): array
    {
        return $this->call('createBulkPayout', $params, $timeout);
    }

    /**
     * Move a SCHEDULED payout to another time (PUT /payouts/v3/payments/banks/{paymentReferenceId}).
     *
     * Calls Plural: PUT /payouts/v3/payments/banks/{paymentReferenceId}.
     *
     * JSON-RPC method `updateScheduledPayout`.
     *
     * @param array{paymentReferenceId: string, scheduleAt: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     _links?: list<array{href?: string, rel?: string, ...}>,
     *     accountNumber?: string,
     *     amount?: array{currency?: string, value?: int, ...},
     *     bankTransactionReferenceId?: string,
     *     branchCode?: string,
     *     clientReferenceId?: string,
     *     createdAt?: string,
     *     email?: string,
     *     fees?: array{currency?: string, value?: int, ...},
     *     message?: string,
     *     mode?: string,
     *     payeeName?: string,
     *     paymentReferenceId?: string,
     *     phone?: string,
     *     remarks?: string,
     *     requestReferenceId?: string,
     *     scheduledAt?: string,
     *     status?: string,
     *     tax?: array{currency?: string, value?: int, ...},
     *     updatedAt?: string,
     *     vpa?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function updateScheduledPayout(array $params, ?float $timeout = null): array
    {
        return $this->call('updateScheduledPayout', $params, $timeout);
    }

    /**
     * Cancel a SCHEDULED payout (PUT /payouts/v3/payments/banks/{paymentReferenceId}/cancel); its amount
     * returns to the funding account.
     *
     * Moves money back. The payout's id is its idempotency key; a cancel whose answer was lost is looked up by
     * listing the payout.
     *
     * Calls Plural: PUT /payouts/v3/payments/banks/{paymentReferenceId}/cancel.
     *
     * JSON-RPC method `cancelScheduledPayout`.
     *
     * @param array{paymentReferenceId: string, idempotency_key?: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     _links?: list<array{href?: string, rel?: string, ...}>,
     *     accountNumber?: string,
     *     amount?: array{currency?: string, value?: int, ...},
     *     bankTransactionReferenceId?: string,
     *     branchCode?: string,
     *     clientReferenceId?: string,
     *     createdAt?: string,
     *     email?: string,
     *     fees?: array{currency?: string, value?: int, ...},
     *     message?: string,
     *     mode?: string,
     *     payeeName?: string,
     *     paymentReferenceId?: string,
     *     phone?: string,
     *     remarks?: string,
     *     requestReferenceId?: string,
     *     scheduledAt?: string,
     *     status?: string,
     *     tax?: array{currency?: string, value?: int, ...},
     *     updatedAt?: string,
     *     vpa?: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws Exception\IdempotencyConflictException -32006
     * @throws Exception\RefusedForSafetyException -32007
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function cancelScheduledPayout(array $params, ?float $timeout = null): array
    {
        return $this->call('cancelScheduledPayout', $params, $timeout);
    }

    /**
     * Verify fields Plural signed (v3 redirect callback, v2 callback, v2 inquiry/refund answer); the scheme is
     * detected from the payload.
     *
     * Pass the fields exactly as received at the return URL (or from an inquiry). v3: HMAC-SHA256 of the
     * sorted k=v&… string of every field but `signature`, under the hex PLURAL_SECRET_KEY. v2: the same
     * without dia_secret/dia_secret_type (or ppc_DIA_SECRET/ppc_DIA_SECRET_TYPE), under the hex
     * PLURAL_MERCHANT_SECRET. A mismatch answers valid: false.
     *
     * JSON-RPC method `verifySignature`.
     *
     * @param array{payload: array<string, mixed>} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{scheme: 'v3-callback'|'v2-callback'|'v2-inquiry', valid: bool, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\SettingMissingException -32004
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function verifySignature(array $params, ?float $timeout = null): array
    {
        return $this->call('verifySignature', $params, $timeout);
    }

    /**
     * Verify a Plural webhook (webhook-id, webhook-timestamp, webhook-signature over the raw body); answers
     * the event for de-duplication.
     *
     * JSON-RPC method `verifyWebhook`.
     *
     * @param array{
     *     headers: array{'webhook-id'?: string, 'webhook-signature'?: string, 'webhook-timestamp'?: string, ...},
     *     body: string
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     data?: array<string, mixed>,
     *     event_type?: string,
     *     reason?: string,
     *     replay?: bool,
     *     valid: bool,
     *     webhook_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\SettingMissingException -32004
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function verifyWebhook(array $params, ?float $timeout = null): array
    {
        return $this->call('verifyWebhook', $params, $timeout);
    }

    /**
     * Confirm a return to your URL: verify the signed fields exactly as received, then read the order from the
     * gateway; paid only when the gateway says so.
     *
     * Pass every field posted to your callback_url (v3: order_id, payment_status, signature…) or
     * merchant_return_url (v2: unique_merchant_txn_id, dia_secret…) exactly as received. A forged or tampered
     * payload answers verified: false, paid: false and fetches nothing. Otherwise the v3 order is fetched
     * (getOrder) or the v2 transaction inquired, and paid is true only when that record is AUTHORIZED or
     * PROCESSED (v2: status 4 with code 1). AUTHORIZED (pre_auth) orders still need capture.
     *
     * JSON-RPC method `confirmPayment`.
     *
     * @param array{payload: array<string, mixed>} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     amount?: int,
     *     order?: array<string, mixed>,
     *     order_status?: string,
     *     paid: bool,
     *     scheme?: 'v3-callback'|'v2-callback',
     *     verified: bool,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\GatewayErrorException -32001
     * @throws Exception\CredentialsRefusedException -32002
     * @throws Exception\GatewayUnreachableException -32003
     * @throws Exception\SettingMissingException -32004
     * @throws Exception\BadGatewayAnswerException -32005
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function confirmPayment(array $params, ?float $timeout = null): array
    {
        return $this->call('confirmPayment', $params, $timeout);
    }

    /**
     * Liveness check: the sidecar's version and the Plural environment it talks to.
     *
     * JSON-RPC method `ping`.
     *
     * @param array{} $params none: this method takes no params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{env: string, version: string, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function ping(array $params = [], ?float $timeout = null): array
    {
        return $this->call('ping', $params, $timeout);
    }

    /**
     * The OpenRPC document describing every method this sidecar serves.
     *
     * JSON-RPC method `rpc.discover`.
     *
     * @param array{} $params none: this method takes no params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array<array-key, mixed>
     * @throws Exception\InvalidParamsException -32602
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function discover(array $params = [], ?float $timeout = null): array
    {
        return $this->call('rpc.discover', $params, $timeout);
    }

    /**
     * Health (live, ready and why not) and every metric --metrics serves, as JSON: calls, gateway requests,
     * retries, token, circuits, process.
     *
     * metrics has one member per metric family (README, Operations): a list of {labels, value}, or for
     * histograms {labels, buckets (cumulative counts by upper bound), sum, count}. Label values come from
     * fixed sets only.
     *
     * JSON-RPC method `stats`.
     *
     * @param array{} $params none: this method takes no params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     health: array{live: bool, problems: list<string>, ready: bool, ...},
     *     metrics: array<string, mixed>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function stats(array $params = [], ?float $timeout = null): array
    {
        return $this->call('stats', $params, $timeout);
    }

    /**
     * Money-moving calls whose outcome is still unknown; repeat one with its key to look it up again.
     *
     * Each entry is a call that was sent and whose answer was lost, and that no lookup has settled (by order
     * id or merchant reference) within PLURAL_RECONCILE_TIMEOUT. Repeating the call with the same idempotency
     * key (or merchant reference) looks it up again and answers what happened; a new call for the same
     * merchant reference is refused (-32007, outcome_pending) until then. With PLURAL_STATE_DIR set, the list
     * survives restarts.
     *
     * JSON-RPC method `pendingOutcomes`.
     *
     * @param array{} $params none: this method takes no params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     journal: bool,
     *     pending: list<array{
     *         idempotency_key: string,
     *         identifiers?: array<string, mixed>,
     *         method: string,
     *         request_id?: string,
     *         since: string,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function pendingOutcomes(array $params = [], ?float $timeout = null): array
    {
        return $this->call('pendingOutcomes', $params, $timeout);
    }

    /**
     * (simulator only) Complete or fail the customer's side of a payment; answers the signed return-URL
     * fields.
     *
     * Give order_id for a v3 order (answers order_id, payment_status, signature) or unique_merchant_txn_id for
     * a v2 acceptPayment transaction (answers the v2 callback fields with dia_secret).
     *
     * JSON-RPC method `simulator.pay`.
     *
     * @param array{
     *     order_id?: string,
     *     unique_merchant_txn_id?: string,
     *     outcome?: 'success'|'failure'|'cancelled'|'expired'
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     error_code?: string,
     *     error_message?: string,
     *     order_id: string,
     *     payment_status: string,
     *     signature: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function simulatorPay(array $params = [], ?float $timeout = null): array
    {
        return $this->call('simulator.pay', $params, $timeout);
    }

    /**
     * (simulator only) Inject faults (latency, status, reset, malformed, garbage, unauthorized, large) and set
     * token lifetime; answers stats.
     *
     * JSON-RPC method `simulator.configure`.
     *
     * @param array{
     *     faults?: list<array{
     *         bytes?: int,
     *         chunked?: bool,
     *         kind: 'latency'|'status'|'reset'|'malformed'|'garbage'|'unauthorized'|'large',
     *         method?: string,
     *         ms?: int,
     *         path?: string,
     *         status?: int,
     *         times?: int,
     *         ...
     *     }>,
     *     clear?: bool,
     *     token_ttl?: int,
     *     token_form?: 'expires_in'|'expires_at',
     *     revoke_tokens?: bool,
     *     accept_client_secret?: string,
     *     payout_balance?: int,
     *     payout_delay?: int
     * } $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array<string, mixed>
     * @throws Exception\InvalidParamsException -32602
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function simulatorConfigure(array $params = [], ?float $timeout = null): array
    {
        return $this->call('simulator.configure', $params, $timeout);
    }

    /**
     * (simulator only) The webhooks sent to PLURAL_SIMULATOR_WEBHOOK_URL, oldest first: event, attempts, last
     * status.
     *
     * JSON-RPC method `simulator.webhooks`.
     *
     * @param array{} $params none: this method takes no params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     deliveries: list<array{
     *         attempts: int,
     *         delivered: bool,
     *         event_type: string,
     *         last_error?: string,
     *         last_status?: int,
     *         webhook_id: string,
     *         ...
     *     }>,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function simulatorWebhooks(array $params = [], ?float $timeout = null): array
    {
        return $this->call('simulator.webhooks', $params, $timeout);
    }

    /**
     * (simulator only) Send one webhook again with the same webhook-id and body (a replay), and answer the
     * delivery after that attempt.
     *
     * JSON-RPC method `simulator.redeliver`.
     *
     * @param array{webhook_id: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{
     *     attempts: int,
     *     delivered: bool,
     *     event_type: string,
     *     last_error?: string,
     *     last_status?: int,
     *     webhook_id: string,
     *     ...
     * }
     * @throws Exception\InvalidParamsException -32602
     * @throws Exception\GatewayErrorException -32001
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function simulatorRedeliver(array $params, ?float $timeout = null): array
    {
        return $this->call('simulator.redeliver', $params, $timeout);
    }

    /**
     * (simulator only) The webhook events the simulated gateway's state changes produced, oldest first
     * ({event_type, data}).
     *
     * JSON-RPC method `simulator.events`.
     *
     * @param array{event_type?: string} $params
     * @param float|null $timeout seconds to wait for the answer (default: the client's defaultTimeout)
     * @return array{events: list<array{data?: array<string, mixed>, event_type?: string, ...}>, ...}
     * @throws Exception\InvalidParamsException -32602
     * @throws SidecarClosedException no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout
     */
    public function simulatorEvents(array $params = [], ?float $timeout = null): array
    {
        return $this->call('simulator.events', $params, $timeout);
    }
}
