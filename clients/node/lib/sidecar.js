'use strict';

const childProcess = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const readline = require('node:readline');

const { SidecarError, SidecarClosedError, SidecarTimeoutError } = require('./errors');
const { METHODS } = require('./methods');

/** The argument, else $PLURAL_SIDECAR_BIN, else `plural-sidecar` on PATH. Throws early when there is none. */
function resolveBinary(binary) {
  const chosen = binary || process.env.PLURAL_SIDECAR_BIN || 'plural-sidecar';
  const executable = (file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  };
  if (chosen.includes(path.sep)) {
    if (executable(chosen)) return chosen;
  } else {
    for (const dir of (process.env.PATH || '').split(path.delimiter)) {
      const candidate = path.join(dir || '.', chosen);
      if (executable(candidate)) return candidate;
    }
  }
  const where = chosen.includes(path.sep) ? 'is not an executable file' : 'is not on PATH';
  const err = new Error(`${chosen} ${where}; pass {binary} or set PLURAL_SIDECAR_BIN to the plural-sidecar executable`);
  err.code = 'ENOENT';
  throw err;
}

function describeExit(exitCode, signal) {
  if (signal) return `plural-sidecar was killed by signal ${signal}`;
  if (exitCode !== null && exitCode !== undefined) return `plural-sidecar exited with status ${exitCode}`;
  return 'plural-sidecar closed its output';
}

/**
 * A connection to one plural-sidecar: a spawned child (stdin/stdout) or a Unix socket.
 * Any number of calls may be in flight at once; answers are matched by id. Every helper
 * (createOrder, getOrder, ..., discover, simulatorPay) is `call` with the method name filled in.
 */
class Sidecar {
  #input;
  #output;
  #child;
  #label;
  #nextId = 1;
  /** id -> {resolve, reject, timer} */
  #pending = new Map();
  /** Error answers with "id": null, each with the ids that could have caused it (see #attributeOrphans). */
  #orphans = [];
  #closed = null;
  #closing = false;
  #ended;

