'use strict';

/**
 * The error classes that do not stand for one error code: the base class of the generated per-code classes
 * (lib/errors.js), and the two ways a call can end without an answer.
 */

/**
 * The sidecar answered a call with a JSON-RPC error: `code` (number), `message`, `data`.
 * An error answer means the call was answered; compare SidecarClosedError, where the outcome is unknown.
 */
class SidecarError extends Error {
  constructor(code, message, data) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.data = data;
  }

  /** The most specific error class for a JSON-RPC `error` object. */
  static fromError(error) {
    const code = Number.isInteger(error && error.code) ? error.code : -32603;
    // Required here, not at the top: the generated module requires this one.
    const { BY_CODE } = require('./errors');
    const Cls = BY_CODE.get(code) || SidecarError;
    return new Cls(code, typeof error.message === 'string' ? error.message : '', error.data);
  }
}

/**
 * The sidecar died, the socket closed, or the client was closed before the call was answered.
 * Not a SidecarError: there was no answer, so a payment call failing this way has an unknown outcome.
 * `code` is 'ERR_SIDECAR_CLOSED' (Node's convention for system-level errors); `exitCode`/`signal` tell
 * how a spawned child ended, when known.
 */
class SidecarClosedError extends Error {
  constructor(message, { exitCode = null, signal = null } = {}) {
    super(message);
    this.name = 'SidecarClosedError';
    this.code = 'ERR_SIDECAR_CLOSED';
    this.exitCode = exitCode;
    this.signal = signal;
  }
}

/** No answer within the call's `timeout`; the call may still complete in the sidecar. */
class SidecarTimeoutError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SidecarTimeoutError';
    this.code = 'ERR_SIDECAR_TIMEOUT';
  }
}

module.exports = { SidecarError, SidecarClosedError, SidecarTimeoutError };
