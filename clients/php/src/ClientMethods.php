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
        'acceptPayment' => 'acceptPayment',
        'processPayment' => 'processPayment',
        'inquiry' => 'inquiry',
        'legacyRefund' => 'legacyRefund',
        'createOrderToken' => 'createOrderToken',
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
     *     split_info?: array<string, mixed>,
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
     *         offer_data?: array{offer_details?: array<string, mixed>, ...},
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
     *     accept_client_secret?: string
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
}
