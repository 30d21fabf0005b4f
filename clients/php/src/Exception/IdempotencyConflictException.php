<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32006 IdempotencyConflict: An idempotency key was used by a call with other params: data carries
 * idempotency_key (the key given, or the merchant reference serving as one), method, first_method. Nothing was
 * sent.
 */
final class IdempotencyConflictException extends SidecarException
{
    public const CODE = -32006;
}
