<?php

declare(strict_types=1);

namespace PluralSidecar;

/**
 * A connection to one plural-sidecar: a spawned child (stdin/stdout) or a Unix socket.
 *
 * Newline-delimited JSON-RPC 2.0; amounts are integer paise. Every helper (createOrder(), getOrder(), ...,
 * simulatorPay()) is call() with the method name filled in: they are generated from protocol/openrpc.json
 * into ClientMethods, with the array shapes of their params and results. Results and error data decode as
 * associative arrays.
 */
final class Client extends ClientMethods
{
    // Slashes unescaped: harmless in JSON and keeps URLs readable. Zero fractions preserved: 1100.0 must
    // reach the sidecar as a float (and be refused), never silently pass as the integer 1100.
    private const ENCODE = JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
        | JSON_PRESERVE_ZERO_FRACTION;

    private const SIGTERM = 15;
    private const SIGKILL = 9;

    private int $nextId = 1;
    /** Bytes read but not yet split into lines. */
    private string $readBuffer = '';
    /** Bytes not yet written (kept across calls, so a timed-out call never leaves half a line behind). */
    private string $writeBuffer = '';
    private ?SidecarClosedException $closed = null;
    /** Cached proc_get_status() once the child has exited: PHP < 8.3 reports the exit code only once. */
    private ?array $exitStatus = null;

    /**
     * @param resource      $input   what we read answers from
     * @param resource      $output  what we write requests to (the same stream for a socket)
     * @param resource|null $process the proc_open() handle of a spawned child
     */
    private function __construct(
        private $input,
        private $output,
        private $process,
        private readonly string $label,
        public ?float $defaultTimeout,
    ) {
        // Non-blocking, driven by stream_select: a blocking write could deadlock against a sidecar that
        // is itself blocked writing answers we are not reading.
        stream_set_blocking($input, false);
        stream_set_blocking($output, false);
    }

