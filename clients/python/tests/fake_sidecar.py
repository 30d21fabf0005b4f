"""Stands in for plural-sidecar to misbehave on purpose.

    fake_sidecar.py exit     read one request, exit 3 without answering
    fake_sidecar.py garbage  read one request, answer with a line that is not JSON, then wait for EOF
"""

import sys

mode = sys.argv[1] if len(sys.argv) > 1 else "exit"
sys.stdin.readline()
if mode == "garbage":
    sys.stdout.write("this is not json\n")
    sys.stdout.flush()
    sys.stdin.read()
    sys.exit(0)
sys.exit(3)
