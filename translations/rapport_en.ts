<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChurnRisk</name>
    <message numerus="yes">
        <location filename="../models/analytics/ChurnRisk.cpp" line="+130"/>
        <source>No purchase for %n day(s); usually every %1.</source>
        <translation>
            <numerusform>No purchase for %n day; usually every %1.</numerusform>
            <numerusform>No purchase for %n days; usually every %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n purchase(s) in the last %1, %2 in the %1 before.</source>
        <translation>
            <numerusform>%n purchase in the last %1, %2 in the %1 before.</numerusform>
            <numerusform>%n purchases in the last %1, %2 in the %1 before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open case(s), %1 overdue.</source>
        <translation>
            <numerusform>%n open case, %1 overdue.</numerusform>
            <numerusform>%n open cases, %1 overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open case(s).</source>
        <translation>
            <numerusform>%n open case.</numerusform>
            <numerusform>%n open cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortSurvival</name>
    <message numerus="yes">
        <location filename="../models/analytics/CohortSurvival.cpp" line="+33"/>
        <source>No cohort has %n complete month(s) of history yet.</source>
        <translation>
            <numerusform>No cohort has %n complete month of history yet.</numerusform>
            <numerusform>No cohort has %n complete months of history yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../models/store/PipelineRepository.cpp" line="+129"/>
        <source>The stage &quot;%1&quot; still holds %n opportunities; move them first.</source>
        <translation>
            <numerusform>The stage &quot;%1&quot; still holds %n opportunity; move it first.</numerusform>
            <numerusform>The stage &quot;%1&quot; still holds %n opportunities; move them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::AccountFiguresPanel</name>
    <message numerus="yes">
        <location filename="../ui/editors/record/AccountFiguresPanel.cpp" line="+64"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::AttributionDialog</name>
    <message numerus="yes">
        <location filename="../ui/editors/AttributionDialog.cpp" line="+100"/>
        <source>Attribute %n</source>
        <translation>
            <numerusform>Attribute %n</numerusform>
            <numerusform>Attribute %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/lists/BulkEditDialog.cpp" line="+37"/>
        <source>Edit %n record(s)</source>
        <translation>
            <numerusform>Edit %n record</numerusform>
            <numerusform>Edit %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Apply to %n record(s)</source>
        <translation>
            <numerusform>Apply to %n record</numerusform>
            <numerusform>Apply to %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Edit %1 of %n record(s)</source>
        <translation>
            <numerusform>Edit %1 of %n record</numerusform>
            <numerusform>Edit %1 of %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CampaignAttributionView</name>
    <message numerus="yes">
        <location filename="../ui/pages/CampaignAttributionView.cpp" line="+141"/>
        <source>%Ln opportunity(ies)</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Attribute %n record(s) to %1</source>
        <translation>
            <numerusform>Attribute %n record to %1</numerusform>
            <numerusform>Attribute %n records to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) credited to %1.</source>
        <translation>
            <numerusform>%n record credited to %1.</numerusform>
            <numerusform>%n records credited to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Remove the credit of %n record(s) from %1</source>
        <translation>
            <numerusform>Remove the credit of %n record from %1</numerusform>
            <numerusform>Remove the credit of %n records from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CampaignDashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/CampaignDashboardPage.cpp" line="+128"/>
        <source>%1
Revenue %2, cost %3
ROI %4; %Ln new customer(s)</source>
        <translation>
            <numerusform>%1
Revenue %2, cost %3
ROI %4; %Ln new customer</numerusform>
            <numerusform>%1
