<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityOutcome</name>
    <message>
        <location filename="../ui/editors/ActivityOutcomes.cpp" line="+15"/>
        <source>connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left voicemail</source>
        <translation>已留语音留言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>call back</source>
        <translation>需回电</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order taken</source>
        <translation>已拿到订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody there</source>
        <translation>无人在场</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not needed</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replied</source>
        <translation>已回复</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../ui/shell/Appearance.cpp" line="+55"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>ChurnRisk</name>
    <message numerus="yes">
        <location filename="../models/analytics/ChurnRisk.cpp" line="+130"/>
        <source>No purchase for %n day(s); usually every %1.</source>
        <translation>
            <numerusform>已 %n 天未购买；通常每 %1购买一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n purchase(s) in the last %1, %2 in the %1 before.</source>
        <translation>
            <numerusform>最近 %1内购买 %n 次，再之前的 %1内购买 %2 次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average order down from %1 to %2.</source>
        <translation>平均订单金额从 %1 降至 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n open case(s), %1 overdue.</source>
        <translation>
            <numerusform>%n 个未结工单，其中 %1 个逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open case(s).</source>
        <translation>
            <numerusform>%n 个未结工单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortSurvival</name>
    <message numerus="yes">
        <location filename="../models/analytics/CohortSurvival.cpp" line="+33"/>
        <source>No cohort has %n complete month(s) of history yet.</source>
        <translation>
            <numerusform>还没有任何同期群拥有 %n 个完整月份的历史数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../ui/dashboards/DataTable.cpp" line="+55"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoGeneration</name>
    <message>
        <location filename="../ui/shell/DemoGeneration.cpp" line="+44"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the demo company …</source>
        <translation>正在创建演示公司…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <location filename="../models/domain/EmailAddress.cpp" line="+26"/>
        <source>Enter an email address.</source>
        <translation>请输入电子邮件地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address has no spaces.</source>
        <translation>电子邮件地址不能包含空格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address needs an @.</source>
        <translation>电子邮件地址需要一个 @。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address has only one @.</source>
        <translation>电子邮件地址只能有一个 @。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something must come before the @.</source>
        <translation>@ 前面必须有内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>@ 前面的部分不能以点开头或结尾，也不能有连续两个点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A domain must follow the @ (example.com).</source>
        <translation>@ 后面必须是域名（如 example.com）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain needs a dot (example.com).</source>
        <translation>域名需要包含点（如 example.com）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The domain &quot;%1&quot; is not valid.</source>
        <translation>域名“%1”无效。</translation>
    </message>
