'use strict';
// Generic tests: they need only ping and rpc.discover, so they pass against any plural-sidecar build.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const childProcess = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const client = require('..');
const {
  Sidecar, METHODS, SidecarError, MethodNotFound, InvalidParams, InvalidRequest, SidecarClosedError, SidecarTimeoutError,
} = client;
const { BIN, FAKE, sleep, stopProcess, startSocketServer } = require('../fixtures/helpers');

async function withSidecar(options, body) {
  const sc = Sidecar.spawn({ binary: BIN, ...options });
  try {
    return await body(sc);
  } finally {
    await sc.close();
  }
}

test('spawn and ping', () => withSidecar({}, async (sc) => {
  const pong = await sc.ping();
  assert.equal(typeof pong.version, 'string');
  assert.ok(pong.version);
  assert.ok('env' in pong);
  assert.deepEqual(await sc.call('ping'), pong);
}));

test('binary from PLURAL_SIDECAR_BIN', async () => {
  const saved = process.env.PLURAL_SIDECAR_BIN;
  process.env.PLURAL_SIDECAR_BIN = BIN;
  try {
    const sc = Sidecar.spawn();
    assert.ok((await sc.ping()).version);
    await sc.close();
  } finally {
    if (saved === undefined) delete process.env.PLURAL_SIDECAR_BIN;
    else process.env.PLURAL_SIDECAR_BIN = saved;
  }
});

test('a missing binary is a clear error at spawn', () => {
  const saved = { bin: process.env.PLURAL_SIDECAR_BIN, path: process.env.PATH };
  delete process.env.PLURAL_SIDECAR_BIN;
  process.env.PATH = '/nonexistent';
  try {
    assert.throws(() => Sidecar.spawn(), (e) => e.code === 'ENOENT' && /PLURAL_SIDECAR_BIN/.test(e.message));
  } finally {
    process.env.PATH = saved.path;
    if (saved.bin !== undefined) process.env.PLURAL_SIDECAR_BIN = saved.bin;
  }
});

test('-32601 is MethodNotFound with code, message and data', () => withSidecar({}, async (sc) => {
  await assert.rejects(sc.call('noSuchMethod', {}), (e) => {
    assert.ok(e instanceof MethodNotFound);
    assert.ok(e instanceof SidecarError);
    assert.equal(e.code, -32601);
    assert.match(e.message, /noSuchMethod/);
    assert.deepEqual(e.data, { method: 'noSuchMethod' });
    assert.equal(e.name, 'MethodNotFound');
    return true;
  });
}));

test('-32602 is InvalidParams with {field, reason}', () => withSidecar({}, async (sc) => {
  // By-position params are refused: every method takes a by-name object.
  await assert.rejects(sc.call('ping', [1, 2]), (e) => {
    assert.ok(e instanceof InvalidParams);
    assert.equal(e.code, -32602);
    assert.ok(e.message);
    assert.equal(e.data.field, 'params');
    assert.ok(e.data.reason);
    return true;
  });
}));

test('each code has its class', () => {
  const expected = {
    '-32700': 'ParseError', '-32600': 'InvalidRequest', '-32601': 'MethodNotFound', '-32602': 'InvalidParams',
    '-32603': 'InternalError', '-32001': 'GatewayError', '-32002': 'CredentialsRefused',
    '-32003': 'GatewayUnreachable', '-32004': 'SettingMissing', '-32005': 'BadGatewayAnswer',
  };
  for (const [code, name] of Object.entries(expected)) {
    const e = SidecarError.fromError({ code: Number(code), message: 'm', data: { k: 1 } });
    assert.equal(e.constructor, client[name]);
    assert.equal(client[name].CODE, Number(code));
    assert.deepEqual([e.code, e.message, e.data], [Number(code), 'm', { k: 1 }]);
  }
  const other = SidecarError.fromError({ code: -32099, message: 'new' });
  assert.equal(other.constructor, SidecarError);
});

test('200 concurrent calls on one connection', () => withSidecar({}, async (sc) => {
  // Odd calls fail with a method name of their own, so a mixed-up id would show as a wrong answer.
  const { version } = await sc.ping();
  const results = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 === 0
    ? sc.ping().then((p) => p.version)
    : sc.call(`missing.${i}`, { i }).then(() => assert.fail('expected MethodNotFound'), (e) => e.data.method))));
  assert.deepEqual(results, Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? version : `missing.${i}`)));
}));

