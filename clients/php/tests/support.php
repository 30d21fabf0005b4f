<?php

// Assertions and fixtures shared by the test files (no PHPUnit offline: plain functions that throw).

declare(strict_types=1);

final class AssertionFailed extends \RuntimeException
{
}

/** $PLURAL_SIDECAR_BIN, else <repo>/.build/debug/plural-sidecar. */
define('BIN', getenv('PLURAL_SIDECAR_BIN') ?: dirname(__DIR__, 3) . '/.build/debug/plural-sidecar');
define('FAKE', __DIR__ . '/fake_sidecar.php');

function check(bool $condition, string $what): void
{
    if (!$condition) {
        throw new AssertionFailed($what);
    }
}

function same(mixed $expected, mixed $actual, string $what = ''): void
{
    if ($expected !== $actual) {
        throw new AssertionFailed(($what === '' ? '' : "$what: ") . 'expected ' . var_export($expected, true) . ', got ' . var_export($actual, true));
    }
}

/** Runs $fn, which must throw a $class; returns the exception. */
function throws(string $class, callable $fn): \Throwable
{
    try {
        $fn();
    } catch (\Throwable $e) {
        if ($e instanceof $class) {
            return $e;
        }
        throw new AssertionFailed("expected $class, got " . get_class($e) . ': ' . $e->getMessage(), 0, $e);
    }
    throw new AssertionFailed("expected $class, nothing was thrown");
}

function ref(string $prefix): string
{
    return $prefix . '-' . bin2hex(random_bytes(8));
}

function signal(int $pid, int $signal): void
{
    function_exists('posix_kill') ? posix_kill($pid, $signal) : exec("kill -$signal $pid");
}

/** SIGSTOP, then waits until the kernel reports it stopped: kill() returns before the stop takes effect. */
function stopProcess(int $pid): void
{
    signal($pid, 19);
    $deadline = microtime(true) + 5;
    while (explode(' ', (string) @file_get_contents("/proc/$pid/stat"))[2] !== 'T' && microtime(true) < $deadline) {
        usleep(1000);
    }
}

/** Sends $signal to $pid after $seconds, from a background shell: a call can then block on purpose. */
function signalLater(int $pid, int $signal, float $seconds): void
{
    exec(sprintf('sh -c "sleep %.2F; kill -%d %d" > /dev/null 2>&1 &', $seconds, $signal, $pid));
}

/** Sets an environment variable for the duration of $fn (null unsets it). */
function withEnv(array $vars, callable $fn): void
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

/** `plural-sidecar --socket PATH` as a subprocess, with a stop() that sends SIGTERM and returns the exit code. */
final class SocketServer
{
    public readonly string $path;
    private string $dir;
    /** @var resource */
    private $process;
    private ?array $exited = null;

    public function __construct(array $env = ['PLURAL_ENV' => 'simulator'])
    {
        // A short directory of our own: Unix socket paths are limited to ~107 bytes.
        $this->dir = sys_get_temp_dir() . '/psc-' . bin2hex(random_bytes(4));
        mkdir($this->dir, 0700);
        $this->path = $this->dir . '/s.sock';
        $this->process = proc_open([BIN, '--socket', $this->path], [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w']],
            $pipes, null, array_merge(getenv(), $env));
        $deadline = microtime(true) + 10;
        while (!file_exists($this->path)) {
            check($this->status()['running'], 'socket server exited early');
            check(microtime(true) < $deadline, 'socket file never appeared');
            usleep(20000);
        }
    }

    private function status(): array
    {
        if ($this->exited !== null) {
            return $this->exited;
        }
        $status = proc_get_status($this->process);
        if (!$status['running']) {
            $this->exited = $status; // PHP < 8.3 reports the exit code only once
        }
        return $status;
    }

    /** SIGTERM, then the exit code (or -signal). */
    public function stop(): int
    {
        if ($this->status()['running']) {
            proc_terminate($this->process, 15);
        }
        $deadline = microtime(true) + 10;
        while ($this->status()['running'] && microtime(true) < $deadline) {
            usleep(10000);
        }
        $status = $this->status();
        if (is_resource($this->process)) {
            proc_close($this->process);
        }
        @unlink($this->path);
        @rmdir($this->dir);
        return $status['signaled'] ? -$status['termsig'] : $status['exitcode'];
    }

    public function __destruct()
    {
        if (is_resource($this->process)) {
            $this->stop();
        }
    }
}
