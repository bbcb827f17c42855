"""Messages of the domain layer in the UI language, without Qt.

The Qt interface translates its own strings through Qt Linguist (resources/i18n). Messages that the
domain produces (validation, refused input) are shown both in the window and on the command line, so
they live here as pairs: Chinese first, English second.
"""
from __future__ import annotations

from collections.abc import Iterable

_LANG = "zh_CN"


def set_language(lang: str) -> None:
    global _LANG
    _LANG = "en" if lang.startswith("en") else "zh_CN"


def language() -> str:
    return _LANG


def pick(zh: str, en: str) -> str:
    """The text in the current language."""
    return en if _LANG == "en" else zh


def listing(items: Iterable[str]) -> str:
    """Names or short items in running text: 王欣怡、赵梓萱 / 王欣怡, 赵梓萱."""
    return pick("、", ", ").join(items)


def clauses(items: Iterable[str]) -> str:
    """Longer items in running text, each with its own details: …；… / …; …"""
    return pick("；", "; ").join(items)


def aside(text: object) -> str:
    """A remark after a word, in brackets: 林国庆（7个月） / 林国庆 (7 months)."""
    return pick(f"（{text}）", f" ({text})")


#: the fixed terms of the records in English, for the English window (the stored value is the Chinese term): a member's
#: sex, education, membership, category and how they left; a branch's type; the default pledge categories, pledge
#: conclusions and appraisal grades (a branch's own values, set under 规则及依据, are shown as they are); a recruit's
#: role; attendance
TERM_EN = {
    "男": "male", "女": "female",
    "研究生": "postgraduate", "大学本科": "bachelor's degree", "大学专科": "college diploma", "中专": "technical school",
    "高中": "senior high school", "初中及以下": "junior high or less",
    "正式党员": "full member", "预备党员": "probationary member",
    "在职": "employed", "离退休": "retired", "学生": "student", "农民": "farmer",
    "失业或无固定职业": "unemployed or no fixed job", "其他": "other",
    "转出": "transferred out", "去世": "deceased", "出党": "expelled", "停止党籍": "membership suspended",
    "取消预备党员资格": "probation revoked",
    "机关": "government office", "国有企业": "state-owned enterprise", "非公企业": "private enterprise",
    "事业单位": "public institution", "学校": "school", "农村": "village", "社区": "residential community",
    "社会组织": "social organisation",
    "共性承诺": "common pledge", "岗位承诺": "pledge at work", "实事承诺": "practical pledge", "自律承诺": "self-discipline pledge",
    "兑现": "kept", "基本兑现": "partly kept", "未兑现": "not kept",
    "优秀": "excellent", "合格": "qualified", "基本合格": "basically qualified", "不合格": "unqualified",
    "入党申请人": "applicant", "入党积极分子": "activist", "发展对象": "candidate", "新发展党员": "newly admitted",
    "终止": "stopped",
    "出席": "present", "请假": "on leave", "缺席": "absent",
}


def term(value: str) -> str:
    """A fixed term of a record (性别, 学历, 党员类型, 类别, 离开方式, 支部类型) in the interface's language; anything
    else (a name, a typed value) as it is."""
    return pick(value, TERM_EN.get(value, value))
