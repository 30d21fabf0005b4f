<?php

// Payment flows against the simulated gateway (PLURAL_ENV=simulator). They need the payment methods
// (createOrder, createPayment, simulator.pay, verifySignature, ...): against a sidecar that does not serve
// them yet they fail with MethodNotFoundException. Run them alone with `phpunit -c phpunit.xml --testsuite flow`.

declare(strict_types=1);

namespace PluralSidecar\Tests;

use PluralSidecar\Client;
use PluralSidecar\Exception\GatewayErrorException;
use PluralSidecar\Exception\IdempotencyConflictException;
use PluralSidecar\Exception\InvalidParamsException;
use PluralSidecar\Exception\RefusedForSafetyException;
use PluralSidecar\SidecarClosedException;
use PluralSidecar\SidecarException;
use PluralSidecar\SidecarTimeoutException;

final class FlowTest extends SidecarTestCase
{
    private const AMOUNT = ['value' => 110000, 'currency' => 'INR']; // ₹1,100.00 in paise

    private static function sim(): Client
    {
        return Client::spawn(BIN, ['PLURAL_ENV' => 'simulator']);
    }

    /**
     * @param array{value: int, currency: string} $amount
     * @return array<string, mixed>
     */
    private static function cardPayment(array $amount = self::AMOUNT): array
    {
        return [
            'payment_method' => 'CARD',
            'merchant_payment_reference' => self::ref('pay'),
            'payment_amount' => $amount,
            'payment_option' => ['card_details' => [
                'name' => 'Kevin Bob', 'card_number' => '4111111111111111', 'cvv' => '123',
                'expiry_month' => '12', 'expiry_year' => '2030',
            ]],
        ];
    }

    /**
     * createOrder → createPayment → simulator.pay(success): an order in AUTHORIZED.
     *
     * @return array<string, mixed>
     */
    private static function authorizedOrder(Client $sc): array
    {
        $order = $sc->createOrder([
            'merchant_order_reference' => self::ref('order'), 'order_amount' => self::AMOUNT, 'pre_auth' => true,
        ]);
        $paying = $sc->createPayment(['order_id' => $order['order_id'], 'payments' => [self::cardPayment()]]);
        self::assertSame('PENDING', $paying['status']);
        $callback = $sc->simulatorPay(['order_id' => $order['order_id'], 'outcome' => 'success']);
        self::assertSame('AUTHORIZED', $callback['payment_status']);
        return $order;
    }

    /** @testdox order → payment → simulator.pay → verifySignature → capture → refund */
    public function testOrderPaymentCaptureRefund(): void
    {
        $sc = self::sim();
        $reference = self::ref('order');
        $order = $sc->createOrder([
            'merchant_order_reference' => $reference,
            'order_amount' => self::AMOUNT,
            'pre_auth' => true,
            'purchase_details' => ['customer' => ['email_id' => 'kevin.bob@example.com', 'first_name' => 'Kevin']],
        ]);
        self::assertTrue($order['order_id'] !== '', 'order_id');
        self::assertSame($reference, $order['merchant_order_reference']);
        self::assertSame('CHARGE', $order['type']);
        self::assertSame('CREATED', $order['status']);
        self::assertSame(self::AMOUNT, $order['order_amount']);
        self::assertSame(true, $order['pre_auth']);
        self::assertSame([], $order['payments']);
        self::assertTrue(isset($order['created_at'], $order['updated_at']), 'timestamps');

        $paying = $sc->createPayment(['order_id' => $order['order_id'], 'payments' => [self::cardPayment()]]);
        self::assertSame($order['order_id'], $paying['order_id']);
        self::assertSame('PENDING', $paying['status']);
        self::assertTrue(str_starts_with($paying['challenge_url'], 'http'), 'challenge_url');
        self::assertTrue(!str_contains(json_encode($paying), '4111111111111111'), 'card data never comes back');

        $callback = $sc->simulatorPay(['order_id' => $order['order_id'], 'outcome' => 'success']);
        self::assertSame($order['order_id'], $callback['order_id']);
        self::assertSame('AUTHORIZED', $callback['payment_status']);
        self::assertTrue($callback['signature'] !== '', 'signature');

        $verified = $sc->verifySignature(['payload' => $callback]);
        self::assertSame(true, $verified['valid']);
        self::assertSame('v3-callback', $verified['scheme']);

        self::assertSame('AUTHORIZED', $sc->getOrder(['order_id' => $order['order_id']])['status']);

        $captured = $sc->capture([
            'order_id' => $order['order_id'],
            'merchant_capture_reference' => self::ref('cap'),
            'capture_amount' => self::AMOUNT,
        ]);
        self::assertSame('PROCESSED', $captured['status']);

        $refund = $sc->refund([
            'order_id' => $order['order_id'], 'merchant_order_reference' => self::ref('refund'),
            'order_amount' => ['value' => 10000, 'currency' => 'INR'],
        ]);
        self::assertSame('REFUND', $refund['type']);
        self::assertSame($order['order_id'], $refund['parent_order_id']);
        self::assertTrue($refund['order_id'] !== $order['order_id'], 'the refund is an order of its own');
    }

