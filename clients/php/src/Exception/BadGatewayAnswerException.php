<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32005: Plural's answer was malformed or its signature did not verify. */
final class BadGatewayAnswerException extends SidecarException
{
    public const CODE = -32005;
}
