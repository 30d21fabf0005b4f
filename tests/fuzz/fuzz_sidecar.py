#!/usr/bin/env python3
"""Fuzz and bad-input suite for plural-sidecar (Python 3 standard library only).

    python3 tests/fuzz/fuzz_sidecar.py [--seconds N] [--seed S] [--out DIR] [--strict-null-ids]
    python3 tests/fuzz/fuzz_sidecar.py --replay /tmp/plural-fuzz-S/round-K

Spawns several fresh sidecar processes (PLURAL_ENV=simulator, one per round, each with a share of the
time budget) and feeds them generated and mutated JSON-RPC lines plus random simulated-gateway faults.
Every line sent goes through an oracle (a strict JSON parser and the JSON-RPC 2.0 request rules) that
predicts how many answers it must get and which ids/codes are acceptable; generated lines can add a
stricter expectation (a wrong type at a field path must be -32602, say). See tests/fuzz/README.md.

The binary is $PLURAL_SIDECAR_BIN, else <repo>/.build/debug/plural-sidecar.
Exit status 0 when every check passed; 1 on any finding (details under /tmp/plural-fuzz-<seed>/).
The last line printed is always `N passed, M failed`.
"""

import argparse
import collections
import ctypes
import json
import os
import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_BIN = os.path.join(REPO, ".build", "debug", "plural-sidecar")
DEFAULT_LIMIT = 1 << 20          # --max-line-bytes default (README)
MAX_DEPTH = 256                  # README: nesting deeper than 256 is -32700
HANG_SECONDS = 20.0              # an answer later than this after its line was written is a hang
GATEWAY_TIMEOUT = "1.5"          # PLURAL_TIMEOUT given to every sidecar: keeps latency faults bounded

# DESIGN.md's codes, and the two of money-moving calls (docs/JOURNAL.md): a key reused with other params, and a
# call refused before sending to keep money safe.
MONEY_CODES = frozenset({-32006, -32007})
DESIGN_CODES = frozenset({-32700, -32600, -32601, -32602, -32603, -32001, -32002, -32003, -32004, -32005}) | MONEY_CODES
R = "result"                                  # stands for "a result" wherever codes are listed
CALL = frozenset({R, -32602, -32603, -32001, -32002, -32003, -32004, -32005})
LOCAL = {"ping": frozenset({R, -32602}), "rpc.discover": frozenset({R, -32602}),
         "verifySignature": frozenset({R, -32602, -32004}), "verifyWebhook": frozenset({R, -32602, -32004}),
         "simulator.configure": frozenset({R, -32602}), "simulator.pay": frozenset({R, -32602, -32001}),
         "pendingOutcomes": frozenset({R, -32602}), "simulator.webhooks": frozenset({R, -32602}),
         "simulator.redeliver": frozenset({R, -32602, -32001})}
NULLKEY = ("null",)
STRICT_NULL_IDS = [False]        # --strict-null-ids: invalid/oversized requests must be answered with id null

sys.setrecursionlimit(20000)


# ----------------------------------------------------------------------------------------------------
# JSON: a strict parser that keeps number text (ids are echoed as written), and an encoder for it.

class Num:
    """A JSON number kept as written."""
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return isinstance(other, Num) and other.text == self.text

    def __hash__(self):
        return hash(("num", self.text))

    def __repr__(self):
        return self.text

    @property
    def is_int(self):
        return not any(c in self.text for c in ".eE")


class Pairs(list):
    """An object written member by member, so names may repeat."""


class _Dup(ValueError):
    pass


_ambiguous = threading.local()


def _pairs_hook(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise _Dup("duplicate member %r" % k)
        d[k] = v
    if len(d) > 1 and any(ord(c) > 0x7F for k in d for c in k):
        # Names that differ only in Unicode normalisation: distinct in JSON, equal as Swift Strings.
        if len({unicodedata.normalize("NFC", k) for k in d}) != len(d):
            _ambiguous.flag = True
    return d


def _no_constant(name):
    raise ValueError("not JSON: " + name)


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs_hook, parse_int=Num, parse_float=Num,
                            parse_constant=_no_constant, strict=True)
