<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32600 InvalidRequest: Invalid Request: not a JSON-RPC 2.0 request object, an empty batch, or a line over the
 * size limit.
 */
final class InvalidRequestException extends SidecarException
{
    public const CODE = -32600;
}
