<?php

declare(strict_types=1);

namespace PluralSidecar;

/**
 * The sidecar answered the call with a JSON-RPC error.
 *
 * getCode() is the JSON-RPC code, getMessage() the sidecar's one-sentence explanation, getData() its
 * structured detail ({field, reason} for -32602; http_status, request_id for gateway errors). An error
 * answer means the call *was* answered: compare SidecarClosedException, where the outcome is unknown.
 */
class SidecarException extends \RuntimeException implements ExceptionInterface
{
    /** The JSON-RPC code a subclass stands for. */
    public const CODE = 0;

    private const CLASSES = [
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
    ];

    public function __construct(string $message, int $code, private readonly mixed $data = null)
    {
        parent::__construct($message, $code);
    }

    /** The error's `data` member, decoded (associative arrays), or null. */
    public function getData(): mixed
    {
        return $this->data;
    }

    /** The most specific exception for a JSON-RPC `error` object. */
    public static function fromError(array $error): self
    {
        $code = is_int($error['code'] ?? null) ? $error['code'] : -32603;
        $class = self::CLASSES[$code] ?? self::class;
        $message = is_string($error['message'] ?? null) ? $error['message'] : '';
        return new $class($message, $code, $error['data'] ?? null);
    }
}
