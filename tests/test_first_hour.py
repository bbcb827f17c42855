"""A secretary's first hour: the 开始使用 list ticks itself from the data, and nothing is marked done, overdue or
counted where there is nothing yet (✔ only for work done; “暂无数据”, not 0 or “全部在80%以上”)."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from models.db import Workspace
from models.services.dto import BranchProfile, MemberInput
from models.services.obligations import all_obligations
from models.services.overview import Overview
from models.services.profile import ProfileService
from models.services.roster import RosterService

TODAY = date(2026, 11, 21)


@pytest.fixture
def fresh(ws: Workspace) -> Workspace:
    ProfileService(ws).save(BranchProfile(name="新支部", branch_type="机关", superior="机关党委", code="N01",
                                          records_from=date(2026, 11, 1)))
    return ws


def test_the_getting_started_list_ticks_itself_from_the_data(fresh: Workspace) -> None:
    steps = Overview(fresh, today=TODAY).first_steps
    assert [ok for _k, _t, ok in steps] == [True, True, False, False, False, False, False]
    RosterService(fresh).add(MemberInput(name="张建国", gender="男", birth_date=date(1970, 1, 1),
                                         join_date=date(2004, 7, 1), full_date=date(2005, 7, 1), category="在职",
                                         group="第一党小组"), today=TODAY)
    steps = Overview(fresh, today=TODAY).first_steps
    assert [ok for _k, _t, ok in steps][:4] == [True, True, True, True]  # the roster and its first group


def test_nothing_is_ticked_done_where_there_is_nobody_yet(fresh: Workspace) -> None:
    """On main a new branch showed “✔ 已完成 谈心谈话（每名党员已谈）” and “民主评议党员（已评定0/0人）”."""
    obs = {o.kind: o for o in all_obligations(fresh, TODAY)}
    assert obs["talks"].state != "done" and "未开始" in obs["talks"].name
    assert "0/0" not in obs["appraisal"].name and "未开始" in obs["appraisal"].name
    assert "0/0" not in obs["pledges"].name


def test_the_appraisal_page_does_not_tick_a_year_nobody_has_been_graded_in(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    """✔ only when done: on main the 民主评议 page said “✔ 未开始评定（应参评35人）” in green."""
    from ui.appraisal_page import AppraisalPage
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    page = AppraisalPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    qapp.processEvents()
    assert "未开始评定" in page.check.text() and not page.check.text().startswith("✔"), page.check.text()


def test_the_workbench_of_a_new_branch_says_no_data_not_zero(qtbot, qapp, fresh: Workspace) -> None:  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from ui.context import AppContext
    from ui.dashboard import DashboardPage
    from ui.i18n import install_translators
    from ui.tasks import SyncTaskRunner

    install_translators(qapp, "zh_CN")
    page = DashboardPage(AppContext(fresh, UserSettings(), SyncTaskRunner()))
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.age.text() == "暂无数据" and page.total.text() == "暂无数据"
    shown = " ".join(w.text() for w in page.attendance_box.findChildren(type(page.age)))
    assert "80%以上" not in shown and "暂无数据" in shown
    assert page.first_box.isVisible() and "已完成2项，共7项" in page.first_box.title()


# ---- 7. forms ---------------------------------------------------------------------------------------------------------

def _id(born: date, odd: bool) -> str:
    from models.rules.idcard import check_digit

    body = f"110101{born:%Y%m%d}12{3 if odd else 4}"
    return body + check_digit(body)


def test_the_applicants_form_fills_birth_date_and_sex_from_the_id_number_like_the_members(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """On main the 入党申请人 form left both for the secretary to copy out of the number by hand."""
    from ui.development_page import PersonDialog

    d = PersonDialog(ctx)
    qtbot.addWidget(d)
    d.id_number.setText(_id(date(2001, 4, 9), odd=False))
    d.id_number.editingFinished.emit()
    assert d.birth.date() == date(2001, 4, 9) and d.gender.currentText() == "女"
    assert d.ethnicity.currentText() == "汉族"


def test_ethnicity_is_chosen_from_the_56_names_of_gb_3304_and_an_odd_stored_one_is_kept(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from models.member import ETHNIC_GROUPS
    from models.rules.roster import normalise, validate_member
    from ui.member_dialog import MemberDialog

    d = MemberDialog(ctx)
    qtbot.addWidget(d)
    names = [d.ethnicity.itemText(i) for i in range(d.ethnicity.count())]
    assert names == list(ETHNIC_GROUPS) and len(set(names)) == 56 and names[0] == "汉族" and names[-1] == "基诺族"
    assert not d.ethnicity.isEditable()  # chosen, not typed: no 汉 / 汉族 / 漢族 in one roster
    member = MemberInput(name="马晓东", gender="男", ethnicity="东乡", birth_date=date(1980, 1, 1),
                         join_date=date(2003, 7, 1), full_date=date(2004, 7, 1))
    assert normalise(member).ethnicity == "东乡族" and not validate_member(normalise(member))[1]
    odd = normalise(MemberInput(name="马晓东", gender="男", ethnicity="穿青人", birth_date=date(1980, 1, 1),
                                join_date=date(2003, 7, 1), full_date=date(2004, 7, 1)))
    errors, warnings = validate_member(odd)
    assert not errors and [w.field for w in warnings] == ["ethnicity"] and "GB 3304" in warnings[0].message
    row = RosterService(ctx.ws).add(odd)
    d2 = MemberDialog(ctx, RosterService(ctx.ws).get(row.id))
    qtbot.addWidget(d2)
    assert d2.ethnicity.currentText() == "穿青人"  # opening the record does not change it


def test_a_wrong_check_character_asks_to_check_the_whole_number_not_to_change_the_last_one() -> None:
    """On main: “校验位错误（按GB 11643应为7）” — which invites typing 7 over the last character and keeping the
    wrong digit that caused it."""
    from models.rules.roster import id_number_issue

    good = _id(date(1985, 3, 2), odd=True)
    wrong = good[:14] + ("2" if good[14] != "2" else "3") + good[15:]  # one digit of the sequence copied wrong
    issue = id_number_issue(wrong, date(2026, 11, 21))
    assert issue is not None and "逐位核对整个号码" in issue.message and "应为" not in issue.message


# ---- 3. the 工作台 says what to do ----------------------------------------------------------------------------------

def test_the_workbench_lists_what_is_open_first_with_deadlines_and_folds_what_is_done(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    """On main 16 done and pending rows were mixed in one list without a deadline."""
    from PySide6.QtWidgets import QLabel

    from ui.dashboard import DashboardPage
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    dash = DashboardPage(ctx)
    qtbot.addWidget(dash)
    dash.show()
    states = [o.state for o in dash.duty_rows]
    first_done = states.index("done")
    assert "done" not in states[:first_done] and set(states[first_done:]) == {"done"}, states  # open ones first
    assert states[:first_done] == sorted(states[:first_done], key=lambda s: s != "overdue")  # overdue at the top
    open_texts = [dash.duties.itemAtPosition(r, 3).widget().text() for r in range(first_done)]
    assert all(t.startswith(("截止", "应在")) for t in open_texts), open_texts
    assert dash.done_toggle.text() == f"已完成{len(states) - first_done}项" and not dash.done_box.isVisible()
    dash.done_toggle.click()
    assert dash.done_box.isVisible()
    done_labels = [w.text() for w in dash.done_box.findChildren(QLabel)]
    assert not any("去记录" in t for t in done_labels)
    assert all(b.text() in ("查看记录", "查看") for b in dash.duty_buttons[first_done:])  # done: look, not record
    overdue_mark = dash.duties.itemAtPosition(0, 0).widget()
    assert overdue_mark.text().startswith("✖") and "本期已结束，没有记录" in overdue_mark.toolTip()
    assert "依据：《" in overdue_mark.toolTip()  # every mark says what it rests on, by article


def test_a_past_periods_meeting_is_recorded_on_the_day_it_was_held_never_silently_back_dated(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    """On main “去记录…” on last quarter's overdue meeting opened a record dated the quarter's last day."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.dashboard import DashboardPage, HeldOnDialog
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    dash = DashboardPage(ctx)
    qtbot.addWidget(dash)
    asked: list[tuple[str, object, object]] = []
    dash.new_meeting.connect(lambda k, on, g: asked.append((k, on, g)))
    r = next(i for i, o in enumerate(dash.duty_rows) if o.state == "overdue" and o.span.end < date.today()
             and o.kind in ("general", "committee", "group", "lesson", "partyday"))
    o = dash.duty_rows[r]
    assert dash.duty_buttons[r].text() == "补记…"
    wrong, right = o.span.end + timedelta(days=1), o.span.start + timedelta(days=3)

    def answer(day: date, then: object = None) -> None:
        d = QApplication.activeModalWidget()
        assert isinstance(d, HeldOnDialog)
        d.date.edit.setText(day.isoformat())
        d.check()
        if then is not None:
            assert "召开日期应在" in d.error.text() and d.isVisible()  # outside its period: said, not taken
            QTimer.singleShot(0, then)

    QTimer.singleShot(0, lambda: answer(wrong, lambda: answer(right)))
    dash.duty_buttons[r].click()
    assert asked == [(o.kind, right, o.group_id)]
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    dash.duty_buttons[r].click()
    assert len(asked) == 1  # cancelled: no record opened


