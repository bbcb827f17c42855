<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="45" />
        <source>About Branch Desk</source>
        <translation>About Branch Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="46" />
        <source>&lt;h2&gt;Branch Desk 支部工作台&lt;/h2&gt;&lt;p&gt;Record books of a party branch, kept offline, printed to the standard forms and handed up monthly.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Branch Desk 支部工作台&lt;/h2&gt;&lt;p&gt;Record books of a party branch, kept offline, printed to the standard forms and handed up monthly.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dues_page.py" line="114" />
        <source>Dues for {0}, {1}</source>
        <translation>Dues for {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="125" />
        <source>monthly pay after tax, or pension, in yuan</source>
        <translation>monthly pay after tax, or pension, in yuan</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="129" />
        <source>empty: as the rule asks</source>
        <translation>empty: as the rule asks</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="131" />
        <source>only if paying less (approved by the superior) or changing mid-year</source>
        <translation>only if paying less (approved by the superior) or changing mid-year</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="134" />
        <source>the whole year</source>
        <translation>the whole year</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="136" />
        <source>from month {0}</source>
        <translation>from month {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="120" />
        <source>Category *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="123" />
        <source>Monthly base (yuan)</source>
        <translation>Monthly base (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="126" />
        <source>The rule</source>
        <translation>The rule</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="128" />
        <source>Monthly amount (yuan)</source>
        <translation>Monthly amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="130" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="133" />
        <source>Applies</source>
        <translation>Applies</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="140" />
        <source>Source: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="160" />
        <source>{0} → {1} yuan a month</source>
        <translation>{0} → {1} yuan a month</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="94" />
        <source>Please check</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="96" />
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="98" />
        <source>File problem</source>
        <translation>File problem</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="99" />
        <source>The operation failed: {0}
{1}</source>
        <translation>The operation failed: {0}
{1}</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../ui/app_lock.py" line="223" />
        <source>Branch Desk is locked</source>
        <translation>Branch Desk is locked</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="227" />
        <source>Type the password to go on where you left off.</source>
        <translation>Type the password to go on where you left off.</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="395" />
        <source>Encrypting the branch's data…</source>
        <translation>Encrypting the branch's data…</translation>
    </message>
</context>
<context>
    <name>AppraisalDialog</name>
    <message>
        <location filename="../../ui/appraisal_page.py" line="29" />
        <source>Appraisal of {0}, {1}</source>
        <translation>Appraisal of {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="40" />
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="40" />
        <source>qualified</source>
        <translation>qualified</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="40" />
        <source>basically</source>
        <translation>basically</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="40" />
        <source>unqualified</source>
        <translation>unqualified</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="33" />
        <source>Self-appraisal</source>
        <translation>Self-appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="34" />
        <source>Mutual appraisal</source>
        <translation>Mutual appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="44" />
        <source>Measurement votes</source>
        <translation>Measurement votes</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="45" />
        <source>Pledges fulfilled (book 14)</source>
        <translation>Pledges fulfilled (book 14)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="47" />
        <source>Committee's grade</source>
        <translation>Committee's grade</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="51" />
        <source>Follow-up (required for the lower grades)</source>
        <translation>Follow-up (required for the lower grades)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="53" />
        <source>Final: saving makes an amendment with a reason.</source>
        <translation>Final: saving makes an amendment with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="63" />
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="63" />
        <source>Why is this appraisal being corrected?</source>
        <translation>Why is this appraisal being corrected?</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <location filename="../../ui/appraisal_page.py" line="107" />
        <source>Appraise…</source>
        <translation>Appraise…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="108" />
        <location filename="../../ui/appraisal_page.py" line="144" />
        <source>Finalise the year</source>
        <translation>Finalise the year</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="137" />
        <source>Choose a member in the sheet first.</source>
        <translation>Choose a member in the sheet first.</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="145" />
        <source>Finalise the appraisal of {0}? Every grade of the year is then locked: a later change needs a written reason.</source>
        <translation>Finalise the appraisal of {0}? Every grade of the year is then locked: a later change needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="146" />
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="154" />
        <source>{0} appraisals are final. Changes now need a reason.</source>
        <translation>{0} appraisals are final. Changes now need a reason.</translation>
    </message>
</context>
<context>
    <name>AppraisalTableModel</name>
    <message>
        <location filename="../../ui/appraisal_page.py" line="75" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="75" />
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="83" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="84" />
        <source>Party group</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="85" />
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="86" />
        <source>Mutual</source>
        <translation>Mutual</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="87" />
        <source>Votes (excellent/qualified/basically/unqualified)</source>
        <translation>Votes (excellent/qualified/basically/unqualified)</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="88" />
        <source>Pledges fulfilled</source>
        <translation>Pledges fulfilled</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="89" />
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="91" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="92" />
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="388" />
        <source>Year-end appraisal of {0}'s pledge</source>
        <translation>Year-end appraisal of {0}'s pledge</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="391" />
        <source>{0} progress entries</source>
        <translation>{0} progress entries</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="395" />
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="396" />
        <source>Members' assessment</source>
        <translation>Members' assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="398" />
        <source>The masses' assessment</source>
        <translation>The masses' assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="400" />
        <source>Branch's conclusion</source>
        <translation>Branch's conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="404" />
        <source>Concluded on</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="407" />
        <source>Final: saving makes an amendment with a reason.</source>
        <translation>Final: saving makes an amendment with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="410" />
        <source>Amended {0}: {1} (was {2})</source>
        <translation>Amended {0}: {1} (was {2})</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="419" />
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="419" />
        <source>Why is this conclusion being corrected?</source>
        <translation>Why is this conclusion being corrected?</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="17" />
        <source>Attendance {0}</source>
        <translation>Attendance {0}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="21" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="21" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="21" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="21" />
        <source>On leave</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="22" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="22" />
        <source>Missed in a row</source>
        <translation>Missed in a row</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="30" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="33" />
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="33" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="33" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="38" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="40" />
        <source>Restore selected…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="42" />
        <source>Restore from file…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="44" />
        <location filename="../../ui/backup_dialog.py" line="130" />
        <source>Check data</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="46" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="63" />
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="63" />
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="63" />
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="70" />
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="78" />
        <source>Backed up to {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="81" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="89" />
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="90" />
        <source>Branch Desk backups (*.sqlite3)</source>
        <translation>Branch Desk backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="96" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="97" />
        <source>Replace the current data with the backup {0}?
The current data is backed up first.</source>
        <translation>Replace the current data with the backup {0}?
The current data is backed up first.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="112" />
        <source>Restored from {0}.</source>
        <translation>Restored from {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="119" />
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="135" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <location filename="../../ui/dashboard.py" line="79" />
        <source>No members yet</source>
        <translation>No members yet</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <location filename="../../ui/book_page.py" line="75" />
        <source>Undone: {0}.</source>
        <translation>Undone: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="82" />
        <source>Done again: {0}.</source>
        <translation>Done again: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="242" />
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="251" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="253" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="270" />
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="429" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/book_page.py" line="469" />
        <source>Preparing {0}…</source>
        <translation>Preparing {0}…</translation>
    </message>
</context>
<context>
    <name>CommitteeBox</name>
    <message>
        <location filename="../../ui/committee_box.py" line="130" />
        <source>Branch committee</source>
        <translation>Branch committee</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="135" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="135" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="136" />
        <location filename="../../ui/committee_box.py" line="199" />
        <source>Duties</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="136" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="142" />
        <source>Record an election…</source>
        <translation>Record an election…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="142" />
        <source>Change of post…</source>
        <translation>Change of post…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="143" />
        <source>Take back the latest term</source>
        <translation>Take back the latest term</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="143" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="180" />
        <source>Terms: </source>
        <translation>Terms: </translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="191" />
        <source>(released from the committee)</source>
        <translation>(released from the committee)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="196" />
        <source>Change of post</source>
        <translation>Change of post</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="197" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="198" />
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="200" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="201" />
        <source>Why (by-election, new duties, released …)</source>
        <translation>Why (by-election, new duties, released …)</translation>
    </message>
</context>
<context>
    <name>CommitteeWindow</name>
    <message>
        <location filename="../../ui/committee_window.py" line="73" />
        <source>Branch Desk — committee: {0}</source>
        <translation>Branch Desk — committee: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="84" />
        <source>&amp;Receive bundles from a stick or folder…</source>
        <translation>&amp;Receive bundles from a stick or folder…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="89" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="89" />
        <location filename="../../ui/committee_window.py" line="95" />
        <location filename="../../ui/committee_window.py" line="118" />
        <location filename="../../ui/committee_window.py" line="169" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="89" />
        <location filename="../../ui/committee_window.py" line="108" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="89" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="90" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="90" />
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="92" />
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="98" />
        <source>Branches × months</source>
        <translation>Branches × months</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="110" />
        <source>Summary as &amp;PDF…</source>
        <translation>Summary as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="112" />
        <source>Summary as &amp;Excel…</source>
        <translation>Summary as &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="118" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="118" />
        <location filename="../../ui/committee_window.py" line="169" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="118" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="119" />
        <source>Obligations done</source>
        <translation>Obligations done</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="119" />
        <location filename="../../ui/committee_window.py" line="144" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="119" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="121" />
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="140" />
        <source>Forms as received (double-click to open)</source>
        <translation>Forms as received (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="144" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="144" />
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="144" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="145" />
        <source>Obligations (the 工作台 rules applied to the branch's month)</source>
        <translation>Obligations (the 工作台 rules applied to the branch's month)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="148" />
        <source>Comments (required when returning)</source>
        <translation>Comments (required when returning)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="152" />
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="154" />
        <source>Re&amp;turn with comments</source>
        <translation>Re&amp;turn with comments</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="164" />
        <source>Branch forms and receipts</source>
        <translation>Branch forms and receipts</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="169" />
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="169" />
        <source>Checked by phone</source>
        <translation>Checked by phone</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="170" />
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="170" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="172" />
        <source>Confirm the fingerprint the branch reads out…</source>
        <translation>Confirm the fingerprint the branch reads out…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="173" />
        <source>Until a branch's key is confirmed its bundles are held (待确认), not applied</source>
        <translation>Until a branch's key is confirmed its bundles are held (待确认), not applied</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="177" />
        <source>This committee's key fingerprint (put it in the notice to the branches): {0}</source>
        <translation>This committee's key fingerprint (put it in the notice to the branches): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="302" />
        <source>new branch: check key {0}… by phone, then confirm it under Branches; held until then</source>
        <translation>new branch: check key {0}… by phone, then confirm it under Branches; held until then</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="305" />
        <source>the branch's key is not confirmed yet: held</source>
        <translation>the branch's key is not confirmed yet: held</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="182" />
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="220" />
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="220" />
        <location filename="../../ui/committee_window.py" line="246" />
        <location filename="../../ui/committee_window.py" line="299" />
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="220" />
        <location filename="../../ui/committee_window.py" line="246" />
        <location filename="../../ui/committee_window.py" line="264" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="221" />
        <location filename="../../ui/committee_window.py" line="246" />
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="249" />
        <source>Benchmark branch (标杆支部)</source>
        <translation>Benchmark branch (标杆支部)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="250" />
        <source>Last three months in a row</source>
        <translation>Last three months in a row</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="258" />
        <source>Nothing received for this month.</source>
        <translation>Nothing received for this month.</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="262" />
        <source>Revision {0}, {1} records, received {2}; {3}</source>
        <translation>Revision {0}, {1} records, received {2}; {3}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="264" />
        <source>not yet decided</source>
        <translation>not yet decided</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="265" />
        <source>returned: {0}</source>
        <translation>returned: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="291" />
        <source>Receive bundles from</source>
        <translation>Receive bundles from</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="299" />
        <source>already received</source>
        <translation>already received</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="299" />
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="300" />
        <source>REJECTED</source>
        <translation>REJECTED</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="315" />
        <source>Receiving bundles…</source>
        <translation>Receiving bundles…</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="326" />
        <source>Write the receipt to (the branch's stick)</source>
        <translation>Write the receipt to (the branch's stick)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="330" />
        <source>Receipt written: {0}</source>
        <translation>Receipt written: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="343" />
        <source>Confirm the branch's key</source>
        <translation>Confirm the branch's key</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="344" />
        <source>Ask branch {0} to read out its key fingerprint (Settings in its program), all 64 characters, and type them here:</source>
        <translation>Ask branch {0} to read out its key fingerprint (Settings in its program), all 64 characters, and type them here:</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="351" />
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="355" />
        <source>Key confirmed</source>
        <translation>Key confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="356" />
        <source>The key of branch {0} is confirmed. Held bundles applied: {1}.</source>
        <translation>The key of branch {0} is confirmed. Held bundles applied: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="364" />
        <source>Save the summary</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="372" />
        <source>Writing the summary…</source>
        <translation>Writing the summary…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.py" line="116" />
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="121" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="122" />
        <source>Full members</source>
        <translation>Full members</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="123" />
        <source>Probationary</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="124" />
        <source>Average age</source>
        <translation>Average age</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="129" />
        <source>By party group</source>
        <translation>By party group</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="129" />
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="130" />
        <source>By age</source>
        <translation>By age</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="130" />
        <source>By education</source>
        <translation>By education</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="131" />
        <source>By gender</source>
        <translation>By gender</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="131" />
        <source>By years in the party</source>
        <translation>By years in the party</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="139" />
        <source>Organisation checks</source>
        <translation>Organisation checks</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="161" />
        <source>Monthly bundle to the committee</source>
        <translation>Monthly bundle to the committee</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="167" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="169" />
        <source>Attendance this year</source>
        <translation>Attendance this year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="176" />
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="184" />
        <location filename="../../ui/dashboard.py" line="360" />
        <source>Send…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="185" />
        <source>File → Send the monthly bundle (Ctrl+E)</source>
        <translation>File → Send the monthly bundle (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="192" />
        <source>Four things to know (四个清楚): the number of members, their structure and distribution</source>
        <translation>Four things to know (四个清楚): the number of members, their structure and distribution</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="259" />
        <source>Getting started: {0} of {1} done</source>
        <translation>Getting started: {0} of {1} done</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="270" />
        <source>Do it now</source>
        <translation>Do it now</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="288" />
        <source>The roster changes touch {0} final meeting records ({1} to {2}) — {3}. They keep what was stored; amend any of them with a reason.</source>
        <translation>The roster changes touch {0} final meeting records ({1} to {2}) — {3}. They keep what was stored; amend any of them with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="291" />
        <source>Open to amend…</source>
        <translation>Open to amend…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="294" />
        <source>… and {0} more final records the roster changes touch</source>
        <translation>… and {0} more final records the roster changes touch</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="297" />
        <source>The {0} democratic appraisal was finalised before {1} was entered into the roster: the final sheet is kept; amend it if needed</source>
        <translation>The {0} democratic appraisal was finalised before {1} was entered into the roster: the final sheet is kept; amend it if needed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="301" />
        <source>The {0} pledges were finalised before {1} was entered into the roster: the final record is kept</source>
        <translation>The {0} pledges were finalised before {1} was entered into the roster: the final record is kept</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="313" />
        <source>Amend by the roster</source>
        <translation>Amend by the roster</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="314" />
        <source>Why does this final record change (e.g. 张三's join date was corrected)? Leave empty to only look.</source>
        <translation>Why does this final record change (e.g. 张三's join date was corrected)? Leave empty to only look.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="325" />
        <source>No monthly bundle sent yet (File → Send the monthly bundle, Ctrl+E)</source>
        <translation>No monthly bundle sent yet (File → Send the monthly bundle, Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="329" />
        <source>Last bundle: {0} revision {1}, {2}</source>
        <translation>Last bundle: {0} revision {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="343" />
        <source>✔ {0}: sent (revision {1}, {2}).</source>
        <translation>✔ {0}: sent (revision {1}, {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="346" />
        <source>○ The first bundle is for {0}, due by {1}.</source>
        <translation>○ The first bundle is for {0}, due by {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="349" />
        <source>✖ {0}: not sent; it was due by {1}, {2} days ago.</source>
        <translation>✖ {0}: not sent; it was due by {1}, {2} days ago.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="352" />
        <source>○ {0}: due by {1} ({2} days left).</source>
        <translation>○ {0}: due by {1} ({2} days left).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="355" />
        <source>The bundle is {0}.</source>
        <translation>The bundle is {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="360" />
        <source>Send again…</source>
        <translation>Send again…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="380" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="380" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="380" />
        <location filename="../../ui/dashboard.py" line="464" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="381" />
        <source>before the start (not recorded)</source>
        <translation>before the start (not recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="382" />
        <source>recorded for this period</source>
        <translation>recorded for this period</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="383" />
        <source>not recorded yet; the period is still open</source>
        <translation>not recorded yet; the period is still open</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="384" />
        <source>the period ended without a record</source>
        <translation>the period ended without a record</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="385" />
        <source>before the books were started in this program</source>
        <translation>before the books were started in this program</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="393" />
        <source>{0}, {1}: {2}. Source: {3}</source>
        <translation>{0}, {1}: {2}. Source: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="449" />
        <source>{0} month</source>
        <translation>{0} month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="483" />
        <location filename="../../ui/dashboard.py" line="546" />
        <location filename="../../ui/dashboard.py" line="549" />
        <source>Source: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="400" />
        <source>was due by {0}</source>
        <translation>was due by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="400" />
        <source>by {0}</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="405" />
        <source>Done: {0}</source>
        <translation>Done: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="410" />
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="417" />
        <source>Record a past meeting…</source>
        <translation>Record a past meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="420" />
        <source>Record it…</source>
        <translation>Record it…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="444" />
        <source>✖ {0} pledges are past their deadline with nothing done: {1}</source>
        <translation>✖ {0} pledges are past their deadline with nothing done: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="447" />
        <source>See these pledges</source>
        <translation>See these pledges</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="449" />
        <source>{0} months</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="455" />
        <source>✖ No dues paid for {0} months or more in a row: {1}</source>
        <translation>✖ No dues paid for {0} months or more in a row: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="457" />
        <location filename="../../ui/dashboard.py" line="463" />
        <source>Open the dues register</source>
        <translation>Open the dues register</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="460" />
        <source>○ Dues in arrears: {0}</source>
        <translation>○ Dues in arrears: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="464" />
        <source>due now</source>
        <translation>due now</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="464" />
        <source>coming</source>
        <translation>coming</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="528" />
        <source>no data yet</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="532" />
        <location filename="../../ui/dashboard.py" line="533" />
        <location filename="../../ui/dashboard.py" line="534" />
        <source>{0} members</source>
        <translation>{0} members</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="535" />
        <source>{0} years</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="270" />
        <location filename="../../ui/dashboard.py" line="299" />
        <location filename="../../ui/dashboard.py" line="303" />
        <location filename="../../ui/dashboard.py" line="413" />
        <location filename="../../ui/dashboard.py" line="470" />
        <location filename="../../ui/dashboard.py" line="475" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="142" />
        <source>To do now (what the rules ask for this month, quarter and year)</source>
        <translation>To do now (what the rules ask for this month, quarter and year)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="146" />
        <source>✔ Nothing open: everything due now is recorded.</source>
        <translation>✔ Nothing open: everything due now is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="358" />
        <source>The deadline is a rule in File → Rules and their sources: set the day your committee asks for.</source>
        <translation>The deadline is a rule in File → Rules and their sources: set the day your committee asks for.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="472" />
        <source>… and {0} more in the recruitment record</source>
        <translation>… and {0} more in the recruitment record</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="500" />
        <source>⚠ Missed the last {0} meetings or more: {1}</source>
        <translation>⚠ Missed the last {0} meetings or more: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="508" />
        <source>everyone at 80% or more</source>
        <translation>everyone at 80% or more</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="508" />
        <source>no data yet (no meeting recorded this year)</source>
        <translation>no data yet (no meeting recorded this year)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="509" />
        <source>Lowest attendance: {0}</source>
        <translation>Lowest attendance: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="515" />
        <source>Branch attendance rate this year: {0:.0%}</source>
        <translation>Branch attendance rate this year: {0:.0%}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="516" />
        <source>Every member's attendance…</source>
        <translation>Every member's attendance…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="44" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="50" />
        <source>Pick from a calendar</source>
        <translation>Pick from a calendar</translation>
    </message>
</context>
<context>
    <name>DevelopmentPage</name>
    <message>
        <location filename="../../ui/development_page.py" line="358" />
        <source>Search name (pinyin initials work)</source>
        <translation>Search name (pinyin initials work)</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="360" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="375" />
        <source>New applicant…</source>
        <translation>New applicant…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="376" />
        <source>Record next step…</source>
        <translation>Record next step…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="377" />
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="378" />
        <source>Take back last step</source>
        <translation>Take back last step</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="379" />
        <source>Stop (withdrawn)…</source>
        <translation>Stop (withdrawn)…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="380" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="495" />
        <source>delete {0}</source>
        <translation>delete {0}</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="496" />
        <source>{0} moved to the recycle bin. Ctrl+Z undoes.</source>
        <translation>{0} moved to the recycle bin. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="383" />
        <source>Year of the printed rosters</source>
        <translation>Year of the printed rosters</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="434" />
        <source>Nobody selected</source>
        <translation>Nobody selected</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="476" />
        <source>Recruitment</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="442" />
        <source>Choose a person first.</source>
        <translation>Choose a person first.</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="388" />
        <source>Full-process record of this person…</source>
        <translation>Full-process record of this person…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="389" />
        <source>Yearly rosters (applicants, activists, candidates, new members)…</source>
        <translation>Yearly rosters (applicants, activists, candidates, new members)…</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="467" />
        <source>{0}: every step is recorded.</source>
        <translation>{0}: every step is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="476" />
        <source>Take back step {0} “{1}” of {2}?</source>
        <translation>Take back step {0} “{1}” of {2}?</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="484" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="484" />
        <source>Why does {0} not go on (e.g. withdrew the application)?</source>
        <translation>Why does {0} not go on (e.g. withdrew the application)?</translation>
    </message>
</context>
<context>
    <name>DuesGridModel</name>
    <message>
        <location filename="../../ui/dues_page.py" line="82" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="88" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="90" />
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="93" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="94" />
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="63" />
        <location filename="../../ui/dues_page.py" line="65" />
        <source>M{0}</source>
        <translation>M{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="82" />
        <source> (prob.)</source>
        <translation> (prob.)</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="88" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="57" />
        <source>unpaid</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="50" />
        <source>paid in full</source>
        <translation>paid in full</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="50" />
        <source>paid in advance</source>
        <translation>paid in advance</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="51" />
        <source>partly paid</source>
        <translation>partly paid</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="51" />
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="51" />
        <source>this month</source>
        <translation>this month</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="52" />
        <source>not yet due</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="52" />
        <source>not on the roster that month</source>
        <translation>not on the roster that month</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="62" />
        <source>{0}: due {1}, paid {2} — {3}</source>
        <translation>{0}: due {1}, paid {2} — {3}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="85" />
        <source>No payment for {0} months in a row</source>
        <translation>No payment for {0} months in a row</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="74" />
        <source>Base {0}, share {1}; the rule asks {2} a month</source>
        <translation>Base {0}, share {1}; the rule asks {2} a month</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <location filename="../../ui/dues_page.py" line="337" />
        <source>Search name (pinyin initials work)</source>
        <translation>Search name (pinyin initials work)</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="338" />
        <source>Only members who owe</source>
        <translation>Only members who owe</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="353" />
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="354" />
        <source>Set base…</source>
        <translation>Set base…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="355" />
        <source>Set up the year from last year</source>
        <translation>Set up the year from last year</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="356" />
        <source>Take back payment</source>
        <translation>Take back payment</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="357" />
        <source>Hand up…</source>
        <translation>Hand up…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="361" />
        <source>Handed up to the committee</source>
        <translation>Handed up to the committee</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="364" />
        <source>Remove the selected hand-up</source>
        <translation>Remove the selected hand-up</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="368" />
        <source>Green paid · blue paid in advance · yellow partly paid · red unpaid · grey not on the roster that month. Double-click a month to record a payment.</source>
        <translation>Green paid · blue paid in advance · yellow partly paid · red unpaid · grey not on the roster that month. Double-click a month to record a payment.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="375" />
        <source>This member's dues record…</source>
        <translation>This member's dues record…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="398" />
        <source>No payment for {0} months or more in a row: {1}</source>
        <translation>No payment for {0} months or more in a row: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="403" />
        <source>Collected {0} yuan · handed up {1} · not yet handed up {2} · owed {3}</source>
        <translation>Collected {0} yuan · handed up {1} · not yet handed up {2} · owed {3}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="406" />
        <source>collected but not handed up: {0}</source>
        <translation>collected but not handed up: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="407" />
        <source>M{0}</source>
        <translation>M{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="409" />
        <source>no base set yet: {0}</source>
        <translation>no base set yet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="474" />
        <source>take back the payment of {0}</source>
        <translation>take back the payment of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="477" />
        <source>Took back {0} payments of {1}. Ctrl+Z undoes.</source>
        <translation>Took back {0} payments of {1}. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="484" />
        <source>Choose a hand-up in the table first.</source>
        <translation>Choose a hand-up in the table first.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="488" />
        <source>remove the hand-up of {0}</source>
        <translation>remove the hand-up of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="490" />
        <source>Removed the hand-up of {0} ({1} yuan). Ctrl+Z undoes.</source>
        <translation>Removed the hand-up of {0} ({1} yuan). Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="425" />
        <source>Choose a member in the grid first.</source>
        <translation>Choose a member in the grid first.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="444" />
        <source>Set {0} members from last year's base or their flat amount.</source>
        <translation>Set {0} members from last year's base or their flat amount.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="446" />
        <source>Type the base for: {0}</source>
        <translation>Type the base for: {0}</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <location filename="../../ui/committee_box.py" line="43" />
        <source>Committee election</source>
        <translation>Committee election</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="49" />
        <source>by branch type (3, or 5 for villages and communities)</source>
        <translation>by branch type (3, or 5 for villages and communities)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="54" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="54" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="54" />
        <source>Duties</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="63" />
        <source>Add a seat</source>
        <translation>Add a seat</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="65" />
        <source>Remove seat</source>
        <translation>Remove seat</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="68" />
        <source>Election date *</source>
        <translation>Election date *</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="69" />
        <source>Term (years)</source>
        <translation>Term (years)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="70" />
        <source>Approved by the superior on</source>
        <translation>Approved by the superior on</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="71" />
        <source>Approval no.</source>
        <translation>Approval no.</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="84" />
        <source>Elected (full members only; a committee needs at least 7 full members in the branch)</source>
        <translation>Elected (full members only; a committee needs at least 7 full members in the branch)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="94" />
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/committee_box.py" line="119" />
        <source>“{0}” is not a real date</source>
        <translation>“{0}” is not a real date</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="55" />
        <source>Send the monthly bundle</source>
        <translation>Send the monthly bundle</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="64" />
        <location filename="../../ui/export_dialog.py" line="105" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="65" />
        <source>Send ID numbers unmasked (only if the committee asks for them)</source>
        <translation>Send ID numbers unmasked (only if the committee asks for them)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="71" />
        <source>What goes in</source>
        <translation>What goes in</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74" />
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74" />
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85" />
        <source>Write to</source>
        <translation>Write to</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="89" />
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92" />
        <source>&amp;Write the bundle</source>
        <translation>&amp;Write the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102" />
        <source>Bundles sent and the committee's answers</source>
        <translation>Bundles sent and the committee's answers</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105" />
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106" />
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="113" />
        <source>Copy the selected bundle again</source>
        <translation>Copy the selected bundle again</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="115" />
        <source>&amp;Import receipts…</source>
        <translation>&amp;Import receipts…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="117" />
        <source>Confirm the committee's &amp;key…</source>
        <translation>Confirm the committee's &amp;key…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="118" />
        <source>A receipt changes nothing until the committee's key fingerprint is confirmed</source>
        <translation>A receipt changes nothing until the committee's key fingerprint is confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="141" />
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="149" />
        <source>No USB stick found: choose a folder</source>
        <translation>No USB stick found: choose a folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="152" />
        <source>Write the bundle to</source>
        <translation>Write the bundle to</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="169" />
        <source>Counting what goes in…</source>
        <translation>Counting what goes in…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="198" />
        <source>{0}, revision {1}: {2} records; members {3}; meetings this month {4}; obligations done {5} of {6}; attachments {7} ({8}). ID numbers {9}.</source>
        <translation>{0}, revision {1}: {2} records; members {3}; meetings this month {4}; obligations done {5} of {6}; attachments {7} ({8}). ID numbers {9}.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="202" />
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="202" />
        <source>masked</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="210" />
        <source>Choose the USB stick or a folder to write to.</source>
        <translation>Choose the USB stick or a folder to write to.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="220" />
        <source>Written and checked: {0}
SHA-256 {1}</source>
        <translation>Written and checked: {0}
SHA-256 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222" />
        <source>This month's bundle had been written before but not delivered; that very file was delivered now (no new revision).</source>
        <translation>This month's bundle had been written before but not delivered; that very file was delivered now (no new revision).</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="229" />
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="250" />
        <source>Receipts kept, source not confirmed — they change nothing until you confirm the committee's key: {0}. Compare the fingerprint {1}… with the committee's notice, then choose “Confirm the committee's key…”.</source>
        <translation>Receipts kept, source not confirmed — they change nothing until you confirm the committee's key: {0}. Compare the fingerprint {1}… with the committee's notice, then choose “Confirm the committee's key…”.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="256" />
        <source>The committee's confirmed key: {0}…</source>
        <translation>The committee's confirmed key: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="264" />
        <source>Select a bundle and the stick to copy it to.</source>
        <translation>Select a bundle and the stick to copy it to.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="269" />
        <source>Copied and checked: {0}</source>
        <translation>Copied and checked: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="282" />
        <source>Copying…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="290" />
        <source>Confirm the committee's key</source>
        <translation>Confirm the committee's key</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="291" />
        <source>Type the committee's key fingerprint from its notice (all 64 characters; spaces do not matter):</source>
        <translation>Type the committee's key fingerprint from its notice (all 64 characters; spaces do not matter):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="297" />
        <source>A committee key is already confirmed. Replace it (only if the committee announced a new key)?</source>
        <translation>A committee key is already confirmed. Replace it (only if the committee announced a new key)?</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="304" />
        <source>The committee's key is confirmed. Kept receipts applied: {0}.</source>
        <translation>The committee's key is confirmed. Kept receipts applied: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="312" />
        <source>Receipts from the committee</source>
        <translation>Receipts from the committee</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="313" />
        <source>Receipts (*.json)</source>
        <translation>Receipts (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="323" />
        <source>{0} r{1}: source not confirmed — kept, not applied until you confirm the committee's key</source>
        <translation>{0} r{1}: source not confirmed — kept, not applied until you confirm the committee's key</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="211" />
        <source>{0}: “{1}” is not a real date</source>
        <translation>{0}: “{1}” is not a real date</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../ui/groups_dialog.py" line="27" />
        <source>Party groups</source>
        <translation>Party groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="29" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="31" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="33" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="52" />
        <source>, leader {0}</source>
        <translation>, leader {0}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="53" />
        <source>{0} ({1} members{2})</source>
        <translation>{0} ({1} members{2})</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="66" />
        <source>New party group</source>
        <translation>New party group</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="66" />
        <location filename="../../ui/groups_dialog.py" line="74" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/groups_dialog.py" line="74" />
        <source>Rename party group</source>
        <translation>Rename party group</translation>
    </message>
</context>
<context>
    <name>HandUpDialog</name>
    <message>
        <location filename="../../ui/dues_page.py" line="261" />
        <source>Hand dues up to the committee, {0}</source>
        <translation>Hand dues up to the committee, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="273" />
        <source>Months *</source>
        <translation>Months *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="279" />
        <source>Collected in them</source>
        <translation>Collected in them</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="280" />
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="281" />
        <source>Date handed up *</source>
        <translation>Date handed up *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="284" />
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="285" />
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="286" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="294" />
        <source>{0} yuan</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="304" />
        <source>Hand up {0} yuan for months {1}–{2} of {3}? Those months are then counted as handed up to the committee.</source>
        <translation>Hand up {0} yuan for months {1}–{2} of {3}? Those months are then counted as handed up to the committee.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="308" />
        <source>Hand up</source>
        <translation>Hand up</translation>
    </message>
</context>
<context>
    <name>HandUpModel</name>
    <message>
        <location filename="../../ui/dues_page.py" line="319" />
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="320" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="321" />
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="323" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="324" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>HeldOnDialog</name>
    <message>
        <location filename="../../ui/dashboard.py" line="565" />
        <source>Record a past meeting</source>
        <translation>Record a past meeting</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="567" />
        <source>{0}, {1}: on which day was it held? A meeting held then but not recorded is recorded with the day it was held. One that was not held cannot be recorded afterwards — hold it now, in this period.</source>
        <translation>{0}, {1}: on which day was it held? A meeting held then but not recorded is recorded with the day it was held. One that was not held cannot be recorded afterwards — hold it now, in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="587" />
        <source>“{0}” is not a real date</source>
        <translation>“{0}” is not a real date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="590" />
        <source>The day it was held: between {0} and {1}</source>
        <translation>The day it was held: between {0} and {1}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="43" />
        <source>Import roster from a spreadsheet</source>
        <translation>Import roster from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="48" />
        <source>An .xlsx, .xls or .csv file with one member per row</source>
        <translation>An .xlsx, .xls or .csv file with one member per row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="49" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="52" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57" />
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60" />
        <source>Check again with this mapping</source>
        <translation>Check again with this mapping</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="65" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="70" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83" />
        <source>Choose a file to begin.</source>
        <translation>Choose a file to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="85" />
        <source>Import all</source>
        <translation>Import all</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="87" />
        <source>Import only the valid rows</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="89" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="106" />
        <source>Choose the roster file</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="107" />
        <source>Spreadsheets ({0})</source>
        <translation>Spreadsheets ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="115" />
        <source>Checking {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="133" />
        <source>(column {0})</source>
        <translation>(column {0})</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138" />
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="162" />
        <source>{0}: sheet “{1}”, header on row {2}; {3} rows, {4} valid, {5} with errors.</source>
        <translation>{0}: sheet “{1}”, header on row {2}; {3} rows, {4} valid, {5} with errors.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165" />
        <source>Fix the file and choose it again, or import only the valid rows.</source>
        <translation>Fix the file and choose it again, or import only the valid rows.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="201" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ui/member_dialog.py" line="220" />
        <source>{0} leaves the branch</source>
        <translation>{0} leaves the branch</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="225" />
        <source>e.g. transferred to the branch of ...</source>
        <translation>e.g. transferred to the branch of ...</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="227" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="228" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="229" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="243" />
        <source>Date: “{0}” is not a real date</source>
        <translation>Date: “{0}” is not a real date</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="247" />
        <source>Date: required</source>
        <translation>Date: required</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="253" />
        <source>{0} leaves the branch on {1} ({2})? From then on {0} is off the roster, the sign-in sheets and the dues; the records up to that day stay.</source>
        <translation>{0} leaves the branch on {1} ({2})? From then on {0} is off the roster, the sign-in sheets and the dues; the records up to that day stay.</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="255" />
        <source>Leaves the branch</source>
        <translation>Leaves the branch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <location filename="../../ui/main_window.py" line="304" />
        <source>Branch Desk</source>
        <translation>Branch Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Opening the branch's data…</source>
        <translation>Opening the branch's data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Alt+{0}</source>
        <translation>Alt+{0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Demo branch: everything here is made up, to look around. It is kept apart from your branch's data and cannot be sent to the committee.</source>
        <translation>Demo branch: everything here is made up, to look around. It is kept apart from your branch's data and cannot be sent to the committee.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Back to my branch</source>
        <translation>Back to my branch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>&amp;Check data</source>
        <translation>&amp;Check data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Print the yearly &amp;volume…</source>
        <translation>Print the yearly &amp;volume…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>S&amp;end the monthly bundle…</source>
        <translation>S&amp;end the monthly bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>&amp;Rules and their sources…</source>
        <translation>&amp;Rules and their sources…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>&amp;Getting started</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>User &amp;manual</source>
        <translation>User &amp;manual</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>&amp;About Branch Desk</source>
        <translation>&amp;About Branch Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>The branch's data is not encrypted, so there is no password to lock the window with. Encrypt it under Settings → Security: then the window asks for the password at start, after {0} minutes without use, and on Ctrl+L.</source>
        <translation>The branch's data is not encrypted, so there is no password to lock the window with. Encrypt it under Settings → Security: then the window asks for the password at start, after {0} minutes without use, and on Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>Branch Desk — DEMO</source>
        <translation>Branch Desk — DEMO</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Data: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>Not encrypted: anyone who has the laptop or a backup can read the members' ID numbers and phone numbers. Encrypt it under Settings → Security.</source>
        <translation>Not encrypted: anyone who has the laptop or a backup can read the members' ID numbers and phone numbers. Encrypt it under Settings → Security.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312" />
        <source> (not encrypted)</source>
        <translation> (not encrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365" />
        <source>Demo branch</source>
        <translation>Demo branch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366" />
        <source>This is the demo branch: its bundle is marked as a demo and a committee will not receive it. Use “Back to my branch” to send your own.</source>
        <translation>This is the demo branch: its bundle is marked as a demo and a committee will not receive it. Use “Back to my branch” to send your own.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>Yearly volume</source>
        <translation>Yearly volume</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385" />
        <source>Yearly volume {0}.pdf</source>
        <translation>Yearly volume {0}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385" />
        <source>Laying out the yearly volume…</source>
        <translation>Laying out the yearly volume…</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../ui/manual.py" line="62" />
        <source>User manual</source>
        <translation>User manual</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="74" />
        <source>The manual (README.md) is missing from this installation.</source>
        <translation>The manual (README.md) is missing from this installation.</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="76" />
        <source>The manual is written in Chinese.</source>
        <translation>The manual is written in Chinese.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="86" />
        <source>non-members who attended, e.g. the head of the unit</source>
        <translation>non-members who attended, e.g. the head of the unit</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="91" />
        <source>Lesson title</source>
        <translation>Lesson title</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="91" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="92" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="93" />
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="93" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="94" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="94" />
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="95" />
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="95" />
        <source>Minutes taken by</source>
        <translation>Minutes taken by</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="97" />
        <source>Guests (列席)</source>
        <translation>Guests (列席)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="99" />
        <source>Party group *</source>
        <translation>Party group *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="101" />
        <source>Lecturer *</source>
        <translation>Lecturer *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="108" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="108" />
        <source>Party group</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="108" />
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="109" />
        <location filename="../../ui/meeting_dialog.py" line="174" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="109" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="112" />
        <source>Everyone present</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="129" />
        <source>One agenda item a line</source>
        <translation>One agenda item a line</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="136" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="137" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="141" />
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="141" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="141" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="141" />
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="142" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="145" />
        <source>Add motion</source>
        <translation>Add motion</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="147" />
        <source>Remove motion</source>
        <translation>Remove motion</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="164" />
        <source>Add scan or photo…</source>
        <translation>Add scan or photo…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="175" />
        <source>Agenda and minutes</source>
        <translation>Agenda and minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="176" />
        <source>Motions and votes</source>
        <translation>Motions and votes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="177" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="178" />
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="182" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="184" />
        <location filename="../../ui/meeting_dialog.py" line="445" />
        <location filename="../../ui/meeting_dialog.py" line="448" />
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="186" />
        <source>Amend…</source>
        <translation>Amend…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="188" />
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="190" />
        <source>Sign-in sheet…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="192" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="214" />
        <source>{0} — record</source>
        <translation>{0} — record</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="215" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="240" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="259" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="259" />
        <source>Final (read-only; changes are amendments)</source>
        <translation>Final (read-only; changes are amendments)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="260" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="261" />
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="263" />
        <source>Amending: {0}</source>
        <translation>Amending: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="287" />
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="287" />
        <source>probationary</source>
        <translation>probationary</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="326" />
        <source>Motion {0}: “{1}” is not a number of votes</source>
        <translation>Motion {0}: “{1}” is not a number of votes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="338" />
        <source>Date: “{0}” is not a real date</source>
        <translation>Date: “{0}” is not a real date</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="353" />
        <source>Due {0} ({1} full, {2} probationary); present {3} ({4} full); on leave {5}; absent {6}</source>
        <translation>Due {0} ({1} full, {2} probationary); present {3} ({4} full); on leave {5}; absent {6}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="382" />
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="382" />
        <source>NOT passed</source>
        <translation>NOT passed</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="388" />
        <source>A motion passes when yes votes exceed half of the {0} voting members due (not of those present). Source: {1}</source>
        <translation>A motion passes when yes votes exceed half of the {0} voting members due (not of those present). Source: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="446" />
        <source>Finalise the record of {0} ({1})? Its date, attendance, votes and minutes are then locked: a later change needs a written reason and is kept in the record's history.</source>
        <translation>Finalise the record of {0} ({1})? Its date, attendance, votes and minutes are then locked: a later change needs a written reason and is kept in the record's history.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="455" />
        <source>Amend a final record</source>
        <translation>Amend a final record</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="456" />
        <source>Why is this record being corrected?</source>
        <translation>Why is this record being corrected?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="476" />
        <source>Sign-in sheet scans, photos</source>
        <translation>Sign-in sheet scans, photos</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="477" />
        <source>Images and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx)</source>
        <translation>Images and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="494" />
        <source>Storing attachments…</source>
        <translation>Storing attachments…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="528" />
        <source>Preparing the record for printing…</source>
        <translation>Preparing the record for printing…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="542" />
        <source>Preparing the sign-in sheet…</source>
        <translation>Preparing the sign-in sheet…</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="197" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="198" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="199" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="200" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="201" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="202" />
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="205" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="206" />
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="202" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="203" />
        <source>NO quorum</source>
        <translation>NO quorum</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="195" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="195" />
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="195" />
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="42" />
        <source>Search the minutes (Ctrl+F)</source>
        <translation>Search the minutes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="46" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="57" />
        <source>Recycle bin</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="67" />
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="76" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="77" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="78" />
        <source>Restore from bin</source>
        <translation>Restore from bin</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="164" />
        <source>delete {0}</source>
        <translation>delete {0}</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="166" />
        <source>Moved to the recycle bin: {0} {1}. Ctrl+Z undoes.</source>
        <translation>Moved to the recycle bin: {0} {1}. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="51" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="93" />
        <source>Record of the selected meeting…</source>
        <translation>Record of the selected meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="95" />
        <source>Sign-in sheet for the selected meeting…</source>
        <translation>Sign-in sheet for the selected meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="97" />
        <source>Register of the year's meetings…</source>
        <translation>Register of the year's meetings…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="101" />
        <location filename="../../ui/meetings_page.py" line="105" />
        <source>Choose a meeting in the list first.</source>
        <translation>Choose a meeting in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="135" />
        <source>{0} shown</source>
        <translation>{0} shown</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="111" />
        <source>No meetings recorded in {0}.</source>
        <translation>No meetings recorded in {0}.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/member_dialog.py" line="86" />
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="86" />
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="91" />
        <source>18 characters; birth date and gender are filled from it</source>
        <translation>18 characters; birth date and gender are filled from it</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="129" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="134" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="182" />
        <source>{0}: “{1}” is not a real date</source>
        <translation>{0}: “{1}” is not a real date</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="136" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="138" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="139" />
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="140" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="142" />
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="143" />
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="144" />
        <source>Full member</source>
        <translation>Full member</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="145" />
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="146" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="147" />
        <source>Party group</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="148" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="149" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="150" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="150" />
        <source>On roster</source>
        <translation>On roster</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ui/app_lock.py" line="279" />
        <source>Current password or recovery code</source>
        <translation>Current password or recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="280" />
        <source>8 characters or more; a phrase you remember works well</source>
        <translation>8 characters or more; a phrase you remember works well</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="282" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="283" />
        <source>Once more</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="306" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>OrgLifePage</name>
    <message>
        <location filename="../../ui/orglife_page.py" line="54" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="54" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="63" />
        <location filename="../../ui/orglife_page.py" line="214" />
        <source>Problem or opinion</source>
        <translation>Problem or opinion</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="63" />
        <location filename="../../ui/orglife_page.py" line="215" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="64" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="64" />
        <source>the committee</source>
        <translation>the committee</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="66" />
        <source>Add problem…</source>
        <translation>Add problem…</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="68" />
        <source>Delete problem</source>
        <translation>Delete problem</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="81" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="81" />
        <location filename="../../ui/orglife_page.py" line="233" />
        <source>Self-criticism</source>
        <translation>Self-criticism</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="82" />
        <location filename="../../ui/orglife_page.py" line="234" />
        <source>Criticism received</source>
        <translation>Criticism received</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="83" />
        <location filename="../../ui/orglife_page.py" line="235" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="88" />
        <source>Record what was said… (Enter)</source>
        <translation>Record what was said… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="92" />
        <source>Everyone present; names in red have no self-criticism recorded yet.</source>
        <translation>Everyone present; names in red have no self-criticism recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="98" />
        <location filename="../../ui/orglife_page.py" line="246" />
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="98" />
        <location filename="../../ui/orglife_page.py" line="247" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="99" />
        <location filename="../../ui/orglife_page.py" line="248" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="99" />
        <location filename="../../ui/orglife_page.py" line="250" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="100" />
        <location filename="../../ui/orglife_page.py" line="251" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="100" />
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="101" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="106" />
        <source>New item… (Ctrl+N)</source>
        <translation>New item… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="106" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="107" />
        <source>Mark done…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="107" />
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="293" />
        <source>delete the item “{0}”</source>
        <translation>delete the item “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="225" />
        <location filename="../../ui/orglife_page.py" line="294" />
        <source>Moved to the recycle bin: {0}. Ctrl+Z undoes.</source>
        <translation>Moved to the recycle bin: {0}. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="123" />
        <source>1 Preparation</source>
        <translation>1 Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="124" />
        <source>2 Criticism and self-criticism</source>
        <translation>2 Criticism and self-criticism</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="125" />
        <source>3 Remediation list</source>
        <translation>3 Remediation list</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="126" />
        <source>No organisational life meeting recorded in this year. Record it in 3–7 Meetings (kind: organisational life meeting) first; its preparation, criticism and remediation list are kept here.</source>
        <translation>No organisational life meeting recorded in this year. Record it in 3–7 Meetings (kind: organisational life meeting) first; its preparation, criticism and remediation list are kept here.</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="185" />
        <source>Talks in the {0} days before the meeting: {1}. Present but not talked with: {2}</source>
        <translation>Talks in the {0} days before the meeting: {1}. Present but not talked with: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="186" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="192" />
        <source>Source: </source>
        <translation>Source: </translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="213" />
        <source>Problem collected before the meeting</source>
        <translation>Problem collected before the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="224" />
        <source>delete a problem</source>
        <translation>delete a problem</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="232" />
        <source>Criticism and self-criticism — {0}</source>
        <translation>Criticism and self-criticism — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="243" />
        <source>(the committee — type below)</source>
        <translation>(the committee — type below)</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="249" />
        <source>Owner if not a member</source>
        <translation>Owner if not a member</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="252" />
        <location filename="../../ui/orglife_page.py" line="282" />
        <source>Date done</source>
        <translation>Date done</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="253" />
        <location filename="../../ui/orglife_page.py" line="283" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="263" />
        <location filename="../../ui/orglife_page.py" line="272" />
        <source>Remediation item</source>
        <translation>Remediation item</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="281" />
        <source>Mark done — {0}</source>
        <translation>Mark done — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/orglife_page.py" line="204" />
        <source>Nothing recorded for {0}.</source>
        <translation>Nothing recorded for {0}.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/dues_page.py" line="176" />
        <source>Dues received from {0}</source>
        <translation>Dues received from {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="182" />
        <location filename="../../ui/dues_page.py" line="220" />
        <source>M{0}</source>
        <translation>M{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="192" />
        <source>due {0}, paid {1}</source>
        <translation>due {0}, paid {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="202" />
        <source>empty: what is still owed for each month</source>
        <translation>empty: what is still owed for each month</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="212" />
        <source>e.g. paid by a relative; why a payment is more than six months late</source>
        <translation>e.g. paid by a relative; why a payment is more than six months late</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="199" />
        <source>Months *</source>
        <translation>Months *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="187" />
        <source>Not due: not a member of this branch that month, or exempt</source>
        <translation>Not due: not a member of this branch that month, or exempt</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="190" />
        <source>Paid up: {0} paid of {1} due</source>
        <translation>Paid up: {0} paid of {1} due</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="201" />
        <source>Amount a month (yuan)</source>
        <translation>Amount a month (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="204" />
        <source>Date paid *</source>
        <translation>Date paid *</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="206" />
        <source>Collected by</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="211" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="213" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="220" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="223" />
        <source>Nothing to collect for {0}: every month due is paid up.</source>
        <translation>Nothing to collect for {0}: every month due is paid up.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="226" />
        <source>paid up: {0}</source>
        <translation>paid up: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="228" />
        <source>not due (not in this branch then, or exempt): {0}</source>
        <translation>not due (not in this branch then, or exempt): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="229" />
        <source>Grey months cannot be ticked — {0}.</source>
        <translation>Grey months cannot be ticked — {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="229" />
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="244" />
        <source>{0} yuan for {1} months</source>
        <translation>{0} yuan for {1} months</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="61" />
        <source>Print preview — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="69" />
        <source>{0} pages</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="70" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="73" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="76" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="92" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="97" />
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="165" />
        <source>Characters no font can print</source>
        <translation>Characters no font can print</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="166" />
        <source>These characters come out as empty boxes: {0}. Install a font that has them (SimSun-ExtB on Windows, or HanaMinA/B), or choose one in Settings.</source>
        <translation>These characters come out as empty boxes: {0}. Install a font that has them (SimSun-ExtB on Windows, or HanaMinA/B), or choose one in Settings.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/development_page.py" line="59" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="60" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="61" />
        <source>Latest step</source>
        <translation>Latest step</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="63" />
        <source>Next time limit</source>
        <translation>Next time limit</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="56" />
        <source>Step {0}, {1}</source>
        <translation>Step {0}, {1}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/development_page.py" line="143" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="171" />
        <source>Leaving this workplace within three months of the admitting meeting, one is generally not admitted (发展党员工作细则 Art. 19).</source>
        <translation>Leaving this workplace within three months of the admitting meeting, one is generally not admitted (发展党员工作细则 Art. 19).</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="146" />
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="147" />
        <source>Gender *</source>
        <translation>Gender *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="150" />
        <source>Born *</source>
        <translation>Born *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="152" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="153" />
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="155" />
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="159" />
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="160" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="163" />
        <source>Party group to join</source>
        <translation>Party group to join</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="167" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="168" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="169" />
        <source>Leaves the workplace on</source>
        <translation>Leaves the workplace on</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="176" />
        <source>Application handed in on *</source>
        <translation>Application handed in on *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="192" />
        <source>The date of the application is required</source>
        <translation>The date of the application is required</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/plans_page.py" line="93" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="98" />
        <location filename="../../ui/plans_page.py" line="206" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="98" />
        <location filename="../../ui/plans_page.py" line="205" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="99" />
        <location filename="../../ui/plans_page.py" line="207" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="99" />
        <location filename="../../ui/plans_page.py" line="209" />
        <source>Reported to</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="100" />
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="107" />
        <source>New… (Ctrl+N)</source>
        <translation>New… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="107" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="108" />
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="123" />
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="123" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="123" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="123" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="124" />
        <source>Score rule</source>
        <translation>Score rule</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="124" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="124" />
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="124" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="125" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="138" />
        <source>Fill in from the books</source>
        <translation>Fill in from the books</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="139" />
        <source>Actual values of the indicators that name a book (meetings, dues, talks …)</source>
        <translation>Actual values of the indicators that name a book (meetings, dues, talks …)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="141" />
        <source>Save and score (Ctrl+S)</source>
        <translation>Save and score (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="143" />
        <source>Import the committee's indicators…</source>
        <translation>Import the committee's indicators…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="145" />
        <source>Use the demonstration set</source>
        <translation>Use the demonstration set</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="151" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="165" />
        <source>Total score by month</source>
        <translation>Total score by month</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="170" />
        <source>Plans and summaries</source>
        <translation>Plans and summaries</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="171" />
        <source>Benchmark self-assessment</source>
        <translation>Benchmark self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="193" />
        <source> (assessed)</source>
        <translation> (assessed)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="203" />
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="203" />
        <source>Quarter {0}</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="208" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="210" />
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="217" />
        <location filename="../../ui/plans_page.py" line="226" />
        <source>Plan or summary</source>
        <translation>Plan or summary</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="235" />
        <source>delete “{0}”</source>
        <translation>delete “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="237" />
        <source>Moved to the recycle bin: {0}. Ctrl+Z undoes.</source>
        <translation>Moved to the recycle bin: {0}. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="246" />
        <source>No month to assess in this year yet.</source>
        <translation>No month to assess in this year yet.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="256" />
        <source>Indicator set in force: {0} (from {1})</source>
        <translation>Indicator set in force: {0} (from {1})</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="257" />
        <source> — not assessed yet</source>
        <translation> — not assessed yet</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="268" />
        <source>Can be filled in from the books</source>
        <translation>Can be filled in from the books</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="270" />
        <source>Total {0} / {1}</source>
        <translation>Total {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="283" />
        <source>from the books</source>
        <translation>from the books</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="311" />
        <location filename="../../ui/plans_page.py" line="315" />
        <location filename="../../ui/plans_page.py" line="320" />
        <source>Import indicators</source>
        <translation>Import indicators</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="312" />
        <source>Indicator sets (*.json *.xlsx *.xls)</source>
        <translation>Indicator sets (*.json *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="316" />
        <source>In force from (YYYY-MM)</source>
        <translation>In force from (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_page.py" line="321" />
        <source>Imported “{0}”: {1} indicators, {2} points.</source>
        <translation>Imported “{0}”: {1} indicators, {2} points.</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="114" />
        <source>Pledge</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="114" />
        <source>Pledge of {0}</source>
        <translation>Pledge of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="119" />
        <source>The branch (collective pledge)</source>
        <translation>The branch (collective pledge)</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="126" />
        <source>Measurable: how many, by when, to what standard</source>
        <translation>Measurable: how many, by when, to what standard</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="118" />
        <source>Pledged by *</source>
        <translation>Pledged by *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="122" />
        <source>Category *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="124" />
        <source>Pledge *</source>
        <translation>Pledge *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="125" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="127" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="144" />
        <source>Approved on {0}: changing the pledge sends it back for review.</source>
        <translation>Approved on {0}: changing the pledge sends it back for review.</translation>
    </message>
</context>
<context>
    <name>PledgeTableModel</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="70" />
        <source>Pledged by</source>
        <translation>Pledged by</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="72" />
        <source>Party group</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="73" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="74" />
        <source>Pledge</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="75" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="76" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="77" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="80" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="82" />
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="83" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="59" />
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="59" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="59" />
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="63" />
        <source>overdue, nothing done</source>
        <translation>overdue, nothing done</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="64" />
        <source>{0} entries</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="67" />
        <source>in the bin</source>
        <translation>in the bin</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="67" />
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="67" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
</context>
<context>
    <name>PledgesPage</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="439" />
        <source>Search name (pinyin initials work) or pledge</source>
        <translation>Search name (pinyin initials work) or pledge</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="441" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="444" />
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="444" />
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="444" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="445" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="445" />
        <source>Overdue, nothing done</source>
        <translation>Overdue, nothing done</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="446" />
        <source>Not yet concluded</source>
        <translation>Not yet concluded</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="458" />
        <source>New pledge</source>
        <translation>New pledge</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="459" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="460" />
        <source>Copy last year's</source>
        <translation>Copy last year's</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="461" />
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="462" />
        <source>Posting…</source>
        <translation>Posting…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="463" />
        <source>Progress…</source>
        <translation>Progress…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="464" />
        <source>Appraise…</source>
        <translation>Appraise…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="465" />
        <location filename="../../ui/pledges_page.py" line="626" />
        <source>Finalise the year</source>
        <translation>Finalise the year</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="466" />
        <location filename="../../ui/pledges_page.py" line="521" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="467" />
        <source>Recycle bin</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="483" />
        <source>Pledge sheet of the selected member…</source>
        <translation>Pledge sheet of the selected member…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="484" />
        <source>Every pledge sheet…</source>
        <translation>Every pledge sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="471" />
        <source>Pledge → review → posting → progress → year-end appraisal</source>
        <translation>Pledge → review → posting → progress → year-end appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="486" />
        <source>Public pledge board, {0}…</source>
        <translation>Public pledge board, {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="521" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="529" />
        <source>{0}: pledges at a glance</source>
        <translation>{0}: pledges at a glance</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="531" />
        <source>Pledges: {0} · approved {1} · awaiting review {2} · returned {3}</source>
        <translation>Pledges: {0} · approved {1} · awaiting review {2} · returned {3}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="534" />
        <source>Fulfilment rate (兑诺率): {0}</source>
        <translation>Fulfilment rate (兑诺率): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="536" />
        <source>Members: {0} · the branch's own: {1}</source>
        <translation>Members: {0} · the branch's own: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="538" />
        <source>{0}, {1} days, {2}</source>
        <translation>{0}, {1} days, {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="539" />
        <source>Posted: {0}</source>
        <translation>Posted: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="540" />
        <source>Not posted yet</source>
        <translation>Not posted yet</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="542" />
        <source>Conclusions are final</source>
        <translation>Conclusions are final</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="544" />
        <source>No pledge yet: {0}</source>
        <translation>No pledge yet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="548" />
        <source>Past the deadline with nothing done: {0}</source>
        <translation>Past the deadline with nothing done: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="589" />
        <source>Nothing to copy: {0} has no pledges that are not already here.</source>
        <translation>Nothing to copy: {0} has no pledges that are not already here.</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="591" />
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="593" />
        <source>Copied {0} pledges from {1}, awaiting review. Ctrl+Z undoes.</source>
        <translation>Copied {0} pledges from {1}, awaiting review. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="598" />
        <source>Select the pledges to review (Ctrl+A selects all).</source>
        <translation>Select the pledges to review (Ctrl+A selects all).</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="610" />
        <source>Only an approved pledge takes progress entries.</source>
        <translation>Only an approved pledge takes progress entries.</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="619" />
        <source>This pledge was never approved, so it cannot be appraised.</source>
        <translation>This pledge was never approved, so it cannot be appraised.</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="627" />
        <source>Finalise the pledge conclusions of {0}? Every conclusion of the year is then locked: a later change needs a written reason.</source>
        <translation>Finalise the pledge conclusions of {0}? Every conclusion of the year is then locked: a later change needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="628" />
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="632" />
        <source>{0} conclusions are final. Changes now need a reason.</source>
        <translation>{0} conclusions are final. Changes now need a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="643" />
        <source>Restored {0} pledges.</source>
        <translation>Restored {0} pledges.</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="653" />
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="655" />
        <source>{0} pledges moved to the recycle bin. Ctrl+Z undoes.</source>
        <translation>{0} pledges moved to the recycle bin. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="491" />
        <source>Select one of the member's pledges first.</source>
        <translation>Select one of the member's pledges first.</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="205" />
        <source>Public posting of the {0} pledges</source>
        <translation>Public posting of the {0} pledges</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="226" />
        <source>{0}, {1} days, {2}</source>
        <translation>{0}, {1} days, {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="217" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="210" />
        <source>Remove the selected posting</source>
        <translation>Remove the selected posting</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="219" />
        <source>e.g. the notice board in the members' room, the branch's WeChat group</source>
        <translation>e.g. the notice board in the members' room, the branch's WeChat group</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="212" />
        <source>Posted on *</source>
        <translation>Posted on *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="214" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="218" />
        <source>Where *</source>
        <translation>Where *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="220" />
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="221" />
        <source>Recorded so far:</source>
        <translation>Recorded so far:</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../ui/profile_page.py" line="35" />
        <source>the full name, as on the branch's seal</source>
        <translation>the full name, as on the branch's seal</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="40" />
        <source>letters and digits, given by the superior committee</source>
        <translation>letters and digits, given by the superior committee</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="47" />
        <source>The day the branch starts keeping its books here: duties before it are shown as “before the start”, never overdue, and dues fall due from it.</source>
        <translation>The day the branch starts keeping its books here: duties before it are shown as “before the start”, never overdue, and dues fall due from it.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="84" />
        <source>{0}: “{1}” is not a real date</source>
        <translation>{0}: “{1}” is not a real date</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.py" line="117" />
        <source>Party groups…</source>
        <translation>Party groups…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="118" />
        <source>Change the records start…</source>
        <translation>Change the records start…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="116" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="150" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="161" />
        <source>The earliest record entered is of {0}.</source>
        <translation>The earliest record entered is of {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="162" />
        <location filename="../../ui/profile_page.py" line="174" />
        <source>Records start</source>
        <translation>Records start</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="163" />
        <source>New records start (年-月-日). Duties before it are not counted as overdue.</source>
        <translation>New records start (年-月-日). Duties before it are not counted as overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="170" />
        <source>“{0}” is not a real date</source>
        <translation>“{0}” is not a real date</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="174" />
        <source>Why does it change?</source>
        <translation>Why does it change?</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="139" />
        <source>Save the profile first.</source>
        <translation>Save the profile first.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="248" />
        <source>Progress of {0}'s pledge</source>
        <translation>Progress of {0}'s pledge</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="254" />
        <source>Target: {0}</source>
        <translation>Target: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="256" />
        <source>Deadline: {0}</source>
        <translation>Deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="262" />
        <source>Remove entry</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="265" />
        <source>Undo remove</source>
        <translation>Undo remove</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="274" />
        <location filename="../../ui/pledges_page.py" line="324" />
        <location filename="../../ui/pledges_page.py" line="334" />
        <source>No files</source>
        <translation>No files</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="275" />
        <source>Add photos or scans…</source>
        <translation>Add photos or scans…</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="268" />
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="270" />
        <source>What was done *</source>
        <translation>What was done *</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="271" />
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="282" />
        <location filename="../../ui/pledges_page.py" line="319" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="284" />
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="286" />
        <source>Add entry</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="313" />
        <source> (confirmed by {0})</source>
        <translation> (confirmed by {0})</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="91" />
        <source>{0}: “{1}” is not a real date</source>
        <translation>{0}: “{1}” is not a real date</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/app_lock.py" line="320" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="322" />
        <source>Keep this recovery code in the branch's safe</source>
        <translation>Keep this recovery code in the branch's safe</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="323" />
        <source>If the password is forgotten, this code opens the branch's data. It is shown only now. Print the sheet or copy it by hand, and keep it apart from the laptop.</source>
        <translation>If the password is forgotten, this code opens the branch's data. It is shown only now. Print the sheet or copy it by hand, and keep it apart from the laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="335" />
        <location filename="../../ui/app_lock.py" line="351" />
        <source>Save the sheet to print (PDF)…</source>
        <translation>Save the sheet to print (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="338" />
        <source>I have printed or copied the code and will keep it in the safe</source>
        <translation>I have printed or copied the code and will keep it in the safe</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/pledges_page.py" line="171" />
        <source>Review {0} pledges</source>
        <translation>Review {0} pledges</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="173" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="175" />
        <source>Return for rework</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="182" />
        <source>(no meeting)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="188" />
        <source>the meeting's date</source>
        <translation>the meeting's date</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="180" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="181" />
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="187" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pledges_page.py" line="189" />
        <source>Comment (required when returning)</source>
        <translation>Comment (required when returning)</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/roster_page.py" line="37" />
        <source>Search name or pinyin initials (e.g. zs)  Ctrl+F</source>
        <translation>Search name or pinyin initials (e.g. zs)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="41" />
        <source>All memberships</source>
        <translation>All memberships</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="46" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="50" />
        <source>Show members who left</source>
        <translation>Show members who left</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="62" />
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="63" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="64" />
        <source>Leaves branch…</source>
        <translation>Leaves branch…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="65" />
        <source>Undo leaving…</source>
        <translation>Undo leaving…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="66" />
        <source>Discipline and membership…</source>
        <translation>Discipline and membership…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="68" />
        <source>Party groups…</source>
        <translation>Party groups…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="69" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="70" />
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="95" />
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="109" />
        <source>{0} shown</source>
        <translation>{0} shown</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="145" />
        <source>Undo leaving</source>
        <translation>Undo leaving</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="146" />
        <source>Why is {0} back on the roster?</source>
        <translation>Why is {0} back on the roster?</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="164" />
        <source>留党察看 (probation in the Party)</source>
        <translation>留党察看 (probation in the Party)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="164" />
        <source>恢复党员权利 (rights restored)</source>
        <translation>恢复党员权利 (rights restored)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="165" />
        <source>除名 (struck off after 停止党籍)</source>
        <translation>除名 (struck off after 停止党籍)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="166" />
        <source>What was decided?</source>
        <translation>What was decided?</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="169" />
        <source>Date of the decision (年-月-日)</source>
        <translation>Date of the decision (年-月-日)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="175" />
        <source>“{0}” is not a real date</source>
        <translation>“{0}” is not a real date</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="179" />
        <source>The decision (who decided, document number):</source>
        <translation>The decision (who decided, document number):</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="184" />
        <source>For how many years (1 or 2)?</source>
        <translation>For how many years (1 or 2)?</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="212" />
        <source>Export roster</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="212" />
        <source>roster.xlsx</source>
        <translation>roster.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="220" />
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="221" />
        <source>Exporting the roster…</source>
        <translation>Exporting the roster…</translation>
    </message>
</context>
<context>
    <name>RuleValueDialog</name>
    <message>
        <location filename="../../ui/standards_dialog.py" line="81" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="84" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="130" />
        <source>One item a line</source>
        <translation>One item a line</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="135" />
        <source>Our value</source>
        <translation>Our value</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="137" />
        <source>Why (e.g. the local rule that sets it)</source>
        <translation>Why (e.g. the local rule that sets it)</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="138" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="168" />
        <source>This is not a value this rule takes.</source>
        <translation>This is not a value this rule takes.</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <location filename="../../ui/app_lock.py" line="62" />
        <source>Password or recovery code</source>
        <translation>Password or recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="65" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="69" />
        <source>Forgot the password? The recovery code from the branch's safe opens the data too.</source>
        <translation>Forgot the password? The recovery code from the branch's safe opens the data too.</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="86" />
        <source>Type the password.</source>
        <translation>Type the password.</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="102" />
        <source>The password or recovery code is wrong.</source>
        <translation>The password or recovery code is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="121" />
        <source>The password or recovery code is wrong. Try again.</source>
        <translation>The password or recovery code is wrong. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="123" />
        <source>Wrong {0} times. Wait {1} s before the next try.</source>
        <translation>Wrong {0} times. Wait {1} s before the next try.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43" />
        <source>Standard (10.5 pt)</source>
        <translation>Standard (10.5 pt)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43" />
        <source>Large (12 pt)</source>
        <translation>Large (12 pt)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44" />
        <source>Extra large (14 pt)</source>
        <translation>Extra large (14 pt)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49" />
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51" />
        <source>Fonts for printed forms</source>
        <translation>Fonts for printed forms</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55" />
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55" />
        <source>Prose (仿宋)</source>
        <translation>Prose (仿宋)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55" />
        <source>Tables (宋体)</source>
        <translation>Tables (宋体)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56" />
        <source>Headings (黑体)</source>
        <translation>Headings (黑体)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62" />
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63" />
        <location filename="../../ui/settings_dialog.py" line="87" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69" />
        <source>In use: {0}</source>
        <translation>In use: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70" />
        <source>Looked for in this order: {0}</source>
        <translation>Looked for in this order: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76" />
        <source>Without the official fonts a title takes 中宋, then 黑体, then 宋体; prose without 仿宋 takes 宋体, then 楷体. A rare character a font lacks (such as 𠮷) is printed with the first of: {0}; one that no font has is named when the form is printed.</source>
        <translation>Without the official fonts a title takes 中宋, then 黑体, then 宋体; prose without 仿宋 takes 宋体, then 楷体. A rare character a font lacks (such as 𠮷) is printed with the first of: {0}; one that no font has is named when the form is printed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82" />
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84" />
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86" />
        <source>default (per-user data folder)</source>
        <translation>default (per-user data folder)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92" />
        <source>Open next time</source>
        <translation>Open next time</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98" />
        <source>Read all of it out when the committee phones: your bundles are held until it confirms this key</source>
        <translation>Read all of it out when the committee phones: your bundles are held until it confirms this key</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99" />
        <source>Signing key fingerprint</source>
        <translation>Signing key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103" />
        <source>Language and data folder take effect the next time Branch Desk starts.</source>
        <translation>Language and data folder take effect the next time Branch Desk starts.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123" />
        <source>The branch's data</source>
        <translation>The branch's data</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129" />
        <source>Lock the window after</source>
        <translation>Lock the window after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="130" />
        <source>Change the password…</source>
        <translation>Change the password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132" />
        <source>New recovery code…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134" />
        <source>Encrypt the branch's data…</source>
        <translation>Encrypt the branch's data…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="147" />
        <source>Encrypted (SQLCipher, AES-256): the data, its backups and attachments open only with the password or the recovery code.</source>
        <translation>Encrypted (SQLCipher, AES-256): the data, its backups and attachments open only with the password or the recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="149" />
        <source>Not encrypted: anyone who has the laptop or a backup can read the members' ID numbers and phone numbers. Encrypt it.</source>
        <translation>Not encrypted: anyone who has the laptop or a backup can read the members' ID numbers and phone numbers. Encrypt it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161" />
        <location filename="../../ui/settings_dialog.py" line="171" />
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="162" />
        <source>The data is not re-encrypted: only the key that opens it is locked under the new password. The recovery code stays the same.</source>
        <translation>The data is not re-encrypted: only the key that opens it is locked under the new password. The recovery code stays the same.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171" />
        <source>The password is changed.</source>
        <translation>The password is changed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176" />
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177" />
        <source>The old recovery code stops working. Current password:</source>
        <translation>The old recovery code stops working. Current password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193" />
        <source>Encrypt the branch's data</source>
        <translation>Encrypt the branch's data</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="194" />
        <source>A verified backup is made first. Then the data, every backup and every attachment are encrypted; from then on the password (or the recovery code you get next) opens them. Do not lose both.</source>
        <translation>A verified backup is made first. Then the data, every backup and every attachment are encrypted; from then on the password (or the recovery code you get next) opens them. Do not lose both.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201" />
        <source>Choose a TrueType font</source>
        <translation>Choose a TrueType font</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="206" />
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup_dialog.py" line="27" />
        <source>Welcome to Branch Desk</source>
        <translation>Welcome to Branch Desk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="29" />
        <source>Tell us about your party branch. Everything stays on this computer, in:
{0}</source>
        <translation>Tell us about your party branch. Everything stays on this computer, in:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="35" />
        <source>Create workspace</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="38" />
        <source>Just look around with a demo branch</source>
        <translation>Just look around with a demo branch</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="50" />
        <source>Password (encrypts the branch's data on this laptop)</source>
        <translation>Password (encrypts the branch's data on this laptop)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="54" />
        <source>8 characters or more; a phrase you remember works well</source>
        <translation>8 characters or more; a phrase you remember works well</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="56" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="57" />
        <source>Once more</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="58" />
        <source>Do not encrypt (not advised: anyone with the laptop can read the members' ID numbers)</source>
        <translation>Do not encrypt (not advised: anyone with the laptop can read the members' ID numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="73" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="112" />
        <source>Opening the demo branch…</source>
        <translation>Opening the demo branch…</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <location filename="../../ui/standards_dialog.py" line="178" />
        <source>Rules and their sources</source>
        <translation>Rules and their sources</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="181" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="181" />
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="181" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="182" />
        <source>Branch's own value</source>
        <translation>Branch's own value</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="195" />
        <source>Set our own value…</source>
        <translation>Set our own value…</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="197" />
        <source>Back to the default</source>
        <translation>Back to the default</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="199" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="222" />
        <source>yes: {0}</source>
        <translation>yes: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="224" />
        <source>default: {0}</source>
        <translation>default: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/standards_dialog.py" line="260" />
        <source>Saved. The 工作台 now uses the branch's value.</source>
        <translation>Saved. The 工作台 now uses the branch's value.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/development_page.py" line="204" />
        <source>Record a step for {0}</source>
        <translation>Record a step for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="208" />
        <source>Step *</source>
        <translation>Step *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="213" />
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="215" />
        <location filename="../../ui/development_page.py" line="268" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="216" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="225" />
        <source>Deciding meeting</source>
        <translation>Deciding meeting</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="226" />
        <source>Conclusion *</source>
        <translation>Conclusion *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="227" />
        <source>Training days</source>
        <translation>Training days</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="229" />
        <source>Training hours</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="231" />
        <source>Extend by (months)</source>
        <translation>Extend by (months)</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="233" />
        <source>Posted from</source>
        <translation>Posted from</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="234" />
        <source>Posted until</source>
        <translation>Posted until</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="235" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="236" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="262" />
        <source>Nothing can be recorded for this person now.</source>
        <translation>Nothing can be recorded for this person now.</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="266" />
        <source>Who talked *</source>
        <translation>Who talked *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="266" />
        <location filename="../../ui/development_page.py" line="267" />
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="270" />
        <source>Introducers (2 full members) *</source>
        <translation>Introducers (2 full members) *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="271" />
        <source>Contact persons (1–2) *</source>
        <translation>Contact persons (1–2) *</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="274" />
        <source>(not linked to a recorded meeting)</source>
        <translation>(not linked to a recorded meeting)</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="289" />
        <source>Stage {0}: {1}</source>
        <translation>Stage {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="290" />
        <source>Source: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="308" />
        <source>{0} working days (at least {1}){2}</source>
        <translation>{0} working days (at least {1}){2}</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../ui/development_page.py" line="115" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="117" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="118" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="119" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="120" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/development_page.py" line="121" />
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <location filename="../../ui/talks_page.py" line="36" />
        <source>Heart-to-heart talk</source>
        <translation>Heart-to-heart talk</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="39" />
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="41" />
        <source>Talked with *</source>
        <translation>Talked with *</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="44" />
        <source>By *</source>
        <translation>By *</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="47" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="48" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="49" />
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="50" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>TalkTableModel</name>
    <message>
        <location filename="../../ui/talks_page.py" line="25" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="26" />
        <source>Talked with</source>
        <translation>Talked with</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="27" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="28" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="29" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <location filename="../../ui/talks_page.py" line="84" />
        <source>New talk</source>
        <translation>New talk</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="85" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="86" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="124" />
        <source>Choose a talk first.</source>
        <translation>Choose a talk first.</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="128" />
        <source>delete the talk with {0}</source>
        <translation>delete the talk with {0}</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="130" />
        <source>The talk with {0} of {1} is in the recycle bin. Ctrl+Z undoes.</source>
        <translation>The talk with {0} of {1} is in the recycle bin. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="106" />
        <source>Nobody has talked with these members in {0} yet: {1}</source>
        <translation>Nobody has talked with these members in {0} yet: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/talks_page.py" line="107" />
        <source>Every member has had a talk in {0}.</source>
        <translation>Every member has had a talk in {0}.</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../ui/transfers_page.py" line="43" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="50" />
        <location filename="../../ui/transfers_page.py" line="60" />
        <location filename="../../ui/transfers_page.py" line="178" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="50" />
        <location filename="../../ui/transfers_page.py" line="186" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="51" />
        <location filename="../../ui/transfers_page.py" line="141" />
        <source>Letter no.</source>
        <translation>Letter no.</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="51" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="52" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="52" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="53" />
        <source>Dues paid to</source>
        <translation>Dues paid to</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="54" />
        <source>Receipt / reported</source>
        <translation>Receipt / reported</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="54" />
        <source>not back</source>
        <translation>not back</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="55" />
        <location filename="../../ui/transfers_page.py" line="144" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="60" />
        <location filename="../../ui/transfers_page.py" line="230" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="61" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="62" />
        <source>Fixed place</source>
        <translation>Fixed place</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="62" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="62" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="63" />
        <source>Card no.</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="63" />
        <location filename="../../ui/transfers_page.py" line="234" />
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="64" />
        <location filename="../../ui/transfers_page.py" line="235" />
        <source>How dues are paid</source>
        <translation>How dues are paid</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="64" />
        <location filename="../../ui/transfers_page.py" line="236" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="65" />
        <location filename="../../ui/transfers_page.py" line="237" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="66" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="83" />
        <source>Issue a transfer letter…</source>
        <translation>Issue a transfer letter…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="84" />
        <source>Receipt came back…</source>
        <translation>Receipt came back…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="85" />
        <location filename="../../ui/transfers_page.py" line="87" />
        <source>Take back (Del)</source>
        <translation>Take back (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="85" />
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="86" />
        <source>Register an incoming letter…</source>
        <translation>Register an incoming letter…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="87" />
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="88" />
        <source>Register a member away…</source>
        <translation>Register a member away…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="89" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="90" />
        <source>Heard from them today</source>
        <translation>Heard from them today</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="91" />
        <source>Returned…</source>
        <translation>Returned…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="92" />
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="92" />
        <source>Members away</source>
        <translation>Members away</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="127" />
        <source>Source: </source>
        <translation>Source: </translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="138" />
        <source>Date issued</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="139" />
        <source>Coming from</source>
        <translation>Coming from</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="139" />
        <source>Going to</source>
        <translation>Going to</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="142" />
        <source>Valid for (days)</source>
        <translation>Valid for (days)</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="143" />
        <source>Dues paid to (YYYY-MM)</source>
        <translation>Dues paid to (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="145" />
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="145" />
        <location filename="../../ui/transfers_page.py" line="212" />
        <source>Receipt back on</source>
        <translation>Receipt back on</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="156" />
        <location filename="../../ui/transfers_page.py" line="229" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="161" />
        <source>Transfer letter out</source>
        <translation>Transfer letter out</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="179" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="180" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="181" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="182" />
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="183" />
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="184" />
        <source>Joined the Party</source>
        <translation>Joined the Party</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="185" />
        <source>Became full member</source>
        <translation>Became full member</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="187" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="188" />
        <source>Party group</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="189" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="199" />
        <source>Incoming transfer letter</source>
        <translation>Incoming transfer letter</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="211" />
        <source>Receipt came back — {0}</source>
        <translation>Receipt came back — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="222" />
        <source>take back the letter of {0}</source>
        <translation>take back the letter of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="223" />
        <source>The letter of {0} is taken back. Ctrl+Z undoes.</source>
        <translation>The letter of {0} is taken back. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="231" />
        <source>Away since</source>
        <translation>Away since</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="232" />
        <source>Fixed place of work or residence</source>
        <translation>Fixed place of work or residence</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="233" />
        <source>Activity card no.</source>
        <translation>Activity card no.</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="246" />
        <location filename="../../ui/transfers_page.py" line="253" />
        <source>Member away</source>
        <translation>Member away</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="267" />
        <source>Returned — {0}</source>
        <translation>Returned — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="268" />
        <source>Returned on</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="277" />
        <source>delete {0} (away)</source>
        <translation>delete {0} (away)</translation>
    </message>
    <message>
        <location filename="../../ui/transfers_page.py" line="278" />
        <source>{0} moved to the recycle bin. Ctrl+Z undoes.</source>
        <translation>{0} moved to the recycle bin. Ctrl+Z undoes.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/app_lock.py" line="132" />
        <source>Branch Desk — unlock</source>
        <translation>Branch Desk — unlock</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="134" />
        <source>The branch's data is encrypted</source>
        <translation>The branch's data is encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="135" />
        <source>Data folder: {0}</source>
        <translation>Data folder: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app_lock.py" line="139" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../ui/app_lock.py" line="171" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>_Handle</name>
    <message>
        <location filename="../../ui/tasks.py" line="101" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="102" />
        <source>Working</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="51" />
        <location filename="../../ui/app.py" line="195" />
        <source>Branch Desk</source>
        <translation>Branch Desk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="42" />
        <location filename="../../ui/app.py" line="91" />
        <location filename="../../ui/app.py" line="106" />
        <location filename="../../ui/app.py" line="161" />
        <location filename="../../ui/app.py" line="237" />
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="92" />
        <source>Restore from a backup now?</source>
        <translation>Restore from a backup now?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95" />
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136" />
        <source>The branch data is missing</source>
        <translation>The branch data is missing</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138" />
        <source>Restore the newest backup</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="140" />
        <location filename="../../ui/app.py" line="151" />
        <source>Open another folder…</source>
        <translation>Open another folder…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="141" />
        <location filename="../../ui/app.py" line="154" />
        <source>New branch</source>
        <translation>New branch</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154" />
        <source>Start a new, empty branch in {0}? The backups in its folder stay where they are.</source>
        <translation>Start a new, empty branch in {0}? The backups in its folder stay where they are.</translation>
    </message>
    <message>
        <location filename="../../ui/committee_window.py" line="401" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/context.py" line="114" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="115" />
        <source>Something went wrong inside Branch Desk. What was saved before is kept in complete transactions, but it has not been checked yet: use “Check data” to be sure.
Please send the log file to whoever supports you:
{0}</source>
        <translation>Something went wrong inside Branch Desk. What was saved before is kept in complete transactions, but it has not been checked yet: use “Check data” to be sure.
Please send the log file to whoever supports you:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="119" />
        <location filename="../../ui/context.py" line="131" />
        <location filename="../../ui/context.py" line="135" />
        <location filename="../../ui/context.py" line="138" />
        <source>Check data</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="120" />
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="131" />
        <source>The check failed: {0}</source>
        <translation>The check failed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="136" />
        <source>The data was checked and is intact.</source>
        <translation>The data was checked and is intact.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="15" />
        <source>Backups and restore</source>
        <translation>Backups and restore</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="16" />
        <source>Send the monthly bundle</source>
        <translation>Send the monthly bundle</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="17" />
        <source>Print the yearly volume</source>
        <translation>Print the yearly volume</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="18" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="19" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="20" />
        <source>Lock the window (the password opens it again)</source>
        <translation>Lock the window (the password opens it again)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="21" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="22" />
        <source>Go to a book (Alt+1 … Alt+0)</source>
        <translation>Go to a book (Alt+1 … Alt+0)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="23" />
        <source>New record (member, meeting, pledge, payment…)</source>
        <translation>New record (member, meeting, pledge, payment…)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="24" />
        <source>Open or edit the selected record</source>
        <translation>Open or edit the selected record</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="25" />
        <source>Delete into the recycle bin (or take back a payment)</source>
        <translation>Delete into the recycle bin (or take back a payment)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="26" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="27" />
        <source>Redo (also Ctrl+Y)</source>
        <translation>Redo (also Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="28" />
        <source>Print the page's main form</source>
        <translation>Print the page's main form</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="29" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="30" />
        <source>Save (a dialog, the branch profile, a self-assessment)</source>
        <translation>Save (a dialog, the branch profile, a self-assessment)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="31" />
        <source>Import a roster spreadsheet</source>
        <translation>Import a roster spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="32" />
        <source>Export the roster to Excel</source>
        <translation>Export the roster to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="33" />
        <source>Set a member's dues base</source>
        <translation>Set a member's dues base</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="34" />
        <source>Hand dues up to the committee</source>
        <translation>Hand dues up to the committee</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="35" />
        <source>Record the next step</source>
        <translation>Record the next step</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="36" />
        <source>Edit the applicant's details</source>
        <translation>Edit the applicant's details</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="37" />
        <source>Review the selected pledges</source>
        <translation>Review the selected pledges</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="38" />
        <source>Record progress on a pledge</source>
        <translation>Record progress on a pledge</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39" />
        <source>Year-end appraisal of a pledge</source>
        <translation>Year-end appraisal of a pledge</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59" />
        <source>Anywhere</source>
        <translation>Anywhere</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60" />
        <source>On every book's page</source>
        <translation>On every book's page</translation>
    </message>
</context>
</TS>