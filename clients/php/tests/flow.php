<?php

// Payment flows against the simulated gateway (PLURAL_ENV=simulator). They need the payment methods
// (createOrder, createPayment, simulator.pay, verifySignature, ...): against a sidecar that does not serve
// them yet they fail with MethodNotFoundException. Run them alone with `php tests/run.php flow`.

declare(strict_types=1);

use PluralSidecar\Client;
use PluralSidecar\Exception\GatewayErrorException;
use PluralSidecar\Exception\InvalidParamsException;
use PluralSidecar\SidecarClosedException;
use PluralSidecar\SidecarException;
use PluralSidecar\SidecarTimeoutException;

const AMOUNT = ['value' => 110000, 'currency' => 'INR']; // ₹1,100.00 in paise

function sim(): Client
{
    return Client::spawn(BIN, ['PLURAL_ENV' => 'simulator']);
}

function cardPayment(array $amount = AMOUNT): array
{
    return [
        'payment_method' => 'CARD',
        'merchant_payment_reference' => ref('pay'),
        'payment_amount' => $amount,
        'payment_option' => ['card_details' => [
            'name' => 'Kevin Bob', 'card_number' => '4111111111111111', 'cvv' => '123',
            'expiry_month' => '12', 'expiry_year' => '2030',
        ]],
    ];
}

/** createOrder → createPayment → simulator.pay(success): an order in AUTHORIZED. */
function authorizedOrder(Client $sc): array
{
    $order = $sc->createOrder(['merchant_order_reference' => ref('order'), 'order_amount' => AMOUNT, 'pre_auth' => true]);
    same('PENDING', $sc->createPayment(['order_id' => $order['order_id'], 'payments' => [cardPayment()]])['status']);
    same('AUTHORIZED', $sc->simulatorPay(['order_id' => $order['order_id'], 'outcome' => 'success'])['payment_status']);
    return $order;
}

