<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32002: Plural's token endpoint refused the client id/secret. */
final class CredentialsRefusedException extends SidecarException
{
    public const CODE = -32002;
}
