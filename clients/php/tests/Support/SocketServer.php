<?php

declare(strict_types=1);

namespace PluralSidecar\Tests\Support;

/** `plural-sidecar --socket PATH` as a subprocess, with a stop() that sends SIGTERM and returns the exit code. */
final class SocketServer
{
    public readonly string $path;
    private string $dir;
    /** @var resource */
    private $process;
    private ?array $exited = null;

    /** @param array<string, string> $env */
    public function __construct(array $env = ['PLURAL_ENV' => 'simulator'])
    {
        // A short directory of our own: Unix socket paths are limited to ~107 bytes.
        $this->dir = sys_get_temp_dir() . '/psc-' . bin2hex(random_bytes(4));
        mkdir($this->dir, 0700);
        $this->path = $this->dir . '/s.sock';
        // A socket server does not end at end of input as a stdio sidecar does: setpriv (util-linux) gives
        // it PR_SET_PDEATHSIG, which PHP cannot set, so it dies with this test process however that ends.
        $command = [BIN, '--socket', $this->path];
        if (is_executable('/usr/bin/setpriv')) {
            $command = ['/usr/bin/setpriv', '--pdeathsig', 'KILL', '--', ...$command];
        }
        $this->process = proc_open(
            $command,
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w']],
            $pipes,
            null,
            array_merge(getenv(), $env),
        );
        $deadline = microtime(true) + 10;
        while (!file_exists($this->path)) {
            if (!$this->status()['running']) {
                $this->stop();
                throw new \RuntimeException('socket server exited early');
            }
            if (microtime(true) >= $deadline) {
                // A constructor that throws gets no __destruct: stop the server here.
                $this->stop();
                throw new \RuntimeException('socket file never appeared');
            }
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
        @unlink($this->path . '.lock');
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
