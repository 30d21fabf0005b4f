// Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
// Change the document (or the generator) and run scripts/generate-clients.
// The ES module entry: the CommonJS implementation (index.js), re-exported by name and as the default.
import client from './index.js';

export const {
  Sidecar,
  METHODS,
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
} = client;
export default client;
