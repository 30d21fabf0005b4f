<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32004: a setting the call needs (getData()['setting']) is missing or invalid. */
final class SettingMissingException extends SidecarException
{
    public const CODE = -32004;
}
