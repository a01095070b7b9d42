"""Nothing is lost or half-written when the writing process is killed (SIGKILL) mid-write.

A child process submits requests in transactions of 20 and reports each commit; it is killed
while a transaction is open. Afterwards every reported request is there (with its audit
entries), no request of the killed transaction is, and the audit chain verifies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import text
from tests.respond.conftest import KEY

from piplkit.map.register.store import open_register
from piplkit.respond.verify import verify_chain

CHILD = textwrap.dedent(
    """
    import sys, time
    from piplkit.map.register.store import open_register
    from piplkit.respond import dsr
    reg = open_register(sys.argv[1])
    key = sys.argv[2].encode()
    batch = 0
    while True:
        with reg.write("child") as s:
            for i in range(20):
                dsr.submit(s, {"request_id": f"b{batch}-{i}", "kind": "access",
                               "identifier_type": "cn_mobile", "identifier": "13812345678"},
                           key=key)
                if i == 10:
                    print(f"open {batch}", flush=True)
                    time.sleep(0.05)
        print(f"committed {batch}", flush=True)
        batch += 1
    """
)


def test_kill_during_a_write_leaves_a_consistent_register(db_url: str, tmp_path: Path) -> None:
    open_register(db_url).dispose()  # migrate first
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    committed = -1
    with (tmp_path / "child.err").open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, str(script), db_url, KEY.decode()],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                break  # the child ended on its own: its error is in child.err
            line = line.strip()
            if line.startswith("committed"):
                committed = int(line.split()[1])
            if line.startswith("open") and committed >= 2:
                proc.send_signal(signal.SIGKILL)  # inside an open transaction
                break
        proc.wait(timeout=30)
        proc.stdout.close()
    child_errors = (tmp_path / "child.err").read_text(encoding="utf-8")[-2000:]
    assert committed >= 2, f"the child never committed; its stderr ends: {child_errors}"
    reg = open_register(db_url)
    try:
        with reg.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            names = {r[0] for r in conn.execute(text("SELECT name FROM dsr_request"))}
            audited = conn.execute(
                text("SELECT count(*) FROM audit_event WHERE entity = 'dsr_request'")
            ).scalar()
        expected = {f"b{b}-{i}" for b in range(committed + 1) for i in range(20)}
        assert names == expected  # all committed batches, nothing of the killed one
        assert audited == len(names)
        with reg.read() as s:
            report = verify_chain(s)
        assert report.ok, report.problems
    finally:
        reg.dispose()