_STRING_RE = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_BRACKET_RE = re.compile(rb"[\[\]{}]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _too_deep(s):
    if s.count(b"[") + s.count(b"{") <= MAX_DEPTH:
        return False
    depth = top = 0
    for b in _BRACKET_RE.findall(_STRING_RE.sub(b"", s)):
        if b in (b"[", b"{"):
            depth += 1
            if depth > top:
                top = depth
        else:
            depth -= 1
    return top > MAX_DEPTH


def _has_surrogate(v):
    if isinstance(v, str):
        return bool(_SURROGATE_RE.search(v))
    if isinstance(v, dict):
        return any(_has_surrogate(k) or _has_surrogate(x) for k, x in v.items())
    if isinstance(v, list):
        return any(_has_surrogate(x) for x in v)
    return False


def strict_parse(s, depth_limit=True):
    """-> (ok, value, ambiguous). Strict: UTF-8, RFC 8259 grammar, no duplicate names, depth <= 256."""
    if depth_limit and _too_deep(s):
        return False, None, False
    try:
        text = s.decode("utf-8")
    except UnicodeDecodeError:
        return False, None, False
    _ambiguous.flag = False
    try:
        v = _DECODER.decode(text)
    except (ValueError, RecursionError):
        return False, None, False
    return True, v, bool(_ambiguous.flag) or _has_surrogate(v)


def enc(v):
    """JSON text for a value built from dict/Pairs/list/str/Num/int/bool/None."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, Num):
        return v.text
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=bool(_SURROGATE_RE.search(v)))
    if isinstance(v, Pairs):
        return "{" + ",".join(enc(k) + ":" + enc(x) for k, x in v) + "}"
    if isinstance(v, dict):
        return "{" + ",".join(enc(k) + ":" + enc(x) for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(enc(x) for x in v) + "]"
    raise TypeError(type(v))


def line(obj):
    return enc(obj).encode("utf-8") + b"\n"


def idkey(v):
    if v is None:
        return NULLKEY
    if isinstance(v, str):
        return ("s", v)
    if isinstance(v, Num):
        return ("n", v.text)
    return ("bad", repr(v))


def jtype(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, Num):
        return "integer" if v.is_int else "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    if isinstance(v, dict):
        return "object"
    return type(v).__name__


def short(b, n=300):
    if isinstance(b, str):
        b = b.encode("utf-8", "surrogatepass")
    r = repr(b[:n])
    return r + ("... (%d bytes)" % len(b) if len(b) > n else "")


# ----------------------------------------------------------------------------------------------------
# The oracle: what a line must be answered with.

class Exp:
    """One expected answer object. keys: acceptable ids (None: any); codes: acceptable codes/R (None: any)."""
    __slots__ = ("keys", "codes", "optional", "rec", "method", "strict", "why", "matched", "check", "shared",
                 "alt")

    def __init__(self, keys, codes, optional=False, method=None, why=""):
        self.keys, self.codes, self.optional, self.method, self.why = keys, codes, optional, method, why
        self.rec = None
        self.strict = None       # generator's own stricter expectation (set of codes/R)
        self.check = None        # callable(response) -> [problems]
        self.matched = None
        self.shared = False      # another line used the same id
        self.alt = None          # an id the answer may wrongly carry (--strict-null-ids): matched, then flagged

    def accepts(self, key, code):
        return (self.keys is None or key in self.keys) and (self.codes is None or code in self.codes)


class BatchExp:
    __slots__ = ("elems", "rec", "matched")

    def __init__(self, elems):
        self.elems, self.rec, self.matched = elems, None, None


def classify(v, methods):
    """The JSON-RPC 2.0 rules for one parsed request object -> Exp, or None for a notification."""
    if not isinstance(v, dict):
        return Exp(frozenset([NULLKEY]), frozenset([-32600]), why="not an object")
    echo = None
    if "id" in v:
        raw = v["id"]
        if not (raw is None or isinstance(raw, (str, Num))):
            return Exp(frozenset([NULLKEY]), frozenset([-32600]), why="id of type %s" % jtype(raw))
        echo = idkey(raw)
    params = v.get("params", {})
    if v.get("jsonrpc") != "2.0" or not isinstance(v.get("method"), str) or not isinstance(params, (dict, list)):
        # The spec says id null; echoing an id that could be read is tolerated (unless --strict-null-ids).
        keys = frozenset([NULLKEY, echo]) if echo and not STRICT_NULL_IDS[0] else frozenset([NULLKEY])
        e = Exp(keys, frozenset([-32600]), why="invalid request")
        e.alt = echo
        return e
    if "id" not in v:
        return None
    m = v["method"]
    if m in methods:
        return Exp(frozenset([echo]), LOCAL.get(m, CALL), method=m, why="call " + m)
    return Exp(frozenset([echo]), frozenset([-32601]), why="unknown method")


def oracle(content, limit, methods):
    """content: one line without its \\n. -> list of Exp/BatchExp (empty: no answer)."""
    if len(content) > limit:
        keys = {NULLKEY}
        ok, v, _ = strict_parse(content[:-1] if content.endswith(b"\r") else content)
        alt = None
        if ok and isinstance(v, dict) and "id" in v and (v["id"] is None or isinstance(v["id"], (str, Num))):
            alt = idkey(v["id"])
            if not STRICT_NULL_IDS[0]:
                keys.add(alt)
        elif not ok and not STRICT_NULL_IDS[0]:
            return [Exp(None, frozenset([-32600]), why="oversized, unparseable (any sniffed id)")]
        e = Exp(frozenset(keys), frozenset([-32600]), why="oversized line")
        e.alt = alt
        return [e]
    s = content[:-1] if content.endswith(b"\r") else content
    if not s.strip(b" \t\r"):
        return []
    ok, v, amb = strict_parse(s)
    if amb:
        return [Exp(None, None, optional=True, why="ambiguous (lone surrogate / normalisation-equal names)")]
    if not ok:
        return [Exp(frozenset([NULLKEY]), frozenset([-32700]), why="parse error")]
    if isinstance(v, list):
        if not v:
            return [Exp(frozenset([NULLKEY]), frozenset([-32600]), why="empty batch")]
        elems = [e for e in (classify(x, methods) for x in v) if e is not None]
        return [BatchExp(elems)] if elems else []
    e = classify(v, methods)
    return [e] if e else []


# ----------------------------------------------------------------------------------------------------
# Checks on answers.

def response_problems(r):
    """Shape of one JSON-RPC 2.0 response object."""
    if not isinstance(r, dict):
        return ["answer element is %s, not an object" % jtype(r)]
    p = []
    extra = set(r) - {"jsonrpc", "id", "result", "error"}
    if extra:
        p.append("unexpected members %s" % sorted(extra))
    if r.get("jsonrpc") != "2.0":
        p.append("jsonrpc is not \"2.0\"")
    if "id" not in r:
        p.append("no id member")
    elif not (r["id"] is None or isinstance(r["id"], (str, Num))):
        p.append("id of type %s" % jtype(r["id"]))
    if ("result" in r) == ("error" in r):
        p.append("must have exactly one of result/error")
    if "error" in r:
        e = r["error"]
        if not isinstance(e, dict):
            p.append("error is not an object")
        else:
            c = e.get("code")
            if not (isinstance(c, Num) and c.is_int):
                p.append("error.code is not an integer")
            elif int(c.text) not in DESIGN_CODES:
                p.append("error.code %s is not one of DESIGN.md's codes" % c.text)
            if not isinstance(e.get("message"), str):
                p.append("error.message is not a string")
            extra = set(e) - {"code", "message", "data"}
            if extra:
                p.append("error has unexpected members %s" % sorted(extra))
    return p


def code_of(r):
    if isinstance(r, dict) and isinstance(r.get("error"), dict):
        c = r["error"].get("code")
        if isinstance(c, Num) and c.is_int:
            return int(c.text)
        return "bad-code"
    return R


def error_data_problems(r):
    """DESIGN.md: what `data` carries for each code."""
    e = r.get("error")
    if not isinstance(e, dict):
        return []
    c, d = code_of(r), e.get("data")
    isint = lambda x: isinstance(x, Num) and x.is_int
    if c == -32602:
        if not (isinstance(d, dict) and isinstance(d.get("field"), str) and isinstance(d.get("reason"), str)):
            return ["-32602 data must be {field, reason} strings, got %s" % enc(d)[:200]]
    elif c in (-32001, -32002):
        if not (isinstance(d, dict) and isint(d.get("http_status"))):
            return ["%d data must carry an integer http_status, got %s" % (c, enc(d)[:200])]
    elif c == -32003:
        if not (isinstance(d, dict) and d.get("reason") in ("timeout", "connect", "reset", "circuit_open", "shutdown")
                and d.get("outcome") in ("not_sent", "unknown", "not_applied")):
            return ["-32003 data must carry reason (timeout|connect|reset|circuit_open|shutdown) and outcome (not_sent|unknown|not_applied), got %s"
                    % enc(d)[:200]]
        # An open circuit sent nothing: it can never leave the outcome in doubt.
        if d.get("reason") == "circuit_open" and d.get("outcome") != "not_sent":
            return ["-32003 circuit_open must be outcome not_sent, got %s" % enc(d)[:200]]
    elif c == -32006:
        if not (isinstance(d, dict) and isinstance(d.get("idempotency_key"), str) and isinstance(d.get("first_method"), str)):
            return ["-32006 data must carry idempotency_key and first_method, got %s" % enc(d)[:200]]
    elif c == -32007:
        if not (isinstance(d, dict) and d.get("rule") in ("refund_exceeds_captured", "outcome_pending")):
            return ["-32007 data must carry rule, got %s" % enc(d)[:200]]
    elif c == -32004:
        if not (isinstance(d, dict) and isinstance(d.get("setting"), str)):
            return ["-32004 data must carry setting, got %s" % enc(d)[:200]]
    elif c == -32005:
        if not (isinstance(d, dict) and isinstance(d.get("reason"), str) and "http_status" in d):
            return ["-32005 data must carry http_status and reason, got %s" % enc(d)[:200]]
    return []


# ----------------------------------------------------------------------------------------------------
# Schemas (from rpc.discover).

class Schemas:
    def __init__(self, doc):
        self.doc = doc
        self.components = doc.get("components", {}).get("schemas", {})
        self.methods = {m["name"]: m for m in doc.get("methods", [])}

    def resolve(self, s):
        seen = 0
        while isinstance(s, dict) and "$ref" in s and seen < 20:
            ref = s["$ref"]
            if not ref.startswith("#/components/schemas/"):
                return {}
            s = self.components.get(ref.rsplit("/", 1)[1], {})
            seen += 1
        return s if isinstance(s, dict) else {}

    def params_schema(self, method):
        m = self.methods[method]
        props = {p["name"]: p.get("schema", {}) for p in m.get("params", [])}
        req = [p["name"] for p in m.get("params", []) if p.get("required")]
        return {"type": "object", "properties": props, "required": req}

    def allowed_types(self, s):
        s = self.resolve(s)
        if "oneOf" in s:
            out = set()
            for alt in s["oneOf"]:
                t = self.allowed_types(alt)
                if t is None:
                    return None
                out |= t
            return out
        t = s.get("type")
        if t is None:
            return None
        t = set(t) if isinstance(t, list) else {t}
        if "number" in t:
            t.add("integer")
        return t

    def value_problems(self, v, s, path, out, depth=0):
        """Type/required check of a result against its declared schema (enums and bounds not checked)."""
        if depth > 40 or len(out) > 10:
            return
        s = self.resolve(s)
        if "oneOf" in s:
            if not any(self._fits(v, alt, depth) for alt in s["oneOf"]):
                out.append("%s: %s fits none of oneOf" % (path, jtype(v)))
            return
        allowed = self.allowed_types(s)
        if allowed is not None and jtype(v) not in allowed:
            out.append("%s: expected %s, got %s %s" % (path, "|".join(sorted(allowed)), jtype(v), enc(v)[:80]))
            return
        if isinstance(v, dict):
            for r in s.get("required", []):
                if r not in v:
                    out.append("%s: required member %r missing" % (path, r))
            for k, sub in s.get("properties", {}).items():
                if k in v:
                    self.value_problems(v[k], sub, "%s.%s" % (path, k), out, depth + 1)
        elif isinstance(v, list) and "items" in s:
            for i, x in enumerate(v[:50]):
                self.value_problems(x, s["items"], "%s[%d]" % (path, i), out, depth + 1)

    def _fits(self, v, s, depth):
        o = []
        self.value_problems(v, s, "", o, depth + 1)
        return not o

    def result_problems(self, method, result):
        m = self.methods.get(method)
        if not m or method in ("rpc.discover", "simulator.configure", "simulator.pay"):
            return []
        out = []
        self.value_problems(result, m.get("result", {}).get("schema", {}), "result", out)
        return out


# ----------------------------------------------------------------------------------------------------
# Generators.

TEST_PANS = ["4111111111111111", "5555555555554444", "4012888888881881", "378282246310005", "6011111111111117",
             "5105105105105100", "4000056655665556", "3530111333300000"]


def luhn_ok(pan):
    total = 0
    for i, ch in enumerate(reversed(pan)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_pan(rng):
    body = rng.choice("45") + "".join(rng.choice("0123456789") for _ in range(14))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check


WEIRD_STRINGS = ["", " ", "\u0000", "a\u0000b", "\u0001\u001f", "\u007f", "\u2028\u2029", "\ud83d\ude00", "\ufeff",
                 "e\u0301", "\u00e9", "\\", "\"", "</script>", "' OR 1=1 --", "%00", "%s%n", "../../etc/passwd",
                 "\u202e", "\uffff", "\U0010ffff", "x" * 51, "A" * 300, "null", "1e400", "-0", "\r\n", "\t"]
HUGE_NUMBERS = ["1e400", "-1e400", "1E-400", "-0", "0", "-1", "1.5", "100.0", "1e2", "9" * 400, "-" + "9" * 400,
                "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
                "0.1e1", "123456789012345678901234567890", "4.9e-324", "1.7976931348623157e309"]


class Gen:
    """Schema-driven request generator; everything is drawn from one seeded Random."""

    def __init__(self, rng, schemas, tag):
        self.rng, self.S, self.tag = rng, schemas, tag
        self.n = 0
        self.pans = set()
        self.base = 10_000_000 * (zlib.crc32(tag.encode()) % 1000 + 1)

    def uniq(self, prefix="fz"):
        self.n += 1
        return "%s-%s-%d-%04x" % (prefix, self.tag, self.n, self.rng.randrange(1 << 16))

    def new_id(self):
        """A fresh id in one of several encodings; every encoding keeps it unique as written."""
        self.n += 1
        base = self.base + self.n
        k = self.rng.random()
        if k < 0.6:
            return "%s.%d" % (self.tag, self.n)
        if k < 0.8:
            return Num(str(base))
        if k < 0.87:
            return Num("%d.5" % base)
        if k < 0.93:
            return Num("-%de0" % base)
        return "%s.%d.%s" % (self.tag, self.n, self.rng.choice(["\u00e9\ud83d\ude00", "\u0000", "\\\"", " ", "\u2028"]))

    def pan(self):
        p = self.rng.choice(TEST_PANS) if self.rng.random() < 0.4 else luhn_pan(self.rng)
        self.pans.add(p)
        return p

    def ref(self):
        return self.uniq("ref")[:50]

    def rstr(self, maxlen=24):
        r = self.rng
        if r.random() < 0.15:
            return r.choice(WEIRD_STRINGS)[:maxlen] if maxlen < 300 else r.choice(WEIRD_STRINGS)
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ .@"
        return "".join(r.choice(alphabet) for _ in range(r.randint(1, max(1, min(maxlen, 24)))))

    # Field-name hints keep generated params meaningful so calls get past validation into the gateway.
    def hint(self, name, s):
        r = self.rng
        t = s.get("type")
        if name in ("card_number",):
            return self.pan()
        if name in ("cvv",):
            return r.choice(["123", "999", "0000"])
        if name in ("expiry_month", "card_expiry_month"):
            return "%02d" % r.randint(1, 12)
        if name in ("expiry_year", "card_expiry_year"):
            return str(r.randint(2030, 2035))
        if name in ("currency", "currency_code"):
            return "INR"
        if name.endswith("url"):
            return "https://merchant.example/return/" + self.rstr(8).replace(" ", "")
        if name == "email_id":
            return "buyer%d@example.com" % r.randint(1, 999)
        if name in ("mobile_number", "registered_mobile_number"):
            return "98765%05d" % r.randint(0, 99999)
        if name == "country_code":
            return "91"
        if name == "vpa":
            return "buyer@okbank"
        if name == "pay_code":
            return "NB1493"
        if name == "expire_by":
            return "2031-01-01T00:00:00Z"
        if name in ("merchant_order_reference", "merchant_payment_reference", "merchant_capture_reference",
                    "merchant_payment_link_reference", "unique_merchant_txn_id", "merchant_order_id"):
            return self.ref()
        if name == "card_last4":
            return "1111"
        if name == "payment_mode":
            return r.choice(["1,3,4,10", "1", "3", "10"])
        if name == "navigation_mode":
            return r.choice([2, 7, "2", "7"])
        if name == "transaction_type":
            return r.choice([1, "1"])
        if name == "time_stamp":
            return int(time.time() * 1000)
        if name == "merchant_id":
            return 106598 if t == "integer" else "106598"
        if name == "pine_pg_transaction_id":
            return r.choice([r.randint(1000, 10 ** 9), str(r.randint(1000, 10 ** 9))])
        return None

    def gen(self, schema, name="", full=False, depth=0):
        r = self.rng
        s = self.S.resolve(schema)
        if "oneOf" in s:
            return self.gen(s["oneOf"][0] if full else r.choice(s["oneOf"]), name, full, depth + 1)
        h = self.hint(name, s)
        if h is not None:
            return h
        if "enum" in s:
            return r.choice(s["enum"])
        t = s.get("type")
        if t == "object":
            props = s.get("properties", {})
            if not props:
                return {"note": self.rstr(12)} if full or r.random() < 0.5 else {}
            req = set(s.get("required", []))
            return {k: self.gen(sub, k, full, depth + 1) for k, sub in props.items()
                    if k in req or (depth < 6 and (full or r.random() < 0.5))}
        if t == "array":
            n = max(s.get("minItems", 0), 1 if full else r.randint(0, 2))
            return [self.gen(s.get("items", {}), name, full, depth + 1) for _ in range(n)]
        if t == "integer":
            lo = s.get("minimum", 1)
            return r.randint(max(lo, 100), 500000)
        if t == "number":
            return r.randint(1, 1000)
        if t == "string":
            if s.get("pattern") == "^[A-Z]{3}$":
                return "INR"
            if s.get("pattern") == "^[1-9][0-9]*$":
                return str(r.randint(100, 9999))
            return self.rstr(s.get("maxLength", 24))
        if t == "boolean":
            return r.random() < 0.5
        return self.rstr()

    VARIANTS = {"getOrder": ["order_id", "merchant_order_reference"],
                "getPaymentLink": ["payment_link_id", "merchant_payment_link_reference"],
                "simulator.pay": ["order_id", "unique_merchant_txn_id"],
                "processPayment": ["card_data", "netbanking_data", "upi_data", "wallet_data"],
                "createPayment": ["CARD", "UPI", "NETBANKING", "WALLET"]}

    def params(self, method, full=False, variant=None):
        """Valid params for a method (full: every optional member present, for walking every path)."""
        r = self.rng
        p = self.gen(self.S.params_schema(method), "", full)
        vs = self.VARIANTS.get(method)
        if vs and variant is None:
            variant = r.choice(vs)
        if method in ("getOrder", "getPaymentLink", "simulator.pay"):
            for k in self.VARIANTS[method]:
                p.pop(k, None)
            p[variant] = self.ref() if "reference" in variant or variant.startswith("unique") else \
                "v1-%010d-aa-%s" % (r.randrange(10 ** 10), self.rstr(6).replace(" ", "x"))
            if method == "simulator.pay" and (full or r.random() < 0.5):
                p["outcome"] = r.choice(["success", "failure"])
        elif method == "processPayment":
            for k in self.VARIANTS[method]:
                if k != variant:
                    p.pop(k, None)
            if variant not in p:
                sub = self.S.params_schema(method)["properties"][variant]
                p[variant] = self.gen(sub, variant, full)
            if variant == "upi_data":
                p[variant] = {"upi_option": "UPI", "vpa": "buyer@okbank"}
            if variant == "wallet_data":
                p[variant] = {"wallet_code": "PAYTM"}
        elif method == "createPayment":
            amt = r.randint(100, 500000)
            pay = {"payment_method": variant, "merchant_payment_reference": self.ref(),
                   "payment_amount": {"value": amt, "currency": "INR"}}
            if variant == "CARD":
                pay["payment_option"] = {"card_details": {
                    "name": "Kevin Bob", "card_number": self.pan(), "cvv": "123", "expiry_month": "04",
                    "expiry_year": "2031", "registered_mobile_number": "9876543210"}}
            elif variant == "UPI":
                pay["payment_option"] = {"upi_details": {"txn_mode": "COLLECT", "payer": {"vpa": "buyer@okbank"}}}
            elif variant == "NETBANKING":
                pay["payment_option"] = {"netbanking_details": {"pay_code": "NB1493"}}
            else:
                pay["payment_option"] = {"wallet_details": {"wallet_code": "PAYTM"}}
            p["payments"] = [pay]
        elif method == "acceptPayment":
            amt = p["payment_data"]["amount_in_paisa"]
            if full or "product_details" in p:
                p["product_details"] = [{"product_code": "p-" + self.rstr(6), "product_amount": amt}]
            if not full:
                p["merchant_data"].pop("merchant_id", None)
                p["merchant_data"].pop("merchant_access_code", None)
        elif method == "createOrderToken":
            if not full:
                p["merchant_data"].pop("merchant_id", None)
                p["merchant_data"].pop("merchant_access_code", None)
        elif method == "refund":
            if "order_amount" in p:
                p["order_amount"]["value"] = max(100, p["order_amount"]["value"])
        elif method == "checkPointBalance":
            pcd = p["payment_option"].setdefault("points_card_details", {})
            pcd["card_number"] = self.pan()
            pcd["card_last4"] = pcd["card_number"][-4:]
        elif method == "simulator.configure":
            # Faults that can never match a real request, so the walk does not disturb other calls.
            p["faults"] = [{"kind": "status", "status": 503, "ms": 5, "path": "/fuzz/nowhere", "method": "GET",
                            "times": 1}] if full else \
                [{"kind": r.choice(["latency", "status", "reset", "malformed", "garbage", "unauthorized"]),
                  "ms": r.randint(0, 50), "status": r.choice([400, 500, 503]), "path": "/fuzz/nowhere"}]
            p.pop("revoke_tokens", None) if not full else p.__setitem__("revoke_tokens", False)
            p.pop("clear", None) if not full else p.__setitem__("clear", False)
            if "token_ttl" in p:
                p["token_ttl"] = 3600
        elif method == "verifySignature":
            p["payload"] = r.choice([
                {"order_id": "v1-0000000001-aa-AbCdEf", "payment_status": "AUTHORIZED", "signature": "00AB"},
                {"unique_merchant_txn_id": self.ref(), "pine_pg_transaction_status": "4", "dia_secret": "AB",
                 "dia_secret_type": "SHA256"},
                {"ppc_UniqueMerchantTxnID": self.ref(), "ppc_TxnResponseCode": "1", "ppc_DIA_SECRET": "AB",
                 "ppc_DIA_SECRET_TYPE": "SHA256"}])
        elif method == "verifyWebhook":
            p["headers"] = {"webhook-id": "msg_" + self.rstr(8), "webhook-timestamp": str(int(time.time())),
                            "webhook-signature": "v1,AAAA" + self.rstr(8)}
            p["body"] = '{"event_type":"ORDER_PROCESSED","data":{"order_id":"v1-1"}}'
        return p

    def request(self, method, params=None, ident=None, notification=False):
        obj = {"jsonrpc": "2.0", "method": method}
        if not notification:
            obj["id"] = self.new_id() if ident is None else ident
        if params is not None:
            obj["params"] = params
        return obj


def walk_paths(S, schema, value, path, out):
    """Every (path, schema, required) that exists in a full params value."""
    s = S.resolve(schema)
    if "oneOf" in s:
        return
    if isinstance(value, dict) and s.get("type") == "object":
        req = set(s.get("required", []))
        for k, sub in s.get("properties", {}).items():
            if k in value:
                out.append((path + [k], sub, k in req))
                walk_paths(S, sub, value[k], path + [k], out)
    elif isinstance(value, list) and s.get("type") == "array" and value:
        out.append((path + [0], s.get("items", {}), True))
        walk_paths(S, s.get("items", {}), value[0], path + [0], out)


def set_path(v, path, new, drop=False):
    for k in path[:-1]:
        v = v[k]
    if drop:
        del v[path[-1]]
    else:
        v[path[-1]] = new


SAMPLES = {"null": [None], "boolean": [True, False], "integer": [Num("7")], "number": [Num("1.5")],
           "string": ["x", ""], "array": [[], ["x"]], "object": [{}, {"k": "v"}]}


def type_walk_cases(S, gen, methods):
    """(method, variant, path, description, value or DROP, strict codes or None)."""
    cases, seen = [], set()
    for m in methods:
        if m not in S.methods or m in ("rpc.discover", "ping"):
            continue
        for variant in Gen.VARIANTS.get(m, [None]):
            base = gen.params(m, full=True, variant=variant)
            paths = []
            walk_paths(S, S.params_schema(m), base, [], paths)
            for path, sub, required in paths:
                allowed = S.allowed_types(sub)
                if allowed is None:
                    continue
                ps = ".".join(str(x) for x in path)
                for t, vals in SAMPLES.items():
                    if t in allowed:
                        continue
                    key = (m, ps, t)
                    if key in seen:
                        continue
                    seen.add(key)
                    strict = None if (t == "null" and not required) else frozenset([-32602])
                    cases.append((m, variant, path, "%s=%s" % (ps, t), gen.rng.choice(vals), strict))
                if required and not isinstance(path[-1], int) and (m, ps, "drop") not in seen:
                    seen.add((m, ps, "drop"))
                    cases.append((m, variant, path, "%s missing" % ps, "DROP", frozenset([-32602])))
                raw = S.resolve(sub).get("type")
                number_field = raw == "number" or (isinstance(raw, list) and "number" in raw)
                if "integer" in allowed and number_field:
                    # A plain number (a rate): any JSON number is the right type; what the gateway makes of 1e400
                    # is its answer to give. Only that nothing breaks is checked.
                    for text in HUGE_NUMBERS:
                        if (m, ps, text) not in seen:
                            seen.add((m, ps, text))
                            cases.append((m, variant, path, "%s=%s" % (ps, text[:20]), Num(text), None))
                elif "integer" in allowed:
                    rs = S.resolve(sub)
                    minimums = [x["minimum"] for x in [rs] + [S.resolve(a) for a in rs.get("oneOf", [])] if "minimum" in x]
                    amount = bool(minimums)
                    lowest = min(minimums) if minimums else None   # an amount's is 1; a balance or a delay may be 0
                    for text in HUGE_NUMBERS:
                        key = (m, ps, text)
                        if key in seen:
                            continue
                        seen.add(key)
                        n = Num(text)
                        fits_int64 = n.is_int and -2 ** 63 <= int(text) < 2 ** 63
                        if not n.is_int:
                            strict = frozenset([-32602])      # a fraction or exponent is not an integer
                        elif amount and (not fits_int64 or int(text) < lowest or text.startswith("-")):
                            strict = frozenset([-32602])
                        else:
                            strict = None
                        if amount and not n.is_int:
                            strict = frozenset([-32602])
                        cases.append((m, variant, path, "%s=%s" % (ps, text[:20]), n, strict))
    return cases


# ----------------------------------------------------------------------------------------------------
# Byte-level mutation.

TOKENS = [b'"', b"\\", b"{", b"}", b"[", b"]", b",", b":", b"\x00", b"\xff", b"\xfe", b"\xc0\xaf", b"\xe0\x80\xaf",
          b"\xf0\x80\x80\xaf", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xe2\x82", b"\xf4\x90\x80\x80", b"\x80",
          b"\xf8\x88\x80\x80\x80", b"\\u0000", b"\\ud800", b"\\udc00", b"\\uD83D\\uDE00", b"\\u12", b"\\x",
          b"1e400", b"-0", b" ", b"\t", b"\r", b"\x01", b"\x1f", b"\x7f", b"null", b"true", b'"id":',
          b'"id":{},', b'"jsonrpc":"2.0",', b"\xef\xbb\xbf", b"\xf0\x9f\x98\x80", b"NaN", b"Infinity", b"\n",
          b'"id":1,', b'"params":[],', b"[" * 300, b"9" * 400]


def mutate(data, rng):
    b = bytearray(data.rstrip(b"\n"))
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if not b:
            b = bytearray(rng.choice(TOKENS))
            continue
        op = rng.randrange(9)
        i = rng.randrange(len(b))
        if op == 0:
            b[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            b[i] = rng.randrange(256)
        elif op == 2:
            del b[rng.randrange(len(b)):]
        elif op == 3:
            b[i:i] = rng.choice(TOKENS)
        elif op == 4:
            del b[i:i + rng.randint(1, 16)]
        elif op == 5:
            j = rng.randint(i, min(len(b), i + 32))
            b[j:j] = b[i:j]
        elif op == 6:
            nums = list(re.finditer(rb"-?\d+(\.\d+)?([eE][-+]?\d+)?", bytes(b)))
            if nums:
                m = rng.choice(nums)
                b[m.start():m.end()] = rng.choice(HUGE_NUMBERS).encode()
        elif op == 7:
            strs = list(_STRING_RE.finditer(bytes(b)))
            if strs:
                m = rng.choice(strs)
                b[m.start() + 1:m.end() - 1] = rng.choice([json.dumps(w)[1:-1].encode() for w in WEIRD_STRINGS]
                                                          + [b"\x00", b"\x01", b"\xc0\xaf", b"\xed\xa0\x80"])
        else:
            b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    return bytes(b) + (b"\r\n" if rng.random() < 0.1 else b"\n")


# ----------------------------------------------------------------------------------------------------
# Gateway faults.

FAULT_PATHS = ["/api/pay/v1/orders", "/api/auth/v1/token", "/api/auth/v1/token", "/api/auth/v1/token", "/api/v2", "/api/PG/V2", "/api/pg/v2",
               "/api/pay/v1/refunds", "/api/checkout/v1/orders", "/payment-option", "/api/pay/v1/paymentlink",
               "/api/v1/order/create/1", "/api/v2/accept/payment", "/api/v2/process/payment", "/api", "/", None]
STATUSES = [200, 200, 201, 202, 204, 100, 101, 199, 299, 301, 302, 304, 400, 401, 403, 404, 409, 412, 422, 429,
            500, 502, 503, 504, 599]


def fault_bodies(rng, path):
    """A raw body for a status fault; mostly one shaped for the endpoint the fault targets."""
    n9 = "9" * 400
    order = lambda amount: '{"data":{"order_id":"v1-1-aa-x","status":"PROCESSED","order_amount":{"value":%s,' \
                           '"currency":"INR"},"payments":[]}}' % amount
    generic = [
        None, "", "not json", "<html>oops</html>", "{", '{"data":', "null", "[]", "0", '"str"', "true",
        '{"code":123,"message":["x"],"additional_error_details":7}', '{"code":"X","message":null}',
        '{"error":{"code":"E","message":"m"}}', '{"message":"' + "m" * 20000 + '"}', '{"a":1,"a":2}',
        "[" * 300 + "]" * 300, "[" * 10000, '{"a":' * 5000, "\ufeff{}", "NaN", '{"x":"' + "y" * 300000 + '"}',
        '{"x":"\\ud800"}', '{"x":"\u0000"}', '{"x":1e400,"y":' + n9 + ',"z":-0,"w":1E-400}',
    ]
    v3 = [
        '{"data":{"order_id":"v1','{"data":null}', '{"data":[]}', '{"data":"x"}', '{"data":{}}',
        order("110.5"), order("1e400"), order(n9), order("-5"), order('"1100"'), order("1.0"), order("0"),
        order("-0"), order("1E-400"), order("9223372036854775808"), order("null"), order("{}"),
        '{"data":{"order_id":123,"status":null}}', '{"data":{"order_id":"v1-1","status":7,"payments":{}}}',
        '{"data":{"order_id":"v1-1","status":"PENDING","payments":[{"id":5,"status":[]}]}}',
        '{"data":{"order_id":"v1-1","status":"PENDING","payments":[{"id":"p","status":"PENDING",'
        '"payment_amount":{"value":0.5,"currency":"INR"}}]}}',
        '{"data":{"order_id":"v1-1","status":"PENDING","challenge_url":5}}',
        '{"data":{"token":"t","order_id":"v1","redirect_url":"https://x","response_code":1.5}}',
        '{"token":"t","order_id":"v1","redirect_url":"https://x","response_code":' + n9 + '}',
        '{"data":{"balance":{"value":-5,"currency":"INR"},"is_eligible":"yes","redeemable_points":1e400}}',
        '{"balance":{"value":1.5,"currency":"INR"},"is_eligible":true,"redeemable_points":' + n9 + '}',
        '{"data":{"payment_link_id":7}}', '{"data":{"payment_link_id":"pl-1","amount":{"value":0.5}}}',
        '{"data":' + "[" * 255 + "]" * 255 + "}", '{"data":{"order_id":"v1-1","status":"CREATED","x":"\\ud800"}}',
        '{"data":{"order_id":"\\u0000","status":"CREATED"}}', '{"data":{"order_id":"v1-1","status":"CREATED"}} x',
        '{"data":{"order_id":"v1-1","status":"CREATED","order_amount":NaN}}',
    ]
    token = [
        '{"access_token":"tok","expires_in":1e400}', '{"access_token":"tok","expires_in":-1}',
        '{"access_token":5,"expires_in":60}', '{"access_token":"tok","expires_at":"yesterday"}',
        '{"access_token":"tok","expires_in":' + n9 + '}', '{"access_token":"tok","expires_in":1.5}',
        '{"access_token":"tok","expires_in":"3600"}', '{"access_token":"tok","expires_at":1e400}',
        '{"access_token":"tok","expires_at":"2025-13-45T99:99:99Z"}', '{"access_token":"tok"}',
        '{"access_token":"","expires_in":0}', '{"access_token":"tok","expires_in":9223372036854775807}',
        '{"access_token":"tok","expires_in":-9223372036854775808}', '{"access_token":"tok","expires_in":1E-400}',
        '{"access_token":"tok","expires_in":-1e400}', '{"access_token":"tok","expires_in":NaN}',
        '{"access_token":"tok","expires_at":"9999-12-31T23:59:59Z"}', '{"access_token":"tok","expires_at":-1}',
        '{"access_token":"tok","expires_at":"0000-01-01T00:00:00Z"}', '{"access_token":null,"expires_in":60}',
        '{"access_token":"t\\u0000k","expires_in":60}', '{"access_token":"' + "t" * 100000 + '","expires_in":60}',
        '{"error":"invalid_client","error_description":5}', '{"error":null}', '{"error":"x","error_description":"y"}',
    ]
    legacy = [
        '{"token":null,"response_code":"1","redirect_url":5}', '{"token":"t","response_code":1.5}',
        '{"token":"t","response_code":1,"response_message":"ok","redirect_url":"https://x/y"}',
        '{"response_code":' + n9 + ',"token":"t"}', '{"token":"t","plural_order_id":1e400,"response_code":1}',
        '{"token":"t","plural_order_id":[],"response_code":1}', '{"response_code":1,"token":"t","plural_order_id":-0}',
        '{"ppc_TxnResponseCode":"1","ppc_DIA_SECRET":"ABC","ppc_DIA_SECRET_TYPE":"SHA256"}',
        '{"ppc_TxnResponseCode":1,"ppc_Amount":1e400}', '{"ppc_DIA_SECRET":null}', "ppc_TxnResponseCode=1&x=2",
        '{"redirect_url":"https://x","response_code":1,"deep_link":"upi://pay","pine_pg_transaction_id":1e400}',
        '{"response_code":1,"pine_pg_transaction_id":' + n9 + '}', '{"response_code":"abc"}', '{"response_code":null}',
        '{"response_code":-1,"response_message":' + "[" * 200 + "]" * 200 + '}',
    ]
    p = (path or "").lower()
    if "token" in p:
        pool = token
    elif "/v2" in p or "/pg" in p or "/v1/order" in p:
        pool = legacy
    elif p in ("", "/", "/api"):
        pool = token + v3 + legacy
    else:
        pool = v3
    b = rng.choice(pool) if rng.random() < 0.75 else rng.choice(generic)
    if b and rng.random() < 0.12:
        b = b[:rng.randrange(len(b))]        # truncated
    return b


def random_faults(rng):
    if rng.random() < 0.25:
        # The token endpoint answers 200 with a strange token document (the client must survive it).
        return [{"kind": "status", "status": rng.choice([200, 200, 201]), "path": "/api/auth/v1/token",
                 "body": fault_bodies(rng, "/api/auth/v1/token") or "{}", "times": rng.choice([1, 1, 2])}]
    faults = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        kind = rng.choice(["latency", "status", "status", "status", "reset", "malformed", "garbage", "unauthorized"])
        f = {"kind": kind}
        p = rng.choice(FAULT_PATHS)
        if p is not None:
            f["path"] = p
        if rng.random() < 0.2:
            f["method"] = rng.choice(["GET", "POST", "PUT", "post", "DELETE"])
        if kind == "latency":
            f["ms"] = rng.choice([0, 5, 50, 300, 900, 1200, 2500]) if rng.random() < 0.97 else \
                rng.choice([10 ** 12, 2 ** 63 - 1])
        if kind == "status":
            body = fault_bodies(rng, p)
            ok_odds = 0.75 if p == "/api/auth/v1/token" else 0.5
            f["status"] = rng.choice([200, 201]) if body is not None and rng.random() < ok_odds else \
                rng.choice(STATUSES) if rng.random() < 0.7 else rng.randint(100, 599)
            if body is not None:
                f["body"] = body
        times = rng.choice([1, 1, 2, 3, None]) if kind != "latency" else rng.choice([1, 1, 2])
        if times != 1:
            f["times"] = times
        faults.append(f)
    return faults


# ----------------------------------------------------------------------------------------------------
# A sidecar process.

class Rec:
    """One input line as written."""
    __slots__ = ("idx", "data", "desc", "sent", "exps")

    def __init__(self, idx, data, desc):
        self.idx, self.data, self.desc, self.sent, self.exps = idx, data, desc, None, []


_libc = ctypes.CDLL(None, use_errno=True)


def die_with_parent():
    """In the child before exec: SIGKILL when the fuzzer dies, however it dies (PR_SET_PDEATHSIG = 1)."""
    _libc.prctl(1, signal.SIGKILL, 0, 0, 0)


class Sidecar:
    def __init__(self, binary, args, env):
        self.argv = [binary] + args
        self.env = env
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env, preexec_fn=die_with_parent)
        self.cv = threading.Condition()
        self.out = []                 # (time, raw line, parsed or None)
        self.by_key = {}
        self.err = bytearray()
        self.q = queue.Queue()
        self.stdin_closed = None
        self.write_error = None
        self.max_rss_kib = 0
        self.out_done = False
        self.threads = [threading.Thread(target=f, daemon=True)
                        for f in (self._read_out, self._read_err, self._write, self._monitor)]
        for t in self.threads:
            t.start()

    def _read_out(self):
        f = self.proc.stdout
        while True:
            raw = f.readline()
            if not raw:
                break
            t = time.monotonic()
            body = raw[:-1] if raw.endswith(b"\n") else raw
            ok, v, _ = strict_parse(body, depth_limit=False)
            with self.cv:
                self.out.append((t, raw, v if ok else None, ok))
                if ok and isinstance(v, dict) and "id" in v:
                    self.by_key.setdefault(idkey(v["id"]), v)
                self.cv.notify_all()
        with self.cv:
            self.out_done = True
            self.cv.notify_all()

    def _read_err(self):
        f = self.proc.stderr
        while True:
            chunk = f.read1(65536)
            if not chunk:
                break
            with self.cv:
                self.err += chunk

    def _write(self):
        stdin = self.proc.stdin
        while True:
            rec = self.q.get()
            if rec is None:
                break
            if self.write_error is not None:
                continue
            try:
                stdin.write(rec.data)
                stdin.flush()
                rec.sent = time.monotonic()
            except (BrokenPipeError, OSError, ValueError) as e:
                self.write_error = e
        try:
            stdin.close()
        except (BrokenPipeError, OSError):
            pass
        self.stdin_closed = time.monotonic()

    def _monitor(self):
        path = "/proc/%d/status" % self.proc.pid
        while self.proc.poll() is None:
            try:
                with open(path) as f:
                    for ln in f:
                        if ln.startswith("VmRSS:"):
                            self.max_rss_kib = max(self.max_rss_kib, int(ln.split()[1]))
            except (OSError, ValueError):
                pass
            time.sleep(0.05)

    def alive(self):
        return self.proc.poll() is None

    def wait_key(self, key, timeout):
        end = time.monotonic() + timeout
        with self.cv:
            while key not in self.by_key:
                left = end - time.monotonic()
                if left <= 0 or (self.out_done and not self.alive()):
                    return None
                self.cv.wait(min(left, 0.1))
            return self.by_key[key]

    def close(self, timeout):
        """Close stdin (after everything queued) and wait for the exit. -> returncode, or None if it hung."""
        self.q.put(None)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            rc = None
            self.kill()
        for t in self.threads[:2]:
            t.join(5)
        return rc

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                pass


# ----------------------------------------------------------------------------------------------------
# Findings and counters.

class Report:
    def __init__(self, seed, outdir):
        self.seed, self.outdir = seed, outdir
        self.passed = 0
        self.failed = 0
        self.findings = collections.OrderedDict()   # signature -> dict
        self.quiet = False

    def ok(self, n=1):
        self.passed += n

    def fail(self, category, signature, summary, round_=None, line=None, detail="", extra_lines=None,
             variant=None):
        self.failed += 1
        key = (category, signature)
        f = self.findings.get(key)
        if f:
            f["count"] += 1
            if variant and variant not in f["variants"]:
                f["variants"].append(variant)
            return
        f = {"category": category, "summary": summary, "round": round_, "count": 1, "detail": detail,
             "line": line, "prefix": extra_lines or [], "file": None, "variants": [variant] if variant else []}
        self.findings[key] = f
        if line is not None:
            os.makedirs(self.outdir, exist_ok=True)
            path = os.path.join(self.outdir, "finding-%d.jsonl" % len(self.findings))
            with open(path, "wb") as fh:
                for pl in f["prefix"]:
                    fh.write(pl)
                fh.write(line)
            f["file"] = path
        if not self.quiet and category != "validation":
            print("FINDING [%s] %s" % (category, summary[:300]), flush=True)


# ----------------------------------------------------------------------------------------------------
# One round: one fresh process, a share of the budget.

class RoundDead(Exception):
    pass


class Round:
    def __init__(self, ctx, index, budget_end):
        self.ctx, self.index = ctx, index
        self.rng = random.Random("%s:%d" % (ctx.seed, index))
        self.gen = Gen(self.rng, ctx.schemas, "r%d" % index)
        self.report = ctx.report
        self.end = budget_end
        self.recs = []
        self.limit = DEFAULT_LIMIT
        self.args = []
        if self.rng.random() < 0.25:
            self.limit = self.rng.choice([256, 2048, 4096, 65536])
            self.args += ["--max-line-bytes", str(self.limit)]
        if self.rng.random() < 0.3:
            self.args += ["--max-in-flight", str(self.rng.choice([1, 2, 4, 16]))]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PLURAL_")}
        env.update({"PLURAL_ENV": "simulator", "PLURAL_TIMEOUT": GATEWAY_TIMEOUT,
                    "PLURAL_LOG_LEVEL": self.rng.choice(["debug", "debug", "info", "warn", "error"])})
        self.env = env
        self.configure_lines = []
        self.dead = None
        self.hung = None

    # -- sending ------------------------------------------------------------------------------------
    def send(self, data, desc, strict=None, check=None, last=False):
        """Queue bytes (one or more \\n-terminated lines); the oracle records what each line must get.
        last: the final line, written without its newline (end of input delimits it)."""
        if not data.endswith(b"\n"):
            data += b"\n"
        parts = data.split(b"\n")[:-1]
        recs = []
        for p in parts:
            rec = Rec(len(self.recs), p if last else p + b"\n", desc)
            rec.exps = oracle(p, self.limit, self.ctx.methods)
            for e in rec.exps:
                e.rec = rec
                if isinstance(e, BatchExp):
                    for x in e.elems:
                        x.rec = rec
                if len(parts) == 1 and isinstance(e, Exp) and e.method is not None:
                    e.strict, e.check = strict, check
            self.recs.append(rec)
            self.sc.q.put(rec)
            recs.append(rec)
        return recs

    def send_obj(self, obj, desc, strict=None, check=None):
        return self.send(line(obj), desc, strict, check)

    def wait_timeout(self):
        return min(HANG_SECONDS, max(10.0, self.ctx.deadline + 5 - time.monotonic()))

    def call(self, method, params, desc=None, strict=None, check=None):
        ident = "%s.c%d" % (self.gen.tag, len(self.recs))
        obj = {"jsonrpc": "2.0", "id": ident, "method": method, "params": params}
        recs = self.send_obj(obj, desc or "call " + method, strict, check)
        if method == "simulator.configure":
            self.configure_lines.append(recs[0].data)
        if not any(isinstance(e, Exp) and e.method for e in recs[0].exps):
            return {}          # over a small --max-line-bytes: the final check holds it to its -32600
        resp = self.sc.wait_key(("s", ident), self.wait_timeout())
        if resp is None:
            if not self.sc.alive():
                raise RoundDead("exited")
            self.hung = recs[0]
            raise RoundDead("hang")
        return resp

    def sync(self):
        self.call("ping", {}, "sync ping", strict=frozenset([R]))

    # -- phases -------------------------------------------------------------------------------------
    def phase_valid_all(self):
        """A valid request for every method (and a notification for some)."""
        for m in self.ctx.method_order:
            if m == "simulator.configure" and self.rng.random() < 0.5:
                continue
            p = self.gen.params(m) if m in self.ctx.schemas.methods and self.ctx.schemas.methods[m].get("params") \
                else None
            self.send_obj(self.gen.request(m, p), "valid " + m, check=self.check_result(m))
            if self.rng.random() < 0.3:
                self.send_obj(self.gen.request(m, p, notification=True), "valid notification " + m)

    def phase_typewalk(self, cases):
        for (m, variant, path, desc, value, strict) in cases:
            p = self.gen.params(m, full=True, variant=variant)
            try:
                set_path(p, path, None, drop=True) if value == "DROP" else set_path(p, path, value)
            except (KeyError, IndexError, TypeError):
                continue
            self.send_obj(self.gen.request(m, p), "type walk %s %s" % (m, desc), strict=strict)

    def phase_unknown_fields(self):
        for _ in range(6):
            m = self.rng.choice(self.ctx.gateway_methods + ["ping", "verifySignature"])
            p = self.gen.params(m) if self.ctx.schemas.methods[m].get("params") else {}
            objs = [p]
            stack = [p]
            while stack:
                o = stack.pop()
                for v in (o.values() if isinstance(o, dict) else o if isinstance(o, list) else []):
                    if isinstance(v, dict):
                        objs.append(v)
                    if isinstance(v, (dict, list)):
                        stack.append(v)
            target = self.rng.choice(objs)
            target["fz_unknown_" + self.gen.rstr(6)] = self.rng.choice(
                ["x", Num("1e400"), None, [1, {}], {"card": "no"}, Num("9" * 400)])
            self.send_obj(self.gen.request(m, p), "unknown field " + m)

    def phase_mutate(self, n=40):
        for _ in range(n):
            m = self.rng.choice(self.ctx.mutable_methods)
            p = self.gen.params(m) if self.ctx.schemas.methods[m].get("params") else None
            base = line(self.gen.request(m, p, notification=self.rng.random() < 0.1))
            self.send(mutate(base, self.rng), "mutation of " + m)

    def phase_ids(self):
        g = self.gen
        ids = [{}, [], [1], True, False, None, "", "x" * 2000, "\u00e9\ud83d\ude00\u2028", "\u0000",
               Num("0"), Num("-0"), Num("1.5"), Num("1e400"), Num("-1E-400"), Num("9" * 400), Num("1E+2"),
               Num("-9223372036854775809"), Num("0.0000000000000000000001")]
        for ident in ids:
            tag = enc(ident)[:30] if not isinstance(ident, str) or len(ident) < 30 else "long string"
            uniq_ok = isinstance(ident, (dict, list, bool))
            if isinstance(ident, (str, Num)):
                # Keep ids unique per round: the first use of each is the interesting one.
                if ("id", tag) in self.ctx_used:
                    continue
                self.ctx_used.add(("id", tag))
            self.send_obj({"jsonrpc": "2.0", "id": ident, "method": "ping"}, "id " + tag)
            if uniq_ok:
                self.send_obj({"jsonrpc": "2.0", "id": ident, "method": "nope"}, "id %s unknown method" % tag)
        self.send(b'{"jsonrpc":"2.0","method":"ping","id":"' + g.uniq().encode() + b'"}\r\n', "CRLF")
        self.send(b"\n", "blank line")
        self.send(b"   \t \r\n", "whitespace line")
        self.send(b"\r\n", "CR line")

    def specials(self):
        g = self.gen
        rid = lambda: enc(g.new_id()).encode()
        ping = lambda extra=b"": b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping"' + extra + b"}\n"
        co = lambda value: (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"createOrder","params":{'
                            b'"merchant_order_reference":"' + g.ref().encode() + b'","order_amount":{"value":'
                            + value + b',"currency":"INR"}}}\n')
        nest = lambda d: (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"createOrder","params":{'
                          b'"merchant_order_reference":"' + g.ref().encode() + b'","order_amount":{"value":100,'
                          b'"currency":"INR"},"purchase_details":{"merchant_metadata":{"k":' + b"[" * d + b"]" * d
                          + b"}}}}\n")
        out = [
            (b"[" * 10000 + b"\n", "10k ["), (b'{"a":' * 10000 + b"\n", "10k {"), (b"]" * 5000 + b"\n", "5k ]"),
            (b"[" * 256 + b"]" * 256 + b"\n", "depth 256"), (b"[" * 257 + b"]" * 257 + b"\n", "depth 257"),
            (nest(251), "depth 256 inside a request"), (nest(252), "depth 257 inside a request"),
            (co(b"1e400"), "amount 1e400"), (co(b"9" * 400), "amount 400 digits"), (co(b"-0"), "amount -0"),
            (co(b"1E-400"), "amount 1E-400"), (co(b"1100.0"), "amount 1100.0"), (co(b"1.1e3"), "amount 1.1e3"),
            (co(b"9223372036854775807"), "amount Int64.max"), (co(b"9223372036854775808"), "amount Int64.max+1"),
            (co(b"-9223372036854775808"), "amount Int64.min"), (co(b'"1100"'), "amount string"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"id":' + rid() + b',"method":"ping"}\n', "duplicate id"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping","method":"ping"}\n', "duplicate method"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping","params":{"a":1,"\\u0061":2}}\n',
             "duplicate by escape"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"getOrder","params":{"order_id":"a","order_id":"b"}}\n',
             "duplicate param"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"verifySignature","params":{"payload":{'
             b'"\xc3\xa9":"1","e\xcc\x81":"2","signature":"00"}}}\n', "names equal only after NFC"),
            (ping(b',"params":{"x":"a\\u0000b"}'), "escaped NUL"), (ping(b',"params":{"x":"a\x00b"}'), "raw NUL"),
            (ping(b',"params":{"x":"a\x01\x1fb"}'), "raw controls"), (ping(b',"params":{"x":"a\x7fb"}'), "raw DEL"),
            (b'{"jsonrpc":"2.0",\x00"id":1,"method":"ping"}\n', "NUL outside strings"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping\x00"}\n', "NUL in method"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping\\u0000"}\n', "escaped NUL in method"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"p\\u0069ng"}\n', "escaped method name"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"PING"}\n', "method case"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"rpc.nope"}\n', "rpc. reserved"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":""}\n', "empty method"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping","params":null}\n', "params null"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping","params":"x"}\n', "params string"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping","params":[]}\n', "params []"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"getOrder","params":["x"]}\n', "params by position"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":5}\n', "method number"),
            (b'{"jsonrpc":"2.0 ","id":' + rid() + b',"method":"ping"}\n', "jsonrpc with space"),
            (b'{"jsonrpc":2.0,"id":' + rid() + b',"method":"ping"}\n', "jsonrpc number"),
            (b'{"jsonrpc":"1.0","id":' + rid() + b',"method":"ping"}\n', "jsonrpc 1.0"),
            (b'{"id":' + rid() + b',"method":"ping"}\n', "no jsonrpc"),
            (b'{"jsonrpc":"2.0","method":"ping"}\n', "notification"),
            (b'{"jsonrpc":"2.0","method":"nope"}\n', "notification unknown method"),
            (b'{"jsonrpc":"2.0","method":"createOrder","params":{"x":1}}\n', "notification invalid params"),
            (b'{"jsonrpc":"2.0","method":5}\n', "invalid notification"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping"} {}\n', "two values"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping"},\n', "trailing comma"),
            (b'\xef\xbb\xbf{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping"}\n', "BOM"),
            (ping(b',"params":{"x":NaN}'), "NaN"), (ping(b',"params":{"x":-Infinity}'), "-Infinity"),
            (ping(b',"params":{"x":01}'), "leading zero"), (ping(b',"params":{"x":1.}'), "1."),
            (ping(b',"params":{"x":.5}'), ".5"), (ping(b',"params":{"x":+1}'), "+1"),
            (ping(b",'params':{}"), "single quotes"), (ping(b',"params":{x:1}'), "bare key"),
            (b"{}\n", "empty object"), (b"null\n", "null"), (b"1\n", "number"), (b'"str"\n', "string"),
            (b"true\n", "true"), (b"{\n", "lone {"), (b"}\n", "lone }"), (b'"\n', "lone quote"),
            (b"\x00\n", "NUL line"), (b"\xff\xfe\n", "0xFF 0xFE line"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping","params":{"' + "\u00e9".encode() * 10 +
             b'":1}}\n', "non-ASCII key"),
            (b"\t\t" + ping().rstrip(b"\n") + b"  \t\n", "surrounding white space"),
            (ping().rstrip(b"\n") + b"\r\r\n", "CR CR LF"),
            (b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping"\r}\n', "CR inside"),
        ]
        for name, bad in [("overlong /", b"\xc0\xaf"), ("overlong 3-byte", b"\xe0\x80\xaf"),
                          ("overlong 4-byte", b"\xf0\x80\x80\xaf"), ("surrogate D800", b"\xed\xa0\x80"),
                          ("surrogate DFFF", b"\xed\xbf\xbf"), ("0xFF", b"\xff"), ("0xFE", b"\xfe"),
                          ("truncated 3-byte", b"\xe2\x82"), ("truncated 4-byte", b"\xf0\x9f\x98"),
                          ("above U+10FFFF", b"\xf4\x90\x80\x80"), ("lone continuation", b"\x80"),
                          ("5-byte form", b"\xf8\x88\x80\x80\x80"), ("C1 via 2-byte", b"\xc2\x80")]:
            out.append((ping(b',"params":{"x":"a' + bad + b'b"}'), "invalid UTF-8 in value: " + name))
            out.append((b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping","params":{"' + bad + b'":1}}\n',
                        "invalid UTF-8 in key: " + name))
            out.append((b'{"jsonrpc":"2.0","id":"' + bad + b'","method":"ping"}\n', "invalid UTF-8 in id: " + name))
            out.append((b'{"jsonrpc":"2.0","id":1,"method":"ping"}' + bad + b"\n", "invalid UTF-8 after: " + name))
            out.append((b'{"jsonrpc":"2.0","id":' + rid() + b',"method":"ping","params":{"x":"' + bad + b'"}}',
                        "invalid UTF-8 at end of string: " + name))
        for esc in [b"\\ud800", b"\\udc00", b"\\ud800\\u0041", b"\\uD83D\\uDE00", b"\\udbff\\udfff", b"\\uffff"]:
            out.append((ping(b',"params":{"x":"' + esc + b'"}'), "escape " + esc.decode()))
        return [(d if d.endswith(b"\n") else d + b"\n", n) for d, n in out]

    def phase_specials(self, items):
        for data, name in items:
            # Amounts are integers in paise: fractions, exponents, non-positive or out-of-range are -32602.
            strict = frozenset([-32602]) if name.startswith("amount ") and name != "amount Int64.max" else None
            self.send(data, "special: " + name, strict=strict)

    def phase_some_specials(self):
        self.phase_specials(self.rng.sample(self.specials(), 10))

    def phase_batches(self, big=False):
        g, rng = self.gen, self.rng

        def element():
            k = rng.random()
            if k < 0.35:
                return g.request("ping", {} if rng.random() < 0.5 else None)
            if k < 0.5:
                return g.request("ping", notification=True)
            if k < 0.6:
                m = rng.choice(self.ctx.local_methods)
                return g.request(m, g.params(m) if self.ctx.schemas.methods[m].get("params") else None)
            if k < 0.7:
                return rng.choice([1, "x", None, [], [1], {}, True])
            if k < 0.8:
                return {"jsonrpc": "2.0", "id": g.new_id(), "method": rng.choice(["nope", "rpc.x", ""])}
            if k < 0.88:
                return {"jsonrpc": "1.0", "id": g.new_id(), "method": "ping"}
            if k < 0.94:
                return {"jsonrpc": "2.0", "id": rng.choice([{}, [], True]), "method": "ping"}
            m = rng.choice(self.ctx.gateway_methods)
            return g.request(m, g.params(m))

        self.send(b"[]\n", "empty batch")
        self.send(b"[ ]\r\n", "empty batch with space")
        self.send(b"[[]]\n", "nested empty batch")
        self.send(b"[[],[]]\n", "two nested empty batches")
        self.send(b"[1,2,3]\n", "batch of numbers")
        self.send(b"[{}]\n", "batch of empty object")
        self.send(line([[g.request("ping")]]), "nested batch with a request")
        self.send(line([g.request("ping", notification=True) for _ in range(3)]), "batch of notifications")
        dup = g.new_id()
        self.send(line([g.request("ping", ident=dup), g.request("ping", ident=dup)]), "batch with duplicate ids")
        for _ in range(4):
            self.send(line([element() for _ in range(rng.randint(1, 30))]), "mixed batch")
        if big:
            self.send(line([element() if rng.random() < 0.5 else g.request("ping") for _ in range(1000)]),
                      "batch of 1000")
            self.send(line([g.request("ping", notification=True) for _ in range(1000)]),
                      "batch of 1000 notifications")

    def phase_huge(self):
        g = self.gen
        lim = self.limit
        # Just under, at, and just over the line limit (the limit counts bytes before \n, a CR included).
        for target, desc in [(lim - 1, "limit-1"), (lim, "exactly the limit"), (lim + 1, "limit+1")]:
            head = b'{"jsonrpc":"2.0","id":"' + g.uniq().encode() + b'","method":"verifyWebhook","params":{' \
                   b'"headers":{},"body":"'
            tail = b'"}}'
            pad = target - len(head) - len(tail)
            if pad >= 0:
                self.send(head + b"a" * pad + tail + b"\n", "line of " + desc)
                if pad >= 1:
                    self.send(head + b"a" * (pad - 1) + tail + b"\r\n", "CRLF line of " + desc)
        if lim >= DEFAULT_LIMIT and self.rng.random() < 0.5:
            body = "".join(self.rng.choice("abc\u00e9\u20ac") for _ in range(1000)) * 280   # ~0.85 MB
            self.send_obj(g.request("verifyWebhook", {"headers": {"webhook-id": "x"}, "body": body}),
                          "huge string within limit")
            self.send_obj(g.request("createPaymentLink", {"amount": {"value": 1000, "currency": "INR"},
                                                          "description": "d" * 700000}),
                          "huge description within limit")
        # Over the limit, with the id in different places (the id may be sniffed from the prefix).
        big = max(lim + 10, 64)
        if lim >= DEFAULT_LIMIT:
            big = lim + self.rng.choice([10, 100000, 1 << 20])
        pad = b"A" * big
        ident = g.uniq().encode()
        self.send(b'{"jsonrpc":"2.0","id":"' + ident + b'","method":"ping","params":{"x":"' + pad + b'"}}\n',
                  "oversized, id first")
        self.send(b'{"jsonrpc":"2.0","method":"ping","params":{"x":"' + pad + b'"},"id":"' + g.uniq().encode()
                  + b'"}\n', "oversized, id last")
        self.send(b'{"jsonrpc":"2.0","params":{"id":"inner","x":[{"id":"deeper"}]},"id":"' + g.uniq().encode()
                  + b'","method":"ping","pad":"' + pad + b'"}\n', "oversized, nested ids before the id")
        self.send(b'{"jsonrpc":"2.0","method":"ping","params":{"x":"' + pad + b'"}}\n', "oversized notification")
        self.send(b'{"jsonrpc":"2.0","id":"' + ident + b'x","method":"ping","params":{"x":"' + pad + b"\n",
                  "oversized, unterminated")
        self.send(b'{"id":{"a":1},"pad":"' + pad + b'"}\n', "oversized, object id")
        self.send(b"[" + pad + b"\n", "oversized garbage")

    # -- gateway flows --------------------------------------------------------------------------------
    def check_result(self, method):
        def check(resp):
            if isinstance(resp, dict) and "result" in resp:
                return self.ctx.schemas.result_problems(method, resp["result"])
            return []
        return check

    def gw(self, method, params):
        resp = self.call(method, params, "gateway " + method, check=self.check_result(method))
        self.ctx.stats_gw += 1
        return resp.get("result") if isinstance(resp, dict) else None

    def time_left(self):
        return self.gen_end - time.monotonic()

    def phase_gateway(self):
        g, rng = self.gen, self.rng
        faults = random_faults(rng) if rng.random() < 0.85 else []
        if faults:
            cfg = {"faults": faults, "clear": True}
            # A token is fetched once and cached: faults on the token endpoint only bite after a revocation.
            token_faults = any(f.get("path") in (None, "/", "/api", "/api/auth/v1/token") for f in faults)
            if rng.random() < (0.8 if token_faults else 0.2):
                cfg["revoke_tokens"] = True
            if rng.random() < 0.15:
                cfg["token_ttl"] = rng.choice([0, 1, -5, 86400, 2 ** 62])
            extreme = any(f.get("ms", 0) > 10 ** 7 for f in faults) or abs(cfg.get("token_ttl", 0)) > 10 ** 9
            # Absurd latencies or token lifetimes may be refused (-32602); they must never crash anything.
            self.call("simulator.configure", cfg, "configure faults",
                      strict=frozenset([R, -32602]) if extreme else frozenset([R]))
            self.ctx.stats_faults += len(faults)
        flows = [self.flow_v3, self.flow_checkout, self.flow_links, self.flow_legacy, self.flow_order_token]
        rng.shuffle(flows)
        for flow in flows[:rng.randint(1, 3)]:
            if self.time_left() < 1.0:
                break
            flow()
        if rng.random() < 0.5 and self.time_left() > 1.0:
            # A burst of concurrent gateway calls, then wait for all of them.
            ids = []
            for _ in range(rng.randint(5, 40)):
                m = rng.choice(self.ctx.gateway_methods)
                obj = g.request(m, g.params(m), ident="%s.b%d" % (g.tag, len(self.recs)))
                recs = self.send_obj(obj, "burst " + m, check=self.check_result(m))
                if any(isinstance(e, Exp) and e.method for e in recs[0].exps):
                    ids.append(obj["id"])
            for ident in ids:
                if self.sc.wait_key(("s", ident), self.wait_timeout()) is None:
                    raise RoundDead("exited" if not self.sc.alive() else "hang")
        self.call("simulator.configure", {"clear": True}, "clear faults", strict=frozenset([R]))

    def flow_v3(self):
        g, rng = self.gen, self.rng
        ref, amt, pre = g.ref(), rng.randint(100, 500000), rng.random() < 0.6
        o = self.gw("createOrder", {"merchant_order_reference": ref, "order_amount": {"value": amt, "currency": "INR"},
                                    "pre_auth": pre})
        oid = o.get("order_id") if isinstance(o, dict) and isinstance(o.get("order_id"), str) else \
            "v1-0000000000-aa-Fuzz00"
        method = rng.choice(["CARD", "CARD", "UPI", "NETBANKING"])
        pp = g.params("createPayment", variant=method)
        pp["order_id"] = oid
        pp["payments"][0]["payment_amount"]["value"] = amt
        self.gw("createPayment", pp)
        cb = self.call("simulator.pay", {"order_id": oid, "outcome": rng.choice(["success", "success", "failure"])},
                       "simulator.pay v3")
        if isinstance(cb.get("result"), dict):
            self.verify_callback(cb["result"], "v3-callback")
        if self.time_left() < 0.5:
            return
        if pre and rng.random() < 0.5:
            self.gw("cancel", {"order_id": oid})
        elif pre:
            c = {"order_id": oid, "merchant_capture_reference": g.ref()}
            if rng.random() < 0.5:
                c["capture_amount"] = {"value": rng.randint(1, amt), "currency": "INR"}
            self.gw("capture", c)
        self.gw("refund", {"order_id": oid, "merchant_order_reference": g.ref(),
                           "order_amount": {"value": rng.randint(100, max(100, amt)), "currency": "INR"}})
        self.gw("getOrder", {"order_id": oid})
        self.gw("getOrder", {"merchant_order_reference": ref})

    def verify_callback(self, fields, scheme):
        resp = self.call("verifySignature", {"payload": fields}, "verifySignature of simulator.pay callback")
        res = resp.get("result")
        if not resp or code_of(resp) == -32600:
            return       # the line was over a small --max-line-bytes
        if not (isinstance(res, dict) and res.get("valid") is True):
            self.report.fail("semantic", "callback-verify-" + scheme,
                             "verifySignature of the simulator's own signed %s callback did not answer valid:true: %s"
                             % (scheme, enc(resp)[:300]), self.index, line=self.recs[-1].data)
        else:
            self.report.ok()

    def flow_checkout(self):
        g = self.gen
        self.gw("createCheckout", g.params("createCheckout"))
        self.gw("checkPointBalance", g.params("checkPointBalance"))

    def flow_links(self):
        g = self.gen
        p = g.params("createPaymentLink")
        ref = g.ref()
        p["merchant_payment_link_reference"] = ref
        link = self.gw("createPaymentLink", p)
        lid = link.get("payment_link_id") if isinstance(link, dict) and isinstance(link.get("payment_link_id"), str) \
            else "pl-fuzz"
        self.gw("getPaymentLink", {"payment_link_id": lid})
        self.gw("getPaymentLink", {"merchant_payment_link_reference": ref})
        self.gw("cancelPaymentLink", {"payment_link_id": lid})

    def flow_legacy(self):
        g, rng = self.gen, self.rng
        p = g.params("acceptPayment")
        txn = p["merchant_data"]["unique_merchant_txn_id"]
        a = self.gw("acceptPayment", p)
        token = a.get("token") if isinstance(a, dict) and isinstance(a.get("token"), str) else "bogus%2Btoken"
        variant = rng.choice(Gen.VARIANTS["processPayment"])
        pp = g.params("processPayment", variant=variant)
        pp["token"] = token
        self.gw("processPayment", pp)
        cb = self.call("simulator.pay", {"unique_merchant_txn_id": txn}, "simulator.pay legacy")
        if isinstance(cb.get("result"), dict):
            self.verify_callback(cb["result"], "v2-callback")
        if self.time_left() < 0.5:
            return
        inq = self.gw("inquiry", {"unique_merchant_txn_id": txn})
        pine = inq.get("ppc_PinePGTransactionID") if isinstance(inq, dict) else None
        self.gw("legacyRefund", {"unique_merchant_txn_id": txn,
                                 "pine_pg_transaction_id": pine if isinstance(pine, (str, Num)) else 12345,
                                 "amount": p["payment_data"]["amount_in_paisa"]})

    def flow_order_token(self):
        self.gw("createOrderToken", self.gen.params("createOrderToken"))

    # -- the round -----------------------------------------------------------------------------------
    def run(self, walk_share, special_share):
        self.ctx_used = set()
        start = time.monotonic()
        self.gen_end = self.end - 0.8
        self.sc = Sidecar(self.ctx.binary, self.args, self.env)
        print("round %d: %s (log %s), %.1fs" % (self.index, " ".join(self.args) or "default limits",
                                                  self.env["PLURAL_LOG_LEVEL"], self.end - start), flush=True)
        try:
            self.sync()
            self.phase_valid_all()
            self.sync()
            for i in range(0, len(walk_share), 150):
                self.phase_typewalk(walk_share[i:i + 150])
                self.sync()
            for i in range(0, len(special_share), 40):
                self.phase_specials(special_share[i:i + 40])
                self.sync()
            self.phase_ids()
            self.sync()
            self.phase_batches(big=True)
            self.sync()
            if self.time_left() > 2.5:
                self.phase_gateway()
                self.ctx.stats["phase_gateway"] += 1
            phases = [self.phase_mutate, self.phase_mutate, self.phase_mutate, self.phase_batches,
                      self.phase_unknown_fields, self.phase_gateway, self.phase_huge, self.phase_valid_all,
                      self.phase_some_specials]
            huge_done = False
            while self.time_left() > 0:
                ph = self.rng.choice(phases)
                if ph == self.phase_gateway and self.time_left() < 2.5:
                    continue
                if ph == self.phase_huge:
                    if huge_done and self.limit >= DEFAULT_LIMIT:
                        continue
                    huge_done = True
                ph()
                self.ctx.stats[ph.__name__] += 1
                self.sync()
            if not huge_done:
                self.phase_huge()
            # A last request without its newline: end of input still delimits it.
            self.send(line(self.gen.request("ping")), "last line, no newline", last=True)
        except RoundDead as e:
            self.dead = str(e)
        rc = self.sc.close(self.wait_timeout()) if self.dead != "hang" else (self.sc.kill() or None)
        self.finish(rc)

    def finish(self, rc):
        rep = self.report
        crashed = False
        if rc is None:
            rep.fail("hang", "hang", "round %d: the sidecar stopped answering (%s); killed it" % (
                self.index, "a call got no answer within %.0fs" % self.wait_timeout() if self.hung else
                "no exit within %.0fs of end of input" % self.wait_timeout()), self.index,
                line=self.hung.data if self.hung else None, extra_lines=self.configure_lines[-2:])
            crashed = True
        elif rc != 0 or self.dead == "exited":
            crashed = True
            self.report_crash(rc)
        else:
            rep.ok()
        self.verify(crashed)

    def crash_reason(self):
        err = bytes(self.sc.err).decode("utf-8", "replace")
        for pat in (r"Fatal error: [^\n]*", r"Swift runtime failure: [A-Za-z0-9 _-]+",
                    r"Program crashed: [^\n]*", r"Illegal instruction[^\n]*", r"Segmentation fault[^\n]*"):
            m = re.search(pat, err)
            if m:
                return m.group(0).strip()
        return "exit status %s" % self.sc.proc.returncode

    def crash_frames(self):
        err = bytes(self.sc.err).decode("utf-8", "replace")
        m = re.search(r"Thread \d+[^\n]* crashed:\n(.*?)(?:\n\n|\Z)", err, re.S)
        text = m.group(1) if m else err
        return [f for f in re.findall(r"in plural-sidecar at ([^\n]+)", text) if "compiler-generated" not in f][:4]

    def report_crash(self, rc):
        reason = self.crash_reason()
        frames = self.crash_frames()
        sent = [r for r in self.recs if r.sent is not None]
        unanswered = [r for r in sent if r.exps and
                      any(isinstance(e, Exp) and e.keys and NULLKEY not in e.keys and
                          not any(k in self.sc.by_key for k in e.keys) for e in r.exps)]
        repro = self.isolate(unanswered[::-1], sent[-8:][::-1])
        self.report.fail("crash", reason + " " + (frames[0] if frames else ""),
                         "round %d: the sidecar died (%s, status %s)%s" % (
                             self.index, reason, rc, (" at " + " <- ".join(frames)) if frames else ""), self.index,
                         line=repro[-1] if repro else None, extra_lines=repro[:-1] if repro else [],
                         detail="minimal reproducer: " + (" + ".join(short(x, 400) for x in repro) if repro else
                                                          "not isolated to a few lines (needs earlier state or "
                                                          "timing); replay the whole round with --replay"))

    def isolate(self, unanswered, recent, budget=12.0):
        """Lines that crash a fresh sidecar: one alone, or a simulator.configure line plus one call."""
        end = time.monotonic() + budget
        configure = [r for r in self.recs if r.sent is not None and
                     any(isinstance(e, Exp) and e.method == "simulator.configure" for e in r.exps)]

        def crashes(lines):
            if time.monotonic() > end:
                return False
            rc = run_alone(self.ctx.binary, self.args, self.env, lines, 4.0)
            return isinstance(rc, int) and rc != 0

        singles, seen = [], set()
        for r in unanswered[:8] + recent:
            if r.idx not in seen:
                seen.add(r.idx)
                singles.append(r)
        for r in singles:
            if crashes([r.data]):
                return [r.data]
        suspects = unanswered[:80] or recent
        before = [c for c in configure if c.idx < max(r.idx for r in suspects)]
        if not crashes([r.data for r in sorted(before + suspects, key=lambda r: r.idx)]):
            return None
        for r in suspects:
            pre = [c for c in configure if c.idx < r.idx]
            if crashes([c.data for c in pre] + [r.data]):
                for c in pre[::-1][:40]:
                    if crashes([c.data, r.data]):
                        return [c.data, r.data]
                keep = pre[:]                       # greedy reduction: drop every line not needed
                for i in range(len(keep) - 1, -1, -1):
                    trial = keep[:i] + keep[i + 1:]
                    if crashes([c.data for c in trial] + [r.data]):
                        keep = trial
                return [c.data for c in keep] + [r.data]
        return None

    # -- verification ----------------------------------------------------------------------------------
    def verify(self, crashed):
        rep, sc = self.report, self.sc
        singles, arrays = [], []
        impure = 0
        for t, raw, v, ok in sc.out:
            probs = []
            if not raw.endswith(b"\n"):
                probs.append("line not terminated by \\n")
            if not ok:
                probs.append("not JSON (or not strict UTF-8 JSON)")
            elif isinstance(v, list):
                if not v:
                    probs.append("an empty array")
                for el in v:
                    probs += response_problems(el)
            else:
                probs += response_problems(v)
            if probs:
                impure += 1
                rep.fail("stdout", "stdout:" + probs[0][:60], "round %d: stdout line is not a JSON-RPC 2.0 "
                         "response: %s: %s" % (self.index, "; ".join(sorted(set(probs)))[:300], short(raw)),
                         self.index)
                continue
            if isinstance(v, list):
                arrays.append((t, raw, v))
            else:
                singles.append((t, raw, v))
        if not impure:
            rep.ok()

        all_exps = [e for r in self.recs for e in r.exps]
        sexps = [e for e in all_exps if isinstance(e, Exp)]
        bexps = [e for e in all_exps if isinstance(e, BatchExp)]
        fuzzy = sorted((e for e in sexps if e.keys is None), key=specificity)
        by_key = collections.defaultdict(list)
        for e in sexps + [x for b in bexps for x in b.elems]:
            if e.keys is not None:
                for k in e.keys | ({e.alt} if e.alt else set()):
                    if k != NULLKEY:
                        by_key[k].append(e)
        for k, es in by_key.items():
            if len(es) > 1:              # the same id on several lines: answers cannot be told apart
                for e in es:
                    e.shared = True
        unexpected = []
        single_ids = {id(e) for e in sexps}

        def take_fuzzy(code):
            for e in fuzzy:
                if e.matched is None and (e.codes is None or code in e.codes):
                    return e
            return None

        # Answers with an id: match by id (a bipartite matching when several lines used the same id).
        nulls = []
        groups = collections.defaultdict(list)
        for t, raw, v in singles:
            k = idkey(v.get("id"))
            if k == NULLKEY:
                nulls.append((t, raw, v, code_of(v)))
            else:
                groups[k].append((t, raw, v))
        for k, answers in groups.items():
            cands = sorted((e for e in by_key.get(k, []) if e.matched is None and id(e) in single_ids),
                           key=lambda e: (k not in e.keys, len(e.keys)) + specificity(e))
            assign = bipartite([code_of(v) for _, _, v in answers], cands)
            leftovers = []
            for (t, raw, v), e in zip(answers, assign):
                if e is None:
                    leftovers.append((t, raw, v))
                else:
                    e.matched = (t, raw, v)
            for t, raw, v in leftovers:
                free = [e for e in cands if e.matched is None]
                pick = take_fuzzy(code_of(v)) or (free[0] if free else None)
                if pick is None:
                    unexpected.append((raw, "no line with this id is still waiting for an answer"))
                else:
                    pick.matched = (t, raw, v)
        # Answers with id null: match by code, most specific expectation first (the sets are nested).
        buckets = collections.OrderedDict()
        for e in sorted((e for e in sexps if e.matched is None and (e.keys is None or NULLKEY in e.keys)),
                        key=specificity):
            buckets.setdefault((e.codes, e.optional), collections.deque()).append(e)
        for t, raw, v, c in nulls:
            pick = None
            for (codes, _), dq in buckets.items():
                while dq and dq[0].matched is not None:
                    dq.popleft()
                if dq and (codes is None or c in codes):
                    pick = dq.popleft()
                    break
            if pick is None:
                unexpected.append((raw, "an id-null answer (code %s) with no line left that should get one" % c))
                continue
            pick.matched = (t, raw, v)
        # Batch answers: match by the ids inside.
        bindex = collections.defaultdict(list)
        for b in bexps:
            for k in {k for e in b.elems if e.keys for k in e.keys if k != NULLKEY}:
                bindex[k].append(b)
        for t, raw, v in arrays:
            keys = {idkey(x.get("id")) for x in v} - {NULLKEY}
            cands, seen = [], set()
            for b in [b for k in keys for b in bindex.get(k, [])] + bexps:
                if id(b) not in seen and b.matched is None and len(b.elems) == len(v):
                    seen.add(id(b))
                    cands.append(b)
            best = None
            for b in cands:
                probs = match_batch(b, v)
                if not probs:
                    best = (b, [])
                    break
                if best is None:
                    best = (b, probs)
            if best is None:
                f = take_fuzzy(R)
                if f:
                    f.matched = (t, raw, v)
                else:
                    unexpected.append((raw, "a batch answer that matches no batch sent"))
                continue
            b, probs = best
            b.matched = (t, raw, v)
            if probs:
                rep.fail("batch", "batch:" + probs[0][:50], "round %d: batch answered wrongly: %s" % (
                    self.index, "; ".join(probs)[:400]), self.index, line=b.rec.data)
            else:
                rep.ok()
            for e, el in zip(b.elems, batch_pairs(b, v)):
                if el is not None:
                    self.semantic(e, el, t)
        for b in bexps:
            if b.matched is None and not crashed and b.rec.sent is not None:
                rep.fail("missing", "missing:batch", "round %d: no answer to a batch that must get one: %s" % (
                    self.index, short(b.rec.data)), self.index, line=b.rec.data)

        # Per-expectation verdicts.
        for e in sexps:
            if e.matched is None:
                if e.optional or crashed or e.rec.sent is None:
                    continue
                rep.fail("missing", "missing:" + e.why, "round %d: no answer to a line that must get one (%s, "
                         "expected id %s, codes %s): %s" % (self.index, e.why, fmt_keys(e.keys), fmt_codes(e.codes),
                                                           short(e.rec.data)), self.index, line=e.rec.data)
                continue
            t, raw, v = e.matched
            if isinstance(v, dict):
                c = code_of(v)
                if e.codes is not None and c not in e.codes:
                    rep.fail("protocol", "code:%s:%s" % (e.why, c), "round %d: %s answered with %s, expected %s: "
                             "%s -> %s" % (self.index, e.why, c, fmt_codes(e.codes), short(e.rec.data), short(raw)),
                             self.index, line=e.rec.data)
                    continue
                if e.keys is not None and idkey(v.get("id")) not in e.keys:
                    rep.fail("protocol", "id:" + e.why, "round %d: %s answered with id %s, expected %s: %s -> %s"
                             % (self.index, e.why, enc(v.get("id"))[:60], fmt_keys(e.keys), short(e.rec.data),
                                short(raw)), self.index, line=e.rec.data)
                    continue
                self.semantic(e, v, t)
        for raw, why in unexpected:
            rep.fail("protocol", "unexpected:" + why[:40], "round %d: unexpected answer (%s): %s" % (
                self.index, why, short(raw)), self.index)

        # Round invariants: card numbers, stderr, memory.
        out_bytes = b"".join(raw for _, raw, _, _ in sc.out)
        err_bytes = bytes(sc.err)
        leaked = False
        for pan in sorted(self.gen.pans):
            p = pan.encode()
            for where, blob in (("stdout", out_bytes), ("stderr", err_bytes)):
                if p in blob:
                    leaked = True
                    i = blob.find(p)
                    src = next((r.data for r in self.recs if p in r.data), None)
                    rep.fail("leak", "pan:" + where, "round %d: card number %s sent in a request appears in %s: %s"
                             % (self.index, pan, where, short(blob[max(0, i - 200):i + 60], 300)), self.index,
                             line=src)
        if not leaked:
            rep.ok()
        bad_err = [ln for ln in err_bytes.split(b"\n") if ln.strip() and not strict_parse(ln, False)[0]]
        if bad_err and not crashed:
            rep.fail("stderr", "stderr-not-json", "round %d: %d stderr lines are not JSON log lines, e.g. %s" % (
                self.index, len(bad_err), short(bad_err[0])), self.index)
        else:
            rep.ok()
        if sc.max_rss_kib > self.ctx.max_rss_mb * 1024:
            rep.fail("memory", "rss", "round %d: RSS reached %d MiB (bound %d MiB)" % (
                self.index, sc.max_rss_kib // 1024, self.ctx.max_rss_mb), self.index)
        else:
            rep.ok()
        self.ctx.max_rss_seen = max(self.ctx.max_rss_seen, sc.max_rss_kib)
        self.ctx.lines_sent += len(self.recs)
        self.ctx.answers += len(sc.out)

    def semantic(self, e, v, t):
        rep = self.report
        probs = []
        c = code_of(v)
        if c == -32603:
            rep.fail("internal", "internal:%s:%s" % (e.method, v["error"].get("message", "")[:60]),
                     "round %d: -32603 internal error for %s: %s -> %s" % (self.index, e.rec.desc, short(e.rec.data),
                                                                           short(enc(v))),
                     self.index, line=e.rec.data, extra_lines=self.configure_lines[-1:])
            return
        if e.shared:
            rep.ok()
            return
        if e.strict is not None and c not in e.strict:
            desc = e.rec.desc
            m = re.match(r"type walk (\S+) (.*?)(?:=(.*)| (missing))$", desc)
            if m:
                sig, variant = "%s %s" % (m.group(1), m.group(2)), m.group(3) or m.group(4)
                summary = "%s: a wrong value at %s is not refused with %s (got %s), e.g. %s -> %s" % (
                    m.group(1), m.group(2), fmt_codes(e.strict), c, short(e.rec.data, 160), short(enc(v), 200))
            else:
                sig, variant = desc, None
                summary = "round %d: %s: expected %s, got %s: %s -> %s" % (
                    self.index, desc, fmt_codes(e.strict), c, short(e.rec.data, 200), short(enc(v), 300))
            rep.fail("validation", "strict:%s" % sig, summary, self.index, line=e.rec.data,
                     variant="%s->%s" % (variant, c) if variant else None)
            return
        if c != R:
            probs += error_data_problems(v)
        if e.check and isinstance(v, dict):
            probs += e.check(v)
        if e.rec.sent is not None and t - e.rec.sent > HANG_SECONDS:
            probs.append("answered after %.1fs" % (t - e.rec.sent))
        if probs:
            rep.fail("answer", "answer:%s:%s" % (e.method, probs[0][:70]), "round %d: %s: %s: %s -> %s" % (
                self.index, e.rec.desc, "; ".join(probs)[:400], short(e.rec.data, 200), short(enc(v), 400)),
                self.index, line=e.rec.data, extra_lines=self.configure_lines[-1:])
        else:
            rep.ok()

    def save(self):
        """The round's exact input, output and setup, for --replay."""
        d = os.path.join(self.report.outdir, "round-%d" % self.index)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "input.jsonl"), "wb") as f:
            for r in self.recs:
                if r.sent is not None:
                    f.write(r.data)
        with open(os.path.join(d, "stdout.jsonl"), "wb") as f:
            f.write(b"".join(raw for _, raw, _, _ in self.sc.out))
        with open(os.path.join(d, "stderr.log"), "wb") as f:
            f.write(bytes(self.sc.err))
        with open(os.path.join(d, "setup.json"), "w") as f:
            json.dump({"args": self.args, "env": {k: v for k, v in self.env.items() if k.startswith("PLURAL_")},
                       "seed": self.ctx.seed, "round": self.index}, f, indent=1)


