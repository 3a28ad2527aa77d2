<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>已留語音訊息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>call back</source>
        <translation>需回電</translation>
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
        <translation>中立</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>negative</source>
        <translation>負面</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>postponed</source>
        <translation>已延期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order taken</source>
        <translation>已取得訂單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody there</source>
        <translation>無人在場</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not needed</source>
        <translation>不需處理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replied</source>
        <translation>已回覆</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../ui/shell/Appearance.cpp" line="+55"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>ChurnRisk</name>
    <message numerus="yes">
        <location filename="../models/analytics/ChurnRisk.cpp" line="+130"/>
        <source>No purchase for %n day(s); usually every %1.</source>
        <translation>
            <numerusform>已 %n 天未購買；通常每 %1購買一次。</numerusform>
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
            <numerusform>最近 %1內購買 %n 次，再之前的 %1內購買 %2 次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average order down from %1 to %2.</source>
        <translation>平均訂單金額從 %1 降至 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n open case(s), %1 overdue.</source>
        <translation>
            <numerusform>%n 個未結案件，其中 %1 個逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open case(s).</source>
        <translation>
            <numerusform>%n 個未結案件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortSurvival</name>
    <message numerus="yes">
        <location filename="../models/analytics/CohortSurvival.cpp" line="+33"/>
        <source>No cohort has %n complete month(s) of history yet.</source>
        <translation>
            <numerusform>目前還沒有任何同期群擁有 %n 個完整月份的歷史資料。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../ui/dashboards/DataTable.cpp" line="+55"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
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
        <translation>正在建立示範公司…</translation>
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
        <translation>請輸入電子郵件地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address has no spaces.</source>
        <translation>電子郵件地址不能包含空格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address needs an @.</source>
        <translation>電子郵件地址需要一個 @。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address has only one @.</source>
        <translation>電子郵件地址只能有一個 @。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something must come before the @.</source>
        <translation>@ 前面必須有內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>@ 前面的部分不能以點開頭或結尾，也不能有連續兩個點。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A domain must follow the @ (example.com).</source>
        <translation>@ 後面必須是域名（如 example.com）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain needs a dot (example.com).</source>
        <translation>域名需要包含點（如 example.com）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The domain &quot;%1&quot; is not valid.</source>
        <translation>域名“%1”無效。</translation>
    </message>
