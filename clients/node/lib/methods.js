'use strict';

/**
 * The one list of helper methods: [camelCase helper name, JSON-RPC method name].
 * Sidecar.prototype gets one helper per row; index.d.ts types each (a test checks both agree).
 */
const METHODS = Object.freeze([
  ['createOrder', 'createOrder'],
  ['getOrder', 'getOrder'],
  ['createPayment', 'createPayment'],
  ['capture', 'capture'],
  ['cancel', 'cancel'],
  ['refund', 'refund'],
  ['createCheckout', 'createCheckout'],
  ['checkPointBalance', 'checkPointBalance'],
  ['createPaymentLink', 'createPaymentLink'],
  ['getPaymentLink', 'getPaymentLink'],
  ['cancelPaymentLink', 'cancelPaymentLink'],
  ['acceptPayment', 'acceptPayment'],
  ['processPayment', 'processPayment'],
  ['inquiry', 'inquiry'],
  ['legacyRefund', 'legacyRefund'],
  ['createOrderToken', 'createOrderToken'],
  ['verifySignature', 'verifySignature'],
  ['verifyWebhook', 'verifyWebhook'],
  ['ping', 'ping'],
  ['discover', 'rpc.discover'],
  ['simulatorPay', 'simulator.pay'], // PLURAL_ENV=simulator only
  ['simulatorConfigure', 'simulator.configure'], // PLURAL_ENV=simulator only: inject gateway faults
].map((row) => Object.freeze(row)));

module.exports = { METHODS };
