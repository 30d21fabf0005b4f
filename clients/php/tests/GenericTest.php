<?php

// Generic tests: they need only ping and rpc.discover, so they pass against any plural-sidecar build.

declare(strict_types=1);

namespace PluralSidecar\Tests;

use PluralSidecar\Client;
use PluralSidecar\Exception\InvalidParamsException;
use PluralSidecar\Exception\InvalidRequestException;
use PluralSidecar\Exception\MethodNotFoundException;
use PluralSidecar\ExceptionInterface;
use PluralSidecar\SidecarClosedException;
use PluralSidecar\SidecarException;
use PluralSidecar\SidecarTimeoutException;
use PluralSidecar\Tests\Support\SocketServer;

final class GenericTest extends SidecarTestCase
{
    // Linux signal numbers (pcntl's SIG* constants may be absent).
    private const KILL = 9;
    private const CONT = 18;

    /** @testdox spawn and ping */
    public function testSpawnAndPing(): void
    {
        $sc = Client::spawn(BIN);
        $pong = $sc->ping();
        self::assertTrue(is_string($pong['version']) && $pong['version'] !== '', 'version is a non-empty string');
        self::assertTrue(array_key_exists('env', $pong), 'env is present');
        self::assertSame($pong, $sc->call('ping'));
        $sc->close();
    }

    /** @testdox binary from PLURAL_SIDECAR_BIN */
    public function testBinaryFromEnvironmentVariable(): void
    {
        self::withEnv(['PLURAL_SIDECAR_BIN' => BIN], function (): void {
            self::assertTrue(isset(Client::spawn()->ping()['version']), 'ping answered');
        });
    }

    /** @testdox a missing binary is a clear error at spawn */
    public function testMissingBinaryIsAClearErrorAtSpawn(): void
    {
        self::withEnv(['PLURAL_SIDECAR_BIN' => null, 'PATH' => '/nonexistent'], function (): void {
            $e = self::assertThrows(SidecarClosedException::class, fn () => Client::spawn());
            self::assertTrue(str_contains($e->getMessage(), 'PLURAL_SIDECAR_BIN'), 'message says how to fix it');
        });
    }

    /** @testdox -32601 is MethodNotFoundException with code, message and data */
    public function testMethodNotFoundHasCodeMessageAndData(): void
    {
        $sc = Client::spawn(BIN);
        $e = self::assertThrows(MethodNotFoundException::class, fn () => $sc->call('noSuchMethod'));
        self::assertTrue($e instanceof SidecarException && $e instanceof ExceptionInterface, 'a SidecarException');
        self::assertSame(-32601, $e->getCode());
        self::assertTrue(str_contains($e->getMessage(), 'noSuchMethod'), 'message names the method');
        self::assertSame(['method' => 'noSuchMethod'], $e->getData());
    }

    /** @testdox -32602 is InvalidParamsException with field and reason */
    public function testInvalidParamsHasFieldAndReason(): void
    {
        $sc = Client::spawn(BIN);
        // A non-empty list goes out as by-position params, which every method refuses.
        $e = self::assertThrows(InvalidParamsException::class, fn () => $sc->call('ping', [1, 2]));
        self::assertSame(-32602, $e->getCode());
        self::assertTrue($e->getMessage() !== '', 'has a message');
        self::assertSame('params', $e->getData()['field']);
        self::assertTrue($e->getData()['reason'] !== '', 'has a reason');
    }

    /** @testdox each code has its class */
    public function testEachCodeHasItsClass(): void
    {
        $expected = [
            -32700 => 'ParseErrorException', -32600 => 'InvalidRequestException', -32601 => 'MethodNotFoundException',
            -32602 => 'InvalidParamsException', -32603 => 'InternalErrorException', -32001 => 'GatewayErrorException',
            -32002 => 'CredentialsRefusedException', -32003 => 'GatewayUnreachableException',
            -32004 => 'SettingMissingException', -32005 => 'BadGatewayAnswerException',
        ];
        foreach ($expected as $code => $name) {
            $e = SidecarException::fromError(['code' => $code, 'message' => 'm', 'data' => ['k' => 1]]);
            self::assertSame("PluralSidecar\\Exception\\$name", get_class($e));
            self::assertSame($code, $e::CODE);
            self::assertSame([$code, 'm', ['k' => 1]], [$e->getCode(), $e->getMessage(), $e->getData()]);
        }
        $unknown = SidecarException::fromError(['code' => -32099, 'message' => 'new']);
        self::assertSame(SidecarException::class, get_class($unknown));
    }