Revenue %2, cost %3
ROI %4; %Ln new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The %n campaign(s) with the most revenue; click a bar for the customers it acquired.</source>
        <translation>
            <numerusform>The %n campaign with the most revenue; click a bar for the customers it acquired.</numerusform>
            <numerusform>The %n campaigns with the most revenue; click a bar for the customers it acquired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a known cost (no ROI) not shown.</source>
        <translation>
            <numerusform>%n without a known cost (no ROI) not shown.</numerusform>
            <numerusform>%n without a known cost (no ROI) not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CampaignDetailPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/CampaignDetailPanel.cpp" line="+216"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CampaignMembersView</name>
    <message numerus="yes">
        <location filename="../ui/pages/CampaignMembersView.cpp" line="+199"/>
        <source>Add %n member(s) to %1</source>
        <translation>
            <numerusform>Add %n member to %1</numerusform>
            <numerusform>Add %n members to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln member(s) added; %1 had joined or been deleted meanwhile.</source>
        <translation>
            <numerusform>%Ln member added; %1 had joined or been deleted meanwhile.</numerusform>
            <numerusform>%Ln members added; %1 had joined or been deleted meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln member(s) added. Undo removes them all.</source>
        <translation>
            <numerusform>%Ln member added. Undo removes it.</numerusform>
            <numerusform>%Ln members added. Undo removes them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Mark %n member(s) sent</source>
        <translation>
            <numerusform>Mark %n member sent</numerusform>
            <numerusform>Mark %n members sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Record %n conversion(s)</source>
        <translation>
            <numerusform>Record %n conversion</numerusform>
            <numerusform>Record %n conversions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Record %n response(s)</source>
        <translation>
            <numerusform>Record %n response</numerusform>
            <numerusform>Record %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Remove %n member(s) from the campaign? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Remove %n member from the campaign? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Remove %n members from the campaign? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n campaign member(s)</source>
        <translation>
            <numerusform>Remove %n campaign member</numerusform>
            <numerusform>Remove %n campaign members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CaseDetailPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/CaseDetailPanel.cpp" line="+48"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+432"/>
        <source>Case resolved; a follow-up call is due in %n day(s).</source>
        <translation>
            <numerusform>Case resolved; a follow-up call is due in %n day.</numerusform>
            <numerusform>Case resolved; a follow-up call is due in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>A follow-up call is due in %n day(s).</source>
        <translation>
            <numerusform>A follow-up call is due in %n day.</numerusform>
            <numerusform>A follow-up call is due in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CaseEditor</name>
    <message numerus="yes">
        <location filename="../ui/editors/CaseEditor.cpp" line="+216"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ChurnPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/ChurnPage.cpp" line="+175"/>
        <source>%1 %2: %Ln customer(s)</source>
        <translation>
            <numerusform>%1 %2: %Ln customer</numerusform>
            <numerusform>%1 %2: %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %Ln active customer(s)</source>
        <translation>
            <numerusform>%1: %Ln active customer</numerusform>
            <numerusform>%1: %Ln active customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Lost: no purchase for %n day(s).</source>
        <translation>
            <numerusform>Lost: no purchase for %n day.</numerusform>
            <numerusform>Lost: no purchase for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1: churn %2, retention %3 (%Ln lost)</source>
        <translation>
            <numerusform>%1: churn %2, retention %3 (%Ln lost)</numerusform>
            <numerusform>%1: churn %2, retention %3 (%Ln lost)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CohortHeatMap</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/CohortHeatMap.cpp" line="+49"/>
        <source>%1 (%Ln)</source>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Cohort %1, month %2: %Ln customer(s) bought, %3 of the cohort; revenue %4%5</source>
        <translation>
            <numerusform>Cohort %1, month %2: %Ln customer bought, %3 of the cohort; revenue %4%5</numerusform>
            <numerusform>Cohort %1, month %2: %Ln customers bought, %3 of the cohort; revenue %4%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::DashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/DashboardPage.cpp" line="+122"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the cost of %n campaign(s)</source>
        <translation>
            <numerusform>the cost of %n campaign</numerusform>
            <numerusform>the cost of %n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/DrillDownDialog.cpp" line="+55"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::LoyaltyPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/LoyaltyPage.cpp" line="+138"/>
        <source>%1: %Ln customer(s)
Revenue in the period %2 (%3 of the period&apos;s)
Revenue to date %4 (%5 of all)</source>
        <translation>
            <numerusform>%1: %Ln customer
Revenue in the period %2 (%3 of the period&apos;s)
Revenue to date %4 (%5 of all)</numerusform>
            <numerusform>%1: %Ln customers
