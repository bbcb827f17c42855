"""A realistic demo branch so a newcomer sees a living program at once (``python main.py demo``)."""
from __future__ import annotations

import random
from datetime import date, timedelta

from models.db import Workspace
from models.errors import UserError
from models.member import EventKind, LeaveKind, MemberEvent
from models.rules.dates import add_years
from models.rules.idcard import check_digit
from models.services.dto import BranchProfile, MemberInput
from models.services.profile import ProfileService
from models.services.roster import Batch, RosterService

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
# given names by the sex they are usually read as, so a demo's 男/女 matches the name a person sees
GIVEN = {"男": ("伟 强 磊 军 洋 勇 杰 涛 明 超 平 刚 建华 文 国庆 志强 建国 晓东 立新 卫东 鹏 辉 宇 浩 一鸣 思远 俊杰 "
               "振华").split(),
         "女": ("芳 娜 敏 静 丽 艳 娟 秀英 霞 桂英 红 海燕 玉兰 春梅 丹 婷 雪 欣怡 子涵 梓萱 嘉怡 佳琪 永红 晓燕 "
               "淑华").split()}
ETHNICITIES = ["汉族"] * 18 + ["回族", "满族", "蒙古族", "壮族"]
AREAS = ("110105", "310104", "440106", "420106", "510107", "330106", "320102", "370102")
JOBS = ("综合科科员", "财务科副科长", "办公室主任", "技术员", "工程师", "项目经理", "教师", "会计", "人事专员",
        "安全员", "调度员", "班组长", "营销专员", "档案管理员")
GROUPS = ("第一党小组", "第二党小组", "第三党小组")


def make_id(rng: random.Random, born: date, gender: str) -> str:
    seq = rng.randrange(0, 50) * 2 + (1 if gender == "男" else 0)
    body = f"{rng.choice(AREAS)}{born:%Y%m%d}{rng.randrange(0, 10)}{seq:02d}"
    return body + check_digit(body)


