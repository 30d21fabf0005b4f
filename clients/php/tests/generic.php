<?php

// Generic tests: they need only ping and rpc.discover, so they pass against any plural-sidecar build.

declare(strict_types=1);

use PluralSidecar\Client;
use PluralSidecar\Exception\InvalidParamsException;
use PluralSidecar\Exception\InvalidRequestException;
use PluralSidecar\Exception\MethodNotFoundException;
use PluralSidecar\ExceptionInterface;
use PluralSidecar\SidecarClosedException;
use PluralSidecar\SidecarException;
use PluralSidecar\SidecarTimeoutException;

// Linux signal numbers (pcntl's SIG* constants may be absent).
const KILL = 9;
const CONT = 18;

return [
    'spawn and ping' => function (): void {
        $sc = Client::spawn(BIN);
        $pong = $sc->ping();
        check(is_string($pong['version']) && $pong['version'] !== '', 'version is a non-empty string');
        check(array_key_exists('env', $pong), 'env is present');
        same($pong, $sc->call('ping'));
        $sc->close();
    },

    'binary from PLURAL_SIDECAR_BIN' => function (): void {
        withEnv(['PLURAL_SIDECAR_BIN' => BIN], function (): void {
            check(isset(Client::spawn()->ping()['version']), 'ping answered');
        });
    },

    'a missing binary is a clear error at spawn' => function (): void {
        withEnv(['PLURAL_SIDECAR_BIN' => null, 'PATH' => '/nonexistent'], function (): void {
            $e = throws(SidecarClosedException::class, fn () => Client::spawn());
            check(str_contains($e->getMessage(), 'PLURAL_SIDECAR_BIN'), 'message says how to fix it');
        });
    },

    '-32601 is MethodNotFoundException with code, message and data' => function (): void {
        $sc = Client::spawn(BIN);
        $e = throws(MethodNotFoundException::class, fn () => $sc->call('noSuchMethod'));
        check($e instanceof SidecarException && $e instanceof ExceptionInterface, 'a SidecarException');
        same(-32601, $e->getCode());
        check(str_contains($e->getMessage(), 'noSuchMethod'), 'message names the method');
        same(['method' => 'noSuchMethod'], $e->getData());
    },

    '-32602 is InvalidParamsException with field and reason' => function (): void {
        $sc = Client::spawn(BIN);
        // A non-empty list goes out as by-position params, which every method refuses.
        $e = throws(InvalidParamsException::class, fn () => $sc->call('ping', [1, 2]));
        same(-32602, $e->getCode());
        check($e->getMessage() !== '', 'has a message');
        same('params', $e->getData()['field']);
        check($e->getData()['reason'] !== '', 'has a reason');
    },

    'each code has its class' => function (): void {
        $expected = [
            -32700 => 'ParseErrorException', -32600 => 'InvalidRequestException', -32601 => 'MethodNotFoundException',
            -32602 => 'InvalidParamsException', -32603 => 'InternalErrorException', -32001 => 'GatewayErrorException',
            -32002 => 'CredentialsRefusedException', -32003 => 'GatewayUnreachableException',
            -32004 => 'SettingMissingException', -32005 => 'BadGatewayAnswerException',
        ];
        foreach ($expected as $code => $name) {
            $e = SidecarException::fromError(['code' => $code, 'message' => 'm', 'data' => ['k' => 1]]);
            same("PluralSidecar\\Exception\\$name", get_class($e));
            same($code, $e::CODE);
            same([$code, 'm', ['k' => 1]], [$e->getCode(), $e->getMessage(), $e->getData()]);
        }
        same(SidecarException::class, get_class(SidecarException::fromError(['code' => -32099, 'message' => 'new'])));
    },

    'what goes on the wire: {} for empty params, ints stay ints, 1100.0 stays a float' => function (): void {
        $sc = Client::spawn(PHP_BINARY, [], [FAKE, 'echo']);
        same('{"jsonrpc":"2.0","id":1,"method":"ping","params":{}}', $sc->ping()['raw']);
        $raw = json_decode($sc->createOrder([
            'order_amount' => ['value' => 1100, 'currency' => 'INR'],
            'fraction' => 1100.0,
            'purchase_details' => ['merchant_metadata' => new \stdClass()],
            'url' => 'https://example.com/return',
        ])['raw'], true);
        same('createOrder', $raw['method']);
        $line = $sc->call('x', ['a' => 1100, 'b' => 1100.0, 'c' => new \stdClass(), 'd' => 'https://e.x/y', 'e' => '₹'])['raw'];
        check(str_contains($line, '"params":{"a":1100,"b":1100.0,"c":{},"d":"https://e.x/y","e":"₹"}'), "wire form: $line");
    },

    '200 pipelined calls on one connection (callMany)' => function (): void {
        $sc = Client::spawn(BIN);
        $version = $sc->ping()['version'];
        $calls = [];
        for ($i = 0; $i < 200; $i++) {
            // Odd calls fail with a method name of their own, so a mixed-up id would show as a wrong answer.
            $calls[] = $i % 2 === 0 ? ['ping'] : ["missing.$i", ['i' => $i]];
        }
        $results = $sc->callMany($calls);
        same(200, count($results));
        foreach ($results as $i => $r) {
            if ($i % 2 === 0) {
                same($version, $r['version'], "call $i");
            } else {
                check($r instanceof MethodNotFoundException, "call $i failed");
                same("missing.$i", $r->getData()['method'], "call $i");
            }
        }
        // keys are kept, and a burst far larger than a pipe buffer does not deadlock
        // Each call is refused by validation (an invalid order id), so no gateway is involved: only volume.
        $big = $sc->callMany(array_fill_keys(array_map(fn ($i) => "k$i", range(1, 2000)), ['getOrder', ['order_id' => str_repeat('x', 200) . '/']]));
        same(2000, count($big));
        check($big['k2000'] instanceof InvalidParamsException, 'k2000 is refused as invalid params');
        same('order_id', $big['k2000']->getData()['field']);
    },

    'env is passed to the child, merged over the environment' => function (): void {
        same('simulator', Client::spawn(BIN, ['PLURAL_ENV' => 'simulator'])->ping()['env']);
        withEnv(['PLURAL_ENV' => 'prod'], function (): void {
            same('prod', Client::spawn(BIN)->ping()['env']);
            same('prod', Client::spawn(BIN, ['PLURAL_LOG_LEVEL' => 'error'])->ping()['env']);
        });
    },

    'helpers cover every discovered method, each with an @method annotation' => function (): void {
        $sc = Client::spawn(BIN);
        $rpcNames = array_values(Client::METHODS);
        foreach ($sc->discover()['methods'] as $method) {
            check(in_array($method['name'], $rpcNames, true), "a helper for {$method['name']}");
        }
        $doc = (new \ReflectionClass(Client::class))->getDocComment();
        foreach (array_keys(Client::METHODS) as $helper) {
            check((bool) preg_match("/@method array $helper\\(/", $doc), "@method annotation for $helper");
        }
        throws(\BadMethodCallException::class, fn () => $sc->noSuchHelper());
        try {
            $sc->createOrder(['merchant_order_reference' => 'x']);
        } catch (MethodNotFoundException $e) {
            same(['method' => 'createOrder'], $e->getData());
        } catch (SidecarException) {
            // served: any error answer proves the helper reached the right method
        }
    },

    'close exits 0 and later calls throw SidecarClosedException' => function (): void {
        $sc = Client::spawn(BIN);
        $sc->ping();
        $sc->close();
        same(0, $sc->exitCode());
        throws(SidecarClosedException::class, fn () => $sc->ping());
        $sc->close(); // idempotent
    },

    'kill -9 between calls: the next call throws promptly' => function (): void {
        $sc = Client::spawn(BIN);
        $sc->ping();
        signal($sc->pid(), KILL);
        $started = microtime(true);
        $e = throws(SidecarClosedException::class, fn () => $sc->ping());
        check(microtime(true) - $started < 5, 'promptly');
        check(!($e instanceof SidecarException), 'not an error answer');
        same(KILL, $e->getSignal());
        check(str_contains($e->getMessage(), 'signal 9'), $e->getMessage());
        throws(SidecarClosedException::class, fn () => $sc->ping());
    },

    'kill -9 while a call is pending fails it' => function (): void {
        $sc = Client::spawn(BIN);
        $sc->ping();
        stopProcess($sc->pid()); // a stopped sidecar cannot answer: the call below blocks
        signalLater($sc->pid(), KILL, 0.5);
        $started = microtime(true);
        throws(SidecarClosedException::class, fn () => $sc->callMany([['ping'], ['ping'], ['ping']], 10));
        $elapsed = microtime(true) - $started;
        check($elapsed >= 0.3 && $elapsed < 5, "failed when killed ($elapsed s)");
    },

    'a fake sidecar that exits without answering' => function (): void {
        $sc = Client::spawn(PHP_BINARY, [], [FAKE, 'exit']);
        $started = microtime(true);
        $e = throws(SidecarClosedException::class, fn () => $sc->ping());
        check(microtime(true) - $started < 5, 'promptly');
        same(3, $e->getExitCode());
        check(str_contains($e->getMessage(), 'status 3'), $e->getMessage());
    },

    'output that is not JSON closes the connection' => function (): void {
        $sc = Client::spawn(PHP_BINARY, [], [FAKE, 'garbage']);
        $e = throws(SidecarClosedException::class, fn () => $sc->ping([], 5));
        check(str_contains($e->getMessage(), 'protocol'), $e->getMessage());
    },

    'timeout, then the late answer is ignored' => function (): void {
        $sc = Client::spawn(BIN);
        $sc->ping();
        stopProcess($sc->pid());
        try {
            throws(SidecarTimeoutException::class, fn () => $sc->ping([], 0.3));
        } finally {
            signal($sc->pid(), CONT);
        }
        check(isset($sc->ping([], 5)['version']), 'the next call gets its own answer');
    },

    'defaultTimeout applies to every call' => function (): void {
        $sc = Client::spawn(BIN, [], [], 0.3);
        $sc->ping();
        stopProcess($sc->pid());
        try {
            throws(SidecarTimeoutException::class, fn () => $sc->ping());
        } finally {
            signal($sc->pid(), CONT);
        }
    },

    'an error without id reaches the call it belongs to' => function (): void {
        // A line over the sidecar's limit is answered with "id": null; the client still fails the right call.
        $sc = Client::spawn(BIN, [], ['--max-line-bytes', '256']);
        throws(InvalidRequestException::class, fn () => $sc->call('ping', ['pad' => str_repeat('x', 1000)], 5));
        $calls = array_fill(0, 9, ['ping']);
        $calls[] = ['ping', ['pad' => str_repeat('x', 1000)]];
        $results = $sc->callMany($calls, 5);
        for ($i = 0; $i < 9; $i++) {
            check(isset($results[$i]['version']), "call $i answered");
        }
        check($results[9] instanceof InvalidRequestException, 'the oversized call failed');
        check(isset($sc->ping()['version']), 'still usable');
    },

    'params that are not JSON fail before sending' => function (): void {
        $sc = Client::spawn(BIN);
        throws(\JsonException::class, fn () => $sc->call('ping', ['x' => NAN]));
        throws(\JsonException::class, fn () => $sc->call('ping', ['x' => "\xB1\x31"]));
        check(isset($sc->ping()['version']), 'still usable');
    },

    'socket mode' => function (): void {
        $server = new SocketServer();
        same(0600, fileperms($server->path) & 0777, 'socket file mode');
        $a = Client::connect($server->path);
        $b = Client::connect($server->path);
        same('simulator', $a->ping()['env']);
        same($a->ping(), $b->ping());
        same(null, $a->pid());
        $results = $a->callMany(array_fill(0, 200, ['ping']));
        same(200, count(array_filter($results, fn ($r) => is_array($r) && $r['env'] === 'simulator')));
        $b->close();
        throws(SidecarClosedException::class, fn () => $b->ping());
        same(0, $server->stop(), 'SIGTERM: drains and exits 0');
        check(!file_exists($server->path), 'the server removes its socket file');
        $e = throws(SidecarClosedException::class, fn () => $a->ping([], 5));
        check(str_contains($e->getMessage(), 'closed the connection'), $e->getMessage());
    },

    'connect to a missing socket fails' => function (): void {
        throws(SidecarClosedException::class, fn () => Client::connect('/nonexistent/plural-sidecar.sock'));
    },

    "the child's stderr is inherited" => function (): void {
        // The sidecar's JSON log lines go to the backend's own stderr; run a backend to see them.
        $script = sprintf('require %s; $sc = PluralSidecar\Client::spawn(%s, ["PLURAL_LOG_LEVEL" => "debug"]); $sc->ping(); $sc->close();',
            var_export(dirname(__DIR__) . '/autoload.php', true), var_export(BIN, true));
        $process = proc_open([PHP_BINARY, '-r', $script], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $stdout = stream_get_contents($pipes[1]);
        $stderr = stream_get_contents($pipes[2]);
        same(0, proc_close($process), "backend failed: $stderr");
        same('', $stdout, 'nothing of the protocol leaks to stdout');
        $logs = array_filter(explode("\n", $stderr), fn ($l) => str_starts_with($l, '{') && json_decode($l) !== null);
        check($logs !== [], "a JSON log line on stderr: $stderr");
    },
];
