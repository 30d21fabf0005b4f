<?php

declare(strict_types=1);

namespace PluralSidecar;

/** No answer within the call's timeout. The call may still complete in the sidecar: its outcome is unknown. */
class SidecarTimeoutException extends \RuntimeException implements ExceptionInterface
{
}
