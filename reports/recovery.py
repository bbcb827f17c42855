"""恢复码 sheet: the recovery code of an encrypted branch, printed once at set-up, kept in the branch's safe."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from reports.fonts import fonts
from reports.layout import build_pdf
from reports.page import FormMeta, Styles, date_cn, frame_width, grid, title_block


def render_recovery_sheet(code: str, branch: str, out: Path, on: date | None = None) -> Path:
    on = on or date.today()
    fs = fonts()
    st = Styles(fs)
    shown = ParagraphStyle("code", fontName=fs.table, fontSize=22, leading=34, alignment=TA_CENTER)
    w = frame_width(False)
    story: list[Flowable] = title_block(st, "支部数据恢复码", f"{branch}　　{date_cn(on)}")
    story += [
        Spacer(1, 6),
        grid([[Paragraph(code, shown)]], [w], fs.table, header_rows=0),
        Spacer(1, 12),
        st.text("一、本支部工作台的数据已加密。忘记密码时，在解锁窗口输入上面的恢复码（大小写、空格和短横线都可以不管）即可打开数据，"
                "打开后请立即在“设置”中设定新密码。", st.body),
        st.text("二、恢复码与密码同等重要：请把本页放在支部的保险柜或档案柜里，不要夹在电脑包里，不要拍照发到聊天群。", st.body),
        st.text("三、如果本页遗失或被他人看到，请在“设置 → 安全”中生成新的恢复码（旧的随即作废），并重新打印本页。", st.body),
        st.text("四、数据文件夹和备份文件夹里的 branchdesk.keys.json 是密钥文件，复制备份到别处时请一并复制；没有它，密码和恢复码都无法打开数据。",
                st.body),
        Spacer(1, 18),
        grid([["保管人（签名）", "", "存放地点", ""], ["交接记录", "", "", ""]],
             [w * 0.18, w * 0.32, w * 0.18, w * 0.32], fs.table, header_rows=0,
             style=[("SPAN", (1, 1), (3, 1))]),
    ]
    build_pdf(out, FormMeta(branch=branch, book="恢复码", period=str(on.year)), story, fs)
    return out
