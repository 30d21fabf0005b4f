<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32001 GatewayError: The gateway answered with an error: data carries http_status, code, message,
 * additional_error_details (also as details), request_id; v1/v2 calls also error_code or response_code.
 */
final class GatewayErrorException extends SidecarException
{
    public const CODE = -32001;
}
