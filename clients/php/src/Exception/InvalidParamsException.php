<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32602 InvalidParams: Invalid params (every validation failure): data carries {field, reason}, field a path
 * such as payments[0].payment_amount.value.
 */
final class InvalidParamsException extends SidecarException
{
    public const CODE = -32602;
}
