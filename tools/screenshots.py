"""Screenshots of the main pages on a demo branch, for README and for looking at what we built.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py docs/screenshots [--lang en] [--size large|xlarge]

The program's clock is set to ``TODAY`` (time-machine) while the screenshots are taken: the demo is filled up to that
day and the 工作台 judges what is due against it, so the pictures do not change with the day they are made on (made
on the 1st of a month, a month's duties would all show as due)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datetime import date, datetime  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

TODAY = datetime(2026, 11, 21, 10, 0)  # the day the screenshots show


def main(out: Path, lang: str, size: str = "standard") -> None:
    from models.config import UserSettings
    from models.db import Workspace
    from models.demo import fill_demo
    from models.i18n import set_language
    from ui.app import make_app
    from ui.context import AppContext
    from ui.i18n import install_translators
    from ui.import_dialog import ImportDialog
    from ui.main_window import MainWindow
    from ui.member_dialog import MemberDialog
    from ui.tasks import SyncTaskRunner

    set_language(lang)
    app = make_app()
    from ui.app import apply_text_size

    apply_text_size(app, size)  # 设置 → 文字大小: standard / large / xlarge
    install_translators(app, lang)
    out.mkdir(parents=True, exist_ok=True)
    first_hour(out, lang, size)
    ws = Workspace.open(Path(tempfile.mkdtemp()))
    fill_demo(ws, today=TODAY.date())
    ctx = AppContext(ws, UserSettings(language=lang, text_size=size), SyncTaskRunner())
    win = MainWindow(ctx)
    win.resize(1366, 768)
    win.show()
    for i, name in enumerate(("dashboard", "profile", "roster", "meetings", "orglife", "appraisal", "talks", "dues",
                              "development", "transfers", "pledges", "plans")):
        win.page(i)
        for _ in range(3):  # a wrapped label takes its height on the layout pass after the first paint
            QApplication.processEvents()
        win.grab().save(str(out / f"{name}.png"))
    roster = win.roster_page
    roster.search.setText(ctx.roster.list_members()[3].name_initials[:2])
    QApplication.processEvents()
    win.grab().save(str(out / "roster-search.png"))
    roster.search.setText("")
    d = MemberDialog(ctx, ctx.roster.list_members()[0], win)
    d.show()
    QApplication.processEvents()
    d.grab().save(str(out / "member-dialog.png"))
    win.page(3)
    win.meetings_page.search.setText("党章")
    win.meetings_page.reload()
    QApplication.processEvents()
    win.grab().save(str(out / "meetings-search.png"))
    from models.services.meetings import MeetingService
    from ui.meeting_dialog import MeetingDialog

    general = next(r for r in MeetingService(ws).list_meetings() if r.kind == "general")
    md = MeetingDialog(ctx, meeting_id=general.id, parent=win)
    md.show()
    QApplication.processEvents()
    md.grab().save(str(out / "meeting-dialog.png"))
    md.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    md.grab().save(str(out / "meeting-votes.png"))
    from models.services.pledges import PledgeService
    from ui.pledges_page import AssessDialog, ProgressDialog, ReviewDialog

    win.show_book("pledges")
    page = win.pledges_page
    page.view.setCurrentIndex(page.view.findData("overdue"))
    QApplication.processEvents()
    win.grab().save(str(out / "pledges-overdue.png"))
    page.view.setCurrentIndex(0)
    rows = PledgeService(ws).list_pledges(2026)
    with_progress = next(r for r in rows if r.progress and r.member_id is not None)
    for name, dialog in (("pledge-progress", ProgressDialog(ctx, with_progress, win)),
                         ("pledge-review", ReviewDialog(ctx, 2026, rows[3:9], win)),
                         ("pledge-assess", AssessDialog(ctx, with_progress, win))):
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()
    dues_and_development(win, ctx, out)
    books_8_13_15(win, ctx, out)
    bundles(win, ctx, out)
    fixture = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "roster_messy.xlsx"
    if fixture.exists():
        imp = ImportDialog(ctx, win, fixture)
        imp.show()
        QApplication.processEvents()
        imp.grab().save(str(out / "import-dialog.png"))
    from ui.standards_dialog import StandardsDialog

    rules = StandardsDialog(ctx, win)
    rules.resize(1300, 700)
    shot(rules, out, "rules")
    rules.close()
    security(win, ctx, out)
    win.close()
    ctx.ws.close()


def shot(widget, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """Show ``widget``, let wrapped labels take their height (a layout pass after the first paint), grab it."""
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))


def first_hour(out: Path, lang: str, size: str) -> None:
    """A branch set up today with nothing entered yet (开始使用 and the duties from the start date), and the demo
    opened beside it (its banner)."""
    from models.config import UserSettings
    from models.db import Workspace
    from models.demo import fill_demo
    from models.i18n import pick
    from models.services.dto import BranchProfile
    from models.services.profile import ProfileService
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.tasks import SyncTaskRunner

    settings = UserSettings(language=lang, text_size=size)
    ws = Workspace.open(Path(tempfile.mkdtemp()) / "branch", create=True)
    ProfileService(ws).save(BranchProfile(pick("中共示范公司第二支部委员会", "Second Branch of the Demo Company"),
                                          superior=pick("示范公司党委", "Demo Company Party Committee"),
                                          code="SF-02", records_from=TODAY.date().replace(day=1)))
    ctx = AppContext(ws, settings, SyncTaskRunner())
    win = MainWindow(ctx)
    win.resize(1366, 768)
    shot(win, out, "dashboard-new-branch")
    win.close()
    demo = Workspace.open(ws.root.parent / "demo", create=True)
    fill_demo(demo, members=12, years=1, today=TODAY.date())
    ctx.replace_workspace(demo)  # the demo beside the branch's own folder: 演示 in the title and on every page
    win = MainWindow(ctx)
    win.resize(1366, 768)
    win.show()
    win.show_book("roster")
    shot(win, out, "demo-banner")
    win.close()
    demo.close()
    ws.close()


def security(win, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Encryption at rest: the set-up's password, the recovery code, the unlock dialog, 设置 → 安全, the locked
    window."""
    from models.encrypt import encrypt_workspace
    from ui.app_lock import RecoveryCodeDialog, UnlockDialog
    from ui.settings_dialog import SettingsDialog
    from ui.setup_dialog import SetupDialog

    setup = SetupDialog(ctx, win)
    setup.form.name.setText("中共示范社区第一支部委员会")
    setup.password.setText("支部每月十号交党费")
    setup.password_again.setText("支部每月十号交党")
    setup.create_branch()  # says the two passwords differ (the profile is the demo's: nothing else changes)
    shot(setup, out, "setup-password")
    setup.close()
    opened, code = encrypt_workspace(ctx.ws, "支部每月十号交党费")
    ctx.replace_workspace(opened)
    rc = RecoveryCodeDialog(code, "中共示范社区第一支部委员会", win)
    shot(rc, out, "recovery-code")
    rc.kept.setChecked(True)
    rc.close()
    unlock = UnlockDialog(ctx.ws.root)
    unlock.box.field.setText("不对的密码不对的密码")
    unlock.box.attempt()
    shot(unlock, out, "unlock")
    unlock.close()
    settings = SettingsDialog(ctx, win)
    shot(settings, out, "settings-security")
    settings.close()
    win.page(0)
    win.start_app_lock()
    win.lock()
    shot(win, out, "locked")
    win.app_lock.unlock()


