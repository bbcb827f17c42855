<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="45"/>
        <source>About Branch Desk</source>
        <translation>关于支部工作台</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="46"/>
        <source>&lt;h2&gt;Branch Desk 支部工作台&lt;/h2&gt;&lt;p&gt;Record books of a party branch, kept offline, printed to the standard forms and handed up monthly.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;支部工作台 Branch Desk&lt;/h2&gt;&lt;p&gt;党支部标准台账：离线记录，按标准格式打印，每月报送上级党组织。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dues_page.py" line="114"/>
        <source>Dues for {0}, {1}</source>
        <translation>{0} {1}年党费核定</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="125"/>
        <source>monthly pay after tax, or pension, in yuan</source>
        <translation>税后月工资收入或离退休费（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="129"/>
        <source>empty: as the rule asks</source>
        <translation>留空：按规定标准</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="131"/>
        <source>only if paying less (approved by the superior) or changing mid-year</source>
        <translation>仅在少交（经上级批准）或年内调整时填写</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="134"/>
        <source>the whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="136"/>
        <source>from month {0}</source>
        <translation>自{0}月起</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="120"/>
        <source>Category *</source>
        <translation>党费类别 *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="123"/>
        <source>Monthly base (yuan)</source>
        <translation>计算基数（元/月）</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="126"/>
        <source>The rule</source>
        <translation>按规定</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="128"/>
        <source>Monthly amount (yuan)</source>
        <translation>每月交纳（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="130"/>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="133"/>
        <source>Applies</source>
        <translation>适用</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="140"/>
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="160"/>
        <source>{0} → {1} yuan a month</source>
        <translation>{0} → 每月{1}元</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="94"/>
        <source>Please check</source>
        <translation>请检查</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="96"/>
        <source>Cannot do that</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="98"/>
        <source>File problem</source>
        <translation>文件问题</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="99"/>
        <source>The operation failed: {0}
{1}</source>
        <translation>操作失败：{0}
{1}</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../ui/app_lock.py" line="223"/>
        <source>Branch Desk is locked</source>
        <translation>支部工作台已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="227"/>
        <source>Type the password to go on where you left off.</source>
        <translation>输入密码，接着刚才的工作继续。</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="395"/>
        <source>Encrypting the branch&apos;s data…</source>
        <translation>正在加密支部数据…</translation>
    </message>
</context>
<context>
    <name>AppraisalDialog</name>
    <message>
        <location filename="../../ui/appraisal_page.py" line="29"/>
        <source>Appraisal of {0}, {1}</source>
        <translation>{0} {1}年度民主评议</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="40"/>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="40"/>
        <source>qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="40"/>
        <source>basically</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="40"/>
        <source>unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="33"/>
        <source>Self-appraisal</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="34"/>
        <source>Mutual appraisal</source>
        <translation>党员互评</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="44"/>
        <source>Measurement votes</source>
        <translation>测评票数</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="45"/>
        <source>Pledges fulfilled (book 14)</source>
        <translation>兑诺率（党员承诺践诺）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="47"/>
        <source>Committee&apos;s grade</source>
        <translation>组织评定</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="51"/>
        <source>Follow-up (required for the lower grades)</source>
        <translation>处置或帮扶措施（基本合格、不合格须填写）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="53"/>
        <source>Final: saving makes an amendment with a reason.</source>
        <translation>已定稿：保存时须写明更正原因。</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="63"/>
        <source>Amend</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="63"/>
        <source>Why is this appraisal being corrected?</source>
        <translation>更正原因：</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <location filename="../../ui/appraisal_page.py" line="107"/>
        <source>Appraise…</source>
        <translation>评议…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="108"/>
        <location filename="../../ui/appraisal_page.py" line="144"/>
        <source>Finalise the year</source>
        <translation>本年度定稿</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="137"/>
        <source>Choose a member in the sheet first.</source>
        <translation>请先在表中选择一名党员。</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="145"/>
        <source>Finalise the appraisal of {0}? Every grade of the year is then locked: a later change needs a written reason.</source>
        <translation>将{0}年的民主评议定稿？定稿后本年度的每一项评定结果都将锁定，以后更改须写明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="146"/>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="154"/>
        <source>{0} appraisals are final. Changes now need a reason.</source>
        <translation>已将 {0} 条评议定稿，今后修改须说明理由。</translation>
    </message>
</context>
<context>
    <name>AppraisalTableModel</name>
    <message>
        <location filename="../../ui/appraisal_page.py" line="75"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="75"/>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="83"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="84"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="85"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="86"/>
        <source>Mutual</source>
        <translation>互评</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="87"/>
        <source>Votes (excellent/qualified/basically/unqualified)</source>
        <translation>测评票（优秀/合格/基本合格/不合格）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="88"/>
        <source>Pledges fulfilled</source>
        <translation>兑诺率</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="89"/>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="91"/>
        <source>Follow-up</source>
        <translation>后续措施</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="92"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="388"/>
        <source>Year-end appraisal of {0}&apos;s pledge</source>
        <translation>{0}的承诺：年终评诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="391"/>
        <source>{0} progress entries</source>
        <translation>践诺记录{0}条</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="395"/>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="396"/>
        <source>Members&apos; assessment</source>
        <translation>党员评议</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="398"/>
        <source>The masses&apos; assessment</source>
        <translation>群众评议</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="400"/>
        <source>Branch&apos;s conclusion</source>
        <translation>组织评定</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="404"/>
        <source>Concluded on</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="407"/>
        <source>Final: saving makes an amendment with a reason.</source>
        <translation>已定稿：保存将作为更正，需写明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="410"/>
        <source>Amended {0}: {1} (was {2})</source>
        <translation>{0}更正：{1}（原为{2}）</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="419"/>
        <source>Amend</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="419"/>
        <source>Why is this conclusion being corrected?</source>
        <translation>为什么更正该评定结论？</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="17"/>
        <source>Attendance {0}</source>
        <translation>{0}年参会情况</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="21"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="21"/>
        <source>Due</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="21"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="21"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="22"/>
        <source>Rate</source>
        <translation>参会率</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="22"/>
        <source>Missed in a row</source>
        <translation>连续缺席</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="30"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="33"/>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="33"/>
        <source>Why</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="33"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="38"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="40"/>
        <source>Restore selected…</source>
        <translation>恢复所选…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="42"/>
        <source>Restore from file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="44"/>
        <location filename="../../ui/backup_dialog.py" line="130"/>
        <source>Check data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="46"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="63"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="63"/>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="63"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="70"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="78"/>
        <source>Backed up to {0}</source>
        <translation>已备份到 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="81"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="89"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="90"/>
        <source>Branch Desk backups (*.sqlite3)</source>
        <translation>支部工作台备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="96"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="97"/>
        <source>Replace the current data with the backup {0}?
The current data is backed up first.</source>
        <translation>用备份 {0} 替换当前数据吗？
当前数据会先自动备份。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="112"/>
        <source>Restored from {0}.</source>
        <translation>已从 {0} 恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="119"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="135"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <location filename="../../ui/dashboard.py" line="79"/>
        <source>No members yet</source>
        <translation>暂无党员</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../ui/book_page.py" line="75"/>
        <source>Undone: {0}.</source>
        <translation>已撤销：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="82"/>
        <source>Done again: {0}.</source>
        <translation>已重做：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="242"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="251"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="253"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="270"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="429"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="469"/>
        <source>Preparing {0}…</source>
        <translation>正在准备{0}…</translation>
    </message>
</context>
<context>
    <name>CommitteeBox</name>
    <message>
        <location filename="../../ui/committee_box.py" line="130"/>
        <source>Branch committee</source>
        <translation>支部委员会</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="135"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="135"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="136"/>
        <location filename="../../ui/committee_box.py" line="199"/>
        <source>Duties</source>
        <translation>分工</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="136"/>
        <source>Since</source>
        <translation>任职起</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="142"/>
        <source>Record an election…</source>
        <translation>登记换届选举…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="142"/>
        <source>Change of post…</source>
        <translation>职务变动…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="143"/>
        <source>Take back the latest term</source>
        <translation>删除最近一届</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="143"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="180"/>
        <source>Terms: </source>
        <translation>历届：</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="191"/>
        <source>(released from the committee)</source>
        <translation>（免去支委职务）</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="196"/>
        <source>Change of post</source>
        <translation>职务变动</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="197"/>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="198"/>
        <source>New post</source>
        <translation>新职务</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="200"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="201"/>
        <source>Why (by-election, new duties, released …)</source>
        <translation>变动原因（补选、调整分工、免职等）</translation>
    </message>