Revenue in the period %2 (%3 of the period&apos;s)
Revenue to date %4 (%5 of all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%Ln cohort(s) pooled; sBG α = %1, β = %2%3</source>
        <translation>
            <numerusform>%Ln cohort pooled; sBG α = %1, β = %2%3</numerusform>
            <numerusform>%Ln cohorts pooled; sBG α = %1, β = %2%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MemberPlanDialog</name>
    <message numerus="yes">
        <location filename="../ui/editors/MemberPlanDialog.cpp" line="+21"/>
        <source>%Ln contact(s) in %1.</source>
        <translation>
            <numerusform>%Ln contact in %1.</numerusform>
            <numerusform>%Ln contacts in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln will be added.</source>
        <translation>
            <numerusform>%Ln will be added.</numerusform>
            <numerusform>%Ln will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln left out:</source>
        <translation>
            <numerusform>%Ln left out:</numerusform>
            <numerusform>%Ln left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %Ln Member(s)</source>
        <translation>
            <numerusform>Add %Ln Member</numerusform>
            <numerusform>Add %Ln Members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MemberProgressDialog</name>
    <message numerus="yes">
        <location filename="../ui/editors/MemberProgressDialog.cpp" line="+22"/>
        <source>When was the campaign sent to the %n selected member(s)?</source>
        <translation>
            <numerusform>When was the campaign sent to the %n selected member?</numerusform>
            <numerusform>When was the campaign sent to the %n selected members?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>When did the %n selected member(s) convert (buy, sign up)?</source>
        <translation>
            <numerusform>When did the %n selected member convert (buy, sign up)?</numerusform>
            <numerusform>When did the %n selected members convert (buy, sign up)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>When did the %n selected member(s) respond?</source>
        <translation>
            <numerusform>When did the %n selected member respond?</numerusform>
            <numerusform>When did the %n selected members respond?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MoneyEdit</name>
    <message numerus="yes">
        <location filename="../ui/editors/fields/MoneyEdit.cpp" line="+86"/>
        <source>&quot;%1&quot; is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>&quot;%1&quot; is not an amount in %2 (at most %n decimal).</numerusform>
            <numerusform>&quot;%1&quot; is not an amount in %2 (at most %n decimals).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::OpenActivitiesView</name>
    <message numerus="yes">
        <location filename="../ui/pages/OpenActivitiesView.cpp" line="+60"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+326"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PipelineDashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/PipelineDashboardPage.cpp" line="+177"/>
        <source>%1: %Ln deal(s) reached it</source>
        <translation>
            <numerusform>%1: %Ln deal reached it</numerusform>
            <numerusform>%1: %Ln deals reached it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln won and %1 lost of these deals.</source>
        <translation>
            <numerusform>%Ln won and %1 lost of these deals.</numerusform>
            <numerusform>%Ln won and %1 lost of these deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1 (%Ln deal(s))</source>
        <translation>
            <numerusform>%1 (%Ln deal)</numerusform>
            <numerusform>%1 (%Ln deals)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%1: %Ln open deal(s)
Amount %2, weighted %3</source>
        <translation>
            <numerusform>%1: %Ln open deal
Amount %2, weighted %3</numerusform>
            <numerusform>%1: %Ln open deals
Amount %2, weighted %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PipelinePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/PipelinePage.cpp" line="+175"/>
        <source>Closed in the last %n days</source>
        <translation>
            <numerusform>Closed in the last %n day</numerusform>
            <numerusform>Closed in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::QuickOpenDialog</name>
    <message numerus="yes">
        <location filename="../ui/shell/QuickOpenDialog.cpp" line="+90"/>
        <source>%n result(s); ↑↓ to choose, Enter to open</source>
        <translation>
            <numerusform>%n result; ↑↓ to choose, Enter to open</numerusform>
            <numerusform>%n results; ↑↓ to choose, Enter to open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RecordListView</name>
    <message numerus="yes">
        <location filename="../ui/lists/RecordListView.cpp" line="+250"/>
        <source>The %n best matches; type more to narrow the search.</source>
        <translation>
            <numerusform>The %n best match; type more to narrow the search.</numerusform>
            <numerusform>The %n best matches; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) shown; scroll for more.</source>
        <translation>
            <numerusform>%n record shown; scroll for more.</numerusform>
            <numerusform>%n records shown; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected.</source>
        <translation>
            <numerusform>%n selected.</numerusform>
            <numerusform>%n selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Delete %n record(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n record? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n records? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ServiceDashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/ServiceDashboardPage.cpp" line="+148"/>
        <source>%1: %Ln case(s) opened</source>
        <translation>
            <numerusform>%1: %Ln case opened</numerusform>
            <numerusform>%1: %Ln cases opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %Ln case(s) resolved</source>
        <translation>
            <numerusform>%1: %Ln case resolved</numerusform>
            <numerusform>%1: %Ln cases resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>Rated %1: %Ln case(s)</source>
        <translation>
            <numerusform>Rated %1: %Ln case</numerusform>
            <numerusform>Rated %1: %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Average %1 from %Ln rated case(s).</source>
        <translation>
            <numerusform>Average %1 from %Ln rated case.</numerusform>
            <numerusform>Average %1 from %Ln rated cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ValuePage</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/ValuePage.cpp" line="+127"/>
        <source>The %n most profitable customer(s)</source>
        <translation>
            <numerusform>The most profitable customer</numerusform>
            <numerusform>The %n most profitable customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>The %n customer(s) with the most revenue</source>
        <translation>
            <numerusform>The customer with the most revenue</numerusform>
            <numerusform>The %n customers with the most revenue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The top 20% of customers (%Ln) bring %1 of the revenue.</source>
        <translation>
            <numerusform>The top 20% of customers (%Ln) bring %1 of the revenue.</numerusform>
            <numerusform>The top 20% of customers (%Ln) bring %1 of the revenue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The most profitable %Ln customer(s) earn %1 of the total profit; the rest give back the difference.</source>
        <translation>
            <numerusform>The most profitable %Ln customer earns %1 of the total profit; the rest give back the difference.</numerusform>
            <numerusform>The most profitable %Ln customers earn %1 of the total profit; the rest give back the difference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Decile %1: %Ln customer(s), %2 (%3)</source>
        <translation>
            <numerusform>Decile %1: %Ln customer, %2 (%3)</numerusform>
            <numerusform>Decile %1: %Ln customers, %2 (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::VisitsDueView</name>
    <message numerus="yes">
        <location filename="../ui/pages/VisitsDueView.cpp" line="+215"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n city(s)</source>
        <translation>
            <numerusform>%n city</numerusform>
            <numerusform>%n cities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapportctl</name>
    <message numerus="yes">
        <location filename="../app/ctl/CtlCommands.cpp" line="+224"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
</TS>