def test_the_bundle_card_names_the_month_the_committees_deadline_and_a_button(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    from models.services.overview import Overview
    from models.services.standards import StandardsService
    from ui.dashboard import DashboardPage
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    due = Overview(ctx.ws, today=date(2026, 12, 4)).bundle_due
    assert (due.month, due.deadline, due.state) == ("2026-11", date(2026, 12, 10), "due")
    assert Overview(ctx.ws, today=date(2026, 12, 11)).bundle_due.state == "overdue"
    StandardsService(ctx.ws).override("bundle_due_day", 5, "本地规定：机关党委要求每月5日前报送")
    assert Overview(ctx.ws, today=date(2026, 12, 6)).bundle_due.deadline == date(2026, 12, 5)
    dash = DashboardPage(ctx)
    qtbot.addWidget(dash)
    sent: list[bool] = []
    dash.send_bundle.connect(lambda: sent.append(True))
    dash.show_bundle_due(Overview(ctx.ws, today=date(2026, 12, 4)).bundle_due, date(2026, 12, 4))
    assert "2026年11月" in dash.bundle_due.text() and "2026-12-05" in dash.bundle_due.text()
    assert "还有1天" in dash.bundle_due.text() and dash.send_button.text() == "报送上级…"
    dash.send_button.click()
    assert sent == [True]


def test_the_colours_that_mean_something_are_named_once() -> None:
    """One palette (ui/style.py): on main 42 colours were typed into 14 files, four reds among them, so a page's
    “overdue” could differ from the 工作台's."""
    import io
    import re
    import tokenize
    from pathlib import Path

    hexes = re.compile(r"#[0-9a-fA-F]{6}\b|['\"]#[0-9a-fA-F]{3}['\"]")
    found = []
    for f in sorted((Path(__file__).resolve().parent.parent / "ui").glob("*.py")):
        if f.name == "style.py":
            continue
        for t in tokenize.generate_tokens(io.StringIO(f.read_text(encoding="utf-8")).readline):
            if t.type == tokenize.STRING and hexes.search(t.string):
                found.append(f"{f.name}:{t.start[0]} {t.string[:40]}")
    assert found == []


# ---- 8. the manual ---------------------------------------------------------------------------------------------------

def test_help_opens_the_users_part_of_the_readme_offline_with_its_screenshots(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.manual import ManualDialog

    install_translators(qapp, "zh_CN")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "帮助(&H)")
    assert any(a.text() == "用户手册(&M)" for a in help_menu.actions())
    d = ManualDialog(win)
    qtbot.addWidget(d)
    text = d.view.toPlainText()
    assert "第一次打开" in text and "加密与锁定" in text and "For developers" not in text and "pytest" not in text
    shot = d.view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("docs/screenshots/dashboard.png"))
    assert shot is not None and not shot.isNull()  # the screenshots come along, no network needed


