<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32700 ParseError: Parse error: the line is not valid JSON (or not valid UTF-8).
 */
final class ParseErrorException extends SidecarException
{
    public const CODE = -32700;
}
