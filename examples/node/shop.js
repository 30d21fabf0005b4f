// A one-product shop on Node's standard library (http, no npm) taking payments through plural-sidecar, the way
// a real integration should: the customer goes to Plural's hosted checkout, the return URL trusts only
// confirmPayment (which asks the gateway), pre-authorised orders are captured once, and webhooks are verified
// and acted on once per webhook-id.
//
//     node examples/node/shop.js            # PLURAL_ENV=simulator by default; prints its URL
'use strict';
const http = require('node:http');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
const { Sidecar } = require(path.join(REPO, 'clients', 'node'));

const PORT = Number(process.env.PORT || 8001);
const BASE = `http://127.0.0.1:${PORT}`;
const PRICE = 49900; // paise: INR 499.00
const env = { PLURAL_ENV: process.env.PLURAL_ENV || 'simulator' };
if (env.PLURAL_ENV === 'simulator') env.PLURAL_SIMULATOR_WEBHOOK_URL = `${BASE}/webhooks/plural`;
// The binary: $PLURAL_SIDECAR_BIN, then this checkout's debug build, then PATH.
const built = path.join(REPO, '.build', 'debug', 'plural-sidecar');
const sidecar = Sidecar.spawn({ env, binary: process.env.PLURAL_SIDECAR_BIN || (fs.existsSync(built) ? built : undefined) });

const orders = new Map(); // order_id -> { reference, status, captures, events, returns }
const seenWebhooks = new Set();

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const page = (res, title, body, status = 200) => {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1>${body}</body></html>`);
};
const json = (res, value) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(value)); };
const redirect = (res, location) => { res.writeHead(303, { Location: location }); res.end(); };
const readBody = (req) => new Promise((resolve, reject) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject);
});

async function buy(res) {
  const reference = 'shop-' + crypto.randomBytes(6).toString('hex');
  const session = await sidecar.createCheckout({
    merchant_order_reference: reference, order_amount: { value: PRICE, currency: 'INR' }, pre_auth: true,
    callback_url: `${BASE}/return`, failure_callback_url: `${BASE}/return`,
  });
  orders.set(session.order_id, { reference, status: 'AWAITING_PAYMENT', captures: 0, events: [], returns: [] });
  redirect(res, session.redirect_url);
}

async function returned(req, res) {
  // Exactly as posted: the signature covers these strings.
  const payload = Object.fromEntries(new URLSearchParams(await readBody(req)));
  const confirmed = await sidecar.confirmPayment({ payload });
  const order = orders.get(payload.order_id || '');
  if (!confirmed.verified || !order) {
    return page(res, 'Payment not verified', '<p id="not-verified">This return was not signed by Plural; nothing was paid.</p>', 400);
  }
  order.returns.push(payload);
  let status = confirmed.order_status;
  // Capture only what the gateway says is authorised; a reloaded return finds it PROCESSED and captures nothing.
  if (confirmed.paid && status === 'AUTHORIZED') {
    try {
      status = (await sidecar.capture({ order_id: payload.order_id, merchant_capture_reference: 'cap-' + payload.order_id })).status;
      order.captures += 1;
    } catch {
      status = (await sidecar.getOrder({ order_id: payload.order_id })).status;
    }
  }
  order.status = status;
  redirect(res, `/orders/${payload.order_id}`);
}

async function webhook(req, res) {
  const body = await readBody(req); // the raw body: never re-serialise before verifying
  const checked = await sidecar.verifyWebhook({ headers: req.headers, body });
  if (!checked.valid) { res.writeHead(400); return res.end(); }
  res.writeHead(200);
  if (seenWebhooks.has(checked.webhook_id) || checked.replay) return res.end('duplicate');
  seenWebhooks.add(checked.webhook_id);
  const order = orders.get((checked.data || {}).order_id || '');
  if (order) order.events.push(checked.event_type);
  res.end('ok');
}

async function route(req, res) {
  const url = new URL(req.url, BASE);
  const p = url.pathname;
  if (req.method === 'GET' && p === '/') {
    return page(res, 'Masala chai kit', '<p>Assam tea, cardamom, ginger: INR 499.00</p><form method="post" action="/buy"><button id="buy">Buy now</button></form>');
  }
  if (req.method === 'POST' && p === '/buy') return buy(res);
  if (req.method === 'POST' && p === '/return') return returned(req, res);
  if (req.method === 'POST' && p === '/webhooks/plural') return webhook(req, res);
  const match = /^\/orders\/([^/]+)$/.exec(p);
  if (req.method === 'GET' && match && orders.has(match[1])) {
    const order = orders.get(match[1]);
    return page(res, `Order ${order.reference}`, `<p>Status: <strong id="status">${escape(order.status)}</strong></p>`
      + `<p>Webhooks processed: <span id="events">${escape(order.events.join(', ') || 'none yet')}</span></p><p><a href="/">Shop again</a></p>`);
  }
  // For the browser tests (simulator only): what the shop recorded, and the simulator's webhook controls.
  if (env.PLURAL_ENV === 'simulator') {
    if (req.method === 'GET' && p === '/_shop/orders') return json(res, { orders: Object.fromEntries(orders) });
    if (req.method === 'GET' && p === '/_shop/webhooks') return json(res, await sidecar.simulatorWebhooks({}));
    const again = /^\/_shop\/redeliver\/([^/]+)$/.exec(p);
    if (req.method === 'POST' && again) return json(res, await sidecar.simulatorRedeliver({ webhook_id: again[1] }));
  }
  res.writeHead(404);
  res.end();
}

http.createServer((req, res) => {
  route(req, res).catch((err) => { res.writeHead(500); res.end(escape(err.message)); });
}).listen(PORT, '127.0.0.1', () => console.log(`shop: ${BASE}/`));