    /** @testdox getOrder by order_id and by merchant_order_reference */
    public function testGetOrderByIdAndByReference(): void
    {
        $sc = self::sim();
        $reference = self::ref('order');
        $order = $sc->createOrder(['merchant_order_reference' => $reference, 'order_amount' => self::AMOUNT]);
        $byId = $sc->getOrder(['order_id' => $order['order_id']]);
        $byRef = $sc->getOrder(['merchant_order_reference' => $reference]);
        self::assertSame($order['order_id'], $byId['order_id']);
        self::assertSame($order['order_id'], $byRef['order_id']);
        self::assertSame($reference, $byRef['merchant_order_reference']);
        self::assertSame('CREATED', $byId['status']);
    }

    /** @testdox cancel an authorized order */
    public function testCancelAnAuthorizedOrder(): void
    {
        $sc = self::sim();
        $order = self::authorizedOrder($sc);
        $cancelled = $sc->cancel(['order_id' => $order['order_id']]);
        self::assertSame($order['order_id'], $cancelled['order_id']);
        self::assertSame('CANCELLED', $cancelled['status']);
        self::assertSame('CANCELLED', $sc->getOrder(['order_id' => $order['order_id']])['status']);
    }

    /** @testdox a failed payment is signed too */
    public function testFailedPaymentIsSignedToo(): void
    {
        $sc = self::sim();
        $order = $sc->createOrder(['merchant_order_reference' => self::ref('order'), 'order_amount' => self::AMOUNT]);
        $sc->createPayment(['order_id' => $order['order_id'], 'payments' => [self::cardPayment()]]);
        $callback = $sc->simulatorPay(['order_id' => $order['order_id'], 'outcome' => 'failure']);
        self::assertSame('FAILED', $callback['payment_status']);
        self::assertTrue(
            ($callback['error_code'] ?? '') !== '' && ($callback['error_message'] ?? '') !== '',
            'error_code and error_message'
        );
        self::assertSame(true, $sc->verifySignature(['payload' => $callback])['valid']);
    }

    /** @testdox a tampered callback does not verify */
    public function testTamperedCallbackDoesNotVerify(): void
    {
        $sc = self::sim();
        $order = $sc->createOrder(['merchant_order_reference' => self::ref('order'), 'order_amount' => self::AMOUNT]);
        $sc->createPayment(['order_id' => $order['order_id'], 'payments' => [self::cardPayment()]]);
        $callback = $sc->simulatorPay(['order_id' => $order['order_id'], 'outcome' => 'failure']);
        unset($callback['error_code'], $callback['error_message']);
        $callback['payment_status'] = 'AUTHORIZED';
        self::assertSame(false, $sc->verifySignature(['payload' => $callback])['valid']);
    }

    /** @testdox an unknown order is a GatewayErrorException */
    public function testUnknownOrderIsAGatewayError(): void
    {
        $unknown = ['order_id' => 'v1-0000000000-aa-nothere'];
        $e = self::assertThrows(GatewayErrorException::class, fn () => self::sim()->getOrder($unknown));
        self::assertSame(-32001, $e->getCode());
        self::assertTrue(isset($e->getData()['http_status']), 'http_status in data');
    }

    /** @testdox capture needs an authorized pre_auth order */
    public function testCaptureNeedsAnAuthorizedPreAuthOrder(): void
    {
        $sc = self::sim();
        $order = $sc->createOrder([
            'merchant_order_reference' => self::ref('order'), 'order_amount' => self::AMOUNT, 'pre_auth' => true,
        ]);
        $capture = ['order_id' => $order['order_id'], 'merchant_capture_reference' => self::ref('cap')];
        self::assertThrows(SidecarException::class, fn () => $sc->capture($capture));
    }

