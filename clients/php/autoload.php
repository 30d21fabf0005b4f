<?php

declare(strict_types=1);

// For use without Composer: require this file. It maps PluralSidecar\ to src/ exactly as composer.json does.
spl_autoload_register(static function (string $class): void {
    $prefix = 'PluralSidecar\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
