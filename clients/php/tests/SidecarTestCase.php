<?php

declare(strict_types=1);

namespace PluralSidecar\Tests;

use PHPUnit\Framework\TestCase;

/** Helpers shared by the test classes: signals, environment, and an assertion that returns what was thrown. */
abstract class SidecarTestCase extends TestCase
{
    protected function tearDown(): void
    {
        gc_collect_cycles(); // closes clients the test left open
    }

    /**
     * Runs $fn, which must throw a $class; returns the exception for further assertions.
     *
     * @template T of \Throwable
     * @param class-string<T> $class
     * @return T
     */
    protected static function assertThrows(string $class, callable $fn): \Throwable
    {
        try {
            $fn();
        } catch (\Throwable $e) {
            self::assertInstanceOf($class, $e, "expected $class, got " . get_class($e) . ': ' . $e->getMessage());
            return $e;
        }
        self::fail("expected $class, nothing was thrown");
    }

    protected static function ref(string $prefix): string
    {
        return $prefix . '-' . bin2hex(random_bytes(8));
    }

    protected static function signal(int $pid, int $signal): void
    {
        function_exists('posix_kill') ? posix_kill($pid, $signal) : exec("kill -$signal $pid");
    }

    /** SIGSTOP, then waits until the kernel reports it stopped: kill() returns before the stop takes effect. */
    protected static function stopProcess(int $pid): void
    {
        self::signal($pid, 19);
        $deadline = microtime(true) + 5;
        while (explode(' ', (string) @file_get_contents("/proc/$pid/stat"))[2] !== 'T' && microtime(true) < $deadline) {
            usleep(1000);
        }
    }

    /** Sends $signal to $pid after $seconds, from a background shell: a call can then block on purpose. */
    protected static function signalLater(int $pid, int $signal, float $seconds): void
    {
        exec(sprintf('sh -c "sleep %.2F; kill -%d %d" > /dev/null 2>&1 &', $seconds, $signal, $pid));
    }

    /**
     * Sets environment variables for the duration of $fn (null unsets one).
     *
     * @param array<string, string|null> $vars
     */
    protected static function withEnv(array $vars, callable $fn): void
    {
        $saved = [];
        foreach ($vars as $name => $value) {
            $saved[$name] = getenv($name);
            putenv($value === null ? $name : "$name=$value");
        }
        try {
            $fn();
        } finally {
            foreach ($saved as $name => $value) {
                putenv($value === false ? $name : "$name=$value");
            }
        }
    }
}
