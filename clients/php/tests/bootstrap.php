<?php

// PHPUnit's bootstrap (phpunit.xml): the client's autoloader, the tests' own, and the binary under test.

declare(strict_types=1);

require __DIR__ . '/../autoload.php';

spl_autoload_register(static function (string $class): void {
    $prefix = 'PluralSidecar\\Tests\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});

/** $PLURAL_SIDECAR_BIN, else <repo>/.build/debug/plural-sidecar. */
define('BIN', getenv('PLURAL_SIDECAR_BIN') ?: dirname(__DIR__, 3) . '/.build/debug/plural-sidecar');
define('FAKE', __DIR__ . '/fake_sidecar.php');

if (!is_executable(BIN)) {
    fwrite(STDERR, 'no plural-sidecar at ' . BIN . ": run `swift build` in the repo or set PLURAL_SIDECAR_BIN\n");
    exit(1);
}