def specificity(e):
    """Sort key: required before optional, narrow code sets before wide ones."""
    return (e.optional, 999 if e.codes is None else len(e.codes), e.keys is None)


def bipartite(codes, exps):
    """Assign answers (their codes) to expectations that accept them; -> list of Exp or None per answer."""
    owner = {}

    def try_assign(i, seen):
        for j, e in enumerate(exps):
            if j in seen or not (e.codes is None or codes[i] in e.codes):
                continue
            seen.add(j)
            if j not in owner or try_assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(codes)):
        try_assign(i, set())
    out = [None] * len(codes)
    for j, i in owner.items():
        out[i] = exps[j]
    return out


def batch_pairs(b, arr):
    """Pair each expected element with an answer element (by id, then id-null by code)."""
    used = [False] * len(arr)
    out = []
    for e in b.elems:
        pick = None
        for i, el in enumerate(arr):
            if not used[i] and isinstance(el, dict) and e.accepts(idkey(el.get("id")), code_of(el)) and \
                    idkey(el.get("id")) != NULLKEY:
                pick = i
                break
        if pick is None:
            for i, el in enumerate(arr):
                if not used[i] and isinstance(el, dict) and e.accepts(idkey(el.get("id")), code_of(el)):
                    pick = i
                    break
        if pick is None:
            out.append(None)
        else:
            used[pick] = True
            out.append(arr[pick])
    return out


