"""scripts/generate-clients: the clients' generated files are what protocol/openrpc.json generates, and
`--check` notices when they are not (a method added without regenerating, a hand edit, a removed error code).
Each perturbation happens in a copy of the tree in a temporary directory, never in the repository."""
import json, os, pathlib, shutil, subprocess, sys

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = pathlib.Path("scripts") / "generate-clients"


def run(root, *args):
    return subprocess.run([sys.executable, str(root / SCRIPT), *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def tree(tmp_path):
    """The parts of the repository the generator reads and writes, copied."""
    root = tmp_path / "repo"
    ignore = shutil.ignore_patterns("node_modules", "__pycache__", ".mypy_cache", ".pytest_cache", "*.egg-info", "vendor")
    for part in ("scripts", "protocol", "clients"):
        shutil.copytree(REPO / part, root / part, ignore=ignore)
    shutil.copy2(REPO / "README.md", root / "README.md")
    return root


def edit_doc(root, change):
    path = root / "protocol" / "openrpc.json"
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc, indent=2))


def fake_method(name="fake.doThing", **extra):
    return {"name": name, "summary": "A fake method.", "paramStructure": "by-name",
            "params": [{"name": "order_id", "required": True, "schema": {"type": "string"}}],
            "result": {"name": "r", "schema": {"$ref": "#/components/schemas/Order"}},
            "errors": [{"$ref": "#/components/errors/InvalidParams"}], **extra}


def test_the_repository_is_up_to_date():
    done = run(REPO, "--check")
    assert done.returncode == 0, done.stderr


def test_generated_files_say_so():
    for path in ["clients/python/src/plural_sidecar/types.py", "clients/python/src/plural_sidecar/_methods.py",
                 "clients/python/src/plural_sidecar/_error_codes.py", "clients/node/lib/methods.js",
                 "clients/node/lib/errors.js", "clients/node/index.d.ts", "clients/node/index.mjs",
                 "clients/php/src/ClientMethods.php", "clients/php/src/ErrorCodes.php",
                 "clients/php/src/Exception/GatewayErrorException.php"]:
        head = (REPO / path).read_text()[:300]
        assert "Generated from protocol/openrpc.json by scripts/generate-clients" in head, path
        assert "do not edit by hand" in head, path
    readme = (REPO / "README.md").read_text()
    assert readme.count("<!-- methods:begin -->") == 1 and readme.count("<!-- methods:end -->") == 1
    assert "\n| method | does |" not in readme, "the hand-written method table is gone"


def test_a_method_added_without_regenerating_fails_the_check(tree):
    edit_doc(tree, lambda doc: doc["methods"].extend([fake_method(tags=[{"name": "fake-area"}],
                                                                  **{"x-plural-operations": [{"method": "GET", "path": "/x"}]}),
                                                      fake_method(name="fake.untagged")]))
    done = run(tree, "--check")
    assert done.returncode == 1
    for path in ["clients/python/src/plural_sidecar/_methods.py", "clients/python/src/plural_sidecar/types.py",
                 "clients/node/lib/methods.js", "clients/node/index.d.ts", "clients/php/src/ClientMethods.php",
                 "README.md", "clients/python/README.md", "clients/node/README.md", "clients/php/README.md"]:
        assert path in done.stderr, path
    assert "errors.js" not in done.stderr, "only what the change touches is named"

    assert run(tree).returncode == 0
    assert run(tree, "--check").returncode == 0, "regenerating makes the check pass again"
    assert '("do_thing", "fake.doThing")' not in (tree / "clients/python/src/plural_sidecar/_methods.py").read_text()
    assert '("fake_do_thing", "fake.doThing")' in (tree / "clients/python/src/plural_sidecar/_methods.py").read_text()
    assert "['fakeDoThing', 'fake.doThing']" in (tree / "clients/node/lib/methods.js").read_text()
    php = (tree / "clients/php/src/ClientMethods.php").read_text()
    assert "public function fakeDoThing(array $params, ?float $timeout = null): array" in php
    assert "Calls Plural: GET /x." in php
    readme = (tree / "README.md").read_text()
    assert "| fake-area | `fake.doThing` | A fake method. |" in readme
    assert "| general | `fake.untagged` |" in readme, "untagged methods fall back to the general area"