    /**
     * Starts plural-sidecar as a child speaking JSON-RPC on its stdin/stdout.
     *
     * @param string|null          $binary default: getenv('PLURAL_SIDECAR_BIN'), else `plural-sidecar` on PATH
     * @param array<string,string> $env    merged over the environment (settings and secrets go this way)
     * @param list<string>         $args   extra arguments, e.g. ['--config', $file]
     *
     * The child's stderr (its JSON log lines) is inherited: under PHP-FPM it goes to FPM's error log.
     */
    public static function spawn(
        ?string $binary = null,
        array $env = [],
        array $args = [],
        ?float $defaultTimeout = null,
    ): self {
        $command = [self::resolveBinary($binary), ...$args];
        $merged = array_merge(getenv(), $env);
        // Descriptor 2 is left out on purpose: the child inherits our stderr.
        $process = proc_open($command, [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes, null, $merged);
        if (!is_resource($process)) {
            throw new SidecarClosedException('cannot start ' . $command[0]);
        }
        return new self($pipes[1], $pipes[0], $process, 'plural-sidecar', $defaultTimeout);
    }

    /** Connects to `plural-sidecar --socket PATH` (e.g. run under systemd or supervisord). */
    public static function connect(string $path, float $connectTimeout = 5.0, ?float $defaultTimeout = null): self
    {
        $socket = @stream_socket_client('unix://' . $path, $errno, $error, $connectTimeout);
        if ($socket === false) {
            throw new SidecarClosedException("cannot connect to plural-sidecar on $path: $error");
        }
        return new self($socket, $socket, null, "plural-sidecar on $path", $defaultTimeout);
    }

    /**
     * Calls $method and returns its result.
     *
     * An empty $params is sent as {} (by-name, as every method expects); a non-empty list is sent as a JSON
     * array. Use `new \stdClass()` for an empty object nested inside params.
     *
     * @throws SidecarException        the sidecar answered with an error (a subclass per code)
     * @throws SidecarClosedException  no sidecar to answer (outcome unknown)
     * @throws SidecarTimeoutException no answer within $timeout seconds (default: $defaultTimeout, null = no limit)
     * @throws \JsonException          $params cannot be encoded (NaN, invalid UTF-8): nothing was sent
     */
    public function call(string $method, array $params = [], ?float $timeout = null): array
    {
        $answer = $this->callMany([[$method, $params]], $timeout)[0];
        if ($answer instanceof \Throwable) {
            throw $answer;
        }
        return $answer;
    }

    /**
     * Sends several calls at once (pipelined: all written before any answer is awaited) and returns their
     * results with the same keys as $calls. A call the sidecar answered with an error has its
     * SidecarException in its slot instead of a result; closed and timeout failures are thrown.
     *
     * @param array<array-key, array{0: string, 1?: array}> $calls [[method, params], ...]
     * @return array<array-key, array|SidecarException>
     */
    public function callMany(array $calls, ?float $timeout = null): array
    {
        $this->assertOpen();
        $ids = [];
        $lines = '';
        foreach ($calls as $key => $call) {
            [$method, $params] = [$call[0], $call[1] ?? []];
            $id = $this->nextId++;
            $request = [
                'jsonrpc' => '2.0',
                'id' => $id,
                'method' => $method,
                'params' => $params === [] ? new \stdClass() : $params,
            ];
            $lines .= json_encode($request, self::ENCODE) . "\n";
            $ids[$id] = $key;
        }
        $this->writeBuffer .= $lines;
        $timeout ??= $this->defaultTimeout;
        $answers = $this->exchange($ids, $timeout === null ? null : microtime(true) + $timeout);
        $results = [];
        foreach ($ids as $id => $key) {
            $results[$key] = $answers[$id];
        }
        return $results;
    }

    /**
     * Every helper is a real method (see ClientMethods): any other name is a mistake.
     *
     * @param array<int, mixed> $arguments
     */
    public function __call(string $name, array $arguments): never
    {
        throw new \BadMethodCallException("PluralSidecar\\Client has no method $name");
    }

    /** The child's process id (null over a socket). */
    public function pid(): ?int
    {
        return $this->process === null ? null : proc_get_status($this->process)['pid'];
    }

    /** The child's exit code once it has exited (null while running, over a socket, or killed by a signal). */
    public function exitCode(): ?int
    {
        $status = $this->childStatus();
        return ($status === null || $status['running'] || $status['signaled']) ? null : $status['exitcode'];
    }

    /**
     * Ends the input: the sidecar answers every call in flight, then exits (or closes the connection).
     * Waits up to $timeout seconds, then terminates the child. Idempotent; later calls throw SidecarClosedException.
     */
    public function close(float $timeout = 30.0): void
    {
        if ($this->output === null) {
            return;
        }
        $deadline = microtime(true) + $timeout;
        $this->writeBuffer = '';
        if ($this->process !== null) {
            fclose($this->output);
        } else {
            @stream_socket_shutdown($this->output, STREAM_SHUT_WR);
        }
        $this->output = null;
        // Read (and drop) what is still coming, so a sidecar writing answers is never stuck on a full pipe.
        while (is_resource($this->input) && !feof($this->input) && microtime(true) < $deadline) {
            $read = [$this->input];
            $none = null;
            $ready = @stream_select($read, $none, $none, 0, 100000);
            if ($ready > 0 && @fread($this->input, 65536) === '' && feof($this->input)) {
                break;
            }
        }
        fclose($this->input);
        if ($this->process !== null) {
            $this->waitForExit($deadline) || $this->terminate();
            proc_close($this->process);
            $this->process = null;
        }
        $this->closed ??= new SidecarClosedException('the sidecar client is closed');
    }

    public function __destruct()
    {
        $this->close();
    }

    /**
     * Writes what is queued and reads answers until every id in $ids has one.
     *
     * @param array<int, array-key> $ids
     * @return array<int, array|SidecarException>
     */
    private function exchange(array $ids, ?float $deadline): array
    {
        $answers = [];
        $orphans = [];
        while (count($answers) < count($ids)) {
            while (($newline = strpos($this->readBuffer, "\n")) !== false) {
                $line = substr($this->readBuffer, 0, $newline);
                $this->readBuffer = substr($this->readBuffer, $newline + 1);
                $this->receive($line, $ids, $answers, $orphans);
            }
            if (count($answers) === count($ids)) {
                break;
            }
            $read = [$this->input];
            $write = $this->writeBuffer === '' ? [] : [$this->output];
            $none = null;
            $wait = $deadline === null ? null : max(0.0, $deadline - microtime(true));
            $seconds = $wait === null ? null : (int) $wait;
            $microseconds = $wait === null ? null : (int) (fmod($wait, 1.0) * 1e6);
            $ready = @stream_select($read, $write, $none, $seconds, $microseconds);
            if ($ready === false) {
                continue; // interrupted by a signal
            }
            if ($ready === 0 && $deadline !== null && microtime(true) >= $deadline) {
                throw new SidecarTimeoutException(
                    'no answer within the timeout; the call may still complete in the sidecar'
                );
            }
            if ($write !== []) {
                $written = @fwrite($this->output, $this->writeBuffer);
                if ($written === false) {
                    $this->writeBuffer = ''; // the peer is gone; reading will find out why
                } else {
                    $this->writeBuffer = (string) substr($this->writeBuffer, $written);
                }
            }
            if ($read !== []) {
                $chunk = @fread($this->input, 65536);
                if ($chunk === false || ($chunk === '' && feof($this->input))) {
                    $this->shut($this->describeEnd());
                    throw $this->closedError();
                }
                $this->readBuffer .= $chunk;
            }
        }
        return $answers;
    }

    /**
     * Settles what one answer line settles. An error with "id": null (the sidecar could not read a
     * request's id, e.g. a line over its size limit) belongs to one of the calls unanswered when it came:
     * once all but one of them have their own answers, that one gets the error instead of waiting forever.
     *
     * @param array<int, array-key>                 $ids
     * @param array<int, array|SidecarException>    $answers
     * @param list<array{0: array<int,true>, 1: array}> $orphans
     */
    private function receive(string $line, array $ids, array &$answers, array &$orphans): void
    {
        if (trim($line) === '') {
            return;
        }
        try {
            $message = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            $this->violation('an answer line is not JSON');
        }
        $items = is_array($message) && array_is_list($message) ? $message : [$message];
        foreach ($items as $item) {
            if (!is_array($item) || ($item['jsonrpc'] ?? null) !== '2.0') {
                $this->violation('not a JSON-RPC 2.0 answer');
            }
            $id = $item['id'] ?? null;
            $error = $item['error'] ?? null;
            if ($id === null) {
                $unanswered = array_diff_key($ids, $answers);
                if (is_array($error) && $unanswered !== []) {
                    $orphans[] = [array_fill_keys(array_keys($unanswered), true), $error];
                }
                continue;
            }
            foreach ($orphans as &$orphan) {
                unset($orphan[0][$id]);
            }
            unset($orphan);
            if (!is_int($id) || !isset($ids[$id]) || isset($answers[$id])) {
                continue; // an answer to a call that timed out earlier: nobody waits for it
            }
            if (is_array($error)) {
                $answers[$id] = SidecarException::fromError($error);
            } elseif (array_key_exists('result', $item)) {
                $answers[$id] = is_array($item['result']) ? $item['result'] : ['result' => $item['result']];
            } else {
                $this->violation('an answer has neither result nor error');
            }
        }
        foreach ($orphans as $k => [$candidates, $error]) {
            if (count($candidates) <= 1) {
                $id = array_key_first($candidates);
                if ($id !== null && !isset($answers[$id])) {
                    $answers[$id] = SidecarException::fromError($error);
                }
                unset($orphans[$k]);
            }
        }
    }

    private function violation(string $what): never
    {
        $this->shut(
            new SidecarClosedException("plural-sidecar broke the protocol ($what); the connection was dropped")
        );
        if ($this->process !== null) {
            proc_terminate($this->process, self::SIGTERM);
        }
        throw $this->closedError();
    }

    private function assertOpen(): void
    {
        if ($this->closed !== null || $this->output === null) {
            $this->closed ??= new SidecarClosedException('the sidecar client is closed');
            throw $this->closedError();
        }
    }

    private function shut(SidecarClosedException $reason): void
    {
        $this->closed ??= $reason;
    }

    private function closedError(): SidecarClosedException
    {
        // A fresh exception per throw, so each carries the trace of the call that hit it.
        $c = $this->closed;
        return new SidecarClosedException($c->getMessage(), $c->getExitCode(), $c->getSignal());
    }

    private function describeEnd(): SidecarClosedException
    {
        if ($this->process === null) {
            return new SidecarClosedException("{$this->label} closed the connection");
        }
        // Its stdout ends when it exits; give the exit a moment to be seen so the status can be reported.
        $this->waitForExit(microtime(true) + 2.0);
        $status = $this->childStatus();
        if ($status !== null && !$status['running']) {
            if ($status['signaled']) {
                $signal = $status['termsig'];
                return new SidecarClosedException("plural-sidecar was killed by signal $signal", null, $signal);
            }
            $code = $status['exitcode'];
            return new SidecarClosedException("plural-sidecar exited with status $code", $code);
        }
        return new SidecarClosedException('plural-sidecar closed its output');
    }

    private function childStatus(): ?array
    {
        if ($this->exitStatus !== null || $this->process === null) {
            return $this->exitStatus;
        }
        $status = proc_get_status($this->process);
        if (!$status['running']) {
            $this->exitStatus = $status;
        }
        return $status;
    }

    private function waitForExit(float $deadline): bool
    {
        while (($this->childStatus()['running'] ?? false) && microtime(true) < $deadline) {
            usleep(10000);
        }
        return !($this->childStatus()['running'] ?? false);
    }

    /** SIGTERM makes the sidecar drain what is in flight (its own deadline); SIGKILL if even that hangs. */
    private function terminate(): void
    {
        proc_terminate($this->process, self::SIGTERM);
        if (!$this->waitForExit(microtime(true) + 5.0)) {
            proc_terminate($this->process, self::SIGKILL);
            $this->waitForExit(microtime(true) + 5.0);
        }
    }

    /** The argument, else $PLURAL_SIDECAR_BIN, else `plural-sidecar` on PATH. */
    private static function resolveBinary(?string $binary): string
    {
        $chosen = $binary ?? (getenv('PLURAL_SIDECAR_BIN') ?: 'plural-sidecar');
        $fix = 'pass $binary or set PLURAL_SIDECAR_BIN to the plural-sidecar executable';
        if (str_contains($chosen, '/')) {
            if (!is_file($chosen) || !is_executable($chosen)) {
                throw new SidecarClosedException("$chosen is not an executable file; $fix");
            }
            return $chosen;
        }
        foreach (explode(PATH_SEPARATOR, (string) getenv('PATH')) as $dir) {
            $candidate = ($dir === '' ? '.' : $dir) . '/' . $chosen;
            if (is_file($candidate) && is_executable($candidate)) {
                return $candidate;
            }
        }
        throw new SidecarClosedException("$chosen is not on PATH; $fix");
    }
}
