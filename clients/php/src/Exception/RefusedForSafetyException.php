<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar\Exception;

use PluralSidecar\SidecarException;

/**
 * -32007 RefusedForSafety: Refused before sending, to keep money safe: data carries rule
 * (refund_exceeds_captured with captured, refunded, pending and requested paise; outcome_pending with
 * pending_key). Nothing was sent.
 */
final class RefusedForSafetyException extends SidecarException
{
    public const CODE = -32007;
}
