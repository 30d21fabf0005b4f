// Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
// Change the document (or the generator) and run scripts/generate-clients.
'use strict';

/**
 * The helper table: [camelCase helper name, JSON-RPC method name], one row per method in the document.
 * lib/sidecar.js gives Sidecar.prototype one helper per row; index.d.ts types each.
 */
const METHODS = Object.freeze([
  ['createOrder', 'createOrder'],
  ['getOrder', 'getOrder'],
  ['capture', 'capture'],
  ['cancel', 'cancel'],
  ['createPayment', 'createPayment'],
  ['refund', 'refund'],
  ['createCheckout', 'createCheckout'],
  ['checkPointBalance', 'checkPointBalance'],
  ['fetchUpiVpa', 'fetchUpiVpa'],
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
  ['confirmPayment', 'confirmPayment'],
  ['ping', 'ping'],
  ['discover', 'rpc.discover'],
  ['stats', 'stats'],
  ['pendingOutcomes', 'pendingOutcomes'],
  ['simulatorPay', 'simulator.pay'],
  ['simulatorConfigure', 'simulator.configure'],
  ['simulatorWebhooks', 'simulator.webhooks'],
  ['simulatorRedeliver', 'simulator.redeliver'],
].map((row) => Object.freeze(row)));

module.exports = { METHODS };
