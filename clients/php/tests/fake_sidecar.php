<?php

// Stands in for plural-sidecar to misbehave (or to show what the client wrote) on purpose.
//   fake_sidecar.php exit     read one request, exit 3 without answering
//   fake_sidecar.php garbage  read one request, answer with a line that is not JSON, then wait for EOF
//   fake_sidecar.php echo     answer each request with {"raw": the request line exactly as received}

declare(strict_types=1);

$mode = $argv[1] ?? 'exit';
while (($line = fgets(STDIN)) !== false) {
    if ($mode === 'exit') {
        exit(3);
    }
    if ($mode === 'garbage') {
        fwrite(STDOUT, "this is not json\n");
        stream_get_contents(STDIN);
        exit(0);
    }
    $id = json_decode($line, true)['id'] ?? null;
    fwrite(STDOUT, json_encode(['jsonrpc' => '2.0', 'id' => $id, 'result' => ['raw' => rtrim($line, "\n")]]) . "\n");
}
