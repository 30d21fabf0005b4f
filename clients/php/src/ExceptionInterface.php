<?php

declare(strict_types=1);

namespace PluralSidecar;

/** Implemented by every exception this library throws: `catch (ExceptionInterface $e)` catches them all. */
interface ExceptionInterface extends \Throwable
{
}