def match_batch(b, arr):
    pairs = batch_pairs(b, arr)
    probs = []
    for e, el in zip(b.elems, pairs):
        if el is None:
            probs.append("no element answers %s (id %s, codes %s)" % (e.why, fmt_keys(e.keys), fmt_codes(e.codes)))
    return probs


def fmt_keys(keys):
    if keys is None:
        return "any"
    return "|".join(sorted("null" if k == NULLKEY else (json.dumps(k[1])[:40] if k[0] == "s" else k[1][:40])
                           for k in keys))


def fmt_codes(codes):
    if codes is None:
        return "any"
    return "|".join(sorted(str(c) for c in codes))


# ----------------------------------------------------------------------------------------------------
# Hostile socket clients: a non-reader, a slowloris, a connection flood, all at once against one socket
# sidecar, while a well-behaved probe client's pings and gateway calls must keep answering promptly.

def hostile_clients(ctx, seconds):
    import socket as so
    path = "/tmp/plural-fuzz-%d-%d.sock" % (os.getpid(), ctx.seed)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLURAL_")}
    env.update({"PLURAL_ENV": "simulator", "PLURAL_TIMEOUT": GATEWAY_TIMEOUT, "PLURAL_MAX_CONNECTIONS": "64",
                "PLURAL_SOCKET_IDLE_TIMEOUT": "1", "PLURAL_LOG_LEVEL": "error"})
    proc = subprocess.Popen([ctx.binary, "--socket", path], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, preexec_fn=die_with_parent)
    rep = ctx.report
    opened = []

    def connect():
        c = so.socket(so.AF_UNIX, so.SOCK_STREAM)
        c.settimeout(5)
        c.connect(path)
        opened.append(c)
        return c

    # What a socket sent past the line last returned: two answers often arrive in one chunk (the sidecar
    # writes whatever is queued in one call), and the second must not be lost with the first read.
    pending = {}

    def read_line(c, timeout=5):
        c.settimeout(timeout)
        buf = pending.pop(c, b"")
        while b"\n" not in buf:
            chunk = c.recv(65536)
            if not chunk:
                return None
            buf += chunk
        line, _, rest = buf.partition(b"\n")
        if rest:
            pending[c] = rest
        return line

    try:
        for _ in range(200):
            if os.path.exists(path):
                break
            time.sleep(0.02)
        time.sleep(0.1)
        end = time.monotonic() + seconds
        # The non-reader: floods pings and gateway calls, never reads an answer.
        pings = b"".join(b'{"jsonrpc":"2.0","id":%d,"method":"ping"}\n' % i for i in range(20000))
        orders = b"".join(b'{"jsonrpc":"2.0","id":%d,"method":"createOrder","params":{"merchant_order_reference":"nr-%d",'
                          b'"order_amount":{"value":100,"currency":"INR"}}}\n' % (i, i) for i in range(800))
        for _ in range(2):
            c = connect()
            c.setblocking(False)
            for blob in (orders, pings):
                try:
                    c.send(blob)
                except OSError:
                    pass
        # The slowloris: half a line each, then silence; the idle timeout must close them.
        loris = []
        for _ in range(10):
            c = connect()
            c.send(b'{"jsonrpc":"2.0","id":1,"method":"pi')
            loris.append(c)
        # The flood: past the connection cap every client is answered (served or refused) and closed.
        flood_unanswered = 0
        flood_why = collections.Counter()
        for _ in range(120):
            try:
                c = connect()
            except OSError:
                continue
            try:
                try:
                    c.send(b'{"jsonrpc":"2.0","id":"f","method":"ping"}\n')
                except BrokenPipeError:
                    pass            # refused and closed before the ping was sent: the refusal is still there to read
                if read_line(c, 3) is None:
                    flood_unanswered += 1
                    flood_why["closed unanswered"] += 1
            except OSError as e:
                flood_unanswered += 1
                flood_why[type(e).__name__] += 1
        if flood_unanswered:
            rep.fail("hang", "flood", "connection flood: %d clients were neither served nor refused (%s)" % (
                flood_unanswered, ", ".join("%s %d" % kv for kv in sorted(flood_why.items()))))
        else:
            rep.ok()
        for c in opened[:]:
            if c not in loris and c.getblocking():
                c.close()
                opened.remove(c)
        # The flood's connections were just closed: give the server a moment to let their slots go, so the probe
        # is not itself turned away by the connection cap (that would be the cap working, not a hang).
        time.sleep(0.5)
        probe = connect()
        n = 0
        while time.monotonic() < end:
            n += 1
            t = time.monotonic()
            probe.send(b'{"jsonrpc":"2.0","id":%d,"method":"createOrder","params":{"merchant_order_reference":"probe-%d",'
                       b'"order_amount":{"value":100,"currency":"INR"}}}\n{"jsonrpc":"2.0","id":"p","method":"ping"}\n' % (n, n))
            got = [read_line(probe, 5), read_line(probe, 5)]
            if None in got or time.monotonic() - t > 2:
                rep.fail("hang", "non-reader", "a reading client waited %.1fs beside clients that do not read" % (time.monotonic() - t))
                break
            rep.ok()
            time.sleep(0.1)
        for c in loris:
            try:
                closed = read_line(c, 3) is None
            except OSError:
                closed = False
            if closed:
                rep.ok()
            else:
                rep.fail("leak", "slowloris", "a half-sent line kept its connection open past the idle timeout")
        if proc.poll() is not None:
            rep.fail("crash", "hostile", "the socket sidecar died under hostile clients (status %s)" % proc.returncode)
        ctx.stats["phase_hostile"] += 1
    finally:
        for c in opened:
            try:
                c.close()
            except OSError:
                pass
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                rep.fail("hang", "hostile-exit", "SIGTERM did not stop the socket sidecar within 10 s")
                proc.kill()
                proc.wait()
        proc.stderr.close()
        for leftover in (path, path + ".lock"):
            try:
                os.unlink(leftover)
            except OSError:
                pass


