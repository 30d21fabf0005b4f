"""Headless Chromium clicks through each example shop against the in-process simulator: card with 3-D
Secure, card failure, UPI, cancel, a reloaded return (no second capture), a forged return (not paid), a
redelivered webhook (processed once), and the back button after paying. A screenshot of each page is kept in
tests/browser/artifacts/. The shop (and the sidecar it spawned) are killed as a process group on every path."""
import json, os, pathlib, signal, socket, subprocess, sys, time, urllib.parse, urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
ARTIFACTS = REPO / "tests/browser/artifacts"
# How each shop starts: one command that prints "shop: <url>".
SHOPS = {"python": [sys.executable, str(REPO / "examples/python/shop.py")], "node": ["node", str(REPO / "examples/node/shop.js")],
         "php": [str(REPO / "examples/php/run")]}


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture(scope="module", params=list(SHOPS))
def shop(request):
    global NAME
    NAME = request.param
    port = free_port()
    proc = subprocess.Popen(SHOPS[request.param], env=dict(os.environ, PORT=str(port), PLURAL_LOG_LEVEL="error"),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("shop: "), line
        url = line.split(" ", 1)[1].strip()
        deadline = time.time() + 15
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                assert time.time() < deadline, "the shop did not start"
                time.sleep(0.1)
        yield url.rstrip("/")
    finally:
        # SIGTERM lets the PHP launcher tidy its run directory; the whole group is killed either way.
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=900,700"]:
        options.add_argument(a)
    try:
        driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    except WebDriverException:
        # Chromium's first start on a loaded machine can miss chromedriver's deadline; a second start is warm.
        driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        yield driver
    finally:
        driver.quit()


NAME = ""


def shot(driver, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{NAME}-{name}.png"))


def left_page(element):
    """True once the element is gone: stale, or (mid-navigation) no longer in any document chromedriver knows."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


def click(driver, element_id, name):
    """Screenshots the page, clicks, and waits for the next page (a form post may redirect to another origin)."""
    shot(driver, name)
    element = driver.find_element(By.ID, element_id)
    element.click()
    WebDriverWait(driver, 10).until(lambda d: left_page(element))
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def state(shop):
    return json.loads(urllib.request.urlopen(shop + "/_shop/orders", timeout=5).read())["orders"]


def order_id_of(driver):
    return driver.current_url.rsplit("/", 1)[1]


def buy(driver, shop, *steps):
    driver.get(shop + "/")
    click(driver, "buy", "1-product")
    for i, (element, name) in enumerate(steps):
        click(driver, element, f"{i + 2}-{name}")
    assert "/orders/" in driver.current_url, driver.page_source
    shot(driver, f"{len(steps) + 2}-order-{steps[-1][1]}")
    return order_id_of(driver), driver.find_element(By.ID, "status").text


def wait_events(shop, order_id, n):
    deadline = time.time() + 10
    while len(state(shop)[order_id]["events"]) < n and time.time() < deadline:
        time.sleep(0.1)
    return state(shop)[order_id]["events"]


def test_card_with_3ds_is_captured_once_even_on_reload_and_back(shop, browser):
    order_id, status = buy(browser, shop, ("choice-card", "checkout"), ("choice-pay", "card"), ("otp-submit", "3ds"))
    assert status == "PROCESSED"
    assert state(shop)[order_id]["captures"] == 1
    assert wait_events(shop, order_id, 2) == ["ORDER_AUTHORIZED", "ORDER_PROCESSED"]
    # Reloading the return: the same signed fields posted again capture nothing more.
    fields = state(shop)[order_id]["returns"][0]
    urllib.request.urlopen(urllib.request.Request(shop + "/return", data=urllib.parse.urlencode(fields).encode()), timeout=10).read()
    assert state(shop)[order_id]["captures"] == 1 and state(shop)[order_id]["status"] == "PROCESSED"
    # The back button lands on pages that offer nothing more to pay.
    browser.back()
    shot(browser, "back")
    assert "otp-submit" not in browser.page_source or "nothing is left to pay" in browser.page_source or "Confirm Form Resubmission" in browser.page_source
    browser.get(shop + f"/orders/{order_id}")
    assert state(shop)[order_id]["captures"] == 1


def test_card_failure_upi_and_cancel(shop, browser):
    _, failed = buy(browser, shop, ("choice-card", "checkout"), ("choice-failure", "card-fail"))
    assert failed == "FAILED"
    _, upi = buy(browser, shop, ("choice-upi", "checkout"), ("choice-approve", "upi"))
    assert upi == "PROCESSED"
    _, cancelled = buy(browser, shop, ("choice-cancel", "checkout-cancel"),)
    assert cancelled == "CANCELLED"


def test_forged_return_is_not_paid(shop, browser):
    # An order left unpaid, and a real signature from another order's return, tampered to say PROCESSED.
    browser.get(shop + "/")
    click(browser, "buy", "forged-product")
    orders = state(shop)
    unpaid = [i for i, o in orders.items() if o["status"] == "AWAITING_PAYMENT"][-1]
    real = [o["returns"][0] for o in orders.values() if o["returns"]]
    forged = dict(real[0] if real else {"signature": "0" * 64}, order_id=unpaid, payment_status="PROCESSED")
    browser.get(shop + "/")
    browser.execute_script("""
        const f = document.createElement('form'); f.method = 'post'; f.action = '/return';
        for (const [k, v] of Object.entries(arguments[0])) { const i = document.createElement('input'); i.name = k; i.value = v; f.appendChild(i); }
        document.body.appendChild(f); f.submit();""", forged)
    time.sleep(0.5)
    shot(browser, "forged")
    assert browser.find_element(By.ID, "not-verified")
    assert state(shop)[unpaid]["status"] == "AWAITING_PAYMENT" and state(shop)[unpaid]["captures"] == 0


def test_redelivered_webhook_is_processed_once(shop, browser):
    order_id, _ = buy(browser, shop, ("choice-upi", "checkout"), ("choice-approve", "upi"))
    before = wait_events(shop, order_id, 2)
    deliveries = json.loads(urllib.request.urlopen(shop + "/_shop/webhooks", timeout=5).read())["deliveries"]
    mine = [d for d in deliveries if d["event_type"] == "ORDER_PROCESSED"][-1]
    again = json.loads(urllib.request.urlopen(urllib.request.Request(shop + f"/_shop/redeliver/{mine['webhook_id']}", data=b""), timeout=10).read())
    assert again["last_status"] == 200 and again["attempts"] >= 2
    assert state(shop)[order_id]["events"] == before
