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
        $class = ErrorCodes::CLASSES[$code] ?? self::class; // generated: one class per code
        $message = is_string($error['message'] ?? null) ? $error['message'] : '';
        return new $class($message, $code, $error['data'] ?? null);
    }
}
