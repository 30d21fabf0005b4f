<?php

/**
 * Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
 * Change the document (or the generator) and run scripts/generate-clients.
 */

declare(strict_types=1);

namespace PluralSidecar;

/**
 * JSON-RPC error code => the exception class for it, for every code in protocol/openrpc.json.
 */
final class ErrorCodes
{
    public const CLASSES = [
        -32700 => Exception\ParseErrorException::class,
        -32600 => Exception\InvalidRequestException::class,
        -32601 => Exception\MethodNotFoundException::class,
        -32602 => Exception\InvalidParamsException::class,
        -32603 => Exception\InternalErrorException::class,
        -32001 => Exception\GatewayErrorException::class,
        -32002 => Exception\CredentialsRefusedException::class,
        -32003 => Exception\GatewayUnreachableException::class,
        -32004 => Exception\SettingMissingException::class,
        -32005 => Exception\BadGatewayAnswerException::class,
        -32006 => Exception\IdempotencyConflictException::class,
        -32007 => Exception\RefusedForSafetyException::class,
    ];
}