def test_in_english_help_opens_the_english_manual_with_the_english_windows_screenshots(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    """One language at a time: the English window's manual is English — the same sections as the Chinese one, the
    English window's pictures, and no Chinese but the official titles of regulations (《…》), data in examples and
    the commands' own text."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from models.i18n import set_language
    from ui.manual import ENGLISH, ManualDialog, manual_folder, manual_markdown

    set_language("en")
    d = ManualDialog()
    qtbot.addWidget(d)
    text = d.view.toPlainText()
    assert "The first time" in text and "Encryption and locking" in text and "For developers" not in text
    assert d.note.isHidden()  # no "the manual is written in Chinese" line
    shot = d.view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("docs/screenshots/en/dashboard.png"))
    assert shot is not None and not shot.isNull()
    english = manual_markdown(lang="en")
    chinese = manual_markdown(lang="zh_CN")
    assert [ln.count("#") for ln in english.splitlines() if ln.startswith("#")] == \
        [ln.count("#") for ln in chinese.splitlines() if ln.startswith("#")]  # the same sections, in the same order
    prose = re.sub(r"```.*?```|`[^`]*`|《[^》]*》|【】|\(docs/screenshots/[^)]*\)", "", english, flags=re.S)
    # allowed: the book's name as the English window shows it, a rare character as an example, the language selector
    assert set(re.findall(r"[\u3400-\u9fff]+", prose)) <= {"三会一课", "䶮", "中文"}, "Chinese in the English manual"
    for text_ in (english, chinese):  # every picture either manual shows is there
        for shot_path in re.findall(r"\((docs/screenshots/[^)\s]+\.png)\)", text_):
            assert (manual_folder() / shot_path).is_file(), shot_path
    assert (manual_folder() / ENGLISH).is_file()


def test_the_english_manual_gives_every_key_of_the_shortcut_table_with_its_english_words() -> None:
    from PySide6.QtGui import QKeySequence

    from ui.manual import manual_markdown
    from ui.shortcuts import TABLE

    section = manual_markdown(lang="en").split("## Keyboard shortcuts", 1)[1]
    for _where, _ident, k, what in TABLE:
        key = QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText)  # the English names of keys
        assert f"| {key} | {what} |" in section or (key == "Alt+1" and f"| {what} |" in section), (key, what)


# ---- 7. errors in the form's order, one per field, gone once the field is changed -------------------------------------

def test_a_forms_errors_come_in_its_order_one_per_field_and_go_when_the_field_is_fixed(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators
    from ui.member_dialog import MemberDialog
    from ui.widgets import ERROR_STYLE

    install_translators(qapp, "zh_CN")
    d = MemberDialog(ctx)
    qtbot.addWidget(d)
    good = _id(date(1985, 3, 2), odd=True)
    d.id_number.setText(good[:14] + ("2" if good[14] != "2" else "3") + good[15:])  # a wrong check character
    d.birth_date.edit.setText("1985-03-02")
    d.join_date.edit.setText("2026-02-30")  # no such day
    d.save()
    lines = d.errors.text().split("\n")
    fields = list(d.fields)
    named = [next(k for k in fields if lines[i].startswith(label_of(k))) for i in range(len(lines))]
    assert named == sorted(named, key=fields.index), lines  # top to bottom, as the form reads
    assert len(named) == len(set(named)), lines  # one message per field
    assert named[0] == "name" and "id_number" in named
    assert d.name.styleSheet() == ERROR_STYLE
    d.name.setText("王晓东")  # fixing a field takes its mark and its line away at once
    assert d.name.styleSheet() == "" and not any(ln.startswith("姓名") for ln in d.errors.text().split("\n"))
    assert d.id_number.styleSheet() == ERROR_STYLE and "身份证号" in d.errors.text()


def label_of(key: str) -> str:
    from models.rules.roster import label

    return label(key)


def test_arrears_count_months_in_the_english_plural_too(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    """On main the English 工作台 said “（1 months）”."""
    import re

    from PySide6.QtWidgets import QLabel

    from models.i18n import set_language
    from models.services.dues import DuesService
    from ui.dashboard import DashboardPage
    from ui.i18n import install_translators

    arrears = DuesService(ctx.ws).arrears(date.today())
    assert any(len(a.months) == 1 for a in arrears if not a.flagged)  # the demo has one who owes a month
    try:
        set_language("en")
        install_translators(qapp, "en")
        dash = DashboardPage(ctx)
        qtbot.addWidget(dash)
        dash.show()
        text = " ".join(w.text() for w in dash.findChildren(QLabel))
        assert "Dues in arrears" in text
        assert re.search(r"\b1 month\b", text) and not re.search(r"\b1 months\b", text)
    finally:
        set_language("zh_CN")
        install_translators(qapp, "zh_CN")
