<?php

// Runs the PHP client's tests: `php tests/run.php` (all), `php tests/run.php generic`, `php tests/run.php flow`.
// Prints one line per test and a last line "N passed, N failed"; exits non-zero on any failure.

declare(strict_types=1);

require __DIR__ . '/../autoload.php';
require __DIR__ . '/support.php';

if (!is_executable(BIN)) {
    fwrite(STDERR, 'no plural-sidecar at ' . BIN . ": run `swift build` in the repo or set PLURAL_SIDECAR_BIN\n");
    echo "0 passed, 1 failed\n";
    exit(1);
}

$suites = ['generic' => __DIR__ . '/generic.php', 'flow' => __DIR__ . '/flow.php'];
$selected = array_slice($argv, 1) ?: array_keys($suites);
$passed = $failed = 0;
foreach ($selected as $suite) {
    if (!isset($suites[$suite])) {
        fwrite(STDERR, "unknown suite $suite (generic, flow)\n");
        exit(2);
    }
    foreach (require $suites[$suite] as $name => $test) {
        $started = microtime(true);
        try {
            $test();
            $passed++;
            printf("ok - %s: %s (%.2f s)\n", $suite, $name, microtime(true) - $started);
        } catch (\Throwable $e) {
            $failed++;
            printf("not ok - %s: %s\n  %s: %s\n  at %s:%d\n", $suite, $name, get_class($e), $e->getMessage(), $e->getFile(), $e->getLine());
        }
        gc_collect_cycles(); // closes clients the test left open
    }
}
echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
