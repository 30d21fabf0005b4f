<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32700: the sidecar could not parse a request line. */
final class ParseErrorException extends SidecarException
{
    public const CODE = -32700;
}