def test_a_hand_edit_fails_the_check(tree):
    target = tree / "clients/node/lib/errors.js"
    original = target.read_text()
    target.write_text(original.replace("static CODE = -32001;", "static CODE = -32099;"))
    done = run(tree, "--check")
    assert done.returncode == 1 and "clients/node/lib/errors.js" in done.stderr
    assert run(tree).returncode == 0
    assert target.read_text() == original


def test_an_edit_inside_a_generated_readme_region_fails_the_check_and_outside_does_not(tree):
    readme = tree / "clients/php/README.md"
    readme.write_text(readme.read_text() + "\nA note of our own.\n")
    assert run(tree, "--check").returncode == 0
    readme.write_text(readme.read_text().replace("| `createOrder` |", "| `makeOrder` |"))
    done = run(tree, "--check")
    assert done.returncode == 1 and "clients/php/README.md" in done.stderr


def test_a_removed_error_code_leaves_no_stale_class(tree):
    def drop(doc):
        del doc["components"]["errors"]["BadGatewayAnswer"]
        for m in doc["methods"]:
            m["errors"] = [e for e in m.get("errors", []) if e.get("$ref") != "#/components/errors/BadGatewayAnswer"]
    edit_doc(tree, drop)
    stale = tree / "clients/php/src/Exception/BadGatewayAnswerException.php"
    done = run(tree, "--check")
    assert done.returncode == 1 and "BadGatewayAnswerException.php is generated but no longer" in done.stderr
    assert run(tree).returncode == 0 and not stale.exists()
    assert run(tree, "--check").returncode == 0


@pytest.mark.parametrize("name", ["close", "call", "rpc.spawn"])
def test_a_helper_name_the_client_uses_is_refused(tree, name):
    edit_doc(tree, lambda doc: doc["methods"].append(fake_method(name)))
    done = run(tree, "--check")
    assert done.returncode == 2 and "taken by the client" in done.stderr


def test_two_methods_making_one_helper_are_refused(tree):
    edit_doc(tree, lambda doc: doc["methods"].append(fake_method("rpc.ping")))
    done = run(tree, "--check")
    assert done.returncode == 2 and "both make the helper ping" in done.stderr


def grown(doc):
    """What the document is growing into: tags (also by $ref), x-plural-operations, dotted and dashed names,
    and schemas with every construct the generator maps."""
    doc["components"].setdefault("tags", {})["links"] = {"name": "payment links"}
    for m in doc["methods"]:
        if m["name"] in ("createOrder", "getOrder"):
            m["tags"] = [{"name": "orders"}]
            m["x-plural-operations"] = [{"method": "POST", "path": "/api/pay/v1/orders"}]
        elif "PaymentLink" in m["name"]:
            m["tags"] = [{"$ref": "#/components/tags/links"}]
    doc["components"]["schemas"]["Odd-Shape"] = {
        "type": "object", "additionalProperties": False, "required": ["class", "x-y"],
        "properties": {
            "class": {"type": ["string", "null"]},
            "x-y": {"oneOf": [{"type": "object", "properties": {"a": {"type": "integer"}}},
                              {"type": "object", "properties": {"b": {"const": "it's"}}}]},
            "__private": {"type": "number"}, "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "deep": {"$ref": "#/components/schemas/Amount/properties/value"}, "both": {"allOf": [{"type": "string"}, {}]},
            "self": {"$ref": "#/components/schemas/Odd-Shape"}, "level": {"enum": [1, 2, None]},
            "mixed": {"enum": [1.5, "a"]}, "tricky": {"enum": ["a|b", "c*/d", "e\\f"]},
            "external": {"$ref": "https://example.com/schema.json"}, "items": {"type": "array", "items": {"type": "object"}},
        },
    }
    doc["components"]["errors"]["Teapot"] = {"code": -32099, "message": "I'm a teapot: data carries */ nothing."}
    doc["methods"] += [
        {"name": "fake.do-thing", "summary": "A fake | method with */ in it.", "paramStructure": "by-name",
         "tags": [{"name": "fake"}],
         "params": [{"name": "odd", "required": True, "schema": {"$ref": "#/components/schemas/Odd-Shape"}},
                    {"name": "import", "required": False, "schema": {"type": "array", "items": {"type": ["integer", "string"]}}},
                    {"name": "with-dash", "required": False, "schema": {"type": "boolean"}}],
         "result": {"name": "r", "schema": {"type": "string"}}, "errors": [{"$ref": "#/components/errors/Teapot"}]},
        {"name": "rpc.nothing", "summary": "Null result.", "params": [], "result": {"name": "r", "schema": {"type": "null"}}},
        {"name": "listThings", "summary": "A list.", "params": [],
         "result": {"name": "r", "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Amount"}}}},
    ]


