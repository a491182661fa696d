<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AccountsController</name>
    <message>
        <source>账户(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>锁屏</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>用户管理…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <source>审计日志…</source>
        <translation>Audit log…</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>登记时可选的问题属地。停用一个区县会同时停用它下面的乡镇街道；已登记的事项不受影响。这一页的修改点按钮后立即保存；各终端的登记表在程序重新打开后显示新的列表。</source>
        <translation>Locations that can be chosen at registration. Deactivating a district also deactivates its towns and streets; registered matters are not affected. Changes on this page are saved as soon as you press a button; registration forms show the new list after the program is restarted.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新增属地</source>
        <translation>Add a location</translation>
    </message>
    <message>
        <source>如 460108104</source>
        <translation>e.g. 460108104</translation>
    </message>
    <message>
        <source>乡镇、街道或区县的名称</source>
        <translation>Name of the town, street or district</translation>
    </message>
    <message>
        <source>上级</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>选中的属地</source>
        <translation>Selected location</translation>
    </message>
    <message>
        <source>（无上级：新增省级属地）</source>
        <translation>(No parent: add a province-level location)</translation>
    </message>
    <message>
        <source>已新增属地“{name}”（代码 {code}）</source>
        <translation>Added location “{name}” (code {code})</translation>
    </message>
    <message>
        <source>已停用“{name}”及其下级 {count} 个属地</source>
        <translation>Deactivated “{name}” and {count} locations under it</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <source>请选择问题属地（点击或直接输入查找）</source>
        <translation>Choose the location of the problem (click, or type to search)</translation>
    </message>
</context>
<context>
    <name>AreaPopup</name>
    <message>
        <source>输入名称或代码查找</source>
        <translation>Type a name or code to search</translation>
    </message>
    <message>
        <source>没有符合的属地，请换个名称或代码</source>
        <translation>No matching location; try another name or code</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>对象（如编号、设置项）</source>
        <translation>Subject (e.g. a number or a setting)</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>终端</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>对象类型</source>
        <translation>Subject type</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>校验完整性</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>共 {total} 条，显示最近的 {shown} 条；请缩小范围，或导出全部</source>
        <translation>Entries: {total}; showing the latest {shown}. Narrow the filters, or export them all</translation>
    </message>
    <message>
        <source>共 {total} 条</source>
        <translation>Entries: {total}</translation>
    </message>
    <message>
        <source>审计日志完整：{count} 条记录的校验链均未被改动</source>
        <translation>The audit log is intact: the check chain is unchanged (entries: {count})</translation>
    </message>
    <message>
        <source>审计日志被改动过：终端 {terminal} 的第 {seq} 条记录（{reason}）。请报告管理员。</source>
        <translation>The audit log has been altered: entry {seq} of terminal {terminal} ({reason}). Please tell the administrator.</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>已导出 {rows} 条到 {path}</source>
        <translation>Exported to {path} (entries: {rows})</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>星期一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>1月</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>2月</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>3月</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>4月</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <source>6月</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>7月</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>8月</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>9月</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>10月</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>11月</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>{number}号窗口</source>
        <translation>Window {number}</translation>
    </message>
    <message>
        <source>{year}年{month}{day}日 {weekday}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{month}{day}日 {weekday}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{name}（{post}）</source>
        <translation>{name} ({post})</translation>
    </message>
    <message>
        <source>分管：{portfolio}</source>
        <translation>In charge of: {portfolio}</translation>
    </message>
    <message>
        <source>地点：{place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message numerus="yes">
        <source>等候 %n 人</source>
        <translation>
            <numerusform>%n person waiting</numerusform>
            <numerusform>%n people waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>请到 {window}</source>
        <translation>Please go to {window}</translation>
    </message>
    <message>
        <source>叫号显示屏</source>
        <translation>Queue display board</translation>
    </message>
    <message>
        <source>正在呼叫</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>暂无叫号</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>等候叫号</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>请留意叫号，过号请到前台咨询</source>
        <translation>Please listen for your number; if you missed it, ask at the front desk</translation>
    </message>
    <message>
        <source>数据暂时无法更新（最后更新 {time}）</source>
        <translation>Data cannot be updated right now (last update {time})</translation>
    </message>
    <message>
        <source>数据暂时无法读取，正在重试…</source>
        <translation>Data cannot be read right now, retrying…</translation>
    </message>
    <message>
        <source>今日领导接访</source>
        <translation>Leader reception today</translation>
    </message>
    <message>
        <source>近期领导接访</source>
        <translation>Coming leader receptions</translation>
    </message>
    <message>
        <source>暂无等候</source>
        <translation>Nobody waiting</translation>
    </message>
    <message>
        <source>即将叫号</source>
        <translation>Called shortly</translation>
    </message>
    <message>
        <source>预计约 {low}–{high} 分钟</source>
        <translation>About {low}–{high} min</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>领导接访预约</source>
        <translation>Book a leader reception</translation>
    </message>
    <message>
        <source>现场预约</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>电话预约</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>18 位居民身份证号码</source>
        <translation>18-digit resident ID card number</translation>
    </message>
    <message>
        <source>已登记事项的信访件编号（可不填）</source>
        <translation>Case number of a registered matter (optional)</translation>
    </message>
    <message>
        <source>接访场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>预约时段</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <source>预约方式</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>来访人数</source>
        <translation>Number of visitors</translation>
    </message>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>内容分类</source>
        <translation>Content category</translation>
    </message>
    <message>
        <source>反映问题</source>
        <translation>Issue raised</translation>
    </message>
    <message>
        <source>破例预约（须经科长同意）</source>
        <translation>Exception booking (needs a section chief&apos;s approval)</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>打印预约单（A4）…</source>
        <translation>Print booking slip (A4)…</translation>
    </message>
    <message>
        <source>打印预约单（80毫米）…</source>
        <translation>Print booking slip (80 mm)…</translation>
    </message>
    <message>
        <source>预览预约单，再打印或另存为PDF</source>
        <translation>Preview the booking slip, then print it or save it as PDF</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{day} {time} {leader}（{post}）{place}  余 {free} 个</source>
        <translation>{day} {time} {leader} ({post}) {place}  free: {free}</translation>
    </message>
    <message>
        <source>（按信访件）</source>
        <translation>(from the case)</translation>
    </message>
    <message>
        <source>{time}（余 {free}）</source>
        <translation>{time} (free: {free})</translation>
    </message>
    <message>
        <source>请选择可预约的接访场次</source>
        <translation>Choose a session that can still be booked</translation>
    </message>
    <message>
        <source>已预约：预约号 {code}，{day} {time}，{leader}。请打印预约单交来访人。</source>
        <translation>Booked: booking code {code}, {day} {time}, {leader}. Print the booking slip for the visitor.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>标记为已录入全年节假日</source>
        <translation>Mark the whole year&apos;s holidays as entered</translation>
    </message>
    <message>
        <source>红色：休息日（周末和法定节假日）；蓝色：调休上班的周末；紫框：本中心录入的日期。点一天可在右侧录入。</source>
        <translation>Red: rest days (weekends and public holidays); blue: weekends that are working days; purple frame: days entered by this centre. Click a day to enter it on the right.</translation>
    </message>
    <message>
        <source>本中心录入的日期</source>
        <translation>Days entered by this centre</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>删除选中的录入</source>
        <translation>Delete the selected entry</translation>
    </message>
    <message>
        <source>录入或修改一天</source>
        <translation>Enter or change a day</translation>
    </message>
    <message>
        <source>如 国庆节、调休上班</source>
        <translation>e.g. National Day, make-up working day</translation>
    </message>
    <message>
        <source>保存这一天</source>
        <translation>Save this day</translation>
    </message>
    <message>
        <source>期限按这里的日历计算：录入或删除一天后，受影响的未办结信访事项的截止日期会立即重新计算。修改点按钮后立即保存，对所有终端生效。</source>
        <translation>Deadlines are counted on this calendar: when you enter or delete a day, the deadlines of the open cases it affects are recalculated at once. Changes are saved as soon as you press a button and apply to all terminals.</translation>
    </message>
    <message>
        <source>{year} 年：按国务院办公厅节假日安排计算（程序已内置）</source>
        <translation>{year}: counted on the State Council holiday schedule (built into the program)</translation>
    </message>
    <message>
        <source>{year} 年：已由 {who} 录入全年节假日，期限不再是估算</source>
        <translation>{year}: the whole year&apos;s holidays were entered by {who}; deadlines are no longer estimates</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>{year} 年：尚无节假日安排，期限按周末估算</source>
        <translation>{year}: no holiday schedule yet; deadlines are estimated on weekends only</translation>
    </message>
    <message>
        <source>程序里还没有 {year} 年的国务院节假日安排（目前内置到 {last} 年）。这一年的期限暂按“周六、周日休息”估算，登记表和回执上会注明“估算”。国务院办公厅发布该年放假通知后，请把每个放假的工作日录入为“休息日”，把调休上班的周六、周日录入为“调休上班日”，全部录完后点“标记为已录入全年节假日”。</source>
        <translation>The program does not have the State Council holiday schedule for {year} yet (it has them up to {last}). For now, deadlines in this year are estimated with Saturdays and Sundays as the only rest days, and registration forms and receipts say “estimated”. When the State Council General Office publishes the year&apos;s holiday notice, enter each weekday off as a “Rest day” and each Saturday or Sunday worked as a “Make-up working day”, then press “Mark the whole year&apos;s holidays as entered”.</translation>
    </message>
    <message>
        <source>国务院安排：程序里没有这一年的安排。</source>
        <translation>State Council schedule: the program has none for this year.</translation>
    </message>
    <message>
        <source>{name}：{first}–{last} 放假</source>
        <translation>{name}: off {first}–{last}</translation>
    </message>
    <message>
        <source>，{days} 上班</source>
        <translation>; working on {days}</translation>
    </message>
    <message>
        <source>国务院安排：</source>
        <translation>State Council schedule:</translation>
    </message>
    <message>
        <source>撤销“已录入”标记</source>
        <translation>Remove the “entered” mark</translation>
    </message>
    <message>
        <source>已保存 {day}。</source>
        <translation>Saved {day}.</translation>
    </message>
    <message>
        <source>已删除 {day} 的录入，这一天按国务院安排（或周末）计算。</source>
        <translation>Deleted the entry for {day}; the day now follows the State Council schedule (or the weekend).</translation>
    </message>
    <message>
        <source>{year} 年已标记为已录入全年节假日，期限不再注明估算。</source>
        <translation>{year} is marked as having all its holidays entered; deadlines are no longer marked as estimated.</translation>
    </message>
    <message>
        <source>{year} 年的“已录入”标记已撤销，期限重新按估算注明。</source>
        <translation>The “entered” mark of {year} was removed; deadlines are marked as estimated again.</translation>
    </message>
    <message numerus="yes">
        <source>%n 件未办结信访事项的期限随之重新计算。</source>
        <translation>
            <numerusform>The deadlines of %n open case were recalculated.</numerusform>
            <numerusform>The deadlines of %n open cases were recalculated.</numerusform>
        </translation>
    </message>
    <message>
        <source>{month}月{day}日</source>
        <translation>{month}-{day}</translation>
    </message>
</context>
<context>
    <name>Calling</name>
    <message>
        <source>当日未办结，跨日自动关闭</source>
        <translation>Not finished on the day; closed automatically after midnight</translation>
    </message>
</context>
<context>
    <name>CallingOptionsPage</name>
    <message>
        <source>叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <source>同一号票最多重呼几次；0 表示不能重呼</source>
        <translation>How many times one ticket may be recalled; 0 means no recalls</translation>
    </message>
    <message>
        <source>重呼次数上限：</source>
        <translation>Recall limit:</translation>
    </message>
    <message>
        <source>大厅显示屏用语音播报叫号</source>
        <translation>Announce calls by voice on the hall display board</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>期限与登记结果</source>
        <translation>Deadlines and registration result</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>查询码</source>
        <translation>Enquiry code</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>出具文书</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <source>期限涉及的年份尚无国务院节假日安排，暂按周六、周日休息估算，节假日公布后日期可能变动。</source>
        <translation>The holidays of a year in this period are not published yet: Saturdays and Sundays are counted as rest days for now, and the dates may change once the holidays are published.</translation>
    </message>
    <message>
        <source>选择办理方式后显示</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>不适用（不作为信访事项受理）</source>
        <translation>Not applicable (not accepted as a letters-and-visits matter)</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>当场受理</source>
        <translation>Accepted on the spot</translation>
    </message>
    <message>
        <source>承办单位受理后起算</source>
        <translation>After the unit accepts</translation>
    </message>
    <message>
        <source>保存后生成</source>
        <translation>Assigned when saved</translation>
    </message>
    <message>
        <source>尚未登记</source>
        <translation>Not registered yet</translation>
    </message>
    <message>
        <source>{status}（重复访）</source>
        <translation>{status} (repeat visit)</translation>
    </message>
</context>
<context>
    <name>CaseTimelineDialog</name>
    <message>
        <source>办理流程</source>
        <translation>Case timeline</translation>
    </message>
    <message>
        <source>这是旧登记，尚无办理步骤记录；记录第一步时会按原登记内容补记登记步骤。</source>
        <translation>This is an older registration with no steps recorded yet; when the first step is recorded, the registration step is added from the original registration.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>起算期限</source>
        <translation>Deadline set</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>更正上一步…</source>
        <translation>Correct the last step…</translation>
    </message>
    <message>
        <source>打印延期告知书</source>
        <translation>Print extension notice</translation>
    </message>
    <message>
        <source>打印进展告知单</source>
        <translation>Print progress notice</translation>
    </message>
    <message>
        <source>预约领导接访…</source>
        <translation>Book a leader reception…</translation>
    </message>
    <message>
        <source>为这件信访件的来访人预约领导接访</source>
        <translation>Book a leader reception for the visitor of this case</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>延期已批准</source>
        <translation>Extension approved</translation>
    </message>
    <message>
        <source>办理期限已延至 {due}。现在打印延期告知书交来访人吗？</source>
        <translation>The handling deadline is now {due}. Print the extension notice for the visitor now?</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>办理流程 {number}</source>
        <translation>Case timeline {number}</translation>
    </message>
    <message>
        <source>来访人 {name}</source>
        <translation>Visitor: {name}</translation>
    </message>
    <message>
        <source>（匿名）</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>收到 {day}</source>
        <translation>Received {day}</translation>
    </message>
    <message>
        <source>分类 {sort}</source>
        <translation>Type: {sort}</translation>
    </message>
    <message>
        <source>{route}：{unit}</source>
        <translation>{route}: {unit}</translation>
    </message>
    <message>
        <source>办理方式 {route}</source>
        <translation>Handling: {route}</translation>
    </message>
    <message numerus="yes">
        <source>来访 %n 次</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>下一期限：无</source>
        <translation>Next deadline: none</translation>
    </message>
    <message numerus="yes">
        <source>下一期限：{label} {day}（已超期 %n 天）</source>
        <translation>
            <numerusform>Next deadline: {label} {day} (%n day overdue)</numerusform>
            <numerusform>Next deadline: {label} {day} (%n days overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>下一期限：{label} {day}</source>
        <translation>Next deadline: {label} {day}</translation>
    </message>
    <message>
        <source>按周末推算：期限涉及的年份尚无国务院节假日安排，暂按周六、周日休息计算，节假日公布后日期可能变动。</source>
        <translation>Estimated on weekends: the State Council holidays for a year in this period are not published yet, so only Saturdays and Sundays are counted as rest days; the dates may change once the holidays are published.</translation>
    </message>
    <message>
        <source>（按周末推算）</source>
        <translation> (estimated on weekends)</translation>
    </message>
    <message>
        <source>批准人：{name}</source>
        <translation>Approved by: {name}</translation>
    </message>
    <message>
        <source>撤回“{step}”</source>
        <translation>Withdrew “{step}”</translation>
    </message>
    <message>
        <source>已更正：{reason}</source>
        <translation>Corrected: {reason}</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>登记时可选的内容分类。停用的分类不再出现在登记表中，已登记的事项不受影响。这一页的修改点按钮后立即保存；各终端的登记表在程序重新打开后显示新的列表。</source>
        <translation>Content categories that can be chosen at registration. A deactivated category no longer appears on the registration form; registered matters are not affected. Changes on this page are saved as soon as you press a button; registration forms show the new list after the program is restarted.</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新增分类</source>
        <translation>Add a category</translation>
    </message>
    <message>
        <source>如 18</source>
        <translation>e.g. 18</translation>
    </message>
    <message>
        <source>如 应急管理</source>
        <translation>e.g. Emergency management</translation>
    </message>
    <message>
        <source>选中的分类</source>
        <translation>Selected category</translation>
    </message>
    <message>
        <source>已新增内容分类“{name}”（代码 {code}）</source>
        <translation>Added content category “{name}” (code {code})</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <source>各终端通过中心数据库（PostgreSQL）互通：一台取的号，其他窗口可叫；断网时本机照常工作，恢复后自动同步。中心数据库由管理员用 python main.py central init 建立。</source>
        <translation>Terminals share data through the central database (PostgreSQL): a ticket issued on one PC can be called at any window. When the network is down this PC works as usual and syncs automatically when it is back. The administrator sets up the central database with python main.py central init.</translation>
    </message>
    <message>
        <source>主机名或 IP，如 192.168.1.10</source>
        <translation>Host name or IP, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>不加密（disable）</source>
        <translation>No encryption (disable)</translation>
    </message>
    <message>
        <source>能加密则加密（prefer）</source>
        <translation>Encrypt if possible (prefer)</translation>
    </message>
    <message>
        <source>必须加密（require）</source>
        <translation>Always encrypt (require)</translation>
    </message>
    <message>
        <source>加密并验证证书（verify-ca）</source>
        <translation>Encrypt and verify the certificate (verify-ca)</translation>
    </message>
    <message>
        <source>加密并验证证书和主机名（verify-full，推荐）</source>
        <translation>Encrypt and verify certificate and host name (verify-full, recommended)</translation>
    </message>
    <message>
        <source>通常留空</source>
        <translation>Usually left empty</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>加密方式</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>模式（schema）</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>在后台连接中心数据库并检查其版本，不修改任何数据</source>
        <translation>Connects to the central database in the background and checks its version; changes no data</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存中心数据库的设置并开始同步</source>
        <translation>Save the central database settings and start syncing</translation>
    </message>
    <message>
        <source>不使用中心数据库</source>
        <translation>Stop using the central database</translation>
    </message>
    <message>
        <source>删除本终端的中心数据库设置，本机单机工作</source>
        <translation>Delete this terminal&apos;s central database settings; this PC works on its own</translation>
    </message>
    <message>
        <source>已保存；留空则不修改</source>
        <translation>Saved; leave empty to keep it</translation>
    </message>
    <message>
        <source>密码保存在操作系统的钥匙串中，不写入任何设置文件。</source>
        <translation>The password is kept in the operating system&apos;s keychain, never in a settings file.</translation>
    </message>
    <message>
        <source>本机没有系统钥匙串：密码只在本次运行中使用，不写入任何文件；下次启动时会请您重新输入。</source>
        <translation>This PC has no system keychain: the password is only used while the program runs and is never written to a file; you will be asked for it at the next start.</translation>
    </message>
    <message>
        <source>本终端的中心数据库由环境变量 LAIFANG_CENTRAL_URL 指定，这里只能测试连接。</source>
        <translation>This terminal&apos;s central database is set by the LAIFANG_CENTRAL_URL environment variable; here you can only test the connection.</translation>
    </message>
    <message>
        <source>正在连接中心数据库…</source>
        <translation>Connecting to the central database…</translation>
    </message>
    <message numerus="yes">
        <source>中心已收到本终端 {code} 的 %n 条变更</source>
        <translation>
            <numerusform>The centre has received %n change from terminal {code}.</numerusform>
            <numerusform>The centre has received %n changes from terminal {code}.</numerusform>
        </translation>
    </message>
    <message>
        <source>本终端 {code} 尚未向中心同步过，保存后开始同步</source>
        <translation>Terminal {code} has not synced with the centre yet; syncing starts after saving.</translation>
    </message>
    <message>
        <source>连接成功：中心数据库 {where}（编号 {central}，PostgreSQL {version}）。{known}</source>
        <translation>Connected: central database {where} (ID {central}, PostgreSQL {version}). {known}</translation>
    </message>
    <message>
        <source>已保存，本终端开始与中心数据库同步</source>
        <translation>Saved; this terminal now syncs with the central database</translation>
    </message>
    <message>
        <source>已删除中心数据库设置，本终端单机工作</source>
        <translation>Central database settings deleted; this terminal works on its own</translation>
    </message>
</context>
<context>
    <name>CentreDetailsLine</name>
    <message>
        <source>中心信息未填写：{missing} — 工具 → 系统设置</source>
        <translation>Centre details missing: {missing} — Tools → System settings</translation>
    </message>
    <message>
        <source>地址和电话印在回执上，填写之前不能打印回执。</source>
        <translation>The address and phone number are printed on receipts; receipts cannot be printed until they are filled in.</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>如 海口市美兰区海府路 1 号（回执上必须有）</source>
        <translation>e.g. 1 Haifu Road, Meilan District, Haikou (required on receipts)</translation>
    </message>
    <message>
        <source>如 0898-12345678 或 12345</source>
        <translation>e.g. 0898-12345678 or 12345</translation>
    </message>
    <message>
        <source>1 到 4 个英文字母，如 XF；只影响以后的新编号</source>
        <translation>1 to 4 Latin letters, e.g. XF; only affects new case numbers</translation>
    </message>
    <message>
        <source>中心名称：</source>
        <translation>Centre name:</translation>
    </message>
    <message>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>号票提示语：</source>
        <translation>Ticket notice:</translation>
    </message>
    <message>
        <source>回执提示语：</source>
        <translation>Receipt notice:</translation>
    </message>
    <message>
        <source>信访件编号前缀：</source>
        <translation>Case number prefix:</translation>
    </message>
    <message>
        <source>中心名称、地址、电话和提示语印在号票和回执上。提示语可以不填，不填则不印；地址和电话没有填写时不能打印回执。</source>
        <translation>The centre name, address, phone and notices are printed on tickets and receipts. A notice may be left empty; then nothing is printed. Receipts cannot be printed while the address or phone is missing.</translation>
    </message>
</context>
<context>
    <name>ChoosePrinterDialog</name>
    <message>
        <source>换打印机</source>
        <translation>Choose another printer</translation>
    </message>
    <message>
        <source>{name}（默认）</source>
        <translation>{name} (default)</translation>
    </message>
    <message>
        <source>用哪台打印机打印这份单据？</source>
        <translation>Which printer should print this document?</translation>
    </message>
    <message>
        <source>本机没有能打印这份单据的打印机（纸张规格不符）。可以另存为PDF，稍后再打印。</source>
        <translation>No printer on this computer can print this document (the paper size does not match). You can save it as PDF and print it later.</translation>
    </message>
    <message>
        <source>本机没有找到打印机。可以另存为PDF，稍后再打印。</source>
        <translation>No printer was found on this computer. You can save the document as PDF and print it later.</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClerkButtons</name>
    <message>
        <source>叫下一位</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>开始接谈</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>未到</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>转窗口</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>暂挂</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>ClerkPanel</name>
    <message>
        <source>接谈窗口：</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>接谈员：{name}</source>
        <translation>Clerk: {name}</translation>
    </message>
    <message>
        <source>暂挂</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>接下来</source>
        <translation>Next in line</translation>
    </message>
    <message>
        <source>恢复接谈（重新叫号）</source>
        <translation>Resume (call again)</translation>
    </message>
    <message>
        <source>今日未到</source>
        <translation>No-shows today</translation>
    </message>
    <message>
        <source>来了，恢复排队</source>
        <translation>Arrived: back in the queue</translation>
    </message>
    <message>
        <source>暂时无法读取队列，正在重试…</source>
        <translation>Cannot read the queue right now, retrying…</translation>
    </message>
    <message>
        <source>{ticket} 还在本窗口：请先办结、暂挂或转窗口，再更换窗口</source>
        <translation>{ticket} is still at this window: finish, park or transfer it before changing windows</translation>
    </message>
    <message numerus="yes">
        <source>本窗口等候 %n 人</source>
        <translation>
            <numerusform>%n person waiting for this window</numerusform>
            <numerusform>%n people waiting for this window</numerusform>
        </translation>
    </message>
    <message>
        <source>请先选择窗口</source>
        <translation>Choose a window first</translation>
    </message>
    <message>
        <source>现在没有等候的访客</source>
        <translation>Nobody is waiting now</translation>
    </message>
    <message>
        <source>已叫 {ticket} 到 {window}</source>
        <translation>Called {ticket} to {window}</translation>
    </message>
    <message>
        <source>已重呼 {ticket}（第 {count} 次）</source>
        <translation>Recalled {ticket} (time {count})</translation>
    </message>
    <message>
        <source>{ticket} 开始接谈</source>
        <translation>{ticket}: started</translation>
    </message>
    <message>
        <source>标记未到</source>
        <translation>Mark as no-show</translation>
    </message>
    <message>
        <source>{ticket} 是优先号（老年人、残疾人等），可能行动较慢。确认标记为未到？</source>
        <translation>{ticket} is a priority ticket (elderly or disabled visitors, etc.) and may be slow to arrive. Mark it as no-show anyway?</translation>
    </message>
    <message>
        <source>确认未到</source>
        <translation>Mark as no-show</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{ticket} 已标记未到</source>
        <translation>{ticket} marked as no-show</translation>
    </message>
    <message>
        <source>{ticket} 已暂挂，可以叫下一位</source>
        <translation>{ticket} parked; you can call the next visitor</translation>
    </message>
    <message>
        <source>{ticket} 请先填写接谈登记</source>
        <translation>{ticket}: please fill in the registration first</translation>
    </message>
    <message>
        <source>{ticket} 已办结</source>
        <translation>{ticket} finished</translation>
    </message>
    <message>
        <source>{ticket} 已转出：{note}</source>
        <translation>{ticket} transferred: {note}</translation>
    </message>
    <message>
        <source>已重新叫 {ticket}</source>
        <translation>Called {ticket} again</translation>
    </message>
    <message>
        <source>{ticket} 已恢复排队</source>
        <translation>{ticket} is back in the queue</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>同步冲突</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>同步时两台终端改了同一条记录、系统不能替人决定的情况。中心数据库保留了先到的版本；请对照两边的内容，必要时在相应页面改正，然后标记为已解决。</source>
        <translation>Cases where two terminals changed the same record and the system cannot decide for you. The central database kept the version that arrived first; compare both, correct it on the right page if needed, then mark it as resolved.</translation>
    </message>
    <message>
        <source>也显示已解决的</source>
        <translation>Show resolved ones too</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>数据表</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>终端</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>终端提交的版本</source>
        <translation>Version sent by the terminal</translation>
    </message>
    <message>
        <source>中心的版本（保留）</source>
        <translation>Central version (kept)</translation>
    </message>
    <message>
        <source>标记为已解决</source>
        <translation>Mark as resolved</translation>
    </message>
    <message>
        <source>这条冲突已处理完毕，从待处理列表中移除</source>
        <translation>This conflict has been dealt with; remove it from the open list</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在读取中心数据库…</source>
        <translation>Reading the central database…</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>没有待处理的冲突</source>
        <translation>No open conflicts</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>已标记为已解决</source>
        <translation>Marked as resolved</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>更正上一步</source>
        <translation>Correct the last step</translation>
    </message>
    <message>
        <source>撤回步骤：{day} {step}。撤回后该件回到此前的状态，原记录保留并划线。</source>
        <translation>Withdraw the step: {day} {step}. The case goes back to its earlier status; the original entry is kept, struck through.</translation>
    </message>
    <message>
        <source>更正的原因（必填）</source>
        <translation>Reason for the correction (required)</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CurrentTicketCard</name>
    <message>
        <source>当前号</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <source>按 F2 叫下一位</source>
        <translation>Press F2 to call the next visitor</translation>
    </message>
    <message>
        <source>请先选择窗口</source>
        <translation>Choose a window first</translation>
    </message>
    <message>
        <source>{status} · 已重呼 {count} 次，未到请按 F6</source>
        <translation>{status} · recalled {count} times; press F6 if they do not come</translation>
    </message>
    <message>
        <source>{status} · 重呼 {count}/{limit}</source>
        <translation>{status} · recall {count}/{limit}</translation>
    </message>
    <message>
        <source>{status} · 请等访客到窗口后按 F4</source>
        <translation>{status} · press F4 when the visitor is at the window</translation>
    </message>
    <message>
        <source>{status} · {time} 开始</source>
        <translation>{status} · since {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>等候 {minutes} 分钟</source>
        <translation>waited {minutes} min</translation>
    </message>
    <message>
        <source>已登记</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not registered</translation>
    </message>
</context>
<context>
    <name>DeadlineWatchDialog</name>
    <message>
        <source>期限监控</source>
        <translation>Deadline watch</translation>
    </message>
    <message>
        <source> 天内到期</source>
        <translation> days</translation>
    </message>
    <message>
        <source>含已超期</source>
        <translation>Include overdue</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>未来</source>
        <translation>Due within the next</translation>
    </message>
    <message>
        <source>当前环节</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>双击打开该件</source>
        <translation>Double-click to open the case</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>截至 {today}：{until} 前到期及已超期 {count} 件</source>
        <translation>As of {today}: due by {until} or overdue: {count}</translation>
    </message>
    <message>
        <source>截至 {today}：{until} 前到期 {count} 件</source>
        <translation>As of {today}: due by {until}: {count}</translation>
    </message>
    <message>
        <source>（超期 {overdue} 件，3 天内到期 {soon} 件）</source>
        <translation> (overdue: {overdue}; due within 3 days: {soon})</translation>
    </message>
    <message>
        <source>按环节：{steps}</source>
        <translation>By step: {steps}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>按承办单位：{units}</source>
        <translation>By handling unit: {units}</translation>
    </message>
    <message>
        <source>本机关</source>
        <translation>This office</translation>
    </message>
    <message>
        <source>{label}（{count}）</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <source>超期 {days} 天</source>
        <translation>Overdue by {days} d</translation>
    </message>
    <message>
        <source>（估算）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>（匿名）</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>该年度节假日尚未公布，期限按周末估算</source>
        <translation>This year&apos;s holidays are not published yet; the deadline is estimated on weekends</translation>
    </message>
    <message>
        <source>期限监控-{day}</source>
        <translation>deadline-watch-{day}</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已导出 {count} 件到 {path}</source>
        <translation>Exported to {path} (cases: {count})</translation>
    </message>
    <message>
        <source>；{count} 件检举控告事项未导出（发给承办单位的清单不含检举控告）</source>
        <translation>; reports or accusations left out: {count} (lists sent to handling units never include them)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>转送期限</source>
        <translation>Transfer deadline</translation>
    </message>
    <message>
        <source>受理告知期限</source>
        <translation>Acceptance notice deadline</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>普通来访</source>
        <translation>Regular visit</translation>
    </message>
    <message>
        <source>集体访</source>
        <translation>Group visit</translation>
    </message>
    <message>
        <source>预约/领导接访</source>
        <translation>Booked / leader reception</translation>
    </message>
    <message>
        <source>优先</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>接谈中</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>未到</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>暂挂</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>受理审查中</source>
        <translation>Acceptance under review</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已出具处理意见</source>
        <translation>Handling opinion issued</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>Under re-review</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>本机关受理</source>
        <translation>Accepted by this office</translation>
    </message>
    <message>
        <source>当场答复</source>
        <translation>Answered on the spot</translation>
    </message>
    <message>
        <source>转送/交办</source>
        <translation>Transfer/assign</translation>
    </message>
    <message>
        <source>依法分类处理</source>
        <translation>Legal channel</translation>
    </message>
    <message>
        <source>建议意见</source>
        <translation>Suggestion or opinion</translation>
    </message>
    <message>
        <source>检举控告</source>
        <translation>Report or accusation</translation>
    </message>
    <message>
        <source>申诉求决</source>
        <translation>Appeal or claim</translation>
    </message>
    <message>
        <source>政府部门</source>
        <translation>Government department</translation>
    </message>
    <message>
        <source>区、乡镇（街道）</source>
        <translation>District, town or street office</translation>
    </message>
    <message>
        <source>纪检监察机关</source>
        <translation>Discipline inspection and supervision organ</translation>
    </message>
    <message>
        <source>政法部门</source>
        <translation>Political and legal affairs department</translation>
    </message>
    <message>
        <source>人民法院</source>
        <translation>People&apos;s court</translation>
    </message>
    <message>
        <source>人民检察院</source>
        <translation>People&apos;s procuratorate</translation>
    </message>
    <message>
        <source>人大常委会</source>
        <translation>People&apos;s congress standing committee</translation>
    </message>
    <message>
        <source>仲裁机构</source>
        <translation>Arbitration body</translation>
    </message>
    <message>
        <source>行政复议机关</source>
        <translation>Administrative review organ</translation>
    </message>
    <message>
        <source>向人民法院提起诉讼</source>
        <translation>Lawsuit at the people&apos;s court</translation>
    </message>
    <message>
        <source>请在法律规定的诉讼时效或起诉期限内，携带身份证件、起诉状及证据材料，到有管辖权的人民法院立案窗口办理立案，或通过人民法院在线服务平台提交。</source>
        <translation>Within the limitation period or time limit for filing set by law, bring your ID, the statement of claim and your evidence to the case-filing window of the people&apos;s court with jurisdiction, or file through the court&apos;s online service platform.</translation>
    </message>
    <message>
        <source>申请仲裁</source>
        <translation>Apply for arbitration</translation>
    </message>
    <message>
        <source>请依据仲裁协议，携带身份证件、仲裁申请书及证据材料，向约定的仲裁委员会提出仲裁申请。</source>
        <translation>Under your arbitration agreement, bring your ID, the application for arbitration and your evidence to the arbitration commission agreed on.</translation>
    </message>
    <message>
        <source>申请劳动人事争议仲裁</source>
        <translation>Labour/personnel dispute arbitration</translation>
    </message>
    <message>
        <source>请自知道或者应当知道权利被侵害之日起一年内，携带身份证件、仲裁申请书及劳动关系证明材料，向劳动人事争议仲裁委员会申请仲裁。</source>
        <translation>Within one year of the day you knew or should have known your rights were infringed, bring your ID, the application for arbitration and proof of the employment relationship to the labour and personnel dispute arbitration commission.</translation>
    </message>
    <message>
        <source>申请行政复议</source>
        <translation>Administrative reconsideration</translation>
    </message>
    <message>
        <source>领导批示交办</source>
        <translation>Leader&apos;s instruction assigned</translation>
    </message>
    <message>
        <source>承办单位回复</source>
        <translation>Handling unit replied</translation>
    </message>
    <message>
        <source>同意公开</source>
        <translation>Agrees to publication</translation>
    </message>
    <message>
        <source>来访登记回执</source>
        <translation>Visit registration receipt</translation>
    </message>
    <message>
        <source>受理告知书</source>
        <translation>Notice of acceptance</translation>
    </message>
    <message>
        <source>不予受理告知书</source>
        <translation>Notice of non-acceptance</translation>
    </message>
    <message>
        <source>依法分类处理告知书</source>
        <translation>Notice of the legal channel</translation>
    </message>
    <message>
        <source>延期办理告知书</source>
        <translation>Notice of extension</translation>
    </message>
    <message>
        <source>信访事项办理进展告知单</source>
        <translation>Progress of your petition</translation>
    </message>
    <message>
        <source>不再受理告知书</source>
        <translation>Notice that the matter is not accepted again</translation>
    </message>
    <message>
        <source>求决</source>
        <translation>Seek a solution</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Opinion or suggestion</translation>
    </message>
    <message>
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>揭发控告</source>
        <translation>Report wrongdoing</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>请自知道该行政行为之日起六十日内，携带身份证件、行政复议申请书及行政行为文书，向行政复议机关提出申请。</source>
        <translation>Within sixty days of the day you knew of the administrative act, bring your ID, the application for administrative review and the documents of the act to the administrative review organ.</translation>
    </message>
    <message>
        <source>向人民检察院申请法律监督</source>
        <translation>Procuratorate legal supervision</translation>
    </message>
    <message>
        <source>对已经发生法律效力的判决、裁定不服的，请携带身份证件、裁判文书及申请书，向人民检察院控告申诉检察部门申请监督。</source>
        <translation>If you object to a judgment or ruling that has taken legal effect, bring your ID, the judgment and your application to the complaints and appeals department of the people&apos;s procuratorate.</translation>
    </message>
    <message>
        <source>向人民代表大会常务委员会反映</source>
        <translation>People&apos;s congress standing committee</translation>
    </message>
    <message>
        <source>属于人民代表大会及其常务委员会职权范围的事项（如对人大代表、选举的意见），请以书面形式向人大常委会信访机构反映。</source>
        <translation>Matters within the powers of the people&apos;s congress and its standing committee (such as opinions on deputies or elections) are raised in writing with the standing committee&apos;s petition office.</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>出具处理意见</source>
        <translation>Answer issued</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>申请复查</source>
        <translation>Review requested</translation>
    </message>
    <message>
        <source>复查意见</source>
        <translation>Review answered</translation>
    </message>
    <message>
        <source>申请复核</source>
        <translation>Re-review requested</translation>
    </message>
    <message>
        <source>复核意见</source>
        <translation>Re-review answered</translation>
    </message>
    <message>
        <source>重复来访</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <source>不再受理告知</source>
        <translation>Not accepted again</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>越级访</source>
        <translation>Level-skipping visit</translation>
    </message>
    <message>
        <source>三跨三分离</source>
        <translation>Cross-jurisdiction (三跨三分离)</translation>
    </message>
    <message>
        <source>涉法涉诉</source>
        <translation>Law/litigation-related</translation>
    </message>
    <message>
        <source>重大紧急</source>
        <translation>Major/urgent</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>锁屏</source>
        <translation>Locked the screen</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>解锁失败</source>
        <translation>Unlock failed</translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>修改用户</source>
        <translation>User changed</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <source>启用用户</source>
        <translation>User activated</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>解除账户锁定</source>
        <translation>Account lock lifted</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>查看个人信息</source>
        <translation>Viewed personal data</translation>
    </message>
    <message>
        <source>显示完整个人信息</source>
        <translation>Showed full personal data</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Exported the audit log</translation>
    </message>
    <message>
        <source>校验审计日志</source>
        <translation>Checked the audit log</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>修改系统设置</source>
        <translation>change system settings</translation>
    </message>
    <message>
        <source>维护法定节假日</source>
        <translation>maintain public holidays</translation>
    </message>
    <message>
        <source>维护承办单位名录</source>
        <translation>maintain the handling units directory</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>查看完整个人信息</source>
        <translation>view full personal data</translation>
    </message>
    <message>
        <source>显示完整证件号码和电话</source>
        <translation>show full ID numbers and phone numbers</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>issue tickets</translation>
    </message>
    <message>
        <source>接谈登记</source>
        <translation>register visits</translation>
    </message>
    <message>
        <source>批准延期</source>
        <translation>approve extensions</translation>
    </message>
    <message>
        <source>破例预约</source>
        <translation>make exception bookings</translation>
    </message>
    <message>
        <source>导出信访件</source>
        <translation>export cases</translation>
    </message>
    <message>
        <source>安排领导接访</source>
        <translation>schedule leader receptions</translation>
    </message>
    <message>
        <source>查看信访事项内容</source>
        <translation>view case contents</translation>
    </message>
    <message>
        <source>查询办理进度</source>
        <translation>look up case progress</translation>
    </message>
    <message>
        <source>查看接访简报</source>
        <translation>view reception briefings</translation>
    </message>
    <message>
        <source>前台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>接谈员</source>
        <translation>Window clerk</translation>
    </message>
    <message>
        <source>科长</source>
        <translation>Section chief</translation>
    </message>
    <message>
        <source>领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>分类处理期限</source>
        <translation>Sorting deadline</translation>
    </message>
    <message>
        <source>办理期限（延期后）</source>
        <translation>Handling deadline (extended)</translation>
    </message>
    <message>
        <source>申请复查期限</source>
        <translation>Deadline to request a review</translation>
    </message>
    <message>
        <source>复查答复期限</source>
        <translation>Review answer deadline</translation>
    </message>
    <message>
        <source>申请复核期限</source>
        <translation>Deadline to request a re-review</translation>
    </message>
    <message>
        <source>复核答复期限</source>
        <translation>Re-review answer deadline</translation>
    </message>
    <message>
        <source>补记：按原登记内容生成</source>
        <translation>Added later from the original registration</translation>
    </message>
    <message>
        <source>登记时更正办理方式</source>
        <translation>Handling corrected at registration</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Own matter</translation>
    </message>
    <message>
        <source>集体访代表</source>
        <translation>Group visit representative</translation>
    </message>
    <message>
        <source>曾重复来访</source>
        <translation>Came on it before</translation>
    </message>
    <message>
        <source>同一事项</source>
        <translation>Same matter</translation>
    </message>
    <message>
        <source>新事项</source>
        <translation>New matter</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>已到场</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>已接谈</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>现场预约</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>电话预约</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>案件预约</source>
        <translation>From a case</translation>
    </message>
    <message>
        <source>待回复</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <source>已回复待办结</source>
        <translation>Replied, not closed</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>接访</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>下访</source>
        <translation>Visit out</translation>
    </message>
    <message>
        <source>约访</source>
        <translation>Invited visit</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>责任单位负责人</source>
        <translation>Head of the responsible unit</translation>
    </message>
    <message>
        <source>信访局负责人</source>
        <translation>Head of the petition bureau</translation>
    </message>
    <message>
        <source>律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>每周固定星期</source>
        <translation>Same weekday every week</translation>
    </message>
    <message>
        <source>每月第几个星期几</source>
        <translation>Nth weekday of each month</translation>
    </message>
    <message>
        <source>每月第几个工作日</source>
        <translation>Nth working day of each month</translation>
    </message>
    <message>
        <source>顺延到下一个工作日</source>
        <translation>Move to the next working day</translation>
    </message>
    <message>
        <source>当次取消</source>
        <translation>Skip that date</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>来访接待中心</source>
        <translation>Visitor reception centre</translation>
    </message>
    <message>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>抗战胜利70周年纪念日</source>
        <translation>70th anniversary of the victory in the War of Resistance</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>检举控告事项（仅接谈员、科长可见）</source>
        <translation>Report or accusation (visible to window clerks and section chiefs only)</translation>
    </message>
    <message>
        <source>检举控告事项（内容不在简报中显示）</source>
        <translation>Report or accusation (contents not shown in the briefing)</translation>
    </message>
    <message>
        <source>日</source>
        <translation>S</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>同一字段两边都改了</source>
        <translation>Same field changed on both sides</translation>
    </message>
    <message>
        <source>状态先后（已自动处理）</source>
        <translation>Status order (resolved automatically)</translation>
    </message>
    <message>
        <source>一边删除、一边修改</source>
        <translation>Deleted on one side, changed on the other</translation>
    </message>
    <message>
        <source>来访登记（号票）</source>
        <translation>Visits (tickets)</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>代表</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <source>状态记录</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <source>叫号记录</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>办理步骤</source>
        <translation>Case steps</translation>
    </message>
    <message>
        <source>打印记录</source>
        <translation>Print records</translation>
    </message>
    <message>
        <source>接谈窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>接访领导</source>
        <translation>Receiving leaders</translation>
    </message>
    <message>
        <source>陪同接访人员</source>
        <translation>Accompanying staff</translation>
    </message>
    <message>
        <source>接访规则</source>
        <translation>Reception rules</translation>
    </message>
    <message>
        <source>接访场次</source>
        <translation>Reception sessions</translation>
    </message>
    <message>
        <source>换班记录</source>
        <translation>Leader changes</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>批示</source>
        <translation>Instructions</translation>
    </message>
</context>
<context>
    <name>EarlierVisitDialog</name>
    <message>
        <source>既往来访 {number}（只读）</source>
        <translation>Earlier visit {number} (read-only)</translation>
    </message>
    <message>
        <source>{day}&#x3000;{number}&#x3000;{category}&#x3000;{status}</source>
        <translation>{day} · {number} · {category} · {status}</translation>
    </message>
    <message>
        <source>号票</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>{date} 出生</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>未留</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>信访人数</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>{count} 人</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>代表</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>这次来访没有接谈登记（号票状态见上）</source>
        <translation>No registration for this visit (see the ticket status above)</translation>
    </message>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>查询码</source>
        <translation>Enquiry code</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>事项概况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>内容分类</source>
        <translation>Content category</translation>
    </message>
    <message>
        <source>问题属地</source>
        <translation>Location of the problem</translation>
    </message>
    <message>
        <source>信访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{route}：{detail}</source>
        <translation>{route}: {detail}</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>{status}（重复访）</source>
        <translation>{status} (repeat visit)</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>受理告知期限</source>
        <translation>Acceptance notice deadline</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>{who}&#x3000;{when}</source>
        <translation>{who} · {when}</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>办理流程…</source>
        <translation>Case timeline…</translation>
    </message>
</context>
<context>
    <name>EnquiryDialog</name>
    <message>
        <source>进度查询</source>
        <translation>Progress enquiry</translation>
    </message>
    <message>
        <source>扫描回执上的二维码，或输入信访件编号</source>
        <translation>Scan the QR code on the receipt, or type the case number</translation>
    </message>
    <message>
        <source>回执上的 6 位查询码</source>
        <translation>The 6-character enquiry code on the receipt</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>查询码</source>
        <translation>Enquiry code</translation>
    </message>
    <message>
        <source>按周末推算：期限涉及的年份尚无国务院节假日安排，节假日公布后日期可能变动。</source>
        <translation>Estimated on weekends: the State Council holidays for a year in this period are not published yet; the dates may change once they are.</translation>
    </message>
    <message>
        <source>打印进展告知单</source>
        <translation>Print progress notice</translation>
    </message>
    <message>
        <source>办理流程…</source>
        <translation>Case timeline…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>信访件编号：{number}</source>
        <translation>Case number: {number}</translation>
    </message>
    <message>
        <source>来访人：{name}</source>
        <translation>Visitor: {name}</translation>
    </message>
    <message>
        <source>（匿名）</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>收到日期：{day}</source>
        <translation>Received: {day}</translation>
    </message>
    <message>
        <source>办理状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>处理方式：{route}</source>
        <translation>Route: {route}</translation>
    </message>
    <message>
        <source>内容分类：{category}</source>
        <translation>Category: {category}</translation>
    </message>
    <message numerus="yes">
        <source>来访 %n 次</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>下一期限：无（已办结、不予受理或等待来访人申请）</source>
        <translation>Next deadline: none (closed, not accepted, or waiting for the visitor to apply)</translation>
    </message>
    <message>
        <source>（{label} {day}）</source>
        <translation> ({label} {day})</translation>
    </message>
    <message>
        <source>下一期限：{label} {day}（已超期）</source>
        <translation>Next deadline: {label} {day} (overdue)</translation>
    </message>
    <message>
        <source>下一期限：{label} {day}</source>
        <translation>Next deadline: {label} {day}</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>程序遇到意外错误，刚才的操作没有完成，已保存的内容不受影响。
请重试；如果反复出现，请把日志文件交给管理员：
{log}</source>
        <translation>The program ran into an unexpected error. The last operation was not completed; what was already saved is not affected.
Please try again. If it keeps happening, give the log file to the administrator:
{log}</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>请输入身份证号码</source>
        <translation>Enter the ID card number</translation>
    </message>
    <message>
        <source>身份证号码应为18位（旧证为15位），现在是{length}位，请核对后重新输入</source>
        <translation>An ID card number has 18 characters (15 on old cards), but this one has {length}; please check it and enter it again</translation>
    </message>
    <message>
        <source>15位的旧身份证号码只能是数字，不能有X，请核对后重新输入</source>
        <translation>An old 15-digit ID card number contains only digits, no X; please check it and enter it again</translation>
    </message>
    <message>
        <source>身份证号码前两位“{code}”不是有效的省级行政区代码，请核对后重新输入</source>
        <translation>The first two digits of the ID card number, “{code}”, are not a valid province code; please check it and enter it again</translation>
    </message>
    <message>
        <source>身份证号码校验位不正确，可能有数字输错，请逐位核对后重新输入</source>
        <translation>The check digit of the ID card number is wrong, so a digit may be mistyped; check it digit by digit and enter it again</translation>
    </message>
    <message>
        <source>身份证号码中间不能有空格，请删除空格后重新输入</source>
        <translation>The ID card number must not contain spaces; delete the spaces and enter it again</translation>
    </message>
    <message>
        <source>身份证号码含有全角字符，请切换到半角输入法后重新输入</source>
        <translation>The ID card number contains full-width characters; switch the input method to half-width and enter it again</translation>
    </message>
    <message>
        <source>身份证号码中X只能出现在最后一位，请核对后重新输入</source>
        <translation>X can only be the last character of an ID card number; please check it and enter it again</translation>
    </message>
    <message>
        <source>身份证号码含有无效字符“{char}”，只能是数字，最后一位可以是X，请核对后重新输入</source>
        <translation>The ID card number contains the invalid character “{char}”: only digits are allowed, and the last character may be X; please check it and enter it again</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期“{digits}”不是有效日期，请核对后重新输入</source>
        <translation>The date of birth “{digits}” in the ID card number is not a valid date; please check it and enter it again</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期{date}晚于今天，请核对后重新输入</source>
        <translation>The date of birth {date} in the ID card number is later than today; please check it and enter it again</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期{date}早于1900年，请核对后重新输入</source>
        <translation>The date of birth {date} in the ID card number is before 1900; please check it and enter it again</translation>
    </message>
    <message>
        <source>请输入护照号码</source>
        <translation>Enter the passport number</translation>
    </message>
    <message>
        <source>请输入港澳居民来往内地通行证号码</source>
        <translation>Enter the number of the Mainland Travel Permit for Hong Kong and Macao Residents</translation>
    </message>
    <message>
        <source>请输入台湾居民来往大陆通行证号码</source>
        <translation>Enter the number of the Mainland Travel Permit for Taiwan Residents</translation>
    </message>
    <message>
        <source>请输入外国人永久居留身份证号码</source>
        <translation>Enter the Foreign Permanent Resident ID Card number</translation>
    </message>
    <message>
        <source>请输入证件号码</source>
        <translation>Enter the ID number</translation>
    </message>
    <message>
        <source>护照号码应为3–40位字母、数字、连字符“-”或括号，不能有空格，请核对后重新输入</source>
        <translation>A passport number has 3–40 letters, digits, hyphens (-) or brackets, with no spaces; please check it and enter it again</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证号码应为3–40位字母、数字、连字符“-”或括号，不能有空格，请核对后重新输入</source>
        <translation>A Mainland Travel Permit for Hong Kong and Macao Residents number has 3–40 letters, digits, hyphens (-) or brackets, with no spaces; please check it and enter it again</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证号码应为3–40位字母、数字、连字符“-”或括号，不能有空格，请核对后重新输入</source>
        <translation>A Mainland Travel Permit for Taiwan Residents number has 3–40 letters, digits, hyphens (-) or brackets, with no spaces; please check it and enter it again</translation>
    </message>
    <message>
        <source>外国人永久居留身份证号码应为3–40位字母、数字、连字符“-”或括号，不能有空格，请核对后重新输入</source>
        <translation>A Foreign Permanent Resident ID Card number has 3–40 letters, digits, hyphens (-) or brackets, with no spaces; please check it and enter it again</translation>
    </message>
    <message>
        <source>证件号码应为3–40位字母、数字、连字符“-”或括号，不能有空格，请核对后重新输入</source>
        <translation>An ID number has 3–40 letters, digits, hyphens (-) or brackets, with no spaces; please check it and enter it again</translation>
    </message>
    <message>
        <source>请输入联系电话</source>
        <translation>Enter a contact phone number</translation>
    </message>
    <message>
        <source>手机号码应为11位（现在是{length}位），请核对后重新输入</source>
        <translation>A mobile number has 11 digits (this one has {length}); please check it and enter it again</translation>
    </message>
    <message>
        <source>固定电话请加上区号，例如0898-66778899</source>
        <translation>Add the area code to a landline number, e.g. 0898-66778899</translation>
    </message>
    <message>
        <source>电话号码格式不正确：手机号码应为以1开头的11位数字，固定电话应带区号，例如0898-66778899，请核对后重新输入</source>
        <translation>The phone number is not valid: a mobile number has 11 digits starting with 1, and a landline number needs its area code, e.g. 0898-66778899; please check it and enter it again</translation>
    </message>
    <message>
        <source>号码“{text}”格式不对：应为一个字母加四位数字，如 A1023</source>
        <translation>Number “{text}” is not valid: it should be one letter followed by four digits, e.g. A1023</translation>
    </message>
    <message>
        <source>本终端今天的“{category}”号码已用完（最多 {limit} 个），请换一台取号终端</source>
        <translation>This terminal has used up today&apos;s “{category}” numbers (at most {limit}); please issue the ticket at another terminal</translation>
    </message>
    <message>
        <source>本终端今天的信访件编号已用完，请换一台终端登记</source>
        <translation>This terminal has used up today&apos;s case numbers; please register at another terminal</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，不能叫号：只有等候中的号票可以叫号</source>
        <translation>Ticket {ticket} is “{status}” and cannot be called: only waiting tickets can be called</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，不能重呼：只有已叫号、未开始接谈的号票可以重呼</source>
        <translation>Ticket {ticket} is “{status}” and cannot be recalled: only called tickets not yet started can be recalled</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，不能标记未到：只有已叫号的号票可以标记未到</source>
        <translation>Ticket {ticket} is “{status}” and cannot be marked as no-show: only called tickets can</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，不需要恢复：只有“未到”的号票可以恢复排队</source>
        <translation>Ticket {ticket} is “{status}” and needs no reactivation: only no-show tickets go back in the queue</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，不能开始接谈：请先叫号</source>
        <translation>Ticket {ticket} is “{status}” and cannot be started: call it first</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，不能办结：只有接谈中的号票可以办结</source>
        <translation>Ticket {ticket} is “{status}” and cannot be finished: only tickets being served can be finished</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，不能转窗口：只有已叫号、接谈中或暂挂的号可以转</source>
        <translation>Ticket {ticket} is “{status}” and cannot be transferred: only called, served or parked tickets can</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，不能暂挂：只有已叫号或接谈中的号票可以暂挂</source>
        <translation>Ticket {ticket} is “{status}” and cannot be parked: only called or served tickets can</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，不能恢复接谈：只有暂挂的号票可以恢复</source>
        <translation>Ticket {ticket} is “{status}” and cannot be resumed: only parked tickets can</translation>
    </message>
    <message>
        <source>请先选择本机所在的接谈窗口</source>
        <translation>Choose the window this PC is at first</translation>
    </message>
    <message>
        <source>窗口号应在 1 到 999 之间</source>
        <translation>The window number must be between 1 and 999</translation>
    </message>
    <message>
        <source>叫号的人太多，这次没有叫到，请再按一次“叫下一位”</source>
        <translation>Many windows called at once and none was free for you; press “Call next” again</translation>
    </message>
    <message>
        <source>号票 {ticket} 已重呼 {count} 次（上限 {limit} 次），请标记“未到”</source>
        <translation>Ticket {ticket} was recalled {count} times (limit {limit}); mark it as no-show</translation>
    </message>
    <message>
        <source>号票 {ticket} 还没有接谈登记，请先填写并保存登记再办结</source>
        <translation>Ticket {ticket} has no registration yet; fill in and save the registration, then finish</translation>
    </message>
    <message>
        <source>请选择要转去的窗口或类别</source>
        <translation>Choose the window or category to transfer to</translation>
    </message>
    <message>
        <source>不能转给本窗口，请选择其他窗口</source>
        <translation>Cannot transfer to this same window; choose another one</translation>
    </message>
    <message>
        <source>没有名为“{window}”的窗口，请从列表中选择</source>
        <translation>There is no window named “{window}”; choose one from the list</translation>
    </message>
    <message>
        <source>号票 {ticket} 已经是“{category}”类别</source>
        <translation>Ticket {ticket} is already in category “{category}”</translation>
    </message>
    <message>
        <source>找不到这张号票，可能已被删除</source>
        <translation>This ticket cannot be found; it may have been deleted</translation>
    </message>
    <message>
        <source>号票 {ticket} 是 {day} 的号，已过期，不能再叫号；请到前台重新取号</source>
        <translation>Ticket {ticket} is from {day} and has expired; it cannot be called. Please take a new ticket at the front desk</translation>
    </message>
    <message>
        <source>号票 {ticket} 由 {other} 办理，不能在 {window} 操作</source>
        <translation>Ticket {ticket} is handled by {other}; it cannot be changed at {window}</translation>
    </message>
    <message>
        <source>{window} 还有号票 {ticket} 没有处理完：请先办结、标记未到、暂挂或转窗口</source>
        <translation>{window} still has ticket {ticket}: finish it, mark it no-show, park it or transfer it first</translation>
    </message>
    <message>
        <source>号票 {ticket} 已取消或未到，不能登记；请先恢复该号票</source>
        <translation>Ticket {ticket} is cancelled or a no-show and cannot be registered; restore the ticket first</translation>
    </message>
    <message>
        <source>这次来访已关联到原信访件（同一事项），不另立新件；如关联错了，请先撤销关联再登记</source>
        <translation>This visit is linked to the existing case (same matter), so no new case is opened; if the link is wrong, undo it first, then register</translation>
    </message>
    <message>
        <source>请填写来访人的现住址（匿名反映的事项可以不填）</source>
        <translation>Enter the visitor&apos;s current address (not needed for anonymous matters)</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，还不能办结：请先在叫号页叫号并开始接谈；登记内容可以先点“保存登记”保存</source>
        <translation>Ticket {ticket} is now &quot;{status}&quot; and cannot be finished yet: call it and start serving on the Call page first; the registration can be saved now with &quot;Save registration&quot;</translation>
    </message>
    <message>
        <source>请选择三分类（建议意见、检举控告或申诉求决）</source>
        <translation>Choose the type of matter (suggestion or opinion, report or accusation, appeal or claim)</translation>
    </message>
    <message>
        <source>请填写事项概况</source>
        <translation>Fill in the summary of the matter</translation>
    </message>
    <message>
        <source>请填写诉求内容</source>
        <translation>Fill in the visitor&apos;s request</translation>
    </message>
    <message>
        <source>请选择内容分类</source>
        <translation>Choose a content category</translation>
    </message>
    <message>
        <source>请选择问题属地</source>
        <translation>Choose the location of the problem</translation>
    </message>
    <message>
        <source>转送/交办请从承办单位名录中选择承办单位</source>
        <translation>For a transfer or assignment, choose the handling unit from the directory</translation>
    </message>
    <message>
        <source>依法分类处理请选择应走的法定途径（如诉讼、仲裁、行政复议）</source>
        <translation>For the legal channel, choose the legal route to take (e.g. lawsuit, arbitration, administrative reconsideration)</translation>
    </message>
    <message>
        <source>请选择受理该法定途径的机关（告知书上写明）</source>
        <translation>Choose the body that accepts this legal route (it is named on the notice)</translation>
    </message>
    <message>
        <source>不予受理请填写理由，告知书上会告知来访人</source>
        <translation>Enter the reason for not accepting; the notice tells the visitor</translation>
    </message>
    <message>
        <source>不予受理请填写依据，如“《信访工作条例》第三十二条”</source>
        <translation>Enter the basis for not accepting, e.g. “Article 32 of the Regulations on Letters and Visits”</translation>
    </message>
    <message>
        <source>转送日期 {day} 早于收到日期 {received}，请核对</source>
        <translation>The transfer date {day} is before the date received {received}; please check</translation>
    </message>
    <message>
        <source>转送日期 {day} 还没到，请填写实际转送的日期</source>
        <translation>The transfer date {day} is in the future; enter the date it was actually transferred</translation>
    </message>
    <message>
        <source>承办单位“{code}”不在名录中或已停用，请从列表中选择</source>
        <translation>Handling unit “{code}” is not in the directory or is deactivated; choose one from the list</translation>
    </message>
    <message>
        <source>“{unit}”不受理“{channel}”，请选择相应的机关</source>
        <translation>“{unit}” does not handle “{channel}”; choose the right body</translation>
    </message>
    <message>
        <source>这是一件检举控告。检举控告公职人员的事项应由信访部门转送有管辖权的纪检监察机关处理，一般不作依法分类处理或不予受理。确实要按现在的办理方式登记吗？</source>
        <translation>This is a report or accusation. Reports and accusations against public officials should be transferred to the discipline inspection and supervision organ with jurisdiction; they are normally not sent to a legal channel or refused. Register it with the handling chosen now anyway?</translation>
    </message>
    <message>
        <source>转送/交办请填写承办单位</source>
        <translation>For transfer/assignment, enter the unit that will handle the matter</translation>
    </message>
    <message>
        <source>不予受理请写明理由，告知书上会告知来访人</source>
        <translation>Write the reason for not accepting; the notice tells the visitor</translation>
    </message>
    <message>
        <source>请填写批准延期的负责人</source>
        <translation>Enter the official who approved the extension</translation>
    </message>
    <message>
        <source>请填写延期理由，延期告知书上会告知来访人</source>
        <translation>Enter the reason for the extension; the extension notice tells the visitor</translation>
    </message>
    <message>
        <source>该件已经延期过一次，不能再次延期</source>
        <translation>This case has already been extended once; it cannot be extended again</translation>
    </message>
    <message>
        <source>只有已受理、尚未出具处理意见的信访件可以延期；该件现在处于“{step}”</source>
        <translation>Only an accepted case without an answer yet can be extended; this case is at “{step}”</translation>
    </message>
    <message>
        <source>新的办理期限应晚于原办理期限 {due}</source>
        <translation>The new handling deadline must be after the original deadline {due}</translation>
    </message>
    <message>
        <source>延期不得超过 {days} 日：新的办理期限最晚为 {latest}</source>
        <translation>An extension may not exceed {days} days: the new handling deadline can be {latest} at the latest</translation>
    </message>
    <message>
        <source>找不到信访件“{number}”，请核对信访件编号</source>
        <translation>Case “{number}” cannot be found; check the case number</translation>
    </message>
    <message>
        <source>该件已“{step}”，流程已经结束，不能再记录办理步骤；同一事项再来访的，出具不再受理告知书</source>
        <translation>This case is at “{step}” and its timeline has ended; no more steps can be recorded. If the visitor comes again on the same matter, issue a notice that it is not accepted again</translation>
    </message>
    <message>
        <source>日期 {day} 还没有到，请填写实际办理的日期</source>
        <translation>The date {day} is in the future; enter the date it was actually done</translation>
    </message>
    <message>
        <source>涉及人数应为正整数</source>
        <translation>The number of people involved must be a whole number greater than zero</translation>
    </message>
    <message>
        <source>内容分类“{code}”不存在，请从列表中选择</source>
        <translation>Content category “{code}” does not exist; choose one from the list</translation>
    </message>
    <message>
        <source>问题属地“{code}”不存在，请从列表中选择</source>
        <translation>Location of the problem “{code}” does not exist; choose one from the list</translation>
    </message>
    <message>
        <source>终端编号不能为空，请在设置中填写</source>
        <translation>The terminal code must not be empty; enter it in the settings</translation>
    </message>
    <message>
        <source>终端序号 {slot} 已被其他终端使用或超出 1–9，请换一个序号</source>
        <translation>Terminal slot {slot} is used by another terminal or is outside 1–9; choose another slot</translation>
    </message>
    <message>
        <source>已登记 9 台取号终端，无法再添加，请联系管理员</source>
        <translation>9 ticket terminals are already registered and no more can be added; please contact the administrator</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <source>证件号码 {id_number} 已登记的姓名是“{old_name}”，本次填写的是“{new_name}”。请核对后选择更改姓名，或保留原名</source>
        <translation>ID number {id_number} is registered with the name “{old_name}”, but “{new_name}” was entered now. Please check, then choose “Change name” or “Keep registered name”</translation>
    </message>
    <message>
        <source>来访人数应在 1 到 {limit} 之间</source>
        <translation>The number of visitors must be between 1 and {limit}</translation>
    </message>
    <message>
        <source>集体访指 {minimum} 人及以上同行；现在填的是 {count} 人。请改人数，或改选其他类别</source>
        <translation>A group visit means {minimum} or more people together; {count} is entered now. Change the number of people, or choose another category</translation>
    </message>
    <message>
        <source>{count} 人同行按集体访办理，请选择“集体访”类别并填写代表</source>
        <translation>{count} people together are handled as a group visit; choose the “Group visit” category and enter the representatives</translation>
    </message>
    <message>
        <source>代表最多 {limit} 人（现在是 {count} 人），请删去多余的代表</source>
        <translation>At most {limit} representatives ({count} entered now); remove the extra ones</translation>
    </message>
    <message>
        <source>代表人数不能多于来访人数</source>
        <translation>There cannot be more representatives than visitors</translation>
    </message>
    <message>
        <source>集体访请填写至少一名代表（最多 5 名）</source>
        <translation>For a group visit, enter at least one representative (at most 5)</translation>
    </message>
    <message>
        <source>第 {index} 位代表的证件号码有误：{detail}</source>
        <translation>Representative {index}: the ID number is wrong: {detail}</translation>
    </message>
    <message>
        <source>第 {index} 位代表的电话有误：{detail}</source>
        <translation>Representative {index}: the phone number is wrong: {detail}</translation>
    </message>
    <message>
        <source>ESC/POS 打印机地址“{target}”无法识别。请填写 tcp://IP:端口（如 tcp://192.168.1.50:9100）或设备路径（如 /dev/usb/lp0、COM3）</source>
        <translation>ESC/POS printer address &quot;{target}&quot; is not understood. Enter tcp://IP:port (e.g. tcp://192.168.1.50:9100) or a device path (e.g. /dev/usb/lp0, COM3)</translation>
    </message>
    <message>
        <source>找不到打印机设备 {target}：请检查打印机电源和连线，或在打印设置中改正设备路径</source>
        <translation>Printer device {target} not found: check the printer&apos;s power and cable, or correct the device path in the print settings</translation>
    </message>
    <message>
        <source>没有权限写入打印机设备 {target}，请联系管理员</source>
        <translation>No permission to write to printer device {target}; please contact the administrator</translation>
    </message>
    <message>
        <source>打印机 {target} 缺纸，请装纸后重试</source>
        <translation>Printer {target} is out of paper; load paper and try again</translation>
    </message>
    <message>
        <source>打印机 {target} 没有响应（可能脱机或地址有误），请检查后重试</source>
        <translation>Printer {target} does not respond (it may be offline or the address may be wrong); please check and try again</translation>
    </message>
    <message>
        <source>无法把单据发送到打印机 {target}（{detail}）。请检查打印机是否开机、联网后重试</source>
        <translation>Could not send the document to printer {target} ({detail}). Check that the printer is on and connected, then try again</translation>
    </message>
    <message>
        <source>号票号码“{ticket}”格式不对，应为字母加数字，如 A023</source>
        <translation>Ticket number &quot;{ticket}&quot; is not valid; it is a letter followed by digits, e.g. A023</translation>
    </message>
    <message>
        <source>找不到 {day} 的号票 {ticket}，请核对号码和日期</source>
        <translation>No ticket {ticket} on {day}; please check the number and the date</translation>
    </message>
    <message>
        <source>找不到信访件编号“{case}”，请核对后重新输入</source>
        <translation>Case number &quot;{case}&quot; not found; please check it and enter it again</translation>
    </message>
    <message>
        <source>号票 {ticket} 还没有接谈登记，保存登记后才能打印回执</source>
        <translation>Ticket {ticket} has not been registered yet; save the registration before printing the receipt</translation>
    </message>
    <message>
        <source>信访件 {case} 不是本机关受理的事项，没有受理告知书（转送/交办的事项由承办单位告知是否受理）</source>
        <translation>Case {case} was not accepted by this office, so it has no notice of acceptance (for a transferred or assigned matter, the handling unit tells the visitor whether it is accepted)</translation>
    </message>
    <message>
        <source>信访件 {case} 不是不予受理的事项，没有不予受理告知书</source>
        <translation>Case {case} was not refused, so it has no notice of non-acceptance</translation>
    </message>
    <message>
        <source>信访件 {case} 不是依法分类处理的事项，没有依法分类处理告知书</source>
        <translation>Case {case} was not sent to a legal channel, so it has no legal channel notice</translation>
    </message>
    <message>
        <source>信访件 {case} 没有批准延期，没有延期办理告知书；请先在办理流程中记录延期</source>
        <translation>Case {case} has no approved extension, so it has no extension notice; record the extension in the case timeline first</translation>
    </message>
    <message>
        <source>信访件 {case} 还没有办结或作出复核意见，不能出具不再受理告知书；请打印办理进展告知单</source>
        <translation>Case {case} is not closed and has no re-review answer, so no notice of no further acceptance can be issued; print a progress notice instead</translation>
    </message>
    <message>
        <source>无法打开打印机“{printer}”：可能已关机、脱机或驱动有问题</source>
        <translation>Could not open printer &quot;{printer}&quot;: it may be switched off, offline, or its driver may have a problem</translation>
    </message>
    <message>
        <source>打印机“{printer}”报告错误：可能脱机、缺纸或卡纸，请检查打印机</source>
        <translation>Printer &quot;{printer}&quot; reports an error: it may be offline, out of paper or jammed; please check the printer</translation>
    </message>
    <message>
        <source>找不到打印机“{printer}”：它可能已被删除或改名，请换一台打印机</source>
        <translation>Printer &quot;{printer}&quot; not found: it may have been removed or renamed; please choose another printer</translation>
    </message>
    <message>
        <source>本机缺少打印组件（PySide6-Pdf），无法打印；请另存为PDF，并请管理员安装该组件</source>
        <translation>The printing component (PySide6-Pdf) is missing, so nothing can be printed; save as PDF and ask the administrator to install it</translation>
    </message>
    <message>
        <source>打印机“{printer}”没有接受打印任务：{detail}</source>
        <translation>Printer &quot;{printer}&quot; did not accept the print job: {detail}</translation>
    </message>
    <message>
        <source>ESC/POS 打印机只能打印号票和80毫米回执，A4回执请选系统打印机</source>
        <translation>The ESC/POS printer only prints tickets and 80 mm receipts; choose a system printer for A4 receipts</translation>
    </message>
    <message>
        <source>本机没有可用的打印机：请在打印设置中选择打印机，或另存为PDF</source>
        <translation>No printer is available on this computer: choose one in the print settings, or save as PDF</translation>
    </message>
    <message>
        <source>受理告知时限应为 {low} 到 {high} 之间的整天数（法定 15 天）</source>
        <translation>The acceptance notice limit must be a whole number of days from {low} to {high} (statutory: 15 days)</translation>
    </message>
    <message>
        <source>办理时限应为 {low} 到 {high} 之间的整天数（法定 60 天）</source>
        <translation>The handling limit must be a whole number of days from {low} to {high} (statutory: 60 days)</translation>
    </message>
    <message>
        <source>延期时限应为 {low} 到 {high} 之间的整天数（法定最多 30 天）</source>
        <translation>The extension limit must be a whole number of days from {low} to {high} (statutory: at most 30 days)</translation>
    </message>
    <message>
        <source>重呼次数上限应为 {low} 到 {high} 之间的整数（0 表示不能重呼）</source>
        <translation>The recall limit must be a whole number between {low} and {high} (0 means no recalls)</translation>
    </message>
    <message>
        <source>接访日程提前公布天数应为 {low} 到 {high} 之间的整数（通常为 3 天）</source>
        <translation>Days to publish the schedule in advance must be a whole number from {low} to {high} (usually 3)</translation>
    </message>
    <message>
        <source>预约截止时间应写成 时:分（如 17:00），指接访日前一个工作日的该时刻</source>
        <translation>Write the booking cut-off as hours:minutes (e.g. 17:00): that time on the working day before the reception</translation>
    </message>
    <message>
        <source>领导批示书面回复期限应为 {low} 到 {high} 之间的整数（通常为 15 天）</source>
        <translation>The written reply deadline for instructions must be a whole number from {low} to {high} (usually 15 days)</translation>
    </message>
    <message>
        <source>领导批示办结期限应为 {low} 到 {high} 之间的整数（通常为 30 天）</source>
        <translation>The closing deadline for instructions must be a whole number from {low} to {high} (usually 30 days)</translation>
    </message>
    <message>
        <source>中心地址和电话尚未填写，不能打印回执：请在 工具 → 系统设置 → 中心信息 中填写后再打印</source>
        <translation>The centre’s address and phone number are not filled in, so receipts cannot be printed: fill them in under Tools → System settings → Centre, then print</translation>
    </message>
    <message>
        <source>上级属地“{code}”不存在，请从列表中选择上级</source>
        <translation>Parent location “{code}” does not exist; choose the parent from the list</translation>
    </message>
    <message>
        <source>上级属地“{name}”已停用，请先启用它再添加下级属地</source>
        <translation>Parent location “{name}” is deactivated; activate it before adding locations under it</translation>
    </message>
    <message>
        <source>上级属地“{name}”已停用，请先启用上级属地</source>
        <translation>Parent location “{name}” is deactivated; activate the parent first</translation>
    </message>
    <message>
        <source>信访件编号前缀应为 1 到 4 个英文字母（如 XF），不能有数字、汉字或空格</source>
        <translation>The case number prefix must be 1 to 4 Latin letters (e.g. XF), without digits, Chinese characters or spaces</translation>
    </message>
    <message>
        <source>请填写中心名称，它印在号票和回执的抬头上</source>
        <translation>Enter the centre name; it is printed at the top of tickets and receipts</translation>
    </message>
    <message>
        <source>分类代码应为 1 到 16 位数字或英文字母（如 18），不能有汉字或空格</source>
        <translation>The category code must be 1 to 16 digits or Latin letters (e.g. 18), without Chinese characters or spaces</translation>
    </message>
    <message>
        <source>属地代码应为 6 到 12 位数字：区县如 460105，乡镇街道在后面加 3 位如 460105001</source>
        <translation>The location code must be 6 to 12 digits: a district like 460105, a town or street adds 3 digits like 460105001</translation>
    </message>
    <message>
        <source>请填写分类名称</source>
        <translation>Enter the category name</translation>
    </message>
    <message>
        <source>请填写属地名称</source>
        <translation>Enter the location name</translation>
    </message>
    <message>
        <source>代码“{code}”已被使用（可能是已停用的一项），请换一个代码</source>
        <translation>Code “{code}” is already used (perhaps by a deactivated item); choose another code</translation>
    </message>
    <message>
        <source>已有名为“{name}”的内容分类（代码 {code}），请换一个名称</source>
        <translation>There is already a content category named “{name}” (code {code}); choose another name</translation>
    </message>
    <message>
        <source>同一上级下已有名为“{name}”的属地（代码 {code}），请换一个名称</source>
        <translation>There is already a location named “{name}” under the same parent (code {code}); choose another name</translation>
    </message>
    <message>
        <source>找不到代码为“{code}”的内容分类，请刷新列表后重试</source>
        <translation>No content category with code “{code}”; reopen the list and try again</translation>
    </message>
    <message>
        <source>找不到代码为“{code}”的属地，请刷新列表后重试</source>
        <translation>No location with code “{code}”; reopen the list and try again</translation>
    </message>
    <message>
        <source>数据库文件已损坏，不能继续使用：{database}
为免写坏更多数据，已停止取号和登记。
最近一次完好的备份：{backup}（{taken_at}）。
请关闭所有来访接待台窗口和叫号显示屏，然后运行：
python main.py restore &quot;{backup}&quot;</source>
        <translation>The database file is damaged and cannot be used any more: {database}
To avoid damaging more data, issuing tickets and registration have been stopped.
Latest good backup: {backup} ({taken_at}).
Close all Laifang Desk windows and the display board, then run:
python main.py restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>数据库文件已损坏，不能继续使用：{database}
为免写坏更多数据，已停止取号和登记。
备份文件夹 {folder} 里没有可用的备份。请不要删除或改动数据库文件，立即联系管理员修复。</source>
        <translation>The database file is damaged and cannot be used any more: {database}
To avoid damaging more data, issuing tickets and registration have been stopped.
There is no usable backup in the backup folder {folder}. Do not delete or change the database file; contact the administrator at once to repair it.</translation>
    </message>
    <message>
        <source>备份和恢复只适用于本机的 SQLite 数据库。服务器上的数据库（{backend}）请由管理员在服务器上备份。</source>
        <translation>Backup and restore only work for a local SQLite database. A database on a server ({backend}) must be backed up by the administrator on the server.</translation>
    </message>
    <message>
        <source>无法写入备份文件 {file}：{reason}。请检查磁盘空间和文件夹的写入权限后重试。</source>
        <translation>Could not write the backup file {file}: {reason}. Check the free disk space and the write permission of the folder, then try again.</translation>
    </message>
    <message>
        <source>备份文件不能是数据库本身：{file}。请换一个文件名。</source>
        <translation>The backup file cannot be the database itself: {file}. Please choose another file name.</translation>
    </message>
    <message>
        <source>找不到要恢复的备份文件：{file}。请检查路径；自动备份在 {folder}。</source>
        <translation>The backup file to restore was not found: {file}. Check the path; automatic backups are in {folder}.</translation>
    </message>
    <message>
        <source>不能用数据库自身来恢复：{file}。请选择一个备份文件（自动备份在 {folder}）。</source>
        <translation>Cannot restore from the database itself: {file}. Choose a backup file (automatic backups are in {folder}).</translation>
    </message>
    <message>
        <source>{file} 不是来访接待台的数据库，不能用来恢复。请换一个备份文件（自动备份在 {folder}）。</source>
        <translation>{file} is not a Laifang Desk database and cannot be used to restore. Choose another backup file (automatic backups are in {folder}).</translation>
    </message>
    <message>
        <source>备份文件 {file} 没有通过完整性检查（已损坏），不能用来恢复。请换一个较早的备份（自动备份在 {folder}）。</source>
        <translation>The backup file {file} failed the integrity check (it is damaged) and cannot be used to restore. Choose an earlier backup (automatic backups are in {folder}).</translation>
    </message>
    <message>
        <source>备份文件 {file} 的数据库版本（{revision}）不是本程序认识的版本，可能来自更新版本的程序。请用那个版本的程序恢复，或换一个备份。</source>
        <translation>The database version of the backup file {file} ({revision}) is not one this program knows; it may come from a newer version of the program. Restore it with that version, or choose another backup.</translation>
    </message>
    <message>
        <source>数据库正被其他程序使用（如叫号显示屏或另一个窗口），请先关闭它们再恢复。</source>
        <translation>The database is in use by another program (such as the display board or another window); close them before restoring.</translation>
    </message>
    <message>
        <source>无法读取终端设置文件 {path}：{reason}。请检查文件权限，或删除该文件后重新启动</source>
        <translation>Could not read the terminal settings file {path}: {reason}. Check the file permissions, or delete the file and restart</translation>
    </message>
    <message>
        <source>终端设置文件 {path} 格式错误（第 {line} 行第 {column} 列），不是有效的 JSON。请改正或删除该文件后重新启动</source>
        <translation>The terminal settings file {path} is malformed (line {line}, column {column}): it is not valid JSON. Correct or delete the file and restart</translation>
    </message>
    <message>
        <source>终端设置文件 {path} 格式错误：应为一个 JSON 对象 {{…}}。请改正或删除该文件后重新启动</source>
        <translation>The terminal settings file {path} is malformed: it should be a JSON object {{…}}. Correct or delete the file and restart</translation>
    </message>
    <message>
        <source>终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为 1–9 的整数或 null。请改正或删除该文件后重新启动</source>
        <translation>In the terminal settings file {path}, the value {value} of {setting} is not valid: it should be a whole number from 1 to 9, or null. Correct or delete the file and restart</translation>
    </message>
    <message>
        <source>终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为用双引号括起的文字。请改正或删除该文件后重新启动</source>
        <translation>In the terminal settings file {path}, the value {value} of {setting} is not valid: it should be text in double quotes. Correct or delete the file and restart</translation>
    </message>
    <message>
        <source>终端设置文件 {path} 中 {setting} 不能为空。请改正或删除该文件后重新启动</source>
        <translation>In the terminal settings file {path}, {setting} must not be empty. Correct or delete the file and restart</translation>
    </message>
    <message>
        <source>终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为 true 或 false。请改正或删除该文件后重新启动</source>
        <translation>In the terminal settings file {path}, the value {value} of {setting} is not valid: it should be true or false. Correct or delete the file and restart</translation>
    </message>
    <message>
        <source>终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为 {choices} 之一。请改正或删除该文件后重新启动</source>
        <translation>In the terminal settings file {path}, the value {value} of {setting} is not valid: it should be one of {choices}. Correct or delete the file and restart</translation>
    </message>
    <message>
        <source>终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为整数。请改正或删除该文件后重新启动</source>
        <translation>In the terminal settings file {path}, the value {value} of {setting} is not valid: it should be a whole number. Correct or delete the file and restart</translation>
    </message>
    <message>
        <source>终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为大于 0、不超过 {limit} 的秒数。请改正或删除该文件后重新启动</source>
        <translation>In the terminal settings file {path}, the value {value} of {setting} is not valid: it should be a number of seconds greater than 0 and at most {limit}. Correct or delete the file and restart</translation>
    </message>
    <message>
        <source>磁盘空间不足，文件 {path} 没有保存（原有文件未改动）：请清理磁盘或换一个位置保存</source>
        <translation>Not enough disk space: the file {path} was not saved (the existing file is unchanged). Free up disk space or save it somewhere else</translation>
    </message>
    <message>
        <source>没有权限写入 {path}（原有文件未改动）：文件可能正被其他程序打开或文件夹只读，请关闭该文件或换一个位置保存</source>
        <translation>No permission to write {path} (the existing file is unchanged): the file may be open in another program, or the folder may be read-only. Close the file or save it somewhere else</translation>
    </message>
    <message>
        <source>文件夹不存在，无法保存文件 {path}：请换一个位置保存</source>
        <translation>The folder does not exist, so the file {path} cannot be saved: save it somewhere else</translation>
    </message>
    <message>
        <source>无法保存文件 {path}（原有文件未改动）：{detail}。请换一个位置保存</source>
        <translation>Could not save the file {path} (the existing file is unchanged): {detail}. Save it somewhere else</translation>
    </message>
    <message>
        <source>数据文件夹 {path} 不是文件夹（有同名的文件）。请移走该文件，或用 LAIFANG_DATA_DIR 指定其他文件夹</source>
        <translation>The data folder {path} is not a folder (a file has that name). Move the file away, or choose another folder with LAIFANG_DATA_DIR</translation>
    </message>
    <message>
        <source>无法创建数据文件夹 {path}：{reason}。请检查上级文件夹的权限，或用 LAIFANG_DATA_DIR 指定其他文件夹</source>
        <translation>Could not create the data folder {path}: {reason}. Check the permissions of the parent folder, or choose another folder with LAIFANG_DATA_DIR</translation>
    </message>
    <message>
        <source>数据文件夹 {path} 不能写入。请检查文件夹权限，或用 LAIFANG_DATA_DIR 指定其他文件夹</source>
        <translation>The data folder {path} is not writable. Check the folder permissions, or choose another folder with LAIFANG_DATA_DIR</translation>
    </message>
    <message>
        <source>数据文件夹 {path} 无法使用：{reason}。请检查文件夹权限，或用 LAIFANG_DATA_DIR 指定其他文件夹</source>
        <translation>The data folder {path} cannot be used: {reason}. Check the folder permissions, or choose another folder with LAIFANG_DATA_DIR</translation>
    </message>
    <message>
        <source>--db 指向的是文件夹，不是数据库文件：{path}。请在 --db 中写出数据库文件的完整路径，如 sqlite:///{example}</source>
        <translation>--db points to a folder, not a database file: {path}. Give the full path of the database file in --db, e.g. sqlite:///{example}</translation>
    </message>
    <message>
        <source>数据库文件所在的文件夹不存在：{folder}。请检查 --db 中的路径；如确要在那里新建数据库，请先创建该文件夹</source>
        <translation>The folder of the database file does not exist: {folder}. Check the path in --db; to create a new database there, create the folder first</translation>
    </message>
    <message>
        <source>数据库文件所在的文件夹 {folder} 不能写入（SQLite 要在数据库旁写日志文件）。请检查文件夹权限，或把数据库放到可写的文件夹</source>
        <translation>The folder of the database file, {folder}, is not writable (SQLite writes a journal file next to the database). Check the folder permissions, or put the database in a writable folder</translation>
    </message>
    <message>
        <source>数据库文件 {path} 不能读写。请检查文件的权限和所有者</source>
        <translation>The database file {path} cannot be read or written. Check the file&apos;s permissions and owner</translation>
    </message>
    <message>
        <source>{path} 不是数据库文件（可能把别的文件当成了数据库）。程序没有改动它。请检查 --db 中的路径</source>
        <translation>{path} is not a database file (another file may have been taken for the database). The program has not changed it. Check the path in --db</translation>
    </message>
    <message>
        <source>{path} 是其他程序的数据库，不是来访接待台的数据库。程序没有改动它。请检查 --db 中的路径</source>
        <translation>{path} is another program&apos;s database, not a Laifang Desk database. The program has not changed it. Check the path in --db</translation>
    </message>
    <message>
        <source>数据库文件 {path} 已损坏，无法打开。程序没有改动它。请从备份恢复（本机数据库：python main.py restore 备份文件），或联系管理员</source>
        <translation>The database file {path} is damaged and cannot be opened. The program has not changed it. Restore it from a backup (local database: python main.py restore &lt;backup file&gt;), or contact the administrator</translation>
    </message>
    <message>
        <source>数据库 {path} 正被其他程序锁定，等了 {seconds} 秒仍未释放。请关闭其他来访接待台窗口或占用它的程序后重新启动</source>
        <translation>The database {path} is locked by another program and was still not released after {seconds} seconds. Close the other Laifang Desk windows or the program using it, then restart</translation>
    </message>
    <message>
        <source>数据库由更新版本的程序创建（版本 {revision}），本程序无法使用，也没有改动它。请安装新版本的来访接待台</source>
        <translation>The database was created by a newer version of the program (version {revision}); this program cannot use it and has not changed it. Install the new version of Laifang Desk</translation>
    </message>
    <message>
        <source>数据库结构不完整：已有来访接待台的表，却没有版本记录（可能是升级中断）。为免损坏数据，程序没有改动它。请从备份恢复（本机数据库：python main.py restore 备份文件），或联系管理员</source>
        <translation>The database structure is incomplete: it has Laifang Desk tables but no version record (an upgrade may have been interrupted). To avoid damaging data, the program has not changed it. Restore it from a backup (local database: python main.py restore &lt;backup file&gt;), or contact the administrator</translation>
    </message>
    <message>
        <source>数据库结构不完整：版本 {revision} 应有的表 {tables} 不存在（可能是升级中断）。为免损坏数据，程序没有改动它。请从备份恢复（本机数据库：python main.py restore 备份文件），或联系管理员</source>
        <translation>The database structure is incomplete: the tables {tables} that version {revision} should have are missing (an upgrade may have been interrupted). To avoid damaging data, the program has not changed it. Restore it from a backup (local database: python main.py restore &lt;backup file&gt;), or contact the administrator</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {server}：服务器未启动或拒绝连接。请确认服务器已启动、--db 中的地址和端口正确，然后重新启动</source>
        <translation>Could not connect to the database server {server}: the server is not running or refused the connection. Make sure the server is running and the address and port in --db are correct, then restart</translation>
    </message>
    <message>
        <source>找不到数据库服务器 {host}（地址无法解析）。请检查 --db 中的服务器地址和网络连接</source>
        <translation>The database server {host} was not found (the address cannot be resolved). Check the server address in --db and the network connection</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 拒绝了用户 {user}：用户不存在或密码不对。请检查 --db 中的用户名和密码，或请管理员开通该用户</source>
        <translation>The database server {server} rejected the user {user}: the user does not exist or the password is wrong. Check the user name and password in --db, or ask the administrator to set up the user</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 上没有数据库 {database}。请检查 --db 中的数据库名，或请管理员创建该数据库</source>
        <translation>There is no database {database} on the database server {server}. Check the database name in --db, or ask the administrator to create the database</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 在 {seconds} 秒内没有应答。请检查网络和服务器后重新启动；等待时间可用环境变量 LAIFANG_CONNECT_TIMEOUT 或 terminal.json 的 connect_timeout_seconds 调整</source>
        <translation>The database server {server} did not answer within {seconds} seconds. Check the network and the server, then restart; the waiting time can be changed with the environment variable LAIFANG_CONNECT_TIMEOUT or connect_timeout_seconds in terminal.json</translation>
    </message>
    <message>
        <source>数据库用户 {user} 没有在数据库 {database} 中建表或写入的权限。请管理员授予权限后重新启动</source>
        <translation>The database user {user} has no permission to create tables or write in the database {database}. Ask the administrator to grant it, then restart</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {server}：{reason}。请检查 --db 的设置和服务器状态后重新启动</source>
        <translation>Could not connect to the database server {server}: {reason}. Check the --db setting and the server status, then restart</translation>
    </message>
    <message>
        <source>环境变量 LAIFANG_CONNECT_TIMEOUT 的值 {value} 无效：应为大于 0、不超过 600 的秒数。请改正或删除它后重新启动</source>
        <translation>The environment variable LAIFANG_CONNECT_TIMEOUT has an invalid value {value}: it should be a number of seconds greater than 0 and at most 600. Correct or remove it, then restart</translation>
    </message>
    <message>
        <source>{label}含有不可见或控制字符，请删除后重新输入</source>
        <translation>{label} contains invisible or control characters; delete them and enter it again</translation>
    </message>
    <message>
        <source>{label}不能只有空白或不可见字符，请重新输入</source>
        <translation>{label} cannot be only spaces or invisible characters; please enter it again</translation>
    </message>
    <message>
        <source>{label}太长：最多 {limit} 个字，现在 {length} 个字，请删减</source>
        <translation>{label} is too long: at most {limit} characters, now {length}; please shorten it</translation>
    </message>
    <message>
        <source>信访件编号或查询码不正确，请核对回执上的编号和查询码</source>
        <translation>The case number or enquiry code is wrong; check both against the receipt</translation>
    </message>
    <message>
        <source>请输入信访件编号，或扫描回执上的二维码</source>
        <translation>Type the case number, or scan the QR code on the receipt</translation>
    </message>
    <message>
        <source>这是排队号票的二维码，请扫描回执上的二维码</source>
        <translation>This is a queue ticket&apos;s QR code; scan the QR code on the receipt instead</translation>
    </message>
    <message>
        <source>请输入回执上的查询码</source>
        <translation>Type the enquiry code from the receipt</translation>
    </message>
    <message>
        <source>查询码错误次数过多，查询已暂停，请于{time}后再试，或持回执到窗口查询</source>
        <translation>Too many wrong enquiry codes: enquiries are paused; try again after {time}, or bring the receipt to a window</translation>
    </message>
    <message>
        <source>该步骤已经更正过</source>
        <translation>This step has already been corrected</translation>
    </message>
    <message>
        <source>只能更正最近的一个办理步骤；更早的步骤请先更正其后的步骤</source>
        <translation>Only the latest step can be corrected; correct the steps after an earlier one first</translation>
    </message>
    <message>
        <source>登记步骤不能更正</source>
        <translation>The registration step cannot be corrected</translation>
    </message>
    <message>
        <source>请写明更正的原因</source>
        <translation>Please write the reason for the correction</translation>
    </message>
    <message>
        <source>该件现在处于“{current}”，不能记录“{step}”</source>
        <translation>The case is now at “{current}”; “{step}” cannot be recorded</translation>
    </message>
    <message>
        <source>日期 {day} 早于上一步骤的日期 {last}，请核对</source>
        <translation>The date {day} is before the previous step&apos;s date {last}; please check it</translation>
    </message>
    <message>
        <source>开始日期不能晚于结束日期</source>
        <translation>The start date cannot be after the end date</translation>
    </message>
    <message>
        <source>导出文件名应以 .csv 或 .xlsx（Excel）结尾：{name}</source>
        <translation>The export file name must end in .csv or .xlsx (Excel): {name}</translation>
    </message>
    <message>
        <source>数据库已有用户，命令需要以用户身份运行：请加上 --user 用户名，密码放在环境变量 LAIFANG_PASSWORD 中或从标准输入提供</source>
        <translation>The database has users, so the command must run as a user: add --user USERNAME and give the password in the LAIFANG_PASSWORD environment variable or on standard input</translation>
    </message>
    <message>
        <source>没有读到密码：请在环境变量 LAIFANG_PASSWORD 中或从标准输入提供密码</source>
        <translation>No password was read: give it in the LAIFANG_PASSWORD environment variable or on standard input</translation>
    </message>
    <message>
        <source>用户名或密码不正确，请重新输入</source>
        <translation>Wrong user name or password; try again</translation>
    </message>
    <message>
        <source>密码连续输错次数过多，账户已锁定到 {time}；请稍后再试，或请管理员解锁</source>
        <translation>Too many wrong passwords: the account is locked until {time}. Try again later, or ask an administrator to unlock it</translation>
    </message>
    <message>
        <source>密码已连续输错 {count} 次，请在 {seconds} 秒后再试</source>
        <translation>Wrong password {count} times in a row; try again in {seconds} s</translation>
    </message>
    <message>
        <source>没有锁定的用户，请登录</source>
        <translation>No user has locked the terminal; please log in</translation>
    </message>
    <message>
        <source>还没有任何用户：请先创建管理员账户</source>
        <translation>There are no users yet: create the administrator account first</translation>
    </message>
    <message>
        <source>密码至少需要 {count} 个字符，请换一个更长的密码</source>
        <translation>The password needs at least {count} characters; choose a longer one</translation>
    </message>
    <message>
        <source>密码不能超过 {count} 个字符</source>
        <translation>The password cannot be longer than {count} characters</translation>
    </message>
    <message>
        <source>密码的开头和结尾不能是空格</source>
        <translation>The password cannot start or end with a space</translation>
    </message>
    <message>
        <source>密码不能包含换行、制表符等控制字符</source>
        <translation>The password cannot contain line breaks, tabs or other control characters</translation>
    </message>
    <message>
        <source>密码过于简单（只由一两个数字重复组成），请换一个</source>
        <translation>The password is too simple (one or two digits repeated); choose another</translation>
    </message>
    <message>
        <source>当前用户（{role}）无权{action}；需要{roles}登录后操作</source>
        <translation>The current user ({role}) may not {action}; log in as {roles} to do this</translation>
    </message>
    <message>
        <source>当前用户（领导）只能查看本人接访场次的简报；这一场不是“{name}”的接访</source>
        <translation>A leader can only view briefings for their own receptions; this one is not “{name}”&apos;s</translation>
    </message>
    <message>
        <source>请先登录：本终端已锁定或没有用户登录</source>
        <translation>Log in first: this terminal is locked or nobody is logged in</translation>
    </message>
    <message>
        <source>密码最短长度应为 {low} 到 {high} 之间的整数</source>
        <translation>The minimum password length must be a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>连续登录失败锁定次数应为 {low} 到 {high} 之间的整数</source>
        <translation>Failed logins before locking must be a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>账户锁定时长应为 {low} 到 {high} 分钟</source>
        <translation>The account lock time must be {low} to {high} minutes</translation>
    </message>
    <message>
        <source>无操作自动锁屏时间应为 {low} 到 {high} 分钟</source>
        <translation>The idle time before the screen locks must be {low} to {high} minutes</translation>
    </message>
    <message>
        <source>用户名应为 2 到 32 个英文字母、数字或 . _ -，以字母或数字开头（如 zhangsan）</source>
        <translation>A user name has 2 to 32 Latin letters, digits or . _ - and starts with a letter or digit (e.g. zhangsan)</translation>
    </message>
    <message>
        <source>请填写用户的姓名</source>
        <translation>Enter the user&apos;s name</translation>
    </message>
    <message>
        <source>请选择角色：前台、接谈员、科长、领导或管理员</source>
        <translation>Choose a role: front desk, window clerk, section chief, leader or administrator</translation>
    </message>
    <message>
        <source>没有用户名为 {username} 的用户</source>
        <translation>There is no user named {username}</translation>
    </message>
    <message>
        <source>已经有用户了：请由管理员登录后在 用户管理 中添加用户</source>
        <translation>There are users already: an administrator adds users under Users after logging in</translation>
    </message>
    <message>
        <source>第一个用户必须是管理员（角色 admin），由他再添加其他用户</source>
        <translation>The first user must be an administrator (role admin), who then adds the other users</translation>
    </message>
    <message>
        <source>请先登录</source>
        <translation>Log in first</translation>
    </message>
    <message>
        <source>当前密码不正确</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账户</source>
        <translation>You cannot deactivate the account you are using</translation>
    </message>
    <message>
        <source>用户名 {username} 已被使用，请换一个</source>
        <translation>The user name {username} is taken; choose another</translation>
    </message>
    <message>
        <source>这是最后一个启用的管理员账户，不能停用或改为其他角色；请先添加另一位管理员</source>
        <translation>This is the last active administrator account; it cannot be deactivated or given another role. Add another administrator first</translation>
    </message>
    <message>
        <source>天数应为 0–{most} 的整数，例如 7 表示未来 7 天内到期</source>
        <translation>Days must be a whole number from 0 to {most}; e.g. 7 means due within the next 7 days</translation>
    </message>
    <message>
        <source>导出文件名应以 .xlsx（Excel）或 .pdf 结尾：{name}</source>
        <translation>The export file name must end in .xlsx (Excel) or .pdf: {name}</translation>
    </message>
    <message>
        <source>该件登记后已有后续办理步骤，不能在登记页更改办理方式；请在“办理流程”中更正</source>
        <translation>This case already has steps after registration, so its handling cannot be changed on the registration page; correct it in the “Case timeline”</translation>
    </message>
    <message>
        <source>这次来访已登记为信访件 {case}，不能再关联到其他信访件</source>
        <translation>This visit is registered as case {case}; it cannot be linked to another case</translation>
    </message>
    <message>
        <source>这次来访已关联到信访件 {case}；如关联错了，请先撤销关联</source>
        <translation>This visit is linked to case {case}; if the link is wrong, undo it first</translation>
    </message>
    <message>
        <source>找不到要关联的信访件（可能已被删除），请重新打开这次来访</source>
        <translation>The case to link to cannot be found (it may have been deleted); open this visit again</translation>
    </message>
    <message>
        <source>信访件 {case} 不是这位来访人的事项（既不是本人反映的，也不是其作为代表参加的集体访），不能关联</source>
        <translation>Case {case} is not this visitor&apos;s matter (neither raised by them nor a group visit they represented); it cannot be linked</translation>
    </message>
    <message>
        <source>这次来访已关联到信访件 {case}；要改为新事项，请先撤销关联</source>
        <translation>This visit is linked to case {case}; to make it a new matter, undo the link first</translation>
    </message>
    <message>
        <source>请写明撤销关联的原因</source>
        <translation>Write the reason for undoing the link</translation>
    </message>
    <message>
        <source>这次来访没有关联到信访件，无需撤销</source>
        <translation>This visit is not linked to a case; there is nothing to undo</translation>
    </message>
    <message>
        <source>这次来访没有关联到信访件，请保存登记后再办结</source>
        <translation>This visit is not linked to a case; save the registration before finishing</translation>
    </message>
    <message>
        <source>号票 {ticket} 现在是“{status}”，还不能办结：请先在叫号页叫号并开始接谈</source>
        <translation>Ticket {ticket} is “{status}” and cannot be finished yet: call it on the queue page and start the interview first</translation>
    </message>
    <message>
        <source>这位来访人已预约了这场接访（预约号 {code}），不能重复预约</source>
        <translation>This visitor has already booked this session (booking code {code}) and cannot book it twice</translation>
    </message>
    <message>
        <source>请选择另一场接访或另一个时段</source>
        <translation>Choose another session or another time slot</translation>
    </message>
    <message>
        <source>还有 {count} 个预约没有决定改约还是取消，请逐一处理</source>
        <translation>Bookings still waiting for a decision (move or cancel): {count}; handle each one</translation>
    </message>
    <message>
        <source>找不到这场接访，可能已被删除；请刷新后重试</source>
        <translation>This session cannot be found; it may have been deleted. Refresh and try again</translation>
    </message>
    <message>
        <source>找不到这个预约，请核对预约号</source>
        <translation>This booking cannot be found; check the booking code</translation>
    </message>
    <message>
        <source>预约 {code} 已到场、已接谈或已取消，不能再改约或取消</source>
        <translation>Booking {code} has arrived, been received or been cancelled; it can no longer be moved or cancelled</translation>
    </message>
    <message>
        <source>请填写原因</source>
        <translation>Enter the reason</translation>
    </message>
    <message>
        <source>请选择反映问题的内容分类（用于核对是否属于接访领导的分管领域）</source>
        <translation>Choose the content category of the issue (used to check it is in the receiving leader&apos;s portfolio)</translation>
    </message>
    <message>
        <source>请从列表中选择内容分类</source>
        <translation>Choose a content category from the list</translation>
    </message>
    <message>
        <source>破例预约须经科长同意：请填写批准人姓名</source>
        <translation>An exception booking needs a section chief&apos;s approval: enter the approver&apos;s name</translation>
    </message>
    <message>
        <source>该证件号码已登记的姓名是“{old_name}”，与填写的“{new_name}”不同；请核对（改名请在取号页办理）</source>
        <translation>This ID number is registered under the name “{old_name}”, not “{new_name}”; please check (change names on the ticket page)</translation>
    </message>
    <message>
        <source>该场接访已取消，不能预约</source>
        <translation>This session has been cancelled and cannot be booked</translation>
    </message>
    <message>
        <source>该场接访尚未发布，不能预约</source>
        <translation>This session is not published yet and cannot be booked</translation>
    </message>
    <message>
        <source>{day} 这场接访的预约已于 {cutoff} 截止，请改约其他场次</source>
        <translation>Booking for the session on {day} closed at {cutoff}; book another session</translation>
    </message>
    <message>
        <source>{day} 这场接访的 {capacity} 个名额已约满，请选择其他场次</source>
        <translation>All {capacity} places of the session on {day} are booked; choose another session</translation>
    </message>
    <message>
        <source>{time} 这个时段已有人预约，请选择其他时段</source>
        <translation>The {time} slot is already booked; choose another slot</translation>
    </message>
    <message>
        <source>请从这场接访的时段中选择一个</source>
        <translation>Choose one of this session&apos;s time slots</translation>
    </message>
    <message>
        <source>反映的问题（{category}）不属于{leader}的分管领域（{portfolio}），不予预约；请改约分管该领域的领导</source>
        <translation>The issue ({category}) is not in {leader}&apos;s portfolio ({portfolio}), so it cannot be booked; book the leader in charge of that field</translation>
    </message>
    <message>
        <source>该事项（{case}）于 {day} 登记，两个月内已受理或正在办理，不予预约；请等待办理结果</source>
        <translation>This matter ({case}) was registered on {day} and has been accepted or is being handled within the last two months, so it cannot be booked; wait for the result</translation>
    </message>
    <message>
        <source>该事项（{case}）已办结（终结），不予预约</source>
        <translation>This matter ({case}) is closed (final), so it cannot be booked</translation>
    </message>
    <message>
        <source>该事项（{case}）已经过复查或复核，不予预约</source>
        <translation>This matter ({case}) has been reviewed or re-reviewed, so it cannot be booked</translation>
    </message>
    <message>
        <source>{day} 没有{leader}的已发布接访场次；请核对日期和领导姓名</source>
        <translation>There is no published reception by {leader} on {day}; check the date and the leader&apos;s name</translation>
    </message>
    <message>
        <source>{day} 没有已发布的接访场次；请核对日期</source>
        <translation>There is no published reception on {day}; check the date</translation>
    </message>
    <message>
        <source>请选择纸张：A4 或 80 毫米</source>
        <translation>Choose the paper: A4 or 80 mm</translation>
    </message>
    <message>
        <source>该预约已于 {time} 到场，号票 {ticket}；请勿重复取号</source>
        <translation>This booking arrived at {time} with ticket {ticket}; do not issue another ticket</translation>
    </message>
    <message>
        <source>预约 {code} 已取消或已处理，不能到场取号</source>
        <translation>Booking {code} is cancelled or already dealt with; no ticket can be issued for it</translation>
    </message>
    <message>
        <source>只有尚未到场的预约才能记为未到</source>
        <translation>Only a booking that has not arrived can be marked as a no-show</translation>
    </message>
    <message>
        <source>请扫描预约单上的二维码，或刷身份证 / 输入证件号码</source>
        <translation>Scan the QR code on the booking slip, or swipe the ID card / type the ID number</translation>
    </message>
    <message>
        <source>找不到预约号 {code}，请核对预约单</source>
        <translation>Booking code {code} cannot be found; check the booking slip</translation>
    </message>
    <message>
        <source>该预约是 {day} 的领导接访，不是今天；请按预约日期前来</source>
        <translation>This booking is for the leader reception on {day}, not today; please come on the booked date</translation>
    </message>
    <message>
        <source>该证件今天没有领导接访预约；未预约的来访请到取号处正常取号</source>
        <translation>This ID has no leader reception booking today; visitors without a booking take a ticket at the ticket desk as usual</translation>
    </message>
    <message>
        <source>接访日期 {day} 已经过去，请选择今天或以后的日期</source>
        <translation>The reception date {day} has passed; choose today or a later date</translation>
    </message>
    <message>
        <source>结束时间应晚于开始时间（如 09:00–11:30）</source>
        <translation>The end time must be after the start time (e.g. 09:00–11:30)</translation>
    </message>
    <message>
        <source>请选择接访方式：接访、下访或约访</source>
        <translation>Choose the kind: reception, visit out or invited visit</translation>
    </message>
    <message>
        <source>预约截止时间应在接访开始之前（接访 {start} 开始）</source>
        <translation>The booking cut-off must be before the reception starts (it starts at {start})</translation>
    </message>
    <message>
        <source>{day} 是休息日（法定节假日或周末），一般不安排接访；确需安排请勾选“确认在休息日接访”</source>
        <translation>{day} is a rest day (public holiday or weekend), when receptions are not normally held; if it is really needed, tick “Confirm a reception on a rest day”</translation>
    </message>
    <message>
        <source>请选择接访领导</source>
        <translation>Choose the receiving leader</translation>
    </message>
    <message>
        <source>{name} 已不在接访名册中（已停用），请选择其他领导</source>
        <translation>{name} is no longer on the reception roster (deactivated); choose another leader</translation>
    </message>
    <message>
        <source>下访请选择去往的区县或乡镇</source>
        <translation>For a visit out, choose the district or town to go to</translation>
    </message>
    <message>
        <source>地区代码 {code} 不存在，请从列表中选择</source>
        <translation>Area code {code} does not exist; choose from the list</translation>
    </message>
    <message>
        <source>每个时段应为 {low} 到 {high} 分钟</source>
        <translation>Each time slot must be {low} to {high} minutes</translation>
    </message>
    <message>
        <source>接访时长不够一个 {minutes} 分钟的时段，请缩短时段或延长接访时间</source>
        <translation>The reception is shorter than one {minutes}-minute slot; shorten the slots or lengthen the reception</translation>
    </message>
    <message>
        <source>可接待人数应为 1 到 {most} 之间的整数</source>
        <translation>The number of places must be a whole number from 1 to {most}</translation>
    </message>
    <message>
        <source>所选陪同接访人员已不在名册中，请刷新后重新选择</source>
        <translation>A chosen accompanying person is no longer on the roster; refresh and choose again</translation>
    </message>
    <message>
        <source>{name} 在 {when} 已安排在“{place}”{kind}，同一时间不能在两处接访</source>
        <translation>{name} already has a {kind} at “{place}” on {when} and cannot receive in two places at once</translation>
    </message>
    <message>
        <source>“{place}”在 {when} 已有 {name} 的接访安排，请换一个地点或时间</source>
        <translation>“{place}” is already taken by {name}&apos;s reception on {when}; choose another place or time</translation>
    </message>
    <message>
        <source>请从承办单位名录中选择交办单位</source>
        <translation>Choose the unit to assign from the handling units directory</translation>
    </message>
    <message>
        <source>找不到这条批示，请刷新后重试</source>
        <translation>This instruction cannot be found; refresh and try again</translation>
    </message>
    <message>
        <source>这条批示已办结，不能再记录</source>
        <translation>This instruction is closed; nothing more can be recorded</translation>
    </message>
    <message>
        <source>日期应在批示日期 {given} 到今天之间</source>
        <translation>The date must be between the instruction date {given} and today</translation>
    </message>
    <message>
        <source>请填写{label}</source>
        <translation>Fill in “{label}”</translation>
    </message>
    <message>
        <source>找不到这个预约，可能已取消；请刷新后重试</source>
        <translation>This booking cannot be found; it may have been cancelled. Refresh and try again</translation>
    </message>
    <message>
        <source>请先选择接谈的来访人</source>
        <translation>Choose the visitor being interviewed first</translation>
    </message>
    <message>
        <source>{day} 没有已发布的领导接访，无法记录批示</source>
        <translation>There is no published leader reception on {day}, so no instruction can be recorded</translation>
    </message>
    <message>
        <source>该场接访已有 {count} 人预约，不能直接改日期、时间或地点；请先处理这些预约</source>
        <translation>This session already has bookings ({count}), so its date, time or place cannot simply be changed; deal with those bookings first</translation>
    </message>
    <message>
        <source>换人请选择另一位领导（现在就是这位领导接访）</source>
        <translation>To change the leader, choose a different one (this leader is already receiving)</translation>
    </message>
    <message>
        <source>请从名册中选择接替的领导</source>
        <translation>Choose the replacing leader from the roster</translation>
    </message>
    <message>
        <source>请先选择要发布的接访场次</source>
        <translation>Choose the session to publish first</translation>
    </message>
    <message>
        <source>{day} 的接访已经过去，不能发布</source>
        <translation>The reception on {day} is past and cannot be published</translation>
    </message>
    <message>
        <source>{day} 的接访距今只有 {ahead} 天，按规定应至少提前 {need} 天公布；确需现在发布请确认</source>
        <translation>The reception on {day} is too close (days left: {ahead}); the rule is to publish at least {need} days ahead. Confirm if it must be published now</translation>
    </message>
    <message>
        <source>该场接访尚未发布</source>
        <translation>This session is not published</translation>
    </message>
    <message>
        <source>该场接访已有 {count} 人预约，不能撤回发布；请先处理这些预约</source>
        <translation>This session already has bookings ({count}), so it cannot be unpublished; deal with those bookings first</translation>
    </message>
    <message>
        <source>该场接访已有 {count} 人预约，不能直接取消；请先处理这些预约</source>
        <translation>This session already has bookings ({count}), so it cannot simply be cancelled; deal with those bookings first</translation>
    </message>
    <message>
        <source>按这条规则在所选期间内没有可安排的日期，请调整日期范围或规则</source>
        <translation>This rule gives no dates in the chosen period; change the date range or the rule</translation>
    </message>
    <message>
        <source>{day} 无法安排：{reason}</source>
        <translation>{day} cannot be scheduled: {reason}</translation>
    </message>
    <message>
        <source>请至少选择一位接访领导（多位按顺序轮流）</source>
        <translation>Choose at least one receiving leader (several take turns in order)</translation>
    </message>
    <message>
        <source>日期范围应从早到晚，且不超过 {most} 天</source>
        <translation>The date range must run from earlier to later and be at most {most} days</translation>
    </message>
    <message>
        <source>请选择重复方式</source>
        <translation>Choose how it repeats</translation>
    </message>
    <message>
        <source>结束日期应不早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>一条规则最多安排两年内的接访</source>
        <translation>One rule can schedule receptions for two years at most</translation>
    </message>
    <message>
        <source>请选择星期一到星期五中的一天</source>
        <translation>Choose a day from Monday to Friday</translation>
    </message>
    <message>
        <source>请选择每月的第几个</source>
        <translation>Choose which one in the month</translation>
    </message>
    <message>
        <source>{day} 的这场接访已取消，不能再修改或发布</source>
        <translation>The session on {day} is cancelled and can no longer be changed or published</translation>
    </message>
    <message>
        <source>分管领域中的内容分类“{code}”不存在，请从列表中选择</source>
        <translation>Content category “{code}” in the portfolio does not exist; choose from the list</translation>
    </message>
    <message>
        <source>请至少选择一个分管领域：预约时按分管领域判断事项能否约见该领导</source>
        <translation>Choose at least one field in the portfolio: bookings use it to decide whether a matter can see this leader</translation>
    </message>
    <message>
        <source>分管领域选得太多，请减少几项</source>
        <translation>Too many fields in the portfolio; remove some</translation>
    </message>
    <message>
        <source>请选择陪同接访人员的身份：责任单位负责人、信访局负责人或律师</source>
        <translation>Choose the accompanying person&apos;s role: head of the responsible unit, head of the petition bureau, or lawyer</translation>
    </message>
    <message>
        <source>请填写责任单位负责人的单位名称</source>
        <translation>Enter the unit of the head of the responsible unit</translation>
    </message>
    <message>
        <source>该人员已不在名册中，请刷新后重试</source>
        <translation>This person is no longer on the roster; refresh and try again</translation>
    </message>
    <message>
        <source>导出文件名应以 .pdf、.xlsx 或 .ics（日历）结尾：{name}</source>
        <translation>The export file name must end in .pdf, .xlsx or .ics (calendar): {name}</translation>
    </message>
    <message>
        <source>导出的日期范围应从早到晚，且不超过 {most} 天</source>
        <translation>The export date range must run from earlier to later and be at most {most} days</translation>
    </message>
    <message>
        <source>公告要印中心的联系电话，但尚未填写：请在 工具 → 系统设置 → 中心信息 中填写</source>
        <translation>The notice prints the centre&apos;s phone number, which is not filled in yet: enter it under Tools → System settings → Centre</translation>
    </message>
    <message>
        <source>年份应在 {low} 到 {high} 之间</source>
        <translation>The year must be from {low} to {high}</translation>
    </message>
    <message>
        <source>日期应在 {low} 年到 {high} 年之间，请核对年份</source>
        <translation>The date must be in the years {low} to {high}; check the year</translation>
    </message>
    <message>
        <source>{day} 没有录入过，无需删除；请刷新列表后再试</source>
        <translation>{day} was never entered, so there is nothing to delete; refresh the list and try again</translation>
    </message>
    <message>
        <source>{year} 年的节假日安排程序里已有（国务院通知），无需标记</source>
        <translation>The program already has the holiday schedule for {year} (State Council notice); no need to mark it</translation>
    </message>
    <message>
        <source>{year} 年已标记为已录入全年节假日</source>
        <translation>{year} is already marked as having all its holidays entered</translation>
    </message>
    <message>
        <source>{year} 年没有标记为已录入，无需撤销</source>
        <translation>{year} is not marked as entered; nothing to remove</translation>
    </message>
    <message>
        <source>{day} 按国务院安排（或周末）本来就是这样；要撤销先前的录入，请在列表中选中它后点“删除”</source>
        <translation>{day} is already like this by the State Council schedule (or as a weekend); to undo an earlier entry, select it in the list and press “Delete”</translation>
    </message>
    <message>
        <source>{day} 按国务院安排（或周末）已是工作日，录入为调休上班日不会改变任何期限</source>
        <translation>{day} is already a working day by the State Council schedule (or the weekend rule); entering it as a make-up working day changes no deadline</translation>
    </message>
    <message>
        <source>{day} 按国务院安排（或周末）已是休息日，录入为休息日不会改变任何期限</source>
        <translation>{day} is already a rest day by the State Council schedule (or as a weekend); entering it as a rest day changes no deadline</translation>
    </message>
    <message>
        <source>单位代码应为 1 到 32 位英文字母、数字、点、横线或下划线（如 HK-ZJJ），以字母或数字开头，不能有汉字或空格</source>
        <translation>A unit code has 1 to 32 Latin letters, digits, dots, hyphens or underscores (e.g. HK-ZJJ), starts with a letter or digit, and has no Chinese characters or spaces</translation>
    </message>
    <message>
        <source>请填写单位名称</source>
        <translation>Enter the unit name</translation>
    </message>
    <message>
        <source>请从列表中选择单位类别</source>
        <translation>Choose the unit category from the list</translation>
    </message>
    <message>
        <source>联系电话只能有数字、空格、+、-、括号（如 0898-66668888），或不填</source>
        <translation>A phone number may only have digits, spaces, +, - and brackets (e.g. 0898-66668888), or be left empty</translation>
    </message>
    <message>
        <source>单位代码“{code}”已被使用（可能是已停用的单位），请换一个代码</source>
        <translation>Unit code “{code}” is taken (perhaps by a deactivated unit); choose another code</translation>
    </message>
    <message>
        <source>已有名为“{name}”的单位（代码 {code}），请换一个名称</source>
        <translation>There is already a unit named “{name}” (code {code}); choose another name</translation>
    </message>
    <message>
        <source>找不到代码为“{code}”的单位，请刷新列表后重试</source>
        <translation>No unit has the code “{code}”; refresh the list and try again</translation>
    </message>
    <message>
        <source>中心数据库须为 PostgreSQL（地址以 postgresql:// 开头）</source>
        <translation>The central database must be PostgreSQL (its address starts with postgresql://)</translation>
    </message>
    <message>
        <source>中心数据库尚未建立，请管理员运行 python main.py central init</source>
        <translation>The central database is not set up yet; the administrator should run python main.py central init</translation>
    </message>
    <message>
        <source>中心数据库的版本比本程序新，请先更新本程序；在此之前本机照常离线工作</source>
        <translation>The central database is newer than this program; update the program first. Until then this PC works offline as usual</translation>
    </message>
    <message>
        <source>中心数据库的版本较旧，请管理员运行 python main.py central init 升级</source>
        <translation>The central database is older; the administrator should run python main.py central init to upgrade it</translation>
    </message>
    <message>
        <source>无法连接中心数据库，本机离线工作，恢复后自动同步</source>
        <translation>Cannot connect to the central database; this PC works offline and syncs automatically when it is back</translation>
    </message>
    <message>
        <source>有数据与中心数据库冲突，同步已暂停，本机照常离线工作；请联系管理员处理</source>
        <translation>Some data conflicts with the central database; syncing is paused and this PC works offline as usual. Contact the administrator</translation>
    </message>
    <message>
        <source>结束日期 {last} 早于开始日期 {first}；请把结束日期改到开始日期之后</source>
        <translation>The end date {last} is before the start date {first}; move the end date after the start date</translation>
    </message>
    <message>
        <source>统计时段最长 {most} 天；请缩短时段</source>
        <translation>A statistics period can be {most} days at most; shorten it</translation>
    </message>
    <message>
        <source>时段“{text}”无法识别：请写成 2026-10-31（日）、2026-10（月）或 2026（年）</source>
        <translation>Period “{text}” is not understood: write 2026-10-31 (day), 2026-10 (month) or 2026 (year)</translation>
    </message>
    <message>
        <source>没有名为“{key}”的统计项</source>
        <translation>There is no statistic named “{key}”</translation>
    </message>
    <message>
        <source>日期“{value}”应写成 2026-10-31</source>
        <translation>Write the date “{value}” as 2026-10-31</translation>
    </message>
    <message>
        <source>请填写中心数据库的服务器地址（主机名或 IP）</source>
        <translation>Enter the central database server address (host name or IP)</translation>
    </message>
    <message>
        <source>端口应为 1–65535 的整数（PostgreSQL 通常为 5432）</source>
        <translation>The port must be a whole number from 1 to 65535 (PostgreSQL usually uses 5432)</translation>
    </message>
    <message>
        <source>请填写中心数据库名</source>
        <translation>Enter the central database name</translation>
    </message>
    <message>
        <source>请填写连接中心数据库的用户名</source>
        <translation>Enter the user name for the central database</translation>
    </message>
    <message>
        <source>加密方式应为 {modes} 之一</source>
        <translation>Encryption must be one of {modes}</translation>
    </message>
    <message>
        <source>模式名只能包含字母、数字和下划线，或留空</source>
        <translation>A schema name may only have letters, digits and underscores, or be empty</translation>
    </message>
    <message>
        <source>中心数据库地址格式错误，应为 postgresql://用户@主机:端口/数据库</source>
        <translation>The central database address is malformed; it should be postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>用户名或密码不正确：中心数据库拒绝了用户 {user} 的登录，请核对后重试</source>
        <translation>Wrong user name or password: the central database refused the login of user {user}; check and try again</translation>
    </message>
    <message>
        <source>中心服务器上没有数据库 {database}，请核对数据库名</source>
        <translation>The central server has no database {database}; check the database name</translation>
    </message>
    <message>
        <source>无法连接中心数据库 {where}：服务器没有应答。请检查地址、端口、网络和防火墙</source>
        <translation>Cannot connect to the central database {where}: the server does not answer. Check the address, port, network and firewall</translation>
    </message>
    <message>
        <source>中心数据库拒绝了连接（错误代码 {code}），请联系管理员</source>
        <translation>The central database refused the connection (error code {code}); contact the administrator</translation>
    </message>
    <message>
        <source>只有科长可以查看和处理同步冲突，请科长登录后操作</source>
        <translation>Only a section chief can view and resolve sync conflicts; a section chief must log in</translation>
    </message>
    <message>
        <source>尚未配置中心数据库：系统设置 → 中心数据库</source>
        <translation>No central database is set up: System settings → Central database</translation>
    </message>
    <message>
        <source>找不到这条冲突记录，可能已被处理，请刷新列表</source>
        <translation>This conflict cannot be found; it may have been dealt with. Refresh the list</translation>
    </message>
    <message>
        <source>导出文件名应以 {suffixes} 结尾：{name}</source>
        <translation>The export file name must end in {suffixes}: {name}</translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <source>即将叫号</source>
        <translation>Called shortly</translation>
    </message>
    <message>
        <source>约 {low}–{high} 分钟</source>
        <translation>About {low}–{high} minutes</translation>
    </message>
</context>
<context>
    <name>ExtensionForm</name>
    <message>
        <source>延期办理（限一次）</source>
        <translation>Extension (only once)</translation>
    </message>
    <message>
        <source>批准延期的负责人</source>
        <translation>Official who approved the extension</translation>
    </message>
    <message>
        <source>延期告知书上会告知来访人</source>
        <translation>The visitor is told this in the extension notice</translation>
    </message>
    <message>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>新的办理期限</source>
        <translation>New handling deadline</translation>
    </message>
    <message>
        <source>原办理期限 {due}，最多延至 {latest}</source>
        <translation>Original deadline {due}; can be extended to {latest} at most</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>中心名称</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>信访件编号前缀</source>
        <translation>Case number prefix</translation>
    </message>
    <message>
        <source>受理告知时限</source>
        <translation>Acceptance notice time limit</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Handling time limit</translation>
    </message>
    <message>
        <source>延期时限</source>
        <translation>Extension time limit</translation>
    </message>
    <message>
        <source>期限末日遇休息日顺延</source>
        <translation>Move a deadline that ends on a rest day</translation>
    </message>
    <message>
        <source>重呼次数上限</source>
        <translation>Recall limit</translation>
    </message>
    <message>
        <source>大厅语音播报</source>
        <translation>Voice announcements in the hall</translation>
    </message>
    <message>
        <source>接访日程提前公布天数</source>
        <translation>Days to publish the schedule in advance</translation>
    </message>
    <message>
        <source>预约截止时间</source>
        <translation>Booking cut-off time</translation>
    </message>
    <message>
        <source>领导接访预约须知</source>
        <translation>Booking notes for leader receptions</translation>
    </message>
    <message>
        <source>领导批示书面回复期限（天）</source>
        <translation>Written reply deadline for instructions (days)</translation>
    </message>
    <message>
        <source>领导批示办结期限（天）</source>
        <translation>Closing deadline for instructions (days)</translation>
    </message>
    <message>
        <source>最后关闭的服务日</source>
        <translation>Last closed service day</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>号票提示语</source>
        <translation>Ticket notice</translation>
    </message>
    <message>
        <source>回执提示语</source>
        <translation>Receipt notice</translation>
    </message>
    <message>
        <source>分类名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>属地名称</source>
        <translation>Location name</translation>
    </message>
    <message>
        <source>事项概况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>内容分类</source>
        <translation>Content category</translation>
    </message>
    <message>
        <source>问题属地</source>
        <translation>Location of the problem</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>法定途径</source>
        <translation>Legal route</translation>
    </message>
    <message>
        <source>不予受理理由</source>
        <translation>Reason for not accepting</translation>
    </message>
    <message>
        <source>不予受理依据</source>
        <translation>Basis for not accepting</translation>
    </message>
    <message>
        <source>转送文号</source>
        <translation>Transfer document no.</translation>
    </message>
    <message>
        <source>被反映人或单位</source>
        <translation>Person or unit complained about</translation>
    </message>
    <message>
        <source>提交材料</source>
        <translation>Materials handed in</translation>
    </message>
    <message>
        <source>现住址</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>户籍地址</source>
        <translation>Registered residence address</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>终端编号</source>
        <translation>Terminal code</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>代表姓名</source>
        <translation>Representative&apos;s name</translation>
    </message>
    <message>
        <source>代表证件号码</source>
        <translation>Representative&apos;s ID number</translation>
    </message>
    <message>
        <source>代表电话</source>
        <translation>Representative&apos;s phone</translation>
    </message>
    <message>
        <source>密码最短长度</source>
        <translation>Minimum password length</translation>
    </message>
    <message>
        <source>连续登录失败锁定次数</source>
        <translation>Failed logins before locking</translation>
    </message>
    <message>
        <source>账户锁定时长（分钟）</source>
        <translation>Account lock time (minutes)</translation>
    </message>
    <message>
        <source>无操作自动锁屏（分钟）</source>
        <translation>Lock screen when idle (minutes)</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>Reason for undoing</translation>
    </message>
    <message>
        <source>反映问题</source>
        <translation>Issue raised</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>破例预约理由</source>
        <translation>Reason for the exception booking</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>接访主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>书面回复</source>
        <translation>Written reply</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>换人原因</source>
        <translation>Reason for the change of leader</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>规则名称</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>单位地址</source>
        <translation>Unit address</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>首次启动 — 创建管理员</source>
        <translation>First start — create the administrator</translation>
    </message>
    <message>
        <source>这是本数据库第一次启动，还没有任何用户。
请创建第一个管理员账户：之后每位工作人员用自己的账户登录，系统按角色控制权限，并记录谁在何时做了什么。
也可以先跳过，程序照常运行，不要求登录（下次启动时会再次询问）。</source>
        <translation>This database is starting for the first time and has no users yet.
Create the first administrator account: after that every staff member logs in with their own account, what each may do depends on their role, and who did what and when is recorded.
You can also skip this for now: the program works as before without logins (you will be asked again at the next start).</translation>
    </message>
    <message>
        <source>如 admin 或 zhangsan（英文字母、数字）</source>
        <translation>e.g. admin or zhangsan (Latin letters, digits)</translation>
    </message>
    <message>
        <source>管理员的姓名</source>
        <translation>The administrator&apos;s name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>创建管理员并登录</source>
        <translation>Create administrator and log in</translation>
    </message>
    <message>
        <source>暂不使用登录</source>
        <translation>Not now: no logins</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，请重新输入</source>
        <translation>The two passwords differ; type them again</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>{status}（不再受理）</source>
        <translation>{status} (not accepted again)</translation>
    </message>
    <message>
        <source>期限内</source>
        <translation>within time limit</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{status}（{limit}）</source>
        <translation>{status} ({limit})</translation>
    </message>
    <message>
        <source>{due}（按周末估算）</source>
        <translation>{due} (estimated, weekends only)</translation>
    </message>
    <message>
        <source>信访件编号：{case}</source>
        <translation>Case number: {case}</translation>
    </message>
    <message>
        <source>收到日期：{day}</source>
        <translation>Received: {day}</translation>
    </message>
    <message>
        <source>事项概况：{text}</source>
        <translation>Summary: {text}</translation>
    </message>
    <message>
        <source>诉求内容：{text}</source>
        <translation>Demands: {text}</translation>
    </message>
    <message>
        <source>分类：{sort}</source>
        <translation>Type: {sort}</translation>
    </message>
    <message>
        <source>办理方式：{route}</source>
        <translation>Handling: {route}</translation>
    </message>
    <message>
        <source>办理状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>下一期限：{due}</source>
        <translation>Next deadline: {due}</translation>
    </message>
    <message>
        <source>来访人身份：{role}</source>
        <translation>Visitor&apos;s role: {role}</translation>
    </message>
    <message>
        <source>既往事项</source>
        <translation>Earlier matters</translation>
    </message>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>事项概况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>下一期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>指向一行看全部内容，双击查看该件首次登记</source>
        <translation>Point at a row to see all of it; double-click to see the case&apos;s first registration</translation>
    </message>
    <message>
        <source>{case}（代表）</source>
        <translation>{case} (representative)</translation>
    </message>
    <message>
        <source>{case}（本次关联）</source>
        <translation>{case} (linked now)</translation>
    </message>
    <message>
        <source>既往事项（共 {count} 件，红色为仍在办理期限内，双击查看）</source>
        <translation>Earlier matters ({count}; red: still within the handling deadline; double-click to view)</translation>
    </message>
    <message>
        <source>没有既往信访事项</source>
        <translation>No earlier matters</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 次来访未登记事项</source>
        <translation>
            <numerusform>%n more visit without a registered matter</numerusform>
            <numerusform>%n more visits without a registered matter</numerusform>
        </translation>
    </message>
    <message>
        <source>正在读取既往事项…</source>
        <translation>Loading earlier matters…</translation>
    </message>
    <message>
        <source>首次来访，没有既往记录</source>
        <translation>First visit; no earlier records</translation>
    </message>
</context>
<context>
    <name>IdType</name>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland Travel Permit for Hong Kong and Macao Residents</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland Travel Permit for Taiwan Residents</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <translation>Foreign Permanent Resident ID Card</translation>
    </message>
    <message>
        <source>其他证件</source>
        <translation>Other ID document</translation>
    </message>
</context>
<context>
    <name>InstructionReplyDialog</name>
    <message>
        <source>记录办理结果</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>记录答复</source>
        <translation>Record the reply</translation>
    </message>
    <message>
        <source>{unit}：{decision}</source>
        <translation>{unit}: {decision}</translation>
    </message>
    <message>
        <source>（未交办）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>批示日期 {given} 到今天之间</source>
        <translation>Between the instruction date {given} and today</translation>
    </message>
    <message>
        <source>承办单位报告的办理结果</source>
        <translation>The result reported by the handling unit</translation>
    </message>
    <message>
        <source>承办单位书面回复的内容</source>
        <translation>What the handling unit replied in writing</translation>
    </message>
    <message>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>回复日期</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>书面回复</source>
        <translation>Written reply</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>受理告知时限：</source>
        <translation>Acceptance notice:</translation>
    </message>
    <message>
        <source>办理时限：</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <source>延期时限：</source>
        <translation>Extension:</translation>
    </message>
    <message>
        <source>期限最后一天是休息日或法定节假日的，顺延到其后的第一个工作日</source>
        <translation>If the last day is a rest day, move it to the next working day</translation>
    </message>
    <message>
        <source>末日顺延：</source>
        <translation>Move last day:</translation>
    </message>
    <message>
        <source>恢复法定时限</source>
        <translation>Restore statutory limits</translation>
    </message>
    <message>
        <source>按自然日计算，从收到信访事项之日起算。修改只影响以后登记的事项，已登记事项的截止日期不变。顺延按《民法典》第二百零三条，默认开启。</source>
        <translation>Counted in calendar days from the day the matter is received. Changes only affect matters registered later; deadlines already set stay as they are. Moving the last day follows Article 203 of the Civil Code and is on by default.</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>法定 {days} 天</source>
        <translation>Statutory: {days} days</translation>
    </message>
    <message>
        <source>法定最多延长 {days} 天，只能延期一次</source>
        <translation>Statutory: at most {days} days, extended once only</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>来访接待台 — 登录</source>
        <translation>Laifang Desk — log in</translation>
    </message>
    <message>
        <source>请输入您的用户名和密码</source>
        <translation>Enter your user name and password</translation>
    </message>
    <message>
        <source>终端已锁定</source>
        <translation>Terminal locked</translation>
    </message>
    <message>
        <source>{name} 锁定了本终端，请输入密码解锁；换班请点“切换用户”</source>
        <translation>{name} locked this terminal. Enter the password to unlock; at a change of shift press “Switch user”</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>接班的同事请输入用户名和密码；上一位用户将退出登录，已打开的页面保持不变</source>
        <translation>Colleague taking over: enter your user name and password. The previous user is logged out; open pages stay as they are</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>来访接待台</source>
        <translation>Laifang Desk</translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Issue ticket</translation>
    </message>
    <message>
        <source>排队</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>接谈登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>叫号</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>领导接访</source>
        <translation>Leader reception</translation>
    </message>
    <message>
        <source>接访当日</source>
        <translation>Reception day</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>打印记录</source>
        <translation>Print records</translation>
    </message>
    <message>
        <source>已进入 {month}月{day}日：前一天未办结的 {count} 张号票已关闭</source>
        <translation>New day ({day}/{month}): {count} unfinished tickets from the previous day were closed</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>打开叫号显示屏</source>
        <translation>Open the display board</translation>
    </message>
    <message>
        <source>打印设置…</source>
        <translation>Print settings…</translation>
    </message>
    <message>
        <source>系统设置…</source>
        <translation>System settings…</translation>
    </message>
    <message>
        <source>进度查询…</source>
        <translation>Progress enquiry…</translation>
    </message>
    <message>
        <source>办理流程…</source>
        <translation>Case timeline…</translation>
    </message>
    <message>
        <source>期限监控…</source>
        <translation>Deadline watch…</translation>
    </message>
    <message>
        <source>中心数据库</source>
        <translation>Central database</translation>
    </message>
    <message>
        <source>屏幕 {number}：{name}（{width}×{height}）</source>
        <translation>Screen {number}: {name} ({width}×{height})</translation>
    </message>
    <message>
        <source>来访接待台 — {centre} — 终端 {terminal}</source>
        <translation>Laifang Desk — {centre} — Terminal {terminal}</translation>
    </message>
    <message>
        <source>来访接待台 — 终端 {terminal}</source>
        <translation>Laifang Desk — Terminal {terminal}</translation>
    </message>
    <message>
        <source>终端 {code}</source>
        <translation>Terminal {code}</translation>
    </message>
    <message>
        <source>操作员 {name}</source>
        <translation>Operator: {name}</translation>
    </message>
    <message>
        <source>英文翻译文件缺失，界面显示中文；请运行 scripts/setup.sh</source>
        <translation>The English translation file is missing, so the interface is shown in Chinese; run scripts/setup.sh</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>接谈登记还没有保存，关闭后刚填写的内容会丢失。仍然关闭吗？</source>
        <translation>The registration has not been saved; if you close now, what you just entered is lost. Close anyway?</translation>
    </message>
</context>
<context>
    <name>MatterLine</name>
    <message>
        <source>可能是同一事项</source>
        <translation>May be the same matter</translation>
    </message>
    <message>
        <source>同一事项（关联）</source>
        <translation>Same matter (link)</translation>
    </message>
    <message>
        <source>这次来访反映的就是这件事：记在原信访件上（来访次数 +1），不另立新件</source>
        <translation>This visit is about this very matter: record it on the existing case (visits +1), no new case</translation>
    </message>
    <message>
        <source>{day} 收到</source>
        <translation>Received {day}</translation>
    </message>
    <message>
        <source>下一期限 {due}</source>
        <translation>Next deadline {due}</translation>
    </message>
    <message numerus="yes">
        <source>第 %n 次来访</source>
        <translation>
            <numerusform>Visit no. %n</numerusform>
            <numerusform>Visit no. %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatterPart</name>
    <message>
        <source>信访事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>如实记录来访人反映的事实和理由</source>
        <translation>Record the facts and reasons the visitor gives, as stated</translation>
    </message>
    <message>
        <source>来访人的具体请求</source>
        <translation>What exactly the visitor asks for</translation>
    </message>
    <message>
        <source>请选择内容分类</source>
        <translation>Choose a content category</translation>
    </message>
    <message>
        <source>请选择三分类</source>
        <translation>Choose the type of matter</translation>
    </message>
    <message>
        <source>可不填；不会印在给对方的文书上</source>
        <translation>Optional; not printed on papers given to the visitor</translation>
    </message>
    <message>
        <source>来访人交来的材料，如 身份证复印件、合同复印件 3 页</source>
        <translation>Materials the visitor handed in, e.g. ID card copy, contract copy, 3 pages</translation>
    </message>
    <message>
        <source>信访人数</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>三分类</source>
        <translation>Type of matter</translation>
    </message>
    <message>
        <source>事项概况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>内容分类</source>
        <translation>Content category</translation>
    </message>
    <message>
        <source>问题属地</source>
        <translation>Location of the problem</translation>
    </message>
    <message>
        <source>信访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>被反映人/单位</source>
        <translation>Complained about</translation>
    </message>
    <message>
        <source>提交材料</source>
        <translation>Materials handed in</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>{count} 人（取号时登记）</source>
        <translation>{count} (entered when the ticket was issued)</translation>
    </message>
</context>
<context>
    <name>NextStepForm</name>
    <message>
        <source>记录下一步</source>
        <translation>Record the next step</translation>
    </message>
    <message>
        <source>从名录中选择，或直接填写</source>
        <translation>Choose from the directory, or type it in</translation>
    </message>
    <message>
        <source>如：海信转〔2026〕12号（可不填）</source>
        <translation>e.g. 海信转〔2026〕12号 (optional)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>该件已办结（或已复核），流程已经结束；同一事项再来访的，出具不再受理告知书。</source>
        <translation>The case is closed (or re-reviewed) and its timeline has ended; if the visitor comes again on the same matter, issue a notice that it is not accepted again.</translation>
    </message>
    <message>
        <source>该件流程已经结束，不能再记录办理步骤。</source>
        <translation>The timeline of this case has ended; no more steps can be recorded.</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>不予受理理由</source>
        <translation>Reason for not accepting</translation>
    </message>
</context>
<context>
    <name>PaperPreviewDialog</name>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>本机缺少预览组件（PySide6-Pdf），无法显示预览；仍可打印或另存为PDF。</source>
        <translation>The preview component (PySide6-Pdf) is missing, so no preview can be shown; you can still print or save as PDF.</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>送到本机打印设置中的打印机（Alt+P）</source>
        <translation>Send to the printer in this PC&apos;s print settings (Alt+P)</translation>
    </message>
    <message>
        <source>另存为PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>把这份材料保存为 PDF 文件（Alt+S）</source>
        <translation>Save this document as a PDF file (Alt+S)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已送到打印机：{printer}</source>
        <translation>Sent to printer: {printer}</translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>（补打）</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <source>打印预览 — {document}{mark}</source>
        <translation>Print preview — {document}{mark}</translation>
    </message>
    <message>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>打印到：{printer}</source>
        <translation>Printer: {printer}</translation>
    </message>
    <message>
        <source>本机缺少预览组件（PySide6-Pdf），无法显示预览；仍可打印或另存为PDF。</source>
        <translation>The preview component (PySide6-Pdf) is missing, so no preview can be shown; you can still print or save as PDF.</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>换打印机…</source>
        <translation>Other printer…</translation>
    </message>
    <message>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>测试页已送打印机 {printer}，请查看打印效果</source>
        <translation>Test page sent to printer {printer}; check how it looks</translation>
    </message>
    <message>
        <source>测试页没有打印出来：{reason}</source>
        <translation>The test page was not printed: {reason}</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>{what} 已另存为 {path}</source>
        <translation>{what} saved as {path}</translation>
    </message>
    <message>
        <source>（补打）</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <source>{what}{reprint} 已送打印机 {printer}</source>
        <translation>{what}{reprint} sent to printer {printer}</translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>打印设置已保存</source>
        <translation>Print settings saved</translation>
    </message>
</context>
<context>
    <name>PrintFailureBanner</name>
    <message>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>换打印机…</source>
        <translation>Other printer…</translation>
    </message>
    <message>
        <source>关闭提示（未打印的号票仍可在“排队”页右键补打）</source>
        <translation>Close this notice (unprinted tickets can still be reprinted from the right-click menu on the “Queue” page)</translation>
    </message>
    <message>
        <source>打印失败：号票 {numbers} 没有打印出来。原因：{reason}</source>
        <translation>Printing failed: ticket {numbers} was not printed. Reason: {reason}</translation>
    </message>
    <message>
        <source>打印失败：{count} 张号票未打印（{numbers}）。最近的原因：{reason}</source>
        <translation>Printing failed: {count} tickets not printed ({numbers}). Latest reason: {reason}</translation>
    </message>
    <message>
        <source>&#x3000;号码已保存，不受影响。可点“补打”或“换打印机”。</source>
        <translation> The numbers are saved and not affected. Click “Reprint” or “Other printer”.</translation>
    </message>
</context>
<context>
    <name>PrintFailureBox</name>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>{document}没有打印出来。</source>
        <translation>The {document} was not printed.</translation>
    </message>
    <message>
        <source>原因：{reason}

号票和登记已经保存，不受影响，号码不会作废或重复。可以重试、换一台打印机，或另存为PDF。</source>
        <translation>Reason: {reason}

The ticket and the registration are saved and not affected; no number is lost or duplicated. You can try again, use another printer, or save as PDF.</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>换打印机…</source>
        <translation>Other printer…</translation>
    </message>
    <message>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintHistoryWidget</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>补打号票</source>
        <translation>Reprint ticket</translation>
    </message>
    <message>
        <source>打印/补打回执</source>
        <translation>Print / reprint receipt</translation>
    </message>
    <message>
        <source>正在读取打印记录…</source>
        <translation>Loading print records…</translation>
    </message>
    <message>
        <source>（补打）</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <source>已另存</source>
        <translation>Saved to file</translation>
    </message>
    <message>
        <source>成功</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>失败：{error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <source>共 {total} 次，成功 {ok} 次</source>
        <translation>{total} attempts, {ok} succeeded</translation>
    </message>
    <message>
        <source>还没有打印记录</source>
        <translation>Nothing printed yet</translation>
    </message>
</context>
<context>
    <name>PrintRecordsPanel</name>
    <message>
        <source>打印记录</source>
        <translation>Print records</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>打印设置</source>
        <translation>Print settings</translation>
    </message>
    <message>
        <source>号票打印机（80毫米）：</source>
        <translation>Ticket printer (80 mm):</translation>
    </message>
    <message>
        <source>A4 打印机：</source>
        <translation>A4 printer:</translation>
    </message>
    <message>
        <source>A4（带存根）</source>
        <translation>A4 (with stub)</translation>
    </message>
    <message>
        <source>80毫米热敏纸</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>回执默认版式：</source>
        <translation>Default receipt layout:</translation>
    </message>
    <message>
        <source>取号后自动打印号票</source>
        <translation>Print the ticket as soon as it is issued</translation>
    </message>
    <message>
        <source>不用请留空；如 tcp://192.168.1.50:9100 或 COM3</source>
        <translation>Leave empty if not used; e.g. tcp://192.168.1.50:9100 or COM3</translation>
    </message>
    <message>
        <source>ESC/POS 热敏打印机：</source>
        <translation>ESC/POS thermal printer:</translation>
    </message>
    <message>
        <source>填写 ESC/POS 打印机后，号票和80毫米回执直接发送到该打印机，不经系统打印驱动。</source>
        <translation>With an ESC/POS printer set, tickets and 80 mm receipts go straight to it, without the system printer driver.</translation>
    </message>
    <message>
        <source>本机没有找到系统打印机，打印时将提示另存为PDF。</source>
        <translation>No system printer was found on this computer; printing will offer to save as PDF.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>系统默认打印机（{name}）</source>
        <translation>System default printer ({name})</translation>
    </message>
    <message>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>{name}（当前不可用）</source>
        <translation>{name} (not available now)</translation>
    </message>
    <message>
        <source>打印测试页</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>正在打印测试页…</source>
        <translation>Printing test page…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>排队号票</source>
        <translation>queue ticket</translation>
    </message>
    <message>
        <source>来访回执（A4）</source>
        <translation>visit receipt (A4)</translation>
    </message>
    <message>
        <source>来访回执（80毫米）</source>
        <translation>visit receipt (80 mm)</translation>
    </message>
    <message>
        <source>受理告知书（A4）</source>
        <translation>notice of acceptance (A4)</translation>
    </message>
    <message>
        <source>受理告知书（80毫米）</source>
        <translation>notice of acceptance (80 mm)</translation>
    </message>
    <message>
        <source>不予受理告知书（A4）</source>
        <translation>notice of non-acceptance (A4)</translation>
    </message>
    <message>
        <source>不予受理告知书（80毫米）</source>
        <translation>notice of non-acceptance (80 mm)</translation>
    </message>
    <message>
        <source>依法分类处理告知书（A4）</source>
        <translation>legal channel notice (A4)</translation>
    </message>
    <message>
        <source>依法分类处理告知书（80毫米）</source>
        <translation>legal channel notice (80 mm)</translation>
    </message>
    <message>
        <source>延期办理告知书（A4）</source>
        <translation>extension notice (A4)</translation>
    </message>
    <message>
        <source>延期办理告知书（80毫米）</source>
        <translation>extension notice (80 mm)</translation>
    </message>
    <message>
        <source>办理进展告知单（A4）</source>
        <translation>progress notice (A4)</translation>
    </message>
    <message>
        <source>办理进展告知单（80毫米）</source>
        <translation>progress notice (80 mm)</translation>
    </message>
    <message>
        <source>不再受理告知书（A4）</source>
        <translation>notice of no further acceptance (A4)</translation>
    </message>
    <message>
        <source>不再受理告知书（80毫米）</source>
        <translation>notice of no further acceptance (80 mm)</translation>
    </message>
    <message>
        <source>情况复杂的可延长一次，最长 {days} 日</source>
        <translation>may be extended once, by at most {days} days, for complex matters</translation>
    </message>
    <message>
        <source>以下字符无法打印：{chars}
打印出来会是空白。请核对姓名，或手写补全。</source>
        <translation>These characters cannot be printed: {chars}
They would come out blank. Check the name, or complete it by hand.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>取号时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>号码、姓名、证件号码、信访件编号或查询码（也查以往来访）</source>
        <translation>Number, name, ID number, case number or enquiry code (also finds earlier visits)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>双击或按回车打开接谈登记&#x3000;列表每 3 秒自动更新</source>
        <translation>Double-click or press Enter to open the registration · The list updates every 3 seconds</translation>
    </message>
    <message>
        <source>打开接谈登记</source>
        <translation>Open registration</translation>
    </message>
    <message>
        <source>补打号票</source>
        <translation>Reprint ticket</translation>
    </message>
    <message>
        <source>打印/补打回执</source>
        <translation>Print/reprint receipt</translation>
    </message>
    <message>
        <source>保存接谈登记后才能打印回执</source>
        <translation>Save the registration before printing the receipt</translation>
    </message>
    <message>
        <source>更新于 {time}</source>
        <translation>Updated {time}</translation>
    </message>
    <message>
        <source>排队列表暂时无法更新：{reason}（稍后自动重试）</source>
        <translation>The queue cannot be updated right now: {reason} (retrying shortly)</translation>
    </message>
    <message>
        <source>今日共 {count} 张</source>
        <translation>{count} tickets today</translation>
    </message>
    <message>
        <source>&#x3000;（当前显示 {count} 张）</source>
        <translation> ({count} shown)</translation>
    </message>
    <message>
        <source>&#x3000;以往来访 {count} 次（列在今日之后）</source>
        <translation> {count} earlier visits (listed after today’s)</translation>
    </message>
</context>
<context>
    <name>ReceiptOfferBox</name>
    <message>
        <source>打印回执</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>登记已保存。现在为来访人打印回执吗？</source>
        <translation>The registration is saved. Print the receipt for the visitor now?</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>暂不打印</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>（不选）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ReceptionDayPanel</name>
    <message>
        <source>扫描预约单二维码，或刷身份证 / 输入证件号码后回车</source>
        <translation>Scan the booking slip&apos;s QR code, or swipe the ID card / type the ID number and press Enter</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>预约号</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>反映问题</source>
        <translation>Issue raised</translation>
    </message>
    <message>
        <source>信访件</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>号票</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>记录批示</source>
        <translation>Record instruction</translation>
    </message>
    <message>
        <source>记为未到</source>
        <translation>Mark as no-show</translation>
    </message>
    <message>
        <source>预约登记…</source>
        <translation>New booking…</translation>
    </message>
    <message>
        <source>汇报材料…</source>
        <translation>Briefing…</translation>
    </message>
    <message>
        <source>预览并打印这场接访的领导汇报材料：每位预约来访人、反映的问题和信访件办理经过</source>
        <translation>Preview and print the leader&apos;s briefing for this reception: each booked visitor, the issue raised and the history of the case</translation>
    </message>
    <message>
        <source>今日接访</source>
        <translation>Today&apos;s reception</translation>
    </message>
    <message>
        <source>到场登记</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <source>交办单位</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>未预约来访（现场登记领导接访）</source>
        <translation>Walk-ins (registered for the leader reception on the day)</translation>
    </message>
    <message>
        <source>接访日期</source>
        <translation>Reception date</translation>
    </message>
    <message>
        <source>接访领导</source>
        <translation>Receiving leader</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>批示</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>办结期限</source>
        <translation>Closing due</translation>
    </message>
    <message>
        <source>记录答复…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <source>记录承办单位对所选批示的书面回复</source>
        <translation>Record the handling unit&apos;s written reply to the selected instruction</translation>
    </message>
    <message>
        <source>记录办理结果…</source>
        <translation>Record result…</translation>
    </message>
    <message>
        <source>记录所选批示的办理结果，批示即办结</source>
        <translation>Record the result of the selected instruction; this closes the instruction</translation>
    </message>
    <message>
        <source>接访当日</source>
        <translation>Reception day</translation>
    </message>
    <message>
        <source>批示督办</source>
        <translation>Instruction follow-up</translation>
    </message>
    <message>
        <source>（不交办）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>预约 {booked} 人：已到场 {arrived}，接谈中 {serving}，已接谈 {done}，未到 {absent}</source>
        <translation>Booked: {booked} · arrived {arrived} · being received {serving} · received {done} · no-show {absent}</translation>
    </message>
    <message>
        <source>{name} 已到场：号票 {ticket}，预约时段 {slot}，前面 {ahead} 人</source>
        <translation>{name} has arrived: ticket {ticket}, slot {slot}, people ahead: {ahead}</translation>
    </message>
    <message>
        <source>已记录 {name} 的领导批示{due}</source>
        <translation>Recorded the leader&apos;s instruction for {name}{due}</translation>
    </message>
    <message>
        <source>，{unit} 应于 {day} 前书面回复</source>
        <translation>; {unit} must reply in writing by {day}</translation>
    </message>
    <message>
        <source>未办结 {open} 件：已超期 {overdue} 件，3 天内到期 {soon} 件</source>
        <translation>Open: {open} · overdue {overdue} · due within 3 days {soon}</translation>
    </message>
    <message>
        <source>已记录 {unit} 的办理结果，批示已办结</source>
        <translation>Recorded the result from {unit}; the instruction is closed</translation>
    </message>
    <message>
        <source>已记录 {unit} 的书面回复，{day} 前报办理结果</source>
        <translation>Recorded the written reply from {unit}; the result is due by {day}</translation>
    </message>
    <message>
        <source>（已记入信访件 {number} 的办理流程）</source>
        <translation> (added to the timeline of case {number})</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>绿色粗体：有已发布的接访；灰色斜体：只有草稿</source>
        <translation>Green bold: published receptions; grey italic: drafts only</translation>
    </message>
    <message>
        <source>双击或按 Enter 修改所选的接访</source>
        <translation>Double-click or press Enter to edit the selected reception</translation>
    </message>
    <message>
        <source>新建接访(&amp;N)…</source>
        <translation>&amp;New reception…</translation>
    </message>
    <message>
        <source>新建一场接访：日期、时间、接访领导、地点和可预约人数（Alt+N）</source>
        <translation>Create a reception: date, time, receiving leader, place and places to book (Alt+N)</translation>
    </message>
    <message>
        <source>按规则排期(&amp;R)…</source>
        <translation>Schedule by &amp;rule…</translation>
    </message>
    <message>
        <source>按规则一次排出多场接访，如每月第一个星期三上午、领导轮流；保存前先预览日期（Alt+R）</source>
        <translation>Schedule many receptions at once by a rule, e.g. the first Wednesday morning of each month with leaders taking turns; preview the dates before saving (Alt+R)</translation>
    </message>
    <message>
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>修改所选的接访（Alt+E；在周表中双击或按 Enter 也可以）</source>
        <translation>Edit the selected reception (Alt+E; or double-click or press Enter in the week table)</translation>
    </message>
    <message>
        <source>发布(&amp;P)</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>发布所选的草稿：发布后才向群众公布、才能预约（Alt+P）</source>
        <translation>Publish the selected draft: only then is it announced to the public and open for booking (Alt+P)</translation>
    </message>
    <message>
        <source>撤回发布(&amp;U)</source>
        <translation>&amp;Unpublish</translation>
    </message>
    <message>
        <source>撤回所选接访的发布，改回草稿；已有预约的不能撤回（Alt+U）</source>
        <translation>Unpublish the selected reception and make it a draft again; not possible once it has bookings (Alt+U)</translation>
    </message>
    <message>
        <source>取消场次(&amp;C)…</source>
        <translation>&amp;Cancel session…</translation>
    </message>
    <message>
        <source>取消所选的接访，需要写明原因（Alt+C）</source>
        <translation>Cancel the selected reception; a reason is needed (Alt+C)</translation>
    </message>
    <message>
        <source>汇报材料(&amp;B)…</source>
        <translation>&amp;Briefing…</translation>
    </message>
    <message>
        <source>预览并打印所选接访的领导汇报材料：每位预约来访人、反映的问题和信访件办理经过（Alt+B）</source>
        <translation>Preview and print the leader&apos;s briefing for the selected reception: each booked visitor, the issue raised and the history of the case (Alt+B)</translation>
    </message>
    <message>
        <source>领导名册(&amp;L)…</source>
        <translation>&amp;Leader roster…</translation>
    </message>
    <message>
        <source>编辑接访领导（职务、分管领域）和陪同接访人员（Alt+L）</source>
        <translation>Edit the receiving leaders (post, portfolio) and the accompanying staff (Alt+L)</translation>
    </message>
    <message>
        <source>导出公告 PDF(&amp;D)…</source>
        <translation>Export notice P&amp;DF…</translation>
    </message>
    <message>
        <source>把所显示月份已发布的接访导出为 A4 公告，印有预约须知和中心电话（Alt+D）</source>
        <translation>Export the published receptions of the month shown as an A4 public notice with the booking notes and the centre&apos;s phone (Alt+D)</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>把所显示月份已发布的接访导出为 Excel 表格（Alt+X）</source>
        <translation>Export the published receptions of the month shown as an Excel sheet (Alt+X)</translation>
    </message>
    <message>
        <source>导出日历 .ics(&amp;I)…</source>
        <translation>Export calendar .&amp;ics…</translation>
    </message>
    <message>
        <source>把所显示月份已发布的接访导出为日历文件，可导入领导的手机或 Outlook 日历（Alt+I）</source>
        <translation>Export the published receptions of the month shown as a calendar file for the leaders&apos; phones or Outlook (Alt+I)</translation>
    </message>
    <message>
        <source>{first} 至 {last} 的接访安排</source>
        <translation>Receptions from {first} to {last}</translation>
    </message>
    <message>
        <source>预约 {count}/{capacity}</source>
        <translation>Booked {count}/{capacity}</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <source>分管领域：{portfolio}</source>
        <translation>Portfolio: {portfolio}</translation>
    </message>
    <message numerus="yes">
        <source>已发布 %n 场接访</source>
        <translation>
            <numerusform>Published %n reception</numerusform>
            <numerusform>Published %n receptions</numerusform>
        </translation>
    </message>
    <message>
        <source>发布接访</source>
        <translation>Publish reception</translation>
    </message>
    <message>
        <source>仍然发布</source>
        <translation>Publish anyway</translation>
    </message>
    <message>
        <source>不发布</source>
        <translation>Don&apos;t publish</translation>
    </message>
    <message>
        <source>取消场次</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>取消原因：</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <source>领导接访日程-{month}</source>
        <translation>leader-receptions-{month}</translation>
    </message>
    <message>
        <source>导出公告 PDF</source>
        <translation>Export notice PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出日历</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>iCalendar 日历 (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
        <source>已导出 {count} 场已发布的接访到 {path}</source>
        <translation>Exported to {path} (published receptions: {count})</translation>
    </message>
</context>
<context>
    <name>ReceptionSettingsPage</name>
    <message>
        <source>领导接访日</source>
        <translation>Leader reception days</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>接访安排至少提前几天公布；不足这个天数发布时要再确认一次（0 表示不限）</source>
        <translation>How many days ahead receptions are published at least; publishing later asks for confirmation (0: no limit)</translation>
    </message>
    <message>
        <source>{low} 到 {high} 天，通常提前 {days} 天公布</source>
        <translation>{low} to {high} days; usually published {days} days ahead</translation>
    </message>
    <message>
        <source>提前公布：</source>
        <translation>Publish ahead:</translation>
    </message>
    <message>
        <source>接访日前一个工作日的这个时刻停止预约（节假日跳过）</source>
        <translation>Booking stops at this time on the working day before the reception (holidays skipped)</translation>
    </message>
    <message>
        <source>接访日前一个工作日的该时刻截止预约，如 17:00；遇节假日往前推到最近的工作日</source>
        <translation>Booking closes at this time on the working day before the reception, e.g. 17:00; over holidays it moves back to the nearest working day</translation>
    </message>
    <message>
        <source>预约截止：</source>
        <translation>Booking closes:</translation>
    </message>
    <message>
        <source>印在接访日程公告上，也在预约时告诉来访群众</source>
        <translation>Printed on the reception schedule notice, and told to visitors when they book</translation>
    </message>
    <message>
        <source>预约须知：</source>
        <translation>Booking notes:</translation>
    </message>
    <message>
        <source>{low} 到 {high} 天，默认 {days} 天</source>
        <translation>{low} to {high} days; default {days}</translation>
    </message>
    <message>
        <source>{label}：</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>修改后新安排的接访按新设置计算预约截止时间；已经排好的接访不变。须知和中心电话一起印在导出的接访日程公告上。</source>
        <translation>Receptions scheduled after a change get the new booking cut-off; those already scheduled stay as they are. The notes are printed with the centre&apos;s phone on the exported schedule notice.</translation>
    </message>
    <message>
        <source>{used} / {most} 字，超出 {extra} 字，请删减</source>
        <translation>{used} / {most} characters: {extra} too many, please shorten</translation>
    </message>
    <message>
        <source>{used} / {most} 字</source>
        <translation>{used} / {most} characters</translation>
    </message>
</context>
<context>
    <name>ReferenceListPage</name>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>新名称</source>
        <translation>New name</translation>
    </message>
    <message>
        <source>已启用“{name}”，登记时可以选择</source>
        <translation>Activated “{name}”; it can be chosen at registration</translation>
    </message>
    <message>
        <source>已停用“{name}”，登记时不再列出</source>
        <translation>Deactivated “{name}”; it is no longer listed at registration</translation>
    </message>
    <message>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>已改名为“{name}”</source>
        <translation>Renamed to “{name}”</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>输入号码，如 A1023，回车打开</source>
        <translation>Type a number, e.g. A1023, and press Enter</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>号票</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>预约领导接访…</source>
        <translation>Book a leader reception…</translation>
    </message>
    <message>
        <source>为这位来访人预约领导接访（带出证件、电话和信访件）</source>
        <translation>Book a leader reception for this visitor (ID, phone and case are filled in)</translation>
    </message>
    <message>
        <source>保存登记 (Ctrl+S)</source>
        <translation>Save registration (Ctrl+S)</translation>
    </message>
    <message>
        <source>保存并办结</source>
        <translation>Save and finish</translation>
    </message>
    <message>
        <source>保存登记，并把这张号票标为“已办结”</source>
        <translation>Save the registration and mark this ticket as “Finished”</translation>
    </message>
    <message>
        <source>内容分类和属地列表没有载入：{reason}</source>
        <translation>The content category and location lists were not loaded: {reason}</translation>
    </message>
    <message>
        <source>请输入号码，例如 A1023</source>
        <translation>Enter a ticket number, e.g. A1023</translation>
    </message>
    <message>
        <source>正在查找 {number}…</source>
        <translation>Looking for {number}…</translation>
    </message>
    <message>
        <source>今天没有号码为 {number} 的号票，请核对号码</source>
        <translation>There is no ticket {number} today; please check the number</translation>
    </message>
    <message>
        <source>号票 {number} 的登记还没有保存。放弃修改吗？</source>
        <translation>The registration for ticket {number} has not been saved. Discard the changes?</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>已打开 {number}</source>
        <translation>Opened {number}</translation>
    </message>
    <message>
        <source>这张号票已取消或未到，不能登记；需要时请先恢复号票。</source>
        <translation>This ticket is cancelled or a no-show and cannot be registered; if needed, restore the ticket first.</translation>
    </message>
    <message>
        <source>请先打开一张号票（在上方输入号码）</source>
        <translation>Open a ticket first (enter its number above)</translation>
    </message>
    <message>
        <source>请选择办理方式</source>
        <translation>Choose how the matter is handled</translation>
    </message>
    <message>
        <source>请核对办理方式</source>
        <translation>Check the handling</translation>
    </message>
    <message>
        <source>仍按此办理方式保存</source>
        <translation>Save with this handling anyway</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back and change</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存：信访件编号 {case}，查询码 {code}</source>
        <translation>Saved: case number {case}, enquiry code {code}</translation>
    </message>
</context>
<context>
    <name>RepeatBar</name>
    <message>
        <source>新事项</source>
        <translation>New matter</translation>
    </message>
    <message>
        <source>与以上事项都不同：保存登记时另立新件</source>
        <translation>Different from all the matters above: a new case is opened when the registration is saved</translation>
    </message>
    <message>
        <source>重新判断</source>
        <translation>Decide again</translation>
    </message>
    <message>
        <source>撤销关联…</source>
        <translation>Undo link…</translation>
    </message>
    <message>
        <source>关联错了：记一条更正（需写明原因），来访次数 −1</source>
        <translation>The link is wrong: record a correction (with a reason); visits −1</translation>
    </message>
    <message>
        <source>已判断为新事项：与既往事项不同，保存登记时另立新件。</source>
        <translation>Decided: new matter. It differs from the earlier matters; a new case is opened when the registration is saved.</translation>
    </message>
    <message numerus="yes">
        <source>重复访核实：该来访人有 %n 件在办或已办结的事项。是同一事项请点该件的“同一事项（关联）”，不另立新件；都不是请点“新事项”。</source>
        <translation>
            <numerusform>Repeat visit check: this visitor has %n matter in progress or closed. If it is the same matter, press “Same matter (link)” on it and no new case is opened; otherwise press “New matter”.</numerusform>
            <numerusform>Repeat visit check: this visitor has %n matters in progress or closed. If it is one of them, press “Same matter (link)” on it and no new case is opened; if none, press “New matter”.</numerusform>
        </translation>
    </message>
    <message>
        <source>已关联到信访件 {case}（第 {n} 次来访），不另立新件</source>
        <translation>Linked to case {case} (visit no. {n}); no new case</translation>
    </message>
    <message>
        <source>办理状态：{status}；下一期限：{due}；{route}</source>
        <translation>Status: {status}; next deadline: {due}; {route}</translation>
    </message>
    <message>
        <source>。该件已办结（或已复核），同一事实和理由不再受理。</source>
        <translation>. The case is closed (or re-reviewed); the same facts and reasons are not accepted again.</translation>
    </message>
    <message>
        <source>打印{title}</source>
        <translation>Print: {title}</translation>
    </message>
    <message>
        <source>撤销关联</source>
        <translation>Undo link</translation>
    </message>
    <message>
        <source>请写明撤销关联的原因（记入该件的办理流程）：</source>
        <translation>Reason for undoing the link (recorded in the case timeline):</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RepresentativesBox</name>
    <message>
        <source>代表（至少 1 名，最多 {limit} 名；证件号码和电话可不填）</source>
        <translation>Representatives (at least 1, at most {limit}; ID number and phone are optional)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>领导名册</source>
        <translation>Leader roster</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>分管领域</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>参加接访</source>
        <translation>Takes part in receptions</translation>
    </message>
    <message>
        <source>新增领导</source>
        <translation>Add leader</translation>
    </message>
    <message>
        <source>保存领导</source>
        <translation>Save leader</translation>
    </message>
    <message>
        <source>接访领导</source>
        <translation>Receiving leaders</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>保存人员</source>
        <translation>Save person</translation>
    </message>
    <message>
        <source>陪同接访人员</source>
        <translation>Accompanying staff</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>参加</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>RoutePart</name>
    <message>
        <source>办理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>请选择应走的法定途径</source>
        <translation>Choose the legal route</translation>
    </message>
    <message>
        <source>请从承办单位名录中选择</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <source>可不填，如 海信转〔2026〕12号</source>
        <translation>Optional, e.g. 海信转〔2026〕12号</translation>
    </message>
    <message>
        <source>不予受理的理由（告知书上告知来访人）</source>
        <translation>Reason for not accepting (the notice tells the visitor)</translation>
    </message>
    <message>
        <source>如《信访工作条例》第三十二条</source>
        <translation>e.g. Article 32 of the Regulations on Letters and Visits</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>法定途径</source>
        <translation>Legal route</translation>
    </message>
    <message>
        <source>转送日期</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <source>转送文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>受理机关</source>
        <translation>Accepting body</translation>
    </message>
    <message>
        <source>本机关受理：受理日期为收到日期，出具受理告知书，办理期限自受理之日起计算</source>
        <translation>Accepted by this office: accepted on the day received; a notice of acceptance is issued and the handling deadline counts from acceptance</translation>
    </message>
    <message>
        <source>当场答复即办结，出具登记回执</source>
        <translation>An answer on the spot closes the matter; a registration receipt is issued</translation>
    </message>
    <message>
        <source>转送不是受理：承办单位自收到之日起 15 日内决定是否受理</source>
        <translation>A transfer is not acceptance: the handling unit decides within 15 days of receiving it whether to accept</translation>
    </message>
    <message>
        <source>告知书写明应走的途径、受理机关和申请方式</source>
        <translation>The notice names the route to take, the accepting body and how to apply</translation>
    </message>
    <message>
        <source>告知书写明不予受理的理由和依据</source>
        <translation>The notice gives the reason and basis for not accepting</translation>
    </message>
    <message>
        <source>请选择办理方式</source>
        <translation>Choose how the matter is handled</translation>
    </message>
</context>
<context>
    <name>RowsDialog</name>
    <message>
        <source>来访清单：{title}</source>
        <translation>Visit list: {title}</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>号票类别</source>
        <translation>Ticket category</translation>
    </message>
    <message>
        <source>内容分类</source>
        <translation>Content category</translation>
    </message>
    <message>
        <source>问题属地</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>排队状态</source>
        <translation>Queue status</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 批来访（姓名已隐去）</source>
        <translation>
            <numerusform>%n visit (names hidden)</numerusform>
            <numerusform>%n visits (names hidden)</numerusform>
        </translation>
    </message>
    <message>
        <source>（匿名）</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>来访清单</source>
        <translation>visit-list</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 批到 {path}</source>
        <translation>
            <numerusform>Exported %n visit to {path}</numerusform>
            <numerusform>Exported %n visits to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>按规则排期</source>
        <translation>Schedule by rule</translation>
    </message>
    <message>
        <source>如 每月第一个星期三上午市领导接访</source>
        <translation>e.g. City leader reception, first Wednesday morning of each month</translation>
    </message>
    <message>
        <source>最后一个</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>第 </source>
        <translation>No. </translation>
    </message>
    <message>
        <source> 个</source>
        <translation> in month</translation>
    </message>
    <message>
        <source>如 接访室一</source>
        <translation>e.g. Reception room 1</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>调休上班的周末也算工作日</source>
        <translation>Weekend make-up working days count as working days</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>接访领导（按顺序轮流）</source>
        <translation>Leaders (take turns)</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>可预约</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>遇节假日</source>
        <translation>On a holiday</translation>
    </message>
    <message>
        <source>规则日期</source>
        <translation>Rule date</translation>
    </message>
    <message>
        <source>接访日期</source>
        <translation>Reception date</translation>
    </message>
    <message>
        <source>接访领导</source>
        <translation>Receiving leader</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>预览日期</source>
        <translation>Preview dates</translation>
    </message>
    <message>
        <source>保存为草稿</source>
        <translation>Save as drafts</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>遇节假日顺延</source>
        <translation>Moved: holiday</translation>
    </message>
    <message>
        <source>遇节假日，当次不安排</source>
        <translation>Skipped: holiday</translation>
    </message>
    <message>
        <source>顺延日已有本规则的接访，并入</source>
        <translation>Merged: the moved-to day already has this rule&apos;s reception</translation>
    </message>
    <message>
        <source>（该年节假日未公布，按周末估算）</source>
        <translation>(holidays for that year not published; estimated on weekends)</translation>
    </message>
</context>
<context>
    <name>SafeFileDialog</name>
    <message>
        <source>“{name}”是本程序的数据库文件，不能覆盖或改动。请换一个文件名。</source>
        <translation>“{name}” is this program&apos;s database file and cannot be overwritten or changed. Please choose another file name.</translation>
    </message>
    <message>
        <source>文件夹“{folder}”存放着本程序的数据库，不能在这里保存文件。请换一个文件夹，例如“文档”。</source>
        <translation>The folder “{folder}” holds this program&apos;s database; files cannot be saved here. Choose another folder, such as “Documents”.</translation>
    </message>
    <message>
        <source>不能保存在这里</source>
        <translation>Cannot save here</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>修改接访</source>
        <translation>Edit reception</translation>
    </message>
    <message>
        <source>新建接访</source>
        <translation>New reception</translation>
    </message>
    <message>
        <source>如 接访室一；不填为来访接待中心（下访为所选地区）</source>
        <translation>e.g. Reception room 1; empty means the visitor reception centre (for a visit out, the area chosen)</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>不分时段</source>
        <translation>No slots</translation>
    </message>
    <message>
        <source> 分钟一个时段</source>
        <translation> min per slot</translation>
    </message>
    <message>
        <source>确认在休息日接访</source>
        <translation>Confirm a reception on a rest day</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>接访领导</source>
        <translation>Receiving leader</translation>
    </message>
    <message>
        <source>下访地区</source>
        <translation>Visit-out area</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>陪同接访</source>
        <translation>Accompanied by</translation>
    </message>
    <message>
        <source>接访主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>可预约</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>系统设置</source>
        <translation>System settings</translation>
    </message>
    <message>
        <source>中心信息</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>领导接访</source>
        <translation>Leader reception</translation>
    </message>
    <message>
        <source>接谈窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>内容分类</source>
        <translation>Content categories</translation>
    </message>
    <message>
        <source>问题属地</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling units</translation>
    </message>
    <message>
        <source>法定节假日</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>保存“中心信息”“时限”“叫号”和“领导接访”页上的设置</source>
        <translation>Save the settings on the “Centre”, “Time limits”, “Calling” and “Leader reception” pages</translation>
    </message>
    <message>
        <source>“中心信息”“时限”“叫号”或“领导接访”页上有修改还没有保存。放弃这些修改并关闭吗？</source>
        <translation>There are unsaved changes on the “Centre”, “Time limits”, “Calling” or “Leader reception” page. Discard them and close?</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>设置没有载入：{reason} 请关闭后重新打开。</source>
        <translation>The settings were not loaded: {reason} Close and open them again.</translation>
    </message>
    <message>
        <source>设置已保存，新的号票和回执按新设置打印。</source>
        <translation>Settings saved; new tickets and receipts are printed with them.</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>处理预约后取消场次</source>
        <translation>Settle the bookings, then cancel the session</translation>
    </message>
    <message>
        <source>处理预约后改期</source>
        <translation>Settle the bookings, then reschedule</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>全部取消预约(&amp;A)</source>
        <translation>Cancel &amp;all bookings</translation>
    </message>
    <message>
        <source>把每个预约都设为“取消预约并通知”（Alt+A）；也可以逐个选择改到其他场次</source>
        <translation>Set every booking to “Cancel and notify” (Alt+A); you can also move them one by one to other sessions</translation>
    </message>
    <message>
        <source>如 接访领导临时有公务；会写进给来访人的通知</source>
        <translation>e.g. The receiving leader has urgent official duties; this goes into the notice to visitors</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>确定处理(&amp;O)</source>
        <translation>&amp;OK, settle them</translation>
    </message>
    <message>
        <source>按所选改约或取消每个预约（Alt+O）；每个预约都选好后才能继续</source>
        <translation>Move or cancel each booking as chosen (Alt+O); every booking needs a choice first</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>告知内容</source>
        <translation>What to tell</translation>
    </message>
    <message>
        <source>已通知</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>cancel</translation>
    </message>
    <message>
        <source>改期</source>
        <translation>reschedule</translation>
    </message>
    <message>
        <source>{day} {time} {leader} 的接访有 {count} 个预约。请为每个预约选择改到另一场有余位的接访，或取消预约并通知来访人；全部处理后才能{what}这场接访。</source>
        <translation>The reception on {day} {time} with {leader} has bookings ({count}). For each booking choose another session with free places, or cancel it and notify the visitor; only when all are settled can you {what} this reception.</translation>
    </message>
    <message numerus="yes">
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>取消预约并通知</source>
        <translation>Cancel and notify</translation>
    </message>
    <message>
        <source>改到 {day} {time} {leader} {place}（余 {free} 位）</source>
        <translation>Move to {day} {time} {leader} {place} (free: {free})</translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 个预约没有选择改约还是取消，请逐一处理</source>
        <translation>
            <numerusform>%n booking still needs a choice (move or cancel); handle each one</numerusform>
            <numerusform>%n bookings still need a choice (move or cancel); handle each one</numerusform>
        </translation>
    </message>
    <message>
        <source>改到 {session} 的预约有 {count} 个，超过余位 {free} 个；请改选其他场次或取消</source>
        <translation>Too many bookings moved to {session} ({count}) for its free places ({free}); choose other sessions or cancel</translation>
    </message>
    <message>
        <source>已改约 {moved} 个、取消 {cancelled} 个预约。请电话告知以下来访人，告知后勾选“已通知”：</source>
        <translation>Bookings moved: {moved}; cancelled: {cancelled}. Phone the visitors below and tick “Notified” once they are told:</translation>
    </message>
    <message>
        <source>（未留电话）</source>
        <translation>(no phone given)</translation>
    </message>
    <message>
        <source>电话告知来访人后勾选，记下通知时间</source>
        <translation>Tick after phoning the visitor; the time is recorded</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>来访接待台无法启动</source>
        <translation>Laifang Desk cannot start</translation>
    </message>
    <message>
        <source>程序启动时遇到意外错误，没有打开窗口；已保存的内容不受影响。
请重新启动；如果反复出现，请把日志文件交给管理员：
{log}</source>
        <translation>The program ran into an unexpected error while starting, and no window was opened; what was already saved is not affected.
Please restart it. If it keeps happening, give the log file to the administrator:
{log}</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>来访批次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>信访件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>去年同期</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>内容分类</source>
        <translation>Content category</translation>
    </message>
    <message>
        <source>问题属地</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>转送单位</source>
        <translation>Transferred to</translation>
    </message>
    <message>
        <source>三分类</source>
        <translation>Type of matter</translation>
    </message>
    <message>
        <source>信访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>中位数（分钟）</source>
        <translation>Median (min)</translation>
    </message>
    <message>
        <source>90%分位（分钟）</source>
        <translation>90th percentile (min)</translation>
    </message>
    <message>
        <source>等候：号票类别</source>
        <translation>Waiting: ticket category</translation>
    </message>
    <message>
        <source>等候：窗口</source>
        <translation>Waiting: window</translation>
    </message>
    <message>
        <source>等候：接谈人</source>
        <translation>Waiting: clerk</translation>
    </message>
    <message>
        <source>接谈：号票类别</source>
        <translation>Interview: ticket category</translation>
    </message>
    <message>
        <source>接谈：窗口</source>
        <translation>Interview: window</translation>
    </message>
    <message>
        <source>接谈：接谈人</source>
        <translation>Interview: clerk</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>领导接访</source>
        <translation>Leader reception</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>按内容分类</source>
        <translation>By content category</translation>
    </message>
    <message>
        <source>按问题属地</source>
        <translation>By location</translation>
    </message>
    <message>
        <source>每日来访</source>
        <translation>Visits per day</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>时段分布（北京时间，双击格子查看来访）</source>
        <translation>By hour (Beijing time; double-click a cell to see the visits)</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>分类统计</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <source>排队时间</source>
        <translation>Queue times</translation>
    </message>
    <message>
        <source>期限与接访</source>
        <translation>Deadlines and receptions</translation>
    </message>
    <message>
        <source>双击任一统计行、柱或点，查看其背后的来访清单。</source>
        <translation>Double-click any row, bar or point to see the visits behind it.</translation>
    </message>
    <message>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>来访人数</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>集体访批次</source>
        <translation>Group visits</translation>
    </message>
    <message>
        <source>集体访人数</source>
        <translation>Group visitors</translation>
    </message>
    <message>
        <source>重复访</source>
        <translation>Repeat visits</translation>
    </message>
    <message>
        <source>越级访</source>
        <translation>Level-skipping visits</translation>
    </message>
    <message>
        <source>过号未到</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>等候中位数（分钟）</source>
        <translation>Median wait (min)</translation>
    </message>
    <message>
        <source>接谈中位数（分钟）</source>
        <translation>Median interview (min)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>有办理期限的信访件</source>
        <translation>Cases with a handling deadline</translation>
    </message>
    <message>
        <source>按期答复</source>
        <translation>Answered on time</translation>
    </message>
    <message>
        <source>逾期答复</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>超期未答复</source>
        <translation>Overdue, not answered</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>申请复查</source>
        <translation>Review requested</translation>
    </message>
    <message>
        <source>接访场次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>预约人次</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>预约人数</source>
        <translation>People booked</translation>
    </message>
    <message>
        <source>到场</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>未到</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leader&apos;s instructions</translation>
    </message>
    <message>
        <source>批示已办结</source>
        <translation>Instructions closed</translation>
    </message>
    <message>
        <source>来访统计-{first}-{last}</source>
        <translation>visit-statistics-{first}-{last}</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>StorageStatus</name>
    <message>
        <source>尚无备份</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>最近备份：{time}</source>
        <translation>Last backup: {time}</translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>中心数据库同步</source>
        <translation>Central database sync</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>本终端：</source>
        <translation>This terminal:</translation>
    </message>
    <message>
        <source>上次成功同步：</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>待上传的变更：</source>
        <translation>Changes to upload:</translation>
    </message>
    <message>
        <source>待处理的冲突：</source>
        <translation>Open conflicts:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>冲突列表…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <source>中心数据库设置…</source>
        <translation>Central database settings…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>未配置（单机工作）</source>
        <translation>Not set up (working on its own)</translation>
    </message>
    <message>
        <source>需要密码</source>
        <translation>Password needed</translation>
    </message>
    <message>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>连接中…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>离线（本机照常工作，恢复后自动同步）</source>
        <translation>Offline (this PC works as usual and syncs when back online)</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>点击查看详情</source>
        <translation>Click for details</translation>
    </message>
    <message>
        <source>中心数据库：未配置</source>
        <translation>Central database: not set up</translation>
    </message>
    <message>
        <source>本终端单机工作。在 系统设置 → 中心数据库 中配置后，各终端的数据经中心数据库互通。</source>
        <translation>This terminal works on its own. Once set up under System settings → Central database, terminals share data through the central database.</translation>
    </message>
    <message>
        <source>中心数据库：需要密码</source>
        <translation>Central database: password needed</translation>
    </message>
    <message>
        <source>本机没有系统钥匙串，密码不保存；点击输入中心数据库的密码</source>
        <translation>This PC has no system keychain, so the password is not kept; click to enter the central database password</translation>
    </message>
    <message>
        <source>中心：在线</source>
        <translation>Centre: online</translation>
    </message>
    <message>
        <source>同步于 {time}</source>
        <translation>Synced {time}</translation>
    </message>
    <message numerus="yes">
        <source>待上传 %n 条</source>
        <translation>
            <numerusform>%n change to upload</numerusform>
            <numerusform>%n changes to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>冲突 %n 条</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>中心：连接中…</source>
        <translation>Centre: connecting…</translation>
    </message>
    <message>
        <source>中心：离线</source>
        <translation>Centre: offline</translation>
    </message>
    <message>
        <source>中心数据库密码</source>
        <translation>Central database password</translation>
    </message>
    <message>
        <source>请输入连接中心数据库的密码（仅本次运行使用，不保存）：</source>
        <translation>Enter the central database password (used only while the program runs, not kept):</translation>
    </message>
</context>
<context>
    <name>TicketEntryFields</name>
    <message>
        <source>刷身份证，或输入号码后按回车</source>
        <translation>Swipe the ID card, or type the number and press Enter</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>手机或带区号的固定电话（可不填）</source>
        <translation>Mobile, or landline with area code (optional)</translation>
    </message>
    <message>
        <source>按 {key} 选择“{label}”</source>
        <translation>Press {key} to choose “{label}”</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机/电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message numerus="yes">
        <source> 人</source>
        <comment>people count suffix</comment>
        <translation>
            <numerusform> person</numerusform>
            <numerusform> people</numerusform>
        </translation>
    </message>
    <message>
        <source>集体访：{count} 人及以上，填写总人数</source>
        <translation>Group visit: {count} or more people; enter the total number</translation>
    </message>
    <message>
        <source>{count} 人及以上同行请选“集体访”</source>
        <translation>{count} or more people together: choose “Group visit”</translation>
    </message>
    <message>
        <source>{sex}，{birth} 生，{age} 岁</source>
        <translation>{sex}, born {birth}, age {age}</translation>
    </message>
    <message>
        <source>姓名栏里是身份证号码，已移到“证件号码”，请填写姓名</source>
        <translation>The name field held an ID card number; it was moved to “ID number”. Please enter the name</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>取号 (Enter)</source>
        <translation>Issue ticket (Enter)</translation>
    </message>
    <message>
        <source>清空 (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>回车：下一项 / 取号&#x3000;F1–F4：类别&#x3000;Ctrl+回车：立即取号&#x3000;Esc：清空</source>
        <translation>Enter: next field / issue ticket   F1–F4: category   Ctrl+Enter: issue now   Esc: clear</translation>
    </message>
    <message>
        <source>请先刷身份证或输入证件号码</source>
        <translation>Swipe the ID card or enter the ID number first</translation>
    </message>
    <message>
        <source>回访人：已来访 {count} 次，最近 {day}</source>
        <translation>Returning visitor: {count} visits so far, last on {day}</translation>
    </message>
    <message>
        <source>回访人：以前登记过</source>
        <translation>Returning visitor: registered before</translation>
    </message>
    <message>
        <source>未能查询以往来访记录，请直接填写姓名</source>
        <translation>Could not look up earlier visits; please type the name</translation>
    </message>
    <message>
        <source>第 {n} 行代表请填写姓名</source>
        <translation>Enter the name of the representative in row {n}</translation>
    </message>
    <message>
        <source>正在取号…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <source>姓名与登记不一致</source>
        <translation>Name does not match the records</translation>
    </message>
    <message>
        <source>更改姓名</source>
        <translation>Change name</translation>
    </message>
    <message>
        <source>保留原名</source>
        <translation>Keep registered name</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TicketResultPanel</name>
    <message>
        <source>刚取的号</source>
        <translation>Ticket just issued</translation>
    </message>
    <message>
        <source>尚未取号</source>
        <translation>No ticket issued yet</translation>
    </message>
    <message>
        <source>刷身份证或输入证件号码开始</source>
        <translation>Swipe an ID card or enter an ID number to start</translation>
    </message>
    <message numerus="yes">
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>&#x3000;代表：{names}</source>
        <translation> · Representatives: {names}</translation>
    </message>
    <message numerus="yes">
        <source>前面还有 %n 人</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>前面没有人等候</source>
        <translation>Nobody ahead of you</translation>
    </message>
    <message>
        <source>（回访）</source>
        <translation> (returning)</translation>
    </message>
    <message>
        <source>{name}{returning}&#x3000;取号时间 {time}</source>
        <translation>{name}{returning} · issued at {time}</translation>
    </message>
    <message>
        <source>即将叫号</source>
        <translation>will be called soon</translation>
    </message>
    <message>
        <source>预计等候约 {low}–{high} 分钟</source>
        <translation>estimated wait {low}–{high} minutes</translation>
    </message>
    <message>
        <source>{ahead}，{wait}</source>
        <translation>{ahead}, {wait}</translation>
    </message>
</context>
<context>
    <name>TimelineOpener</name>
    <message>
        <source>办理流程</source>
        <translation>Case timeline</translation>
    </message>
    <message>
        <source>信访件编号：</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>转窗口 — {ticket}</source>
        <translation>Transfer — {ticket}</translation>
    </message>
    <message>
        <source>转到窗口</source>
        <translation>To window</translation>
    </message>
    <message>
        <source>改为类别，重新排队</source>
        <translation>Change category and queue again</translation>
    </message>
    <message>
        <source>转的原因（可不填）</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>转送/交办时可选的承办单位，以及依法分类处理告知书上写明的受理机关。单位不能删除（已登记的事项仍指向它），不再使用的请停用。修改点按钮后立即保存。</source>
        <translation>Handling units that can be chosen for a transfer or assignment, and the accepting bodies named on legal channel notices. Units cannot be deleted (registered matters still point to them); deactivate those no longer used. Changes are saved as soon as you press a button.</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>单位信息</source>
        <translation>Unit details</translation>
    </message>
    <message>
        <source>如 HK-YJJ</source>
        <translation>e.g. HK-YJJ</translation>
    </message>
    <message>
        <source>如 海口市应急管理局</source>
        <translation>e.g. Haikou Emergency Management Bureau</translation>
    </message>
    <message>
        <source>如 0898-66668888</source>
        <translation>e.g. 0898-66668888</translation>
    </message>
    <message>
        <source>清空（新单位）</source>
        <translation>Clear (new unit)</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>已新增承办单位“{name}”（代码 {code}）</source>
        <translation>Added handling unit “{name}” (code {code})</translation>
    </message>
    <message>
        <source>已保存“{name}”的修改</source>
        <translation>Saved the changes to “{name}”</translation>
    </message>
    <message>
        <source>已启用“{name}”，转送时可以选择</source>
        <translation>Activated “{name}”; it can be chosen for transfers</translation>
    </message>
    <message>
        <source>已停用“{name}”，转送时不再列出；已登记的事项不受影响</source>
        <translation>Deactivated “{name}”; it is no longer listed for transfers. Registered matters are not affected</translation>
    </message>
</context>
<context>
    <name>UnprintableBox</name>
    <message>
        <source>有字符无法打印</source>
        <translation>Some characters cannot be printed</translation>
    </message>
    <message>
        <source>仍然打印</source>
        <translation>Print anyway</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UpNextList</name>
    <message numerus="yes">
        <source>【集体 %n人】</source>
        <translation>
            <numerusform>[Group of %n]</numerusform>
            <numerusform>[Group of %n]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>新用户必填；已有用户填写则重设密码</source>
        <translation>Required for a new user; for an existing user, typing one resets the password</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Lift lock</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>安全设置</source>
        <translation>Security settings</translation>
    </message>
    <message>
        <source> 个字符</source>
        <translation> characters</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>密码最短长度</source>
        <translation>Minimum password length</translation>
    </message>
    <message>
        <source>连续登录失败锁定次数</source>
        <translation>Failed logins before locking</translation>
    </message>
    <message>
        <source>账户锁定时长</source>
        <translation>Account lock time</translation>
    </message>
    <message>
        <source>无操作自动锁屏</source>
        <translation>Lock screen when idle</translation>
    </message>
    <message>
        <source>保存安全设置</source>
        <translation>Save security settings</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>（锁定中）</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <source>从未登录</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>已添加用户 {name}</source>
        <translation>Added user {name}</translation>
    </message>
    <message>
        <source>已保存用户 {name}</source>
        <translation>Saved user {name}</translation>
    </message>
    <message>
        <source>已启用 {name}</source>
        <translation>Activated {name}</translation>
    </message>
    <message>
        <source>已停用 {name}</source>
        <translation>Deactivated {name}</translation>
    </message>
    <message>
        <source>已解除 {name} 的锁定</source>
        <translation>Lifted the lock on {name}</translation>
    </message>
    <message>
        <source>安全设置已保存</source>
        <translation>Security settings saved</translation>
    </message>
</context>
<context>
    <name>VisitorPart</name>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>现住址</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>户口所在地</source>
        <translation>Registered residence (hukou)</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>尚未打开号票</source>
        <translation>No ticket open</translation>
    </message>
    <message>
        <source>在上方输入号码，或在“排队”中双击一张号票</source>
        <translation>Enter a number above, or double-click a ticket under “Queue”</translation>
    </message>
    <message>
        <source>{date} 出生</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>{id_type}&#x3000;{number}</source>
        <translation>{id_type}: {number}</translation>
    </message>
    <message>
        <source>电话&#x3000;{phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>未留</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>代表：{names}</source>
        <translation>Representatives: {names}</translation>
    </message>
    <message>
        <source>号票 {number}&#x3000;{category}&#x3000;{status}</source>
        <translation>Ticket {number} · {category} · {status}</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>操作没有完成，请重试；如果反复出现，请联系管理员。</source>
        <translation>The operation was not completed. Please try again; if it keeps happening, contact the administrator.</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>返回继续编辑</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>WindowPicker</name>
    <message>
        <source>请选择窗口</source>
        <translation>Choose a window</translation>
    </message>
</context>
<context>
    <name>WindowsPage</name>
    <message>
        <source>窗口号</source>
        <translation>Window no.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>接待的号票类别</source>
        <translation>Ticket categories served</translation>
    </message>
    <message>
        <source>不填则为“N号窗口”</source>
        <translation>Leave empty for “Window N”</translation>
    </message>
    <message>
        <source>接待</source>
        <translation>Serves</translation>
    </message>
    <message>
        <source>新窗口</source>
        <translation>New window</translation>
    </message>
    <message>
        <source>保存窗口</source>
        <translation>Save window</translation>
    </message>
    <message>
        <source>类别都不勾表示接待所有类别。这一页的修改点“保存窗口”后立即生效。</source>
        <translation>No category ticked means the window serves all categories. Changes on this page take effect as soon as you click “Save window”.</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{number}号窗口已经叫“{name}”，两个窗口不能同名，请换一个名称</source>
        <translation>Window {number} is already called “{name}”; two windows cannot have the same name, please choose another name</translation>
    </message>
    <message>
        <source>已保存“{name}”，接待：{categories}</source>
        <translation>Saved “{name}”, serving: {categories}</translation>
    </message>
</context>
<context>
    <name>YearGrid</name>
    <message>
        <source>一</source>
        <translation>M</translation>
    </message>
    <message>
        <source>二</source>
        <translation>T</translation>
    </message>
    <message>
        <source>三</source>
        <translation>W</translation>
    </message>
    <message>
        <source>四</source>
        <translation>T</translation>
    </message>
    <message>
        <source>五</source>
        <translation>F</translation>
    </message>
    <message>
        <source>六</source>
        <translation>S</translation>
    </message>
    <message>
        <source>日</source>
        <translation>S</translation>
    </message>
    <message>
        <source>{month}月</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>国务院安排：{name}</source>
        <translation>State Council schedule: {name}</translation>
    </message>
    <message>
        <source>本中心录入：{note}</source>
        <translation>Entered by this centre: {note}</translation>
    </message>
    <message>
        <source>本中心录入</source>
        <translation>Entered by this centre</translation>
    </message>
</context>
</TS>
