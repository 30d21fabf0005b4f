<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32003: Plural unreachable or timed out; getData()['outcome'] === 'unknown' means it may have processed the request. */
final class GatewayUnreachableException extends SidecarException
{
    public const CODE = -32003;
}
