<?php

// A one-product shop in plain PHP under php-fpm behind nginx, talking to one `plural-sidecar --socket` (the
// production layout): the customer goes to Plural's hosted checkout, the return URL trusts only confirmPayment
// (which asks the gateway), pre-authorised orders are captured once, and webhooks are verified and acted on once
// per webhook-id. PHP keeps nothing between requests, so the shop's records live in one JSON file under a lock.

declare(strict_types=1);

require dirname(__DIR__, 3) . '/clients/php/autoload.php';

use PluralSidecar\Client;
use PluralSidecar\SidecarException;

const PRICE = 49900; // paise: INR 499.00

$base = (string) getenv('SHOP_URL'); // where nginx listens (set by run)
$simulator = getenv('PLURAL_ENV') === 'simulator';
$sc = Client::connect((string) getenv('PLURAL_SIDECAR_SOCKET'));

/** Runs $change over the shop's records under an exclusive lock, and saves them. */
function records(callable $change): mixed
{
    $file = fopen((string) getenv('SHOP_STATE'), 'c+');
    flock($file, LOCK_EX);
    $text = stream_get_contents($file);
    $data = $text === '' ? ['orders' => [], 'seen' => []] : json_decode($text, true);
    $result = $change($data);
    ftruncate($file, 0);
    rewind($file);
    fwrite($file, json_encode($data));
    fclose($file);
    return $result;
}

function page(string $title, string $body, int $status = 200): void
{
    http_response_code($status);
    header('Content-Type: text/html; charset=utf-8');
    $t = htmlspecialchars($title);
    echo "<!doctype html><html><head><meta charset=\"utf-8\"><title>$t</title></head><body><h1>$t</h1>$body</body></html>";
}

function json(mixed $value): void
{
    header('Content-Type: application/json');
    echo json_encode($value);
}

$method = $_SERVER['REQUEST_METHOD'];
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);

if ($method === 'GET' && $path === '/') {
    page('Masala chai kit', '<p>Assam tea, cardamom, ginger: INR 499.00</p><form method="post" action="/buy"><button id="buy">Buy now</button></form>');
} elseif ($method === 'POST' && $path === '/buy') {
    $reference = 'shop-' . bin2hex(random_bytes(6));
    $session = $sc->createCheckout(['merchant_order_reference' => $reference, 'order_amount' => ['value' => PRICE, 'currency' => 'INR'],
        'pre_auth' => true, 'callback_url' => "$base/return", 'failure_callback_url' => "$base/return"]);
    records(function (array &$d) use ($session, $reference) {
        $d['orders'][$session['order_id']] = ['reference' => $reference, 'status' => 'AWAITING_PAYMENT', 'captures' => 0, 'events' => [], 'returns' => []];
    });
    header('Location: ' . $session['redirect_url'], true, 303);
} elseif ($method === 'POST' && $path === '/return') {
    // Exactly as posted (the signature covers these strings); parse_str would mangle dots and brackets in names.
    $payload = [];
    foreach (explode('&', (string) file_get_contents('php://input')) as $pair) {
        if ($pair === '') {
            continue;
        }
        [$k, $v] = array_pad(explode('=', $pair, 2), 2, '');
        $payload[urldecode($k)] = urldecode($v);
    }
    $confirmed = $sc->confirmPayment(['payload' => (object) $payload]);
    $id = $payload['order_id'] ?? '';
    $known = records(fn (array &$d) => isset($d['orders'][$id]));
    if (!$confirmed['verified'] || !$known) {
        page('Payment not verified', '<p id="not-verified">This return was not signed by Plural; nothing was paid.</p>', 400);
        return;
    }
    $status = $confirmed['order_status'];
    $captured = 0;
    // Capture only what the gateway says is authorised; a reloaded return finds it PROCESSED and captures nothing.
    if ($confirmed['paid'] && $status === 'AUTHORIZED') {
        try {
            $status = $sc->capture(['order_id' => $id, 'merchant_capture_reference' => "cap-$id"])['status'];
            $captured = 1;
        } catch (SidecarException $e) {
            $status = $sc->getOrder(['order_id' => $id])['status'];
        }
    }
    records(function (array &$d) use ($id, $status, $captured, $payload) {
        $d['orders'][$id]['status'] = $status;
        $d['orders'][$id]['captures'] += $captured;
        $d['orders'][$id]['returns'][] = $payload;
    });
    header("Location: /orders/$id", true, 303);
} elseif ($method === 'POST' && $path === '/webhooks/plural') {
    $body = (string) file_get_contents('php://input'); // the raw body: never re-serialise before verifying
    $headers = [];
    foreach (getallheaders() as $name => $value) {
        $headers[strtolower($name)] = $value;
    }
    $checked = $sc->verifyWebhook(['headers' => (object) $headers, 'body' => $body]);
    if (!$checked['valid']) {
        http_response_code(400);
        return;
    }
    echo records(function (array &$d) use ($checked) {
        if (isset($d['seen'][$checked['webhook_id']]) || ($checked['replay'] ?? false)) {
            return 'duplicate';
        }
        $d['seen'][$checked['webhook_id']] = true;
        $id = $checked['data']['order_id'] ?? '';
        if (isset($d['orders'][$id])) {
            $d['orders'][$id]['events'][] = $checked['event_type'];
        }
        return 'ok';
    });
} elseif ($method === 'GET' && preg_match('#^/orders/([^/]+)$#', $path, $m)) {
    $order = records(fn (array &$d) => $d['orders'][$m[1]] ?? null);
    if ($order === null) {
        http_response_code(404);
        return;
    }
    page('Order ' . $order['reference'], '<p>Status: <strong id="status">' . htmlspecialchars($order['status']) . '</strong></p>'
        . '<p>Webhooks processed: <span id="events">' . htmlspecialchars(implode(', ', $order['events']) ?: 'none yet') . '</span></p><p><a href="/">Shop again</a></p>');
} elseif ($simulator && $method === 'GET' && $path === '/_shop/orders') {
    // For the browser tests (simulator only): what the shop recorded, and the simulator's webhook controls.
    json(['orders' => (object) records(fn (array &$d) => $d['orders'])]);
} elseif ($simulator && $method === 'GET' && $path === '/_shop/webhooks') {
    json($sc->simulatorWebhooks([]));
} elseif ($simulator && $method === 'POST' && preg_match('#^/_shop/redeliver/([^/]+)$#', $path, $m)) {
    json($sc->simulatorRedeliver(['webhook_id' => $m[1]]));
} else {
    http_response_code(404);
}
$sc->close();
