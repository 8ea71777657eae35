<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least (&gt;=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most (&lt;=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the plan changes (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dime&amp;nsion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanTracker</name>
    <message>
        <source>There is too little data to judge: %1 record(s) before the start and %2 during the plan, at least %3 are needed on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It worked: %1 moved from %2 to %3 (%4), reaching the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It worked: %1 moved from %2 to %3 (%4), though short of the target %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not move the metric: %1 was %2 before and %3 during the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric moved the wrong way: %1 went from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPlanItemCommand</name>
    <message>
        <source>Add the step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the colours of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortTableModel</name>
    <message numerus="yes">
        <source>%1 of the %n customer(s) who first bought in %2 bought again %3 month(s) later</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsChart</name>
    <message>
        <source>Complaints by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by category chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per month, stacked by category; click a bar, or pick a month with the arrow keys and press Enter, to see its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints in %1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints in %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Press Enter to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints (count)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpCommand</name>
    <message>
        <source>Follow up with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;name from the PostgreSQL service file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, 192.0.2.7 or /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your system login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable: never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer: encrypt when the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require: always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify CA: encrypt, check the certificate&apos;s issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify full: encrypt, check issuer and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of ~/.pg_service.conf, e.g. rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS/SSL &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is asked for only if the server wants one that is not in ~/.pgpass, PGPASSWORD or the service file. It is kept in memory while Rapport runs and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a service to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the server&apos;s host and the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Team Ser&amp;vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the team&apos;s book on a PostgreSQL server (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a team server by host and database, or by service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team server was lost. Rapport reconnects by itself; changes cannot be saved until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCustomerCommand</name>
    <message>
        <source>Add customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateGoalCommand</name>
    <message>
        <source>Add goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePlanCommand</name>
    <message>
        <source>New plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCompleter</name>
    <message>
        <source>Please choose the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers match “%1”: please pick one from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCompletionModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerConflictDialog</name>
    <message>
        <source>Customer Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved &lt;b&gt;%1&lt;/b&gt; while you were editing it, with other values in the fields below. Nothing of yours has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to other fields are saved either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Their Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mine Over Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer s&amp;ince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s identifier in your other systems; it must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer cannot have been acquired after they churned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another customer already has the number “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the customers whose name, company or e-mail contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customers of one rep only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers, churned customers or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records now as the time the selected complaint was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;urveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open com&amp;plaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected customer stopped buying, or that they are back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected customer with their whole history (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The customer list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer in the list to see their data and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with all their interactions, survey responses and follow-ups?
You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPictureWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>The whole team, one rep&apos;s customers or one segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures and charts as a picture or a PDF document, or print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Picture (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% / points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per active customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a rep, or press Enter, to see the records behind their figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends, team and cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each month&apos;s new buyers who bought again 0, 1, 2… months later. Rows: first-purchase month (cohort size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up to %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running: each change compares it so far with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional: %1 still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases of this period with no follow-up yet that are still inside their follow-up window: %1. Until those windows close, the rate can still rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses for %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport dashboard %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>The connection to the team server is lost: nothing was read or saved. Rapport reconnects by itself; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCustomerCommand</name>
    <message>
        <source>Delete customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteGoalCommand</name>
    <message>
        <source>Delete goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records; the newest %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCustomerCommand</name>
    <message>
        <source>Someone else changed %1 of %2 since; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditGoalCommand</name>
    <message>
        <source>Edit goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete quarter, month or year; it is compared with the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose customers the findings look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the findings out again from the data as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;plan from this finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the self-assessment report of this period and scope as PDF or HTML: figures, charts, findings, questionnaire profiles, goals and action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to look for findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings are worked out when this page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for findings in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings in %1: nothing changed or stood out by more than chance would explain (worked out in %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty list is a result too: the rules only speak up when the data is strong enough. Try a longer period or the whole team for more data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1, compared with %2 (worked out in %3 s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength (z):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may explain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>For example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaire has been taken yet, so there is no self-view to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Due today or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a &amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which follow-ups to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a follow-up interaction with this customer now and close the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the task to one day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the task to one week later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this customer&apos;s data and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-ups could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are (Session › Switch Rep…) to see your follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open follow-ups. Follow-ups you plan when logging an interaction appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, %2 due later today, %3 in the next 7 days, %4 later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCheckInDialog</name>
    <message>
        <source>Check In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure you are of reaching the target, from 0 (not at all) to 10 (certain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moved, what is in the way, what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>KPI Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep or segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-Q3, 2026-09, 2026 or 2026-07-01..2026-10-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year, quarter or month, or a range whose end day is excluded (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the metric stood when the goal was set; progress counts from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in cadence in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit KPI goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least (&gt;=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most (&lt;=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the goal a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the rep or segment the goal is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (projected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A check-in is due every %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet for this metric in the elapsed part of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a target for a metric over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected goal (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where the selected goal stands now and how confident you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected goal and its check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins of the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) with an overdue check-in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No goals yet. Create one with “New goal…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the goal “%1” and its check-ins?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row, as described in the import and export guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reps and customers before interactions and survey responses: those name a customer by its external_id, and it must already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose a CSV file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open database itself, not a CSV file: choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: its first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind was guessed from the columns and the file name; change it if it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import needs a database file; an in-memory database cannot be reached from the import&apos;s thread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column of your file holds each of Rapport&apos;s columns. Columns of the file that are not chosen anywhere are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file and what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport&apos;s column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: every row must have a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: leave it as &quot;not in file&quot; if your file has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file column &quot;%1&quot; is chosen for both %2 and %3: a column can fill only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a file column for %1: required, every row must have it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file has two columns named &quot;%1&quot;: rename one of them in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column of the file is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns of the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happens when a row of the file is invalid, then start the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject the whole file: import nothing if any row is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safe choice: correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the invalid rows and import the valid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary lists the skipped rows with their line numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows already in the database (the same external_id) are updated to what the file says; importing the same file twice adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;An import cannot be undone.&lt;/b&gt; Edit › Undo does not reach it. If you might want to go back, make a backup first with File › Back Up Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can cancel while it runs: the database then stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first line is longer than %1 KiB: is it a CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: its first line must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file, checked as the import will check them. Invalid rows are tinted; point at one to read its problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;only invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the first rows of the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be checked: %1
If another import is running, wait for it to finish, then go back and come to this page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No whole row was found at the start of the file (is a quote not closed?), so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows are all valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows of the file are valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the first %2 rows are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 rows of the file are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is checked when it is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the file is checked when it is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read, checked and written in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import: nothing of this file is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (line: column: reason):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list of problems to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was rejected: it cannot be read as a whole. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was rejected: it has invalid rows (%1, listed below). Nothing was written. Correct them and import the file again, or import it skipping the invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was imported without its invalid rows (%1 skipped, listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <source>Resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customer or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search interactions by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the interactions of customers whose name or company contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one kind of interaction only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interactions one rep logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show interactions on or after this day (Any: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show interactions up to and including this day (Any: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected interaction&apos;s customer with their data and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n interaction(s) are shown; scroll down for older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListExportFlow</name>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1: %2 of %3 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1: %2 rows so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInteractionCommand</name>
    <message>
        <source>Log %1, follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, company or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing and pick the customer from the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time; now unless you change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 19.99 (negative for a refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase amount, with a dot and at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. delivery, billing, quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the complaint or support request is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records now as the time the complaint was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a follow-up task for you, due on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the customer&apos;s open follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks this customer&apos;s open follow-up done by the interaction you log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete the follow-up due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete the follow-up “%1” due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date is before the interaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the parts of Rapport (Ctrl+1 to Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key figures (sales, satisfaction, complaints, retention) and their trends will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reps, customers, interactions or survey responses from a CSV file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records from a CSV file, checked row by row before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport This List as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows this list shows, with its filters and order, as a CSV file (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customers, interactions or survey responses listed on this page as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, e-mail, meeting, purchase or complaint (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Customer &amp;Churned or Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Survey Response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a CSAT, NPS or CES answer (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch Rep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is working: logged interactions and follow-ups are theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All Records as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Survey Responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport could not connect to the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded for this version of Rapport; the old file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of reps could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Rapport Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Rapport Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactions</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey-responses</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export This List as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rapport&lt;/b&gt; %1&lt;br&gt;A CRM workbench for measuring, reflecting and improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server: %1 (connection lost, reconnecting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-up(s) (Ctrl+4)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricFormat</name>
    <message>
        <source>Rep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricTile</name>
    <message>
        <source>Double-click, or press Enter, to see the records behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this period and scope: nothing to compute %1 from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous period has no value to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (worse)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthAxis</name>
    <message>
        <source>Month (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day of the month, quarter or year to show; the first day of a custom range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the custom range (included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDetailDialog</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a step when it is done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step toward the plan, e.g. “Draft the call script”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is it going? What got in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the plan&apos;s metric stands now, if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the plan&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, check-ins and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark co&amp;mpleted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bandon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, check in every %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire&apos;s “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress cannot be measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed on %2, figures as of then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: baseline %2%3, now %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (set in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (measured before the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expected by now: %1% of the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet: break the action into steps you can tick off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck-ins (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; leave the value empty or type one such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note or a value to record a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon the plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the plan complete? (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the plan given up? (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the plan taken up again? (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed: a reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Opening %1…
A database from an older version of Rapport is upgraded first; a copy of the old file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireWizard</name>
    <message>
        <source>Questionnaire: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n statement(s). Answer how you actually work, not how you would like to; every answer you save is kept so you can see your change over time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one answer for each statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in, so the answers were not saved. Choose a rep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers could not be scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the earlier assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers were saved but could not be scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: you gave the same answer to every statement. The scores below may not reflect how you work; consider taking the questionnaire again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaknesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with your previous answers of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCheckInCommand</name>
    <message>
        <source>Record a check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordGoalCheckInCommand</name>
    <message>
        <source>Check in on goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSurveyCommand</name>
    <message>
        <source>Record %1 response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionView</name>
    <message>
        <source>strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blind spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questionnaire profile and what the data says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your own habits; the answers are set beside what the data shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for a &amp;weak dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an action plan: a step, a metric to move, a target and a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a plan or press Enter to see its steps, check-ins and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your questionnaire profile and what the data says&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Action plans&lt;/b&gt; (double-click one to follow it up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a rep to see your reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not taken the questionnaire yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the same answer was given to every statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plans could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action plans yet: start one from a weak dimension, a finding or with New plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your view against the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing your answers with the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your view against the data, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest profile shows no weak dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepPicker</name>
    <message>
        <source>Switch Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no reps yet. Import a reps file or create the demo database to add some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Is Working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions you log and follow-ups you see are this rep&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSaver</name>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the figures and findings of %1 for the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveComplaintCommand</name>
    <message>
        <source>Resolve complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Send the revised quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how the onboarding went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the replacement arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thirty minutes each Friday afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a follow-up date on every purchase before closing the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the overdue follow-ups every Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the team lead to review the list once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up dates set on every purchase since the start; Fridays slip when the week is busy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnectFlow</name>
    <message>
        <source>Connecting to the team server %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server did not accept the password for %1.
Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 asks for a password.
Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPlanItemDoneCommand</name>
    <message>
        <source>Tick “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartCheck</name>
    <message>
        <source>There is no concrete action: say what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is too vague: describe what will be done in at least %2 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owns the plan: name the rep responsible for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric is named: choose the figure the plan should move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric with a single value (see the metrics contract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no numeric target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction &quot;%1&quot; is neither &quot;&gt;=&quot; (at least) nor &quot;&lt;=&quot; (at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope is a %1 but does not say which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be judged without a numeric target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target of %1 can never be reached: %2 runs from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history of %1 for %2 to judge the target against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 is beyond the best value ever reached for %2 (%3): check that it is realistic or plan it in steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline %1 already reaches the target %2: the plan asks for no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is linked to neither a finding nor a questionnaire dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension of the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weakness in the owner&apos;s latest questionnaire profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline %1 is not after the start %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan ends before its first check-in (every %1 days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeFollowUpCommand</name>
    <message>
        <source>Snooze follow-up with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, company or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing and pick the customer from the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT: satisfaction 1–5. NPS: likelihood to recommend 0–10. CES: effort 1–7, lower is easier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. delivery, support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the response is about (optional); the list below can be filtered by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the response with today&apos;s date (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sur&amp;vey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by customer or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 very dissatisfied … 5 very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 would not recommend … 10 would surely recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 very easy … 7 very hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey responses could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source> (too few)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n CSAT response(s) in this period: too few to judge. The 95% interval shows how uncertain the figure is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional: %1 purchase(s) of this period have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilson 95% interval of the CSAT share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly values of the last twelve months; click a point, or move to it with the arrow keys and press Enter, to see its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Press Enter to see its records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <source>“%1” could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rapport: smoke test failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dialog opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window did not open within a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main window was not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rapport: smoke test passed: the main window showed every page on a new database
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rapport: smoke test failed: no temporary folder
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport, a CRM reflection workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of each screen to DIR and quit (use a throwaway database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretend it is this UTC instant (for screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the main window offscreen on a new temporary database, show every page and quit: exit status 0 when all went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open (default: your own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now must be an instant like 2026-06-30T15:00:00Z
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::app</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer at the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::app::DrillDownDialog</name>
    <message>
        <source>Records behind %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::app::planText</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not move the metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved the wrong way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::core::MetricCatalogue</name>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean CSAT score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per paying customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours to resolve a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