def test_a_grown_document_generates_code_that_loads(tree):
    edit_doc(tree, grown)
    done = run(tree)
    assert done.returncode == 0, done.stderr
    assert run(tree, "--check").returncode == 0

    src = tree / "clients/python/src"
    probe = ("import typing, plural_sidecar as p; from plural_sidecar import types as t\n"
             "assert typing.get_type_hints(t.OddShape)['x-y']\n"
             "assert t.FakeDoThingParams.__required_keys__ == {'odd'}\n"
             "assert {'import', 'with-dash'} <= t.FakeDoThingParams.__optional_keys__\n"
             "assert callable(p.Sidecar.fake_do_thing) and callable(p.AsyncSidecar.nothing)\n"
             "assert p.SidecarError.from_error({'code': -32099, 'message': 'm'}).__class__ is p.Teapot\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(src)})
    assert done.returncode == 0, done.stderr
    try:
        import mypy  # noqa: F401
    except ImportError:
        pass
    else:
        done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir",
                               str(tree / ".mypy_cache"), "-p", "plural_sidecar"],
                              capture_output=True, text=True, timeout=600, env={**os.environ, "MYPYPATH": str(src)})
        assert done.returncode == 0, done.stdout + done.stderr

    readme = (tree / "README.md").read_text()
    assert "| payment links | `createPaymentLink` |" in readme
    assert "A fake \\| method" in readme

    node = tree / "clients/node"
    if shutil.which("node"):
        probe = ("const c = require('.'); if (c.Teapot.CODE !== -32099 || typeof c.Sidecar.prototype.fakeDoThing !== 'function'"
                 " || typeof c.Sidecar.prototype.nothing !== 'function') process.exit(1);")
        done = subprocess.run(["node", "-e", probe], cwd=node, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        done = subprocess.run(["node", "--input-type=module", "-e", "import { Teapot } from './index.mjs'; if (!Teapot) process.exit(1);"],
                              cwd=node, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    if shutil.which("tsc"):
        done = subprocess.run(["tsc", "--noEmit", "--strict", "--target", "es2020", "index.d.ts"], cwd=node,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr

    php = tree / "clients/php"
    if shutil.which("php"):
        for path in sorted((php / "src").rglob("*.php")):
            done = subprocess.run(["php", "-l", str(path)], capture_output=True, text=True, timeout=60)
            assert done.returncode == 0, done.stdout + done.stderr
        assert (php / "src/Exception/TeapotException.php").exists()
    if shutil.which("phpcs"):
        done = subprocess.run(["phpcs", "--standard=PSR12", str(php / "src")], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout
