<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32603: the sidecar failed internally. */
final class InternalErrorException extends SidecarException
{
    public const CODE = -32603;
}