</context>
<context>
    <name>ListQuery</name>
    <message>
        <location filename="../models/store/ListQuery.cpp" line="+29"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <location line="+50"/>
        <location line="+31"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+10"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Industry</source>
        <translation>產業</translation>
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
        <translation>國家/地區</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updated from</source>
        <translation>更新時間起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated before</source>
        <translation>更新時間早於</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Title</source>
        <translation>職稱</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+83"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <location line="+11"/>
        <location line="+18"/>
        <location line="+9"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>From</source>
        <translation>日期起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>日期早於</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability</source>
        <translation>贏率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected close</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline</source>
        <translation>銷售管道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>成交狀態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing from</source>
        <translation>預計成交日期起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing before</source>
        <translation>預計成交日期早於</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Start</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual cost</source>
        <translation>實際成本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting from</source>
        <translation>開始日期起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting before</source>
        <translation>開始日期早於</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Due by</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Assignee</source>
        <translation>處理人</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Opened</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from</source>
        <translation>建立時間起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened before</source>
        <translation>建立時間早於</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../models/domain/PhoneNumbers.cpp" line="+94"/>
        <source>Enter a phone number.</source>
        <translation>請輸入電話號碼。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the number with + and its country code.</source>
        <translation>號碼請以 + 和國家代碼開頭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country code is unknown; start the number with + and a valid country code.</source>
        <translation>國家代碼未知；請以 + 和有效的國家代碼開頭。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a phone number.</source>
        <translation>這不是電話號碼。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number is too short.</source>
        <translation>號碼太短。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number is too long.</source>
        <translation>號碼太長。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The number is too short for %1.</source>
        <translation>對於%1，號碼太短。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number is too long for %1.</source>
        <translation>對於%1，號碼太長。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country code is unknown.</source>
        <translation>國家代碼未知。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number has the wrong number of digits for %1.</source>
        <translation>對於%1，號碼位數不對。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid number in %1.</source>
        <translation>這不是%1的有效號碼。</translation>
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
        <translation>客戶數量至少須為 1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store already holds records: demo data can only be generated into a new, empty store.</source>
        <translation>資料庫中已有資料：示範資料只能產生到新的空白資料庫中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot start a transaction for the generated data.</source>
        <translation>無法為產生的資料啟動交易。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot mark the store as demo data.</source>
        <translation>無法將資料庫標示為示範資料。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the generated data.</source>
        <translation>無法儲存產生的資料。</translation>
    </message>
    <message>
        <location filename="../models/store/AccountRepository.cpp" line="+62"/>
        <source>An account needs a name.</source>
        <translation>客戶必須有名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an account type (%2).</source>
        <translation>「%1」不是有效的客戶類型（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visit interval must be a positive number of days, not %1.</source>
        <translation>拜訪週期必須是正整數天，不可為 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account cannot be its own parent.</source>
        <translation>客戶不能是自己的上層客戶。</translation>
    </message>
    <message>
        <location filename="../models/store/ActivityRepository.cpp" line="+63"/>
        <source>&quot;%1&quot; is not a kind of activity (%2).</source>
        <translation>「%1」不是有效的活動類型（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An activity needs a start time.</source>
        <translation>活動必須有開始時間。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration cannot be negative (%1 minutes).</source>
        <translation>時長不可為負數（%1 分鐘）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An activity&apos;s contact list has an empty entry.</source>
        <translation>活動的聯絡人清單中有空白項目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact %1 is listed twice.</source>
        <translation>聯絡人 %1 重複列出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Complete activity</source>
        <translation>完成活動</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reschedule activity</source>
        <translation>重新排定活動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is done already and cannot be moved.</source>
        <translation>「%1」已完成，無法改期。</translation>
    </message>
    <message>
        <location filename="../models/store/BulkEdit.cpp" line="+10"/>
        <location line="+56"/>
        <source>There is no record type &quot;%1&quot;.</source>
        <translation>沒有「%1」這種記錄類型。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>%1 沒有「%2」欄位。</translation>
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
        <translation>無法開始變更。</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+30"/>
        <source>%1 (record %2 of %3)</source>
        <translation>%1（第 %2 筆，共 %3 筆）</translation>
    </message>
    <message>
        <location filename="../models/store/CampaignMemberRepository.cpp" line="+60"/>
        <source>A campaign member needs its campaign.</source>
        <translation>行銷活動成員必須屬於一個行銷活動。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A campaign member needs a contact.</source>
        <translation>行銷活動成員必須關聯一位聯絡人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>&quot;%1&quot; is not a member status (%2).</source>
        <translation>「%1」不是有效的成員狀態（%2）。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>A member who is &quot;%1&quot; needs the time that happened.</source>
        <translation>狀態為「%1」的成員必須填寫發生時間。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The member was &quot;%1&quot; before being &quot;%2&quot;.</source>
        <translation>此成員「%1」的時間早於「%2」的時間。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is already a member of the campaign &quot;%2&quot;.</source>
        <translation>%1 已是行銷活動「%2」的成員。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update campaign member</source>
        <translation>更新行銷活動成員</translation>
    </message>
    <message>
        <location filename="../models/store/CampaignRepository.cpp" line="+65"/>
        <source>A campaign needs a name.</source>
        <translation>行銷活動必須有名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a campaign channel (%2).</source>
        <translation>「%1」不是有效的行銷通路（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a campaign status (%2).</source>
        <translation>「%1」不是有效的行銷活動狀態（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/store/OpportunityRepository.cpp" line="+63"/>
        <location filename="../models/store/OrderRepository.cpp" line="+80"/>
        <location filename="../models/store/ProductRepository.cpp" line="+45"/>
        <source>&quot;%1&quot; is not a currency code (three capital letters, such as EUR).</source>
        <translation>「%1」不是有效的貨幣代碼（三個大寫字母，例如 TWD）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A budget or cost needs a currency.</source>
        <translation>預算或成本必須指定貨幣。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget cannot be negative (%1).</source>
        <translation>預算不可為負數（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actual cost cannot be negative (%1).</source>
        <translation>實際成本不可為負數（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign ends (%1) before it starts (%2).</source>
        <translation>行銷活動的結束日期（%1）早於開始日期（%2）。</translation>
    </message>
    <message>
        <location filename="../models/store/CaseRepository.cpp" line="+73"/>
        <source>A case needs a subject.</source>
        <translation>案件必須有主旨。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a priority (%2).</source>
        <translation>「%1」不是有效的優先順序（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a case status (%2).</source>
        <translation>「%1」不是有效的案件狀態（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 case needs a resolution: what was done.</source>
        <translation>狀態為 %1 的案件必須填寫解決方案：做了哪些處理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction is rated from 1 to 5, not %1.</source>
        <translation>滿意度的評分範圍是 1 到 5，不可為 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolve case</source>
        <translation>解決案件</translation>
    </message>
    <message>
        <location filename="../models/store/ContactRepository.cpp" line="+142"/>
        <source>A contact needs a name.</source>
        <translation>聯絡人必須有姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../models/store/UserRepository.cpp" line="+54"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>「%1」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>「%1」不是有效的電話號碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a channel (%2).</source>
        <translation>「%1」不是有效的聯絡管道（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time of the %1 consent is not a valid time (%2).</source>
        <translation>%1 聯絡同意的時間無效（%2）。</translation>
    </message>
    <message>
        <location filename="../models/store/FieldValue.cpp" line="+50"/>
        <source>%1.%2 expects %3</source>
        <translation>%1.%2 應為%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list or an object</source>
        <translation>清單或物件</translation>
    </message>
    <message>
        <location filename="../models/store/Journal.cpp" line="+113"/>
        <source>No change %1 to undo</source>
        <translation>沒有可復原的變更 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1 was already undone</source>
        <translation>變更 %1 已復原</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo %1</source>
        <translation>復原「%1」</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown entity %1 in the journal</source>
        <translation>變更日誌中有未知的實體 %1</translation>
    </message>
    <message>
        <location filename="../models/store/JsonlBackup.cpp" line="+65"/>
        <source>Cannot write the export: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled</source>
        <translation>匯出已取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store is not empty: a backup can only be restored into a new, empty store.</source>
        <translation>資料庫不是空的：備份只能還原到新的空白資料庫中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Rapport JSONL backup (the first line must be its header)</source>
        <translation>不是 Rapport JSONL 備份（第一行必須是備份標頭）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup was written by a newer Rapport (store version %1; this Rapport has %2)</source>
        <translation>此備份由較新版本的 Rapport 寫入（資料庫版本 %1；目前的 Rapport 為 %2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 物件（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown record type &quot;%1&quot;</source>
        <translation>未知的記錄類型「%1」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid record id &quot;%1&quot;</source>
        <translation>無效的記錄 ID「%1」</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot restore %1 %2: %3</source>
        <translation>無法還原 %1 %2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何變更。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup refers to a missing %1 record (from %2 row %3)</source>
        <translation>備份參照了不存在的 %1 記錄（來自 %2 第 %3 列）</translation>
    </message>
    <message>
        <location filename="../models/store/OpportunityRepository.cpp" line="-3"/>
        <source>An opportunity needs a name.</source>
        <translation>商機必須有名稱。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount cannot be negative (%1 %2).</source>
        <translation>金額不可為負數（%1 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The probability must be between 0 and 100, not %1.</source>
        <translation>贏率必須介於 0 到 100 之間，不可為 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An opportunity in a stage needs the stage&apos;s pipeline.</source>
        <translation>位於某個階段的商機必須屬於該階段所在的銷售管道。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>The stage %1 does not exist.</source>
        <translation>階段 %1 不存在。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The stage &quot;%1&quot; belongs to the pipeline &quot;%2&quot;, not to &quot;%3&quot;.</source>
        <translation>階段「%1」屬於銷售管道「%2」，而非「%3」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move opportunity to another stage</source>
        <translation>將商機移至其他階段</translation>
    </message>
    <message>
        <location filename="../models/store/OrderRepository.cpp" line="-2"/>
        <source>An order needs the time it was placed.</source>
        <translation>訂單必須有下單時間。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order needs at least one line.</source>
        <translation>訂單至少需要一筆明細。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 needs a product.</source>
        <translation>第 %1 筆明細必須指定產品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: the quantity cannot be 0 (a negative quantity is a return).</source>
        <translation>第 %1 筆明細：數量不可為 0（負數表示退貨）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: the unit price cannot be negative (%2).</source>
        <translation>第 %1 筆明細：單價不可為負數（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: the discount cannot be negative (%2).</source>
        <translation>第 %1 筆明細：折扣不可為負數（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: %2 × %3 is too large.</source>
        <translation>第 %1 筆明細：%2 × %3 的結果過大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the discount (%2) is more than the line&apos;s amount (%3).</source>
        <translation>第 %1 筆明細：折扣（%2）超過該筆明細的金額（%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 belongs to another order.</source>
        <translation>第 %1 筆明細屬於另一張訂單。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create order %1</source>
        <translation>建立訂單 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit order %1</source>
        <translation>編輯訂單 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete order</source>
        <translation>刪除訂單</translation>
    </message>
    <message>
        <location filename="../models/store/PipelineRepository.cpp" line="+75"/>
        <source>A pipeline needs a name.</source>
        <translation>銷售管道必須有名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline &quot;%1&quot; needs at least one stage.</source>
        <translation>銷售管道「%1」至少需要一個階段。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1 of &quot;%2&quot; needs a name.</source>
        <translation>「%2」的第 %1 個階段必須有名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a kind of stage (%2).</source>
        <translation>「%1」不是有效的階段類型（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probability of the stage &quot;%1&quot; must be between 0 and 100, not %2.</source>
        <translation>階段「%1」的贏率必須介於 0 到 100 之間，不可為 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stage &quot;%1&quot; belongs to another pipeline.</source>
        <translation>階段「%1」屬於另一個銷售管道。</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The stage &quot;%1&quot; still holds %n opportunities; move them first.</source>
        <translation>
            <numerusform>階段「%1」中還有 %n 個商機，請先將其移走。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create pipeline %1</source>
        <translation>建立銷售管道 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit pipeline %1</source>
        <translation>編輯銷售管道 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete pipeline</source>
        <translation>刪除銷售管道</translation>
    </message>
    <message>
        <location filename="../models/store/ProductRepository.cpp" line="-2"/>
        <source>A product needs a name.</source>
        <translation>產品必須有名稱。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A price needs a currency.</source>
        <translation>價格必須指定貨幣。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list price cannot be negative (%1).</source>
        <translation>定價不可為負數（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit cost cannot be negative (%1).</source>
        <translation>單位成本不可為負數（%1）。</translation>
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
        <translation>行銷活動成員只能來自聯絡人清單。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts list has no filter &quot;%1&quot;.</source>
        <translation>聯絡人清單沒有篩選條件「%1」。</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>already a member</source>
        <translation>已是成員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opted out of email</source>
        <translation>已退訂電子郵件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opted out of SMS</source>
        <translation>已退訂簡訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opted out of phone calls</source>
        <translation>已拒絕電話聯絡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out of post</source>
        <translation>已拒絕郵寄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no email address</source>
        <translation>無電子郵件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no mobile number</source>
        <translation>無手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no phone number</source>
        <translation>無電話號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no postal address (street and city)</source>
        <translation>無郵寄地址（街道和城市）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no address</source>
        <translation>無地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same address as another member</source>
        <translation>與其他成員地址相同</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+111"/>
        <source>The campaign no longer exists.</source>
        <translation>此行銷活動已不存在。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (contact %2 of %3)</source>
        <translation>%1（第 %2 位聯絡人，共 %3 位）</translation>
    </message>
    <message>
        <location filename="../models/store/queries/CampaignResponses.cpp" line="-18"/>
        <source>&quot;%1&quot; is not a member status.</source>
        <translation>「%1」不是有效的成員狀態。</translation>
    </message>
    <message>
        <location filename="../models/store/queries/CaseResolution.cpp" line="-94"/>
        <source>There is no case with the id &quot;%1&quot;.</source>
        <translation>沒有 ID 為「%1」的案件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Follow-up: %1</source>
        <translation>回訪：%1</translation>
    </message>
    <message>
        <location filename="../models/store/RecordRepository.cpp" line="+33"/>
        <location filename="../models/store/RecordWriter.cpp" line="+191"/>
        <source>Create %1</source>
        <translation>建立 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../models/store/RecordWriter.cpp" line="+40"/>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../models/store/Repository.h" line="+93"/>
        <source>There is no %1 with the id &quot;%2&quot;.</source>
        <translation>沒有 ID 為「%2」的%1。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The %1 %2 does not belong to this %3.</source>
        <translation>%1 %2 不屬於此%3。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The %1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 %2 has been deleted.</source>
        <translation>%1 %2 已被刪除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 &quot;%2&quot; has been deleted.</source>
        <translation>%1「%2」已被刪除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved view</source>
        <translation>已儲存檢視</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipeline</source>
        <translation>銷售管道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage change</source>
        <translation>階段變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaign member</source>
        <translation>行銷活動成員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order line</source>
        <translation>訂單明細</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location filename="../models/store/RecordWriter.cpp" line="-90"/>
        <source>%1 has no field %2</source>
        <translation>%1 沒有欄位 %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot create %1: %2</source>
        <translation>無法建立 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a valid record id</source>
        <translation>%1 不是有效的記錄 ID</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+50"/>
        <source>No %1 with id %2</source>
        <translation>沒有 ID 為 %2 的 %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore %1</source>
        <translation>還原 %1</translation>
    </message>
    <message>
        <location filename="../models/store/SavedViewRepository.cpp" line="+31"/>
        <source>A saved view needs a name.</source>
        <translation>已儲存檢視必須有名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a kind of record a view can list.</source>
        <translation>檢視無法列出「%1」類型的記錄。</translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="+47"/>
        <source>%1 is a damaged Rapport store (%2). It was left untouched: restore it from a backup, or run &quot;rapportctl --db %1 check&quot; for a full report.</source>
        <translation>%1 是已損毀的 Rapport 資料庫（%2）。檔案未被更動：請從備份還原，或執行「rapportctl --db %1 check」查看完整報告。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Rapport store: it is a database of another program.</source>
        <translation>%1 不是 Rapport 資料庫：它是其他程式的資料庫。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer Rapport (store version %2); this Rapport reads store versions up to %3. Please update Rapport to open it. The file was left untouched.</source>
        <translation>%1 由較新版本的 Rapport 寫入（資料庫版本 %2）；目前的 Rapport 最高只能讀取版本 %3。請更新 Rapport 後再開啟。檔案未被更動。</translation>
    </message>
    <message>
        <location filename="../models/analytics/AnalyticsSnapshot.cpp" line="+619"/>
        <source>The saved analytics in %1 are damaged.</source>
        <translation>%1 中儲存的分析資料已損毀。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot save the analytics to %1: %2</source>
        <translation>無法將分析資料儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No saved analytics.</source>
        <translation>沒有儲存的分析資料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/store/Store.cpp" line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The saved analytics are of another version.</source>
        <translation>儲存的分析資料屬於另一個版本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The saved analytics are of other data or another time zone.</source>
        <translation>儲存的分析資料來自其他資料或其他時區。</translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="+10"/>
        <source>%1 is not a Rapport store: it is not a database file at all.</source>
        <translation>%1 不是 Rapport 資料庫：它根本不是資料庫檔案。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid page size %1</source>
        <translation>無效的頁面大小 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is truncated: %1 bytes of %2 expected</source>
        <translation>檔案不完整：應為 %2 位元組，實際只有 %1 位元組</translation>
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
        <translation>%1 是資料夾，不是 Rapport 資料庫。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the change journal is missing</source>
        <translation>缺少變更日誌</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write to %1: Rapport needs to write to the store and to its folder %2.</source>
        <translation>無法寫入 %1：Rapport 需要對資料庫及其所在資料夾 %2 有寫入權限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create a store in %1: the folder cannot be written.</source>
        <translation>無法在 %1 中建立資料庫：此資料夾無法寫入。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot start the upgrade to store version %1.</source>
        <translation>無法開始將資料庫升級至版本 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>將資料庫升級至版本 %1 失敗：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../models/store/StoreChecker.cpp" line="+26"/>
        <source>SQLite integrity check</source>
        <translation>SQLite 完整性檢查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The integrity check could not run: %1</source>
        <translation>無法執行完整性檢查：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database damage: %1</source>
        <translation>資料庫損毀：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>references between records</source>
        <translation>記錄之間的參照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reference check could not run: %1</source>
        <translation>無法執行參照檢查：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 row %2 refers to a missing %3 record</source>
        <translation>%1 第 %2 列參照了不存在的 %3 記錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more missing references</source>
        <translation>…… 另有 %1 處遺失的參照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>search index</source>
        <translation>搜尋索引</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full-text index does not match its documents: %1</source>
        <translation>全文索引與其文件不一致：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 records cannot be found by search (not in the index)</source>
        <translation>%1 筆 %2 記錄無法被搜尋到（不在索引中）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 search entries point at deleted or missing %2 records</source>
        <translation>%1 個搜尋項目指向已刪除或不存在的 %2 記錄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 search prefix terms belong to no document</source>
        <translation>%1 個搜尋前綴詞條不屬於任何文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change journal</source>
        <translation>變更日誌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 journal entries belong to no change set</source>
        <translation>%1 筆日誌項目不屬於任何變更集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal names an unknown record type &quot;%1&quot;</source>
        <translation>變更日誌中出現未知的記錄類型「%1」</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The journal has changes to %1 %2, which is not in the store</source>
        <translation>變更日誌中有對 %1 %2 的變更，但資料庫中沒有此記錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is %3 in the store but not in the journal</source>
        <translation>%1 %2 在資料庫中為「%3」，與變更日誌不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>live</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 field %3 is %4 in the store but %5 in the journal</source>
        <translation>%1 %2 的欄位 %3 在資料庫中為 %4，但在變更日誌中為 %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and %1 more journal mismatches</source>
        <translation>…… 另有 %1 處日誌不一致</translation>
    </message>
    <message>
        <location filename="../models/store/TagRepository.cpp" line="+31"/>
        <source>A tag needs a name.</source>
        <translation>標籤必須有名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a colour (#rrggbb).</source>
        <translation>「%1」不是有效的顏色（#rrggbb）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is a tag &quot;%1&quot; already.</source>
        <translation>標籤「%1」已存在。</translation>
    </message>
    <message>
        <location filename="../models/store/UserRepository.cpp" line="-4"/>
        <source>A user needs a login name.</source>
        <translation>使用者必須有登入名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a role (%2).</source>
        <translation>「%1」不是有效的角色（%2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The store&apos;s own user cannot be removed.</source>
        <translation>無法移除資料庫本身的使用者。</translation>
    </message>
    <message>
        <location filename="../models/analytics/AnalyticsInputLoader.cpp" line="+368"/>
        <source>The saved analytics are newer than the file.</source>
        <translation>儲存的分析資料比該檔案更新。</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../ui/editors/RecordHeader.cpp" line="+15"/>
        <source>Work</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>住家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <location filename="../models/analytics/RfmSegment.h" line="+37"/>
        <source>Champions</source>
        <translation>冠軍客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>忠誠客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalists</source>
        <translation>潛在忠誠客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>有潛力客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>需要關注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>有流失風險</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t lose them</source>
        <translation>不能失去的客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>休眠客戶</translation>
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
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of customers</source>
        <translation>客戶佔比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative amount</source>
        <translation>累計金額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cumulative share</source>
        <translation>累計佔比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers, best first</source>
        <translation>客戶（由高到低）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The best %1 of customers: %2</source>
        <translation>排名前 %1 的客戶：%2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="+12"/>
        <source>prospect</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer</source>
        <translation>成交客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>former customer</source>
        <translation>流失客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sms</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post</source>
        <translation>郵寄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>實體活動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webinar</source>
        <translation>線上研討會</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>social</source>
        <translation>社群媒體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direct mail</source>
        <translation>直效郵件</translation>
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
        <translation>規劃中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>進行中</translation>
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
        <translation>目標對象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent</source>
        <translation>已發送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responded</source>
        <translation>已回應</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>新建立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>未結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lost</source>
        <translation>輸單</translation>
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
        <translation>緊急</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admin</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rep</source>
        <translation>業務代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketing</source>
        <translation>行銷</translation>
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
        <translation>已退訂</translation>
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
        <translation>未知的語言「%1」；Rapport 支援的語言：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rapport, an offline-first CRM.</source>
        <translation>Rapport，離線優先的客戶關係管理軟體。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the store FILE (created if missing).</source>
        <translation>開啟資料檔 FILE（不存在則建立）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a fresh demo company in a temporary folder.</source>
        <translation>在暫存資料夾中開啟一家全新的示範公司。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language: en, zh_CN or zh_TW.</source>
        <translation>介面語言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours for this run: system, light or dark (Preferences keeps a choice).</source>
        <translation>本次執行的配色：system、light 或 dark（可在偏好設定中儲存選擇）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a 1280×800 picture of every page into DIR and quit.</source>
        <translation>將每個頁面的 1280×800 截圖儲存到 DIR 後結束。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown appearance &quot;%1&quot;; use system, light or dark.</source>
        <translation>未知的外觀「%1」；請使用 system、light 或 dark。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--db and --demo cannot be used together.</source>
        <translation>--db 和 --demo 不能同時使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>無法為示範建立暫存資料夾：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1:
%2</source>
        <translation>無法開啟 %1：
%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the demo company: %1</source>
        <translation>無法建立示範公司：%1</translation>
    </message>
</context>
<context>
    <name>rapport::AccountEditor</name>
    <message>
        <location filename="../ui/editors/AccountEditor.cpp" line="+38"/>
        <source>A web address has no spaces.</source>
        <translation>網址中不可有空格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a web address (example.com).</source>
        <translation>這不是有效的網址（例如 example.com）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An account needs a name.</source>
        <translation>客戶必須有名稱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or person</source>
        <translation>公司或個人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trade fair, referral, web …</source>
        <translation>展覽、轉介、網站…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No target</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often a rep should visit; Today lists the account once a visit is due.</source>
        <translation>業務代表應多久拜訪一次；需要拜訪時，此客戶會出現在「今天」頁面。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>類型(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Industry</source>
        <translation>產業(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource</source>
        <translation>來源(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>網站(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owne&amp;r</source>
        <translation>負責人(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent account</source>
        <translation>上層客戶(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit every</source>
        <translation>拜訪週期(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>標籤(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone and email</source>
        <translation>電話和電子郵件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hones</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emails</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent account</source>
        <translation>上層客戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Account</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account — %1</source>
        <translation>客戶 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An account cannot be its own parent.</source>
        <translation>客戶不能是自己的上層客戶。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Create account %1</source>
        <translation>建立客戶 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account %1</source>
        <translation>編輯客戶 %1</translation>
    </message>
</context>
<context>
    <name>rapport::AccountFiguresPanel</name>
    <message>
        <location filename="../ui/editors/record/AccountFiguresPanel.cpp" line="+26"/>
        <source>Last order</source>
        <translation>最近訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue, last 12 months</source>
        <translation>近 12 個月營收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open opportunities</source>
        <translation>未結商機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>未結案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>上次拜訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit due</source>
        <translation>下次拜訪到期</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No orders yet</source>
        <translation>尚無訂單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>net of returns and discounts</source>
        <translation>已扣除退貨和折扣</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worth %1</source>
        <translation>金額 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 個逾期</numerusform>
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
        <translation>從未</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned for %1</source>
        <translation>預計於 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set a visit interval to plan visits</source>
        <translation>設定拜訪週期以規劃拜訪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never visited</source>
        <translation>從未拜訪</translation>
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
            <numerusform>%n 天後</numerusform>
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
        <translation>記錄電話(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;visit</source>
        <translation>記錄拜訪(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New c&amp;ontact</source>
        <translation>新增聯絡人(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New o&amp;pportunity</source>
        <translation>新增商機(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New c&amp;ase</source>
        <translation>新增案件(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New o&amp;rder</source>
        <translation>新增訂單(&amp;R)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Account (deleted)</source>
        <translation>客戶（已刪除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account was deleted.</source>
        <translation>此客戶已被刪除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — Account</source>
        <translation>%1 — 客戶</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner: %1</source>
        <translation>負責人：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of %1</source>
        <translation>隸屬於 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: %1</source>
        <translation>標籤：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Contacts&lt;/b&gt; (%1+)</source>
        <translation>&lt;b&gt;聯絡人&lt;/b&gt;（%1+）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Contacts&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;聯絡人&lt;/b&gt;（%1）</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityEditor</name>
    <message>
        <location filename="../ui/editors/ActivityEditor.cpp" line="+121"/>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 30 or 1:30</source>
        <translation>例如 30 或 1:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes (45), hours and minutes (1:30) or hours (2h)</source>
        <translation>分鐘數（45）、小時和分鐘（1:30）或小時數（2h）</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type to find an account</source>
        <translation>輸入以搜尋客戶</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>主旨(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart:</source>
        <translation>開始(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>時長(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Location:</source>
        <translation>地點(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Account:</source>
        <translation>客戶(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontacts:</source>
        <translation>聯絡人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pportunity:</source>
        <translation>商機(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+113"/>
        <source>New activity</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Activity: %1</source>
        <translation>活動：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>New activity: %1</source>
        <translation>新增活動：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(deleted account)</source>
        <translation>（已刪除的客戶）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(deleted contact)</source>
        <translation>（已刪除的聯絡人）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an account to pick its contacts.</source>
        <translation>請先選擇客戶，再選擇其聯絡人。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This account has no contacts yet.</source>
        <translation>此客戶尚無聯絡人。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (closed)</source>
        <translation>%1（已結束）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(deleted)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+22"/>
        <source>Choose what kind of activity this is.</source>
        <translation>請選擇活動類型。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Enter when it starts (or started).</source>
        <translation>請輸入開始時間。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type minutes (45), hours and minutes (1:30) or hours (2h).</source>
        <translation>請輸入分鐘數（45）、小時和分鐘（1:30）或小時數（2h）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duration cannot be negative.</source>
        <translation>時長不可為負數。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This activity no longer exists: it was deleted.</source>
        <translation>此活動已不存在：已被刪除。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save your changes to this activity?</source>
        <translation>是否儲存對此活動的變更？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They cannot be saved as they are: see the messages in the form.</source>
        <translation>目前的內容無法儲存：請查看表單中的提示訊息。</translation>
    </message>
</context>
<context>
    <name>rapport::AddMembersDialog</name>
    <message>
        <location filename="../ui/editors/AddMembersDialog.cpp" line="+24"/>
        <source>Contacts who %1 or have %2 are left out, and so is a second contact with the same address.</source>
        <translation>%1或%2的聯絡人將被排除；地址相同的第二位聯絡人也會被排除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts with %1 are left out, and so is a second contact with the same number.</source>
        <translation>%1的聯絡人將被排除；號碼相同的第二位聯絡人也會被排除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is messaged one by one on this channel: every contact of the source is added.</source>
        <translation>此通路不會逐一聯絡個人：來源中的所有聯絡人都會被加入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Members</source>
        <translation>加入成員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in the saved &amp;view</source>
        <translation>已儲存檢視中的聯絡人(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts of the accounts &amp;tagged</source>
        <translation>帶有以下標籤之客戶的聯絡人(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;All contacts</source>
        <translation>所有聯絡人(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No saved views of contacts yet (save one on the Contacts page)</source>
        <translation>尚無聯絡人的已儲存檢視（可在「聯絡人」頁面儲存）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign has no channel.</source>
        <translation>此行銷活動未設定通路。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 campaign.</source>
        <translation>%1行銷活動。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You see how many will be added and who is left out, and why, before anything is added.</source>
        <translation>加入之前，您會看到將加入多少人、哪些人被排除以及排除原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue…</source>
        <translation>繼續…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the saved view &quot;%1&quot;</source>
        <translation>已儲存檢視「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the accounts tagged &quot;%1&quot;</source>
        <translation>帶有標籤「%1」的客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all contacts</source>
        <translation>所有聯絡人</translation>
    </message>
</context>
<context>
    <name>rapport::AddressEdit</name>
    <message>
        <location filename="../ui/editors/fields/AddressEdit.cpp" line="+40"/>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State, province or region</source>
        <translation>州/省/地區</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postcode, city</source>
        <translation>郵遞區號、城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>州/省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
</context>
<context>
    <name>rapport::AttributionDialog</name>
    <message>
        <location filename="../ui/editors/AttributionDialog.cpp" line="+22"/>
        <source>Attribute to %1</source>
        <translation>歸因至 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opportunity or order</source>
        <translation>商機或訂單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credited to</source>
        <translation>歸因於</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the account the campaign won business from.</source>
        <translation>請選擇此行銷活動為其帶來業務的客戶。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+66"/>
        <source>Attribute</source>
        <translation>歸因</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Account</source>
        <translation>客戶(&amp;A)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the account&apos;s records: %1</source>
        <translation>無法讀取此客戶的記錄：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no number)</source>
        <translation>（無編號）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this campaign</source>
        <translation>此行銷活動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account has no opportunities or orders.</source>
        <translation>此客戶沒有商機或訂單。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its newest %1 opportunities and %1 orders at most; crediting one already credited to another campaign moves the credit here.</source>
        <translation>最多顯示最新的 %1 個商機和 %1 張訂單；若某筆記錄已歸因於其他行銷活動，歸因至此處後將轉移到本活動。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Attribute %n</source>
        <translation>
            <numerusform>歸因 %n 筆</numerusform>
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
        <translation>已取消，未做任何變更。</translation>
    </message>
</context>
<context>
    <name>rapport::BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/lists/BulkEditDialog.cpp" line="+37"/>
        <source>Edit %n record(s)</source>
        <translation>
            <numerusform>編輯 %n 筆記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Why was it won or lost?</source>
        <translation>贏單或輸單的原因是什麼？</translation>
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
            <numerusform>套用至 %n 筆記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>改為</translation>
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
            <numerusform>編輯 %n 筆記錄的%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CampaignAttributionView</name>
    <message>
        <location filename="../ui/pages/CampaignAttributionView.cpp" line="+41"/>
        <source>Attribute…</source>
        <translation>歸因…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit opportunities and orders of an account to this campaign</source>
        <translation>將某個客戶的商機和訂單歸因於此行銷活動</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>Remove credit</source>
        <translation>取消歸因</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Opportunity or order</source>
        <translation>商機或訂單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no number)</source>
        <translation>（無編號）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the newest %1 are listed.</source>
        <translation>僅列出最新的 %1 筆。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities (%L1)</source>
        <translation>商機（%L1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders (%L1)</source>
        <translation>訂單（%L1）</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln opportunity(ies)</source>
        <translation>
            <numerusform>%Ln 個商機</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(won %1)</source>
        <translation>（贏單 %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 張訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Attribute %n record(s) to %1</source>
        <translation>
            <numerusform>將 %n 筆記錄歸因於 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute</source>
        <translation>歸因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was credited: %1</source>
        <translation>未歸因任何記錄：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) credited to %1.</source>
        <translation>
            <numerusform>已將 %n 筆記錄歸因於 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Remove the credit of %n record(s) from %1</source>
        <translation>
            <numerusform>取消 %n 筆記錄對 %1 的歸因</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed: %1</source>
        <translation>未做任何變更：%1</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignDashboardPage</name>
    <message>
        <location filename="../ui/dashboards/CampaignDashboardPage.cpp" line="+36"/>
        <source>Return on investment by campaign</source>
        <translation>各行銷活動的投資報酬率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response and conversion rate by campaign</source>
        <translation>各行銷活動的回應率和轉換率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns started in the period</source>
        <translation>期間內啟動的行銷活動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a campaign to open it</source>
        <translation>按兩下行銷活動可將其開啟</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+7"/>
        <location line="+102"/>
        <source>ROI</source>
        <translation>投資報酬率</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+18"/>
        <location line="+34"/>
        <location line="+17"/>
        <location line="+31"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+102"/>
        <source>Revenue</source>
        <translation>營收</translation>
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
        <translation>（營收 − 成本）/ 成本</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1
Revenue %2, cost %3
ROI %4; %Ln new customer(s)</source>
        <translation>
            <numerusform>%1
營收 %2，成本 %3
投資報酬率 %4；新客戶 %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customers from %1</source>
        <translation>來自 %1 的新客戶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No campaign started in this period.</source>
        <translation>此期間內沒有啟動任何行銷活動。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %n campaign(s) with the most revenue; click a bar for the customers it acquired.</source>
        <translation>
            <numerusform>營收最高的 %n 個行銷活動；按一下長條可查看其帶來的客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a known cost (no ROI) not shown.</source>
        <translation>
            <numerusform>另有 %n 個活動成本未知（無投資報酬率），未顯示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+49"/>
        <source>Response rate</source>
        <translation>回應率</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+2"/>
        <source>Conversion rate</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Sent</source>
        <translation>已發送</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Responded</source>
        <translation>已回應</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>Converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Share of members sent to</source>
        <translation>佔已發送成員的比例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
%2 sent, %3 responded (%4), %5 converted (%6)</source>
        <translation>%1
已發送 %2，已回應 %3（%4），已轉換 %5（%6）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Responded to %1</source>
        <translation>回應了 %1 的客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted by %1</source>
        <translation>經 %1 轉換的客戶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per new customer</source>
        <translation>每個新客戶的成本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (budget)</source>
        <translation>（預算）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All campaigns</source>
        <translation>全部行銷活動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue: orders attributed to the campaign, or its won deals when larger, per customer. Cost: actual cost, else the budget. A new customer&apos;s first purchase was attributed to the campaign.</source>
        <translation>營收：以客戶為單位計算，取歸因於該行銷活動的訂單金額；若該行銷活動的贏單商機金額更高，則取後者。成本：實際成本，若無則取預算。新客戶：首次購買被歸因於該行銷活動的客戶。</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignDashboardPage.h" line="+16"/>
        <source>Campaign Results</source>
        <translation>行銷活動成效</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignDetailPanel</name>
    <message>
        <location filename="../ui/pages/CampaignDetailPanel.cpp" line="+60"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Sent</source>
        <translation>已發送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>已回應</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought in</source>
        <translation>帶來營收</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opportunities and orders</source>
        <translation>商機和訂單</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a campaign in the list, or make a new one.</source>
        <translation>請在清單中選擇一個行銷活動，或新增一個。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>budget %1</source>
        <translation>預算 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spent %1</source>
        <translation>已花費 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read the campaign&apos;s figures: %1</source>
        <translation>無法讀取行銷活動的統計資料：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%L1 not sent yet</source>
        <translation>%L1 位尚未發送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of members</source>
        <translation>佔成員的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 response rate</source>
        <translation>回應率 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of responses</source>
        <translation>佔回應的 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>won opportunities</source>
        <translation>贏單商機</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 張訂單</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won %1</source>
        <translation>贏單 %1</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignEditor</name>
    <message>
        <location filename="../ui/editors/CampaignEditor.cpp" line="+37"/>
        <source>The campaign cannot end before it starts (%1).</source>
        <translation>行銷活動的結束日期不可早於開始日期（%1）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A campaign needs a name.</source>
        <translation>行銷活動必須有名稱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spring trade fair, newsletter 04/2025 …</source>
        <translation>春季展覽、2025 年 4 月電子報…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The actual cost is in the budget&apos;s currency.</source>
        <translation>實際成本使用與預算相同的貨幣。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goal, audience, message</source>
        <translation>目標、受眾、傳達的訊息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>通路(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner</source>
        <translation>負責人(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>預算(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ctual cost</source>
        <translation>實際成本(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarts</source>
        <translation>開始日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>結束日期(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual cost</source>
        <translation>實際成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Campaign</source>
        <translation>新增行銷活動</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaign — %1</source>
        <translation>行銷活動 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Create campaign %1</source>
        <translation>建立行銷活動 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit campaign %1</source>
        <translation>編輯行銷活動 %1</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>發送時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>回應時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>轉換時間</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignMembersView</name>
    <message>
        <location filename="../ui/pages/CampaignMembersView.cpp" line="-130"/>
        <source>All members</source>
        <translation>全部成員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add members…</source>
        <translation>加入成員…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark sent…</source>
        <translation>標示為已發送…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record response…</source>
        <translation>記錄回應…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record conversion…</source>
        <translation>記錄轉換…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected members from the campaign</source>
        <translation>從行銷活動中移除所選成員</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot read the members: %1</source>
        <translation>無法讀取成員：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Looking at the contacts of %1…</source>
        <translation>正在檢查聯絡人（%1）…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add Members</source>
        <translation>加入成員</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Add %n member(s) to %1</source>
        <translation>
            <numerusform>將 %n 位成員加入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No members were added: %1</source>
        <translation>未加入任何成員：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln member(s) added; %1 had joined or been deleted meanwhile.</source>
        <translation>
            <numerusform>已加入 %Ln 位成員；另有 %1 位在此期間已加入或已被刪除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln member(s) added. Undo removes them all.</source>
        <translation>
            <numerusform>已加入 %Ln 位成員。復原會將其全部移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Mark %n member(s) sent</source>
        <translation>
            <numerusform>將 %n 位成員標示為已發送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Record %n conversion(s)</source>
        <translation>
            <numerusform>記錄 %n 次轉換</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Record %n response(s)</source>
        <translation>
            <numerusform>記錄 %n 次回應</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed: %1</source>
        <translation>未做任何變更：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Members</source>
        <translation>移除成員</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n member(s) from the campaign? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>要從行銷活動中移除 %n 位成員嗎？可以按 Ctrl+Z 復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n campaign member(s)</source>
        <translation>
            <numerusform>移除 %n 位行銷活動成員</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CampaignsPage</name>
    <message>
        <location filename="../ui/pages/CampaignsPage.cpp" line="+27"/>
        <source>New campaign…</source>
        <translation>新增行銷活動…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CampaignsPage.h" line="+21"/>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
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
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not rated</source>
        <translation>未評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – very unhappy</source>
        <translation>1 – 非常不滿意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 – unhappy</source>
        <translation>2 – 不滿意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 – neutral</source>
        <translation>3 – 普通</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 – happy</source>
        <translation>4 – 滿意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 – very happy</source>
        <translation>5 – 非常滿意</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How satisfied the customer was with the service</source>
        <translation>客戶對服務的滿意程度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to</source>
        <translation>指派給</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve…</source>
        <translation>解決…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>結案</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+355"/>
        <source>Follow-up call</source>
        <translation>回訪電話</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Schedule a call to check that the customer is happy with the resolution</source>
        <translation>安排一次電話回訪，確認客戶是否滿意處理結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log call…</source>
        <translation>記錄電話…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>活動</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>處理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解決方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>回訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a case in the list, or open a new one.</source>
        <translation>請在清單中選擇一個案件，或新增一個。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+70"/>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 priority</source>
        <translation>優先順序：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>in %1</source>
        <translation>%1後</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call done %1</source>
        <translation>電話已於 %1 完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call due %1</source>
        <translation>電話到期：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read the case&apos;s activities: %1</source>
        <translation>無法讀取此案件的活動：%1</translation>
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
        <translation>目前無法變更此案件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Assign case %1</source>
        <translation>指派案件：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set case %1 to %2</source>
        <translation>案件狀態改為%2：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set case %1 to %2 priority</source>
        <translation>案件優先順序改為%2：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rate case %1</source>
        <translation>案件評分：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+26"/>
        <source>Close case %1</source>
        <translation>結案：%1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+26"/>
        <source>Close Case</source>
        <translation>結案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve case %1</source>
        <translation>解決案件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve Case</source>
        <translation>解決案件</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Case resolved; a follow-up call is due in %n day(s).</source>
        <translation>
            <numerusform>案件已解決；回訪電話將於 %n 天後到期。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case resolved.</source>
        <translation>案件已解決。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Schedule follow-up call for %1</source>
        <translation>安排回訪電話：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A follow-up call is due in %n day(s).</source>
        <translation>
            <numerusform>回訪電話將於 %n 天後到期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CaseEditor</name>
    <message>
        <location filename="../ui/editors/CaseEditor.cpp" line="+53"/>
        <source>A case needs a subject.</source>
        <translation>案件必須有主旨。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer needs, in a few words</source>
        <translation>用幾句話描述客戶的需求</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by hand</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was done</source>
        <translation>做了哪些處理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated</source>
        <translation>未評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – very unhappy</source>
        <translation>1 – 非常不滿意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 – unhappy</source>
        <translation>2 – 不滿意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 – neutral</source>
        <translation>3 – 普通</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 – happy</source>
        <translation>4 – 滿意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 – very happy</source>
        <translation>5 – 非常滿意</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Subject</source>
        <translation>主旨(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>客戶(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact</source>
        <translation>聯絡人(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority</source>
        <translation>優先順序(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gned to</source>
        <translation>處理人(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp;by</source>
        <translation>到期時間(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resolution</source>
        <translation>解決方案(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satis&amp;faction</source>
        <translation>滿意度(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解決方案</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New Case</source>
        <translation>新增案件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case — %1</source>
        <translation>案件 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>案件</translation>
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
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service level for %1 priority: %2 after the case was opened.</source>
        <translation>優先順序為%1的服務等級：案件建立後 %2 內處理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by hand; the service level would give %1.</source>
        <translation>已手動設定；依服務等級應為 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A %1 case needs its resolution: what was done.</source>
        <translation>%1的案件必須填寫解決方案：做了哪些處理。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Create case %1</source>
        <translation>建立案件：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit case %1</source>
        <translation>編輯案件：%1</translation>
    </message>
</context>
<context>
    <name>rapport::CasesPage</name>
    <message>
        <location filename="../ui/pages/CasesPage.cpp" line="+33"/>
        <source>New case…</source>
        <translation>新增案件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open cases past their due-by time</source>
        <translation>已超過到期時間的未結案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service levels…</source>
        <translation>服務等級…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Any assignee</source>
        <translation>所有處理人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to me</source>
        <translation>指派給我的</translation>
    </message>
    <message>
        <location filename="../ui/pages/CasesPage.h" line="+25"/>
        <source>Cases</source>
        <translation>案件</translation>
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
        <translation>將此圖表背後的資料儲存為 CSV 檔案</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+4"/>
        <source>Export Data</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>rapport::ChurnPage</name>
    <message>
        <location filename="../ui/dashboards/ChurnPage.cpp" line="+48"/>
        <source>Customers gained and lost per month</source>
        <translation>每月新增與流失的客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly churn and retention rate</source>
        <translation>每月流失率與留存率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn over the period by source and account type</source>
        <translation>期間內依來源和客戶類型區分的流失情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers at risk, by value at risk</source>
        <translation>有流失風險的客戶（依風險價值排序）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All Customers at Risk…</source>
        <translation>所有風險客戶…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every customer with a value at risk, for a win-back campaign</source>
        <translation>所有具風險價值的客戶，可用於客戶挽回行銷活動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers at risk</source>
        <translation>風險客戶</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The lifetime models cannot be fitted yet: too few customers have bought more than once.</source>
        <translation>暫時無法擬合客戶終身價值模型：多次購買的客戶太少。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lifetime models did not converge; values are at their best point.</source>
        <translation>客戶終身價值模型未收斂；顯示的是最佳擬合點的結果。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+7"/>
        <source>New</source>
        <translation>新客戶</translation>
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
        <translation>月末活躍客戶</translation>
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
        <translation>期初活躍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returning</source>
        <translation>回購</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active at end</source>
        <translation>期末活躍</translation>
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
        <translation>客戶</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 %2: %Ln customer(s)</source>
        <translation>
            <numerusform>%1 %2：%Ln 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %Ln active customer(s)</source>
        <translation>
            <numerusform>%1：%Ln 個活躍客戶</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active at the end of %1</source>
        <translation>%1 月底的活躍客戶</translation>
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
            <numerusform>流失：%n 天未購買。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lost / active at start</source>
        <translation>流失數 / 期初活躍數</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: churn %2, retention %3 (%Ln lost)</source>
        <translation>
            <numerusform>%1：流失率 %2，留存率 %3（流失 %Ln 個）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost, %1</source>
        <translation>%1 流失的客戶</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Churn over the period</source>
        <translation>期間內流失情況</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Group</source>
        <translation>分組</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Customers at risk of loss</source>
        <translation>可能流失的客戶</translation>
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
        <translation>流失數 / 可能流失的客戶數</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 lost of %3 (%4)</source>
        <translation>%1：%3 個中有 %2 個流失（%4）</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Value at risk</source>
        <translation>風險價值</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Lifetime value</source>
        <translation>客戶終身價值</translation>
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
        <translation>客戶 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model&apos;s estimate alone.</source>
        <translation>僅憑模型估計。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Value at risk = CLV × (1 − P(alive)), 52 weeks, in %1. Double-click a customer to open it.</source>
        <translation>風險價值 = 客戶終身價值 × (1 − 存活機率)，以 52 週計算，單位為 %1。按兩下客戶可將其開啟。</translation>
    </message>
</context>
<context>
    <name>rapport::CloseReasonDialog</name>
    <message>
        <location filename="../ui/editors/CloseReasonDialog.cpp" line="+17"/>
        <source>Mark as won</source>
        <translation>標示為贏單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as lost</source>
        <translation>標示為輸單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why was “%1” won?</source>
        <translation>「%1」為什麼贏單？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why was “%1” lost?</source>
        <translation>「%1」為什麼輸單？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It moves to the stage “%1”.</source>
        <translation>它將移至階段「%1」。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Best price</source>
        <translation>價格最優</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product fit</source>
        <translation>產品契合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>客戶關係</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service and support</source>
        <translation>服務與支援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery time</source>
        <translation>交期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price too high</source>
        <translation>價格過高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chose a competitor</source>
        <translation>選擇了競爭對手</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No budget</source>
        <translation>沒有預算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No decision</source>
        <translation>未做決定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing</source>
        <translation>時機不對</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product does not fit</source>
        <translation>產品不契合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a reason</source>
        <translation>選擇或輸入原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark won</source>
        <translation>標示贏單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark lost</source>
        <translation>標示輸單</translation>
    </message>
</context>
<context>
    <name>rapport::CohortHeatMap</name>
    <message>
        <location filename="../ui/dashboards/CohortHeatMap.cpp" line="+40"/>
        <source>Months since the first purchase</source>
        <translation>首次購買後的月數</translation>
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
            <numerusform>同期群 %1，第 %2 個月：%Ln 個客戶有購買，佔該同期群的 %3；營收 %4%5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (month not over yet)</source>
        <translation>（本月尚未結束）</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentEditor</name>
    <message>
        <location filename="../ui/editors/fields/ConsentEditor.cpp" line="+35"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+96"/>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Post</source>
        <translation>郵寄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>起始時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opted in</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opted out</source>
        <translation>已退訂</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web form, trade fair, phone call …</source>
        <translation>網頁表單、展覽、電話…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>post</source>
        <translation>郵寄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 consent cannot be given in the future.</source>
        <translation>%1聯絡同意的時間不可晚於現在。</translation>
    </message>
</context>
<context>
    <name>rapport::ContactEditor</name>
    <message>
        <location filename="../ui/editors/ContactEditor.cpp" line="+65"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>職稱(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>客戶(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner</source>
        <translation>負責人(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers</source>
        <translation>偏好聯絡方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation>標籤(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone and email</source>
        <translation>電話和電子郵件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hones</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emails</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent to be contacted</source>
        <translation>聯絡同意</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>聯絡同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact — %1</source>
        <translation>聯絡人 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Create contact %1</source>
        <translation>建立聯絡人 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact %1</source>
        <translation>編輯聯絡人 %1</translation>
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
        <translation>%1編輯之前將保留原值。</translation>
    </message>
</context>
<context>
    <name>rapport::ContactRecordWindow</name>
    <message>
        <location filename="../ui/editors/ContactRecordWindow.cpp" line="+30"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>郵寄</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>opted in</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opted out</source>
        <translation>已退訂</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent: never asked</source>
        <translation>聯絡同意：從未詢問</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent — %1</source>
        <translation>聯絡同意 — %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Log &amp;call</source>
        <translation>記錄電話(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;visit</source>
        <translation>記錄拜訪(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New o&amp;pportunity</source>
        <translation>新增商機(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New c&amp;ase</source>
        <translation>新增案件(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New o&amp;rder</source>
        <translation>新增訂單(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contact (deleted)</source>
        <translation>聯絡人（已刪除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact was deleted.</source>
        <translation>此聯絡人已被刪除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — Contact</source>
        <translation>%1 — 聯絡人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2</source>
        <translation>%2 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefers %1</source>
        <translation>偏好以%1聯絡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born %1</source>
        <translation>生於 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: %1</source>
        <translation>標籤：%1</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardFilterBar</name>
    <message>
        <location filename="../ui/dashboards/DashboardFilterBar.cpp" line="+21"/>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 months</source>
        <translation>最近 24 個月</translation>
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
        <translation>全部時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All customers</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wner:</source>
        <translation>負責人(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;gment:</source>
        <translation>分群(&amp;G)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All owners</source>
        <translation>全部負責人</translation>
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
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Page as &amp;PNG…</source>
        <translation>將頁面儲存為 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Save Page</source>
        <translation>儲存頁面</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Page as P&amp;DF…</source>
        <translation>將頁面儲存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the store… %1%</source>
        <translation>正在讀取資料庫… %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the store…</source>
        <translation>正在讀取資料庫…</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 筆訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 個商機</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the cost of %n campaign(s)</source>
        <translation>
            <numerusform>%n 個行銷活動的成本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts in %1</source>
        <translation>金額單位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In other currencies, left out: %1. The store keeps no exchange rates.</source>
        <translation>其他幣別的資料未計入：%1。資料庫中沒有匯率。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures could not be computed: %1</source>
        <translation>無法計算統計資料：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+15"/>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>數值</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>rapport::DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/DrillDownDialog.cpp" line="+55"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 筆記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as &amp;CSV…</source>
        <translation>儲存為 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Save as CSV</source>
        <translation>儲存為 CSV</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start &amp;Campaign…</source>
        <translation>發起行銷活動(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new campaign whose members are the contacts of these customers</source>
        <translation>新增行銷活動，成員為這些客戶的聯絡人</translation>
    </message>
</context>
<context>
    <name>rapport::EmailListEditor</name>
    <message>
        <location filename="../ui/editors/fields/EmailListEditor.cpp" line="+8"/>
        <source>Work</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>個人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add email</source>
        <translation>+ 新增電子郵件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Email %1: %2</source>
        <translation>電子郵件 %1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::FirstStartDialog</name>
    <message>
        <location filename="../ui/shell/FirstStartDialog.cpp" line="+12"/>
        <source>Welcome to Rapport</source>
        <translation>歡迎使用 Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Welcome to Rapport&lt;/h2&gt;&lt;p&gt;Your customer data stays on this computer; it works with no network at all.&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;歡迎使用 Rapport&lt;/h2&gt;&lt;p&gt;您的客戶資料只會儲存在這台電腦上；完全不需要網路也能使用。&lt;/p&gt;&lt;p&gt;您想如何開始？&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explore a demo company</source>
        <translation>瀏覽示範公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coffee equipment wholesaler with a few hundred generated customers, deals and orders. It is marked as demo data everywhere.</source>
        <translation>一家咖啡設備批發商，包含數百筆自動產生的客戶、商機和訂單。所有地方都會標示這是示範資料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with an empty store</source>
        <translation>從空白資料庫開始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated data, clearly marked as demo; to use Rapport for real, start with an empty store.</source>
        <translation>產生的資料會清楚標示為示範資料；若要正式使用 Rapport，請從空白資料庫開始。</translation>
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
        <translation>各 RFM 分群的客戶數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention: observed and projected</source>
        <translation>留存：實際與預測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts: share of customers buying, by months since their first purchase</source>
        <translation>同期群：依首次購買後月數統計的購買客戶佔比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cohort %1, month %2</source>
        <translation>同期群 %1，第 %2 個月</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+84"/>
        <source>Customers</source>
        <translation>客戶</translation>
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
        <translation>累計收入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue in the period</source>
        <translation>期間收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the period&apos;s revenue</source>
        <translation>占期間收入的比例</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1: %Ln customer(s)
Revenue in the period %2 (%3 of the period&apos;s)
Revenue to date %4 (%5 of all)</source>
        <translation>
            <numerusform>%1：%Ln 位客戶
期間收入 %2（占期間的 %3）
累計收入 %4（占全部的 %5）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Share of revenue</source>
        <translation>營收佔比</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+28"/>
        <source>Months since first purchase</source>
        <translation>首次購買後的月數</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Observed survivors</source>
        <translation>實際留存客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projected survivors</source>
        <translation>預測留存客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed</source>
        <translation>實際</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected (sBG)</source>
        <translation>預測（sBG）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Customers still buying</source>
        <translation>仍在購買的客戶</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Month %1: %2 observed</source>
        <translation>第 %1 個月：實際 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month %1: %2 projected</source>
        <translation>第 %1 個月：預測 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln cohort(s) pooled; sBG α = %1, β = %2%3</source>
        <translation>
            <numerusform>合併 %Ln 個同期群；sBG α = %1，β = %2%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (fit did not converge)</source>
        <translation>（擬合未收斂）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months since</source>
        <translation>間隔月數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers buying</source>
        <translation>購買客戶數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LoyaltyPage.h" line="+16"/>
        <source>Loyalty</source>
        <translation>忠誠度</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+37"/>
        <source>Rapport — %1 (demo data)</source>
        <translation>Rapport — %1（示範資料）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rapport — %1</source>
        <translation>Rapport — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search accounts, contacts, deals, cases … (Ctrl+K)</source>
        <translation>搜尋客戶、聯絡人、商機、案件…（Ctrl+K）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo data</source>
        <translation>示範資料</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
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
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick Open…</source>
        <translation>快速開啟(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;Account…</source>
        <translation>新增客戶(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Contact…</source>
        <translation>新增聯絡人(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Opportunity…</source>
        <translation>新增商機(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Ca&amp;se…</source>
        <translation>新增案件(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Ca&amp;mpaign…</source>
        <translation>新增行銷活動(&amp;M)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Log Activity…</source>
        <translation>記錄活動(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rapport</source>
        <translation>關於 Rapport(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Rapport</source>
        <translation>關於 Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;An offline-first CRM for field sales and small businesses.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;離線優先的 CRM，專為外勤業務和小型企業打造。&lt;/p&gt;&lt;p&gt;依據 GNU 通用公共授權條款第 3 版或更新版本授權。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo %1</source>
        <translation>復原「%1」(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>重做「%1」(&amp;R)</translation>
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
        <translation>將成員加入 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln contact(s) in %1.</source>
        <translation>
            <numerusform>%1中有 %Ln 位聯絡人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln will be added.</source>
        <translation>
            <numerusform>將加入 %Ln 位。</numerusform>
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
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is left out, and why</source>
        <translation>被排除的聯絡人及原因</translation>
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
            <numerusform>加入 %Ln 位成員</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MemberProgressDialog</name>
    <message>
        <location filename="../ui/editors/MemberProgressDialog.cpp" line="+21"/>
        <source>Mark as Sent</source>
        <translation>標示為已發送</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>When was the campaign sent to the %n selected member(s)?</source>
        <translation>
            <numerusform>行銷活動是何時發送給所選的 %n 位成員的？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Sent</source>
        <translation>標示已發送</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Record Conversion</source>
        <translation>記錄轉換</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>When did the %n selected member(s) convert (buy, sign up)?</source>
        <translation>
            <numerusform>所選的 %n 位成員是何時轉換的（購買、註冊）？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Record Response</source>
        <translation>記錄回應</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>When did the %n selected member(s) respond?</source>
        <translation>
            <numerusform>所選的 %n 位成員是何時回應的？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members who got further already keep their status.</source>
        <translation>已進入後續階段的成員將維持其目前狀態。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;When</source>
        <translation>時間(&amp;W)</translation>
    </message>
</context>
<context>
    <name>rapport::MoneyEdit</name>
    <message>
        <location filename="../ui/editors/fields/MoneyEdit.cpp" line="+16"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Enter an amount.</source>
        <translation>請輸入金額。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the currency (a code such as EUR).</source>
        <translation>請選擇貨幣（例如 TWD 這類代碼）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an amount in %2, which has no decimals.</source>
        <translation>「%1」不是有效的 %2 金額（%2 沒有小數位）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>「%1」不是有效的 %2 金額（最多 %n 位小數）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount cannot be negative.</source>
        <translation>金額不可為負數。</translation>
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
        <translation>今天稍早到期</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+123"/>
        <location line="+176"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Nothing due today, nothing overdue.</source>
        <translation>今天沒有到期事項，也沒有逾期事項。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue (%1 most recent shown)</source>
        <translation>逾期（顯示最近 %1 項）</translation>
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
        <translation>標示為已完成…</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Where: %1</source>
        <translation>地點：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity: %1</source>
        <translation>商機：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
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
        <translation>改到明天、下週或其他時間</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not completed</source>
        <translation>無法完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not rescheduled</source>
        <translation>無法改期</translation>
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
        <translation>下週（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose date and time…</source>
        <translation>選擇日期和時間…</translation>
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
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activities and tasks</source>
        <translation>活動和任務</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the activities: %1</source>
        <translation>無法讀取活動：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 個逾期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All on time</source>
        <translation>全部準時</translation>
    </message>
</context>
<context>
    <name>rapport::OpportunityEditor</name>
    <message>
        <location filename="../ui/editors/OpportunityEditor.cpp" line="+50"/>
        <source>An opportunity needs a name.</source>
        <translation>商機必須有名稱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is being sold, to whom</source>
        <translation>賣什麼、賣給誰</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it was won or lost</source>
        <translation>贏單或輸單的原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>客戶(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact</source>
        <translation>聯絡人(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount</source>
        <translation>金額(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner</source>
        <translation>負責人(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation>標籤(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pipeline, stage</source>
        <translation>銷售管道、階段(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;robability</source>
        <translation>贏率(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected close</source>
        <translation>預計成交日期(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won or lost &amp;because</source>
        <translation>贏單/輸單原因(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campa&amp;ign</source>
        <translation>行銷活動(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New Opportunity</source>
        <translation>新增商機</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opportunity — %1</source>
        <translation>商機 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Say why it was won.</source>
        <translation>請說明贏單原因。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say why it was lost.</source>
        <translation>請說明輸單原因。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Create opportunity %1</source>
        <translation>建立商機 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit opportunity %1</source>
        <translation>編輯商機 %1</translation>
    </message>
</context>
<context>
    <name>rapport::OptionalDateEdit</name>
    <message>
        <location filename="../ui/editors/fields/OptionalDateEdit.cpp" line="+23"/>
        <source>No date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose a date.</source>
        <translation>請選擇日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date cannot be before %1.</source>
        <translation>日期不可早於 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date cannot be after %1.</source>
        <translation>日期不可晚於 %1。</translation>
    </message>
</context>
<context>
    <name>rapport::OrderDialog</name>
    <message>
        <location filename="../ui/editors/OrderDialog.cpp" line="+47"/>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order no longer exists.</source>
        <translation>該訂單已不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>行合計</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no product)</source>
        <translation>（無產品）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>rapport::OrderEditor</name>
    <message>
        <location filename="../ui/editors/OrderEditor.cpp" line="+35"/>
        <source>Choose the account that placed the order.</source>
        <translation>請選擇下此訂單的客戶。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New order</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sales rep</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web shop</source>
        <translation>網路商店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>電商平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, e.g. SO-2026-0001</source>
        <translation>選填，例如 SO-2026-0001</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;product…</source>
        <translation>新增產品(&amp;P)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Account</source>
        <translation>客戶(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordered</source>
        <translation>下單時間(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>貨幣(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu&amp;mber</source>
        <translation>編號(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>訂單行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
</context>
<context>
    <name>rapport::OrderLinesEdit</name>
    <message>
        <location filename="../ui/editors/OrderLinesEdit.cpp" line="+26"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>淨額</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;line</source>
        <translation>新增行(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove line</source>
        <translation>刪除行(&amp;R)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a product</source>
        <translation>選擇產品</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Line %1 needs a product.</source>
        <translation>第 %1 行需要選擇產品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: the quantity cannot be 0 (a negative quantity is a return).</source>
        <translation>第 %1 行：數量不能為 0（負數表示退貨）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 needs a unit price.</source>
        <translation>第 %1 行需要單價。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: &quot;%2&quot; is not a price in %3.</source>
        <translation>第 %1 行：「%2」不是以 %3 計的價格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: &quot;%2&quot; is not a discount in %3.</source>
        <translation>第 %1 行：「%2」不是以 %3 計的折扣。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An order needs at least one line.</source>
        <translation>訂單至少需要一行。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Total: %1</source>
        <translation>合計：%1</translation>
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
        <translation>結果（選填）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was the outcome?</source>
        <translation>結果如何？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What came of it</source>
        <translation>有什麼結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Something else…</source>
        <translation>其他結果…</translation>
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
        <translation>羅馬拼音，用於排序（Wang Wei）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the name is written in Latin letters. Lists sort by it, so 王伟 sorts under W.</source>
        <translation>姓名的拉丁字母拼寫。清單依此排序，因此「王偉」排在 W 之下。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Shown as %1. Add the romanised name so it sorts among Latin names.</source>
        <translation>顯示為 %1。請加入羅馬拼音，使其能與拉丁字母姓名一起排序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown as %1, sorted under &quot;%2&quot;.</source>
        <translation>顯示為 %1，排序依據為「%2」。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a name.</source>
        <translation>請輸入姓名。</translation>
    </message>
</context>
<context>
    <name>rapport::PhoneListEditor</name>
    <message>
        <location filename="../ui/editors/fields/PhoneListEditor.cpp" line="+10"/>
        <source>Work</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>住家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add phone</source>
        <translation>+ 新增電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Write numbers with + and the country code.</source>
        <translation>號碼請以 + 和國碼開頭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers without + are read as numbers in %1.</source>
        <translation>不以 + 開頭的號碼將視為 %1 的號碼。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a phone number.</source>
        <translation>請輸入電話號碼。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone %1: %2</source>
        <translation>電話 %1：%2</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineCardDelegate</name>
    <message>
        <location filename="../ui/pages/PipelineCardDelegate.cpp" line="+75"/>
        <source>No account</source>
        <translation>無客戶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No close date</source>
        <translation>無成交日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No amount</source>
        <translation>無金額</translation>
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
        <translation>沒有商機</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 — %2 % probability</source>
        <translation>%1 — 贏率 %2%</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No amounts</source>
        <translation>無金額</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted</source>
        <translation>加權</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total: %1
Weighted: %2</source>
        <translation>總計：%1
加權：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show more (%1 not shown)</source>
        <translation>顯示更多（還有 %1 個未顯示）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more</source>
        <translation>顯示更多</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineDashboardPage</name>
    <message>
        <location filename="../ui/dashboards/PipelineDashboardPage.cpp" line="+38"/>
        <location line="+153"/>
        <source>Funnel: deals created in the period that reached each stage</source>
        <translation>漏斗：期間內建立的商機到達各階段的情況</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>The pipeline whose funnel is shown</source>
        <translation>顯示其漏斗的銷售管道</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forecast by month of expected close</source>
        <translation>依預計成交月份的預測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per owner: deals closed in the period</source>
        <translation>依負責人：期間內結束的商機</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deals closed: %1</source>
        <translation>已結束的商機：%1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Deals that reached the stage</source>
        <translation>到達該階段的商機</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Deals reached</source>
        <translation>到達的商機數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion to next stage</source>
        <translation>進入下一階段的轉換率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion to won</source>
        <translation>贏單轉換率</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+120"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+67"/>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>%1: %Ln deal(s) reached it</source>
        <translation>
            <numerusform>%1：%Ln 個商機到達此階段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to the next stage: %1</source>
        <translation>進入下一階段：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>won: %1</source>
        <translation>贏單：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deals that reached %1</source>
        <translation>到達「%1」的商機</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funnel of %1: deals created in the period that reached each stage</source>
        <translation>%1 漏斗：期間內建立的商機到達各階段的數量</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln won and %1 lost of these deals.</source>
        <translation>
            <numerusform>這些商機中有 %Ln 個贏單，%1 個輸單。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>No deal was created in this period.</source>
        <translation>此期間內沒有建立任何商機。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pipeline %1</source>
        <translation>銷售管道 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%Ln deal(s))</source>
        <translation>
            <numerusform>%1（%Ln 個商機）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weighted by probability</source>
        <translation>依贏率加權</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No expected close</source>
        <translation>無預計成交日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month of expected close</source>
        <translation>預計成交月份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount (%1)</source>
        <translation>金額（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %Ln open deal(s)
Amount %2, weighted %3</source>
        <translation>
            <numerusform>%1：%Ln 個未結商機
金額 %2，加權後 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open deals expected to close in %1</source>
        <translation>預計在 %1 成交的未結商機</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open deals expected from three months ago to a year ahead: %1, weighted %2.</source>
        <translation>預計在三個月前至一年後成交的未結商機：%1，加權 %2。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>贏單率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average days to close</source>
        <translation>平均成交天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average won deal</source>
        <translation>平均贏單金額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won amount</source>
        <translation>贏單金額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted forecast</source>
        <translation>加權預測</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(nobody)</source>
        <translation>（無負責人）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Win rate = won / (won + lost) among deals closed in the period; days to close from creation. Double-click a row for its deals.</source>
        <translation>贏單率 = 贏單數 / (贏單數 + 輸單數)，以期間內結束的商機計算；成交天數自建立之日起算。按兩下某列可查看相應商機。</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/PipelineDashboardPage.h" line="+18"/>
        <source>Pipeline Analytics</source>
        <translation>銷售管道分析</translation>
    </message>
</context>
<context>
    <name>rapport::PipelinePage</name>
    <message>
        <location filename="../ui/pages/PipelinePage.cpp" line="+53"/>
        <source>This store has no sales pipeline yet.</source>
        <translation>此資料庫中尚無銷售管道。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read the pipeline: %1</source>
        <translation>無法讀取銷售管道：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+198"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Move to &amp;next stage</source>
        <translation>移至下一階段(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;previous stage</source>
        <translation>移至上一階段(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;won…</source>
        <translation>標示為贏單(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;lost…</source>
        <translation>標示為輸單(&amp;L)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read the pipelines: %1</source>
        <translation>無法讀取銷售管道：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Closed in the last %n days</source>
        <translation>
            <numerusform>最近 %n 天內結束</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the opportunities: %1</source>
        <translation>無法讀取商機：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That opportunity or stage is gone; the board is read again.</source>
        <translation>此商機或階段已不存在；看板已重新讀取。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot move the opportunity</source>
        <translation>無法移動商機</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved “%1” to %2. Undo with %3.</source>
        <translation>已將「%1」移至 %2。按 %3 可復原。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Move to &amp;stage</source>
        <translation>移至階段(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log &amp;activity…</source>
        <translation>記錄活動(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/PipelinePage.h" line="+35"/>
        <source>Pipeline</source>
        <translation>銷售管道</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineStageField</name>
    <message>
        <location filename="../ui/editors/PipelineStageField.cpp" line="+50"/>
        <source>No pipeline</source>
        <translation>無銷售管道</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This pipeline no longer exists; choose another.</source>
        <translation>此銷售管道已不存在，請選擇其他管道。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a stage of the pipeline “%1”.</source>
        <translation>請選擇銷售管道「%1」中的階段。</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineToolBar</name>
    <message>
        <location filename="../ui/pages/PipelineToolBar.cpp" line="+33"/>
        <source>The pipeline shown</source>
        <translation>目前顯示的銷售管道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the opportunities of this owner</source>
        <translation>僅顯示此負責人的商機</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the opportunities expected to close in this month</source>
        <translation>僅顯示預計在此月份成交的商機</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pipeline:</source>
        <translation>銷售管道(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closing:</source>
        <translation>預計成交(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a column per stage</source>
        <translation>每個階段顯示為一欄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the same opportunities as a sortable table</source>
        <translation>以可排序的表格顯示相同的商機</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New opportunity…</source>
        <translation>新增商機…</translation>
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
        <translation>偏好設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>外觀(&amp;A)</translation>
    </message>
</context>
<context>
    <name>rapport::ProductEditor</name>
    <message>
        <location filename="../ui/editors/ProductEditor.cpp" line="+21"/>
        <source>A product needs a name.</source>
        <translation>產品需要名稱。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article number, SKU</source>
        <translation>貨號、SKU</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code</source>
        <translation>編碼(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory</source>
        <translation>類別(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List price</source>
        <translation>標價(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit cost</source>
        <translation>單位成本(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>編碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>標價</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>單位成本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New product</source>
        <translation>新增產品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product — %1</source>
        <translation>產品 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New product %1</source>
        <translation>新增產品 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit product %1</source>
        <translation>編輯產品 %1</translation>
    </message>
</context>
<context>
    <name>rapport::QuickOpenDialog</name>
    <message>
        <location filename="../ui/shell/QuickOpenDialog.cpp" line="+23"/>
        <source>Quick Open</source>
        <translation>快速開啟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, email, phone, city …</source>
        <translation>姓名、電子郵件、電話、城市…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ 選擇，Enter 開啟，Esc 關閉</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search failed: %1</source>
        <translation>搜尋失敗：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>找不到符合「%1」的結果。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s); ↑↓ to choose, Enter to open</source>
        <translation>
            <numerusform>%n 個結果；↑↓ 選擇，Enter 開啟</numerusform>
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
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the changes before closing?</source>
        <translation>關閉前是否儲存變更？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They cannot be saved yet: %1</source>
        <translation>目前無法儲存：%1</translation>
    </message>
</context>
<context>
    <name>rapport::RecordListPage</name>
    <message>
        <location filename="../ui/lists/RecordListPage.cpp" line="+37"/>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>rapport::RecordListView</name>
    <message>
        <location filename="../ui/lists/RecordListView.cpp" line="+59"/>
        <source>Search this list</source>
        <translation>在此清單中搜尋</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Columns</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns shown</source>
        <translation>選擇要顯示的欄位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit selected…</source>
        <translation>編輯所選…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+251"/>
        <location line="+14"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Cannot read the list: %1</source>
        <translation>無法讀取清單：%1</translation>
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
        <translation>檢視…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save current view…</source>
        <translation>儲存目前檢視…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Search failed: %1</source>
        <translation>搜尋失敗：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n best matches; type more to narrow the search.</source>
        <translation>
            <numerusform>最符合的 %n 筆結果；輸入更多內容可縮小搜尋範圍。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) shown; scroll for more.</source>
        <translation>
            <numerusform>顯示 %n 筆記錄；捲動可查看更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n 筆記錄。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected.</source>
        <translation>
            <numerusform>已選取 %n 筆。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Edit selected</source>
        <translation>編輯所選</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was changed: %1</source>
        <translation>未做任何變更：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n record(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>要刪除 %n 筆記錄嗎？可以按 Ctrl+Z 復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>刪除 %n 筆記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was deleted: %1</source>
        <translation>未刪除任何記錄：%1</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+13"/>
        <source>Save view</source>
        <translation>儲存檢視</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the view:</source>
        <translation>檢視名稱：</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPicker</name>
    <message>
        <location filename="../ui/editors/fields/RecordPicker.cpp" line="+19"/>
        <source>Type to search</source>
        <translation>輸入以搜尋</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose one of the matches, or clear the field.</source>
        <translation>請從符合項目中選擇一個，或清除此欄位。</translation>
    </message>
</context>
<context>
    <name>rapport::RecordWindow</name>
    <message>
        <location filename="../ui/editors/RecordWindow.cpp" line="+23"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit every field (Ctrl+E)</source>
        <translation>編輯所有欄位（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>rapport::ResolveCaseDialog</name>
    <message>
        <location filename="../ui/editors/ResolveCaseDialog.cpp" line="+24"/>
        <source>Resolve Case</source>
        <translation>解決案件</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Close Case</source>
        <translation>結案</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>How was &quot;%1&quot; resolved?</source>
        <translation>「%1」是如何解決的？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing &quot;%1&quot;: how was it resolved?</source>
        <translation>結案「%1」：是如何解決的？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Describe what was done.</source>
        <translation>請描述做了哪些處理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced the part, explained the invoice, …</source>
        <translation>更換了零件、說明了發票…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule a follow-up call in</source>
        <translation>安排回訪電話於</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> 天後</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
</context>
<context>
    <name>rapport::SalesPage</name>
    <message>
        <location filename="../ui/dashboards/SalesPage.cpp" line="+36"/>
        <source>Revenue per month against the same month last year</source>
        <translation>每月營收與去年同月比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by category in the period and the year before</source>
        <translation>期間內與前一年同期各類別的營收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products bought by the same customers</source>
        <translation>同一批客戶購買的產品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a pair for the customers who bought the first product but not the second</source>
        <translation>按兩下某個產品組合，可查看購買了第一個產品但未購買第二個產品的客戶</translation>
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
        <translation>營收</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Growth %</source>
        <translation>成長率（%）</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+58"/>
        <source>Revenue (%1)</source>
        <translation>營收（%1）</translation>
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
        <translation>成長：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(month not over yet; compared with the same days last year)</source>
        <translation>（本月尚未結束；與去年同期相同天數比較）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uncategorised</source>
        <translation>未分類</translation>
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
        <translation>前一年</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
Period: %2
Year before: %3</source>
        <translation>%1
本期：%2
前一年：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Product A</source>
        <translation>產品 A</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Product B</source>
        <translation>產品 B</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Customers with both</source>
        <translation>同時購買的客戶</translation>
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
        <translation>信賴度 A→B</translation>
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
        <translation>購買 A 的客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers with B</source>
        <translation>購買 B 的客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence B→A</source>
        <translation>信賴度 B→A</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No two products were bought by enough of the same customers.</source>
        <translation>沒有任何兩個產品被足夠多的相同客戶共同購買。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift above 1: bought together more often than by chance. Double-click a pair for the customers who bought A but not B.</source>
        <translation>提升度大於 1：共同購買的頻率高於隨機情況。按兩下某個組合可查看購買了 A 但未購買 B 的客戶。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bought %1 but not %2</source>
        <translation>購買了 %1 但未購買 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SalesPage.h" line="+16"/>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
</context>
<context>
    <name>rapport::ServiceDashboardPage</name>
    <message>
        <location filename="../ui/dashboards/ServiceDashboardPage.cpp" line="+43"/>
        <source>Cases opened and resolved per month</source>
        <translation>每月新增與解決的案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved within the service level</source>
        <translation>在服務等級內解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction ratings of cases resolved in the period</source>
        <translation>期間內已解決案件的滿意度評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts with repeated complaints</source>
        <translation>多次客訴的客戶</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+148"/>
        <location line="+6"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+73"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+19"/>
        <location line="+3"/>
        <source>Opened</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <location line="+51"/>
        <source>Resolved</source>
        <translation>已解決</translation>
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
        <translation>解決時間中位數（小時）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean hours to resolve</source>
        <translation>平均解決時間（小時）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+74"/>
        <location line="+2"/>
        <location line="+15"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <source>%1: %Ln case(s) opened</source>
        <translation>
            <numerusform>%1：新增 %Ln 個案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %Ln case(s) resolved</source>
        <translation>
            <numerusform>%1：解決 %Ln 個案件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median %1 h, mean %2 h to resolve</source>
        <translation>解決時間中位數 %1 小時，平均 %2 小時</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cases opened in %1</source>
        <translation>%1 新增的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Cases resolved in %1</source>
        <translation>%1 解決的案件</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Open now: %1, of which overdue: %2.</source>
        <translation>目前未結：%1，其中逾期：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within the service level</source>
        <translation>在服務等級內</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within level</source>
        <translation>達標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolved in time</source>
        <translation>準時解決</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 resolved in time (%4)</source>
        <translation>%1：%3 個中有 %2 個準時解決（%4）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rating (5 = very satisfied)</source>
        <translation>評分（5 = 非常滿意）</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Rated %1: %Ln case(s)</source>
        <translation>
            <numerusform>評分 %1：%Ln 個案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Average %1 from %Ln rated case(s).</source>
        <translation>
            <numerusform>%Ln 個已評分案件的平均分數為 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No resolved case has a rating yet.</source>
        <translation>尚無已解決的案件獲得評分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Cases in 90 days</source>
        <translation>90 天內案件數</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Account id</source>
        <translation>客戶 ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No account opened three or more cases in the last 90 days.</source>
        <translation>最近 90 天內沒有客戶提出三個以上的案件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three or more cases opened in the last 90 days. Double-click for the cases.</source>
        <translation>最近 90 天內提出了三個以上的案件。按兩下可查看這些案件。</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ServiceDashboardPage.h" line="+16"/>
        <source>Service</source>
        <translation>服務</translation>
    </message>
</context>
<context>
    <name>rapport::ServiceLevelsDialog</name>
    <message>
        <location filename="../ui/editors/ServiceLevelsDialog.cpp" line="+17"/>
        <source>Service Levels</source>
        <translation>服務等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a case may stay open, counted from when it was opened, before it is overdue:</source>
        <translation>案件從建立起可維持未結狀態多久，超過即視為逾期：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 priority</source>
        <translation>優先順序：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases already open keep their due-by time until their priority changes.</source>
        <translation>現有的未結案件會保留其到期時間，直到其優先順序變更為止。</translation>
    </message>
</context>
<context>
    <name>rapport::TagsEditor</name>
    <message>
        <location filename="../ui/editors/fields/TagsEditor.cpp" line="+24"/>
        <source>Tags, separated by commas</source>
        <translation>標籤，以逗號分隔</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The tag &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>標籤「%1…」超過 %2 個字元。</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <location filename="../ui/editors/record/TimelineModel.cpp" line="+23"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign response</source>
        <translation>行銷活動回應</translation>
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
        <translation>（無主旨）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineView</name>
    <message>
        <location filename="../ui/editors/record/TimelineView.cpp" line="+22"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;時間軸&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign responses</source>
        <translation>行銷活動回應</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nothing has happened here yet.</source>
        <translation>這裡還沒有任何動態。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing of these kinds yet.</source>
        <translation>還沒有這些類型的記錄。</translation>
    </message>
</context>
<context>
    <name>rapport::TodayPage</name>
    <message>
        <location filename="../ui/pages/TodayPage.cpp" line="+37"/>
        <source>Whose activities and accounts are shown</source>
        <translation>顯示誰的活動和客戶</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log call…</source>
        <translation>記錄電話…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a call about the selected record (Ctrl+L for any kind)</source>
        <translation>為所選記錄記錄一通電話（按 Ctrl+L 可記錄任何類型）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log visit…</source>
        <translation>記錄拜訪…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a visit to the selected account</source>
        <translation>記錄對所選客戶的拜訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translation>新增備註…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a note about the selected record</source>
        <translation>為所選記錄寫一則備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task…</source>
        <translation>新增任務…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a task</source>
        <translation>安排一項任務</translation>
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
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>rapport::UndoController</name>
    <message>
        <location filename="../ui/core/UndoController.cpp" line="+40"/>
        <source>Undo %1</source>
        <translation>復原「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>無法復原「%1」：%2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Redo %1</source>
        <translation>重做「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>無法重做「%1」：%2</translation>
    </message>
</context>
<context>
    <name>rapport::ValuePage</name>
    <message>
        <location filename="../ui/dashboards/ValuePage.cpp" line="+10"/>
        <source>Pareto curve: share of revenue by customer rank</source>
        <translation>柏拉圖曲線：依客戶排名的營收佔比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whale curve: cumulative profit by customer rank</source>
        <translation>鯨魚曲線：依客戶排名的累計利潤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by customer decile</source>
        <translation>依客戶十分位的營收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit by customer decile</source>
        <translation>依客戶十分位的利潤</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+70"/>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Share of revenue</source>
        <translation>營收佔比</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The %n most profitable customer(s)</source>
        <translation>
            <numerusform>利潤最高的 %n 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>The %n customer(s) with the most revenue</source>
        <translation>
            <numerusform>營收最高的 %n 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customer bought in this period.</source>
        <translation>此期間內沒有客戶購買。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The top 20% of customers (%Ln) bring %1 of the revenue.</source>
        <translation>
            <numerusform>前 20% 的客戶（%Ln 個）貢獻了 %1 的營收。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Profit</source>
        <translation>利潤</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Share of profit</source>
        <translation>利潤佔比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every customer adds to the profit.</source>
        <translation>每個客戶都貢獻了利潤。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The most profitable %Ln customer(s) earn %1 of the total profit; the rest give back the difference.</source>
        <translation>
            <numerusform>利潤最高的 %Ln 個客戶賺取了總利潤的 %1；其餘客戶抵銷了超出的部分。</numerusform>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>佔比</translation>
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
            <numerusform>第 %1 十分位：%Ln 個客戶，%2（%3）</numerusform>
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
        <translation>客戶價值</translation>
    </message>
</context>
<context>
    <name>rapport::VisitsDueView</name>
    <message>
        <location filename="../ui/pages/VisitsDueView.cpp" line="+29"/>
        <source>Visits due</source>
        <translation>待拜訪</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading; the round shown stays as it was</source>
        <translation>停止讀取；已顯示的拜訪路線維持不變</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log visit…</source>
        <translation>記錄拜訪…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a visit to the selected account</source>
        <translation>記錄對所選客戶的拜訪</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last visit</source>
        <translation>上次拜訪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>拜訪週期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue, 12 months</source>
        <translation>12 個月營收</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Loading the round…</source>
        <translation>正在載入拜訪路線…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visits due: every account with a visit target has been visited in time.</source>
        <translation>沒有待拜訪的客戶：所有設定拜訪週期的客戶都已按時拜訪。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No city</source>
        <translation>無城市</translation>
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
        <translation>從未</translation>
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
        <translation>共 %2 個待拜訪客戶，顯示逾期最久的 %1 個。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the round: %1</source>
        <translation>無法讀取拜訪路線：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in %2</source>
        <translation>%1，分布於 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n city(s)</source>
        <translation>
            <numerusform>%n 個城市</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapportctl</name>
    <message>
        <location filename="../app/ctl/CtlCommands.cpp" line="+34"/>
        <source>Number of accounts (contacts, activities, orders … scale with it).</source>
        <translation>客戶數量（聯絡人、活動、訂單等隨之按比例產生）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>隨機種子；相同的種子產生相同的資料。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill an empty store with realistic, deterministic demo data.</source>
        <translation>以逼真且可重現的示範資料填入空的資料檔。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--accounts needs a positive whole number, got &quot;%1&quot;.</source>
        <translation>--accounts 需要一個正整數，收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a whole number, got &quot;%1&quot;.</source>
        <translation>--seed 需要一個整數，收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Generated %1 accounts in %2 s.</source>
        <translation>已在 %2 秒內產生 %1 個客戶。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the number of live records per entity as JSON.</source>
        <translation>以 JSON 輸出每種記錄的有效數量。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Most results to print.</source>
        <translation>最多輸出的結果數。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to look for: any part of a name, email, phone, city, tag or note.</source>
        <translation>要查詢的內容：名稱、電子郵件、電話、城市、標籤或備註的任意部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search every record; one JSON object per line.</source>
        <translation>搜尋所有記錄；每行一個 JSON 物件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search needs the text to look for.</source>
        <translation>search 需要要查詢的文字。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export format: jsonl (the backup format).</source>
        <translation>匯出格式：jsonl（備份格式）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>寫入 FILE 而不是標準輸出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export every record, one JSON object per line, in a stable order.</source>
        <translation>按固定順序匯出所有記錄，每行一個 JSON 物件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown format &quot;%1&quot;; this version exports jsonl.</source>
        <translation>未知格式“%1”；此版本匯出 jsonl。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write to standard output.</source>
        <translation>無法寫入標準輸出。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import format: jsonl (a backup made by export).</source>
        <translation>匯入格式：jsonl（由 export 生成的備份）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to import.</source>
        <translation>要匯入的檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a backup into a new, empty store; all or nothing.</source>
        <translation>將備份還原到新的空資料檔；要麼全部成功，要麼不做任何變更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown format &quot;%1&quot;; this version imports jsonl.</source>
        <translation>未知格式“%1”；此版本匯入 jsonl。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import needs exactly one file.</source>
        <translation>import 只需要一個檔案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>未匯入任何內容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the store: integrity, references, search index and journal.</source>
        <translation>檢查資料檔：完整性、參照、搜尋索引與變更日誌。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>PROBLEM: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>checked: %1</source>
        <translation>已檢查：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>發現 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The store is healthy.</source>
        <translation>資料檔狀況良好。</translation>
    </message>
    <message>
        <location filename="../app/ctl/CtlSupport.cpp" line="+22"/>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try: rapportctl %1 --help</source>
        <translation>請試試：rapportctl %1 --help</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/rapportctl_main.cpp" line="+85"/>
        <source>No store given: use --db FILE.</source>
        <translation>未指定資料庫：請使用 --db FILE。</translation>
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
        <translation>用法：rapportctl --db FILE COMMAND [選項]

命令：
  generate --accounts N [--seed S]  以示範資料填入空白資料檔
  stats                             以 JSON 輸出每種實體的記錄數
  search TEXT                       以 JSON 行輸出符合的記錄
  export --format jsonl [--output FILE]  匯出所有記錄（備份格式）
  import --format jsonl FILE        將備份還原到空白資料檔
  check                             檢查完整性、參照、搜尋索引與變更日誌
  analytics [--section NAME] [--as-of DATE] [--json]  客戶分析報告

使用 rapportctl COMMAND --help 查看命令說明。
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--db needs a file name.</source>
        <translation>--db 需要檔名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown option %1 before the command.</source>
        <translation>命令前有未知選項 %1。</translation>
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
        <translation>報告的截止日期：YYYY-MM-DD 格式的日期、「today」（預設）或「last-order」（最後一筆訂單的日期）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these sections (repeat or separate with commas): %1.</source>
        <translation>僅輸出這些部分（可重複指定或以逗號分隔）：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report in this currency (default: the one with the most orders).</source>
        <translation>報告使用的貨幣（預設：訂單最多的貨幣）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object instead of the text report.</source>
        <translation>輸出一個 JSON 物件，而不是文字報告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in lists of top customers and product pairs.</source>
        <translation>最佳客戶與產品組合清單中的列數。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime value horizon in weeks.</source>
        <translation>客戶終身價值的預測期（週）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual discount rate for lifetime value, e.g. 0.1.</source>
        <translation>計算客戶終身價值的年折現率，例如 0.1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print how long the load and each section took to standard error.</source>
        <translation>將載入及各部分所花的時間輸出到標準錯誤。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer analytics: customer base, cohorts, RFM, lifetime value, customer value, sales, product affinity.</source>
        <translation>客戶分析：客戶群、同期群、RFM、客戶終身價值、客戶價值、銷售、產品關聯。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>非預期的引數「%1」。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown section &quot;%1&quot;; the sections are: %2.</source>
        <translation>未知部分「%1」；可用的部分有：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--as-of needs a date as YYYY-MM-DD, &quot;today&quot; or &quot;last-order&quot;, got &quot;%1&quot;.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期、「today」或「last-order」，收到的是「%1」。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--top needs a positive whole number, got &quot;%1&quot;.</source>
        <translation>--top 需要一個正整數，收到的是「%1」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--horizon-weeks needs a positive whole number, got &quot;%1&quot;.</source>
        <translation>--horizon-weeks 需要一個正整數，收到的是「%1」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--discount needs a rate such as 0.1, got &quot;%1&quot;.</source>
        <translation>--discount 需要一個比率（如 0.1），收到的是「%1」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>未知貨幣「%1」。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>As of</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entry</source>
        <translation>日誌項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders in other currencies (left out)</source>
        <translation>其他貨幣的訂單（未計入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals in other currencies (left out)</source>
        <translation>其他貨幣的商機（未計入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns in other currencies (cost left out)</source>
        <translation>其他貨幣的行銷活動（未計入成本）</translation>
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
        <translation>判定流失的未購買天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active customers</source>
        <translation>活躍客戶</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+305"/>
        <location line="+202"/>
        <source>By month</source>
        <translation>依月</translation>
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
        <translation>期初活躍</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>New</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Returning</source>
        <translation>回購</translation>
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
        <translation>期末活躍</translation>
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
        <translation>依首次購買後月數統計的留存</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Revenue per customer</source>
        <translation>每位客戶營收</translation>
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
        <translation>客戶佔比</translation>
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
        <translation>營收</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Share of revenue</source>
        <translation>營收佔比</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Score ranges (5 = best)</source>
        <translation>評分區間（5 = 最佳）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recency from</source>
        <translation>最近消費天數自</translation>
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
        <translation>消費頻率自</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monetary from</source>
        <translation>消費金額自</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+69"/>
        <source>Log-likelihood</source>
        <translation>對數概似</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Last 12 months by source and account type</source>
        <translation>近 12 個月按來源和客戶類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>維度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>分組</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cohorts pooled</source>
        <translation>合併的同期群數</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <location line="+216"/>
        <source>Converged</source>
        <translation>已收斂</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Customers still buying, by months since the first purchase</source>
        <translation>仍在購買的客戶（按首次購買後的月數）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed</source>
        <translation>實際</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>預測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected share</source>
        <translation>預測占比</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Iterations</source>
        <translation>迭代次數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repeat customers</source>
        <translation>回購客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat transactions</source>
        <translation>重複交易</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BG/NBD (weeks)</source>
        <translation>BG/NBD（週）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean spend per purchase</source>
        <translation>平均每次購買金額</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Horizon (weeks)</source>
        <translation>預測期（週）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual discount rate</source>
        <translation>年折現率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expected value of all customers</source>
        <translation>全部客戶的預期價值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Top customers by lifetime value</source>
        <translation>客戶終身價值最高的客戶</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+175"/>
        <source>Lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Expected purchases</source>
        <translation>預期購買次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected spend</source>
        <translation>預期消費金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+156"/>
        <location line="+13"/>
        <source>Value at risk</source>
        <translation>風險價值</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Revenue share of the top 20 %</source>
        <translation>前 20% 客戶的營收佔比</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>Profit</source>
        <translation>利潤</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Profit peaks after customers</source>
        <translation>利潤達到峰值時的客戶數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit at the peak</source>
        <translation>峰值利潤佔比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost to serve prospects</source>
        <translation>潛在客戶的服務成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by decile</source>
        <translation>依十分位的營收</translation>
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
        <translation>佔比</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Profit by decile</source>
        <translation>依十分位的利潤</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Top customers by profit</source>
        <translation>利潤最高的客戶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost of goods</source>
        <translation>銷貨成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost to serve</source>
        <translation>服務成本</translation>
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
        <translation>成長率（%）</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Partial</source>
        <translation>未完整</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>By category, last 12 months</source>
        <translation>依類別（最近 12 個月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Minimum support</source>
        <translation>最小支持度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products bought by the same customers</source>
        <translation>同一批客戶購買的產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product A</source>
        <translation>產品 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product B</source>
        <translation>產品 B</translation>
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
        <translation>有流失風險的客戶</translation>
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
        <translation>贏單</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Lost</source>
        <comment>deals</comment>
        <translation>輸單</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Win rate</source>
        <translation>贏單率</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Average days to close</source>
        <translation>平均成交天數</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Average won deal</source>
        <translation>平均贏單金額</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+19"/>
        <source>Open amount</source>
        <translation>未結商機金額</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>Weighted forecast</source>
        <translation>加權預測</translation>
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
        <translation>銷售管道</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Deals</source>
        <translation>商機數</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>To next stage</source>
        <translation>進入下一階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To won</source>
        <translation>贏單轉換</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast by month</source>
        <translation>按月預測</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Per owner</source>
        <translation>按負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All campaigns</source>
        <translation>全部行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>已回應</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response rate</source>
        <translation>回應率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rate</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI</source>
        <translation>投資報酬率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per new customer</source>
        <translation>每位新客戶成本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open cases</source>
        <translation>未結案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated cases</source>
        <translation>已評分案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Average satisfaction</source>
        <translation>平均滿意度</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Opened</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median hours to resolve</source>
        <translation>解決時長中位數（小時）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within service level</source>
        <translation>服務等級內</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts with repeated complaints</source>
        <translation>重複投訴的客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer base</source>
        <translation>客戶群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention projection (sBG)</source>
        <translation>留存預測（sBG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer value and profit</source>
        <translation>客戶價值與利潤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales against last year</source>
        <translation>營收與去年比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product affinity</source>
        <translation>產品關聯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk</source>
        <translation>流失風險</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>客戶服務</translation>
    </message>
</context>
</TS>
