// Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
// Change the document (or the generator) and run scripts/generate-clients.
'use strict';

// One error class per code in the document's components.errors, on top of the hand-written base classes.
const { SidecarError, SidecarClosedError, SidecarTimeoutError } = require('./base-errors');

/** -32700: Parse error: the line is not valid JSON (or not valid UTF-8). */
class ParseError extends SidecarError {
  static CODE = -32700;
}

/** -32600: Invalid Request: not a JSON-RPC 2.0 request object, an empty batch, or a line over the size limit. */
class InvalidRequest extends SidecarError {
  static CODE = -32600;
}

/** -32601: Method not found. */
class MethodNotFound extends SidecarError {
  static CODE = -32601;
}

/**
 * -32602: Invalid params (every validation failure): data carries {field, reason}, field a path such as
 * payments[0].payment_amount.value.
 */
class InvalidParams extends SidecarError {
  static CODE = -32602;
}

/** -32603: Internal error. */
class InternalError extends SidecarError {
  static CODE = -32603;
}

/**
 * -32001: The gateway answered with an error: data carries http_status, code, message, additional_error_details
 * (also as details), request_id; v1/v2 calls also error_code or response_code.
 */
class GatewayError extends SidecarError {
  static CODE = -32001;
}

/** -32002: The gateway refused the client credentials: data carries http_status, error, error_description. */
class CredentialsRefused extends SidecarError {
  static CODE = -32002;
}

/**
 * -32003: The gateway could not be reached or did not answer in time: data carries reason (timeout, connect,
 * reset, circuit_open: the host stopped answering and calls fail at once for a cool-down, or shutdown: the
 * sidecar stopped before the call finished), outcome (not_sent; unknown: the gateway may have acted;
 * not_applied: a lookup showed it did not, safe to repeat), request_id, and for money-moving calls reconciled
 * and idempotency_key.
 */
class GatewayUnreachable extends SidecarError {
  static CODE = -32003;
}

/** -32004: A setting this call needs is missing or invalid: data carries setting. */
class SettingMissing extends SidecarError {
  static CODE = -32004;
}

/** -32005: The gateway's answer was malformed or its signature did not verify: data carries http_status, reason. */
class BadGatewayAnswer extends SidecarError {
  static CODE = -32005;
}

/**
 * -32006: An idempotency key was used by a call with other params: data carries idempotency_key (the key given,
 * or the merchant reference serving as one), method, first_method. Nothing was sent.
 */
class IdempotencyConflict extends SidecarError {
  static CODE = -32006;
}

/**
 * -32007: Refused before sending, to keep money safe: data carries rule (refund_exceeds_captured with captured,
 * refunded, pending and requested paise; outcome_pending with pending_key). Nothing was sent.
 */
class RefusedForSafety extends SidecarError {
  static CODE = -32007;
}

/** The class for each code (SidecarError.fromError falls back to SidecarError itself). */
const BY_CODE = new Map([ParseError, InvalidRequest, MethodNotFound, InvalidParams, InternalError, GatewayError, CredentialsRefused, GatewayUnreachable, SettingMissing, BadGatewayAnswer, IdempotencyConflict, RefusedForSafety].map((cls) => [cls.CODE, cls]));

module.exports = {
  SidecarError,
  ParseError,
  InvalidRequest,
  MethodNotFound,
  InvalidParams,
  InternalError,
  GatewayError,
  CredentialsRefused,
  GatewayUnreachable,
  SettingMissing,
  BadGatewayAnswer,
  IdempotencyConflict,
  RefusedForSafety,
  SidecarClosedError,
  SidecarTimeoutError,
  BY_CODE,
};