def run_alone(binary, args, env, lines, timeout):
    """Feed lines to a fresh sidecar, close stdin; -> returncode, or 'hang'."""
    try:
        p = subprocess.Popen([binary] + args, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, env=env, preexec_fn=die_with_parent)
    except OSError:
        return 0
    try:
        p.stdin.write(b"".join(lines))
        p.stdin.close()
    except (BrokenPipeError, OSError):
        pass
    try:
        return p.wait(timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        return "hang"


# ----------------------------------------------------------------------------------------------------

class Context:
    pass


def discover(binary):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLURAL_")}
    env["PLURAL_ENV"] = "simulator"
    env["PLURAL_LOG_LEVEL"] = "error"
    p = subprocess.run([binary], input=b'{"jsonrpc":"2.0","id":1,"method":"rpc.discover"}\n', capture_output=True,
                       env=env, timeout=30)
    for ln in p.stdout.splitlines():
        try:
            v = json.loads(ln)
        except ValueError:
            continue
        if isinstance(v, dict) and isinstance(v.get("result"), dict) and v["result"].get("methods"):
            return v["result"]
    raise SystemExit("rpc.discover gave no OpenRPC document (status %s): %r" % (p.returncode, p.stdout[:300]))


def replay(path, binary):
    with open(os.path.join(path, "setup.json")) as f:
        setup = json.load(f)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLURAL_")}
    env.update(setup["env"])
    with open(os.path.join(path, "input.jsonl"), "rb") as f:
        data = f.read()
    print("replaying %d bytes into %s %s" % (len(data), binary, " ".join(setup["args"])), file=sys.stderr)
    p = subprocess.run([binary] + setup["args"], input=data, capture_output=True, env=env,
                       preexec_fn=die_with_parent)
    sys.stdout.buffer.write(p.stdout)
    sys.stderr.buffer.write(p.stderr[-4000:])
    print("exit status %s" % p.returncode, file=sys.stderr)
    return 0 if p.returncode == 0 else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=45.0, help="total time budget (default 45)")
    ap.add_argument("--seed", type=int, default=None, help="seed (default: from the clock, printed)")
    ap.add_argument("--rounds", type=int, default=None, help="number of fresh processes (default: by budget)")
    ap.add_argument("--max-rss-mb", type=int, default=512, help="RSS bound per process (default 512 MiB)")
    ap.add_argument("--out", default=None, help="where findings go (default /tmp/plural-fuzz-<seed>)")
    ap.add_argument("--replay", default=None, help="replay a saved round directory and print its output")
    ap.add_argument("--strict-null-ids", action="store_true",
                    help="invalid and oversized requests must be answered with id null (default: an id the "
                         "sidecar could read may be echoed)")
    a = ap.parse_args()
    STRICT_NULL_IDS[0] = a.strict_null_ids
    binary = os.environ.get("PLURAL_SIDECAR_BIN", DEFAULT_BIN)
    if a.replay:
        sys.exit(replay(a.replay, binary))
    if not os.access(binary, os.X_OK):
        print("no sidecar binary at %s (build with `swift build`, or set PLURAL_SIDECAR_BIN)" % binary)
        print("0 passed, 1 failed")
        sys.exit(2)
    seed = a.seed if a.seed is not None else int(time.time() * 1000) % 1_000_000_007
    t0 = time.monotonic()
    ctx = Context()
    ctx.seed, ctx.binary = seed, binary
    ctx.deadline = t0 + a.seconds
    ctx.max_rss_mb = a.max_rss_mb
    ctx.max_rss_seen = 0
    ctx.lines_sent = ctx.answers = 0
    ctx.stats = collections.Counter()
    ctx.stats_faults = ctx.stats_gw = 0
    outdir = a.out or "/tmp/plural-fuzz-%d" % seed
    if os.path.isdir(outdir):
        shutil.rmtree(outdir, ignore_errors=True)
    ctx.report = Report(seed, outdir)
    print("plural-sidecar fuzz: seed %d, %.0fs budget, binary %s" % (seed, a.seconds, binary), flush=True)
    print("replay with: python3 %s --seed %d --seconds %g" % (os.path.relpath(__file__), seed, a.seconds), flush=True)

    doc = discover(binary)
    S = Schemas(doc)
    ctx.schemas = S
    ctx.methods = frozenset(S.methods)
    ctx.method_order = [m["name"] for m in doc["methods"]]
    local = {"ping", "rpc.discover", "verifySignature", "verifyWebhook", "simulator.configure", "simulator.pay", "pendingOutcomes",
             "simulator.webhooks", "simulator.redeliver"}
    # Money-moving methods (x-idempotency-key) may also answer the money codes.
    for m in doc["methods"]:
        if m.get("x-idempotency-key"):
            LOCAL[m["name"]] = CALL | MONEY_CODES
    ctx.gateway_methods = [m for m in ctx.method_order if m not in local]
    ctx.local_methods = [m for m in ctx.method_order if m in local and m != "simulator.configure"]
    ctx.mutable_methods = [m for m in ctx.method_order if m != "simulator.configure"]

    rng = random.Random(seed)
    walk = type_walk_cases(S, Gen(random.Random(seed), S, "w"), ctx.method_order)
    rng.shuffle(walk)
    # The hostile-client stage takes its share first (bounded: at most 8 s), the rounds the rest.
    hostile_clients(ctx, min(8.0, max(2.0, a.seconds / 8)))
    n_rounds = a.rounds or max(2, min(40, int(round(a.seconds / 7.0))))
    specials_all = None
    for i in range(n_rounds):
        now = time.monotonic()
        left = ctx.deadline - now
        if left < 1.5:
            break
        share = left / (n_rounds - i)
        rnd = Round(ctx, i, now + share)
        rnd._f0 = ctx.report.failed
        if specials_all is None:
            specials_all = rnd.specials()
        # Every round gets its slice of the type walk and of the special inputs, so one run covers all.
        rnd.run(walk[i::n_rounds], specials_all[i::n_rounds])
        if ctx.report.failed != rnd._f0:
            rnd.save()

    rep = ctx.report
    elapsed = time.monotonic() - t0
    print("\n%d lines sent, %d answer lines, %d type-walk cases, max RSS %d MiB, %.1fs" % (
        ctx.lines_sent, ctx.answers, len(walk), ctx.max_rss_seen // 1024, elapsed))
    print("phases: " + ", ".join("%s %d" % (k.replace("phase_", ""), v) for k, v in sorted(ctx.stats.items())) +
          "; faults injected %d, gateway calls %d" % (ctx.stats_faults, ctx.stats_gw))
    if rep.findings:
        print("\nFINDINGS (seed %d; rounds saved under %s; replay a round with --replay %s/round-K):" % (
            seed, outdir, outdir))
        order = ["crash", "hang", "internal", "leak", "memory", "stdout", "protocol", "missing", "batch", "semantic",
                 "answer", "stderr", "validation"]
        for (cat, _), f in sorted(rep.findings.items(), key=lambda kv: order.index(kv[0][0])
                                  if kv[0][0] in order else 99):
            if cat == "validation":
                print("- [validation] x%d %s\n  values not refused (value->answer): %s\n  reproducer: %s" % (
                    f["count"], f["summary"], ", ".join(f["variants"]), f["file"]))
                continue
            print("\n- [%s] x%d %s" % (cat, f["count"], f["summary"]))
            if f["detail"]:
                print("  " + f["detail"])
            if f["file"]:
                print("  reproducer (exact bytes): %s" % f["file"])
                print("  replay: %s < %s" % (binary, f["file"]) if not f["prefix"] else
                      "  replay (fault setup line first): PLURAL_ENV=simulator PLURAL_TIMEOUT=%s %s < %s" % (
                          GATEWAY_TIMEOUT, binary, f["file"]))
    print("%d passed, %d failed" % (rep.passed, rep.failed))
    sys.exit(1 if rep.failed else 0)


if __name__ == "__main__":
    main()