</context>
<context>
    <name>CommitteeWindow</name>
    <message>
        <location filename="../../ui/committee_window.py" line="73"/>
        <source>Branch Desk — committee: {0}</source>
        <translation>支部工作台 — 上级党委：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="84"/>
        <source>&amp;Receive bundles from a stick or folder…</source>
        <translation>从U盘或文件夹接收报送(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="89"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="89"/>
        <location filename="../../ui/committee_window.py" line="95"/>
        <location filename="../../ui/committee_window.py" line="118"/>
        <location filename="../../ui/committee_window.py" line="169"/>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="89"/>
        <location filename="../../ui/committee_window.py" line="108"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="89"/>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="90"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="90"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="92"/>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="98"/>
        <source>Branches × months</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="110"/>
        <source>Summary as &amp;PDF…</source>
        <translation>汇总表 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="112"/>
        <source>Summary as &amp;Excel…</source>
        <translation>汇总表 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="118"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="118"/>
        <location filename="../../ui/committee_window.py" line="169"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="118"/>
        <source>Score</source>
        <translation>对标得分</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="119"/>
        <source>Obligations done</source>
        <translation>应开展工作完成</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="119"/>
        <location filename="../../ui/committee_window.py" line="144"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="119"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="121"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="140"/>
        <source>Forms as received (double-click to open)</source>
        <translation>收到的报表（双击打开）</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="144"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="144"/>
        <source>Obligation</source>
        <translation>应开展</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="144"/>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="145"/>
        <source>Obligations (the 工作台 rules applied to the branch&apos;s month)</source>
        <translation>应开展的工作（按工作台的规则检查该支部当月数据）</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="148"/>
        <source>Comments (required when returning)</source>
        <translation>意见（退回时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="152"/>
        <source>&amp;Accept</source>
        <translation>接收(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="154"/>
        <source>Re&amp;turn with comments</source>
        <translation>退回并写明意见(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="164"/>
        <source>Branch forms and receipts</source>
        <translation>支部台账与回执</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="169"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="169"/>
        <source>Checked by phone</source>
        <translation>已电话核实</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="170"/>
        <source>Bundles</source>
        <translation>报送份数</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="170"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="172"/>
        <source>Confirm the fingerprint the branch reads out…</source>
        <translation>核对支部读出的密钥指纹…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="173"/>
        <source>Until a branch&apos;s key is confirmed its bundles are held (待确认), not applied</source>
        <translation>支部的密钥确认之前，其报送文件保留为“待确认”，不生效</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="177"/>
        <source>This committee&apos;s key fingerprint (put it in the notice to the branches): {0}</source>
        <translation>本党委的密钥指纹（请写入给各支部的通知）：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="302"/>
        <source>new branch: check key {0}… by phone, then confirm it under Branches; held until then</source>
        <translation>新支部：请电话核实密钥 {0}…，再在“支部”页确认；确认前保留为待确认</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="305"/>
        <source>the branch&apos;s key is not confirmed yet: held</source>
        <translation>该支部的密钥尚未确认：保留为待确认</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="182"/>
        <source>Branches</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="220"/>
        <source>missing</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="220"/>
        <location filename="../../ui/committee_window.py" line="246"/>
        <location filename="../../ui/committee_window.py" line="299"/>
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="220"/>
        <location filename="../../ui/committee_window.py" line="246"/>
        <location filename="../../ui/committee_window.py" line="264"/>
        <source>accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="221"/>
        <location filename="../../ui/committee_window.py" line="246"/>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="249"/>
        <source>Benchmark branch (标杆支部)</source>
        <translation>标杆支部</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="250"/>
        <source>Last three months in a row</source>
        <translation>连续3个月末位</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="258"/>
        <source>Nothing received for this month.</source>
        <translation>本月没有收到报送。</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="262"/>
        <source>Revision {0}, {1} records, received {2}; {3}</source>
        <translation>第{0}版，{1}条记录，{2}收到；{3}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="264"/>
        <source>not yet decided</source>
        <translation>尚未审核</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="265"/>
        <source>returned: {0}</source>
        <translation>已退回：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="291"/>
        <source>Receive bundles from</source>
        <translation>从哪里接收报送</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="299"/>
        <source>already received</source>
        <translation>此前已接收</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="299"/>
        <source>held</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="300"/>
        <source>REJECTED</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="315"/>
        <source>Receiving bundles…</source>
        <translation>正在接收报送…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="326"/>
        <source>Write the receipt to (the branch&apos;s stick)</source>
        <translation>把回执写到（支部的U盘）</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="330"/>
        <source>Receipt written: {0}</source>
        <translation>回执已写出：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="343"/>
        <source>Confirm the branch&apos;s key</source>
        <translation>确认支部的密钥</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="344"/>
        <source>Ask branch {0} to read out its key fingerprint (Settings in its program), all 64 characters, and type them here:</source>
        <translation>请支部 {0} 读出其密钥指纹（在其程序的“设置”中），共64位，逐位输入：</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="351"/>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="355"/>
        <source>Key confirmed</source>
        <translation>密钥已确认</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="356"/>
        <source>The key of branch {0} is confirmed. Held bundles applied: {1}.</source>
        <translation>支部 {0} 的密钥已确认，此前保留的报送文件已生效{1}份。</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="364"/>
        <source>Save the summary</source>
        <translation>保存汇总表</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="372"/>
        <source>Writing the summary…</source>
        <translation>正在生成汇总表…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.py" line="116"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="121"/>
        <source>Members</source>
        <translation>党员总数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="122"/>
        <source>Full members</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="123"/>
        <source>Probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="124"/>
        <source>Average age</source>
        <translation>平均年龄</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="129"/>
        <source>By party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="129"/>
        <source>By category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="130"/>
        <source>By age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="130"/>
        <source>By education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="131"/>
        <source>By gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="131"/>
        <source>By years in the party</source>
        <translation>党龄</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="139"/>
        <source>Organisation checks</source>
        <translation>组织设置检查</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="161"/>
        <source>Monthly bundle to the committee</source>
        <translation>向上级党委报送</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="167"/>
        <source>Deadlines</source>
        <translation>期限提醒</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="169"/>
        <source>Attendance this year</source>
        <translation>本年度参会情况</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="176"/>
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="184"/>
        <location filename="../../ui/dashboard.py" line="360"/>
        <source>Send…</source>
        <translation>报送上级…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="185"/>
        <source>File → Send the monthly bundle (Ctrl+E)</source>
        <translation>文件 → 报送上级（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="192"/>
        <source>Four things to know (四个清楚): the number of members, their structure and distribution</source>
        <translation>四个清楚：党员数量、结构、分布一目了然</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="259"/>
        <source>Getting started: {0} of {1} done</source>
        <translation>开始使用：已完成{0}项，共{1}项</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="270"/>
        <source>Do it now</source>
        <translation>现在就做</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="288"/>
        <source>The roster changes touch {0} final meeting records ({1} to {2}) — {3}. They keep what was stored; amend any of them with a reason.</source>
        <translation>花名册变动涉及{0}条已定稿会议记录（{1}至{2}）——{3}。记录保持定稿时的内容；如需改正，请打开记录“更正”并写明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="291"/>
        <source>Open to amend…</source>
        <translation>打开以更正…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="294"/>
        <source>… and {0} more final records the roster changes touch</source>
        <translation>……另有{0}条已定稿记录受花名册变动影响</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="297"/>
        <source>The {0} democratic appraisal was finalised before {1} was entered into the roster: the final sheet is kept; amend it if needed</source>
        <translation>{0}年民主评议党员已定稿，之后花名册才录入{1}：花名册变动涉及已定稿记录，评议表保持定稿时的内容，如需改正请更正</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="301"/>
        <source>The {0} pledges were finalised before {1} was entered into the roster: the final record is kept</source>
        <translation>{0}年评诺已定稿，之后花名册才录入{1}：花名册变动涉及已定稿记录，承诺践诺台账保持定稿时的内容</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="313"/>
        <source>Amend by the roster</source>
        <translation>按花名册更正</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="314"/>
        <source>Why does this final record change (e.g. 张三&apos;s join date was corrected)? Leave empty to only look.</source>
        <translation>这条已定稿记录为什么要改（例如：补录了张三，其入党日期早于本次会议）？留空则只查看。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="325"/>
        <source>No monthly bundle sent yet (File → Send the monthly bundle, Ctrl+E)</source>
        <translation>尚未报送（文件 → 报送上级，Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="329"/>
        <source>Last bundle: {0} revision {1}, {2}</source>
        <translation>上次报送：{0} 第{1}版，{2}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="343"/>
        <source>✔ {0}: sent (revision {1}, {2}).</source>
        <translation>✔ {0}：已报送（第{1}版，{2}）。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="346"/>
        <source>○ The first bundle is for {0}, due by {1}.</source>
        <translation>○ 首次报送：{0}的报送文件，应在{1}前报送。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="349"/>
        <source>✖ {0}: not sent; it was due by {1}, {2} days ago.</source>
        <translation>✖ {0}：尚未报送，应在{1}前报送，已过期{2}天。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="352"/>
        <source>○ {0}: due by {1} ({2} days left).</source>
        <translation>○ {0}：请在{1}前报送（还有{2}天）。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="355"/>
        <source>The bundle is {0}.</source>
        <translation>报送文件{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="360"/>
        <source>Send again…</source>
        <translation>再次报送…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="380"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="380"/>
        <source>due</source>
        <translation>待完成</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="380"/>
        <location filename="../../ui/dashboard.py" line="464"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="381"/>
        <source>before the start (not recorded)</source>
        <translation>启用前（未记录）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="382"/>
        <source>recorded for this period</source>
        <translation>本期已有记录</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="383"/>
        <source>not recorded yet; the period is still open</source>
        <translation>还没有记录，本期尚未结束</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="384"/>
        <source>the period ended without a record</source>
        <translation>本期已结束，没有记录</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="385"/>
        <source>before the books were started in this program</source>
        <translation>在本程序启用之前</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="393"/>
        <source>{0}, {1}: {2}. Source: {3}</source>
        <translation>{0}（{1}）：{2}。依据：{3}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="449"/>
        <source>{0} month</source>
        <translation>{0}个月</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="483"/>
        <location filename="../../ui/dashboard.py" line="546"/>
        <location filename="../../ui/dashboard.py" line="549"/>
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="400"/>
        <source>was due by {0}</source>
        <translation>应在{0}前完成</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="400"/>
        <source>by {0}</source>
        <translation>截止{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="405"/>
        <source>Done: {0}</source>
        <translation>已完成{0}项</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="410"/>
        <source>Open record</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="417"/>
        <source>Record a past meeting…</source>
        <translation>补记…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="420"/>
        <source>Record it…</source>
        <translation>去记录…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="444"/>
        <source>✖ {0} pledges are past their deadline with nothing done: {1}</source>
        <translation>✖ {0}项承诺已过完成时限但无践诺记录：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="447"/>
        <source>See these pledges</source>
        <translation>查看这些承诺</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="449"/>
        <source>{0} months</source>
        <translation>{0}个月</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="455"/>
        <source>✖ No dues paid for {0} months or more in a row: {1}</source>
        <translation>✖ 连续{0}个月以上未交纳党费：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="457"/>
        <location filename="../../ui/dashboard.py" line="463"/>
        <source>Open the dues register</source>
        <translation>打开党费登记</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="460"/>
        <source>○ Dues in arrears: {0}</source>
        <translation>○ 党费欠交：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="464"/>
        <source>due now</source>
        <translation>可办理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="464"/>
        <source>coming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="528"/>
        <source>no data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="532"/>
        <location filename="../../ui/dashboard.py" line="533"/>
        <location filename="../../ui/dashboard.py" line="534"/>
        <source>{0} members</source>
        <translation>{0}名</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="535"/>
        <source>{0} years</source>
        <translation>{0}岁</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="270"/>
        <location filename="../../ui/dashboard.py" line="299"/>
        <location filename="../../ui/dashboard.py" line="303"/>
        <location filename="../../ui/dashboard.py" line="413"/>
        <location filename="../../ui/dashboard.py" line="470"/>
        <location filename="../../ui/dashboard.py" line="475"/>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="142"/>
        <source>To do now (what the rules ask for this month, quarter and year)</source>
        <translation>现在要做（本月、本季度、本年度应开展的组织生活）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="146"/>
        <source>✔ Nothing open: everything due now is recorded.</source>
        <translation>✔ 没有未完成的：现在应做的都已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="358"/>
        <source>The deadline is a rule in File → Rules and their sources: set the day your committee asks for.</source>
        <translation>报送期限是“文件 → 规则及依据”中的一条规则：按上级党委要求的日期修改。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="472"/>
        <source>… and {0} more in the recruitment record</source>
        <translation>……另有{0}项，见发展党员全程纪实</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="500"/>
        <source>⚠ Missed the last {0} meetings or more: {1}</source>
        <translation>⚠ 连续{0}次以上未参加会议：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="508"/>
        <source>everyone at 80% or more</source>
        <translation>全部在80%以上</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="508"/>
        <source>no data yet (no meeting recorded this year)</source>
        <translation>暂无数据（本年度还没有记录会议）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="509"/>
        <source>Lowest attendance: {0}</source>
        <translation>参会率较低：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="515"/>
        <source>Branch attendance rate this year: {0:.0%}</source>
        <translation>本年度支部参会率：{0:.0%}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="516"/>
        <source>Every member&apos;s attendance…</source>
        <translation>每名党员的参会情况…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="44"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="50"/>
        <source>Pick from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
</context>
<context>
    <name>DevelopmentPage</name>
    <message>
        <location filename="../../ui/development_page.py" line="358"/>
        <source>Search name (pinyin initials work)</source>
        <translation>搜索姓名（可用拼音首字母）</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="360"/>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="375"/>
        <source>New applicant…</source>
        <translation>新增入党申请人…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="376"/>
        <source>Record next step…</source>
        <translation>记录下一步…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="377"/>
        <source>Edit details…</source>
        <translation>编辑信息…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="378"/>
        <source>Take back last step</source>
        <translation>撤回最后一步</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="379"/>
        <source>Stop (withdrawn)…</source>
        <translation>终止发展…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="380"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="495"/>
        <source>delete {0}</source>
        <translation>删除{0}</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="496"/>
        <source>{0} moved to the recycle bin. Ctrl+Z undoes.</source>
        <translation>{0}已移入回收站。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="383"/>
        <source>Year of the printed rosters</source>
        <translation>打印名册的年度</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="434"/>
        <source>Nobody selected</source>
        <translation>未选择人员</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="476"/>
        <source>Recruitment</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="442"/>
        <source>Choose a person first.</source>
        <translation>请先选择一人。</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="388"/>
        <source>Full-process record of this person…</source>
        <translation>此人的全程纪实表…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="389"/>
        <source>Yearly rosters (applicants, activists, candidates, new members)…</source>
        <translation>年度名册（申请人、积极分子、发展对象、新党员）…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="467"/>
        <source>{0}: every step is recorded.</source>
        <translation>{0}：各步骤均已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="476"/>
        <source>Take back step {0} “{1}” of {2}?</source>
        <translation>撤回第{0}步“{1}”（{2}）？</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="484"/>
        <source>Stop</source>
        <translation>终止发展</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="484"/>
        <source>Why does {0} not go on (e.g. withdrew the application)?</source>
        <translation>{0}不再继续发展的原因（如本人撤回申请）：</translation>
    </message>
</context>
<context>
    <name>DuesGridModel</name>
    <message>
        <location filename="../../ui/dues_page.py" line="82"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="88"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="90"/>
        <source>Monthly</source>
        <translation>月交额</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="93"/>
        <source>Paid</source>
        <translation>已交</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="94"/>
        <source>Owed</source>
        <translation>欠交</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="63"/>
        <location filename="../../ui/dues_page.py" line="65"/>
        <source>M{0}</source>
        <translation>{0}月</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="82"/>
        <source> (prob.)</source>
        <translation>（预备）</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="88"/>
        <source>not set</source>
        <translation>未核定</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="57"/>
        <source>unpaid</source>
        <translation>未交</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="50"/>
        <source>paid in full</source>
        <translation>已交足</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="50"/>
        <source>paid in advance</source>
        <translation>预交</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="51"/>
        <source>partly paid</source>
        <translation>部分交纳</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="51"/>
        <source>not paid</source>
        <translation>未交</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="51"/>
        <source>this month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="52"/>
        <source>not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="52"/>
        <source>not on the roster that month</source>
        <translation>当月不在本支部</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="62"/>
        <source>{0}: due {1}, paid {2} — {3}</source>
        <translation>{0}：应交{1}，已交{2}——{3}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="85"/>
        <source>No payment for {0} months in a row</source>
        <translation>已连续{0}个月未交纳</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="74"/>
        <source>Base {0}, share {1}; the rule asks {2} a month</source>
        <translation>基数{0}，比例{1}；按规定每月{2}元</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <location filename="../../ui/dues_page.py" line="337"/>
        <source>Search name (pinyin initials work)</source>
        <translation>搜索姓名（可用拼音首字母）</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="338"/>
        <source>Only members who owe</source>
        <translation>只看欠交</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="353"/>
        <source>Record payment…</source>
        <translation>收缴…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="354"/>
        <source>Set base…</source>
        <translation>核定基数…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="355"/>
        <source>Set up the year from last year</source>
        <translation>按上年基数核定本年</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="356"/>
        <source>Take back payment</source>
        <translation>删除交纳记录</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="357"/>
        <source>Hand up…</source>
        <translation>上缴…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="361"/>
        <source>Handed up to the committee</source>
        <translation>上缴上级党组织</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="364"/>
        <source>Remove the selected hand-up</source>
        <translation>删除所选上缴记录</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="368"/>
        <source>Green paid · blue paid in advance · yellow partly paid · red unpaid · grey not on the roster that month. Double-click a month to record a payment.</source>
        <translation>绿色已交 · 蓝色预交 · 黄色部分交纳 · 红色未交 · 灰色当月不在本支部。双击月份格即可收缴。</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="375"/>
        <source>This member&apos;s dues record…</source>
        <translation>该党员的党费交纳记录…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="398"/>
        <source>No payment for {0} months or more in a row: {1}</source>
        <translation>连续{0}个月以上未交纳党费：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="403"/>
        <source>Collected {0} yuan · handed up {1} · not yet handed up {2} · owed {3}</source>
        <translation>本年收缴{0}元 · 已上缴{1}元 · 待上缴{2}元 · 欠交{3}元</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="406"/>
        <source>collected but not handed up: {0}</source>
        <translation>已收未缴：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="407"/>
        <source>M{0}</source>
        <translation>{0}月</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="409"/>
        <source>no base set yet: {0}</source>
        <translation>尚未核定：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="474"/>
        <source>take back the payment of {0}</source>
        <translation>删除{0}的交纳记录</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="477"/>
        <source>Took back {0} payments of {1}. Ctrl+Z undoes.</source>
        <translation>已将{1}的 {0} 笔交纳记录移入回收站。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="484"/>
        <source>Choose a hand-up in the table first.</source>
        <translation>请先在表中选择一条上缴记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="488"/>
        <source>remove the hand-up of {0}</source>
        <translation>删除{0}的上缴记录</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="490"/>
        <source>Removed the hand-up of {0} ({1} yuan). Ctrl+Z undoes.</source>
        <translation>已删除{0}的上缴记录（{1}元）。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="425"/>
        <source>Choose a member in the grid first.</source>
        <translation>请先在表中选择一名党员。</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="444"/>
        <source>Set {0} members from last year&apos;s base or their flat amount.</source>
        <translation>已按上年基数或定额标准核定{0}人。</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="446"/>
        <source>Type the base for: {0}</source>
        <translation>以下党员请录入计算基数：{0}</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <location filename="../../ui/committee_box.py" line="43"/>
        <source>Committee election</source>
        <translation>支部委员会选举</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="49"/>
        <source>by branch type (3, or 5 for villages and communities)</source>
        <translation>按支部类型（3年；村、社区5年）</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="54"/>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="54"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="54"/>
        <source>Duties</source>
        <translation>分工</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="63"/>
        <source>Add a seat</source>
        <translation>增加一行</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="65"/>
        <source>Remove seat</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="68"/>
        <source>Election date *</source>
        <translation>选举日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="69"/>
        <source>Term (years)</source>
        <translation>任期（年）</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="70"/>
        <source>Approved by the superior on</source>
        <translation>上级批复日期</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="71"/>
        <source>Approval no.</source>
        <translation>批复文号</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="84"/>
        <source>Elected (full members only; a committee needs at least 7 full members in the branch)</source>
        <translation>当选人员（须为正式党员；正式党员7人以上方可设支部委员会）</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="94"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="119"/>
        <source>“{0}” is not a real date</source>
        <translation>“{0}”不是有效日期</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="55"/>
        <source>Send the monthly bundle</source>
        <translation>报送上级</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="64"/>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="65"/>
        <source>Send ID numbers unmasked (only if the committee asks for them)</source>
        <translation>报送完整身份证号（仅在上级要求时勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="71"/>
        <source>What goes in</source>
        <translation>将要报送的内容</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Book</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85"/>
        <source>Write to</source>
        <translation>写到</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="89"/>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>&amp;Write the bundle</source>
        <translation>写出报送文件(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102"/>
        <source>Bundles sent and the committee&apos;s answers</source>
        <translation>报送记录与上级回执</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>Written</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106"/>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="113"/>
        <source>Copy the selected bundle again</source>
        <translation>把选中的报送文件再复制一份</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="115"/>
        <source>&amp;Import receipts…</source>
        <translation>导入回执(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="117"/>
        <source>Confirm the committee&apos;s &amp;key…</source>
        <translation>确认上级党委密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="118"/>
        <source>A receipt changes nothing until the committee&apos;s key fingerprint is confirmed</source>
        <translation>上级党委的密钥指纹确认之前，回执不产生任何改变</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="141"/>
        <source>free</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="149"/>
        <source>No USB stick found: choose a folder</source>
        <translation>没有找到U盘：请选择文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="152"/>
        <source>Write the bundle to</source>
        <translation>把报送文件写到</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="169"/>
        <source>Counting what goes in…</source>
        <translation>正在统计要报送的内容…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="198"/>
        <source>{0}, revision {1}: {2} records; members {3}; meetings this month {4}; obligations done {5} of {6}; attachments {7} ({8}). ID numbers {9}.</source>
        <translation>{0} 第{1}版：{2}条记录；党员{3}名；本月会议{4}次；应开展工作完成{5}/{6}项；附件{7}个（{8}）。身份证号{9}。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="202"/>
        <source>shown</source>
        <translation>完整报送</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="202"/>
        <source>masked</source>
        <translation>已隐去</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="210"/>
        <source>Choose the USB stick or a folder to write to.</source>
        <translation>请选择要写入的U盘或文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="220"/>
        <source>Written and checked: {0}
SHA-256 {1}</source>
        <translation>已写出并核对无误：{0}
SHA-256 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>This month&apos;s bundle had been written before but not delivered; that very file was delivered now (no new revision).</source>
        <translation>本月的报送文件此前已经生成但没有送出，这次送出的就是它（没有生成新的版本）。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="229"/>
        <source>Writing the bundle…</source>
        <translation>正在写出报送文件…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="250"/>
        <source>Receipts kept, source not confirmed — they change nothing until you confirm the committee&apos;s key: {0}. Compare the fingerprint {1}… with the committee&apos;s notice, then choose “Confirm the committee&apos;s key…”.</source>
        <translation>已保留的回执（未确认来源），确认上级党委的密钥之前不生效：{0}。请将密钥指纹 {1}… 与上级党委的通知核对，然后点“确认上级党委密钥…”。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="256"/>
        <source>The committee&apos;s confirmed key: {0}…</source>
        <translation>已确认的上级党委密钥：{0}…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="264"/>
        <source>Select a bundle and the stick to copy it to.</source>
        <translation>请选中一份报送文件，并选择U盘。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="269"/>
        <source>Copied and checked: {0}</source>
        <translation>已复制并核对无误：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="282"/>
        <source>Copying…</source>
        <translation>正在复制…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="290"/>
        <source>Confirm the committee&apos;s key</source>
        <translation>确认上级党委密钥</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="291"/>
        <source>Type the committee&apos;s key fingerprint from its notice (all 64 characters; spaces do not matter):</source>
        <translation>请照上级党委通知输入其密钥指纹（共64位，空格不影响）：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="297"/>
        <source>A committee key is already confirmed. Replace it (only if the committee announced a new key)?</source>
        <translation>已确认过上级党委的密钥。要更换吗（仅当上级党委通知已更换密钥时）？</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="304"/>
        <source>The committee&apos;s key is confirmed. Kept receipts applied: {0}.</source>
        <translation>上级党委的密钥已确认，此前保留的回执已生效{0}份。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="312"/>
        <source>Receipts from the committee</source>
        <translation>上级党委的回执</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="313"/>
        <source>Receipts (*.json)</source>
        <translation>回执 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="323"/>
        <source>{0} r{1}: source not confirmed — kept, not applied until you confirm the committee&apos;s key</source>
        <translation>{0} 第{1}版：未确认来源——已保留，确认上级党委密钥后生效</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="211"/>
        <source>{0}: “{1}” is not a real date</source>
        <translation>{0}：“{1}”不是有效日期</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../ui/groups_dialog.py" line="27"/>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="29"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="31"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="33"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="52"/>
        <source>, leader {0}</source>
        <translation>，组长{0}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="53"/>
        <source>{0} ({1} members{2})</source>
        <translation>{0}（{1}人{2}）</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="66"/>
        <source>New party group</source>
        <translation>新建党小组</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="66"/>
        <location filename="../../ui/groups_dialog.py" line="74"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="74"/>
        <source>Rename party group</source>
        <translation>重命名党小组</translation>
    </message>
</context>
<context>
    <name>HandUpDialog</name>
    <message>
        <location filename="../../ui/dues_page.py" line="261"/>
        <source>Hand dues up to the committee, {0}</source>
        <translation>{0}年党费上缴</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="273"/>
        <source>Months *</source>
        <translation>月份 *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="279"/>
        <source>Collected in them</source>
        <translation>其间收缴</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="280"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="281"/>
        <source>Date handed up *</source>
        <translation>上缴日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="284"/>
        <source>Received by</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="285"/>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="286"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="294"/>
        <source>{0} yuan</source>
        <translation>{0}元</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="304"/>
        <source>Hand up {0} yuan for months {1}–{2} of {3}? Those months are then counted as handed up to the committee.</source>
        <translation>上缴{3}年{1}—{2}月的党费{0}元？上缴后这几个月即记为已上缴上级党委。</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="308"/>
        <source>Hand up</source>
        <translation>上缴</translation>
    </message>
</context>
<context>
    <name>HandUpModel</name>
    <message>
        <location filename="../../ui/dues_page.py" line="319"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="320"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="321"/>
        <source>Collected</source>
        <translation>收缴</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="323"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="324"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
</context>
<context>
    <name>HeldOnDialog</name>
    <message>
        <location filename="../../ui/dashboard.py" line="565"/>
        <source>Record a past meeting</source>
        <translation>补记会议</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="567"/>
        <source>{0}, {1}: on which day was it held? A meeting held then but not recorded is recorded with the day it was held. One that was not held cannot be recorded afterwards — hold it now, in this period.</source>
        <translation>{1}的{0}是哪一天召开的？当时开了但没有记录的，按实际召开的日期补记。没有召开的不能事后补记，请在本期按时召开。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="587"/>
        <source>“{0}” is not a real date</source>
        <translation>“{0}”不是有效日期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="590"/>
        <source>The day it was held: between {0} and {1}</source>
        <translation>召开日期应在{0}至{1}之间</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="43"/>
        <source>Import roster from a spreadsheet</source>
        <translation>从表格导入花名册</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="48"/>
        <source>An .xlsx, .xls or .csv file with one member per row</source>
        <translation>每行一名党员的 .xlsx、.xls 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="49"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="52"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57"/>
        <source>Means</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60"/>
        <source>Check again with this mapping</source>
        <translation>按此对应关系重新检查</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="65"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="70"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Choose a file to begin.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="85"/>
        <source>Import all</source>
        <translation>全部导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="87"/>
        <source>Import only the valid rows</source>
        <translation>只导入正确的行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="89"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="106"/>
        <source>Choose the roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="107"/>
        <source>Spreadsheets ({0})</source>
        <translation>表格文件 ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="115"/>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="133"/>
        <source>(column {0})</source>
        <translation>（第{0}列）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>(ignore)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="162"/>
        <source>{0}: sheet “{1}”, header on row {2}; {3} rows, {4} valid, {5} with errors.</source>
        <translation>{0}：工作表“{1}”，表头在第{2}行；共{3}行，正确{4}行，有错误{5}行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Fix the file and choose it again, or import only the valid rows.</source>
        <translation>请改正文件后重新选择，或只导入正确的行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="201"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ui/member_dialog.py" line="220"/>
        <source>{0} leaves the branch</source>
        <translation>{0}离开支部</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="225"/>
        <source>e.g. transferred to the branch of ...</source>
        <translation>如：转至XX党支部</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="227"/>
        <source>How</source>
        <translation>离开方式</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="228"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="229"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="243"/>
        <source>Date: “{0}” is not a real date</source>
        <translation>日期：“{0}”不是有效日期</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="247"/>
        <source>Date: required</source>
        <translation>日期：必填</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="253"/>
        <source>{0} leaves the branch on {1} ({2})? From then on {0} is off the roster, the sign-in sheets and the dues; the records up to that day stay.</source>
        <translation>{0}于{1}离开支部（{2}）？此后{0}不再列入花名册、签到表和党费收缴；此前的记录保留。</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="255"/>
        <source>Leaves the branch</source>
        <translation>离开支部</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Branch Desk</source>
        <translation>支部工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Opening the branch&apos;s data…</source>
        <translation>正在打开支部数据…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Alt+{0}</source>
        <translation>Alt+{0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Demo branch: everything here is made up, to look around. It is kept apart from your branch&apos;s data and cannot be sent to the committee.</source>
        <translation>演示支部：这里的数据都是虚构的，只供熟悉程序。它与您支部的数据分开存放，不能报送上级。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Back to my branch</source>
        <translation>回到我的支部</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Backups and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Check data</source>
        <translation>检查数据(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Print the yearly &amp;volume…</source>
        <translation>打印年度台账(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>S&amp;end the monthly bundle…</source>
        <translation>报送上级(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Rules and their sources…</source>
        <translation>规则及依据(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Getting started</source>
        <translation>开始使用(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>User &amp;manual</source>
        <translation>用户手册(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;About Branch Desk</source>
        <translation>关于支部工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Where</source>
        <translation>外出地点</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>The branch&apos;s data is not encrypted, so there is no password to lock the window with. Encrypt it under Settings → Security: then the window asks for the password at start, after {0} minutes without use, and on Ctrl+L.</source>
        <translation>支部数据没有加密，所以没有可以锁定窗口的密码。请在“设置 → 安全”中加密：加密后，启动时、{0}分钟无操作后以及按 Ctrl+L 时，窗口都会要求输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Branch Desk — DEMO</source>
        <translation>支部工作台 — 演示支部</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Data: {0}</source>
        <translation>数据：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Not encrypted: anyone who has the laptop or a backup can read the members&apos; ID numbers and phone numbers. Encrypt it under Settings → Security.</source>
        <translation>未加密：任何拿到这台电脑或备份的人都能读到党员的身份证号和电话。请在“设置 → 安全”中加密。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source> (not encrypted)</source>
        <translation>（未加密）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Demo branch</source>
        <translation>演示支部</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>This is the demo branch: its bundle is marked as a demo and a committee will not receive it. Use “Back to my branch” to send your own.</source>
        <translation>这是演示支部：它的报送文件会标明“演示”，上级党委不会接收。要报送您自己的支部，请点“回到我的支部”。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Yearly volume</source>
        <translation>年度台账</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Yearly volume {0}.pdf</source>
        <translation>{0}年度台账.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Laying out the yearly volume…</source>
        <translation>正在排版年度台账…</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../ui/manual.py" line="62"/>
        <source>User manual</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="74"/>
        <source>The manual (README.md) is missing from this installation.</source>
        <translation>这个安装中缺少用户手册（README.md）。</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="76"/>
        <source>The manual is written in Chinese.</source>
        <translation>用户手册为中文。</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="86"/>
        <source>non-members who attended, e.g. the head of the unit</source>
        <translation>列席的非党员，如：行政负责人 王某</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="91"/>
        <source>Lesson title</source>
        <translation>党课题目</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="91"/>
        <source>Theme</source>
        <translation>活动主题</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="92"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="93"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="93"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="94"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="94"/>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="95"/>
        <source>Chaired by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="95"/>
        <source>Minutes taken by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="97"/>
        <source>Guests (列席)</source>
        <translation>列席人员</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="99"/>
        <source>Party group *</source>
        <translation>党小组 *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="101"/>
        <source>Lecturer *</source>
        <translation>主讲人 *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="108"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="108"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="108"/>
        <source>Membership</source>
        <translation>党员类型</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="109"/>
        <location filename="../../ui/meeting_dialog.py" line="174"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="109"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="112"/>
        <source>Everyone present</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="129"/>
        <source>One agenda item a line</source>
        <translation>每行一项议程</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="136"/>
        <source>Agenda</source>
        <translation>会议议程</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="137"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="141"/>
        <source>Motion</source>
        <translation>决议事项</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="141"/>
        <source>Yes</source>
        <translation>赞成</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="141"/>
        <source>No</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="141"/>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="142"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="145"/>
        <source>Add motion</source>
        <translation>增加决议</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="147"/>
        <source>Remove motion</source>
        <translation>删除决议</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="164"/>
        <source>Add scan or photo…</source>
        <translation>添加扫描件或照片…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="175"/>
        <source>Agenda and minutes</source>
        <translation>议程与记录</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="176"/>
        <source>Motions and votes</source>
        <translation>决议与表决</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="177"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="178"/>
        <source>Amendments</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="182"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="184"/>
        <location filename="../../ui/meeting_dialog.py" line="445"/>
        <location filename="../../ui/meeting_dialog.py" line="448"/>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="186"/>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="188"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="190"/>
        <source>Sign-in sheet…</source>
        <translation>签到表…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="192"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="214"/>
        <source>{0} — record</source>
        <translation>{0} — 新记录</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="215"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="240"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="259"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="259"/>
        <source>Final (read-only; changes are amendments)</source>
        <translation>已定稿（只读；修改请用“更正”）</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="260"/>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="261"/>
        <source>New record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="263"/>
        <source>Amending: {0}</source>
        <translation>更正中：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="287"/>
        <source>full</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="287"/>
        <source>probationary</source>
        <translation>预备</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="326"/>
        <source>Motion {0}: “{1}” is not a number of votes</source>
        <translation>第{0}项决议：“{1}”不是票数</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="338"/>
        <source>Date: “{0}” is not a real date</source>
        <translation>日期：“{0}”不是有效日期</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="353"/>
        <source>Due {0} ({1} full, {2} probationary); present {3} ({4} full); on leave {5}; absent {6}</source>
        <translation>应到{0}人（正式{1}人，预备{2}人）；实到{3}人（正式{4}人）；请假{5}人；缺席{6}人</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="382"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="382"/>
        <source>NOT passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="388"/>
        <source>A motion passes when yes votes exceed half of the {0} voting members due (not of those present). Source: {1}</source>
        <translation>赞成票超过应到会有表决权党员{0}人的半数为通过（不是以实到人数为基数）。依据：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="446"/>
        <source>Finalise the record of {0} ({1})? Its date, attendance, votes and minutes are then locked: a later change needs a written reason and is kept in the record&apos;s history.</source>
        <translation>将{0}的会议记录（{1}）定稿？定稿后日期、出席情况、表决和记录内容都将锁定，以后更改须写明原因，并记入该记录的修改历史。</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="455"/>
        <source>Amend a final record</source>
        <translation>更正已定稿的记录</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="456"/>
        <source>Why is this record being corrected?</source>
        <translation>更正原因：</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="476"/>
        <source>Sign-in sheet scans, photos</source>
        <translation>签到表扫描件、照片</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="477"/>
        <source>Images and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx)</source>
        <translation>图片和文档 (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="494"/>
        <source>Storing attachments…</source>
        <translation>正在保存附件…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="528"/>
        <source>Preparing the record for printing…</source>
        <translation>正在生成会议记录…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="542"/>
        <source>Preparing the sign-in sheet…</source>
        <translation>正在生成签到表…</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="197"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="198"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="199"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="200"/>
        <source>Due</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="201"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="202"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="205"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="206"/>
        <source>Found in</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="202"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="203"/>
        <source>NO quorum</source>
        <translation>不足法定人数</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="195"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="195"/>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="195"/>
        <source>submitted</source>
        <translation>已报送</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="42"/>
        <source>Search the minutes (Ctrl+F)</source>
        <translation>搜索会议记录（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="46"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="57"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="67"/>
        <source>New record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="76"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="77"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="78"/>
        <source>Restore from bin</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="164"/>
        <source>delete {0}</source>
        <translation>删除{0}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="166"/>
        <source>Moved to the recycle bin: {0} {1}. Ctrl+Z undoes.</source>
        <translation>已移入回收站：{0} {1}。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="51"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="93"/>
        <source>Record of the selected meeting…</source>
        <translation>所选会议的记录…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="95"/>
        <source>Sign-in sheet for the selected meeting…</source>
        <translation>所选会议的签到表…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="97"/>
        <source>Register of the year&apos;s meetings…</source>
        <translation>本年三会一课登记表…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="101"/>
        <location filename="../../ui/meetings_page.py" line="105"/>
        <source>Choose a meeting in the list first.</source>
        <translation>请先在列表中选择一次会议。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="135"/>
        <source>{0} shown</source>
        <translation>显示{0}条</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="111"/>
        <source>No meetings recorded in {0}.</source>
        <translation>{0}年没有会议记录。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/member_dialog.py" line="86"/>
        <source>Edit member</source>
        <translation>编辑党员信息</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="86"/>
        <source>New member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="91"/>
        <source>18 characters; birth date and gender are filled from it</source>
        <translation>18位；出生日期和性别将据此自动填写</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="129"/>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="134"/>
        <source>History</source>
        <translation>变动记录</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="182"/>
        <source>{0}: “{1}” is not a real date</source>
        <translation>{0}：“{1}”不是有效日期</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="136"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="138"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="139"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="140"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="142"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="143"/>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="144"/>
        <source>Full member</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="145"/>
        <source>Membership</source>
        <translation>党员类型</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="146"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="147"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="148"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="149"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="150"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="150"/>
        <source>On roster</source>
        <translation>在册</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ui/app_lock.py" line="279"/>
        <source>Current password or recovery code</source>
        <translation>现在的密码或恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="280"/>
        <source>8 characters or more; a phrase you remember works well</source>
        <translation>至少8个字符；一句好记的话最好</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="282"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="283"/>
        <source>Once more</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="306"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一样。</translation>
    </message>
</context>
<context>
    <name>OrgLifePage</name>
    <message>
        <location filename="../../ui/orglife_page.py" line="54"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="54"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="63"/>
        <location filename="../../ui/orglife_page.py" line="214"/>
        <source>Problem or opinion</source>
        <translation>意见或问题</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="63"/>
        <location filename="../../ui/orglife_page.py" line="215"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="64"/>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="64"/>
        <source>the committee</source>
        <translation>班子</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="66"/>
        <source>Add problem…</source>
        <translation>添加意见…</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="68"/>
        <source>Delete problem</source>
        <translation>删除意见</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="81"/>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="81"/>
        <location filename="../../ui/orglife_page.py" line="233"/>
        <source>Self-criticism</source>
        <translation>自我批评</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="82"/>
        <location filename="../../ui/orglife_page.py" line="234"/>
        <source>Criticism received</source>
        <translation>他人批评意见</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="83"/>
        <location filename="../../ui/orglife_page.py" line="235"/>
        <source>Direction</source>
        <translation>整改方向</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="88"/>
        <source>Record what was said… (Enter)</source>
        <translation>记录发言…（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="92"/>
        <source>Everyone present; names in red have no self-criticism recorded yet.</source>
        <translation>出席的全体党员；红色姓名尚未记录自我批评。</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="98"/>
        <location filename="../../ui/orglife_page.py" line="246"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="98"/>
        <location filename="../../ui/orglife_page.py" line="247"/>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="99"/>
        <location filename="../../ui/orglife_page.py" line="248"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="99"/>
        <location filename="../../ui/orglife_page.py" line="250"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="100"/>
        <location filename="../../ui/orglife_page.py" line="251"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="100"/>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="101"/>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="106"/>
        <source>New item… (Ctrl+N)</source>
        <translation>新增整改事项…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="106"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="107"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="107"/>
        <source>Delete (Del)</source>
        <translation>删除（Del）</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="293"/>
        <source>delete the item “{0}”</source>
        <translation>删除整改事项“{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="225"/>
        <location filename="../../ui/orglife_page.py" line="294"/>
        <source>Moved to the recycle bin: {0}. Ctrl+Z undoes.</source>
        <translation>已移入回收站：{0}。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="123"/>
        <source>1 Preparation</source>
        <translation>1 会前准备</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="124"/>
        <source>2 Criticism and self-criticism</source>
        <translation>2 批评与自我批评</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="125"/>
        <source>3 Remediation list</source>
        <translation>3 整改清单</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="126"/>
        <source>No organisational life meeting recorded in this year. Record it in 3–7 Meetings (kind: organisational life meeting) first; its preparation, criticism and remediation list are kept here.</source>
        <translation>本年度尚未记录组织生活会。请先在“3–7 三会一课”中记录会议（类型：组织生活会），会前准备、批评与自我批评和整改清单在此登记。</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="185"/>
        <source>Talks in the {0} days before the meeting: {1}. Present but not talked with: {2}</source>
        <translation>会前{0}天内谈心谈话{1}次。参会但未谈心谈话的党员：{2}</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="186"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="192"/>
        <source>Source: </source>
        <translation>依据：</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="213"/>
        <source>Problem collected before the meeting</source>
        <translation>会前征求的意见</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="224"/>
        <source>delete a problem</source>
        <translation>删除一条问题</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="232"/>
        <source>Criticism and self-criticism — {0}</source>
        <translation>批评与自我批评 — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="243"/>
        <source>(the committee — type below)</source>
        <translation>（非个人，请在下一栏填写）</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="249"/>
        <source>Owner if not a member</source>
        <translation>责任人（非个人时）</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="252"/>
        <location filename="../../ui/orglife_page.py" line="282"/>
        <source>Date done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="253"/>
        <location filename="../../ui/orglife_page.py" line="283"/>
        <source>What was done</source>
        <translation>整改结果</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="263"/>
        <location filename="../../ui/orglife_page.py" line="272"/>
        <source>Remediation item</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="281"/>
        <source>Mark done — {0}</source>
        <translation>标记完成 — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="204"/>
        <source>Nothing recorded for {0}.</source>
        <translation>{0}年没有记录。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/dues_page.py" line="176"/>
        <source>Dues received from {0}</source>
        <translation>收缴党费：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="182"/>
        <location filename="../../ui/dues_page.py" line="220"/>
        <source>M{0}</source>
        <translation>{0}月</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="192"/>
        <source>due {0}, paid {1}</source>
        <translation>应交{0}，已交{1}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="202"/>
        <source>empty: what is still owed for each month</source>
        <translation>留空：按各月尚欠金额</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="212"/>
        <source>e.g. paid by a relative; why a payment is more than six months late</source>
        <translation>如委托亲属代交；补交超过6个月须写明原因</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="199"/>
        <source>Months *</source>
        <translation>月份 *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="187"/>
        <source>Not due: not a member of this branch that month, or exempt</source>
        <translation>不需交纳：那个月不在本支部，或经批准免交</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="190"/>
        <source>Paid up: {0} paid of {1} due</source>
        <translation>已交清：应交{1}，已交{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="201"/>
        <source>Amount a month (yuan)</source>
        <translation>每月金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="204"/>
        <source>Date paid *</source>
        <translation>交纳日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="206"/>
        <source>Collected by</source>
        <translation>收缴人</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="211"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="213"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="220"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="223"/>
        <source>Nothing to collect for {0}: every month due is paid up.</source>
        <translation>{0}年应交的月份都已交清，没有要收缴的月份。</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="226"/>
        <source>paid up: {0}</source>
        <translation>已交清的{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="228"/>
        <source>not due (not in this branch then, or exempt): {0}</source>
        <translation>不需交纳的{0}（那时不在本支部或经批准免交）</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="229"/>
        <source>Grey months cannot be ticked — {0}.</source>
        <translation>灰色的月份不能勾选：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="229"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="244"/>
        <source>{0} yuan for {1} months</source>
        <translation>{1}个月共{0}元</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="61"/>
        <source>Print preview — {0}</source>
        <translation>打印预览 — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="69"/>
        <source>{0} pages</source>
        <translation>共{0}页</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="70"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="73"/>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="76"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="92"/>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="97"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="165"/>
        <source>Characters no font can print</source>
        <translation>有字符无法打印</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="166"/>
        <source>These characters come out as empty boxes: {0}. Install a font that has them (SimSun-ExtB on Windows, or HanaMinA/B), or choose one in Settings.</source>
        <translation>以下字符打印出来会是空框：{0}。请安装含这些字的字体（例如 Windows 的 SimSun-ExtB，或花园明朝 HanaMinA/B），或在“设置”中选择这样的字体。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/development_page.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="60"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="61"/>
        <source>Latest step</source>
        <translation>最近一步</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="63"/>
        <source>Next time limit</source>
        <translation>下一个时限</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="56"/>
        <source>Step {0}, {1}</source>
        <translation>第{0}步（{1}）</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/development_page.py" line="143"/>
        <source>Applicant</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="171"/>
        <source>Leaving this workplace within three months of the admitting meeting, one is generally not admitted (发展党员工作细则 Art. 19).</source>
        <translation>在支部大会讨论后三个月内将离开本单位的，一般不办理接收预备党员的手续（《中国共产党发展党员工作细则》第十九条）。</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="146"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="147"/>
        <source>Gender *</source>
        <translation>性别 *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="150"/>
        <source>Born *</source>
        <translation>出生日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="152"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="153"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="155"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="159"/>
        <source>Job</source>
        <translation>工作岗位</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="160"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="163"/>
        <source>Party group to join</source>
        <translation>拟编入党小组</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="167"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="168"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="169"/>
        <source>Leaves the workplace on</source>
        <translation>拟离开本单位日期</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="176"/>
        <source>Application handed in on *</source>
        <translation>递交入党申请日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="192"/>
        <source>The date of the application is required</source>
        <translation>请填写递交入党申请书的日期</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/plans_page.py" line="93"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="98"/>
        <location filename="../../ui/plans_page.py" line="206"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="98"/>
        <location filename="../../ui/plans_page.py" line="205"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="99"/>
        <location filename="../../ui/plans_page.py" line="207"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="99"/>
        <location filename="../../ui/plans_page.py" line="209"/>
        <source>Reported to</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="100"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="107"/>
        <source>New… (Ctrl+N)</source>
        <translation>新建…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="107"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="108"/>
        <source>Delete (Del)</source>
        <translation>删除（Del）</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="123"/>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="123"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="123"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="123"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="124"/>
        <source>Score rule</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="124"/>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="124"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="124"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="125"/>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="138"/>
        <source>Fill in from the books</source>
        <translation>从台账取数</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="139"/>
        <source>Actual values of the indicators that name a book (meetings, dues, talks …)</source>
        <translation>按台账数据（会议、党费、谈心谈话等）填入相应指标的实际值</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="141"/>
        <source>Save and score (Ctrl+S)</source>
        <translation>保存并计分（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="143"/>
        <source>Import the committee&apos;s indicators…</source>
        <translation>导入上级指标…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="145"/>
        <source>Use the demonstration set</source>
        <translation>使用示范指标</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="151"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="165"/>
        <source>Total score by month</source>
        <translation>各月总分</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="170"/>
        <source>Plans and summaries</source>
        <translation>计划与总结</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="171"/>
        <source>Benchmark self-assessment</source>
        <translation>对标考评自评</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="193"/>
        <source> (assessed)</source>
        <translation>（已自评）</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="203"/>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="203"/>
        <source>Quarter {0}</source>
        <translation>第{0}季度</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="208"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="210"/>
        <source>Reported on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="217"/>
        <location filename="../../ui/plans_page.py" line="226"/>
        <source>Plan or summary</source>
        <translation>计划或总结</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="235"/>
        <source>delete “{0}”</source>
        <translation>删除“{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="237"/>
        <source>Moved to the recycle bin: {0}. Ctrl+Z undoes.</source>
        <translation>已移入回收站：{0}。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="246"/>
        <source>No month to assess in this year yet.</source>
        <translation>本年度还没有可自评的月份。</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="256"/>
        <source>Indicator set in force: {0} (from {1})</source>
        <translation>适用指标：{0}（自{1}起）</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="257"/>
        <source> — not assessed yet</source>
        <translation> — 尚未自评</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="268"/>
        <source>Can be filled in from the books</source>
        <translation>可从台账取数</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="270"/>
        <source>Total {0} / {1}</source>
        <translation>总分 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="283"/>
        <source>from the books</source>
        <translation>台账数据</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="311"/>
        <location filename="../../ui/plans_page.py" line="315"/>
        <location filename="../../ui/plans_page.py" line="320"/>
        <source>Import indicators</source>
        <translation>导入指标</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="312"/>
        <source>Indicator sets (*.json *.xlsx *.xls)</source>
        <translation>指标文件 (*.json *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="316"/>
        <source>In force from (YYYY-MM)</source>
        <translation>启用月份（年-月）</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="321"/>
        <source>Imported “{0}”: {1} indicators, {2} points.</source>
        <translation>已导入“{0}”：{1}项指标，满分{2}。</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="114"/>
        <source>Pledge</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="114"/>
        <source>Pledge of {0}</source>
        <translation>{0}的承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="119"/>
        <source>The branch (collective pledge)</source>
        <translation>支部集体承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="126"/>
        <source>Measurable: how many, by when, to what standard</source>
        <translation>可衡量：做多少、何时完成、达到什么标准</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="118"/>
        <source>Pledged by *</source>
        <translation>承诺人 *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="122"/>
        <source>Category *</source>
        <translation>类别 *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="124"/>
        <source>Pledge *</source>
        <translation>承诺内容 *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="125"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="127"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="144"/>
        <source>Approved on {0}: changing the pledge sends it back for review.</source>
        <translation>已于{0}审核通过：修改承诺后需重新审核。</translation>
    </message>
</context>
<context>
    <name>PledgeTableModel</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="70"/>
        <source>Pledged by</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="72"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="73"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="74"/>
        <source>Pledge</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="75"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="76"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="77"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="80"/>
        <source>Progress</source>
        <translation>践诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="82"/>
        <source>Conclusion</source>
        <translation>评诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="83"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="59"/>
        <source>pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="59"/>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="59"/>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="63"/>
        <source>overdue, nothing done</source>
        <translation>逾期未践诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="64"/>
        <source>{0} entries</source>
        <translation>{0}条</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="67"/>
        <source>in the bin</source>
        <translation>回收站中</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="67"/>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="67"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>PledgesPage</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="439"/>
        <source>Search name (pinyin initials work) or pledge</source>
        <translation>搜索姓名（可用拼音首字母）或承诺内容</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="441"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="444"/>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="444"/>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="444"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="445"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="445"/>
        <source>Overdue, nothing done</source>
        <translation>逾期未践诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="446"/>
        <source>Not yet concluded</source>
        <translation>未评诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="458"/>
        <source>New pledge</source>
        <translation>新增承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="459"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="460"/>
        <source>Copy last year&apos;s</source>
        <translation>复制上年承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="461"/>
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="462"/>
        <source>Posting…</source>
        <translation>公示…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="463"/>
        <source>Progress…</source>
        <translation>践诺登记…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="464"/>
        <source>Appraise…</source>
        <translation>评诺…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="465"/>
        <location filename="../../ui/pledges_page.py" line="626"/>
        <source>Finalise the year</source>
        <translation>年度定稿</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="466"/>
        <location filename="../../ui/pledges_page.py" line="521"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="467"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="483"/>
        <source>Pledge sheet of the selected member…</source>
        <translation>选中党员的承诺书…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="484"/>
        <source>Every pledge sheet…</source>
        <translation>全部承诺书…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="471"/>
        <source>Pledge → review → posting → progress → year-end appraisal</source>
        <translation>承诺 → 审核 → 公示 → 践诺 → 评诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="486"/>
        <source>Public pledge board, {0}…</source>
        <translation>承诺公示栏（{0}）…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="521"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="529"/>
        <source>{0}: pledges at a glance</source>
        <translation>{0}年度承诺概况</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="531"/>
        <source>Pledges: {0} · approved {1} · awaiting review {2} · returned {3}</source>
        <translation>承诺{0}项 · 已通过{1} · 待审核{2} · 已退回{3}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="534"/>
        <source>Fulfilment rate (兑诺率): {0}</source>
        <translation>兑诺率：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="536"/>
        <source>Members: {0} · the branch&apos;s own: {1}</source>
        <translation>党员个人：{0} · 支部集体：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="538"/>
        <source>{0}, {1} days, {2}</source>
        <translation>{0}起{1}天，{2}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="539"/>
        <source>Posted: {0}</source>
        <translation>已公示：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="540"/>
        <source>Not posted yet</source>
        <translation>尚未公示</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="542"/>
        <source>Conclusions are final</source>
        <translation>评诺已定稿</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="544"/>
        <source>No pledge yet: {0}</source>
        <translation>尚未承诺：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="548"/>
        <source>Past the deadline with nothing done: {0}</source>
        <translation>逾期未践诺：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="589"/>
        <source>Nothing to copy: {0} has no pledges that are not already here.</source>
        <translation>无可复制：{0}年的承诺都已在本年度中。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="591"/>
        <source>copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="593"/>
        <source>Copied {0} pledges from {1}, awaiting review. Ctrl+Z undoes.</source>
        <translation>已从{1}年复制{0}项承诺（待审核）。按Ctrl+Z可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="598"/>
        <source>Select the pledges to review (Ctrl+A selects all).</source>
        <translation>请先选中要审核的承诺（Ctrl+A全选）。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="610"/>
        <source>Only an approved pledge takes progress entries.</source>
        <translation>承诺经支部审核通过后才能登记践诺。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="619"/>
        <source>This pledge was never approved, so it cannot be appraised.</source>
        <translation>该承诺未经支部审核通过，不能评诺。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="627"/>
        <source>Finalise the pledge conclusions of {0}? Every conclusion of the year is then locked: a later change needs a written reason.</source>
        <translation>将{0}年的评诺结论定稿？定稿后本年度的每一项结论都将锁定，以后更改须写明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="628"/>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="632"/>
        <source>{0} conclusions are final. Changes now need a reason.</source>
        <translation>{0}项评诺已定稿，此后修改须写明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="643"/>
        <source>Restored {0} pledges.</source>
        <translation>已恢复{0}项承诺。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="653"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="655"/>
        <source>{0} pledges moved to the recycle bin. Ctrl+Z undoes.</source>
        <translation>已将{0}项承诺移入回收站。按Ctrl+Z可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="491"/>
        <source>Select one of the member&apos;s pledges first.</source>
        <translation>请先选中该党员的一项承诺。</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="205"/>
        <source>Public posting of the {0} pledges</source>
        <translation>{0}年度承诺公示</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="226"/>
        <source>{0}, {1} days, {2}</source>
        <translation>{0}起{1}天，{2}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="217"/>
        <source> days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="210"/>
        <source>Remove the selected posting</source>
        <translation>删除选中的公示记录</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="219"/>
        <source>e.g. the notice board in the members&apos; room, the branch&apos;s WeChat group</source>
        <translation>如：党员活动室公示栏、支部微信群</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="212"/>
        <source>Posted on *</source>
        <translation>公示日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="214"/>
        <source>For</source>
        <translation>公示天数</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="218"/>
        <source>Where *</source>
        <translation>公示地点 *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="220"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="221"/>
        <source>Recorded so far:</source>
        <translation>已登记的公示：</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../ui/profile_page.py" line="35"/>
        <source>the full name, as on the branch&apos;s seal</source>
        <translation>全称，如“中共XX公司机关第一支部委员会”</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="40"/>
        <source>letters and digits, given by the superior committee</source>
        <translation>字母和数字，由上级党组织编定</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="47"/>
        <source>The day the branch starts keeping its books here: duties before it are shown as “before the start”, never overdue, and dues fall due from it.</source>
        <translation>支部开始在本程序中记台账的日期：此前的各项工作显示为“启用前（未记录）”，不算逾期；党费从这一天所在的月份起计。</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="84"/>
        <source>{0}: “{1}” is not a real date</source>
        <translation>{0}：“{1}”不是有效日期</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.py" line="117"/>
        <source>Party groups…</source>
        <translation>党小组…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="118"/>
        <source>Change the records start…</source>
        <translation>修改启用日期…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="116"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="150"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="161"/>
        <source>The earliest record entered is of {0}.</source>
        <translation>已录入的最早记录是 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="162"/>
        <location filename="../../ui/profile_page.py" line="174"/>
        <source>Records start</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="163"/>
        <source>New records start (年-月-日). Duties before it are not counted as overdue.</source>
        <translation>新的启用日期（年-月-日）。此前的工作不计为逾期。</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="170"/>
        <source>“{0}” is not a real date</source>
        <translation>“{0}”不是有效日期</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="174"/>
        <source>Why does it change?</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="139"/>
        <source>Save the profile first.</source>
        <translation>请先保存支部基本情况。</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="248"/>
        <source>Progress of {0}&apos;s pledge</source>
        <translation>{0}的承诺：践诺登记</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="254"/>
        <source>Target: {0}</source>
        <translation>目标：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="256"/>
        <source>Deadline: {0}</source>
        <translation>完成时限：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="262"/>
        <source>Remove entry</source>
        <translation>删除该条</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="265"/>
        <source>Undo remove</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="274"/>
        <location filename="../../ui/pledges_page.py" line="324"/>
        <location filename="../../ui/pledges_page.py" line="334"/>
        <source>No files</source>
        <translation>无附件</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="275"/>
        <source>Add photos or scans…</source>
        <translation>添加照片或扫描件…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="268"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="270"/>
        <source>What was done *</source>
        <translation>践诺情况 *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="271"/>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="282"/>
        <location filename="../../ui/pledges_page.py" line="319"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="284"/>
        <source>New entry</source>
        <translation>新增践诺记录</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="286"/>
        <source>Add entry</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="313"/>
        <source> (confirmed by {0})</source>
        <translation>（确认人：{0}）</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="91"/>
        <source>{0}: “{1}” is not a real date</source>
        <translation>{0}：“{1}”不是有效日期</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/app_lock.py" line="320"/>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="322"/>
        <source>Keep this recovery code in the branch&apos;s safe</source>
        <translation>请把这个恢复码放进支部的保险柜</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="323"/>
        <source>If the password is forgotten, this code opens the branch&apos;s data. It is shown only now. Print the sheet or copy it by hand, and keep it apart from the laptop.</source>
        <translation>忘记密码时，用这个恢复码可以打开支部数据。它只在这里显示一次。请打印恢复码单或手工抄下，与电脑分开保管。</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="335"/>
        <location filename="../../ui/app_lock.py" line="351"/>
        <source>Save the sheet to print (PDF)…</source>
        <translation>保存恢复码单以便打印（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="338"/>
        <source>I have printed or copied the code and will keep it in the safe</source>
        <translation>我已打印或抄下恢复码，会放进保险柜保管</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="171"/>
        <source>Review {0} pledges</source>
        <translation>审核{0}项承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="173"/>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="175"/>
        <source>Return for rework</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="182"/>
        <source>(no meeting)</source>
        <translation>（不关联会议）</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="188"/>
        <source>the meeting&apos;s date</source>
        <translation>默认为会议日期</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="180"/>
        <source>Decision</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="181"/>
        <source>Decided at</source>
        <translation>审定会议</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="187"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="189"/>
        <source>Comment (required when returning)</source>
        <translation>意见（退回时必填）</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/roster_page.py" line="37"/>
        <source>Search name or pinyin initials (e.g. zs)  Ctrl+F</source>
        <translation>搜索姓名或拼音首字母（如 zs）  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="41"/>
        <source>All memberships</source>
        <translation>正式和预备</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="46"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="50"/>
        <source>Show members who left</source>
        <translation>显示已离开的党员</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="62"/>
        <source>New member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="63"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="64"/>
        <source>Leaves branch…</source>
        <translation>离开支部…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="65"/>
        <source>Undo leaving…</source>
        <translation>恢复在册…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="66"/>
        <source>Discipline and membership…</source>
        <translation>党内处分与党籍…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="68"/>
        <source>Party groups…</source>
        <translation>党小组…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="69"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="70"/>
        <source>Export to Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="95"/>
        <source>All groups</source>
        <translation>全部党小组</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="109"/>
        <source>{0} shown</source>
        <translation>显示{0}人</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="145"/>
        <source>Undo leaving</source>
        <translation>恢复在册</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="146"/>
        <source>Why is {0} back on the roster?</source>
        <translation>{0}为什么恢复在册？（请填写原因）</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="164"/>
        <source>留党察看 (probation in the Party)</source>
        <translation>留党察看</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="164"/>
        <source>恢复党员权利 (rights restored)</source>
        <translation>恢复党员权利</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="165"/>
        <source>除名 (struck off after 停止党籍)</source>
        <translation>除名（停止党籍后仍无法联系）</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="166"/>
        <source>What was decided?</source>
        <translation>作出的决定：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="169"/>
        <source>Date of the decision (年-月-日)</source>
        <translation>决定日期（年-月-日）：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="175"/>
        <source>“{0}” is not a real date</source>
        <translation>“{0}”不是有效日期</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="179"/>
        <source>The decision (who decided, document number):</source>
        <translation>决定（决定机关、文号）：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="184"/>
        <source>For how many years (1 or 2)?</source>
        <translation>期限（年，1或2）：</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="212"/>
        <source>Export roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="212"/>
        <source>roster.xlsx</source>
        <translation>党员花名册.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="220"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="221"/>
        <source>Exporting the roster…</source>
        <translation>正在导出花名册…</translation>
    </message>
</context>
<context>
    <name>RuleValueDialog</name>
    <message>
        <location filename="../../ui/standards_dialog.py" line="81"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="84"/>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="130"/>
        <source>One item a line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="135"/>
        <source>Our value</source>
        <translation>本支部的值</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="137"/>
        <source>Why (e.g. the local rule that sets it)</source>
        <translation>依据（如本地文件）</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="138"/>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="168"/>
        <source>This is not a value this rule takes.</source>
        <translation>这个值不符合本条规则的要求。</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <location filename="../../ui/app_lock.py" line="62"/>
        <source>Password or recovery code</source>
        <translation>密码或恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="65"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="69"/>
        <source>Forgot the password? The recovery code from the branch&apos;s safe opens the data too.</source>
        <translation>忘记密码？用放在支部保险柜里的恢复码也能打开数据。</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="86"/>
        <source>Type the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="102"/>
        <source>The password or recovery code is wrong.</source>
        <translation>密码或恢复码不对。</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="121"/>
        <source>The password or recovery code is wrong. Try again.</source>
        <translation>密码或恢复码不对，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="123"/>
        <source>Wrong {0} times. Wait {1} s before the next try.</source>
        <translation>已输错{0}次。请等{1}秒后再试。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Standard (10.5 pt)</source>
        <translation>标准（五号，10.5磅）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Large (12 pt)</source>
        <translation>大（小四，12磅）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Extra large (14 pt)</source>
        <translation>特大（四号，14磅）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Fonts for printed forms</source>
        <translation>打印字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Titles</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Prose (仿宋)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Tables (宋体)</source>
        <translation>表格（宋体）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Headings (黑体)</source>
        <translation>小标题（黑体）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>In use: {0}</source>
        <translation>在用：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Looked for in this order: {0}</source>
        <translation>查找顺序：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Without the official fonts a title takes 中宋, then 黑体, then 宋体; prose without 仿宋 takes 宋体, then 楷体. A rare character a font lacks (such as 𠮷) is printed with the first of: {0}; one that no font has is named when the form is printed.</source>
        <translation>没有规定字体时：标题依次用中宋、黑体、宋体；正文没有仿宋时用宋体，再用楷体。字体里没有的生僻字（如“𠮷”）依次在这些字体中查找：{0}；哪个字体都没有的字，打印时会逐个指出。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>In use</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>default (per-user data folder)</source>
        <translation>默认（用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>Open next time</source>
        <translation>下次打开</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>Read all of it out when the committee phones: your bundles are held until it confirms this key</source>
        <translation>上级党委来电核实时请完整读出：上级确认此密钥之前，本支部的报送保留为待确认</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>Signing key fingerprint</source>
        <translation>签名密钥指纹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Language and data folder take effect the next time Branch Desk starts.</source>
        <translation>界面语言和数据文件夹在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>The branch&apos;s data</source>
        <translation>支部数据</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>Lock the window after</source>
        <translation>无操作多久后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="130"/>
        <source>Change the password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source>New recovery code…</source>
        <translation>生成新的恢复码…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>Encrypt the branch&apos;s data…</source>
        <translation>加密支部数据…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="147"/>
        <source>Encrypted (SQLCipher, AES-256): the data, its backups and attachments open only with the password or the recovery code.</source>
        <translation>已加密（SQLCipher，AES-256）：数据、备份和附件只有用密码或恢复码才能打开。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="149"/>
        <source>Not encrypted: anyone who has the laptop or a backup can read the members&apos; ID numbers and phone numbers. Encrypt it.</source>
        <translation>未加密：任何拿到这台电脑或备份的人都能读到党员的身份证号和电话。请加密。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>Change the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="162"/>
        <source>The data is not re-encrypted: only the key that opens it is locked under the new password. The recovery code stays the same.</source>
        <translation>数据本身不重新加密，只是把打开数据的密钥改用新密码锁住。恢复码不变。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>The password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>The old recovery code stops working. Current password:</source>
        <translation>旧的恢复码将随即作废。请输入现在的密码：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <source>Encrypt the branch&apos;s data</source>
        <translation>加密支部数据</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="194"/>
        <source>A verified backup is made first. Then the data, every backup and every attachment are encrypted; from then on the password (or the recovery code you get next) opens them. Do not lose both.</source>
        <translation>先做一份经过核对的备份，然后加密数据、全部备份和全部附件；此后要用密码（或随后给出的恢复码）才能打开。两者都不要丢。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Choose a TrueType font</source>
        <translation>选择TrueType字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="206"/>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup_dialog.py" line="27"/>
        <source>Welcome to Branch Desk</source>
        <translation>欢迎使用支部工作台</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="29"/>
        <source>Tell us about your party branch. Everything stays on this computer, in:
{0}</source>
        <translation>请填写党支部基本情况。所有数据只保存在本机：
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="35"/>
        <source>Create workspace</source>
        <translation>建立工作台</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="38"/>
        <source>Just look around with a demo branch</source>
        <translation>先用演示支部看看</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="50"/>
        <source>Password (encrypts the branch&apos;s data on this laptop)</source>
        <translation>密码（用来加密这台电脑上的支部数据）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="54"/>
        <source>8 characters or more; a phrase you remember works well</source>
        <translation>至少8个字符；一句好记的话最好</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="56"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="57"/>
        <source>Once more</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="58"/>
        <source>Do not encrypt (not advised: anyone with the laptop can read the members&apos; ID numbers)</source>
        <translation>不加密（不建议：拿到电脑的人都能读到党员的身份证号）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="73"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一样。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="112"/>
        <source>Opening the demo branch…</source>
        <translation>正在打开演示支部…</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <location filename="../../ui/standards_dialog.py" line="178"/>
        <source>Rules and their sources</source>
        <translation>规则及其依据</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="181"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="181"/>
        <source>In force</source>
        <translation>现行值</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="181"/>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="182"/>
        <source>Branch&apos;s own value</source>
        <translation>本支部设定</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="195"/>
        <source>Set our own value…</source>
        <translation>设为本支部的值…</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="197"/>
        <source>Back to the default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="199"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="222"/>
        <source>yes: {0}</source>
        <translation>是：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="224"/>
        <source>default: {0}</source>
        <translation>默认：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="260"/>
        <source>Saved. The 工作台 now uses the branch&apos;s value.</source>
        <translation>已保存，工作台将按本支部的设定计算。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/development_page.py" line="204"/>
        <source>Record a step for {0}</source>
        <translation>记录发展步骤：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="208"/>
        <source>Step *</source>
        <translation>步骤 *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="213"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="215"/>
        <location filename="../../ui/development_page.py" line="268"/>
        <source>Who</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="216"/>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="225"/>
        <source>Deciding meeting</source>
        <translation>决定会议</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="226"/>
        <source>Conclusion *</source>
        <translation>结论 *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="227"/>
        <source>Training days</source>
        <translation>培训天数</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="229"/>
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="231"/>
        <source>Extend by (months)</source>
        <translation>延长（月）</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="233"/>
        <source>Posted from</source>
        <translation>公示开始</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="234"/>
        <source>Posted until</source>
        <translation>公示结束</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="235"/>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="236"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="262"/>
        <source>Nothing can be recorded for this person now.</source>
        <translation>此人目前没有可记录的步骤。</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="266"/>
        <source>Who talked *</source>
        <translation>谈话人 *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="266"/>
        <location filename="../../ui/development_page.py" line="267"/>
        <source>Approved by</source>
        <translation>审批党委</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="270"/>
        <source>Introducers (2 full members) *</source>
        <translation>入党介绍人（2名正式党员）*</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="271"/>
        <source>Contact persons (1–2) *</source>
        <translation>培养联系人（1至2名）*</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="274"/>
        <source>(not linked to a recorded meeting)</source>
        <translation>（未关联会议记录）</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="289"/>
        <source>Stage {0}: {1}</source>
        <translation>第{0}阶段：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="290"/>
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="308"/>
        <source>{0} working days (at least {1}){2}</source>
        <translation>{0}个工作日（不少于{1}个）{2}</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../ui/development_page.py" line="115"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="117"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="118"/>
        <source>People</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="119"/>
        <source>Meeting</source>
        <translation>决定会议</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="120"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="121"/>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <location filename="../../ui/talks_page.py" line="36"/>
        <source>Heart-to-heart talk</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="39"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="41"/>
        <source>Talked with *</source>
        <translation>谈话对象 *</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="44"/>
        <source>By *</source>
        <translation>谈话人 *</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="47"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="48"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="49"/>
        <source>What was said</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="50"/>
        <source>Follow-up</source>
        <translation>后续措施</translation>
    </message>
</context>
<context>
    <name>TalkTableModel</name>
    <message>
        <location filename="../../ui/talks_page.py" line="25"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="26"/>
        <source>Talked with</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="27"/>
        <source>By</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="28"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="29"/>
        <source>Follow-up</source>
        <translation>后续措施</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <location filename="../../ui/talks_page.py" line="84"/>
        <source>New talk</source>
        <translation>新增谈话</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="85"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="86"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="124"/>
        <source>Choose a talk first.</source>
        <translation>请先选择一条谈话记录。</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="128"/>
        <source>delete the talk with {0}</source>
        <translation>删除与{0}的谈话</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="130"/>
        <source>The talk with {0} of {1} is in the recycle bin. Ctrl+Z undoes.</source>
        <translation>与{0}的谈话（{1}）已移入回收站。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="106"/>
        <source>Nobody has talked with these members in {0} yet: {1}</source>
        <translation>{0}年尚未谈心谈话的党员：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="107"/>
        <source>Every member has had a talk in {0}.</source>
        <translation>{0}年每名党员都已谈心谈话。</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../ui/transfers_page.py" line="43"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="50"/>
        <location filename="../../ui/transfers_page.py" line="60"/>
        <location filename="../../ui/transfers_page.py" line="178"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="50"/>
        <location filename="../../ui/transfers_page.py" line="186"/>
        <source>Status</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="51"/>
        <location filename="../../ui/transfers_page.py" line="141"/>
        <source>Letter no.</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="51"/>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="52"/>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="52"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="53"/>
        <source>Dues paid to</source>
        <translation>党费交至</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="54"/>
        <source>Receipt / reported</source>
        <translation>回执／报到</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="54"/>
        <source>not back</source>
        <translation>未退回</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="55"/>
        <location filename="../../ui/transfers_page.py" line="144"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="60"/>
        <location filename="../../ui/transfers_page.py" line="230"/>
        <source>Where</source>
        <translation>外出地点</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="61"/>
        <source>Since</source>
        <translation>任职起</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="62"/>
        <source>Fixed place</source>
        <translation>地点固定</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="62"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="62"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="63"/>
        <source>Card no.</source>
        <translation>活动证号</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="63"/>
        <location filename="../../ui/transfers_page.py" line="234"/>
        <source>Host organisation</source>
        <translation>流入地党组织</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="64"/>
        <location filename="../../ui/transfers_page.py" line="235"/>
        <source>How dues are paid</source>
        <translation>党费交纳方式</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="64"/>
        <location filename="../../ui/transfers_page.py" line="236"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="65"/>
        <location filename="../../ui/transfers_page.py" line="237"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="66"/>
        <source>Returned</source>
        <translation>返回日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="83"/>
        <source>Issue a transfer letter…</source>
        <translation>开具转出介绍信…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="84"/>
        <source>Receipt came back…</source>
        <translation>回执已退回…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="85"/>
        <location filename="../../ui/transfers_page.py" line="87"/>
        <source>Take back (Del)</source>
        <translation>撤回介绍信（Del）</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="85"/>
        <source>Out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="86"/>
        <source>Register an incoming letter…</source>
        <translation>登记转入…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="87"/>
        <source>In</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="88"/>
        <source>Register a member away…</source>
        <translation>登记流动党员…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="89"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="90"/>
        <source>Heard from them today</source>
        <translation>今天已联系</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="91"/>
        <source>Returned…</source>
        <translation>已返回…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="92"/>
        <source>Delete (Del)</source>
        <translation>删除（Del）</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="92"/>
        <source>Members away</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="127"/>
        <source>Source: </source>
        <translation>依据：</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="138"/>
        <source>Date issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="139"/>
        <source>Coming from</source>
        <translation>来自党组织</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="139"/>
        <source>Going to</source>
        <translation>转往党组织</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="142"/>
        <source>Valid for (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="143"/>
        <source>Dues paid to (YYYY-MM)</source>
        <translation>党费交至（年-月）</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="145"/>
        <source>Reported on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="145"/>
        <location filename="../../ui/transfers_page.py" line="212"/>
        <source>Receipt back on</source>
        <translation>回执退回日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="156"/>
        <location filename="../../ui/transfers_page.py" line="229"/>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="161"/>
        <source>Transfer letter out</source>
        <translation>开具转出介绍信</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="179"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="180"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="181"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="182"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="183"/>
        <source>Job</source>
        <translation>工作岗位</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="184"/>
        <source>Joined the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="185"/>
        <source>Became full member</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="187"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="188"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="189"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="199"/>
        <source>Incoming transfer letter</source>
        <translation>登记转入</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="211"/>
        <source>Receipt came back — {0}</source>
        <translation>回执已退回 — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="222"/>
        <source>take back the letter of {0}</source>
        <translation>撤回{0}的介绍信</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="223"/>
        <source>The letter of {0} is taken back. Ctrl+Z undoes.</source>
        <translation>已撤回{0}的介绍信。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="231"/>
        <source>Away since</source>
        <translation>外出日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="232"/>
        <source>Fixed place of work or residence</source>
        <translation>有相对固定的工作或居住地</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="233"/>
        <source>Activity card no.</source>
        <translation>流动党员活动证号</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="246"/>
        <location filename="../../ui/transfers_page.py" line="253"/>
        <source>Member away</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="267"/>
        <source>Returned — {0}</source>
        <translation>已返回 — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="268"/>
        <source>Returned on</source>
        <translation>返回日期</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="277"/>
        <source>delete {0} (away)</source>
        <translation>删除流动党员{0}</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="278"/>
        <source>{0} moved to the recycle bin. Ctrl+Z undoes.</source>
        <translation>{0}已移入回收站。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/app_lock.py" line="132"/>
        <source>Branch Desk — unlock</source>
        <translation>支部工作台 — 解锁</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="134"/>
        <source>The branch&apos;s data is encrypted</source>
        <translation>支部数据已加密</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="135"/>
        <source>Data folder: {0}</source>
        <translation>数据文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="139"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../ui/app_lock.py" line="171"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>_Handle</name>
    <message>
        <location filename="../../ui/tasks.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="102"/>
        <source>Working</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="51"/>
        <location filename="../../ui/app.py" line="195"/>
        <source>Branch Desk</source>
        <translation>支部工作台</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="42"/>
        <location filename="../../ui/app.py" line="91"/>
        <location filename="../../ui/app.py" line="106"/>
        <location filename="../../ui/app.py" line="161"/>
        <location filename="../../ui/app.py" line="237"/>
        <source>Cannot open the data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="92"/>
        <source>Restore from a backup now?</source>
        <translation>现在从备份恢复吗？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <source>The branch data is missing</source>
        <translation>支部数据不见了</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Restore the newest backup</source>
        <translation>恢复最新备份</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="140"/>
        <location filename="../../ui/app.py" line="151"/>
        <source>Open another folder…</source>
        <translation>打开其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="141"/>
        <location filename="../../ui/app.py" line="154"/>
        <source>New branch</source>
        <translation>新建支部</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154"/>
        <source>Start a new, empty branch in {0}? The backups in its folder stay where they are.</source>
        <translation>在 {0} 新建一个空白支部吗？该文件夹里的备份会原样保留。</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="401"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/context.py" line="114"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="115"/>
        <source>Something went wrong inside Branch Desk. What was saved before is kept in complete transactions, but it has not been checked yet: use “Check data” to be sure.
Please send the log file to whoever supports you:
{0}</source>
        <translation>支部工作台内部出错。此前保存的内容都以完整的事务写入，但还没有经过检查：请点“检查数据”确认。
请把日志文件发给为您提供技术支持的人：
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="119"/>
        <location filename="../../ui/context.py" line="131"/>
        <location filename="../../ui/context.py" line="135"/>
        <location filename="../../ui/context.py" line="138"/>
        <source>Check data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="120"/>
        <source>Restore a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="131"/>
        <source>The check failed: {0}</source>
        <translation>检查未能完成：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="136"/>
        <source>The data was checked and is intact.</source>
        <translation>数据已检查，完好无损。</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="15"/>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="16"/>
        <source>Send the monthly bundle</source>
        <translation>报送上级（月度报送文件）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="17"/>
        <source>Print the yearly volume</source>
        <translation>打印年度台账</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="18"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="20"/>
        <source>Lock the window (the password opens it again)</source>
        <translation>锁定窗口（输入密码再打开）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="21"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="22"/>
        <source>Go to a book (Alt+1 … Alt+0)</source>
        <translation>转到第几类台账（Alt+1 … Alt+0）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="23"/>
        <source>New record (member, meeting, pledge, payment…)</source>
        <translation>新增（党员、会议、承诺、收缴……）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="24"/>
        <source>Open or edit the selected record</source>
        <translation>打开或修改选中的记录</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="25"/>
        <source>Delete into the recycle bin (or take back a payment)</source>
        <translation>删除到回收站（党费页为撤回交纳记录）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="26"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="27"/>
        <source>Redo (also Ctrl+Y)</source>
        <translation>重做（也可按 Ctrl+Y）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="28"/>
        <source>Print the page&apos;s main form</source>
        <translation>打印本页的主要表单</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="29"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="30"/>
        <source>Save (a dialog, the branch profile, a self-assessment)</source>
        <translation>保存（对话框、支部基本情况、对标自评）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="31"/>
        <source>Import a roster spreadsheet</source>
        <translation>从表格导入花名册</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="32"/>
        <source>Export the roster to Excel</source>
        <translation>导出花名册到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="33"/>
        <source>Set a member&apos;s dues base</source>
        <translation>核定基数</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="34"/>
        <source>Hand dues up to the committee</source>
        <translation>上缴</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="35"/>
        <source>Record the next step</source>
        <translation>记录下一步</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="36"/>
        <source>Edit the applicant&apos;s details</source>
        <translation>编辑信息</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="37"/>
        <source>Review the selected pledges</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="38"/>
        <source>Record progress on a pledge</source>
        <translation>践诺登记</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>Year-end appraisal of a pledge</source>
        <translation>评诺</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Anywhere</source>
        <translation>任何地方</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <source>On every book&apos;s page</source>
        <translation>每一类台账</translation>
    </message>
</context>
</TS>
