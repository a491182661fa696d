<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
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
    <name>BusyIndicator</name>
    <message>
        <source>正在处理…</source>
        <translation>Working…</translation>
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
        <source>期限涉及的年份尚无国务院节假日安排，暂按周六、周日休息估算，节假日公布后日期可能变动。</source>
        <translation>The holidays of a year in this period are not published yet: Saturdays and Sundays are counted as rest days for now, and the dates may change once the holidays are published.</translation>
    </message>
    <message>
        <source>不适用（不作为信访事项受理）</source>
        <translation>Not applicable (not accepted as a letters-and-visits matter)</translation>
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
    <name>Domain</name>
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
        <translation>Under re-examination</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Finished</translation>
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
        <translation>Transfer/assign to a unit</translation>
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
        <translation>File a lawsuit with the people&apos;s court</translation>
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
        <translation>Apply for labour and personnel dispute arbitration</translation>
    </message>
    <message>
        <source>请自知道或者应当知道权利被侵害之日起一年内，携带身份证件、仲裁申请书及劳动关系证明材料，向劳动人事争议仲裁委员会申请仲裁。</source>
        <translation>Within one year of the day you knew or should have known your rights were infringed, bring your ID, the application for arbitration and proof of the employment relationship to the labour and personnel dispute arbitration commission.</translation>
    </message>
    <message>
        <source>申请行政复议</source>
        <translation>Apply for administrative reconsideration</translation>
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
        <translation>Apply to the people&apos;s procuratorate for legal supervision</translation>
    </message>
    <message>
        <source>对已经发生法律效力的判决、裁定不服的，请携带身份证件、裁判文书及申请书，向人民检察院控告申诉检察部门申请监督。</source>
        <translation>If you object to a judgment or ruling that has taken legal effect, bring your ID, the judgment and your application to the complaints and appeals department of the people&apos;s procuratorate.</translation>
    </message>
    <message>
        <source>向人民代表大会常务委员会反映</source>
        <translation>Raise it with the people&apos;s congress standing committee</translation>
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
    <message>
        <source>下一期限：无（已办结或不予受理）</source>
        <translation>Next deadline: none (closed or not accepted)</translation>
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
        <source>号票 {ticket} 现在是“{status}”，还不能办结：请先在叫号页叫号并开始接谈；登记内容可以先点“保存登记”保存</source>
        <translation>Ticket {ticket} is now &quot;{status}&quot; and cannot be finished yet: call it and start serving on the Call page first; the registration can be saved now with &quot;Save registration&quot;</translation>
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
        <source>转送/交办请填写承办单位</source>
        <translation>For transfer/assignment, enter the unit that will handle the matter</translation>
    </message>
    <message>
        <source>依法分类处理请写明应走的法定途径（如诉讼、仲裁、行政复议）</source>
        <translation>For the legal channel, state which legal route applies (e.g. litigation, arbitration, administrative reconsideration)</translation>
    </message>
    <message>
        <source>不予受理请填写理由，回执上会告知来访人</source>
        <translation>Enter the reason for not accepting; the receipt tells the visitor</translation>
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
    <name>Fields</name>
    <message>
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
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
        <source>重呼次数上限</source>
        <translation>Recall limit</translation>
    </message>
    <message>
        <source>大厅语音播报</source>
        <translation>Voice announcements in the hall</translation>
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
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>既往来访</source>
        <translation>Earlier visits</translation>
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
        <source>事项概况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>双击一行查看那次来访的全部登记内容</source>
        <translation>Double-click a row to see everything registered for that visit</translation>
    </message>
    <message>
        <source>既往来访（共 {count} 次，红色为仍在办理期限内，双击查看）</source>
        <translation>Earlier visits ({count} in all; red: still within the handling deadline; double-click to view)</translation>
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
        <source>恢复法定时限</source>
        <translation>Restore statutory limits</translation>
    </message>
    <message>
        <source>按自然日计算，从收到信访事项之日起算。修改只影响以后登记的事项，已登记事项的截止日期不变。</source>
        <translation>Calendar days, counted from the day the matter is received. A change only affects matters registered from now on; deadlines of registered matters stay as they are.</translation>
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
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>接谈登记还没有保存，关闭后刚填写的内容会丢失。仍然关闭吗？</source>
        <translation>The registration has not been saved; if you close now, what you just entered is lost. Close anyway?</translation>
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
        <source>信访人数</source>
        <translation>Visitors</translation>
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
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>{count} 人（取号时登记）</source>
        <translation>{count} people (entered when the ticket was issued)</translation>
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
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存：信访件编号 {case}，查询码 {code}</source>
        <translation>Saved: case number {case}, enquiry code {code}</translation>
    </message>
</context>
<context>
    <name>RepeatBanner</name>
    <message>
        <source>重复访提示：该来访人有 {count} 件未办结事项仍在办理期限内，请核实是否重复访</source>
        <translation>Possible repeat visit: this visitor has {count} unfinished matters still within the handling deadline. Please check whether this is a repeat visit</translation>
    </message>
    <message>
        <source>{case}（{day} 登记，期限 {due}）</source>
        <translation>{case} (registered {day}, due {due})</translation>
    </message>
    <message>
        <source>[收起]</source>
        <translation>[Hide]</translation>
    </message>
    <message>
        <source>[展开]</source>
        <translation>[Show]</translation>
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
        <source>身份证号码</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>RoutePart</name>
    <message>
        <source>办理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>承办单位名称</source>
        <translation>Name of the handling unit</translation>
    </message>
    <message>
        <source>应走的法定途径</source>
        <translation>Legal route to take</translation>
    </message>
    <message>
        <source>不予受理的理由（回执上告知来访人）</source>
        <translation>Reason for not accepting (the receipt tells the visitor)</translation>
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
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>当场答复即办结</source>
        <translation>Answered on the spot: the matter is finished</translation>
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
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>保存“中心信息”“时限”和“叫号”页上的设置</source>
        <translation>Saves the settings on the “Centre”, “Time limits” and “Calling” pages</translation>
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
    <message>
        <source>“中心信息”“时限”或“叫号”页上有修改还没有保存。放弃这些修改并关闭吗？</source>
        <translation>Changes on the “Centre”, “Time limits” or “Calling” page are not saved yet. Discard them and close?</translation>
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
</TS>
