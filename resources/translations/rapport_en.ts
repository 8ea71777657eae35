<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChurnReasonListDialog</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) left for &quot;%1&quot;. Merge it into another reason instead (Rename or Merge…), so that they keep one.</source>
        <translation>
            <numerusform>%n customer left for &quot;%1&quot;. Merge it into another reason instead (Rename or Merge…), so that they keep one.</numerusform>
            <numerusform>%n customers left for &quot;%1&quot;. Merge it into another reason instead (Rename or Merge…), so that they keep one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChurnTab</name>
    <message numerus="yes">
        <source>%1 · %2: %Ln customer(s) left; %3 came back within 180 days (win-back rate %4).</source>
        <translation>
            <numerusform>%1 · %2: %Ln customer left; %3 came back within 180 days (win-back rate %4).</numerusform>
            <numerusform>%1 · %2: %Ln customers left; %3 came back within 180 days (win-back rate %4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortTableModel</name>
    <message numerus="yes">
        <source>%1 of the %Ln customer(s) who first bought in %2 bought again %3 month(s) later</source>
        <translation>
            <numerusform>%1 of the %Ln customer who first bought in %2 bought again %3 month(s) later</numerusform>
            <numerusform>%1 of the %Ln customers who first bought in %2 bought again %3 month(s) later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>%n e-mail address(es) do not look valid and were kept as they are (line %1)</source>
        <translation>
            <numerusform>%n e-mail address does not look valid and was kept as it is (line %1)</numerusform>
            <numerusform>%n e-mail addresses do not look valid and were kept as they are (lines %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardReportBuilder</name>
    <message numerus="yes">
        <source>The follow-up rate is provisional: %Ln purchase(s) have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</source>
        <translation>
            <numerusform>The follow-up rate is provisional: %Ln purchase has no follow-up yet but is still inside its follow-up window, so the rate can still rise.</numerusform>
            <numerusform>The follow-up rate is provisional: %Ln purchases have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <source>%Ln record(s).</source>
        <translation>
            <numerusform>%Ln record.</numerusform>
            <numerusform>%Ln records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <source>%Ln finding(s) in %1, compared with %2 (worked out in %3 s).</source>
        <translation>
            <numerusform>%Ln finding in %1, compared with %2 (worked out in %3 s).</numerusform>
            <numerusform>%Ln findings in %1, compared with %2 (worked out in %3 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalConflictDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message numerus="yes">
        <source>A check-in is due every %Ln day(s).</source>
        <translation>
            <numerusform>A check-in is due every %Ln day.</numerusform>
            <numerusform>A check-in is due every %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message numerus="yes">
        <source>%Ln goal(s) with an overdue check-in.</source>
        <translation>
            <numerusform>%Ln goal with an overdue check-in.</numerusform>
            <numerusform>%Ln goals with an overdue check-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message numerus="yes">
        <source>Choose a file column for %1: required, every row must have it.</source>
        <translation>
            <numerusform>Choose a file column for %1: required, every row must have it.</numerusform>
            <numerusform>Choose a file column for %1: required, every row must have it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message numerus="yes">
        <source>%Ln interaction(s), newest first.</source>
        <translation>
            <numerusform>%Ln interaction, newest first.</numerusform>
            <numerusform>%Ln interactions, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln interaction(s) are shown; scroll down for older ones.</source>
        <translation>
            <numerusform>The newest %Ln interaction is shown; scroll down for older ones.</numerusform>
            <numerusform>The newest %Ln interactions are shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListExportFlow</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln overdue follow-up(s) (Ctrl+4)</source>
        <translation>
            <numerusform>%Ln overdue follow-up (Ctrl+4)</numerusform>
            <numerusform>%Ln overdue follow-ups (Ctrl+4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanConflictDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln retired</source>
        <translation>
            <numerusform>, %Ln retired</numerusform>
            <numerusform>, %Ln retired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireWizard</name>
    <message numerus="yes">
        <source>There are %Ln statement(s). Answer how you actually work, not how you would like to; every answer you save is kept so you can see your change over time.</source>
        <translation>
            <numerusform>There is %Ln statement. Answer how you actually work, not how you would like to; every answer you save is kept so you can see your change over time.</numerusform>
            <numerusform>There are %Ln statements. Answer how you actually work, not how you would like to; every answer you save is kept so you can see your change over time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCollector</name>
    <message numerus="yes">
        <source>The follow-up rate of %1 is provisional: %Ln purchase(s) have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</source>
        <translation>
            <numerusform>The follow-up rate of %1 is provisional: %Ln purchase has no follow-up yet but is still inside its follow-up window, so the rate can still rise.</numerusform>
            <numerusform>The follow-up rate of %1 is provisional: %Ln purchases have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote the %1 report for %2 to %3 (%Ln finding(s)).
</source>
        <translation>
            <numerusform>Wrote the %1 report for %2 to %3 (%Ln finding).
</numerusform>
            <numerusform>Wrote the %1 report for %2 to %3 (%Ln findings).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln response</numerusform>
            <numerusform>%Ln responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message numerus="yes">
        <source>Only %Ln CSAT response(s) in this period: too few to judge. The 95% interval shows how uncertain the figure is.</source>
        <translation>
            <numerusform>Only %Ln CSAT response in this period: too few to judge. The 95% interval shows how uncertain the figure is.</numerusform>
            <numerusform>Only %Ln CSAT responses in this period: too few to judge. The 95% interval shows how uncertain the figure is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisional: %Ln purchase(s) of this period have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</source>
        <translation>
            <numerusform>Provisional: %Ln purchase of this period has no follow-up yet but is still inside its follow-up window, so the rate can still rise.</numerusform>
            <numerusform>Provisional: %Ln purchases of this period have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your percentile among %n rep(s)</source>
        <translation>
            <numerusform>Your percentile among %n rep</numerusform>
            <numerusform>Your percentile among %n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinBackView</name>
    <message numerus="yes">
        <source>%Ln customer(s) left in the last twelve months and have not bought since: those who spent most in their last year first.</source>
        <translation>
            <numerusform>%Ln customer left in the last twelve months and has not bought since.</numerusform>
            <numerusform>%Ln customers left in the last twelve months and have not bought since: those who spent most in their last year first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::core::ChurnReasonService</name>
    <message numerus="yes">
        <source>%n customer(s) left for &quot;%1&quot;: merge it into another reason instead, so that they keep one.</source>
        <translation>
            <numerusform>%n customer left for &quot;%1&quot;: merge it into another reason instead, so that they keep one.</numerusform>
            <numerusform>%n customers left for &quot;%1&quot;: merge it into another reason instead, so that they keep one.</numerusform>
        </translation>
    </message>
</context>
</TS>