test('env is passed to the child, merged over process.env', async () => {
  await withSidecar({ env: { PLURAL_ENV: 'simulator' } }, async (sc) => {
    assert.equal((await sc.ping()).env, 'simulator');
  });
  const saved = process.env.PLURAL_ENV;
  process.env.PLURAL_ENV = 'prod';
  try {
    await withSidecar({}, async (sc) => assert.equal((await sc.ping()).env, 'prod'));
    await withSidecar({ env: { PLURAL_LOG_LEVEL: 'error' } }, async (sc) => assert.equal((await sc.ping()).env, 'prod'));
  } finally {
    if (saved === undefined) delete process.env.PLURAL_ENV;
    else process.env.PLURAL_ENV = saved;
  }
});

test('helpers cover every discovered method, and index.d.ts types every helper', () => withSidecar({}, async (sc) => {
  const rpcNames = new Set(METHODS.map(([, rpc]) => rpc));
  const discovered = (await sc.discover()).methods.map((m) => m.name);
  assert.deepEqual(discovered.filter((name) => !rpcNames.has(name)), []);
  const dts = fs.readFileSync(path.join(__dirname, '..', 'index.d.ts'), 'utf8');
  for (const [name] of METHODS) {
    assert.equal(typeof sc[name], 'function', name);
    assert.match(dts, new RegExp(`^  ${name}\\(params`, 'm'), `index.d.ts declares ${name}`);
  }
  await assert.rejects(sc.createOrder({ merchant_order_reference: 'x' }), (e) => e instanceof SidecarError
    && (e.code !== -32601 || e.data.method === 'createOrder'));
}));

test('close answers calls in flight, exits 0, and later calls reject', async () => {
  const sc = Sidecar.spawn({ binary: BIN });
  const inFlight = Array.from({ length: 50 }, () => sc.ping());
  await sc.close();
  const settled = await Promise.allSettled(inFlight);
  assert.ok(settled.every((s) => s.status === 'fulfilled'));
  assert.equal(sc.exitCode, 0);
  await assert.rejects(sc.ping(), SidecarClosedError);
  await sc.close(); // idempotent
});

test('kill -9 between calls: the next call rejects promptly with SidecarClosedError', () => withSidecar({}, async (sc) => {
  await sc.ping();
  process.kill(sc.pid, 'SIGKILL');
  const start = Date.now();
  await assert.rejects(sc.ping(), (e) => {
    assert.ok(e instanceof SidecarClosedError);
    assert.ok(!(e instanceof SidecarError));
    assert.equal(e.code, 'ERR_SIDECAR_CLOSED');
    assert.equal(e.signal, 'SIGKILL');
    assert.match(e.message, /SIGKILL/);
    return true;
  });
  assert.ok(Date.now() - start < 5000);
  await assert.rejects(sc.ping(), SidecarClosedError);
}));

test('kill -9 while calls are pending rejects them', () => withSidecar({}, async (sc) => {
  await sc.ping();
  await stopProcess(sc.pid); // a stopped sidecar cannot answer: the calls stay pending
  let done = 0;
  const pending = Array.from({ length: 5 }, () => sc.ping().finally(() => { done += 1; }));
  await sleep(300);
  assert.equal(done, 0);
  process.kill(sc.pid, 'SIGKILL');
  for (const p of pending) await assert.rejects(p, SidecarClosedError);
}));

test('a fake sidecar that exits without answering fails the pending call', async () => {
  const sc = Sidecar.spawn({ binary: process.execPath, args: [FAKE, 'exit'] });
  const start = Date.now();
  await assert.rejects(sc.ping(), (e) => e instanceof SidecarClosedError && e.exitCode === 3 && /status 3/.test(e.message));
  assert.ok(Date.now() - start < 5000);
  await sc.close();
});

test('output that is not JSON closes the connection', async () => {
  const sc = Sidecar.spawn({ binary: process.execPath, args: [FAKE, 'garbage'] });
  await assert.rejects(sc.ping({}, { timeout: 5000 }), (e) => e instanceof SidecarClosedError && /protocol/.test(e.message));
  await sc.close();
});

test('timeout, then the late answer is ignored', () => withSidecar({}, async (sc) => {
  await sc.ping();
  await stopProcess(sc.pid);
  try {
    await assert.rejects(sc.ping({}, { timeout: 300 }), (e) => e instanceof SidecarTimeoutError && e.code === 'ERR_SIDECAR_TIMEOUT');
  } finally {
    process.kill(sc.pid, 'SIGCONT');
  }
  assert.ok((await sc.ping({}, { timeout: 5000 })).version);
}));

