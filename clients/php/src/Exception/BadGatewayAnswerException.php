<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32005 BadGatewayAnswer: The gateway's answer was malformed or its signature did not verify: data carries
 * http_status, reason.
 */
final class BadGatewayAnswerException extends SidecarException
{
    public const CODE = -32005;
}
