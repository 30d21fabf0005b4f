<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32601 MethodNotFound: Method not found.
 */
final class MethodNotFoundException extends SidecarException
{
    public const CODE = -32601;
}