test('defaultTimeout applies to every call', () => withSidecar({ defaultTimeout: 300 }, async (sc) => {
  await sc.ping();
  await stopProcess(sc.pid);
  try {
    await assert.rejects(sc.ping(), SidecarTimeoutError);
  } finally {
    process.kill(sc.pid, 'SIGCONT');
  }
}));

test('an error without id reaches the call it belongs to', () => withSidecar({ args: ['--max-line-bytes', '256'] }, async (sc) => {
  // A line over the sidecar's limit is answered with "id": null; the client still fails the right call.
  await assert.rejects(sc.call('ping', { pad: 'x'.repeat(1000) }, { timeout: 5000 }), InvalidRequest);
  const small = Array.from({ length: 9 }, () => sc.ping({}, { timeout: 5000 }));
  const big = sc.call('ping', { pad: 'x'.repeat(1000) }, { timeout: 5000 });
  for (const p of small) assert.ok((await p).version);
  await assert.rejects(big, InvalidRequest);
  assert.ok((await sc.ping()).version);
}));

test('params that are not JSON fail before sending', () => withSidecar({}, async (sc) => {
  await assert.rejects(sc.call('ping', { amount: 10n }), TypeError);
  assert.ok((await sc.ping()).version);
}));

test('socket mode', async () => {
  const { socketPath, stop } = await startSocketServer();
  try {
    assert.equal(fs.statSync(socketPath).mode & 0o777, 0o600);
    const a = await Sidecar.connect(socketPath);
    const b = await Sidecar.connect(socketPath);
    assert.equal((await a.ping()).env, 'simulator');
    assert.deepEqual(await b.ping(), await a.ping());
    const envs = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).ping().then((p) => p.env)));
    assert.deepEqual(envs, Array(200).fill('simulator'));
    assert.equal(a.pid, undefined);
    await b.close();
    await assert.rejects(b.ping(), SidecarClosedError);
    assert.deepEqual(await stop(), { code: 0, signal: null }); // SIGTERM: drains and exits 0
    assert.ok(!fs.existsSync(socketPath)); // and removes its socket file
    await assert.rejects(a.ping({}, { timeout: 5000 }), (e) => e instanceof SidecarClosedError && /closed the connection/.test(e.message));
    await a.close();
  } finally {
    await stop();
  }
});

test('connect is a plain async function resolving to a connected Sidecar', async () => {
  const { socketPath, stop } = await startSocketServer();
  try {
    const connecting = Sidecar.connect(socketPath);
    assert.ok(connecting instanceof Promise);
    const sc = await connecting;
    assert.ok(sc instanceof Sidecar);
    assert.equal(typeof sc.then, 'undefined', 'the client itself is not thenable');
    const pong = await sc.ping();
    assert.equal(pong.env, 'simulator');
    await sc.close();
  } finally {
    await stop();
  }
});

test('connect to a missing socket rejects', async () => {
  await assert.rejects(Sidecar.connect('/nonexistent/plural-sidecar.sock'), (e) => e.code === 'ENOENT');
});

test("the child's stderr is inherited", () => {
  // The sidecar's JSON log lines go to the backend's own stderr; run a backend to see them.
  const script = `
    const { Sidecar } = require(${JSON.stringify(path.join(__dirname, '..'))});
    const sc = Sidecar.spawn({ binary: ${JSON.stringify(BIN)}, env: { PLURAL_LOG_LEVEL: 'debug' } });
    sc.ping().then(() => sc.close());`;
  const done = childProcess.spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30000 });
  assert.equal(done.status, 0, done.stderr);
  assert.equal(done.stdout, ''); // nothing of the protocol leaks to the backend's stdout
  const logs = done.stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
  assert.ok(logs.length > 0, `no JSON log line on stderr: ${done.stderr}`);
});

test('index.d.ts type-checks real use, from CommonJS and from an ES module (skipped without tsc)', (t) => {
  const found = childProcess.spawnSync('tsc', ['--version'], { encoding: 'utf8' });
  if (found.error) {
    t.skip('tsc is not installed (Debian: node-typescript)');
    return;
  }
  const fixtures = path.join(__dirname, '..', 'fixtures');
  const runs = [
    ['--module', 'commonjs', path.join(fixtures, 'typecheck.ts')],
    ['--module', 'node16', '--moduleResolution', 'node16', path.join(fixtures, 'typecheck-esm.mts')],
  ];
  for (const args of runs) {
    const done = childProcess.spawnSync('tsc', ['--noEmit', '--strict', '--target', 'es2020', ...args], { encoding: 'utf8' });
    assert.equal(done.status, 0, done.stdout + done.stderr);
  }
});
