<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32601: the sidecar does not serve this method (simulator.* need PLURAL_ENV=simulator). */
final class MethodNotFoundException extends SidecarException
{
    public const CODE = -32601;
}
