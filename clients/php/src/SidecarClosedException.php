<?php

declare(strict_types=1);

namespace PluralSidecar;

/**
 * There is no sidecar to answer: it could not be started or reached, it died, the socket closed, or the
 * client was closed. Not a SidecarException: no answer came, so a payment call failing this way has an
 * unknown outcome (look the order up before retrying). getExitCode()/getSignal() tell how a spawned
 * child ended, when known.
 */
class SidecarClosedException extends \RuntimeException implements ExceptionInterface
{
    public function __construct(
        string $message,
        private readonly ?int $exitCode = null,
        private readonly ?int $signal = null,
    ) {
        parent::__construct($message);
    }

    public function getExitCode(): ?int
    {
        return $this->exitCode;
    }

    /** The signal that killed the child (9 for SIGKILL), or null. */
    public function getSignal(): ?int
    {
        return $this->signal;
    }
}
