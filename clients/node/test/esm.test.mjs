// The ES module entry (index.mjs, through the package's "exports" map) and the generated parts against
// protocol/openrpc.json: adding a method or an error code without running scripts/generate-clients fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import client, * as esm from '../index.mjs';
import * as byName from 'plural-sidecar'; // the package referring to itself: resolved through "exports"

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const doc = JSON.parse(fs.readFileSync(path.join(here, '..', '..', '..', 'protocol', 'openrpc.json'), 'utf8'));
const { BIN } = require('../fixtures/helpers');

test('the ES module entry re-exports the CommonJS implementation', () => {
  const cjs = require('..');
  assert.equal(client, cjs);
  assert.deepEqual(Object.keys(esm).filter((k) => k !== 'default').sort(), Object.keys(cjs).sort());
  for (const name of Object.keys(cjs)) assert.equal(esm[name], cjs[name], name);
  assert.equal(byName.Sidecar, cjs.Sidecar);
  assert.equal(require('plural-sidecar'), cjs, 'require() of the package name resolves to the CommonJS entry');
});

test('the ES module entry spawns and answers', async () => {
  const sc = esm.Sidecar.spawn({ binary: BIN });
  try {
    assert.ok((await sc.ping()).version);
    await assert.rejects(sc.call('noSuchMethod'), esm.MethodNotFound);
  } finally {
    await sc.close();
  }
});

test('the helper table is exactly the methods of protocol/openrpc.json', () => {
  assert.deepEqual(esm.METHODS.map(([, rpc]) => rpc), doc.methods.map((m) => m.name));
  assert.equal(new Set(esm.METHODS.map(([name]) => name)).size, esm.METHODS.length);
  const dts = fs.readFileSync(path.join(here, '..', 'index.d.ts'), 'utf8');
  for (const [name, rpc] of esm.METHODS) {
    assert.equal(typeof esm.Sidecar.prototype[name], 'function', name);
    assert.match(dts, new RegExp(`JSON-RPC method \`${rpc.replace('.', '\\.')}\`\\.\\n(?:   \\*.*\\n)*   \\*/\\n  ${name}\\(params`), name);
  }
  assert.equal(esm.METHODS.find(([, rpc]) => rpc === 'rpc.discover')[0], 'discover');
  assert.equal(esm.METHODS.find(([, rpc]) => rpc === 'simulator.pay')[0], 'simulatorPay');
});

test('one error class per error code of protocol/openrpc.json', () => {
  const errors = Object.entries(doc.components.errors);
  const classes = Object.values(esm).filter((v) => typeof v === 'function' && v.prototype instanceof esm.SidecarError);
  assert.equal(classes.length, errors.length);
  for (const [name, { code }] of errors) {
    assert.equal(esm[name].CODE, code, name);
    const e = esm.SidecarError.fromError({ code, message: 'm', data: { k: 1 } });
    assert.ok(e instanceof esm[name] && e instanceof esm.SidecarError && e instanceof Error);
    assert.equal(e.name, name);
  }
});
