"""protocol/openrpc.json: generated from the sidecar's method table, valid OpenRPC 1.3 with draft-07 schemas,
and in agreement with what the binary serves and with the recorded examples."""
import json, os, pathlib, subprocess, sys

import jsonschema
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("PLURAL_SIDECAR_BIN", str(REPO / ".build/debug/plural-sidecar"))
DOC_PATH = REPO / "protocol/openrpc.json"
DOC = json.loads(DOC_PATH.read_text())

DESIGN_METHODS = {"createOrder", "getOrder", "createPayment", "capture", "cancel", "refund", "createCheckout", "checkPointBalance",
                  "createPaymentLink", "getPaymentLink", "cancelPaymentLink", "acceptPayment", "processPayment", "inquiry", "legacyRefund",
                  "createOrderToken", "verifySignature", "verifyWebhook", "ping", "rpc.discover"}
DESIGN_CODES = {-32700, -32600, -32601, -32602, -32603, -32001, -32002, -32003, -32004, -32005}
# Added for money-moving calls (docs/JOURNAL.md): an idempotency key reused with other params; refused for safety.
MONEY_CODES = {-32006, -32007}

# The structure the OpenRPC 1.3 meta-schema requires, written out for this test (the published meta-schema is
# used instead when OPENRPC_META_SCHEMA names a local copy of it).
REF = {"type": "object", "required": ["$ref"], "properties": {"$ref": {"type": "string"}}, "additionalProperties": False}
CONTENT = {"type": "object", "required": ["name", "schema"], "additionalProperties": False, "patternProperties": {"^x-": {}},
           "properties": {"name": {"type": "string", "minLength": 1}, "summary": {"type": "string"}, "description": {"type": "string"},
                          "schema": {"type": ["object", "boolean"]}, "required": {"type": "boolean"}, "deprecated": {"type": "boolean"}}}
EXAMPLE = {"type": "object", "required": ["name", "value"], "properties": {"name": {"type": "string", "minLength": 1}, "summary": {"type": "string"},
                                                                          "description": {"type": "string"}, "value": {}}}
PAIRING = {"type": "object", "required": ["name", "params", "result"],
           "properties": {"name": {"type": "string", "minLength": 1}, "description": {"type": "string"},
                          "params": {"type": "array", "items": {"oneOf": [EXAMPLE, REF]}}, "result": {"oneOf": [EXAMPLE, REF]}}}
ERROR = {"type": "object", "required": ["code", "message"], "additionalProperties": False,
         "properties": {"code": {"type": "integer"}, "message": {"type": "string"}, "data": {}}}
METHOD = {"type": "object", "required": ["name", "params", "result"], "additionalProperties": False, "patternProperties": {"^x-": {}},
          "properties": {"name": {"type": "string", "minLength": 1}, "summary": {"type": "string"}, "description": {"type": "string"},
                         "tags": {"type": "array"}, "paramStructure": {"enum": ["by-position", "by-name", "either"]},
                         "params": {"type": "array", "items": {"oneOf": [CONTENT, REF]}}, "result": {"oneOf": [CONTENT, REF]},
                         "errors": {"type": "array", "items": {"oneOf": [ERROR, REF]}}, "links": {"type": "array"},
                         "examples": {"type": "array", "items": {"oneOf": [PAIRING, REF]}}, "deprecated": {"type": "boolean"},
                         "externalDocs": {"type": "object"}}}
META = {"type": "object", "required": ["openrpc", "info", "methods"], "additionalProperties": False, "patternProperties": {"^x-": {}},
        "properties": {"openrpc": {"type": "string", "pattern": r"^1\.3\.\d+$"},
                       "info": {"type": "object", "required": ["title", "version"],
                                "properties": {"title": {"type": "string"}, "version": {"type": "string"}, "description": {"type": "string"},
                                               "license": {"type": "object", "properties": {"name": {"type": "string"}, "url": {"type": "string"}}}}},
                       "servers": {"type": "array"}, "methods": {"type": "array", "items": METHOD},
                       "components": {"type": "object", "properties": {
                           "schemas": {"type": "object"}, "errors": {"type": "object", "additionalProperties": ERROR},
                           "links": {"type": "object"}, "examples": {"type": "object"}, "examplePairings": {"type": "object"},
                           "contentDescriptors": {"type": "object"}, "tags": {"type": "object"}}}}}


def rpc(method, env_name="simulator"):
    env = dict(os.environ, PLURAL_ENV=env_name)
    out = subprocess.run([BINARY], input=json.dumps({"jsonrpc": "2.0", "id": 1, "method": method}) + "\n",
                         capture_output=True, text=True, env=env, timeout=30).stdout
    return json.loads(out)["result"]


def test_document_is_valid_openrpc():
    meta = os.environ.get("OPENRPC_META_SCHEMA")
    schema = json.loads(pathlib.Path(meta).read_text()) if meta else META
    jsonschema.Draft7Validator(schema).validate(DOC)
    names = [m["name"] for m in DOC["methods"]]
    assert len(names) == len(set(names)), "method names must be unique"