$tests = [
    'order → payment → simulator.pay → verifySignature → capture → refund' => function (): void {
        $sc = sim();
        $reference = ref('order');
        $order = $sc->createOrder([
            'merchant_order_reference' => $reference,
            'order_amount' => AMOUNT,
            'pre_auth' => true,
            'purchase_details' => ['customer' => ['email_id' => 'kevin.bob@example.com', 'first_name' => 'Kevin']],
        ]);
        check($order['order_id'] !== '', 'order_id');
        same($reference, $order['merchant_order_reference']);
        same('CHARGE', $order['type']);
        same('CREATED', $order['status']);
        same(AMOUNT, $order['order_amount']);
        same(true, $order['pre_auth']);
        same([], $order['payments']);
        check(isset($order['created_at'], $order['updated_at']), 'timestamps');

        $paying = $sc->createPayment(['order_id' => $order['order_id'], 'payments' => [cardPayment()]]);
        same($order['order_id'], $paying['order_id']);
        same('PENDING', $paying['status']);
        check(str_starts_with($paying['challenge_url'], 'http'), 'challenge_url');
        check(!str_contains(json_encode($paying), '4111111111111111'), 'card data never comes back');

        $callback = $sc->simulatorPay(['order_id' => $order['order_id'], 'outcome' => 'success']);
        same($order['order_id'], $callback['order_id']);
        same('AUTHORIZED', $callback['payment_status']);
        check($callback['signature'] !== '', 'signature');

        $verified = $sc->verifySignature(['payload' => $callback]);
        same(true, $verified['valid']);
        same('v3-callback', $verified['scheme']);

        same('AUTHORIZED', $sc->getOrder(['order_id' => $order['order_id']])['status']);

        $captured = $sc->capture(['order_id' => $order['order_id'], 'merchant_capture_reference' => ref('cap'), 'capture_amount' => AMOUNT]);
        same('PROCESSED', $captured['status']);

        $refund = $sc->refund([
            'order_id' => $order['order_id'], 'merchant_order_reference' => ref('refund'),
            'order_amount' => ['value' => 10000, 'currency' => 'INR'],
        ]);
        same('REFUND', $refund['type']);
        same($order['order_id'], $refund['parent_order_id']);
        check($refund['order_id'] !== $order['order_id'], 'the refund is an order of its own');
    },

    'getOrder by order_id and by merchant_order_reference' => function (): void {
        $sc = sim();
        $reference = ref('order');
        $order = $sc->createOrder(['merchant_order_reference' => $reference, 'order_amount' => AMOUNT]);
        $byId = $sc->getOrder(['order_id' => $order['order_id']]);
        $byRef = $sc->getOrder(['merchant_order_reference' => $reference]);
        same($order['order_id'], $byId['order_id']);
        same($order['order_id'], $byRef['order_id']);
        same($reference, $byRef['merchant_order_reference']);
        same('CREATED', $byId['status']);
    },

    'cancel an authorized order' => function (): void {
        $sc = sim();
        $order = authorizedOrder($sc);
        $cancelled = $sc->cancel(['order_id' => $order['order_id']]);
        same($order['order_id'], $cancelled['order_id']);
        same('CANCELLED', $cancelled['status']);
        same('CANCELLED', $sc->getOrder(['order_id' => $order['order_id']])['status']);
    },

    'a failed payment is signed too' => function (): void {
        $sc = sim();
        $order = $sc->createOrder(['merchant_order_reference' => ref('order'), 'order_amount' => AMOUNT]);
        $sc->createPayment(['order_id' => $order['order_id'], 'payments' => [cardPayment()]]);
        $callback = $sc->simulatorPay(['order_id' => $order['order_id'], 'outcome' => 'failure']);
        same('FAILED', $callback['payment_status']);
        check(($callback['error_code'] ?? '') !== '' && ($callback['error_message'] ?? '') !== '', 'error_code and error_message');
        same(true, $sc->verifySignature(['payload' => $callback])['valid']);
    },

    'a tampered callback does not verify' => function (): void {
        $sc = sim();
        $order = $sc->createOrder(['merchant_order_reference' => ref('order'), 'order_amount' => AMOUNT]);
        $sc->createPayment(['order_id' => $order['order_id'], 'payments' => [cardPayment()]]);
        $callback = $sc->simulatorPay(['order_id' => $order['order_id'], 'outcome' => 'failure']);
        unset($callback['error_code'], $callback['error_message']);
        $callback['payment_status'] = 'AUTHORIZED';
        same(false, $sc->verifySignature(['payload' => $callback])['valid']);
    },

    'an unknown order is a GatewayErrorException' => function (): void {
        $e = throws(GatewayErrorException::class, fn () => sim()->getOrder(['order_id' => 'v1-0000000000-aa-nothere']));
        same(-32001, $e->getCode());
        check(isset($e->getData()['http_status']), 'http_status in data');
    },

    'capture needs an authorized pre_auth order' => function (): void {
        $sc = sim();
        $order = $sc->createOrder(['merchant_order_reference' => ref('order'), 'order_amount' => AMOUNT, 'pre_auth' => true]);
        throws(SidecarException::class, fn () => $sc->capture(['order_id' => $order['order_id'], 'merchant_capture_reference' => ref('cap')]));
    },

    'many orders pipelined' => function (): void {
        $sc = sim();
        $references = array_map(fn () => ref('order'), range(1, 50));
        $orders = $sc->callMany(array_map(fn ($r) => ['createOrder', ['merchant_order_reference' => $r, 'order_amount' => AMOUNT]], $references));
        same($references, array_map(fn ($o) => $o['merchant_order_reference'], $orders));
        same(50, count(array_unique(array_map(fn ($o) => $o['order_id'], $orders))));
    },

    'a timeout leaves the outcome unknown: look the order up' => function (): void {
        $sc = sim();
        $sc->simulatorConfigure(['faults' => [['kind' => 'latency', 'ms' => 1500, 'path' => '/api/pay/v1/orders']]]);
        $reference = ref('order');
        throws(SidecarTimeoutException::class, fn () => $sc->createOrder(['merchant_order_reference' => $reference, 'order_amount' => AMOUNT], 0.2));
        usleep(1500000);
        same('CREATED', $sc->getOrder(['merchant_order_reference' => $reference], 10)['status']);
    },

    'kill -9 during a slow gateway call fails it' => function (): void {
        $sc = sim();
        $sc->simulatorConfigure(['faults' => [['kind' => 'latency', 'ms' => 20000, 'path' => '/api/pay/v1/orders']]]);
        signalLater($sc->pid(), 9, 0.5);
        $started = microtime(true);
        throws(SidecarClosedException::class, fn () => $sc->createOrder(['merchant_order_reference' => ref('order'), 'order_amount' => AMOUNT]));
        $elapsed = microtime(true) - $started;
        check($elapsed >= 0.3 && $elapsed < 5, "failed when killed ($elapsed s)");
    },
];

foreach ([10.5, '1100', 0, -100] as $value) {
    $tests['amount ' . json_encode($value) . ' is InvalidParamsException on order_amount.value'] = function () use ($value): void {
        $e = throws(InvalidParamsException::class, fn () => sim()->createOrder([
            'merchant_order_reference' => ref('order'), 'order_amount' => ['value' => $value, 'currency' => 'INR'],
        ]));
        same(-32602, $e->getCode());
        same('order_amount.value', $e->getData()['field']);
        check(($e->getData()['reason'] ?? '') !== '', 'a reason');
    };
}

return $tests;
