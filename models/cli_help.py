"""The command line in Chinese: every help text of every command and argparse's own words (用法、选项、its usage
errors), looked up when the help or the error is printed, so ``--help`` follows ``--lang`` and the settings.

The English texts stay where the arguments are declared; this is their Chinese. A test walks every parser and fails
on a help text missing here."""
from __future__ import annotations

import argparse
from typing import Any

from models.i18n import language

HELP_ZH: dict[str, str] = {
    "Branch Desk 支部工作台": "支部工作台 Branch Desk：党支部台账、打印和报送",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "workspace folder (default: the per-user data folder)": "数据文件夹（默认：本用户的数据文件夹）",
    "committee database URL (postgresql://user:pw@host/db) instead of --data-dir":
        "上级党委的数据库地址（postgresql://用户:密码@主机/库），代替 --data-dir",
    "open the committee's receiving workspace": "打开上级党委的接收工作台",
    "interface language": "界面语言",
    "open the main window, paint once, exit 0": "打开主窗口、绘制一次后退出（检查安装用）",
    "list the records of a book": "列出一本台账的记录",
    "print a form to PDF": "把表格打印成 PDF",
    "import or export the member roster": "导入或导出党员花名册",
    "the committee's benchmark indicator sets (book 15)": "上级的对标考评指标（第15本）",
    "write the monthly bundle (报送) into a folder or onto a stick": "把本月报送文件写入文件夹或U盘",
    "check a bundle: exit 0 valid, 1 invalid with the reasons": "检查报送文件：有效退出码0，无效退出码1并说明原因",
    "this branch's signing key fingerprint, to read out when the committee confirms it; key rotate makes a new one":
        "本支部签名密钥的指纹（上级核对时念给对方听）；key rotate 换一把新密钥",
    "receipts (回执): the committee writes them, the branch imports them": "回执：上级写回执，支部导入回执",
    "committee: receive bundles (files or folders)": "上级党委：接收报送文件（文件或文件夹）",
    "committee views: branches, matrix, ranking, summary report": "上级党委：支部列表、报送情况、排名、汇总表",
    "encrypt this workspace (its data, attachments and backups) under a password; prints the recovery code":
        "用密码加密本支部数据（数据库、附件、备份），并给出恢复码",
    "change the password that opens the encrypted data (the data is not re-encrypted)": "修改打开加密数据的密码（数据不重新加密）",
    "print a new recovery code (the old one stops working)": "生成新的恢复码（旧的随即作废）",
    "obligations of the rules (三会一课 …) and their state": "各项制度要求（三会一课等）的完成情况",
    "start a new, empty branch workspace on purpose (also where a known one went missing); encrypted under a "
    "password unless --no-encrypt": "有意新建一个空白支部（原来的数据不见了时也用它）；默认用密码加密，除非 --no-encrypt",
    "fill a new workspace with a demo branch": "在新的数据文件夹里生成演示支部",
    "back up the workspace now": "立即备份",
    "restore the workspace from a backup file": "从备份文件恢复",
    "check the database and attachments": "检查数据库和附件",
    "YYYY, YYYY-Qn or YYYY-MM": "年份（2026）、季度（2026-Q1）或月份（2026-03）",
    "do not mask ID numbers": "身份证号不隐去中间8位",
    "include members who left": "包括已离开本支部的党员",
    "YYYY, YYYY-Qn or YYYY-MM (the roster as at the period's end)": "年份、季度或月份（花名册取期末那天）",
    "record UUID (for single-record forms)": "记录编号（打印单条记录的表格时）",
    "for signin: the kind of meeting": "签到表：会议类型",
    "for signin: the meeting date, YYYY-MM-DD (default today)": "签到表：会议日期，年-月-日（默认今天）",
    "for pledge-board: the poster's paper size": "承诺公示栏：纸张大小",
    "for pledge-sheet and dues-member: the member's name or member UUID (see: list roster)":
        "承诺书、个人党费记录：党员姓名或党员编号（见 list roster）",
    "for signin --kind group: the party group (default: a sheet for each)": "党小组会签到表：党小组（默认每个小组一张）",
    "import .xlsx/.xls/.csv": "从 .xlsx/.xls/.csv 导入",
    "export to .xlsx": "导出为 .xlsx",
    "check only, write nothing": "只检查，不写入",
    "import the valid rows, skip the others": "导入没有问题的行，跳过有问题的行",
    "sheet name (default: the first with a 姓名 column)": "工作表名称（默认：第一个有“姓名”列的表）",
    "import a set from .json or .xlsx (方面, 编号, 指标, 目标, 评分规则, 目标值, 每次扣分, 分值)":
        "从 .json 或 .xlsx 导入一套指标（方面、编号、指标、目标、评分规则、目标值、每次扣分、分值）",
    "list the sets and their indicators": "列出各套指标",
    "the file, or 'default' for the bundled demonstration set": "指标文件，或 default 表示程序自带的示例指标",
    "first month in force, YYYY-MM": "开始执行的月份，年-月",
    "YYYY-MM (default: the last month not yet sent)": "月份，年-月（默认：最早一个还没报送的月份）",
    "folder or stick to copy the bundle to": "报送文件写到哪个文件夹或U盘",
    "send ID numbers unmasked (the branch opts in)": "报送完整的身份证号（支部自己决定）",
    "show what would go in, write nothing": "只显示将报送的内容，不写文件",
    "show: the fingerprint (default); rotate: a new key after a suspected loss, with a key-change statement signed "
    "by the old key for the committee": "show：显示指纹（默认）；rotate：怀疑密钥泄露时换新密钥，并用旧密钥签一份换钥声明交上级",
    "rotate: folder for the statement (default: the workspace's bundles folder)": "rotate：换钥声明放在哪里（默认：数据文件夹的 bundles）",
    "committee: accept or return a branch's month and write its receipt": "上级党委：接收或退回某支部某月的报送，并写回执",
    "branch: import receipts from files or a folder": "支部：从文件或文件夹导入回执",
    "branch: confirm the committee's key by its full fingerprint (from the committee's notice or read out by phone); "
    "kept receipts then apply": "支部：用上级密钥的完整指纹（通知上的，或电话里念的）确认它；暂存的回执随即生效",
    "branch: receipts kept because their key is not confirmed": "支部：因密钥未确认而暂存的回执（未确认来源）",
    "branch code": "支部代码",
    "YYYY-MM": "月份，年-月",
    "return with these comments": "退回，并写明意见",
    "folder or stick": "文件夹或U盘",
    "all 64 hex digits; spaces allowed": "全部64位十六进制数字，可以带空格",
    "the committee announced a new key: replace the confirmed one": "上级通知换了新密钥：替换已确认的那把",
    "the monthly summary across branches (.pdf or .xlsx)": "各支部月度报送汇总表（.pdf 或 .xlsx）",
    "import the indicator set the committee ranks by": "导入排名所用的指标",
    "the branch's fingerprint was read out by phone and matches: its held bundles apply":
        "支部电话里念的指纹核对一致：暂存的报送随即生效",
    "bundles held until their branch's key is confirmed (待确认)": "因支部密钥待确认而暂存的报送",
    "the committee's own key fingerprint, for the notice to the branches": "上级党委自己的密钥指纹，写在给各支部的通知上",
    "a branch's key-change statement (key rotate), checked against its registered key: its new key is trusted from "
    "now on": "支部的换钥声明（key rotate），用已登记的密钥核对：之后信任它的新密钥",
    "trust a branch's new key": "信任某支部的新密钥",
    "the last month shown (default: last month)": "显示到哪个月（默认：上个月）",
    "YYYY-MM (default: last month)": "月份，年-月（默认：上个月）",
    "the full fingerprint (64 hex digits) the branch read out; spaces allowed": "支部念出的完整指纹（64位十六进制数字），可以带空格",
    "the committee's receiving store (committee.sqlite3) instead of the branch's workspace":
        "上级党委的接收库（committee.sqlite3），而不是支部的数据",
    "YYYY, YYYY-Qn or YYYY-MM (default: this month, quarter and year)": "年份、季度或月份（默认：本月、本季度和本年）",
    "leave the data unencrypted (not advised: anyone with the laptop can read it)": "不加密（不建议：拿到电脑的人都能读）",
    "do not mark it as a demo (its bundles are then received by a committee: for trying the exchange end to end)":
        "不标为演示（这样上级会接收它的报送：用来从头到尾试一遍报送）",
}

# argparse's own words (its gettext messages)
ARGPARSE_ZH: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的取值 %(value)r（可选：%(choices)s）",
    "the following arguments are required: %s": "缺少必填的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "后面要跟一个值",
    "expected at least one argument": "后面至少要跟一个值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "one of the arguments %s is required": "以下参数必须给出一个：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "invalid %(type)s value: %(value)r": "无效的值 %(value)r",
    "ignored explicit argument %r": "忽略了多余的值 %r",
}


def help_text(text: str) -> str:
    """A help text in the interface's language."""
    return HELP_ZH.get(text, text) if language() == "zh_CN" else text


class Formatter(argparse.HelpFormatter):
    """Help texts in the interface's language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return help_text(action.help) if action.help else action.help

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else _argparse_text("usage: "))

    def start_section(self, heading: str | None) -> None:
        super().start_section(_argparse_text(heading) if heading else heading)


def _argparse_text(message: str) -> str:
    return ARGPARSE_ZH.get(message, message) if language() == "zh_CN" else message


def install() -> None:
    """argparse's own messages (usage, errors) follow the interface's language."""
    setattr(argparse, "_", _argparse_text)  # noqa: B010  (argparse looks its gettext up by this name)
