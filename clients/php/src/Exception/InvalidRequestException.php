<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32600: not a JSON-RPC 2.0 request (or a line over the sidecar's size limit). */
final class InvalidRequestException extends SidecarException
{
    public const CODE = -32600;
}
