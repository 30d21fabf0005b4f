'use strict';
// Payment flows against the simulated gateway (PLURAL_ENV=simulator). They need the payment methods
// (createOrder, createPayment, simulator.pay, verifySignature, ...): against a sidecar that does not serve
// them yet they fail with MethodNotFound. Run them alone with `node --test test/flow.test.js`.

const { test, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');

const {
  Sidecar, InvalidParams, GatewayError, SidecarError, SidecarClosedError, SidecarTimeoutError, IdempotencyConflict, RefusedForSafety,
} = require('..');
const { BIN, sleep } = require('../fixtures/helpers');

const AMOUNT = { value: 110000, currency: 'INR' }; // ₹1,100.00 in paise
const ref = (prefix) => `${prefix}-${crypto.randomBytes(8).toString('hex')}`;

const cardPayment = (amount = AMOUNT) => ({
  payment_method: 'CARD',
  merchant_payment_reference: ref('pay'),
  payment_amount: amount,
  payment_option: {
    card_details: { name: 'Kevin Bob', card_number: '4111111111111111', cvv: '123', expiry_month: '12', expiry_year: '2030' },
  },
});

let sim;
beforeEach(() => { sim = Sidecar.spawn({ binary: BIN, env: { PLURAL_ENV: 'simulator' } }); });
afterEach(() => sim.close());

/** createOrder → createPayment → simulator.pay(success): an order in AUTHORIZED. */
async function authorizedOrder(preAuth = true) {
  const order = await sim.createOrder({ merchant_order_reference: ref('order'), order_amount: AMOUNT, pre_auth: preAuth });
  const paying = await sim.createPayment({ order_id: order.order_id, payments: [cardPayment()] });
  assert.equal(paying.status, 'PENDING');
  const callback = await sim.simulatorPay({ order_id: order.order_id, outcome: 'success' });
  assert.equal(callback.payment_status, 'AUTHORIZED');
  return order;
}

test('flow: order → payment → simulator.pay → verifySignature → capture → refund', async () => {
  const reference = ref('order');
  const order = await sim.createOrder({
    merchant_order_reference: reference,
    order_amount: AMOUNT,
    pre_auth: true,
    purchase_details: { customer: { email_id: 'kevin.bob@example.com', first_name: 'Kevin' } },
  });
  assert.ok(order.order_id);
  assert.equal(order.merchant_order_reference, reference);
  assert.equal(order.type, 'CHARGE');
  assert.equal(order.status, 'CREATED');
  assert.deepEqual(order.order_amount, AMOUNT);
  assert.equal(order.pre_auth, true);
  assert.deepEqual(order.payments, []);
  assert.ok(order.created_at && order.updated_at);

  const paying = await sim.createPayment({ order_id: order.order_id, payments: [cardPayment()] });
  assert.equal(paying.order_id, order.order_id);
  assert.equal(paying.status, 'PENDING');
  assert.match(paying.challenge_url, /^http/);
  assert.ok(!JSON.stringify(paying).includes('4111111111111111')); // card data never comes back

  const callback = await sim.simulatorPay({ order_id: order.order_id, outcome: 'success' });
  assert.equal(callback.order_id, order.order_id);
  assert.equal(callback.payment_status, 'AUTHORIZED');
  assert.ok(callback.signature);

  const verified = await sim.verifySignature({ payload: callback });
  assert.equal(verified.valid, true);
  assert.equal(verified.scheme, 'v3-callback');

  assert.equal((await sim.getOrder({ order_id: order.order_id })).status, 'AUTHORIZED');

  const captured = await sim.capture({ order_id: order.order_id, merchant_capture_reference: ref('cap'), capture_amount: AMOUNT });
  assert.equal(captured.status, 'PROCESSED');

  const refund = await sim.refund({
    order_id: order.order_id, merchant_order_reference: ref('refund'), order_amount: { value: 10000, currency: 'INR' },
  });
  assert.equal(refund.type, 'REFUND');
  assert.equal(refund.parent_order_id, order.order_id);
  assert.notEqual(refund.order_id, order.order_id);
});

test('flow: getOrder by order_id and by merchant_order_reference', async () => {
  const reference = ref('order');
  const order = await sim.createOrder({ merchant_order_reference: reference, order_amount: AMOUNT });
  const byId = await sim.getOrder({ order_id: order.order_id });
  const byRef = await sim.getOrder({ merchant_order_reference: reference });
  assert.equal(byId.order_id, order.order_id);
  assert.equal(byRef.order_id, order.order_id);
  assert.equal(byRef.merchant_order_reference, reference);
  assert.equal(byId.status, 'CREATED');
});

test('flow: cancel an authorized order', async () => {
  const order = await authorizedOrder();
  const cancelled = await sim.cancel({ order_id: order.order_id });
  assert.equal(cancelled.order_id, order.order_id);
  assert.equal(cancelled.status, 'CANCELLED');
  assert.equal((await sim.getOrder({ order_id: order.order_id })).status, 'CANCELLED');
});

test('flow: a failed payment is signed too', async () => {
  const order = await sim.createOrder({ merchant_order_reference: ref('order'), order_amount: AMOUNT });
  await sim.createPayment({ order_id: order.order_id, payments: [cardPayment()] });
  const callback = await sim.simulatorPay({ order_id: order.order_id, outcome: 'failure' });
  assert.equal(callback.payment_status, 'FAILED');
  assert.ok(callback.error_code && callback.error_message);
  assert.equal((await sim.verifySignature({ payload: callback })).valid, true);
});

test('flow: a tampered callback does not verify', async () => {
  const order = await sim.createOrder({ merchant_order_reference: ref('order'), order_amount: AMOUNT });
  await sim.createPayment({ order_id: order.order_id, payments: [cardPayment()] });
  const { error_code: _c, error_message: _m, ...callback } = await sim.simulatorPay({ order_id: order.order_id, outcome: 'failure' });
  assert.equal((await sim.verifySignature({ payload: { ...callback, payment_status: 'AUTHORIZED' } })).valid, false);
});

for (const value of [10.5, '1100', 0, -100]) {
  test(`flow: amount ${JSON.stringify(value)} is InvalidParams on order_amount.value`, async () => {
    await assert.rejects(sim.createOrder({ merchant_order_reference: ref('order'), order_amount: { value, currency: 'INR' } }), (e) => {
      assert.ok(e instanceof InvalidParams);
      assert.equal(e.code, -32602);
      assert.equal(e.data.field, 'order_amount.value');
      assert.ok(e.data.reason);
      return true;
    });
  });
}

test('flow: an unknown order is a GatewayError', async () => {
  await assert.rejects(sim.getOrder({ order_id: 'v1-0000000000-aa-nothere' }), (e) => {
    assert.ok(e instanceof GatewayError);
    assert.equal(e.code, -32001);
    assert.ok('http_status' in e.data);
    return true;
  });
});

test('flow: capture needs an authorized pre_auth order', async () => {
  const order = await sim.createOrder({ merchant_order_reference: ref('order'), order_amount: AMOUNT, pre_auth: true });
  await assert.rejects(sim.capture({ order_id: order.order_id, merchant_capture_reference: ref('cap') }), SidecarError);
});

test('flow: many orders concurrently', async () => {
  const references = Array.from({ length: 50 }, () => ref('order'));
  const orders = await Promise.all(references.map((r) => sim.createOrder({ merchant_order_reference: r, order_amount: AMOUNT })));
  assert.deepEqual(orders.map((o) => o.merchant_order_reference), references);
  assert.equal(new Set(orders.map((o) => o.order_id)).size, 50);
});

test('flow: a timeout leaves the outcome unknown — look the order up', async () => {
  await sim.simulatorConfigure({ faults: [{ kind: 'latency', ms: 1500, path: '/api/pay/v1/orders' }] });
  const reference = ref('order');
  await assert.rejects(sim.createOrder({ merchant_order_reference: reference, order_amount: AMOUNT }, { timeout: 200 }), SidecarTimeoutError);
  await sleep(1500);
  assert.equal((await sim.getOrder({ merchant_order_reference: reference }, { timeout: 10000 })).status, 'CREATED');
});

test('flow: kill -9 during a slow gateway call rejects it', async () => {
  await sim.simulatorConfigure({ faults: [{ kind: 'latency', ms: 20000, path: '/api/pay/v1/orders' }] });
  let settled = false;
  const pending = sim.createOrder({ merchant_order_reference: ref('order'), order_amount: AMOUNT }).finally(() => { settled = true; });
  await sleep(300);
  assert.equal(settled, false);
  process.kill(sim.pid, 'SIGKILL');
  const start = Date.now();
  await assert.rejects(pending, SidecarClosedError);
  assert.ok(Date.now() - start < 5000);
});

test('money-moving calls take an idempotency key; refunds stop at the capture', async () => {
  const params = { merchant_order_reference: ref('order'), order_amount: AMOUNT, idempotency_key: ref('key') };
  const first = await sim.createOrder(params);
  assert.deepEqual(await sim.createOrder(params), first);
  await assert.rejects(sim.createOrder({ ...params, order_amount: { value: 999, currency: 'INR' } }),
    (e) => e instanceof IdempotencyConflict && e.data.idempotency_key === params.idempotency_key);
  const order = await authorizedOrder();
  await sim.capture({ order_id: order.order_id, merchant_capture_reference: ref('cap') });
  await sim.refund({ order_id: order.order_id, merchant_order_reference: ref('refund'), order_amount: { value: 100000, currency: 'INR' } });
  await assert.rejects(
    sim.refund({ order_id: order.order_id, merchant_order_reference: ref('refund'), order_amount: { value: 20000, currency: 'INR' } }),
    (e) => e instanceof RefusedForSafety && e.data.rule === 'refund_exceeds_captured' && e.data.refunded === 100000);
});