</context>
<context>
    <name>ListQuery</name>
    <message>
        <location filename="../models/store/ListQuery.cpp" line="+29"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <location line="+50"/>
        <location line="+31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+10"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+25"/>
        <location line="+7"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updated from</source>
        <translation>更新时间起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated before</source>
        <translation>更新时间早于</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+17"/>
        <location line="+41"/>
        <location line="+14"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+83"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <location line="+11"/>
        <location line="+18"/>
        <location line="+9"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>From</source>
        <translation>日期起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>日期早于</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>成交状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing from</source>
        <translation>预计成交日期起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing before</source>
        <translation>预计成交日期早于</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting from</source>
        <translation>开始日期起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting before</source>
        <translation>开始日期早于</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Due by</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from</source>
        <translation>创建时间起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened before</source>
        <translation>创建时间早于</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../models/domain/PhoneNumbers.cpp" line="+94"/>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the number with + and its country code.</source>
        <translation>号码请以 + 和国家代码开头。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country code is unknown; start the number with + and a valid country code.</source>
        <translation>国家代码未知；请以 + 和有效的国家代码开头。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a phone number.</source>
        <translation>这不是电话号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number is too short.</source>
        <translation>号码太短。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number is too long.</source>
        <translation>号码太长。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The number is too short for %1.</source>
        <translation>对于%1，号码太短。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number is too long for %1.</source>
        <translation>对于%1，号码太长。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country code is unknown.</source>
        <translation>国家代码未知。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number has the wrong number of digits for %1.</source>
        <translation>对于%1，号码位数不对。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid number in %1.</source>
        <translation>这不是%1的有效号码。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/core/BackgroundJob.cpp" line="+20"/>
        <location filename="../models/store/BulkEdit.cpp" line="+17"/>
        <location filename="../models/store/queries/CampaignMemberBuilder.cpp" line="+24"/>
        <location filename="../models/store/queries/CampaignResponses.cpp" line="+23"/>
        <location filename="../models/store/queries/VisitsDueQuery.cpp" line="+97"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../models/demo/DataGenerator.cpp" line="+139"/>
        <source>The number of accounts must be at least 1.</source>
        <translation>客户数量至少为 1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store already holds records: demo data can only be generated into a new, empty store.</source>
        <translation>数据库中已有记录：演示数据只能生成到新的空数据库中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot start a transaction for the generated data.</source>
        <translation>无法为生成的数据启动事务。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot mark the store as demo data.</source>
        <translation>无法将数据库标记为演示数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the generated data.</source>
        <translation>无法保存生成的数据。</translation>
    </message>
    <message>
        <location filename="../models/store/AccountRepository.cpp" line="+62"/>
        <source>An account needs a name.</source>
        <translation>客户必须有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an account type (%2).</source>
        <translation>“%1”不是有效的客户类型（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visit interval must be a positive number of days, not %1.</source>
        <translation>拜访周期必须是正整数天，不能是 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account cannot be its own parent.</source>
        <translation>客户不能作为自己的上级客户。</translation>
    </message>
    <message>
        <location filename="../models/store/ActivityRepository.cpp" line="+63"/>
        <source>&quot;%1&quot; is not a kind of activity (%2).</source>
        <translation>“%1”不是有效的活动类型（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An activity needs a start time.</source>
        <translation>活动必须有开始时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration cannot be negative (%1 minutes).</source>
        <translation>时长不能为负数（%1 分钟）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An activity&apos;s contact list has an empty entry.</source>
        <translation>活动的联系人列表中有空条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact %1 is listed twice.</source>
        <translation>联系人 %1 被重复列出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Complete activity</source>
        <translation>完成活动</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reschedule activity</source>
        <translation>重新安排活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is done already and cannot be moved.</source>
        <translation>“%1”已完成，无法改期。</translation>
    </message>
    <message>
        <location filename="../models/store/BulkEdit.cpp" line="+10"/>
        <location line="+56"/>
        <source>There is no record type &quot;%1&quot;.</source>
        <translation>不存在记录类型“%1”。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>%1 没有字段“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <location filename="../models/store/queries/CampaignAttribution.cpp" line="+145"/>
        <location filename="../models/store/queries/CampaignMemberBuilder.cpp" line="+377"/>
        <location filename="../models/store/queries/CampaignResponses.cpp" line="-6"/>
        <location filename="../models/store/queries/CaseResolution.cpp" line="+68"/>
        <location line="+20"/>
        <location line="+22"/>
        <source>Cannot start the change.</source>
        <translation>无法开始变更。</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+30"/>
        <source>%1 (record %2 of %3)</source>
        <translation>%1（第 %2 条记录，共 %3 条）</translation>
    </message>
    <message>
        <location filename="../models/store/CampaignMemberRepository.cpp" line="+60"/>
        <source>A campaign member needs its campaign.</source>
        <translation>营销活动成员必须属于一个营销活动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A campaign member needs a contact.</source>
        <translation>营销活动成员必须关联一位联系人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>&quot;%1&quot; is not a member status (%2).</source>
        <translation>“%1”不是有效的成员状态（%2）。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>A member who is &quot;%1&quot; needs the time that happened.</source>
        <translation>状态为“%1”的成员必须填写发生时间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The member was &quot;%1&quot; before being &quot;%2&quot;.</source>
        <translation>该成员“%1”的时间早于“%2”的时间。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is already a member of the campaign &quot;%2&quot;.</source>
        <translation>%1 已是营销活动“%2”的成员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update campaign member</source>
        <translation>更新营销活动成员</translation>
    </message>
    <message>
        <location filename="../models/store/CampaignRepository.cpp" line="+65"/>
        <source>A campaign needs a name.</source>
        <translation>营销活动必须有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a campaign channel (%2).</source>
        <translation>“%1”不是有效的营销渠道（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a campaign status (%2).</source>
        <translation>“%1”不是有效的营销活动状态（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/store/OpportunityRepository.cpp" line="+63"/>
        <location filename="../models/store/OrderRepository.cpp" line="+80"/>
        <location filename="../models/store/ProductRepository.cpp" line="+45"/>
        <source>&quot;%1&quot; is not a currency code (three capital letters, such as EUR).</source>
        <translation>“%1”不是有效的货币代码（三个大写字母，例如 CNY）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A budget or cost needs a currency.</source>
        <translation>预算或成本必须指定货币。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget cannot be negative (%1).</source>
        <translation>预算不能为负数（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actual cost cannot be negative (%1).</source>
        <translation>实际成本不能为负数（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign ends (%1) before it starts (%2).</source>
        <translation>营销活动的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <location filename="../models/store/CaseRepository.cpp" line="+73"/>
        <source>A case needs a subject.</source>
        <translation>工单必须有主题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a priority (%2).</source>
        <translation>“%1”不是有效的优先级（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a case status (%2).</source>
        <translation>“%1”不是有效的工单状态（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 case needs a resolution: what was done.</source>
        <translation>状态为 %1 的工单必须填写解决方案：做了哪些处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction is rated from 1 to 5, not %1.</source>
        <translation>满意度的评分范围是 1 到 5，不能是 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolve case</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <location filename="../models/store/ContactRepository.cpp" line="+142"/>
        <source>A contact needs a name.</source>
        <translation>联系人必须有姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../models/store/UserRepository.cpp" line="+54"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a channel (%2).</source>
        <translation>“%1”不是有效的联系渠道（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time of the %1 consent is not a valid time (%2).</source>
        <translation>%1 联系许可的时间无效（%2）。</translation>
    </message>
    <message>
        <location filename="../models/store/FieldValue.cpp" line="+50"/>
        <source>%1.%2 expects %3</source>
        <translation>%1.%2 应为%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list or an object</source>
        <translation>列表或对象</translation>
    </message>
    <message>
        <location filename="../models/store/Journal.cpp" line="+113"/>
        <source>No change %1 to undo</source>
        <translation>没有可撤销的变更 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1 was already undone</source>
        <translation>变更 %1 已被撤销</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo %1</source>
        <translation>撤销“%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown entity %1 in the journal</source>
        <translation>变更日志中有未知的实体 %1</translation>
    </message>
    <message>
        <location filename="../models/store/JsonlBackup.cpp" line="+65"/>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store is not empty: a backup can only be restored into a new, empty store.</source>
        <translation>数据库不是空的：备份只能恢复到新的空数据库中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Rapport JSONL backup (the first line must be its header)</source>
        <translation>不是 Rapport JSONL 备份（第一行必须是备份头）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup was written by a newer Rapport (store version %1; this Rapport has %2)</source>
        <translation>此备份由更新版本的 Rapport 写入（数据库版本 %1；当前 Rapport 为 %2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown record type &quot;%1&quot;</source>
        <translation>未知的记录类型“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid record id &quot;%1&quot;</source>
        <translation>无效的记录 ID“%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot restore %1 %2: %3</source>
        <translation>无法恢复 %1 %2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup refers to a missing %1 record (from %2 row %3)</source>
        <translation>备份引用了不存在的 %1 记录（来自 %2 第 %3 行）</translation>
    </message>
    <message>
        <location filename="../models/store/OpportunityRepository.cpp" line="-3"/>
        <source>An opportunity needs a name.</source>
        <translation>商机必须有名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount cannot be negative (%1 %2).</source>
        <translation>金额不能为负数（%1 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The probability must be between 0 and 100, not %1.</source>
        <translation>赢率必须在 0 到 100 之间，不能是 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An opportunity in a stage needs the stage&apos;s pipeline.</source>
        <translation>处于某个阶段的商机必须属于该阶段所在的销售管道。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>The stage %1 does not exist.</source>
        <translation>阶段 %1 不存在。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The stage &quot;%1&quot; belongs to the pipeline &quot;%2&quot;, not to &quot;%3&quot;.</source>
        <translation>阶段“%1”属于销售管道“%2”，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move opportunity to another stage</source>
        <translation>将商机移到其他阶段</translation>
    </message>
    <message>
        <location filename="../models/store/OrderRepository.cpp" line="-2"/>
        <source>An order needs the time it was placed.</source>
        <translation>订单必须有下单时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行明细。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 needs a product.</source>
        <translation>第 %1 行必须指定产品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: the quantity cannot be 0 (a negative quantity is a return).</source>
        <translation>第 %1 行：数量不能为 0（负数表示退货）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: the unit price cannot be negative (%2).</source>
        <translation>第 %1 行：单价不能为负数（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: the discount cannot be negative (%2).</source>
        <translation>第 %1 行：折扣不能为负数（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: %2 × %3 is too large.</source>
        <translation>第 %1 行：%2 × %3 的结果过大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the discount (%2) is more than the line&apos;s amount (%3).</source>
        <translation>第 %1 行：折扣（%2）超过了该行金额（%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 belongs to another order.</source>
        <translation>第 %1 行属于另一个订单。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create order %1</source>
        <translation>创建订单 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete order</source>
        <translation>删除订单</translation>
    </message>
    <message>
        <location filename="../models/store/PipelineRepository.cpp" line="+75"/>
        <source>A pipeline needs a name.</source>
        <translation>销售管道必须有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline &quot;%1&quot; needs at least one stage.</source>
        <translation>销售管道“%1”至少需要一个阶段。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1 of &quot;%2&quot; needs a name.</source>
        <translation>“%2”的第 %1 个阶段必须有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a kind of stage (%2).</source>
        <translation>“%1”不是有效的阶段类型（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probability of the stage &quot;%1&quot; must be between 0 and 100, not %2.</source>
        <translation>阶段“%1”的赢率必须在 0 到 100 之间，不能是 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stage &quot;%1&quot; belongs to another pipeline.</source>
        <translation>阶段“%1”属于另一个销售管道。</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The stage &quot;%1&quot; still holds %n opportunities; move them first.</source>
        <translation>
            <numerusform>阶段“%1”中还有 %n 个商机，请先将其移走。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create pipeline %1</source>
        <translation>创建销售管道 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit pipeline %1</source>
        <translation>编辑销售管道 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete pipeline</source>
        <translation>删除销售管道</translation>
    </message>
    <message>
        <location filename="../models/store/ProductRepository.cpp" line="-2"/>
        <source>A product needs a name.</source>
        <translation>产品必须有名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A price needs a currency.</source>
        <translation>价格必须指定货币。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list price cannot be negative (%1).</source>
        <translation>标价不能为负数（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit cost cannot be negative (%1).</source>
        <translation>单位成本不能为负数（%1）。</translation>
    </message>
    <message>
        <location filename="../models/store/queries/CampaignAttribution.cpp" line="+20"/>
        <location filename="../models/store/queries/CampaignResponses.cpp" line="+15"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../models/store/queries/CampaignMemberBuilder.cpp" line="-327"/>
        <source>Campaign members come from a list of contacts.</source>
        <translation>营销活动成员只能来自联系人列表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts list has no filter &quot;%1&quot;.</source>
        <translation>联系人列表没有筛选条件“%1”。</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>already a member</source>
        <translation>已是成员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opted out of email</source>
        <translation>已退订电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opted out of SMS</source>
        <translation>已退订短信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opted out of phone calls</source>
        <translation>已拒绝电话联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out of post</source>
        <translation>已拒绝邮寄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no email address</source>
        <translation>无电子邮件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no mobile number</source>
        <translation>无手机号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no phone number</source>
        <translation>无电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no postal address (street and city)</source>
        <translation>无邮寄地址（街道和城市）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no address</source>
        <translation>无地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same address as another member</source>
        <translation>与其他成员地址相同</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+111"/>
        <source>The campaign no longer exists.</source>
        <translation>该营销活动已不存在。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (contact %2 of %3)</source>
        <translation>%1（第 %2 位联系人，共 %3 位）</translation>
    </message>
    <message>
        <location filename="../models/store/queries/CampaignResponses.cpp" line="-18"/>
        <source>&quot;%1&quot; is not a member status.</source>
        <translation>“%1”不是有效的成员状态。</translation>
    </message>
    <message>
        <location filename="../models/store/queries/CaseResolution.cpp" line="-94"/>
        <source>There is no case with the id &quot;%1&quot;.</source>
        <translation>不存在 ID 为“%1”的工单。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Follow-up: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <location filename="../models/store/RecordRepository.cpp" line="+33"/>
        <location filename="../models/store/RecordWriter.cpp" line="+191"/>
        <source>Create %1</source>
        <translation>创建 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../models/store/RecordWriter.cpp" line="+40"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../models/store/Repository.h" line="+93"/>
        <source>There is no %1 with the id &quot;%2&quot;.</source>
        <translation>不存在 ID 为“%2”的%1。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The %1 %2 does not belong to this %3.</source>
        <translation>%1 %2 不属于此%3。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The %1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 %2 has been deleted.</source>
        <translation>%1 %2 已被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 &quot;%2&quot; has been deleted.</source>
        <translation>%1“%2”已被删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved view</source>
        <translation>已保存视图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaign member</source>
        <translation>营销活动成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order line</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location filename="../models/store/RecordWriter.cpp" line="-90"/>
        <source>%1 has no field %2</source>
        <translation>%1 没有字段 %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a valid record id</source>
        <translation>%1 不是有效的记录 ID</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+50"/>
        <source>No %1 with id %2</source>
        <translation>不存在 ID 为 %2 的 %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <location filename="../models/store/SavedViewRepository.cpp" line="+31"/>
        <source>A saved view needs a name.</source>
        <translation>已保存视图必须有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a kind of record a view can list.</source>
        <translation>视图无法列出“%1”类型的记录。</translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="+47"/>
        <source>%1 is a damaged Rapport store (%2). It was left untouched: restore it from a backup, or run &quot;rapportctl --db %1 check&quot; for a full report.</source>
        <translation>%1 是已损坏的 Rapport 数据库（%2）。文件未被改动：请从备份恢复，或运行“rapportctl --db %1 check”查看完整报告。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Rapport store: it is a database of another program.</source>
        <translation>%1 不是 Rapport 数据库：它是其他程序的数据库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer Rapport (store version %2); this Rapport reads store versions up to %3. Please update Rapport to open it. The file was left untouched.</source>
        <translation>%1 由更新版本的 Rapport 写入（数据库版本 %2）；当前 Rapport 最高只能读取版本 %3。请升级 Rapport 后再打开。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../models/analytics/AnalyticsSnapshot.cpp" line="+619"/>
        <source>The saved analytics in %1 are damaged.</source>
        <translation>%1 中保存的分析数据已损坏。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot save the analytics to %1: %2</source>
        <translation>无法将分析数据保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No saved analytics.</source>
        <translation>没有保存的分析数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/store/Store.cpp" line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The saved analytics are of another version.</source>
        <translation>保存的分析数据属于另一个版本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The saved analytics are of other data or another time zone.</source>
        <translation>保存的分析数据来自其他数据或其他时区。</translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="+10"/>
        <source>%1 is not a Rapport store: it is not a database file at all.</source>
        <translation>%1 不是 Rapport 数据库：它根本不是数据库文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid page size %1</source>
        <translation>无效的页大小 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is truncated: %1 bytes of %2 expected</source>
        <translation>文件不完整：应为 %2 字节，实际只有 %1 字节</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+89"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 is a folder, not a Rapport store.</source>
        <translation>%1 是文件夹，不是 Rapport 数据库。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the change journal is missing</source>
        <translation>缺少变更日志</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write to %1: Rapport needs to write to the store and to its folder %2.</source>
        <translation>无法写入 %1：Rapport 需要对数据库及其所在文件夹 %2 有写入权限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create a store in %1: the folder cannot be written.</source>
        <translation>无法在 %1 中创建数据库：该文件夹不可写入。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot start the upgrade to store version %1.</source>
        <translation>无法开始将数据库升级到版本 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>将数据库升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../models/store/StoreChecker.cpp" line="+26"/>
        <source>SQLite integrity check</source>
        <translation>SQLite 完整性检查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The integrity check could not run: %1</source>
        <translation>无法运行完整性检查：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database damage: %1</source>
        <translation>数据库损坏：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>references between records</source>
        <translation>记录之间的引用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reference check could not run: %1</source>
        <translation>无法运行引用检查：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 row %2 refers to a missing %3 record</source>
        <translation>%1 第 %2 行引用了不存在的 %3 记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more missing references</source>
        <translation>…… 另有 %1 处缺失的引用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full-text index does not match its documents: %1</source>
        <translation>全文索引与其文档不一致：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 records cannot be found by search (not in the index)</source>
        <translation>%1 条 %2 记录无法被搜索到（不在索引中）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 search entries point at deleted or missing %2 records</source>
        <translation>%1 个搜索条目指向已删除或不存在的 %2 记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 search prefix terms belong to no document</source>
        <translation>%1 个搜索前缀词条不属于任何文档</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change journal</source>
        <translation>变更日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 journal entries belong to no change set</source>
        <translation>%1 条日志条目不属于任何变更集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal names an unknown record type &quot;%1&quot;</source>
        <translation>变更日志中出现未知的记录类型“%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The journal has changes to %1 %2, which is not in the store</source>
        <translation>变更日志中有对 %1 %2 的变更，但数据库中没有该记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is %3 in the store but not in the journal</source>
        <translation>%1 %2 在数据库中为“%3”，与变更日志不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>live</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 field %3 is %4 in the store but %5 in the journal</source>
        <translation>%1 %2 的字段 %3 在数据库中为 %4，但在变更日志中为 %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and %1 more journal mismatches</source>
        <translation>…… 另有 %1 处日志不一致</translation>
    </message>
    <message>
        <location filename="../models/store/TagRepository.cpp" line="+31"/>
        <source>A tag needs a name.</source>
        <translation>标签必须有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a colour (#rrggbb).</source>
        <translation>“%1”不是有效的颜色（#rrggbb）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is a tag &quot;%1&quot; already.</source>
        <translation>标签“%1”已存在。</translation>
    </message>
    <message>
        <location filename="../models/store/UserRepository.cpp" line="-4"/>
        <source>A user needs a login name.</source>
        <translation>用户必须有登录名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a role (%2).</source>
        <translation>“%1”不是有效的角色（%2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The store&apos;s own user cannot be removed.</source>
        <translation>不能删除数据库自身的用户。</translation>
    </message>
    <message>
        <location filename="../models/analytics/AnalyticsInputLoader.cpp" line="+368"/>
        <source>The saved analytics are newer than the file.</source>
        <translation>保存的分析数据比该文件更新。</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../ui/editors/RecordHeader.cpp" line="+15"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <location filename="../models/analytics/RfmSegment.h" line="+37"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t lose them</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="+37"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <location filename="../ui/dashboards/ValuePage.cpp" line="+33"/>
        <source>Equal shares</source>
        <translation>均等分布</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative amount</source>
        <translation>累计金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers, best first</source>
        <translation>客户（从高到低）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The best %1 of customers: %2</source>
        <translation>排名前 %1 的客户：%2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="+12"/>
        <source>prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>former customer</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sms</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direct mail</source>
        <translation>直邮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wechat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whatsapp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>targeted</source>
        <translation>目标对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responded</source>
        <translation>已回应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>support</source>
        <translation>客服</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <translation>已退订</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/rapport_main.cpp" line="+49"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown language &quot;%1&quot;; Rapport speaks %2.</source>
        <translation>未知语言“%1”；Rapport 支持的语言：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rapport, an offline-first CRM.</source>
        <translation>Rapport，离线优先的客户关系管理软件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the store FILE (created if missing).</source>
        <translation>打开数据文件 FILE（不存在则创建）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a fresh demo company in a temporary folder.</source>
        <translation>在临时文件夹中打开一个全新的演示公司。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language: en, zh_CN or zh_TW.</source>
        <translation>界面语言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours for this run: system, light or dark (Preferences keeps a choice).</source>
        <translation>本次运行的配色：system、light 或 dark（在首选项中可保存选择）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a 1280×800 picture of every page into DIR and quit.</source>
        <translation>将每个页面的 1280×800 截图保存到 DIR 后退出。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown appearance &quot;%1&quot;; use system, light or dark.</source>
        <translation>未知的外观“%1”；请使用 system、light 或 dark。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--db and --demo cannot be used together.</source>
        <translation>--db 和 --demo 不能同时使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>无法为演示创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the demo company: %1</source>
        <translation>无法创建演示公司：%1</translation>
    </message>
</context>
<context>
    <name>rapport::AccountEditor</name>
    <message>
        <location filename="../ui/editors/AccountEditor.cpp" line="+38"/>
        <source>A web address has no spaces.</source>
        <translation>网址中不能有空格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a web address (example.com).</source>
        <translation>这不是有效的网址（例如 example.com）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An account needs a name.</source>
        <translation>客户必须有名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or person</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trade fair, referral, web …</source>
        <translation>展会、转介绍、网站…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No target</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often a rep should visit; Today lists the account once a visit is due.</source>
        <translation>销售代表应多久拜访一次；到期需要拜访时，该客户会出现在“今日”页面。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource</source>
        <translation>来源(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owne&amp;r</source>
        <translation>负责人(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent account</source>
        <translation>上级客户(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit every</source>
        <translation>拜访周期(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone and email</source>
        <translation>电话和电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hones</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emails</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent account</source>
        <translation>上级客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account — %1</source>
        <translation>客户 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An account cannot be its own parent.</source>
        <translation>客户不能作为自己的上级客户。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Create account %1</source>
        <translation>创建客户 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account %1</source>
        <translation>编辑客户 %1</translation>
    </message>
</context>
<context>
    <name>rapport::AccountFiguresPanel</name>
    <message>
        <location filename="../ui/editors/record/AccountFiguresPanel.cpp" line="+26"/>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue, last 12 months</source>
        <translation>近 12 个月收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open opportunities</source>
        <translation>未结商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit due</source>
        <translation>下次拜访到期</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No orders yet</source>
        <translation>尚无订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>net of returns and discounts</source>
        <translation>已扣除退货和折扣</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worth %1</source>
        <translation>金额 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个逾期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned for %1</source>
        <translation>计划于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set a visit interval to plan visits</source>
        <translation>设置拜访周期以规划拜访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never visited</source>
        <translation>从未拜访</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::AccountRecordWindow</name>
    <message>
        <location filename="../ui/editors/AccountRecordWindow.cpp" line="+53"/>
        <source>Log &amp;call</source>
        <translation>记录电话(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;visit</source>
        <translation>记录拜访(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New c&amp;ontact</source>
        <translation>新建联系人(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New o&amp;pportunity</source>
        <translation>新建商机(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New c&amp;ase</source>
        <translation>新建工单(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New o&amp;rder</source>
        <translation>新建订单(&amp;R)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Account (deleted)</source>
        <translation>客户（已删除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account was deleted.</source>
        <translation>此客户已被删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — Account</source>
        <translation>%1 — 客户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of %1</source>
        <translation>隶属于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Contacts&lt;/b&gt; (%1+)</source>
        <translation>&lt;b&gt;联系人&lt;/b&gt;（%1+）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Contacts&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;联系人&lt;/b&gt;（%1）</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityEditor</name>
    <message>
        <location filename="../ui/editors/ActivityEditor.cpp" line="+121"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 30 or 1:30</source>
        <translation>例如 30 或 1:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes (45), hours and minutes (1:30) or hours (2h)</source>
        <translation>分钟数（45）、小时和分钟（1:30）或小时数（2h）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type to find an account</source>
        <translation>输入以查找客户</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart:</source>
        <translation>开始(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontacts:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pportunity:</source>
        <translation>商机(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>工单(&amp;C)：</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+113"/>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Activity: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>New activity: %1</source>
        <translation>新建活动：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(deleted account)</source>
        <translation>（已删除的客户）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(deleted contact)</source>
        <translation>（已删除的联系人）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an account to pick its contacts.</source>
        <translation>请先选择客户，再选择其联系人。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This account has no contacts yet.</source>
        <translation>此客户还没有联系人。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (closed)</source>
        <translation>%1（已关闭）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+22"/>
        <source>Choose what kind of activity this is.</source>
        <translation>请选择活动类型。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Enter when it starts (or started).</source>
        <translation>请输入开始时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type minutes (45), hours and minutes (1:30) or hours (2h).</source>
        <translation>请输入分钟数（45）、小时和分钟（1:30）或小时数（2h）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duration cannot be negative.</source>
        <translation>时长不能为负数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This activity no longer exists: it was deleted.</source>
        <translation>此活动已不存在：它已被删除。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save your changes to this activity?</source>
        <translation>是否保存对此活动的更改？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They cannot be saved as they are: see the messages in the form.</source>
        <translation>当前内容无法保存：请查看表单中的提示。</translation>
    </message>
</context>
<context>
    <name>rapport::AddMembersDialog</name>
    <message>
        <location filename="../ui/editors/AddMembersDialog.cpp" line="+24"/>
        <source>Contacts who %1 or have %2 are left out, and so is a second contact with the same address.</source>
        <translation>%1或%2的联系人将被排除；地址相同的第二位联系人也会被排除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts with %1 are left out, and so is a second contact with the same number.</source>
        <translation>%1的联系人将被排除；号码相同的第二位联系人也会被排除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is messaged one by one on this channel: every contact of the source is added.</source>
        <translation>此渠道不会逐一联系个人：来源中的所有联系人都会被添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in the saved &amp;view</source>
        <translation>已保存视图中的联系人(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts of the accounts &amp;tagged</source>
        <translation>带有以下标签的客户的联系人(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;All contacts</source>
        <translation>所有联系人(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No saved views of contacts yet (save one on the Contacts page)</source>
        <translation>尚无联系人的已保存视图（可在“联系人”页面保存）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign has no channel.</source>
        <translation>此营销活动没有设置渠道。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 campaign.</source>
        <translation>%1营销活动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You see how many will be added and who is left out, and why, before anything is added.</source>
        <translation>添加之前，您会看到将添加多少人、哪些人被排除以及排除原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the saved view &quot;%1&quot;</source>
        <translation>已保存视图“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the accounts tagged &quot;%1&quot;</source>
        <translation>带有标签“%1”的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all contacts</source>
        <translation>所有联系人</translation>
    </message>
</context>
<context>
    <name>rapport::AddressEdit</name>
    <message>
        <location filename="../ui/editors/fields/AddressEdit.cpp" line="+40"/>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State, province or region</source>
        <translation>省/州/地区</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postcode, city</source>
        <translation>邮政编码、城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>省/州</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
</context>
<context>
    <name>rapport::AttributionDialog</name>
    <message>
        <location filename="../ui/editors/AttributionDialog.cpp" line="+22"/>
        <source>Attribute to %1</source>
        <translation>归因到 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opportunity or order</source>
        <translation>商机或订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credited to</source>
        <translation>归因于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the account the campaign won business from.</source>
        <translation>请选择此营销活动为其带来业务的客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+66"/>
        <source>Attribute</source>
        <translation>归因</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the account&apos;s records: %1</source>
        <translation>无法读取该客户的记录：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this campaign</source>
        <translation>此营销活动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account has no opportunities or orders.</source>
        <translation>该客户没有商机或订单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its newest %1 opportunities and %1 orders at most; crediting one already credited to another campaign moves the credit here.</source>
        <translation>最多显示最新的 %1 个商机和 %1 个订单；若某条记录已归因于其他营销活动，归因到此处后将转移到本活动。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Attribute %n</source>
        <translation>
            <numerusform>归因 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::BackgroundJob</name>
    <message>
        <location filename="../ui/core/BackgroundJob.cpp" line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../ui/pages/CampaignMembersView.cpp" line="+171"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>rapport::BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/lists/BulkEditDialog.cpp" line="+37"/>
        <source>Edit %n record(s)</source>
        <translation>
            <numerusform>编辑 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Why was it won or lost?</source>
        <translation>赢单或输单的原因是什么？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Apply to %n record(s)</source>
        <translation>
            <numerusform>应用到 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>改为</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Edit %1 of %n record(s)</source>
        <translation>
            <numerusform>编辑 %n 条记录的%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CampaignAttributionView</name>
    <message>
        <location filename="../ui/pages/CampaignAttributionView.cpp" line="+41"/>
        <source>Attribute…</source>
        <translation>归因…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit opportunities and orders of an account to this campaign</source>
        <translation>将某个客户的商机和订单归因于此营销活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>Remove credit</source>
        <translation>取消归因</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Opportunity or order</source>
        <translation>商机或订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the newest %1 are listed.</source>
        <translation>仅列出最新的 %1 条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities (%L1)</source>
        <translation>商机（%L1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders (%L1)</source>
        <translation>订单（%L1）</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln opportunity(ies)</source>
        <translation>
            <numerusform>%Ln 个商机</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(won %1)</source>
        <translation>（赢单 %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Attribute %n record(s) to %1</source>
        <translation>
            <numerusform>将 %n 条记录归因于 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute</source>
        <translation>归因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was credited: %1</source>
        <translation>未归因任何记录：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) credited to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录归因于 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Remove the credit of %n record(s) from %1</source>
        <translation>
            <numerusform>取消 %n 条记录对 %1 的归因</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignDashboardPage</name>
    <message>
        <location filename="../ui/dashboards/CampaignDashboardPage.cpp" line="+36"/>
        <source>Return on investment by campaign</source>
        <translation>各营销活动的投资回报率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response and conversion rate by campaign</source>
        <translation>各营销活动的回应率和转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns started in the period</source>
        <translation>期间内启动的营销活动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a campaign to open it</source>
        <translation>双击营销活动可将其打开</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+7"/>
        <location line="+102"/>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+18"/>
        <location line="+34"/>
        <location line="+17"/>
        <location line="+31"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+102"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+102"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>(Revenue − cost) / cost</source>
        <translation>（收入 − 成本）/ 成本</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1
Revenue %2, cost %3
ROI %4; %Ln new customer(s)</source>
        <translation>
            <numerusform>%1
收入 %2，成本 %3
投资回报率 %4；新客户 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customers from %1</source>
        <translation>来自 %1 的新客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No campaign started in this period.</source>
        <translation>此期间内没有启动任何营销活动。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %n campaign(s) with the most revenue; click a bar for the customers it acquired.</source>
        <translation>
            <numerusform>收入最高的 %n 个营销活动；点击条形可查看其获得的客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a known cost (no ROI) not shown.</source>
        <translation>
            <numerusform>另有 %n 个活动成本未知（无投资回报率），未显示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+49"/>
        <source>Response rate</source>
        <translation>回应率</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+2"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Responded</source>
        <translation>已回应</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Share of members sent to</source>
        <translation>占已发送成员的比例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
%2 sent, %3 responded (%4), %5 converted (%6)</source>
        <translation>%1
已发送 %2，已回应 %3（%4），已转化 %5（%6）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Responded to %1</source>
        <translation>回应了 %1 的客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted by %1</source>
        <translation>经 %1 转化的客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per new customer</source>
        <translation>每个新客户的成本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (budget)</source>
        <translation>（预算）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All campaigns</source>
        <translation>全部营销活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue: orders attributed to the campaign, or its won deals when larger, per customer. Cost: actual cost, else the budget. A new customer&apos;s first purchase was attributed to the campaign.</source>
        <translation>收入：按客户计算，取归因于该营销活动的订单金额；若该营销活动的赢单商机金额更高，则取后者。成本：实际成本，若无则取预算。新客户：首次购买被归因于该营销活动的客户。</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignDashboardPage.h" line="+16"/>
        <source>Campaign Results</source>
        <translation>营销活动成效</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignDetailPanel</name>
    <message>
        <location filename="../ui/pages/CampaignDetailPanel.cpp" line="+60"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>已回应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought in</source>
        <translation>带来收入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opportunities and orders</source>
        <translation>商机和订单</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a campaign in the list, or make a new one.</source>
        <translation>请在列表中选择一个营销活动，或新建一个。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spent %1</source>
        <translation>已花费 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read the campaign&apos;s figures: %1</source>
        <translation>无法读取营销活动的统计数据：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%L1 not sent yet</source>
        <translation>%L1 位尚未发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of members</source>
        <translation>占成员的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 response rate</source>
        <translation>回应率 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of responses</source>
        <translation>占回应的 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>won opportunities</source>
        <translation>赢单商机</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won %1</source>
        <translation>赢单 %1</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignEditor</name>
    <message>
        <location filename="../ui/editors/CampaignEditor.cpp" line="+37"/>
        <source>The campaign cannot end before it starts (%1).</source>
        <translation>营销活动的结束日期不能早于开始日期（%1）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A campaign needs a name.</source>
        <translation>营销活动必须有名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spring trade fair, newsletter 04/2025 …</source>
        <translation>春季展会、2025 年 4 月电子报…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The actual cost is in the budget&apos;s currency.</source>
        <translation>实际成本使用与预算相同的货币。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goal, audience, message</source>
        <translation>目标、受众、传达的信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ctual cost</source>
        <translation>实际成本(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarts</source>
        <translation>开始日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaign — %1</source>
        <translation>营销活动 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Create campaign %1</source>
        <translation>创建营销活动 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit campaign %1</source>
        <translation>编辑营销活动 %1</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignMembersModel</name>
    <message>
        <location filename="../ui/pages/CampaignMembersModel.cpp" line="+108"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>回应时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>转化时间</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignMembersView</name>
    <message>
        <location filename="../ui/pages/CampaignMembersView.cpp" line="-130"/>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add members…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark sent…</source>
        <translation>标记为已发送…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record response…</source>
        <translation>记录回应…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record conversion…</source>
        <translation>记录转化…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected members from the campaign</source>
        <translation>从营销活动中移除所选成员</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot read the members: %1</source>
        <translation>无法读取成员：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Looking at the contacts of %1…</source>
        <translation>正在检查联系人（%1）…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add Members</source>
        <translation>添加成员</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Add %n member(s) to %1</source>
        <translation>
            <numerusform>向 %1 添加 %n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No members were added: %1</source>
        <translation>未添加任何成员：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln member(s) added; %1 had joined or been deleted meanwhile.</source>
        <translation>
            <numerusform>已添加 %Ln 位成员；另有 %1 位在此期间已加入或已被删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln member(s) added. Undo removes them all.</source>
        <translation>
            <numerusform>已添加 %Ln 位成员。撤销将移除全部这些成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Mark %n member(s) sent</source>
        <translation>
            <numerusform>将 %n 位成员标记为已发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Record %n conversion(s)</source>
        <translation>
            <numerusform>记录 %n 次转化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Record %n response(s)</source>
        <translation>
            <numerusform>记录 %n 次回应</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Members</source>
        <translation>移除成员</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n member(s) from the campaign? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>要从营销活动中移除 %n 位成员吗？可以按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n campaign member(s)</source>
        <translation>
            <numerusform>移除 %n 位营销活动成员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CampaignsPage</name>
    <message>
        <location filename="../ui/pages/CampaignsPage.cpp" line="+27"/>
        <source>New campaign…</source>
        <translation>新建营销活动…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CampaignsPage.h" line="+21"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
</context>
<context>
    <name>rapport::CaseDetailPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/CaseDetailPanel.cpp" line="+48"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – very unhappy</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 – unhappy</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 – happy</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 – very happy</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How satisfied the customer was with the service</source>
        <translation>客户对服务的满意程度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+355"/>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Schedule a call to check that the customer is happy with the resolution</source>
        <translation>安排一次电话回访，确认客户对解决结果是否满意</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+191"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a case in the list, or open a new one.</source>
        <translation>请在列表中选择一个工单，或新建一个。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+70"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 priority</source>
        <translation>%1优先级</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call done %1</source>
        <translation>电话已于 %1 完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call due %1</source>
        <translation>电话到期：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read the case&apos;s activities: %1</source>
        <translation>无法读取该工单的活动：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The case cannot be changed now.</source>
        <translation>目前无法更改此工单。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Assign case %1</source>
        <translation>分配工单：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set case %1 to %2</source>
        <translation>工单状态改为%2：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set case %1 to %2 priority</source>
        <translation>工单优先级改为%2：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rate case %1</source>
        <translation>工单评分：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+26"/>
        <source>Close case %1</source>
        <translation>关闭工单：%1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+26"/>
        <source>Close Case</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve case %1</source>
        <translation>解决工单：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve Case</source>
        <translation>解决工单</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Case resolved; a follow-up call is due in %n day(s).</source>
        <translation>
            <numerusform>工单已解决；回访电话将在 %n 天后到期。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case resolved.</source>
        <translation>工单已解决。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Schedule follow-up call for %1</source>
        <translation>安排回访电话：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A follow-up call is due in %n day(s).</source>
        <translation>
            <numerusform>回访电话将在 %n 天后到期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CaseEditor</name>
    <message>
        <location filename="../ui/editors/CaseEditor.cpp" line="+53"/>
        <source>A case needs a subject.</source>
        <translation>工单必须有主题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer needs, in a few words</source>
        <translation>用几句话描述客户的需求</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was done</source>
        <translation>做了哪些处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – very unhappy</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 – unhappy</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 – happy</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 – very happy</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gned to</source>
        <translation>处理人(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp;by</source>
        <translation>到期时间(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resolution</source>
        <translation>解决方案(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satis&amp;faction</source>
        <translation>满意度(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New Case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case — %1</source>
        <translation>工单 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service level for %1 priority: %2 after the case was opened.</source>
        <translation>%1优先级的服务等级：工单创建后 %2 内处理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by hand; the service level would give %1.</source>
        <translation>已手动设置；按服务等级应为 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A %1 case needs its resolution: what was done.</source>
        <translation>%1的工单必须填写解决方案：做了哪些处理。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Create case %1</source>
        <translation>创建工单：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit case %1</source>
        <translation>编辑工单：%1</translation>
    </message>
</context>
<context>
    <name>rapport::CasesPage</name>
    <message>
        <location filename="../ui/pages/CasesPage.cpp" line="+33"/>
        <source>New case…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open cases past their due-by time</source>
        <translation>已超过到期时间的未结工单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service levels…</source>
        <translation>服务等级…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Any assignee</source>
        <translation>所有处理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to me</source>
        <translation>分配给我的</translation>
    </message>
    <message>
        <location filename="../ui/pages/CasesPage.h" line="+25"/>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>rapport::ChartCard</name>
    <message>
        <location filename="../ui/dashboards/ChartCard.cpp" line="+27"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the numbers behind this chart as a CSV file</source>
        <translation>将此图表背后的数据保存为 CSV 文件</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+4"/>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>rapport::ChurnPage</name>
    <message>
        <location filename="../ui/dashboards/ChurnPage.cpp" line="+48"/>
        <source>Customers gained and lost per month</source>
        <translation>每月新增与流失的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly churn and retention rate</source>
        <translation>每月流失率与留存率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn over the period by source and account type</source>
        <translation>期间内按来源和客户类型划分的流失情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers at risk, by value at risk</source>
        <translation>有流失风险的客户（按风险价值排序）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All Customers at Risk…</source>
        <translation>所有风险客户…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every customer with a value at risk, for a win-back campaign</source>
        <translation>所有存在风险价值的客户，可用于客户挽回营销活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers at risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The lifetime models cannot be fitted yet: too few customers have bought more than once.</source>
        <translation>暂时无法拟合客户终身价值模型：多次购买的客户太少。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lifetime models did not converge; values are at their best point.</source>
        <translation>客户终身价值模型未收敛；显示的是最佳拟合点的结果。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+7"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Reactivated</source>
        <translation>回流</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+138"/>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Active at month end</source>
        <translation>月末活跃客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <location line="+42"/>
        <location line="+14"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Active at start</source>
        <translation>期初活跃</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returning</source>
        <translation>复购</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active at end</source>
        <translation>期末活跃</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+65"/>
        <source>Retention rate</source>
        <translation>留存率</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 %2: %Ln customer(s)</source>
        <translation>
            <numerusform>%1 %2：%Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %Ln active customer(s)</source>
        <translation>
            <numerusform>%1：%Ln 个活跃客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active at the end of %1</source>
        <translation>%1 月末的活跃客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Lost: no purchase for %n day(s).</source>
        <translation>
            <numerusform>流失：%n 天未购买。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lost / active at start</source>
        <translation>流失数 / 期初活跃数</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: churn %2, retention %3 (%Ln lost)</source>
        <translation>
            <numerusform>%1：流失率 %2，留存率 %3（流失 %Ln 个）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost, %1</source>
        <translation>%1 流失的客户</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Churn over the period</source>
        <translation>期间内流失情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Customers at risk of loss</source>
        <translation>可能流失的客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/dashboards/ChurnPage.h" line="+17"/>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lost / customers who could be lost</source>
        <translation>流失数 / 可能流失的客户数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 lost of %3 (%4)</source>
        <translation>%1：%3 个中流失 %2 个（%4）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lost: %1</source>
        <translation>流失：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Value at risk</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Account id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model&apos;s estimate alone.</source>
        <translation>仅凭模型估计。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Value at risk = CLV × (1 − P(alive)), 52 weeks, in %1. Double-click a customer to open it.</source>
        <translation>风险价值 = 客户终身价值 × (1 − 存活概率)，按 52 周计算，单位为 %1。双击客户可将其打开。</translation>
    </message>
</context>
<context>
    <name>rapport::CloseReasonDialog</name>
    <message>
        <location filename="../ui/editors/CloseReasonDialog.cpp" line="+17"/>
        <source>Mark as won</source>
        <translation>标记为赢单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as lost</source>
        <translation>标记为输单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why was “%1” won?</source>
        <translation>“%1”为什么赢单？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why was “%1” lost?</source>
        <translation>“%1”为什么输单？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It moves to the stage “%1”.</source>
        <translation>它将移到阶段“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Best price</source>
        <translation>价格最优</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product fit</source>
        <translation>产品契合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service and support</source>
        <translation>服务和支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price too high</source>
        <translation>价格过高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chose a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No decision</source>
        <translation>未做决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product does not fit</source>
        <translation>产品不契合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark won</source>
        <translation>标记赢单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark lost</source>
        <translation>标记输单</translation>
    </message>
</context>
<context>
    <name>rapport::CohortHeatMap</name>
    <message>
        <location filename="../ui/dashboards/CohortHeatMap.cpp" line="+40"/>
        <source>Months since the first purchase</source>
        <translation>首次购买后的月数</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 (%Ln)</source>
        <translation>
            <numerusform>%1（%Ln）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Cohort %1, month %2: %Ln customer(s) bought, %3 of the cohort; revenue %4%5</source>
        <translation>
            <numerusform>同期群 %1，第 %2 个月：%Ln 个客户有购买，占该同期群的 %3；收入 %4%5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (month not over yet)</source>
        <translation>（本月尚未结束）</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentEditor</name>
    <message>
        <location filename="../ui/editors/fields/ConsentEditor.cpp" line="+35"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+96"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opted in</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web form, trade fair, phone call …</source>
        <translation>网页表单、展会、电话…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 consent cannot be given in the future.</source>
        <translation>%1联系许可的时间不能晚于现在。</translation>
    </message>
</context>
<context>
    <name>rapport::ContactEditor</name>
    <message>
        <location filename="../ui/editors/ContactEditor.cpp" line="+65"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone and email</source>
        <translation>电话和电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hones</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emails</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent to be contacted</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact — %1</source>
        <translation>联系人 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Create contact %1</source>
        <translation>创建联系人 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPointListEditor</name>
    <message>
        <location filename="../ui/editors/fields/ContactPointListEditor.cpp" line="+126"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 Kept as stored until edited.</source>
        <translation>%1编辑之前将保留原值。</translation>
    </message>
</context>
<context>
    <name>rapport::ContactRecordWindow</name>
    <message>
        <location filename="../ui/editors/ContactRecordWindow.cpp" line="+30"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>opted in</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent: never asked</source>
        <translation>联系许可：从未询问</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent — %1</source>
        <translation>联系许可 — %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Log &amp;call</source>
        <translation>记录电话(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;visit</source>
        <translation>记录拜访(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New o&amp;pportunity</source>
        <translation>新建商机(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New c&amp;ase</source>
        <translation>新建工单(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New o&amp;rder</source>
        <translation>新建订单(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contact (deleted)</source>
        <translation>联系人（已删除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact was deleted.</source>
        <translation>此联系人已被删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — Contact</source>
        <translation>%1 — 联系人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2</source>
        <translation>%2 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefers %1</source>
        <translation>首选%1联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born %1</source>
        <translation>生于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardFilterBar</name>
    <message>
        <location filename="../ui/dashboards/DashboardFilterBar.cpp" line="+21"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 months</source>
        <translation>最近 24 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;gment:</source>
        <translation>分群(&amp;G)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardPage</name>
    <message>
        <location filename="../ui/dashboards/DashboardPage.cpp" line="+33"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Page as &amp;PNG…</source>
        <translation>将页面保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Save Page</source>
        <translation>保存页面</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Page as P&amp;DF…</source>
        <translation>将页面保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the store… %1%</source>
        <translation>正在读取数据库… %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the store…</source>
        <translation>正在读取数据库…</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the cost of %n campaign(s)</source>
        <translation>
            <numerusform>%n 个营销活动的成本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in %1</source>
        <translation>金额单位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In other currencies, left out: %1. The store keeps no exchange rates.</source>
        <translation>其他币种的数据未计入：%1。数据库中没有汇率。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算统计数据：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+15"/>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>rapport::DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/DrillDownDialog.cpp" line="+55"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as &amp;CSV…</source>
        <translation>保存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Save as CSV</source>
        <translation>保存为 CSV</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start &amp;Campaign…</source>
        <translation>发起营销活动(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new campaign whose members are the contacts of these customers</source>
        <translation>新建营销活动，成员为这些客户的联系人</translation>
    </message>
</context>
<context>
    <name>rapport::EmailListEditor</name>
    <message>
        <location filename="../ui/editors/fields/EmailListEditor.cpp" line="+8"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>个人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add email</source>
        <translation>+ 添加电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Email %1: %2</source>
        <translation>电子邮件 %1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::FirstStartDialog</name>
    <message>
        <location filename="../ui/shell/FirstStartDialog.cpp" line="+12"/>
        <source>Welcome to Rapport</source>
        <translation>欢迎使用 Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Welcome to Rapport&lt;/h2&gt;&lt;p&gt;Your customer data stays on this computer; it works with no network at all.&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Rapport&lt;/h2&gt;&lt;p&gt;您的客户数据只保存在这台电脑上；完全不需要网络也能使用。&lt;/p&gt;&lt;p&gt;您想如何开始？&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explore a demo company</source>
        <translation>浏览演示公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coffee equipment wholesaler with a few hundred generated customers, deals and orders. It is marked as demo data everywhere.</source>
        <translation>一家咖啡设备批发商，包含数百个自动生成的客户、商机和订单。所有位置都会标明这是演示数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with an empty store</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated data, clearly marked as demo; to use Rapport for real, start with an empty store.</source>
        <translation>生成的数据会明确标记为演示数据；如需正式使用 Rapport，请从空数据库开始。</translation>
    </message>
</context>
<context>
    <name>rapport::ListFilterBar</name>
    <message>
        <location filename="../ui/lists/ListFilterBar.cpp" line="+69"/>
        <source>%1: any</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>rapport::LoyaltyPage</name>
    <message>
        <location filename="../ui/dashboards/LoyaltyPage.cpp" line="+41"/>
        <source>Customers by RFM segment</source>
        <translation>各 RFM 分群的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention: observed and projected</source>
        <translation>留存：实际与预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts: share of customers buying, by months since their first purchase</source>
        <translation>同期群：按首次购买后月数统计的购买客户占比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cohort %1, month %2</source>
        <translation>同期群 %1，第 %2 个月</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+84"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+16"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Revenue to date</source>
        <translation>累计收入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue in the period</source>
        <translation>期间收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the period&apos;s revenue</source>
        <translation>占期间收入的比例</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1: %Ln customer(s)
Revenue in the period %2 (%3 of the period&apos;s)
Revenue to date %4 (%5 of all)</source>
        <translation>
            <numerusform>%1：%Ln 位客户
期间收入 %2（占期间的 %3）
累计收入 %4（占全部的 %5）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+28"/>
        <source>Months since first purchase</source>
        <translation>首次购买后的月数</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Observed survivors</source>
        <translation>实际留存客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projected survivors</source>
        <translation>预测留存客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected (sBG)</source>
        <translation>预测（sBG）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Customers still buying</source>
        <translation>仍在购买的客户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Month %1: %2 observed</source>
        <translation>第 %1 个月：实际 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month %1: %2 projected</source>
        <translation>第 %1 个月：预测 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln cohort(s) pooled; sBG α = %1, β = %2%3</source>
        <translation>
            <numerusform>合并 %Ln 个同期群；sBG α = %1，β = %2%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (fit did not converge)</source>
        <translation>（拟合未收敛）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months since</source>
        <translation>间隔月数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers buying</source>
        <translation>购买客户数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LoyaltyPage.h" line="+16"/>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+37"/>
        <source>Rapport — %1 (demo data)</source>
        <translation>Rapport — %1（演示数据）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rapport — %1</source>
        <translation>Rapport — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search accounts, contacts, deals, cases … (Ctrl+K)</source>
        <translation>搜索客户、联系人、商机、工单…（Ctrl+K）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+62"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick Open…</source>
        <translation>快速打开(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;Account…</source>
        <translation>新建客户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Contact…</source>
        <translation>新建联系人(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Opportunity…</source>
        <translation>新建商机(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Ca&amp;se…</source>
        <translation>新建工单(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Ca&amp;mpaign…</source>
        <translation>新建营销活动(&amp;M)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Log Activity…</source>
        <translation>记录活动(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rapport</source>
        <translation>关于 Rapport(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Rapport</source>
        <translation>关于 Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;An offline-first CRM for field sales and small businesses.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;离线优先的 CRM，专为外勤销售和小型企业打造。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>rapport::MemberPlanDialog</name>
    <message>
        <location filename="../ui/editors/MemberPlanDialog.cpp" line="+18"/>
        <source>Add Members to %1</source>
        <translation>向 %1 添加成员</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln contact(s) in %1.</source>
        <translation>
            <numerusform>%1中有 %Ln 位联系人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln will be added.</source>
        <translation>
            <numerusform>将添加 %Ln 位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln left out:</source>
        <translation>
            <numerusform>排除 %Ln 位：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is left out, and why</source>
        <translation>被排除的联系人及原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%2：%1 位</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %Ln Member(s)</source>
        <translation>
            <numerusform>添加 %Ln 位成员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MemberProgressDialog</name>
    <message>
        <location filename="../ui/editors/MemberProgressDialog.cpp" line="+21"/>
        <source>Mark as Sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>When was the campaign sent to the %n selected member(s)?</source>
        <translation>
            <numerusform>营销活动是何时发送给所选的 %n 位成员的？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Sent</source>
        <translation>标记已发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Record Conversion</source>
        <translation>记录转化</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>When did the %n selected member(s) convert (buy, sign up)?</source>
        <translation>
            <numerusform>所选的 %n 位成员是何时转化的（购买、注册）？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Record Response</source>
        <translation>记录回应</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>When did the %n selected member(s) respond?</source>
        <translation>
            <numerusform>所选的 %n 位成员是何时回应的？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members who got further already keep their status.</source>
        <translation>已进入后续阶段的成员将保持其当前状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
</context>
<context>
    <name>rapport::MoneyEdit</name>
    <message>
        <location filename="../ui/editors/fields/MoneyEdit.cpp" line="+16"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the currency (a code such as EUR).</source>
        <translation>请选择货币（例如 CNY 这样的代码）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an amount in %2, which has no decimals.</source>
        <translation>“%1”不是有效的 %2 金额（%2 没有小数位）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>“%1”不是有效的 %2 金额（最多 %n 位小数）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
</context>
<context>
    <name>rapport::OpenActivitiesView</name>
    <message>
        <location filename="../ui/pages/OpenActivitiesView.cpp" line="+49"/>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due earlier today</source>
        <translation>今天早些时候到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+123"/>
        <location line="+176"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Nothing due today, nothing overdue.</source>
        <translation>今天没有到期事项，也没有逾期事项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue (%1 most recent shown)</source>
        <translation>逾期（显示最近 %1 项）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue (%1)</source>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+128"/>
        <source>Mark as done…</source>
        <translation>标记为已完成…</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Where: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity: %1</source>
        <translation>商机：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: %1</source>
        <translation>工单：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Move to tomorrow, next week or another time</source>
        <translation>改到明天、下周或其他时间</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not completed</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not rescheduled</source>
        <translation>未能改期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moved to %1: %2</source>
        <translation>已改期至 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tomorrow (%1)</source>
        <translation>明天（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week (%1)</source>
        <translation>下周（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose date and time…</source>
        <translation>选择日期和时间…</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+103"/>
        <location line="+64"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activities and tasks</source>
        <translation>活动和任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the activities: %1</source>
        <translation>无法读取活动：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个逾期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All on time</source>
        <translation>全部按时</translation>
    </message>
</context>
<context>
    <name>rapport::OpportunityEditor</name>
    <message>
        <location filename="../ui/editors/OpportunityEditor.cpp" line="+50"/>
        <source>An opportunity needs a name.</source>
        <translation>商机必须有名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is being sold, to whom</source>
        <translation>卖什么、卖给谁</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it was won or lost</source>
        <translation>赢单或输单的原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pipeline, stage</source>
        <translation>销售管道、阶段(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;robability</source>
        <translation>赢率(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected close</source>
        <translation>预计成交日期(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won or lost &amp;because</source>
        <translation>赢单/输单原因(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campa&amp;ign</source>
        <translation>营销活动(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New Opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opportunity — %1</source>
        <translation>商机 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Say why it was won.</source>
        <translation>请说明赢单原因。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say why it was lost.</source>
        <translation>请说明输单原因。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Create opportunity %1</source>
        <translation>创建商机 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit opportunity %1</source>
        <translation>编辑商机 %1</translation>
    </message>
</context>
<context>
    <name>rapport::OptionalDateEdit</name>
    <message>
        <location filename="../ui/editors/fields/OptionalDateEdit.cpp" line="+23"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose a date.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date cannot be before %1.</source>
        <translation>日期不能早于 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date cannot be after %1.</source>
        <translation>日期不能晚于 %1。</translation>
    </message>
</context>
<context>
    <name>rapport::OrderDialog</name>
    <message>
        <location filename="../ui/editors/OrderDialog.cpp" line="+47"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>行合计</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>rapport::OrderEditor</name>
    <message>
        <location filename="../ui/editors/OrderEditor.cpp" line="+35"/>
        <source>Choose the account that placed the order.</source>
        <translation>请选择下此订单的客户。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, e.g. SO-2026-0001</source>
        <translation>可选，例如 SO-2026-0001</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;product…</source>
        <translation>新建产品(&amp;P)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordered</source>
        <translation>下单时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>货币(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu&amp;mber</source>
        <translation>编号(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>rapport::OrderLinesEdit</name>
    <message>
        <location filename="../ui/editors/OrderLinesEdit.cpp" line="+26"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;line</source>
        <translation>添加行(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove line</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a product</source>
        <translation>选择产品</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Line %1 needs a product.</source>
        <translation>第 %1 行需要选择产品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: the quantity cannot be 0 (a negative quantity is a return).</source>
        <translation>第 %1 行：数量不能为 0（负数表示退货）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 needs a unit price.</source>
        <translation>第 %1 行需要单价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: &quot;%2&quot; is not a price in %3.</source>
        <translation>第 %1 行：“%2”不是以 %3 计的价格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: &quot;%2&quot; is not a discount in %3.</source>
        <translation>第 %1 行：“%2”不是以 %3 计的折扣。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>rapport::OutcomeDialog</name>
    <message>
        <location filename="../ui/editors/OutcomeDialog.cpp" line="+21"/>
        <source>Complete %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outcome (optional):</source>
        <translation>结果（可选）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was the outcome?</source>
        <translation>结果如何？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What came of it</source>
        <translation>有什么结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Something else…</source>
        <translation>其他结果…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other:</source>
        <translation>其他：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>rapport::PersonNameEdit</name>
    <message>
        <location filename="../ui/editors/fields/PersonNameEdit.cpp" line="+19"/>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanised, for sorting (Wang Wei)</source>
        <translation>拼音，用于排序（Wang Wei）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the name is written in Latin letters. Lists sort by it, so 王伟 sorts under W.</source>
        <translation>姓名的拉丁字母拼写。列表按它排序，因此“王伟”排在 W 下。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Shown as %1. Add the romanised name so it sorts among Latin names.</source>
        <translation>显示为 %1。请添加拼音，使其能与拉丁字母姓名一起排序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown as %1, sorted under &quot;%2&quot;.</source>
        <translation>显示为 %1，排序依据为“%2”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
</context>
<context>
    <name>rapport::PhoneListEditor</name>
    <message>
        <location filename="../ui/editors/fields/PhoneListEditor.cpp" line="+10"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add phone</source>
        <translation>+ 添加电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Write numbers with + and the country code.</source>
        <translation>号码请以 + 和国家代码开头。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers without + are read as numbers in %1.</source>
        <translation>不以 + 开头的号码将视为 %1 的号码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone %1: %2</source>
        <translation>电话 %1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineCardDelegate</name>
    <message>
        <location filename="../ui/pages/PipelineCardDelegate.cpp" line="+75"/>
        <source>No account</source>
        <translation>无客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No close date</source>
        <translation>无成交日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineColumn</name>
    <message>
        <location filename="../ui/pages/PipelineColumn.cpp" line="+79"/>
        <source>No opportunities</source>
        <translation>没有商机</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 — %2 % probability</source>
        <translation>%1 — 赢率 %2%</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No amounts</source>
        <translation>无金额</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total: %1
Weighted: %2</source>
        <translation>总计：%1
加权：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show more (%1 not shown)</source>
        <translation>显示更多（还有 %1 个未显示）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineDashboardPage</name>
    <message>
        <location filename="../ui/dashboards/PipelineDashboardPage.cpp" line="+38"/>
        <location line="+153"/>
        <source>Funnel: deals created in the period that reached each stage</source>
        <translation>漏斗：期间内创建的商机到达各阶段的情况</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>The pipeline whose funnel is shown</source>
        <translation>显示其漏斗的销售管道</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast by month of expected close</source>
        <translation>按预计成交月份的预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per owner: deals closed in the period</source>
        <translation>按负责人：期间内关闭的商机</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deals closed: %1</source>
        <translation>已关闭的商机：%1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Deals that reached the stage</source>
        <translation>到达该阶段的商机</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Deals reached</source>
        <translation>到达的商机数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion to next stage</source>
        <translation>进入下一阶段的转化率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion to won</source>
        <translation>赢单转化率</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+120"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+67"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>%1: %Ln deal(s) reached it</source>
        <translation>
            <numerusform>%1：%Ln 个商机到达此阶段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to the next stage: %1</source>
        <translation>进入下一阶段：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>won: %1</source>
        <translation>赢单：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deals that reached %1</source>
        <translation>到达“%1”的商机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funnel of %1: deals created in the period that reached each stage</source>
        <translation>%1 漏斗：期间内创建的商机到达各阶段的数量</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln won and %1 lost of these deals.</source>
        <translation>
            <numerusform>这些商机中有 %Ln 个赢单，%1 个输单。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>No deal was created in this period.</source>
        <translation>此期间内没有创建任何商机。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pipeline %1</source>
        <translation>销售管道 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%Ln deal(s))</source>
        <translation>
            <numerusform>%1（%Ln 个商机）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weighted by probability</source>
        <translation>按赢率加权</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No expected close</source>
        <translation>无预计成交日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month of expected close</source>
        <translation>预计成交月份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %Ln open deal(s)
Amount %2, weighted %3</source>
        <translation>
            <numerusform>%1：%Ln 个未结商机
金额 %2，加权后 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open deals expected to close in %1</source>
        <translation>预计在 %1 成交的未结商机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open deals expected from three months ago to a year ahead: %1, weighted %2.</source>
        <translation>预计在三个月前至一年后成交的未结商机：%1，加权 %2。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average days to close</source>
        <translation>平均成交天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average won deal</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(nobody)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Win rate = won / (won + lost) among deals closed in the period; days to close from creation. Double-click a row for its deals.</source>
        <translation>赢单率 = 赢单数 / (赢单数 + 输单数)，统计期间内关闭的商机；成交天数从创建之日起算。双击某行可查看相应商机。</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/PipelineDashboardPage.h" line="+18"/>
        <source>Pipeline Analytics</source>
        <translation>销售管道分析</translation>
    </message>
</context>
<context>
    <name>rapport::PipelinePage</name>
    <message>
        <location filename="../ui/pages/PipelinePage.cpp" line="+53"/>
        <source>This store has no sales pipeline yet.</source>
        <translation>此数据库中还没有销售管道。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read the pipeline: %1</source>
        <translation>无法读取销售管道：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+198"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Move to &amp;next stage</source>
        <translation>移到下一阶段(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;previous stage</source>
        <translation>移到上一阶段(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;won…</source>
        <translation>标记为赢单(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;lost…</source>
        <translation>标记为输单(&amp;L)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read the pipelines: %1</source>
        <translation>无法读取销售管道：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Closed in the last %n days</source>
        <translation>
            <numerusform>最近 %n 天内关闭</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the opportunities: %1</source>
        <translation>无法读取商机：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That opportunity or stage is gone; the board is read again.</source>
        <translation>该商机或阶段已不存在；看板已重新读取。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot move the opportunity</source>
        <translation>无法移动商机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved “%1” to %2. Undo with %3.</source>
        <translation>已将“%1”移到 %2。按 %3 可撤销。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Move to &amp;stage</source>
        <translation>移到阶段(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log &amp;activity…</source>
        <translation>记录活动(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/PipelinePage.h" line="+35"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineStageField</name>
    <message>
        <location filename="../ui/editors/PipelineStageField.cpp" line="+50"/>
        <source>No pipeline</source>
        <translation>无销售管道</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This pipeline no longer exists; choose another.</source>
        <translation>此销售管道已不存在，请选择其他管道。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a stage of the pipeline “%1”.</source>
        <translation>请选择销售管道“%1”中的阶段。</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineToolBar</name>
    <message>
        <location filename="../ui/pages/PipelineToolBar.cpp" line="+33"/>
        <source>The pipeline shown</source>
        <translation>当前显示的销售管道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the opportunities of this owner</source>
        <translation>仅显示此负责人的商机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the opportunities expected to close in this month</source>
        <translation>仅显示预计在此月份成交的商机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pipeline:</source>
        <translation>销售管道(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closing:</source>
        <translation>预计成交(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a column per stage</source>
        <translation>每个阶段显示为一列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the same opportunities as a sortable table</source>
        <translation>以可排序的表格显示相同的商机</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New opportunity…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Any month</source>
        <translation>不限月份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (this month)</source>
        <translation>%1（本月）</translation>
    </message>
</context>
<context>
    <name>rapport::PreferencesDialog</name>
    <message>
        <location filename="../ui/shell/PreferencesDialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
</context>
<context>
    <name>rapport::ProductEditor</name>
    <message>
        <location filename="../ui/editors/ProductEditor.cpp" line="+21"/>
        <source>A product needs a name.</source>
        <translation>产品需要名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article number, SKU</source>
        <translation>货号、SKU</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory</source>
        <translation>类别(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List price</source>
        <translation>标价(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit cost</source>
        <translation>单位成本(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product — %1</source>
        <translation>产品 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New product %1</source>
        <translation>新建产品 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit product %1</source>
        <translation>编辑产品 %1</translation>
    </message>
</context>
<context>
    <name>rapport::QuickOpenDialog</name>
    <message>
        <location filename="../ui/shell/QuickOpenDialog.cpp" line="+23"/>
        <source>Quick Open</source>
        <translation>快速打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, email, phone, city …</source>
        <translation>姓名、电子邮件、电话、城市…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ 选择，Enter 打开，Esc 关闭</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>未找到与“%1”匹配的结果。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s); ↑↓ to choose, Enter to open</source>
        <translation>
            <numerusform>%n 个结果；↑↓ 选择，Enter 打开</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RecordEditorDialog</name>
    <message>
        <location filename="../ui/editors/RecordEditorDialog.cpp" line="+36"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the changes before closing?</source>
        <translation>关闭前是否保存更改？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They cannot be saved yet: %1</source>
        <translation>暂时无法保存：%1</translation>
    </message>
</context>
<context>
    <name>rapport::RecordListPage</name>
    <message>
        <location filename="../ui/lists/RecordListPage.cpp" line="+37"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>rapport::RecordListView</name>
    <message>
        <location filename="../ui/lists/RecordListView.cpp" line="+59"/>
        <source>Search this list</source>
        <translation>在此列表中搜索</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns shown</source>
        <translation>选择要显示的列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit selected…</source>
        <translation>编辑所选…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+251"/>
        <location line="+14"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Cannot read the list: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Views…</source>
        <translation>视图…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n best matches; type more to narrow the search.</source>
        <translation>
            <numerusform>最匹配的 %n 条结果；输入更多内容可缩小搜索范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) shown; scroll for more.</source>
        <translation>
            <numerusform>显示 %n 条记录；滚动可查看更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected.</source>
        <translation>
            <numerusform>已选择 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Edit selected</source>
        <translation>编辑所选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n record(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>要删除 %n 条记录吗？可以按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was deleted: %1</source>
        <translation>未删除任何记录：%1</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+13"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPicker</name>
    <message>
        <location filename="../ui/editors/fields/RecordPicker.cpp" line="+19"/>
        <source>Type to search</source>
        <translation>输入以搜索</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose one of the matches, or clear the field.</source>
        <translation>请从匹配项中选择一个，或清空此字段。</translation>
    </message>
</context>
<context>
    <name>rapport::RecordWindow</name>
    <message>
        <location filename="../ui/editors/RecordWindow.cpp" line="+23"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit every field (Ctrl+E)</source>
        <translation>编辑所有字段（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>rapport::ResolveCaseDialog</name>
    <message>
        <location filename="../ui/editors/ResolveCaseDialog.cpp" line="+24"/>
        <source>Resolve Case</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Close Case</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>How was &quot;%1&quot; resolved?</source>
        <translation>“%1”是如何解决的？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing &quot;%1&quot;: how was it resolved?</source>
        <translation>关闭“%1”：它是如何解决的？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Describe what was done.</source>
        <translation>请描述做了哪些处理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced the part, explained the invoice, …</source>
        <translation>更换了零件、解释了发票…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule a follow-up call in</source>
        <translation>安排回访电话于</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> 天后</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
</context>
<context>
    <name>rapport::SalesPage</name>
    <message>
        <location filename="../ui/dashboards/SalesPage.cpp" line="+36"/>
        <source>Revenue per month against the same month last year</source>
        <translation>每月收入与去年同月对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by category in the period and the year before</source>
        <translation>期间内与上一年同期各类别的收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products bought by the same customers</source>
        <translation>同一批客户购买的产品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a pair for the customers who bought the first product but not the second</source>
        <translation>双击某个产品组合，可查看购买了第一个产品但未购买第二个产品的客户</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+63"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Growth %</source>
        <translation>增长率（%）</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+58"/>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same month last year: %1</source>
        <translation>去年同月：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth: %1</source>
        <translation>增长：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(month not over yet; compared with the same days last year)</source>
        <translation>（本月尚未结束；与去年同期相同天数比较）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Year before</source>
        <translation>上一年</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
Period: %2
Year before: %3</source>
        <translation>%1
本期：%2
上一年：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Product A</source>
        <translation>产品 A</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Product B</source>
        <translation>产品 B</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Customers with both</source>
        <translation>同时购买的客户</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Confidence A→B</source>
        <translation>置信度 A→B</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Customers with A</source>
        <translation>购买 A 的客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers with B</source>
        <translation>购买 B 的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence B→A</source>
        <translation>置信度 B→A</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No two products were bought by enough of the same customers.</source>
        <translation>没有哪两个产品被足够多的相同客户共同购买。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift above 1: bought together more often than by chance. Double-click a pair for the customers who bought A but not B.</source>
        <translation>提升度大于 1：共同购买的频率高于随机情况。双击某个组合可查看购买了 A 但未购买 B 的客户。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bought %1 but not %2</source>
        <translation>购买了 %1 但未购买 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SalesPage.h" line="+16"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
</context>
<context>
    <name>rapport::ServiceDashboardPage</name>
    <message>
        <location filename="../ui/dashboards/ServiceDashboardPage.cpp" line="+43"/>
        <source>Cases opened and resolved per month</source>
        <translation>每月新建与解决的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved within the service level</source>
        <translation>在服务等级内解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction ratings of cases resolved in the period</source>
        <translation>期间内已解决案件的满意度评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts with repeated complaints</source>
        <translation>多次投诉的客户</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+148"/>
        <location line="+6"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+73"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+19"/>
        <location line="+3"/>
        <source>Opened</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <location line="+51"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+14"/>
        <location line="+37"/>
        <location line="+14"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Median hours to resolve</source>
        <translation>解决用时中位数（小时）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean hours to resolve</source>
        <translation>平均解决用时（小时）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+74"/>
        <location line="+2"/>
        <location line="+15"/>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <source>%1: %Ln case(s) opened</source>
        <translation>
            <numerusform>%1：新建 %Ln 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %Ln case(s) resolved</source>
        <translation>
            <numerusform>%1：解决 %Ln 个工单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median %1 h, mean %2 h to resolve</source>
        <translation>解决用时中位数 %1 小时，平均 %2 小时</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cases opened in %1</source>
        <translation>%1 新建的工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Cases resolved in %1</source>
        <translation>%1 解决的工单</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Open now: %1, of which overdue: %2.</source>
        <translation>当前未结：%1，其中逾期：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within the service level</source>
        <translation>在服务等级内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within level</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolved in time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 resolved in time (%4)</source>
        <translation>%1：%3 个中有 %2 个按时解决（%4）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rating (5 = very satisfied)</source>
        <translation>评分（5 = 非常满意）</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Rated %1: %Ln case(s)</source>
        <translation>
            <numerusform>评分 %1：%Ln 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Average %1 from %Ln rated case(s).</source>
        <translation>
            <numerusform>%Ln 个已评分工单的平均分为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No resolved case has a rating yet.</source>
        <translation>尚无已解决的工单获得评分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Cases in 90 days</source>
        <translation>90 天内工单数</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Account id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No account opened three or more cases in the last 90 days.</source>
        <translation>最近 90 天内没有客户提交三个或以上工单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three or more cases opened in the last 90 days. Double-click for the cases.</source>
        <translation>最近 90 天内提交了三个或以上工单。双击可查看这些工单。</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ServiceDashboardPage.h" line="+16"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>rapport::ServiceLevelsDialog</name>
    <message>
        <location filename="../ui/editors/ServiceLevelsDialog.cpp" line="+17"/>
        <source>Service Levels</source>
        <translation>服务等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a case may stay open, counted from when it was opened, before it is overdue:</source>
        <translation>工单从创建起可保持未结状态多久，超过即视为逾期：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 priority</source>
        <translation>%1优先级</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases already open keep their due-by time until their priority changes.</source>
        <translation>已有的未结工单会保留其到期时间，直到其优先级发生变化。</translation>
    </message>
</context>
<context>
    <name>rapport::TagsEditor</name>
    <message>
        <location filename="../ui/editors/fields/TagsEditor.cpp" line="+24"/>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The tag &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>标签“%1…”超过了 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <location filename="../ui/editors/record/TimelineModel.cpp" line="+23"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign response</source>
        <translation>营销活动回应</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineView</name>
    <message>
        <location filename="../ui/editors/record/TimelineView.cpp" line="+22"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;时间线&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign responses</source>
        <translation>营销活动回应</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nothing has happened here yet.</source>
        <translation>这里还没有任何动态。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing of these kinds yet.</source>
        <translation>还没有这些类型的记录。</translation>
    </message>
</context>
<context>
    <name>rapport::TodayPage</name>
    <message>
        <location filename="../ui/pages/TodayPage.cpp" line="+37"/>
        <source>Whose activities and accounts are shown</source>
        <translation>显示谁的活动和客户</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a call about the selected record (Ctrl+L for any kind)</source>
        <translation>为所选记录记录一次电话（按 Ctrl+L 可记录任意类型）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a visit to the selected account</source>
        <translation>记录对所选客户的拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note about the selected record</source>
        <translation>为所选记录写一条备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a task</source>
        <translation>安排一项任务</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <location filename="../ui/pages/TodayPage.h" line="+25"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>rapport::UndoController</name>
    <message>
        <location filename="../ui/core/UndoController.cpp" line="+40"/>
        <source>Undo %1</source>
        <translation>撤销“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Redo %1</source>
        <translation>重做“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rapport::ValuePage</name>
    <message>
        <location filename="../ui/dashboards/ValuePage.cpp" line="+10"/>
        <source>Pareto curve: share of revenue by customer rank</source>
        <translation>帕累托曲线：按客户排名的收入占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whale curve: cumulative profit by customer rank</source>
        <translation>鲸鱼曲线：按客户排名的累计利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by customer decile</source>
        <translation>按客户十分位的收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit by customer decile</source>
        <translation>按客户十分位的利润</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+70"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The %n most profitable customer(s)</source>
        <translation>
            <numerusform>利润最高的 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>The %n customer(s) with the most revenue</source>
        <translation>
            <numerusform>收入最高的 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customer bought in this period.</source>
        <translation>此期间内没有客户购买。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The top 20% of customers (%Ln) bring %1 of the revenue.</source>
        <translation>
            <numerusform>前 20% 的客户（%Ln 个）贡献了 %1 的收入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Share of profit</source>
        <translation>利润占比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every customer adds to the profit.</source>
        <translation>每个客户都贡献了利润。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The most profitable %Ln customer(s) earn %1 of the total profit; the rest give back the difference.</source>
        <translation>
            <numerusform>利润最高的 %Ln 个客户创造了总利润的 %1；其余客户抵消了超出的部分。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decile</source>
        <translation>十分位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decile (1 = best tenth)</source>
        <translation>十分位（1 = 最佳的 10%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Decile %1: %Ln customer(s), %2 (%3)</source>
        <translation>
            <numerusform>第 %1 十分位：%Ln 个客户，%2（%3）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, decile %2</source>
        <translation>%1，第 %2 十分位</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ValuePage.h" line="+14"/>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
</context>
<context>
    <name>rapport::VisitsDueView</name>
    <message>
        <location filename="../ui/pages/VisitsDueView.cpp" line="+29"/>
        <source>Visits due</source>
        <translation>待拜访</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading; the round shown stays as it was</source>
        <translation>停止读取；已显示的拜访路线保持不变</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a visit to the selected account</source>
        <translation>记录对所选客户的拜访</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>拜访周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue, 12 months</source>
        <translation>12 个月收入</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Loading the round…</source>
        <translation>正在加载拜访路线…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visits due: every account with a visit target has been visited in time.</source>
        <translation>没有待拜访的客户：所有设置了拜访周期的客户都已按时拜访。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No city</source>
        <translation>无城市</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 most overdue of %2 accounts due are shown.</source>
        <translation>共 %2 个待拜访客户，显示逾期最久的 %1 个。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the round: %1</source>
        <translation>无法读取拜访路线：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in %2</source>
        <translation>%1，分布在 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n city(s)</source>
        <translation>
            <numerusform>%n 个城市</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapportctl</name>
    <message>
        <location filename="../app/ctl/CtlCommands.cpp" line="+34"/>
        <source>Number of accounts (contacts, activities, orders … scale with it).</source>
        <translation>客户数量（联系人、活动、订单等随之按比例生成）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill an empty store with realistic, deterministic demo data.</source>
        <translation>用逼真且可重现的演示数据填充空的数据文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--accounts needs a positive whole number, got &quot;%1&quot;.</source>
        <translation>--accounts 需要一个正整数，收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a whole number, got &quot;%1&quot;.</source>
        <translation>--seed 需要一个整数，收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Generated %1 accounts in %2 s.</source>
        <translation>已在 %2 秒内生成 %1 个客户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the number of live records per entity as JSON.</source>
        <translation>以 JSON 输出每种记录的有效数量。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Most results to print.</source>
        <translation>最多输出的结果数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to look for: any part of a name, email, phone, city, tag or note.</source>
        <translation>要查找的内容：名称、电子邮件、电话、城市、标签或备注的任意部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search every record; one JSON object per line.</source>
        <translation>搜索所有记录；每行一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search needs the text to look for.</source>
        <translation>search 需要要查找的文本。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export format: jsonl (the backup format).</source>
        <translation>导出格式：jsonl（备份格式）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export every record, one JSON object per line, in a stable order.</source>
        <translation>按固定顺序导出所有记录，每行一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown format &quot;%1&quot;; this version exports jsonl.</source>
        <translation>未知格式“%1”；此版本导出 jsonl。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import format: jsonl (a backup made by export).</source>
        <translation>导入格式：jsonl（由 export 生成的备份）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup into a new, empty store; all or nothing.</source>
        <translation>将备份恢复到新的空数据文件中；要么全部成功，要么不做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown format &quot;%1&quot;; this version imports jsonl.</source>
        <translation>未知格式“%1”；此版本导入 jsonl。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import needs exactly one file.</source>
        <translation>import 只需要一个文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the store: integrity, references, search index and journal.</source>
        <translation>检查数据文件：完整性、引用、搜索索引和变更日志。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>PROBLEM: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>checked: %1</source>
        <translation>已检查：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The store is healthy.</source>
        <translation>数据文件状况良好。</translation>
    </message>
    <message>
        <location filename="../app/ctl/CtlSupport.cpp" line="+22"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try: rapportctl %1 --help</source>
        <translation>请尝试：rapportctl %1 --help</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/rapportctl_main.cpp" line="+85"/>
        <source>No store given: use --db FILE.</source>
        <translation>未指定数据库：请使用 --db FILE。</translation>
    </message>
    <message>
        <location filename="../app/rapportctl_main.cpp" line="-65"/>
        <source>Usage: rapportctl --db FILE COMMAND [options]

Commands:
  generate --accounts N [--seed S]  fill an empty store with demo data
  stats                             record counts per entity as JSON
  search TEXT                       matching records as JSON lines
  export --format jsonl [--output FILE]  every record (the backup format)
  import --format jsonl FILE        restore a backup into an empty store
  check                             integrity, references, search index, journal
  analytics [--section NAME] [--as-of DATE] [--json]  customer analytics report

rapportctl COMMAND --help describes a command.
</source>
        <translation>用法：rapportctl --db FILE COMMAND [选项]

命令：
  generate --accounts N [--seed S]  向空数据文件填充演示数据
  stats                             以 JSON 输出每种实体的记录数
  search TEXT                       以 JSON 行输出匹配的记录
  export --format jsonl [--output FILE]  导出所有记录（备份格式）
  import --format jsonl FILE        将备份恢复到空数据文件中
  check                             检查完整性、引用、搜索索引和变更日志
  analytics [--section NAME] [--as-of DATE] [--json]  客户分析报告

使用 rapportctl COMMAND --help 查看命令说明。
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--db needs a file name.</source>
        <translation>--db 需要文件名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown option %1 before the command.</source>
        <translation>命令前有未知选项 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/ctl/AnalyticsCommand.cpp" line="+83"/>
        <source>Report as of this day (YYYY-MM-DD), &quot;today&quot; (the default) or &quot;last-order&quot; (the day of the last order).</source>
        <translation>报告的截止日期：YYYY-MM-DD 格式的日期、“today”（默认）或“last-order”（最后一笔订单的日期）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these sections (repeat or separate with commas): %1.</source>
        <translation>仅输出这些部分（可重复指定或用逗号分隔）：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report in this currency (default: the one with the most orders).</source>
        <translation>报告使用的货币（默认：订单最多的货币）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object instead of the text report.</source>
        <translation>输出一个 JSON 对象，而不是文本报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in lists of top customers and product pairs.</source>
        <translation>最佳客户和产品组合列表中的行数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime value horizon in weeks.</source>
        <translation>客户终身价值的预测期（周）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual discount rate for lifetime value, e.g. 0.1.</source>
        <translation>计算客户终身价值的年折现率，例如 0.1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print how long the load and each section took to standard error.</source>
        <translation>将加载及各部分的耗时输出到标准错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer analytics: customer base, cohorts, RFM, lifetime value, customer value, sales, product affinity.</source>
        <translation>客户分析：客户群、同期群、RFM、客户终身价值、客户价值、销售、产品关联。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown section &quot;%1&quot;; the sections are: %2.</source>
        <translation>未知部分“%1”；可用的部分有：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--as-of needs a date as YYYY-MM-DD, &quot;today&quot; or &quot;last-order&quot;, got &quot;%1&quot;.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期、“today”或“last-order”，收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--top needs a positive whole number, got &quot;%1&quot;.</source>
        <translation>--top 需要一个正整数，收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--horizon-weeks needs a positive whole number, got &quot;%1&quot;.</source>
        <translation>--horizon-weeks 需要一个正整数，收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--discount needs a rate such as 0.1, got &quot;%1&quot;.</source>
        <translation>--discount 需要一个比率（如 0.1），收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>未知货币“%1”。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>As of</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entry</source>
        <translation>日志条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders in other currencies (left out)</source>
        <translation>其他货币的订单（未计入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals in other currencies (left out)</source>
        <translation>其他货币的商机（未计入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns in other currencies (cost left out)</source>
        <translation>其他货币的营销活动（未计入成本）</translation>
    </message>
    <message>
        <location filename="../app/ctl/AnalyticsReport.cpp" line="+87"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/ctl/AnalyticsSections.cpp" line="+68"/>
        <source>Lost after days without a purchase</source>
        <translation>判定流失的未购买天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+305"/>
        <location line="+202"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="-506"/>
        <location line="+100"/>
        <location line="+186"/>
        <location line="+154"/>
        <location line="+67"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="-506"/>
        <location line="+30"/>
        <source>Active at start</source>
        <translation>期初活跃</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Returning</source>
        <translation>复购</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>回流</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Active at end</source>
        <translation>期末活跃</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Retention by months since the first purchase</source>
        <translation>按首次购买后月数统计的留存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+12"/>
        <location line="+46"/>
        <location line="+71"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+90"/>
        <location line="+13"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Revenue per customer</source>
        <translation>客均收入</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <location line="+10"/>
        <location line="+18"/>
        <location line="+15"/>
        <location line="+44"/>
        <location line="+154"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Score ranges (5 = best)</source>
        <translation>评分区间（5 = 最佳）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recency from</source>
        <translation>最近消费天数自</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Frequency from</source>
        <translation>消费频次自</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monetary from</source>
        <translation>消费金额自</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+69"/>
        <source>Log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Last 12 months by source and account type</source>
        <translation>近 12 个月按来源和客户类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cohorts pooled</source>
        <translation>合并的同期群数</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <location line="+216"/>
        <source>Converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Customers still buying, by months since the first purchase</source>
        <translation>仍在购买的客户（按首次购买后的月数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected share</source>
        <translation>预测占比</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repeat customers</source>
        <translation>复购客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat transactions</source>
        <translation>重复交易</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BG/NBD (weeks)</source>
        <translation>BG/NBD（周）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean spend per purchase</source>
        <translation>平均每次购买金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Horizon (weeks)</source>
        <translation>预测期（周）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual discount rate</source>
        <translation>年折现率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expected value of all customers</source>
        <translation>全部客户的预期价值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Top customers by lifetime value</source>
        <translation>客户终身价值最高的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <location line="+124"/>
        <location line="+83"/>
        <location line="+41"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-296"/>
        <location line="+49"/>
        <location line="+124"/>
        <location line="+83"/>
        <location line="+40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+175"/>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Expected purchases</source>
        <translation>预期购买次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected spend</source>
        <translation>预期消费金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+156"/>
        <location line="+13"/>
        <source>Value at risk</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Revenue share of the top 20 %</source>
        <translation>前 20% 客户的收入占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Profit peaks after customers</source>
        <translation>利润达到峰值时的客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit at the peak</source>
        <translation>峰值利润占比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost to serve prospects</source>
        <translation>潜在客户的服务成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by decile</source>
        <translation>按十分位的收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Decile</source>
        <translation>十分位</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+6"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Profit by decile</source>
        <translation>按十分位的利润</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Top customers by profit</source>
        <translation>利润最高的客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost of goods</source>
        <translation>商品成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost to serve</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+44"/>
        <source>A year earlier</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Growth %</source>
        <translation>增长率（%）</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Partial</source>
        <translation>未完整</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>By category, last 12 months</source>
        <translation>按类别（最近 12 个月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Minimum support</source>
        <translation>最小支持度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products bought by the same customers</source>
        <translation>同一批客户购买的产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product A</source>
        <translation>产品 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product B</source>
        <translation>产品 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(B|A)</source>
        <translation>P(B|A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(A|B)</source>
        <translation>P(A|B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customers at risk</source>
        <translation>有流失风险的客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Won</source>
        <comment>deals</comment>
        <translation>赢单</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Lost</source>
        <comment>deals</comment>
        <translation>输单</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Average days to close</source>
        <translation>平均成交天数</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Average won deal</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+19"/>
        <source>Open amount</source>
        <translation>未结商机金额</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>To next stage</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To won</source>
        <translation>赢单转化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast by month</source>
        <translation>按月预测</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Per owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All campaigns</source>
        <translation>全部营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>已回应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response rate</source>
        <translation>回应率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per new customer</source>
        <translation>单个新客户成本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated cases</source>
        <translation>已评分案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Opened</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median hours to resolve</source>
        <translation>解决时长中位数（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within service level</source>
        <translation>服务等级内</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts with repeated complaints</source>
        <translation>重复投诉的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer base</source>
        <translation>客户群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention projection (sBG)</source>
        <translation>留存预测（sBG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer value and profit</source>
        <translation>客户价值与利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales against last year</source>
        <translation>销售同比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product affinity</source>
        <translation>产品关联</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>客户服务</translation>
    </message>
</context>
</TS>