def books_8_13_15(win, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.committee_box import ElectionDialog

    win.show_book("orglife")
    page = win.orglife_page
    for tab, name in ((1, "orglife-speeches"), (2, "orglife-remediation")):
        page.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        win.grab().save(str(out / f"{name}.png"))
    win.show_book("plans")
    win.plans_page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    win.grab().save(str(out / "plans-assessment.png"))
    win.show_book("transfers")
    win.transfers_page.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    win.grab().save(str(out / "transfers-away.png"))
    d = ElectionDialog(ctx, win)
    d.show()
    QApplication.processEvents()
    d.grab().save(str(out / "committee-election.png"))
    d.close()


def bundles(win, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """报送 on the branch side, and the committee's window after receiving it with two more branches."""
    import shutil

    from exchange import bundle
    from exchange.committee import confirm_branch, decide
    from exchange.keys import Signer
    from models.committee_store import CommitteeStore, branches, latest
    from models.db import Workspace
    from models.services.dto import BranchProfile
    from models.services.profile import ProfileService
    from ui.committee_window import CommitteeWindow
    from ui.export_dialog import ExportDialog

    today = TODAY.date()
    stick = Path(tempfile.mkdtemp()) / "U盘"
    stick.mkdir()
    d = ExportDialog(ctx, win, today=today)
    d.fill_targets(stick)
    d.show()
    QApplication.processEvents()
    d.grab().save(str(out / "send-bundle.png"))
    d.write()
    QApplication.processEvents()
    d.grab().save(str(out / "send-bundle-written.png"))
    d.close()
    # two more branches: copies of the demo with their own code and key, one without October's committee meeting
    for code, name in (("GWSF-JG02", "国网示范供电公司机关第二党支部"), ("GWSF-JG03", "国网示范供电公司机关第三党支部")):
        root = Path(tempfile.mkdtemp())
        shutil.copy(ctx.ws.db_path, root / "branchdesk.sqlite3")
        w = Workspace.open(root)
        p = ProfileService(w).get()
        ProfileService(w).save(BranchProfile(**{**p.__dict__, "code": code, "name": name}))
        w.set_meta("signing_key", Signer.generate().to_hex())
        with w.session() as s:
            from sqlalchemy import text

            s.execute(text("DELETE FROM bundle_record"))
            s.execute(text("DELETE FROM bundle_sent"))
            if code.endswith("3"):
                s.execute(text("UPDATE meeting SET deleted_at = updated_at WHERE kind IN ('committee', 'partyday') "
                               "AND held_on BETWEEN '2026-10-01' AND '2026-10-31'"))
        for m in ("2026-09", "2026-10"):
            bundle.send(w, bundle.preview(w, m, today=today), stick)
        w.close()
    store = CommitteeStore.open(Path(tempfile.mkdtemp()))
    cw = CommitteeWindow(store, ctx.tasks, today=today)
    cw.resize(1280, 800)
    cw.receive([stick])  # three new branches: held (待确认) until their keys are confirmed
    cw.show()
    cw.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    cw.grab().save(str(out / "committee-receive.png"))
    cw.tabs.setCurrentIndex(cw.tabs.count() - 1)
    QApplication.processEvents()
    cw.grab().save(str(out / "committee-branches.png"))
    for br in branches(store):  # each branch read out its fingerprint by phone
        confirm_branch(store, br.code, br.fingerprint)
    b = latest(store, "2026-10", "GWSF-JG03")[0]
    decide(store, b.uuid, accept=False, comments="10月未召开支委会和主题党日，请补充说明")
    cw.refresh()
    for i, name in enumerate(("committee-matrix", "committee-ranking", "committee-forms"), start=1):
        cw.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        cw.grab().save(str(out / f"{name}.png"))
    cw.close()
    cw.deleteLater()
    QApplication.processEvents()
    store.close()


def dues_and_development(win, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    from models.services.development import DevelopmentService
    from ui.development_page import PersonDialog, StepDialog
    from ui.dues_page import AccountDialog, HandUpDialog, PaymentDialog

    win.show_book("dues")
    page = win.dues_page
    rows = page.model.rows
    owing = next(r for r in rows if r.flagged)
    page.select(owing.member_id, 10)
    QApplication.processEvents()
    for name, dialog in (("dues-base", AccountDialog(ctx, 2026, owing, win)),
                         ("dues-payment", PaymentDialog(ctx, 2026, owing, [4, 5, 6], win)),
                         ("dues-handup", HandUpDialog(ctx, 2026, win))):
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()
    win.show_book("development")
    dev = win.development_page
    people = DevelopmentService(ctx.ws).list_people()
    candidate = next(p for p in people if p.role == "发展对象")
    dev.open_person(candidate.id)
    QApplication.processEvents()
    win.grab().save(str(out / "development-candidate.png"))
    from datetime import timedelta

    from models.services.development import StepInput

    svc = DevelopmentService(ctx.ws)
    svc.record(candidate.id, StepInput(12, candidate.latest.done_on + timedelta(days=10)), TODAY.date())
    after = svc.get(candidate.id)
    posting = StepDialog(ctx, after, win, 13)
    posting.posted_from.set_date(date(2026, 9, 28))
    posting.posted_to.set_date(date(2026, 10, 9))
    for name, dialog in (("development-step", StepDialog(ctx, candidate, win)),
                         ("development-posting", posting),
                         ("development-person", PersonDialog(ctx, None, win))):
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    size = sys.argv[sys.argv.index("--size") + 1] if "--size" in sys.argv else "standard"
    args = [a for a in args if a != size]
    import time_machine

    with time_machine.travel(TODAY, tick=True):
        main(Path(args[0] if args else "docs/screenshots"),
             "en" if "--lang" in sys.argv and "en" in sys.argv else "zh_CN", size)
