'use strict';

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
    const Cls = BY_CODE.get(code) || SidecarError;
    return new Cls(code, typeof error.message === 'string' ? error.message : '', error.data);
  }
}

const define = (name, code) => {
  // A named class per code, so `instanceof InvalidParams` and stack traces read naturally.
  const cls = { [name]: class extends SidecarError {} }[name];
  cls.CODE = code;
  return cls;
};

const ParseError = define('ParseError', -32700);
const InvalidRequest = define('InvalidRequest', -32600);
const MethodNotFound = define('MethodNotFound', -32601);
/** A validation failure; `data` is `{field, reason}`, e.g. field "order_amount.value". */
const InvalidParams = define('InvalidParams', -32602);
const InternalError = define('InternalError', -32603);
/** Plural answered with an error (`data`: http_status, code, message, request_id). */
const GatewayError = define('GatewayError', -32001);
/** Plural's token endpoint refused the client id/secret. */
const CredentialsRefused = define('CredentialsRefused', -32002);
/** Plural unreachable or timed out; `data.outcome === 'unknown'` means it may have processed the request. */
const GatewayUnreachable = define('GatewayUnreachable', -32003);
/** A setting the call needs (`data.setting`) is missing or invalid. */
const SettingMissing = define('SettingMissing', -32004);
/** Plural's answer was malformed or its signature did not verify. */
const BadGatewayAnswer = define('BadGatewayAnswer', -32005);

const BY_CODE = new Map([ParseError, InvalidRequest, MethodNotFound, InvalidParams, InternalError, GatewayError,
  CredentialsRefused, GatewayUnreachable, SettingMissing, BadGatewayAnswer].map((cls) => [cls.CODE, cls]));

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

module.exports = {
  SidecarError, ParseError, InvalidRequest, MethodNotFound, InvalidParams, InternalError, GatewayError,
  CredentialsRefused, GatewayUnreachable, SettingMissing, BadGatewayAnswer, SidecarClosedError, SidecarTimeoutError,
};
