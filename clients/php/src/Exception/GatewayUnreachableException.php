<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32003 GatewayUnreachable: The gateway could not be reached or did not answer in time: data carries reason
 * (timeout, connect, reset, circuit_open: the host stopped answering and calls fail at once for a cool-down, or
 * shutdown: the sidecar stopped before the call finished), outcome (not_sent; unknown: the gateway may have
 * acted; not_applied: a lookup showed it did not, safe to repeat), request_id, and for money-moving calls
 * reconciled and idempotency_key.
 */
final class GatewayUnreachableException extends SidecarException
{
    public const CODE = -32003;
}