  constructor(input, output, { child = null, label = 'plural-sidecar', defaultTimeout } = {}) {
    this.#input = input;
    this.#output = output;
    this.#child = child;
    this.#label = label;
    /** Milliseconds a call waits for its answer unless it says otherwise; undefined waits as long as it takes. */
    this.defaultTimeout = defaultTimeout;
    let markEnded;
    this.#ended = new Promise((resolve) => { markEnded = resolve; });

    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    lines.on('line', (line) => this.#receive(line));
    // readline re-emits its input's errors; they are handled on the input below.
    lines.on('error', () => {});
    const ended = (reason) => this.#onEnd(reason).then(markEnded);
    lines.once('close', () => ended());
    // A write to a dead child or socket fails with EPIPE/ECONNRESET; the end of input carries the reason.
    output.on('error', () => {});
    if (child) {
      child.once('error', (err) => ended(`cannot run plural-sidecar: ${err.message}`));
    } else {
      input.on('error', (err) => ended(`connection to ${label} failed: ${err.message}`));
      input.once('close', () => ended());
    }
  }

  /**
   * Starts plural-sidecar as a child speaking JSON-RPC on its stdin/stdout.
   * `env` is merged over process.env (settings and secrets go this way, never as arguments); `args` are
   * extra arguments such as ['--config', file]. Its stderr (JSON log lines) is inherited.
   * @returns {Sidecar}
   */
  static spawn({ binary, env, args = [], defaultTimeout } = {}) {
    const child = childProcess.spawn(resolveBinary(binary), args, {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    return new Sidecar(child.stdout, child.stdin, { child, defaultTimeout });
  }

  /**
   * Connects to `plural-sidecar --socket PATH` running elsewhere (e.g. under a supervisor).
   * Resolves with a connected Sidecar; rejects with the socket's error (e.g. ENOENT, ECONNREFUSED) if it
   * cannot connect.
   * @returns {Promise<Sidecar>}
   */
  static async connect(socketPath, { defaultTimeout } = {}) {
    const socket = net.createConnection(socketPath);
    await new Promise((resolve, reject) => {
      const failed = (err) => { socket.destroy(); reject(err); };
      socket.once('error', failed);
      socket.once('connect', () => { socket.off('error', failed); resolve(); });
    });
    return new Sidecar(socket, socket, { label: `plural-sidecar on ${socketPath}`, defaultTimeout });
  }

  /** The child's process id (undefined over a socket). */
  get pid() { return this.#child ? this.#child.pid : undefined; }

  /** The child's exit status once it has exited (null while running or when killed by a signal). */
  get exitCode() { return this.#child ? this.#child.exitCode : null; }

  /**
   * Calls `method` and resolves with its result. Rejects with a SidecarError subclass for an error answer,
   * SidecarClosedError if the sidecar goes away first, SidecarTimeoutError after `options.timeout` ms.
   */
  call(method, params, options = {}) {
    if (this.#closed) return Promise.reject(this.#closedError());
    if (this.#closing) return Promise.reject(new SidecarClosedError('the sidecar client is closed'));
    const id = this.#nextId++;
    let line;
    try {
      const message = { jsonrpc: '2.0', id, method };
      if (params !== undefined && params !== null) message.params = params;
      line = `${JSON.stringify(message)}\n`;
    } catch (err) {
      return Promise.reject(err); // e.g. a BigInt or a cycle: fails before anything is sent
    }
    return new Promise((resolve, reject) => {
      const entry = { resolve, reject, timer: null };
      const timeout = options.timeout ?? this.defaultTimeout;
      if (timeout !== undefined && timeout !== null) {
        entry.timer = setTimeout(() => {
          if (this.#pending.delete(id)) {
            reject(new SidecarTimeoutError(`${method} got no answer within ${timeout} ms; it may still complete in the sidecar`));
          }
        }, timeout);
      }
      this.#pending.set(id, entry);
      this.#output.write(line);
    });
  }

  /**
   * Ends the input; the sidecar answers every call in flight, then exits (or closes the connection).
   * Waits up to `timeout` ms for that, then terminates the child. Idempotent.
   */
  async close({ timeout = 30000 } = {}) {
    this.#closing = true;
    this.#output.end();
    let timer;
    const expired = new Promise((resolve) => { timer = setTimeout(resolve, timeout, 'expired'); });
    const outcome = await Promise.race([this.#ended, expired]);
    clearTimeout(timer);
    const child = this.#child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (outcome === 'expired') child.kill('SIGTERM'); // it drains what is in flight, then exits
      const killer = setTimeout(() => child.kill('SIGKILL'), outcome === 'expired' ? 5000 : timeout);
      await exited;
      clearTimeout(killer);
    } else if (!child) {
      this.#input.destroy();
    }
    this.#shut('the sidecar client is closed');
  }

  #closedError() {
    return new SidecarClosedError(this.#closed.message, { exitCode: this.#closed.exitCode, signal: this.#closed.signal });
  }

  #receive(line) {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
      for (const item of Array.isArray(message) ? message : [message]) this.#answer(item);
    } catch (err) {
      // Not JSON-RPC: the stream can no longer be trusted to line up answers with calls.
      this.#shut(`plural-sidecar broke the protocol (${err.message}); the connection was dropped`);
      if (this.#child) this.#child.kill('SIGTERM');
      else this.#input.destroy();
      return;
    }
    this.#attributeOrphans();
  }

  #answer(item) {
    if (item === null || typeof item !== 'object' || item.jsonrpc !== '2.0') {
      throw new Error(`not a JSON-RPC 2.0 answer: ${JSON.stringify(item).slice(0, 200)}`);
    }
    const { id, error } = item;
    if (id === null || id === undefined) {
      // The sidecar could not read a request's id (e.g. a line over its size limit): remember which calls
      // were pending; the error belongs to the one of them that never gets an answer of its own.
      if (error && this.#pending.size > 0) this.#orphans.push({ candidates: new Set(this.#pending.keys()), error });
      return;
    }
    for (const orphan of this.#orphans) orphan.candidates.delete(id);
    const entry = this.#pending.get(id);
    if (!entry) return; // answered after its timeout: nobody is waiting
    this.#pending.delete(id);
    clearTimeout(entry.timer);
    if (error) entry.reject(SidecarError.fromError(error));
    else if ('result' in item) entry.resolve(item.result);
    else throw new Error('an answer has neither result nor error');
  }

  #attributeOrphans() {
    this.#orphans = this.#orphans.filter(({ candidates, error }) => {
      if (candidates.size > 1) return true;
      const [id] = candidates;
      const entry = this.#pending.get(id);
      if (entry) {
        this.#pending.delete(id);
        clearTimeout(entry.timer);
        entry.reject(SidecarError.fromError(error));
      }
      return false;
    });
  }

  async #onEnd(reason) {
    if (!reason && !this.#closing && this.#child) {
      const child = this.#child;
      if (child.exitCode === null && child.signalCode === null) {
        // stdout ends when the child exits; wait (briefly) for the exit so its status can be reported.
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 2000);
          child.once('exit', () => { clearTimeout(timer); resolve(); });
        });
      }
      this.#shut(describeExit(child.exitCode, child.signalCode), { exitCode: child.exitCode, signal: child.signalCode });
      return;
    }
    this.#shut(reason || (this.#closing ? 'the sidecar client is closed' : `${this.#label} closed the connection`));
  }

  /** Marks the connection closed (the first reason wins) and fails every pending call. */
  #shut(reason, status = {}) {
    if (!this.#closed) this.#closed = new SidecarClosedError(reason, status);
    const entries = [...this.#pending.values()];
    this.#pending.clear();
    this.#orphans = [];
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(this.#closedError());
    }
  }
}

for (const [name, rpc] of METHODS) {
  // Non-enumerable like a class method, and named, so stack traces show `Sidecar.createOrder`.
  const helper = { [name](params, options) { return this.call(rpc, params, options); } }[name];
  Object.defineProperty(Sidecar.prototype, name, { value: helper, writable: true, configurable: true });
}

module.exports = { Sidecar, resolveBinary };