    /** @testdox what goes on the wire: {} for empty params, ints stay ints, 1100.0 stays a float */
    public function testWhatGoesOnTheWire(): void
    {
        $sc = Client::spawn(PHP_BINARY, [], [FAKE, 'echo']);
        self::assertSame('{"jsonrpc":"2.0","id":1,"method":"ping","params":{}}', $sc->ping()['raw']);
        $raw = json_decode($sc->createOrder([
            'order_amount' => ['value' => 1100, 'currency' => 'INR'],
            'fraction' => 1100.0,
            'purchase_details' => ['merchant_metadata' => new \stdClass()],
            'url' => 'https://example.com/return',
        ])['raw'], true);
        self::assertSame('createOrder', $raw['method']);
        $params = ['a' => 1100, 'b' => 1100.0, 'c' => new \stdClass(), 'd' => 'https://e.x/y', 'e' => '₹'];
        $line = $sc->call('x', $params)['raw'];
        $expected = '"params":{"a":1100,"b":1100.0,"c":{},"d":"https://e.x/y","e":"₹"}';
        self::assertTrue(str_contains($line, $expected), "wire form: $line");
    }

    /** @testdox 200 pipelined calls on one connection (callMany) */
    public function testPipelinedCallsOnOneConnection(): void
    {
        $sc = Client::spawn(BIN);
        $version = $sc->ping()['version'];
        $calls = [];
        for ($i = 0; $i < 200; $i++) {
            // Odd calls fail with a method name of their own, so a mixed-up id would show as a wrong answer.
            $calls[] = $i % 2 === 0 ? ['ping'] : ["missing.$i", ['i' => $i]];
        }
        $results = $sc->callMany($calls);
        self::assertSame(200, count($results));
        foreach ($results as $i => $r) {
            if ($i % 2 === 0) {
                self::assertSame($version, $r['version'], "call $i");
            } else {
                self::assertTrue($r instanceof MethodNotFoundException, "call $i failed");
                self::assertSame("missing.$i", $r->getData()['method'], "call $i");
            }
        }
        // keys are kept, and a burst far larger than a pipe buffer does not deadlock
        // Each call is refused by validation (an invalid order id), so no gateway is involved: only volume.
        $keys = array_map(fn ($i) => "k$i", range(1, 2000));
        $big = $sc->callMany(array_fill_keys($keys, ['getOrder', ['order_id' => str_repeat('x', 200) . '/']]));
        self::assertSame(2000, count($big));
        self::assertTrue($big['k2000'] instanceof InvalidParamsException, 'k2000 is refused as invalid params');
        self::assertSame('order_id', $big['k2000']->getData()['field']);
    }

    /** @testdox env is passed to the child, merged over the environment */
    public function testEnvIsMergedOverTheEnvironment(): void
    {
        self::assertSame('simulator', Client::spawn(BIN, ['PLURAL_ENV' => 'simulator'])->ping()['env']);
        self::withEnv(['PLURAL_ENV' => 'prod'], function (): void {
            self::assertSame('prod', Client::spawn(BIN)->ping()['env']);
            self::assertSame('prod', Client::spawn(BIN, ['PLURAL_LOG_LEVEL' => 'error'])->ping()['env']);
        });
    }