def test_every_schema_is_draft07():
    schemas = list(DOC["components"]["schemas"].values())
    for m in DOC["methods"]:
        schemas += [p["schema"] for p in m["params"]] + [m["result"]["schema"]]
    for s in schemas:
        jsonschema.Draft7Validator.check_schema(s)


def test_file_is_what_the_binary_generates():
    generated = subprocess.run([BINARY, "openrpc", "--examples", str(REPO / "protocol/examples")], capture_output=True, text=True, timeout=30).stdout
    assert json.loads(generated) == DOC, "protocol/openrpc.json is stale: regenerate it with `plural-sidecar openrpc --examples protocol/examples`"


def strip_examples(doc):
    return [{k: v for k, v in m.items() if k != "examples"} for m in doc["methods"]]


def test_rpc_discover_serves_the_same_methods():
    assert strip_examples(rpc("rpc.discover")) == strip_examples(DOC)


def test_simulator_methods_are_listed_only_in_simulator_mode():
    served = {m["name"] for m in rpc("rpc.discover", "uat")["methods"]}
    assert served == {m["name"] for m in DOC["methods"] if not m["name"].startswith("simulator.")}


def test_design_methods_and_error_codes_are_all_there():
    assert DESIGN_METHODS <= {m["name"] for m in DOC["methods"]}
    assert DESIGN_CODES | MONEY_CODES == {e["code"] for e in DOC["components"]["errors"].values()}
    for m in DOC["methods"]:
        assert m["paramStructure"] == "by-name"
        for e in m.get("errors", []):
            assert e["$ref"].split("/")[-1] in DOC["components"]["errors"]


def test_every_money_moving_method_takes_an_idempotency_key_and_names_its_errors():
    money = [m for m in DOC["methods"] if m.get("x-idempotency-key")]
    assert {"createOrder", "createPayment", "capture", "cancel", "refund", "legacyRefund"} <= {m["name"] for m in money}
    for m in money:
        key = next((p for p in m["params"] if p["name"] == "idempotency_key"), None)
        assert key and not key.get("required"), m["name"]
        assert key["schema"]["pattern"] == "^[A-Za-z0-9._:-]{1,64}$"
        codes = {DOC["components"]["errors"][e["$ref"].split("/")[-1]]["code"] for e in m["errors"]}
        assert MONEY_CODES <= codes, m["name"]
    for m in DOC["methods"]:
        if not m.get("x-idempotency-key"):
            assert "idempotency_key" not in {p["name"] for p in m["params"]}, m["name"]


def validator_for(schema):
    """A validator that resolves #/components/... against the document."""
    root = dict(DOC)
    root.update(schema)
    return jsonschema.Draft7Validator(root)


@pytest.mark.parametrize("method", [m["name"] for m in DOC["methods"]])
def test_examples_satisfy_their_schemas(method):
    m = next(x for x in DOC["methods"] if x["name"] == method)
    assert m.get("examples"), f"{method} has no example pairing"
    pairing = m["examples"][0]
    declared = {p["name"]: p for p in m["params"]}
    for p in pairing["params"]:
        assert p["name"] in declared, f"example param {p['name']} is not declared"
        validator_for(declared[p["name"]]["schema"]).validate(p["value"])
    for name, p in declared.items():
        if p.get("required"):
            assert name in {x["name"] for x in pairing["params"]}, f"example lacks required param {name}"
    if method != "rpc.discover":
        validator_for(m["result"]["schema"]).validate(pairing["result"]["value"])


def test_examples_replay_against_the_simulator():
    r = subprocess.run([sys.executable, str(REPO / "protocol/examples/record.py"), "--check"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def official_operations():
    """docs/OPERATIONS.md's rows: (verb, path, [methods], served), one per operation of Plural's official definitions."""
    rows = []
    for line in (REPO / "docs/OPERATIONS.md").read_text().splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) == 7 and cells[2] in {"GET", "POST", "PUT", "PATCH", "DELETE"}:
            methods = [m.strip(" `") for m in cells[4].split(",")]
            rows.append((cells[2], cells[3].strip("`"), methods, cells[5] == "yes"))
    return rows


def test_rpc_discover_has_a_method_for_every_official_operation():
    rows = official_operations()
    assert len(rows) == 93, "the official definitions have 93 distinct operations"
    unserved = [f"{verb} {path}" for verb, path, _, served in rows if not served]
    assert not unserved, f"official operations with no method: {unserved}"
    served = {m["name"] for m in rpc("rpc.discover", "uat")["methods"]}
    for verb, path, methods, _ in rows:
        if path == "/api/auth/v1/token":
            continue  # the token cache's own call, not a method
        missing = [m for m in methods if m not in served]
        assert not missing, f"{verb} {path}: {missing} not in rpc.discover"
    # Each is filed under an area (an OpenRPC tag) a client can browse by.
    tagged = {m["name"] for m in DOC["methods"] if m.get("tags")}
    untagged = sorted({m for _, path, methods, _ in rows if path != "/api/auth/v1/token" for m in methods} - tagged)
    assert not untagged, f"methods with no area tag: {untagged}"
