<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32002 CredentialsRefused: The gateway refused the client credentials: data carries http_status, error,
 * error_description.
 */
final class CredentialsRefusedException extends SidecarException
{
    public const CODE = -32002;
}