    /** @testdox helpers cover every discovered method, each a public method with its shapes in its docblock */
    public function testHelpersCoverEveryDiscoveredMethod(): void
    {
        $sc = Client::spawn(BIN);
        $rpcNames = array_values(Client::METHODS);
        foreach ($sc->discover()['methods'] as $method) {
            self::assertTrue(in_array($method['name'], $rpcNames, true), "a helper for {$method['name']}");
        }
        // Each helper is a real public method now (generated into ClientMethods), with its shapes in its docblock.
        foreach (Client::METHODS as $helper => $rpc) {
            $reflection = new \ReflectionMethod(Client::class, $helper);
            self::assertTrue($reflection->isPublic(), "$helper is public");
            $doc = (string) $reflection->getDocComment();
            self::assertTrue((bool) preg_match('/^\s+\* @return array/m', $doc), "@return array shape for $helper");
            self::assertStringContainsString("JSON-RPC method `$rpc`", $doc);
        }
        self::assertThrows(\BadMethodCallException::class, fn () => $sc->noSuchHelper());
        try {
            $sc->createOrder(['merchant_order_reference' => 'x']);
        } catch (MethodNotFoundException $e) {
            self::assertSame(['method' => 'createOrder'], $e->getData());
        } catch (SidecarException) {
            // served: any error answer proves the helper reached the right method
        }
    }

    /** @testdox close exits 0 and later calls throw SidecarClosedException */
    public function testCloseExitsZeroAndLaterCallsThrow(): void
    {
        $sc = Client::spawn(BIN);
        $sc->ping();
        $sc->close();
        self::assertSame(0, $sc->exitCode());
        self::assertThrows(SidecarClosedException::class, fn () => $sc->ping());
        $sc->close(); // idempotent
    }

    /** @testdox kill -9 between calls: the next call throws promptly */
    public function testKillBetweenCallsThrowsPromptly(): void
    {
        $sc = Client::spawn(BIN);
        $sc->ping();
        self::signal($sc->pid(), self::KILL);
        $started = microtime(true);
        $e = self::assertThrows(SidecarClosedException::class, fn () => $sc->ping());
        self::assertTrue(microtime(true) - $started < 5, 'promptly');
        self::assertTrue(!($e instanceof SidecarException), 'not an error answer');
        self::assertSame(self::KILL, $e->getSignal());
        self::assertTrue(str_contains($e->getMessage(), 'signal 9'), $e->getMessage());
        self::assertThrows(SidecarClosedException::class, fn () => $sc->ping());
    }

    /** @testdox kill -9 while a call is pending fails it */
    public function testKillWhileACallIsPendingFailsIt(): void
    {
        $sc = Client::spawn(BIN);
        $sc->ping();
        self::stopProcess($sc->pid()); // a stopped sidecar cannot answer: the call below blocks
        self::signalLater($sc->pid(), self::KILL, 0.5);
        $started = microtime(true);
        self::assertThrows(SidecarClosedException::class, fn () => $sc->callMany([['ping'], ['ping'], ['ping']], 10));
        $elapsed = microtime(true) - $started;
        self::assertTrue($elapsed >= 0.3 && $elapsed < 5, "failed when killed ($elapsed s)");
    }

    /** @testdox a fake sidecar that exits without answering */
    public function testFakeSidecarThatExitsWithoutAnswering(): void
    {
        $sc = Client::spawn(PHP_BINARY, [], [FAKE, 'exit']);
        $started = microtime(true);
        $e = self::assertThrows(SidecarClosedException::class, fn () => $sc->ping());
        self::assertTrue(microtime(true) - $started < 5, 'promptly');
        self::assertSame(3, $e->getExitCode());
        self::assertTrue(str_contains($e->getMessage(), 'status 3'), $e->getMessage());
    }

    /** @testdox output that is not JSON closes the connection */
    public function testOutputThatIsNotJsonClosesTheConnection(): void
    {
        $sc = Client::spawn(PHP_BINARY, [], [FAKE, 'garbage']);
        $e = self::assertThrows(SidecarClosedException::class, fn () => $sc->ping([], 5));
        self::assertTrue(str_contains($e->getMessage(), 'protocol'), $e->getMessage());
    }

    /** @testdox timeout, then the late answer is ignored */
    public function testTimeoutThenTheLateAnswerIsIgnored(): void
    {
        $sc = Client::spawn(BIN);
        $sc->ping();
        self::stopProcess($sc->pid());
        try {
            self::assertThrows(SidecarTimeoutException::class, fn () => $sc->ping([], 0.3));
        } finally {
            self::signal($sc->pid(), self::CONT);
        }
        self::assertTrue(isset($sc->ping([], 5)['version']), 'the next call gets its own answer');
    }

