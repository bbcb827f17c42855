"""Does the UI thread stay free? A 10 ms watchdog timer on the event loop of the real window over a 10-year,
50-member demo branch, with the real background task runner. For each step — opening the main window, the first
and a second visit to every page, opening the meeting and member dialogs, a save — the longest time the event
loop could not run (the step itself when it runs on the UI thread, or any later gap while its results arrive).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/stalls.py [--data-dir DIR]

Prints a Markdown table; the budget is no stall over 100 ms (docs/design.md §9). Nothing is asserted.
Uses only what every version of the window has (the side list, the pages' public methods), so the same script
measures an older checkout for a before/after table.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication.instance() or QApplication(sys.argv[:1])


class Watchdog(QObject):
    """Ticks every 10 ms; the longest gap between two ticks is how long the event loop was held."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0


def settle(runner: object, seconds: float) -> None:
    """Run the event loop for ``seconds`` and until no background task is left."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end or getattr(runner, "_active", ()):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
        if time.perf_counter() > end + 30:
            break


def measure(dog: Watchdog, runner: object, action: Callable[[], object], wait: float = 0.6) -> float:
    """Milliseconds the event loop was held by ``action`` and what followed from it."""
    settle(runner, 0.05)
    dog.reset()
    action()
    dog.tick()
    settle(runner, wait)
    return (dog.worst - 0.010) * 1000 if dog.worst > 0.010 else 0.0


def run(data_dir: Path | None = None) -> list[tuple[str, float]]:
    from models.config import UserSettings
    from models.db import Workspace
    from ui.context import AppContext
    from ui.tasks import TaskRunner

    tmp = None
    if data_dir is None:
        from models.demo import fill_demo

        tmp = tempfile.TemporaryDirectory()
        data_dir = Path(tmp.name)
        w = Workspace.open(data_dir)
        fill_demo(w, members=50, years=10)
        w.close()
    ws = Workspace.open(data_dir)
    runner = TaskRunner()
    ctx = AppContext(ws, UserSettings(), runner)
    dog = Watchdog()
    rows: list[tuple[str, float]] = []
    holder: dict[str, object] = {}

    def open_window() -> None:
        from ui.main_window import MainWindow

        win = MainWindow(ctx)
        win.show()
        win.grab()
        holder["win"] = win

    rows.append(("open the main window (show, first paint)", measure(dog, runner, open_window, 1.5)))
    win = holder["win"]
    nav = win.nav  # type: ignore[attr-defined]
    for visit in ("first", "second"):
        for i in [*range(1, nav.count()), 0]:
            name = nav.item(i).text()
            rows.append((f"{visit} visit: {name}", measure(dog, runner, lambda i=i: (nav.setCurrentRow(i), win.grab()))))  # type: ignore[attr-defined]

    def meeting_dialog() -> None:
        from ui.meeting_dialog import MeetingDialog

        d = MeetingDialog(ctx, "general", None, win, on=date.today())  # type: ignore[arg-type]
        d.show()
        d.grab()
        holder["dialog"] = d

    rows.append(("open a new 支部党员大会 record (dialog)", measure(dog, runner, meeting_dialog)))
    holder["dialog"].close()  # type: ignore[attr-defined]

    def member_dialog() -> None:
        from ui.member_dialog import MemberDialog

        m = ctx.roster.list_members()[0]
        d = MemberDialog(ctx, ctx.roster.get(m.id), win)  # type: ignore[arg-type]
        d.show()
        d.grab()
        holder["dialog"] = d

    rows.append(("open a member (dialog)", measure(dog, runner, member_dialog)))
    holder["dialog"].close()  # type: ignore[attr-defined]
    nav.setCurrentRow(0)
    settle(runner, 0.5)

    def save() -> None:
        """A save as the pages do it: the write on the write worker, then data_changed on the UI thread."""
        from dataclasses import replace

        from models.services.dto import MemberInput

        m = ctx.roster.get(ctx.roster.list_members()[1].id)
        fields = {f: getattr(m, f) for f in MemberInput.__dataclass_fields__ if hasattr(m, f)}
        inp = replace(MemberInput(**fields), notes=f"bench {time.time()}")
        runner.run(lambda _p: ctx.roster.update(m.id, inp), lambda _r: ctx.data_changed.emit(), writes=True)

    rows.append(("save a member, 工作台 shown (data_changed)", measure(dog, runner, save, 1.5)))
    nav.setCurrentRow(2)
    settle(runner, 0.5)
    rows.append(("save a member, 花名册 shown (data_changed)", measure(dog, runner, save, 1.5)))
    win.close()  # type: ignore[attr-defined]
    runner.wait(30000)
    ws.close()
    if tmp is not None:
        tmp.cleanup()
    return rows


def main() -> None:
    data_dir = Path(sys.argv[sys.argv.index("--data-dir") + 1]) if "--data-dir" in sys.argv else None
    rows = run(data_dir)
    print("| step (10-year, 50-member demo) | longest stall of the event loop | budget |")
    print("|---|---|---|")
    for name, ms in rows:
        print(f"| {name} | {ms:.0f} ms{' ✖' if ms > 100 else ''} | ≤ 100 ms |")
    print(f"\nworst: {max(ms for _n, ms in rows):.0f} ms; steps over 100 ms: {sum(ms > 100 for _n, ms in rows)}/{len(rows)}")


if __name__ == "__main__":
    main()
