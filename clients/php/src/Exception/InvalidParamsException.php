<?php

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/** -32602: a validation failure; getData() is ['field' => 'order_amount.value', 'reason' => ...]. */
final class InvalidParamsException extends SidecarException
{
    public const CODE = -32602;
}
