'use strict';

/**
 * Thin client for plural-sidecar: newline-delimited JSON-RPC 2.0 over a child's stdin/stdout or a Unix socket.
 * Amounts are integer paise. See README.md and index.d.ts; index.mjs is the ES module entry.
 */
const { BY_CODE, ...errors } = require('./lib/errors');
const { Sidecar } = require('./lib/sidecar');
const { METHODS } = require('./lib/methods');

module.exports = { Sidecar, METHODS, ...errors };