    /** @testdox many orders pipelined */
    public function testManyOrdersPipelined(): void
    {
        $sc = self::sim();
        $references = array_map(fn () => self::ref('order'), range(1, 50));
        $calls = array_map(
            fn ($r) => ['createOrder', ['merchant_order_reference' => $r, 'order_amount' => self::AMOUNT]],
            $references
        );
        $orders = $sc->callMany($calls);
        self::assertSame($references, array_map(fn ($o) => $o['merchant_order_reference'], $orders));
        self::assertSame(50, count(array_unique(array_map(fn ($o) => $o['order_id'], $orders))));
    }

    /** @testdox a timeout leaves the outcome unknown: look the order up */
    public function testTimeoutLeavesTheOutcomeUnknown(): void
    {
        $sc = self::sim();
        $sc->simulatorConfigure(['faults' => [['kind' => 'latency', 'ms' => 1500, 'path' => '/api/pay/v1/orders']]]);
        $reference = self::ref('order');
        $params = ['merchant_order_reference' => $reference, 'order_amount' => self::AMOUNT];
        self::assertThrows(SidecarTimeoutException::class, fn () => $sc->createOrder($params, 0.2));
        usleep(1500000);
        self::assertSame('CREATED', $sc->getOrder(['merchant_order_reference' => $reference], 10)['status']);
    }

    /** @testdox kill -9 during a slow gateway call fails it */
    public function testKillDuringASlowGatewayCallFailsIt(): void
    {
        $sc = self::sim();
        $sc->simulatorConfigure(['faults' => [['kind' => 'latency', 'ms' => 20000, 'path' => '/api/pay/v1/orders']]]);
        self::signalLater($sc->pid(), 9, 0.5);
        $started = microtime(true);
        $params = ['merchant_order_reference' => self::ref('order'), 'order_amount' => self::AMOUNT];
        self::assertThrows(SidecarClosedException::class, fn () => $sc->createOrder($params));
        $elapsed = microtime(true) - $started;
        self::assertTrue($elapsed >= 0.3 && $elapsed < 5, "failed when killed ($elapsed s)");
    }

    /** @return array<string, array{0: mixed}> */
    public static function badAmounts(): array
    {
        $cases = [];
        foreach ([10.5, '1100', 0, -100] as $value) {
            $cases['amount ' . json_encode($value)] = [$value];
        }
        return $cases;
    }

    /**
     * @testdox amount $value is InvalidParamsException on order_amount.value
     * @dataProvider badAmounts
     */
    public function testBadAmountIsInvalidParams(mixed $value): void
    {
        $e = self::assertThrows(InvalidParamsException::class, fn () => self::sim()->createOrder([
            'merchant_order_reference' => self::ref('order'),
            'order_amount' => ['value' => $value, 'currency' => 'INR'],
        ]));
        self::assertSame(-32602, $e->getCode());
        self::assertSame('order_amount.value', $e->getData()['field']);
        self::assertTrue(($e->getData()['reason'] ?? '') !== '', 'a reason');
    }

    /** @testdox money-moving calls take an idempotency key; refunds stop at the capture */
    public function testIdempotencyKeyAndRefundLimit(): void
    {
        $sc = self::sim();
        $params = [
            'merchant_order_reference' => self::ref('order'), 'order_amount' => self::AMOUNT,
            'idempotency_key' => self::ref('key'),
        ];
        $first = $sc->createOrder($params);
        self::assertSame($first, $sc->createOrder($params));
        try {
            $sc->createOrder(['order_amount' => ['value' => 999, 'currency' => 'INR']] + $params);
            self::fail('the same key with other params must be refused');
        } catch (IdempotencyConflictException $e) {
            self::assertSame($params['idempotency_key'], $e->getData()['idempotency_key']);
        }
        $order = self::authorizedOrder($sc);
        $sc->capture(['order_id' => $order['order_id'], 'merchant_capture_reference' => self::ref('cap')]);
        $sc->refund([
            'order_id' => $order['order_id'], 'merchant_order_reference' => self::ref('refund'),
            'order_amount' => ['value' => 100000, 'currency' => 'INR'],
        ]);
        try {
            $sc->refund([
                'order_id' => $order['order_id'], 'merchant_order_reference' => self::ref('refund'),
                'order_amount' => ['value' => 20000, 'currency' => 'INR'],
            ]);
            self::fail('a refund past the capture must be refused');
        } catch (RefusedForSafetyException $e) {
            self::assertSame('refund_exceeds_captured', $e->getData()['rule']);
            self::assertSame(100000, $e->getData()['refunded']);
        }
    }
}
