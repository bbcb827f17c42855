"""Helpers the tests share."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def cli(*args: str, data: Path | None = None) -> Ran:
    """Run a command in this process, as ``branchdesk [--data-dir data] args…`` would: its exit code, stdout and
    stderr (a usage error exits 2 with argparse's message)."""
    from main import main
    from models.i18n import language, set_language

    argv = (["--data-dir", str(data)] if data is not None else []) + list(args)
    out, err = io.StringIO(), io.StringIO()
    lang = language()
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv, exec_=False)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        os.umask(umask)
        set_language(lang)
    return Ran(code, out.getvalue(), err.getvalue())


def cli_process(*args: str, data: Path | None = None, env: dict[str, str] | None = None,
                timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The same as a real process (start-up, exit codes and streams as a script sees them)."""
    cmd = [sys.executable, str(ROOT / "main.py")] + (["--data-dir", str(data)] if data is not None else []) + list(args)
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=timeout)


def receive_trusted(store, paths, progress=None):  # type: ignore[no-untyped-def]
    """The committee receives bundles and, for a branch not confirmed yet, confirms the key at once, as if the branch
    had read out its full fingerprint by phone; held bundles then show as what confirming did with them."""
    from exchange.committee import confirm_branch, receive

    res = receive(store, paths, progress)
    outcome = {}
    for code in dict.fromkeys(r.branch for r in res if r.status == "held"):
        fp = next(r.fingerprint for r in res if r.branch == code and r.status == "held")
        outcome.update({x.path.name: x for x in confirm_branch(store, code, fp)})
    for r in res:
        if r.status == "held" and r.path.name in outcome:
            r.status, r.reasons = outcome[r.path.name].status, outcome[r.path.name].reasons
    return res
