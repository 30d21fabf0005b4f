<?php

// The generated parts agree with protocol/openrpc.json: adding a method or an error code to the document
// without running scripts/generate-clients fails here. The docblocks' array shapes must parse with PHPStan's
// phpdoc parser (Debian: php-phpstan-phpdoc-parser; skipped without it).

declare(strict_types=1);

namespace PluralSidecar\Tests;

use PHPStan\PhpDocParser\Ast\PhpDoc\InvalidTagValueNode;
use PHPStan\PhpDocParser\Lexer\Lexer;
use PHPStan\PhpDocParser\Parser\ConstExprParser;
use PHPStan\PhpDocParser\Parser\PhpDocParser;
use PHPStan\PhpDocParser\Parser\TokenIterator;
use PHPStan\PhpDocParser\Parser\TypeParser;
use PluralSidecar\Client;
use PluralSidecar\ClientMethods;
use PluralSidecar\ErrorCodes;
use PluralSidecar\SidecarException;

final class GeneratedTest extends SidecarTestCase
{
    private const PHPDOC_PARSER = '/usr/share/php/PHPStan/PhpDocParser/autoload.php';

    /** @return array<string, mixed> */
    private static function document(): array
    {
        $path = dirname(__DIR__, 3) . '/protocol/openrpc.json';
        return json_decode((string) file_get_contents($path), true, 512, JSON_THROW_ON_ERROR);
    }

    /** @testdox the helper list is exactly the methods of protocol/openrpc.json */
    public function testHelpersAreExactlyTheDocumentsMethods(): void
    {
        $names = array_map(fn (array $m): string => $m['name'], self::document()['methods']);
        self::assertSame($names, array_values(Client::METHODS));
        self::assertSame('rpc.discover', Client::METHODS['discover']);
        self::assertSame('simulator.pay', Client::METHODS['simulatorPay']);
        foreach (Client::METHODS as $helper => $rpc) {
            $method = new \ReflectionMethod(Client::class, $helper);
            self::assertSame(ClientMethods::class, $method->getDeclaringClass()->getName(), $helper);
        }
    }

    /** @testdox one exception class per error code of protocol/openrpc.json */
    public function testOneExceptionClassPerErrorCode(): void
    {
        $errors = self::document()['components']['errors'];
        self::assertCount(count($errors), ErrorCodes::CLASSES);
        foreach ($errors as $name => $error) {
            $class = "PluralSidecar\\Exception\\{$name}Exception";
            self::assertSame($class, ErrorCodes::CLASSES[$error['code']] ?? null, $name);
            self::assertSame($error['code'], $class::CODE);
            self::assertTrue(is_subclass_of($class, SidecarException::class), $class);
            $doc = (string) (new \ReflectionClass($class))->getDocComment();
            self::assertStringContainsString(explode(':', $error['message'])[0], $doc);
        }
    }

    /** @testdox every helper's @param and @return parse as PHPStan types */
    public function testDocblocksParseAsPhpstanTypes(): void
    {
        if (!is_file(self::PHPDOC_PARSER)) {
            self::markTestSkipped('php-phpstan-phpdoc-parser is not installed');
        }
        require_once self::PHPDOC_PARSER;
        $constants = new ConstExprParser();
        $parser = new PhpDocParser(new TypeParser($constants), $constants);
        $lexer = new Lexer();
        foreach (array_keys(Client::METHODS) as $helper) {
            $doc = (string) (new \ReflectionMethod(Client::class, $helper))->getDocComment();
            $node = $parser->parse(new TokenIterator($lexer->tokenize($doc)));
            self::assertCount(2, $node->getParamTagValues(), "$helper: @param \$params and \$timeout");
            self::assertCount(1, $node->getReturnTagValues(), "$helper: @return");
            foreach ($node->getTags() as $tag) {
                $what = "$helper: {$tag->name} {$tag->value}";
                self::assertNotInstanceOf(InvalidTagValueNode::class, $tag->value, $what);
            }
        }
    }
}