    /** @testdox defaultTimeout applies to every call */
    public function testDefaultTimeoutAppliesToEveryCall(): void
    {
        $sc = Client::spawn(BIN, [], [], 0.3);
        $sc->ping();
        self::stopProcess($sc->pid());
        try {
            self::assertThrows(SidecarTimeoutException::class, fn () => $sc->ping());
        } finally {
            self::signal($sc->pid(), self::CONT);
        }
    }

    /** @testdox an error without id reaches the call it belongs to */
    public function testErrorWithoutIdReachesItsCall(): void
    {
        // A line over the sidecar's limit is answered with "id": null; the client still fails the right call.
        $sc = Client::spawn(BIN, [], ['--max-line-bytes', '256']);
        $oversized = ['pad' => str_repeat('x', 1000)];
        self::assertThrows(InvalidRequestException::class, fn () => $sc->call('ping', $oversized, 5));
        $calls = array_fill(0, 9, ['ping']);
        $calls[] = ['ping', ['pad' => str_repeat('x', 1000)]];
        $results = $sc->callMany($calls, 5);
        for ($i = 0; $i < 9; $i++) {
            self::assertTrue(isset($results[$i]['version']), "call $i answered");
        }
        self::assertTrue($results[9] instanceof InvalidRequestException, 'the oversized call failed');
        self::assertTrue(isset($sc->ping()['version']), 'still usable');
    }

    /** @testdox params that are not JSON fail before sending */
    public function testParamsThatAreNotJsonFailBeforeSending(): void
    {
        $sc = Client::spawn(BIN);
        self::assertThrows(\JsonException::class, fn () => $sc->call('ping', ['x' => NAN]));
        self::assertThrows(\JsonException::class, fn () => $sc->call('ping', ['x' => "\xB1\x31"]));
        self::assertTrue(isset($sc->ping()['version']), 'still usable');
    }

    /** @testdox socket mode */
    public function testSocketMode(): void
    {
        $server = new SocketServer();
        self::assertSame(0600, fileperms($server->path) & 0777, 'socket file mode');
        $a = Client::connect($server->path);
        $b = Client::connect($server->path);
        self::assertSame('simulator', $a->ping()['env']);
        self::assertSame($a->ping(), $b->ping());
        self::assertSame(null, $a->pid());
        $results = $a->callMany(array_fill(0, 200, ['ping']));
        self::assertSame(200, count(array_filter($results, fn ($r) => is_array($r) && $r['env'] === 'simulator')));
        $b->close();
        self::assertThrows(SidecarClosedException::class, fn () => $b->ping());
        self::assertSame(0, $server->stop(), 'SIGTERM: drains and exits 0');
        self::assertTrue(!file_exists($server->path), 'the server removes its socket file');
        $e = self::assertThrows(SidecarClosedException::class, fn () => $a->ping([], 5));
        self::assertTrue(str_contains($e->getMessage(), 'closed the connection'), $e->getMessage());
    }

    /** @testdox connect to a missing socket fails */
    public function testConnectToAMissingSocketFails(): void
    {
        self::assertThrows(SidecarClosedException::class, fn () => Client::connect('/nonexistent/plural-sidecar.sock'));
    }

    /** @testdox the child's stderr is inherited */
    public function testChildStderrIsInherited(): void
    {
        // The sidecar's JSON log lines go to the backend's own stderr; run a backend to see them.
        $script = sprintf(
            'require %s; $sc = PluralSidecar\Client::spawn(%s, ["PLURAL_LOG_LEVEL" => "debug"]); '
                . '$sc->ping(); $sc->close();',
            var_export(dirname(__DIR__) . '/autoload.php', true),
            var_export(BIN, true)
        );
        $process = proc_open([PHP_BINARY, '-r', $script], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $stdout = stream_get_contents($pipes[1]);
        $stderr = stream_get_contents($pipes[2]);
        self::assertSame(0, proc_close($process), "backend failed: $stderr");
        self::assertSame('', $stdout, 'nothing of the protocol leaks to stdout');
        $logs = array_filter(explode("\n", $stderr), fn ($l) => str_starts_with($l, '{') && json_decode($l) !== null);
        self::assertTrue($logs !== [], "a JSON log line on stderr: $stderr");
    }
}