def fill_demo(ws: Workspace, members: int = 35, years: int = 3, seed: int = 20261, today: date | None = None,
              progress: object = None) -> dict[str, int]:
    """Fill a workspace with a demo branch: profile, ``members`` current members in 3 party groups,
    ``years`` of history (members who joined, became full, transferred out or died), Chinese data."""
    today = today or date.today()
    rng = random.Random(seed)
    ProfileService(ws).save(BranchProfile(
        name="国网示范供电公司机关第一党支部", branch_type="国有企业", superior="国网示范供电公司机关党委",
        code="GWSF-JG01", address="示范市人民路88号", founded_on=date(today.year - years - 12, 7, 1),
        term_started_on=add_years(date(today.year, 3, 15), -1 if years >= 1 else 0),
        records_from=date(today.year - years, 1, 1),  # the demo's books go back to the start of its history
    ))
    roster = RosterService(ws)
    start = date(today.year - years, 1, 1)
    used: set[str] = set()
    counts = {"members": 0, "left": 0, "probationary": 0}
    admitted = 2 if members >= 10 else 0  # the recruitment record brings two more onto the roster (one still 预备)
    arriving = 1 if members >= 10 else 0  # one member transfers in this year (book 13)
    members -= admitted + arriving
    roles = ["书记", "副书记", "组织委员", "宣传委员", "纪检委员"]
    leavers = max(1, members // 10) * max(1, years // 3)
    total = members + leavers
    with ws.session() as s:
        batch = Batch.load(s)
        for i in range(total):
            gender = "男" if rng.random() < 0.6 else "女"
            name = rng.choice(SURNAMES) + rng.choice(GIVEN[gender])
            tries = 0
            while name in used:  # a big demo runs out of the plain names: two given characters then
                tries += 1
                given = rng.choice(GIVEN[gender]) if tries < 20 else \
                    rng.choice(GIVEN[gender])[0] + rng.choice(GIVEN[gender])[-1]
                name = rng.choice(SURNAMES) + given
            used.add(name)
            category = "离退休" if rng.random() < 0.15 else "在职"
            age = rng.randint(62, 80) if category == "离退休" else rng.randint(24, 59)
            born = today - timedelta(days=age * 365 + rng.randint(0, 364))
            probationary = i < members and i % 12 == 5
            if probationary:
                join = today - timedelta(days=rng.randint(30, 330))
                full = None
            elif i >= members - 2 and i < members:
                join = start + timedelta(days=rng.randint(0, 200))  # joined during the demo years
                full = add_years(join, 1) if add_years(join, 1) <= today else None
                probationary = full is None
            else:
                latest = start - timedelta(days=400)
                join_age = rng.randint(20, max(20, min(age - 2, 45)))
                join = add_years(born, join_age) + timedelta(days=rng.randint(0, 300))
                if join > latest:
                    join = latest - timedelta(days=rng.randint(0, 900))
                join = max(join, add_years(born, 18) + timedelta(days=30))
                full = add_years(join, 1)
            m = MemberInput(
                name=name, gender=gender, ethnicity=rng.choice(ETHNICITIES), birth_date=born,
                id_number=make_id(rng, born, gender),
                education=rng.choice(("研究生", "大学本科", "大学本科", "大学本科", "大学专科", "高中")),
                job="退休" if category == "离退休" else rng.choice(JOBS), join_date=join, full_date=full,
                status="预备党员" if probationary else "正式党员", category=category, group=GROUPS[i % 3],
                committee_role=roles[i] if i < len(roles) else "",
                group_role="组长" if 5 <= i < 8 else "",
                phone=f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
            )
            member = roster.add_in(s, m, today, batch=batch)
            counts["members"] += 1
            counts["probationary"] += probationary
            if full and full >= start:
                member.events.append(MemberEvent(kind=EventKind.BECAME_FULL.value, happened_on=full))
            if i >= members:  # left during the demo years
                on = start + timedelta(days=rng.randint(30, max(31, (today - start).days - 30)))
                kind = rng.choice([LeaveKind.TRANSFER_OUT, LeaveKind.TRANSFER_OUT, LeaveKind.DECEASED])
                reason = "转至国网示范供电公司营销党支部" if kind == LeaveKind.TRANSFER_OUT else "因病去世"
                member.left_on, member.left_kind, member.left_reason = on, kind.value, reason
                member.committee_role = member.group_role = ""
                member.events.append(MemberEvent(kind=EventKind.LEFT.value, happened_on=on, detail=f"{kind.value}：{reason}"))
                counts["left"] += 1
    counts["members"] -= counts["left"]
    counts["meetings"] = fill_meetings(ws, today, years, rng)
    # the people recruitment admits are on the roster before the books that count members are filled
    counts["development"] = fill_development(ws, today, rng, admit=bool(admitted))
    counts["talks"], counts["appraisals"] = fill_talks_and_appraisals(ws, today, years, rng)
    counts["pledges"] = fill_pledges(ws, today, years, rng)
    counts["members"] += admitted
    counts["probationary"] += admitted // 2
    counts["transfers"] = fill_transfers(ws, today, rng, arriving=bool(arriving))
    counts["members"] += arriving
    counts["dues"] = fill_dues(ws, today, years, rng)
    counts["terms"] = fill_committee(ws, today, years)
    counts["orglife"] = fill_orglife(ws, today, rng)
    counts["plans"], counts["assessments"] = fill_plans(ws, today, years, rng)
    settle_attendance(ws)
    return counts


def fill_committee(ws: Workspace, today: date, years: int) -> int:
    """Book 1: the current term (elected on the profile's 任期开始, with the roster's posts and their duties) and,
    with enough history, the term before it."""
    from models.errors import ValidationError
    from models.services.committee import CommitteeService, SeatInput, TermInput

    svc = CommitteeService(ws)
    profile = ProfileService(ws).get()
    if profile is None or profile.term_started_on is None:
        return 0
    duties = {"书记": "主持支部全面工作，负责党建工作责任制落实", "副书记": "协助书记工作，分管党员教育和思想政治工作",
              "组织委员": "负责组织建设、党员发展、党费收缴和组织关系转接", "宣传委员": "负责理论学习、宣传和意识形态工作",
              "纪检委员": "负责党风廉政建设和纪律监督"}
    seats = [SeatInput(m.id, m.committee_role, duties.get(m.committee_role, ""))
             for m in RosterService(ws).list_members() if m.committee_role]
    made = 0
    elections = [add_years(profile.term_started_on, -3)] if years >= 3 else []
    for on in [*elections, profile.term_started_on]:
        for chosen in (seats, [x for x in seats if x.role in ("书记", "副书记")], [x for x in seats if x.role == "书记"]):
            try:
                svc.elect(TermInput(on, chosen, approved_on=on + timedelta(days=12),
                                    approval_no=f"示范机关党委〔{on.year}〕{on.month}号"), today)
                made += 1
                break
            except ValidationError:
                continue
    return made


def fill_orglife(ws: Workspace, today: date, rng: random.Random) -> int:
    """Book 8: for every 组织生活会, the problems collected before, each member's self-criticism and the remediation
    list — all done for earlier years; the latest meeting keeps one item overdue and one long-term."""
    from models.services.orglife import DONE, IN_PROGRESS, ONGOING, ItemInput, OrgLifeService, ProblemInput

    svc = OrgLifeService(ws)
    meetings = sorted(svc.meetings(), key=lambda m: m.held_on)
    problems = [("理论学习的系统性不够，学用结合不紧", "党员"), ("联系服务群众不够主动", "群众"),
                ("党费收缴偶有不及时", "自查"), ("主题党日形式比较单一", "上级")]
    selfs = ["理论学习不够深入，满足于完成规定任务", "工作中有畏难情绪，攻坚克难的劲头不足",
             "发挥先锋模范作用不够，带头意识有待增强", "批评与自我批评开展得不够经常"]
    items = [("理论学习系统性不够", "制定个人学习计划，每月撰写1篇学习体会"),
             ("联系服务群众不主动", "每名支委联系2名群众，每季度走访1次"),
             ("主题党日形式单一", "每季度开展1次现场教学或志愿服务")]
    made = 0
    for n, m in enumerate(meetings):
        latest = n == len(meetings) - 1
        for text, source in rng.sample(problems, 3):
            svc.add_problem(m.id, ProblemInput(text, source))
        for sp in svc.speeches(m.id):
            svc.set_speech(m.id, sp.member_id, rng.choice(selfs), "希望进一步加强学习，在工作中更好地发挥带头作用",
                           "加强学习，立足岗位作表率")
        owners = svc.speeches(m.id)[:3]
        for k, (issue, measure) in enumerate(items):
            deadline = m.held_on + timedelta(days=90 + 30 * k)
            state = DONE
            if latest and k == 0:
                state = IN_PROGRESS
            elif latest and k == 2:
                state = ONGOING
            done_on = min(deadline - timedelta(days=5), today) if state == DONE else None
            if state == DONE and done_on is not None and done_on > today:
                state, done_on = IN_PROGRESS, None
            svc.add_item(ItemInput(issue, measure, deadline, owners[k % len(owners)].member_id if owners else None,
                                   "" if owners else "支部委员会", m.id, progress=state, done_on=done_on,
                                   result="已按计划完成，形成学习记录和走访台账" if state == DONE else ""), today)
            made += 1
    return made


def fill_transfers(ws: Workspace, today: date, rng: random.Random, arriving: bool = True) -> int:
    """Book 13: letters for the members who transferred out in the demo years (receipts back, but one), one member
    transferred in this year, and two members away — one long enough at a fixed place to transfer, one out of
    touch for more than six months."""
    from sqlalchemy import select

    from models.member import Member
    from models.services.transfers import AwayInput, LetterInput, TransferService
    from models.transfer import TransferLetter

    svc = TransferService(ws)
    made = 0
    with ws.session() as s:
        gone = list(s.scalars(select(Member).where(Member.left_kind == LeaveKind.TRANSFER_OUT.value).order_by(Member.left_on)))
        for n, m in enumerate(gone):
            assert m.left_on is not None
            late = n == len(gone) - 1 and (today - m.left_on).days > 100
            s.add(TransferLetter(direction="out", member_id=m.id, name=m.name, member_status=m.status,
                                 letter_no=f"示机党转〔{m.left_on.year}〕{n + 1:03d}号", issued_on=m.left_on,
                                 other_org="国网示范供电公司营销党支部", valid_days=90,
                                 dues_paid_to=f"{m.left_on.year}-{m.left_on.month:02d}",
                                 receipt_on=None if late else m.left_on + timedelta(days=rng.randint(7, 30)),
                                 reason="工作调动"))
            made += 1
    if arriving:
        arrived = max(date(today.year, 1, 1), today - timedelta(days=200))
        joined = add_years(arrived, -6)
        born = add_years(joined, -27)
        person = MemberInput(name="欧阳晓峰", gender="男", birth_date=born, id_number=make_id(rng, born, "男"),
                             education="大学本科", job="工程师", join_date=joined, full_date=add_years(joined, 1),
                             category="在职", group=GROUPS[0], phone="13900001111")
        svc.transfer_in(person, LetterInput(arrived - timedelta(days=5), "国网示范供电公司运检党支部",
                                            f"示机党转〔{arrived.year}〕021号", 90, f"{arrived.year}-{arrived.month:02d}",
                                            "工作调动", receipt_on=arrived), today)
        made += 1
    away = [m for m in RosterService(ws).list_members() if not m.committee_role and m.category == "在职"][-2:]
    if len(away) == 2:
        svc.add_away(AwayInput(away[0].id, "广东省深圳市", today - timedelta(days=250), True, "流动党员活动证 440300-0021",
                               "深圳市南山区某科技园区党委", "每季度通过微信转账交至支部组织委员", "本人电话",
                               today - timedelta(days=20)), today)
        svc.add_away(AwayInput(away[1].id, "外出务工（地点不固定）", today - timedelta(days=400), False, "", "",
                               "外出前预交半年", "家属电话", today - timedelta(days=230)), today)
        made += 2
    return made


def fill_plans(ws: Workspace, today: date, years: int, rng: random.Random) -> tuple[int, int]:
    """Book 15: a plan each year and a summary for each year ended, the demonstration indicator set, and this
    year's self-assessments up to last month (values from the books, hand scores for the rest)."""
    from decimal import Decimal

    from models.rules.benchmark import fmt
    from models.services.plans import PlanInput, PlanService, ScoreInput

    svc = PlanService(ws)
    docs = 0
    for y in range(today.year - years, today.year + 1):
        svc.save_doc(PlanInput(y, 0, "plan", f"{y}年党支部工作计划",
                               f"{y}年，支部坚持以党的政治建设为统领，严格落实“三会一课”、主题党日、谈心谈话等制度，"
                               "扎实推进党员发展和教育管理，以高质量党建引领业务工作。\n一、加强政治理论学习\n"
                               "二、严格组织生活\n三、抓好党员队伍建设\n四、推进党建与业务深度融合",
                               "机关党委", date(y, 1, 20)), today=today)
        docs += 1
        if y < today.year:
            svc.save_doc(PlanInput(y, 0, "summary", f"{y}年党支部工作总结",
                                   f"{y}年，支部全年召开支部党员大会、支委会、党小组会和党课，按期开展组织生活会和"
                                   "民主评议党员，党费按月收缴，发展党员程序规范。存在的不足是理论学习系统性不够，"
                                   "下一步将制定整改措施，逐项抓好落实。", "机关党委", date(y, 12, 28)), today=today)
            docs += 1
    st = svc.import_default(f"{today.year - years}-01")
    done = 0
    for month in range(1, today.month):
        key = f"{today.year}-{month:02d}"
        sheet = svc.sheet(key, today)
        entries = []
        for r in sheet.rows:
            if r.suggested:
                entries.append(ScoreInput(r.indicator.id, r.suggested, "系统台账数据"))
            elif r.indicator.rule == "manual":
                share = Decimal(rng.randint(75, 100)) / 100
                entries.append(ScoreInput(r.indicator.id, fmt((r.indicator.weight * share).quantize(Decimal("0.5"))),
                                          "工作照片、简报和记录"))
        svc.save_sheet(key, entries, today=today)
        done += 1
    return docs, done if st else 0


TOPICS = {
    "general": ["审议支部年度工作计划", "讨论接收预备党员", "开展民主评议党员", "传达上级党委会议精神", "审议支部工作报告"],
    "committee": ["研究本月支部工作安排", "研究发展党员工作", "研究党费收缴情况", "研究主题党日活动方案", "研究党员教育培训计划"],
    "group": ["学习《中国共产党章程》", "学习党的二十大报告", "交流学习体会", "讨论岗位建功措施", "学习《中国共产党纪律处分条例》"],
    "lesson": ["坚定理想信念，践行初心使命", "弘扬伟大建党精神", "学习党史，汲取奋进力量", "以高质量党建引领高质量发展"],
    "partyday": ["重温入党誓词", "参观红色教育基地", "志愿服务进社区", "安全生产主题宣讲", "学习先进典型事迹"],
    "orglife": ["年度组织生活会：对照检查，批评与自我批评"],
}
LEAVE_REASONS = ("出差", "病假", "外出培训", "事假")


def fill_meetings(ws: Workspace, today: date, years: int, rng: random.Random) -> int:
    """Meetings of every kind for ``years`` up to ``today``, with realistic gaps so the 工作台 shows them:
    a few committee and group meetings skipped, one quarter without a general meeting, this month's
    themed party day still to come, and one member who missed the last three meetings."""
    from models.base import RecordState, utcnow
    from models.meeting import Meeting, MeetingKind, Motion
    from models.rules.meetings import span
    from models.services.meetings import AttendanceEntry, MeetingInput, MeetingService

    svc = MeetingService(ws)
    start = date(today.year - years, 1, 1) if years else span("quarter", today).start
    plan: list[tuple[str, date, int | None]] = []
    with ws.session() as s:
        from sqlalchemy import select

        from models.branch import PartyGroup
        groups = list(s.scalars(select(PartyGroup.id).order_by(PartyGroup.sort_order)))
    month = date(start.year, start.month, 1)
    skipped_quarter = span("quarter", today).previous()  # a general meeting missed last quarter: overdue
    while month <= today:
        def day(d: int, m: date = month) -> date:
            return min(m.replace(day=min(d, 28)), today)
        if rng.random() > 0.08:
            plan.append(("committee", day(rng.randint(3, 8)), None))
        if month.month != today.month or month.year != today.year or today.day > 25:
            plan.append(("partyday", day(25), None))  # the fixed day: the 25th
        for g in groups:
            if rng.random() > 0.1:
                plan.append(("group", day(rng.randint(10, 20)), g))
        if month.month in (2, 5, 8, 11) and not (skipped_quarter.start <= month <= skipped_quarter.end):
            plan.append(("general", day(rng.randint(12, 22)), None))
        if month.month in (3, 6, 9, 12) and not (month.year == today.year - 1 and month.month == 6):
            plan.append(("lesson", day(rng.randint(15, 26)), None))
        if month.month == 12 and month.year < today.year:
            plan.append(("orglife", day(rng.randint(20, 27)), None))
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    plan = [p for p in plan if p[1] <= today and p[1] >= start]
    plan.sort(key=lambda p: p[1])
    roster_names = RosterService(ws).names()
    secretary = next((m for m in RosterService(ws).list_members() if m.committee_role == "书记"), None)
    recorder = next((m for m in RosterService(ws).list_members() if m.committee_role == "组织委员"), None)
    truant = next((m.id for m in RosterService(ws).list_members() if not m.committee_role and m.category == "在职"), None)
    truant_since = today - timedelta(days=75)
    this_month = today.replace(day=1)
    made = 0
    with ws.session() as s, s.no_autoflush:  # who was due never depends on the meetings: one flush at the end
        for kind, on, gid in plan:
            due = svc.due_in(s, kind, on, gid)
            if not due:
                continue
            att = []
            for d in due:
                r = rng.random()
                status, reason = ("present", "") if r < 0.88 else (("leave", rng.choice(LEAVE_REASONS)) if r < 0.95 else ("absent", ""))
                if d.member_id == truant and on >= truant_since:
                    status, reason = "absent", ""
                att.append(AttendanceEntry(d.member_id, status, reason))
            topic = rng.choice(TOPICS[kind])
            names = [roster_names[a.member_id] for a in att if a.status == "present"]
            minutes = (f"会议由{secretary.name if secretary else '支部书记'}主持。{topic}。"
                       f"{'、'.join(names[:3])}等同志先后发言，结合本职工作谈了认识和打算。"
                       f"会议要求全体党员把学习成果转化为推动工作的实际行动。")
            inp = MeetingInput(kind=kind, held_on=on, starts="14:30", ends="16:30", place="党员活动室",
                               host=secretary.name if secretary else "", recorder=recorder.name if recorder else "",
                               group_id=gid, lecturer=(secretary.name if secretary and kind == "lesson" else ""),
                               title=topic, agenda=f"1. {topic}\n2. 交流讨论\n3. 部署下一步工作", minutes=minutes,
                               attendance=att)
            m = Meeting()
            svc.apply_input(m, inp, due)
            if kind == MeetingKind.GENERAL:
                present_full = sum(1 for a, d in zip(att, due, strict=True) if a.status == "present" and d.full)
                m.motions.append(Motion(seq=1, text=f"关于{topic}的决议", yes=max(0, present_full - 1), no=0,
                                        abstain=1 if present_full else 0))
            if on < this_month:
                m.state = RecordState.FINAL.value
                m.finalised_at = utcnow()
            s.add(m)
            made += 1
    return made


def fill_talks_and_appraisals(ws: Workspace, today: date, years: int, rng: random.Random) -> tuple[int, int]:
    """Talks with nearly every member each year (a few still to do this year) and a finished appraisal for each
    past year: mostly 合格, under a third 优秀, one 基本合格 with its follow-up."""
    from models.services.appraisals import AppraisalInput, AppraisalService
    from models.services.talks import TalkInput, TalkService

    roster = RosterService(ws)
    committee = [m.name for m in roster.list_members() if m.committee_role] or ["支部书记"]
    talks, appraisals = TalkService(ws), AppraisalService(ws)
    n_talks = n_appraisals = 0
    topics = ("思想工作情况", "岗位建功与承诺践诺", "家庭困难与需要组织帮助的事", "对支部工作的意见建议", "学习教育体会")
    for year in range(today.year - years, today.year + 1):
        end = min(date(year, 12, 31), today)
        members = roster.list_members(on=end)
        for i, m in enumerate(members):
            if year == today.year and i % 6 == 0:
                continue  # still to talk with this year
            joined = max(m.join_date or date(year, 1, 1), date(year, 1, 1))
            if joined > end:
                continue
            on = joined + (end - joined) * rng.random()
            talkers = [c for c in committee if c != m.name] or ["支部书记"]  # nobody talks with themselves
            talks.add(TalkInput(on, rng.choice(talkers), m.id, rng.choice(topics),
                                f"与{m.name}同志谈心，了解其思想、工作和生活情况，听取意见建议。",
                                "鼓励其继续发挥党员先锋模范作用。", "党员活动室"), today)
            n_talks += 1
        if year < today.year:
            excellent = max(1, len(members) // 4)
            for i, m in enumerate(members):
                grade = "优秀" if i < excellent else ("基本合格" if i == len(members) - 1 and year == today.year - 1 else "合格")
                n = len(members)
                votes = (n // 3, n - n // 3 - 1, 1, 0) if grade != "基本合格" else (0, n // 2, n - n // 2, 0)
                appraisals.save(AppraisalInput(year, m.id, "对照党员标准进行了自我评价。", "同志们认为该同志工作认真负责。",
                                               *votes, grade, "支部书记谈话提醒，限期改正，明年重点帮扶。" if grade == "基本合格" else ""))
                n_appraisals += 1
            appraisals.finalise(year)
    return n_talks, n_appraisals


PLEDGES = {
    "共性承诺": [("带头学习党的创新理论，按时参加集中学习和组织生活", "全年参学率100%，撰写学习体会不少于4篇"),
                ("按时足额交纳党费，亮身份、作表率", "每月按时交纳，全年无拖欠"),
                ("带头践行社会主义核心价值观，弘扬新风正气", "全年无违反公序良俗的行为")],
    "岗位承诺": [("完成本岗位年度重点工作任务，工作零差错", "年度绩效考核B级以上"),
                ("牵头完成一项流程优化或技术改进", "形成可推广的成果1项"),
                ("安全生产零违章，做好班组安全监督", "全年无违章记录")],
    "实事承诺": [("参加“志愿服务进社区”活动", "全年不少于4次"),
                ("结对帮带一名青年员工", "帮助其通过岗位技能考核"),
                ("为困难群众办一件实事", "帮扶一户困难家庭解决实际问题")],
    "自律承诺": [("严守廉洁纪律，不收受礼品礼金", "全年无违纪违规"),
                ("严格遵守中央八项规定精神", "全年无违规问题")],
}
BRANCH_PLEDGES = [("共性承诺", "三会一课按时召开，组织生活规范有序", "全年按期召开率100%"),
                  ("实事承诺", "开展“党员服务队进社区”活动，解决群众用电难题", "全年不少于4次，办实事10件以上"),
                  ("岗位承诺", "围绕中心工作设立党员责任区和示范岗", "责任区全年指标全部完成")]
PROGRESS = ("已按计划完成阶段任务，有活动照片和记录。", "参加了支部组织的志愿服务活动。", "完成季度目标，得到班组认可。",
            "撰写学习体会一篇并在小组会上交流。", "牵头完成阶段性工作，形成书面总结。")


def fill_pledges(ws: Workspace, today: date, years: int, rng: random.Random) -> int:
    """Book 14 for last year (approved, posted, progress, concluded and 定稿: mostly 兑现, a few 基本兑现, one 未兑现)
    and this year (approved at the first general meeting, posted, progress under way; two returned for
    rework, a few past their deadline with nothing done, the newest member not yet pledged)."""
    from sqlalchemy import select

    from models.base import RecordState
    from models.meeting import Meeting
    from models.pledge import Pledge, PledgePosting, PledgeProgress, Review

    roster = RosterService(ws)
    committee = [m.name for m in roster.list_members() if m.committee_role] or ["支部书记"]
    made = 0
    first = today.year - (1 if years >= 1 else 0)
    with ws.session() as s:
        for year in range(first, today.year + 1):
            past = year < today.year
            end = min(date(year, 12, 31), today)
            meeting = s.scalar(select(Meeting).where(Meeting.kind == "general", Meeting.held_on >= date(year, 1, 1),
                                                     Meeting.held_on <= end).order_by(Meeting.held_on))
            approve_on = meeting.held_on if meeting else date(year, 2, 20)
            if approve_on > today:
                continue
            s.add(PledgePosting(year=year, posted_on=approve_on + timedelta(days=2), days=7,
                                place="党员活动室公示栏、支部微信群", note="公示期间未收到异议"))
            # past years: everyone on the roster at the year's end pledged (late joiners soon after joining)
            members = [m for m in roster.list_members(on=end) if m.join_date and (past or m.join_date <= approve_on)]
            owners: list[tuple[int | None, list[tuple[str, str, str]]]] = [(None, list(BRANCH_PLEDGES))]
            approved_on: dict[int | None, date] = {None: approve_on}
            for m in members:
                cats = ["共性承诺", "岗位承诺"] + rng.sample(["实事承诺", "自律承诺"], rng.randint(0, 2))
                owners.append((m.id, [(c, *rng.choice(PLEDGES[c])) for c in cats]))
                joined = m.join_date or approve_on
                approved_on[m.id] = approve_on if joined <= approve_on else min(joined + timedelta(days=7),
                                                                                  date(year, 12, 20))
            overdue_left = 0 if past else 3
            for owner_i, (mid, items) in enumerate(owners):
                mine = approved_on[mid]
                for seq, (cat, content, target) in enumerate(items, start=1):
                    deadline = date(year, rng.choice((6, 9, 12)), 30 if rng.random() < 0.5 else 28)
                    p = Pledge(year=year, member_id=mid, seq=seq, category=cat, content=content, target=target,
                               deadline=deadline)
                    returned = not past and owner_i in (4, 9) and seq == 2
                    if returned:
                        p.review, p.reviewed_on = Review.RETURNED.value, approve_on
                        p.review_meeting_id = meeting.id if meeting else None
                        p.review_comment = "目标不够具体，请写明可衡量的完成标准后重新提交"
                    else:
                        p.review, p.reviewed_on = Review.APPROVED.value, mine
                        p.review_meeting_id = meeting.id if meeting and mine == approve_on else None
                        p.review_comment = "同意"
                    s.add(p)
                    made += 1
                    if returned:
                        continue
                    stale = not past and overdue_left > 0 and mid is not None and deadline < today and seq == 1
                    if stale:
                        overdue_left -= 1
                        p.deadline = date(year, 6, 30)
                        continue  # past its deadline with nothing done: the 工作台 shows it
                    last = min(deadline, today)
                    for _ in range(rng.randint(1, 3)):
                        on = mine + (last - mine) * rng.random()
                        if on > mine:
                            p.progress.append(PledgeProgress(done_on=on, content=rng.choice(PROGRESS),
                                                             confirmed_by=rng.choice(committee)))
                    if past:
                        r = rng.random()
                        p.conclusion = "兑现" if r < 0.86 else ("基本兑现" if r < 0.97 else "未兑现")
                        p.self_assessment = "对照承诺逐项自查，能够认真履诺。"
                        p.member_assessment = "党员评议认为履诺情况较好。"
                        p.masses_assessment = "群众满意。"
                        p.concluded_on = date(year, 12, 26)
                        p.state = RecordState.FINAL.value
    return made


def fill_dues(ws: Workspace, today: date, years: int, rng: random.Random) -> int:
    """Book 11 for last year and this: bases set in January (in-service pay around the bracket bounds, pensions,
    flat amounts), monthly payments on a fixed day collected by the 组织委员, quarterly hand-ups; one member with
    seven months unpaid (flagged), one two months behind, a partial month, a payment in advance and a back
    payment with its reason."""
    from decimal import Decimal

    from models.dues import DuesHandUp, DuesPayment
    from models.rules.dues import due_months
    from models.services.dues import AccountInput, DuesService

    svc = DuesService(ws)
    roster = RosterService(ws)
    everyone = roster.list_members(include_left=True)
    collector = next((m.name for m in everyone if m.committee_role == "组织委员"), "组织委员")
    current = [m for m in everyone if m.left_on is None and m.status == "正式党员"]
    late = current[3].id if len(current) > 3 else None  # seven months unpaid
    behind = current[6].id if len(current) > 6 else None  # two months behind
    partial = current[8].id if len(current) > 8 else None
    made = 0
    bases = {m.id: Decimal(rng.choice((2800, 3000, 4200, 5000, 6500, 8800, 10000, 12600)) + rng.randint(0, 99))
             for m in everyone}
    with_note = "外出培训，委托其他党员补交"
    for year in range(today.year - (1 if years >= 1 else 0), today.year + 1):
        for m in everyone:
            months = due_months(year, m.arrived_on or m.join_date, m.left_on)
            if not months:
                continue
            kind = svc.default_kind(m.category)
            base = bases[m.id] if svc.is_bracket(kind) else None
            if kind == "离退休" and base is not None:
                base = Decimal(rng.choice((3600, 4800, 5000, 5600))) + rng.randint(0, 99)
            svc.set_account(year, AccountInput(m.id, kind, base), date(year, 1, 10))
        accounts = {a.member_id: a for a in svc.accounts(year)}
        with ws.session() as s:
            for m in everyone:
                a = accounts.get(m.id)
                if a is None:
                    continue
                last_due = (today.year, today.month) if year == today.year else (year, 12)
                for mo in due_months(year, m.arrived_on or m.join_date, m.left_on):
                    if (year, mo) > last_due:
                        continue
                    if year == today.year and m.id == late and mo > today.month - 8:
                        continue
                    if year == today.year and m.id == behind and mo >= today.month - 2:
                        continue
                    if year == today.year and mo == today.month and rng.random() < 0.5:
                        continue  # this month's collection day has not come for everyone yet
                    paid_on = date(year, mo, 8)
                    if paid_on > today:
                        continue
                    amount, note = a.monthly_fen, ""
                    if m.id == partial and year == today.year and mo == today.month - 1:
                        amount, note = a.monthly_fen // 2, "本月先交一半，余款下月补齐"
                    if m.id == partial and year == today.year - 1 and mo in (3, 4):
                        paid_on, note = date(year, 5, 8), with_note  # paid back two months later
                    s.add(DuesPayment(member_id=m.id, year=year, month=mo, amount_fen=amount, paid_on=paid_on,
                                      collector=collector, note=note))
                    made += 1
                    if year == today.year and mo == today.month and m.id == current[0].id and mo < 12:
                        s.add(DuesPayment(member_id=m.id, year=year, month=12, amount_fen=a.monthly_fen,
                                          paid_on=paid_on, collector=collector, note="年底出差，提前预交"))
                        made += 1
        with ws.session() as s:
            for q in range(4):
                first, last = q * 3 + 1, q * 3 + 3
                handed = date(year + (last == 12), last % 12 + 1, 5)
                if handed > today:
                    break
                fen = svc.collected(year, first, last)
                if fen:
                    s.add(DuesHandUp(year=year, from_month=first, to_month=last, amount_fen=fen, handed_on=handed,
                                     receiver="国网示范供电公司机关党委", receipt_no=f"DF{year}-{q + 1:02d}"))
    return made


APPLICANTS = (("周晓雨", "女", 1999), ("吴浩然", "男", 1996), ("郑佳怡", "女", 1998), ("孙文博", "男", 1994),
              ("马思琪", "女", 1997), ("胡建宇", "男", 1993), ("林雨桐", "女", 1995))


def fill_development(ws: Workspace, today: date, rng: random.Random, admit: bool = True) -> int:
    """Book 12: seven people at different stages — an applicant waiting for the talk, one whose talk is overdue,
    an activist with an assessment due, a candidate after training, one admitted and waiting for approval, a
    probationary member whose year is nearly over, and one already full and archived."""
    from sqlalchemy import select

    from models.meeting import Meeting
    from models.rules.dates import add_months
    from models.rules.development import TURN_FULL
    from models.rules.workdays import add_workdays
    from models.services.development import DevelopmentService, PersonInput, StepInput

    svc = DevelopmentService(ws)
    roster = RosterService(ws)
    secretary = next((m.name for m in roster.list_members() if m.committee_role == "书记"), "支部书记")

    def full_members(on: date, n: int) -> list[int]:
        ok = [m.id for m in roster.list_members(on=on) if m.status == "正式党员" and m.full_date and m.full_date <= on]
        return rng.sample(ok, min(n, len(ok)))  # a branch of three may not have two full members to introduce

    def meeting_on(kind: str, near: date) -> tuple[date, int | None]:
        with ws.session() as s:
            row = s.execute(select(Meeting.held_on, Meeting.id).where(
                Meeting.kind == kind, Meeting.held_on <= near, Meeting.held_on > near - timedelta(days=40),
                Meeting.deleted_at.is_(None)).order_by(Meeting.held_on.desc())).first()
        return (row[0], row[1]) if row else (near, None)

    def next_general(after: date) -> tuple[date, int | None]:
        """The first 支部党员大会 on or after ``after`` (the person waits for the branch's next general meeting);
        without one, a meeting three weeks on."""
        with ws.session() as s:
            row = s.execute(select(Meeting.held_on, Meeting.id).where(
                Meeting.kind == "general", Meeting.held_on >= after, Meeting.held_on <= today,
                Meeting.deleted_at.is_(None)).order_by(Meeting.held_on)).first()
        return (row[0], row[1]) if row else (after + timedelta(days=14), None)

    def decision(on: date, motion: str, existing: int | None) -> int | None:
        """The 支部党员大会 that votes on the person: the general meeting held that day gets the motion, carried by
        every voting member present; without one that has a quorum, a meeting of its own is recorded."""
        if on > today:
            return None
        from models.meeting import Motion
        from models.services.meetings import AttendanceEntry, MeetingInput, MeetingService, MotionInput

        msvc = MeetingService(ws)
        if existing is not None:
            held = msvc.get(existing)
            if held.quorum.ok and held.counts.present_full * 2 > held.counts.due_full:
                with ws.session() as s:
                    s.add(Motion(meeting_id=existing, seq=len(held.motions) + 1, text=motion,
                                 yes=held.counts.present_full, no=0, abstain=0))
                return existing
        due = msvc.due_members("general", on)
        full = sum(1 for d in due if d.full)
        made = msvc.create(MeetingInput("general", on, starts="15:00", ends="16:30", place="党员活动室", host=secretary,
                                        recorder="组织委员", title=motion, agenda=motion,
                                        minutes=f"与会党员充分讨论后举手表决：{motion}。",
                                        attendance=[AttendanceEntry(d.member_id, "present") for d in due],
                                        motions=[MotionInput(motion, full, 0, 0)]), today)
        return made.row.id

    def run(pid: int, name: str, applied: date, upto: int) -> None:
        d = {1: applied}
        d[2] = applied + timedelta(days=rng.randint(7, 20))
        d[3], m3 = meeting_on("committee", d[2] + timedelta(days=60))
        plan: list[StepInput] = [StepInput(2, d[2], people=secretary, detail="了解入党动机和基本情况")]
        plan.append(StepInput(3, d[3], meeting_id=m3, detail="经党员推荐、支委会研究确定"))
        plan.append(StepInput(4, d[3] + timedelta(days=5)))
        plan.append(StepInput(5, d[3] + timedelta(days=5), member_ids=full_members(d[3], 2)))
        a1 = add_months(d[3], 6) - timedelta(days=3)
        plan.append(StepInput(6, a1, documents="入党积极分子考察登记表", detail="思想汇报按季度提交，表现良好"))
        a2 = add_months(a1, 6) - timedelta(days=3)
        plan.append(StepInput(6, a2, documents="入党积极分子考察登记表", detail="工作积极，群众评价好"))
        d[7], m7 = meeting_on("committee", add_years(d[3], 1) + timedelta(days=35))
        if d[7] < add_years(d[3], 1):
            d[7], m7 = add_years(d[3], 1) + timedelta(days=3), None
        plan.append(StepInput(7, d[7], meeting_id=m7))
        plan.append(StepInput(8, d[7] + timedelta(days=4)))
        plan.append(StepInput(9, d[7] + timedelta(days=4), member_ids=full_members(d[7], 2)))
        plan.append(StepInput(10, d[7] + timedelta(days=20), result="合格", documents="政治审查报告"))
        plan.append(StepInput(11, d[7] + timedelta(days=30), days=3, hours=24, documents="结业证书"))
        d[12], m12 = meeting_on("committee", d[7] + timedelta(days=60))
        if d[12] <= d[7] + timedelta(days=30):
            d[12], m12 = d[7] + timedelta(days=45), None
        plan.append(StepInput(12, d[12], meeting_id=m12))
        posted_to, _ = add_workdays(d[12] + timedelta(days=1), 7)
        plan.append(StepInput(13, posted_to + timedelta(days=2), posted_from=d[12] + timedelta(days=1),
                              posted_to=posted_to, detail="公示期间未收到反映"))
        plan.append(StepInput(14, posted_to + timedelta(days=5), documents="入党志愿书"))
        d[15], m15 = meeting_on("general", posted_to + timedelta(days=40))
        if d[15] <= posted_to + timedelta(days=5) or m15 is None:
            d[15], m15 = next_general(posted_to + timedelta(days=6))
        m15 = decision(d[15], f"接收{name}为中共预备党员", m15) if upto >= 15 else None
        plan.append(StepInput(15, d[15], meeting_id=m15, detail="应到有表决权正式党员全部同意接收"))
        plan.append(StepInput(16, d[15] + timedelta(days=15), people="机关党委委员 王建国"))
        plan.append(StepInput(17, d[15] + timedelta(days=40), people="国网示范供电公司机关党委"))
        plan.append(StepInput(18, d[15] + timedelta(days=50)))
        plan.append(StepInput(19, d[15] + timedelta(days=45)))
        plan.append(StepInput(20, d[15] + timedelta(days=50), detail="在党旗下宣誓"))
        plan.append(StepInput(21, d[15] + timedelta(days=150), detail="按季度提交思想汇报"))
        end = add_years(d[15], 1)
        plan.append(StepInput(22, end - timedelta(days=7), documents="转正申请书"))
        d[23], m23 = meeting_on("general", end + timedelta(days=30))
        if d[23] < end or m23 is None:
            d[23], m23 = next_general(end)
        m23 = decision(d[23], f"{name}按期转为中共正式党员", m23) if upto >= 23 else None
        plan.append(StepInput(23, d[23], meeting_id=m23, result=TURN_FULL))
        plan.append(StepInput(24, d[23] + timedelta(days=30), people="国网示范供电公司机关党委"))
        plan.append(StepInput(25, d[23] + timedelta(days=40), documents="入党材料归入人事档案"))
        for st in plan:
            if st.step > upto or st.done_on is None or st.done_on > today:
                break
            try:
                svc.record(pid, st, today)
            except UserError:  # a small branch cannot take this step (two introducers, a quorum): it waits here
                break

    # (days since the application, the last step done)
    stages = ((20, 1), (50, 1), (700, 6), (560, 11), (645, 16), (925, 22), (1500, 25))
    made = 0
    for (name, gender, born_year), (ago, upto) in zip(APPLICANTS, stages, strict=True):
        born = date(born_year, rng.randint(1, 12), rng.randint(1, 28))
        p = svc.add(PersonInput(name=name, gender=gender, birth_date=born, id_number=make_id(rng, born, gender),
                                education="大学本科", job=rng.choice(JOBS), group=GROUPS[made % 3],
                                phone=f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"),
                    applied_on=today - timedelta(days=ago), today=today)
        run(p.id, name, today - timedelta(days=ago), upto if admit else min(upto, 16))
        made += 1
    return made


def settle_attendance(ws: Workspace) -> None:
    """The demo writes its meetings before the people admitted or transferred in later in its story: give those
    meetings the attendance a secretary entering them in order would have ticked (present), so the demo's final
    records agree with its roster."""
    from models.meeting import Meeting, MeetingAttendance
    from models.services.meetings import MeetingService

    svc = MeetingService(ws)
    drift = svc.roster_drift()
    if not drift:
        return
    with ws.session() as s:
        for d in drift:
            m = s.get(Meeting, d.meeting_id)
            assert m is not None
            have = {a.member_id: a for a in m.attendance}
            for due in svc.due_in(s, m.kind, m.held_on, m.group_id):
                if due.member_id in have:
                    have[due.member_id].full_member = due.full
                elif due.name in d.added:
                    m.attendance.append(MeetingAttendance(member_id=due.member_id, status="present",
                                                          full_member=due.full))

