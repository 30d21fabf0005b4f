<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32001: Plural answered with an error; getData() carries http_status, code, message, request_id. */
final class GatewayErrorException extends SidecarException
{
    public const CODE = -32001;
}
