<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation>Neuer Aktionsplan</translation>
    </message>
    <message>
        <source>(choose a metric)</source>
        <translation>(Kennzahl wählen)</translation>
    </message>
    <message>
        <source>at least (&gt;=)</source>
        <translation>mindestens (&gt;=)</translation>
    </message>
    <message>
        <source>at most (&lt;=)</source>
        <translation>höchstens (&lt;=)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (weak)</source>
        <translation>%1 (schwach)</translation>
    </message>
    <message>
        <source>Why the plan changes (kept in its history)</source>
        <translation>Warum sich der Plan ändert (wird in seinem Verlauf festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>&amp;Ressourcen:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>R&amp;ichtung:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Ziel&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&amp;Check in every:</source>
        <translation>Zwischenstand &amp;alle:</translation>
    </message>
    <message>
        <source>Dime&amp;nsion:</source>
        <translation>Dime&amp;nsion:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation>SMART-Prüfung</translation>
    </message>
    <message>
        <source>From the finding: %1</source>
        <translation>Aus der Erkenntnis: %1</translation>
    </message>
    <message>
        <source>Measured for: %1</source>
        <translation>Gemessen für: %1</translation>
    </message>
    <message>
        <source>Adjust action plan</source>
        <translation>Aktionsplan anpassen</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Spezifisch</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Messbar</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>check</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Bisher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Complaints per 100 purchases of a product</source>
        <translation>Beschwerden je 100 Käufe eines Produkts</translation>
    </message>
    <message>
        <source>(choose a product)</source>
        <translation>(Produkt wählen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, retired)</source>
        <translation>%1 (%2, eingestellt)</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
</context>
<context>
    <name>ActionPlanService</name>
    <message>
        <source>Someone else removed the action plan %1; nothing was written</source>
        <translation>Jemand anderes hat den Aktionsplan %1 entfernt; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>The action plan %1 keeps changing under this save; nothing was written. Try again in a moment</source>
        <translation>Der Aktionsplan %1 ändert sich während dieses Speicherns ständig; es wurde nichts geschrieben. Versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>ActionPlanTracker</name>
    <message>
        <source>It worked: %1 moved from %2 to %3 (%4), reaching the target.</source>
        <translation>Es hat gewirkt: %1 hat sich von %2 auf %3 verändert (%4) und das Ziel erreicht.</translation>
    </message>
    <message>
        <source>It worked: %1 moved from %2 to %3 (%4), though short of the target %5.</source>
        <translation>Es hat gewirkt: %1 hat sich von %2 auf %3 verändert (%4), den Zielwert %5 aber noch nicht erreicht.</translation>
    </message>
    <message>
        <source>It did not move the metric: %1 was %2 before and %3 during the plan.</source>
        <translation>Die Kennzahl hat sich nicht bewegt: %1 lag vorher bei %2 und während des Plans bei %3.</translation>
    </message>
    <message>
        <source>The metric moved the wrong way: %1 went from %2 to %3.</source>
        <translation>Die Kennzahl hat sich in die falsche Richtung bewegt: %1 ging von %2 auf %3.</translation>
    </message>
    <message>
        <source>Action plan &apos;%1&apos; names &apos;%2&apos;, which is not a metric with one value.</source>
        <translation>Aktionsplan „%1“ nennt „%2“, das keine Kennzahl mit einem einzelnen Wert ist.</translation>
    </message>
    <message>
        <source>Action plan &apos;%1&apos; has no numeric target.</source>
        <translation>Aktionsplan „%1“ hat keinen numerischen Zielwert.</translation>
    </message>
    <message>
        <source>Action plan &apos;%1&apos; has direction &apos;%2&apos;; use &gt;= or &lt;=.</source>
        <translation>Aktionsplan „%1“ hat die Richtung „%2“; verwenden Sie &gt;= oder &lt;=.</translation>
    </message>
    <message>
        <source>Action plan &apos;%1&apos; needs a start and a deadline after it: %2</source>
        <translation>Aktionsplan „%1“ braucht einen Beginn und eine Frist danach: %2</translation>
    </message>
    <message>
        <source>There is too little data to judge. Records before the start: %1; during the plan: %2; at least %3 are needed on each side.</source>
        <translation>Zu wenige Daten für ein Urteil. Datensätze vor dem Beginn: %1; während des Plans: %2; nötig sind mindestens %3 auf jeder Seite.</translation>
    </message>
</context>
<context>
    <name>AddPlanItemCommand</name>
    <message>
        <source>Add the step “%1”</source>
        <translation>Schritt „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddProductCommand</name>
    <message>
        <source>Add product %1</source>
        <translation>Produkt %1 anlegen</translation>
    </message>
</context>
<context>
    <name>AdjustPlanCommand</name>
    <message>
        <source>Someone else changed the action plan %1 since; nothing was written.</source>
        <translation>Jemand anderes hat den Aktionsplan %1 inzwischen geändert; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Use the colours of the desktop</source>
        <translation>Die Farben der Arbeitsumgebung verwenden</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkler Text auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Heller Text auf dunklem Hintergrund</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>%1: missing arguments</source>
        <translation>%1: Argumente fehlen</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: unerwartetes Argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --%2 is empty; give it a value (is a shell variable unset?)</source>
        <translation>%1: --%2 ist leer; geben Sie einen Wert an (ist eine Shell-Variable nicht gesetzt?)</translation>
    </message>
    <message>
        <source>%1: %2 is empty; give it a value (is a shell variable unset?)</source>
        <translation>%1: %2 ist leer; geben Sie einen Wert an (ist eine Shell-Variable nicht gesetzt?)</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
</context>
<context>
    <name>AssessCommand</name>
    <message>
        <source>the rep taking the questionnaire</source>
        <translation>der Vertriebsmitarbeiter, der den Fragebogen ausfüllt</translation>
    </message>
    <message>
        <source>all answers at once, 1 to 5, comma-separated in the order of the statements (otherwise they are asked on the terminal)</source>
        <translation>alle Antworten auf einmal, 1 bis 5, durch Kommas getrennt in der Reihenfolge der Aussagen (sonst werden sie im Terminal abgefragt)</translation>
    </message>
    <message>
        <source>assess: --rep ID is required</source>
        <translation>assess: --rep ID ist erforderlich</translation>
    </message>
    <message>
        <source>there is no rep with id &apos;%1&apos;</source>
        <translation>es gibt keinen Vertriebsmitarbeiter mit der ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Assessment %1 saved for %2 (%3, version %4, %5).

</source>
        <translation>Selbsteinschätzung %1 für %2 gespeichert (%3, Version %4, %5).

</translation>
    </message>
    <message>
        <source>take the CRM-style questionnaire for a rep and show the profile</source>
        <translation>den CRM-Stil-Fragebogen für einen Vertriebsmitarbeiter ausfüllen und das Profil anzeigen</translation>
    </message>
</context>
<context>
    <name>AssessmentProfile</name>
    <message>
        <source>The assessment was taken with %1 version %2, not %3 version %4</source>
        <translation>Die Selbsteinschätzung wurde mit %1 Version %2 ausgefüllt, nicht mit %3 Version %4</translation>
    </message>
    <message>
        <source>The previous assessment could not be scored: %1</source>
        <translation>Die vorige Selbsteinschätzung konnte nicht ausgewertet werden: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentScorer</name>
    <message>
        <source>The answer to &apos;%1&apos; does not belong to questionnaire %2 version %3</source>
        <translation>Die Antwort auf „%1“ gehört nicht zum Fragebogen %2 Version %3</translation>
    </message>
    <message>
        <source>The answer to &apos;%1&apos; is %2, outside the scale %3..%4</source>
        <translation>Die Antwort auf „%1“ ist %2 und liegt außerhalb der Skala %3..%4</translation>
    </message>
    <message>
        <source>%1 of %2 items are not answered: %3</source>
        <translation>%1 von %2 Aussagen sind nicht beantwortet: %3</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>where to write the copy (must not exist)</source>
        <translation>wohin die Kopie geschrieben wird (darf noch nicht existieren)</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.
</source>
        <translation>Sicherung von %1 nach %2 geschrieben.
</translation>
    </message>
    <message>
        <source>write a consistent copy of the database to FILE</source>
        <translation>eine konsistente Kopie der Datenbank nach FILE schreiben</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sicherung nach %1…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
</context>
<context>
    <name>BookSettingsDialog</name>
    <message>
        <source>Book Settings</source>
        <translation>Kundenbestand-Einstellungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>The currency of this book&apos;s amounts, for everyone who opens it. Changing it converts nothing: it changes the symbol shown.</source>
        <translation>Die Währung der Beträge in diesem Kundenbestand, für alle, die ihn öffnen. Eine Änderung rechnet nichts um: Sie ändert nur das angezeigte Symbol.</translation>
    </message>
    <message>
        <source>Book &amp;Settings…</source>
        <translation>Kundenbestand-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>This book has no currency yet, so amounts are shown without a symbol. Choose one in File › Book Settings…</source>
        <translation>Für diesen Kundenbestand ist noch keine Währung festgelegt, daher werden Beträge ohne Symbol angezeigt. Wählen Sie eine unter Datei › Kundenbestand-Einstellungen…</translation>
    </message>
    <message>
        <source>The book&apos;s settings could not be read.</source>
        <translation>Die Einstellungen des Kundenbestands konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This book has no currency yet; %1 is suggested.</source>
        <translation>Für diesen Kundenbestand ist noch keine Währung festgelegt; vorgeschlagen wird %1.</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>no data in these months</source>
        <translation>keine Daten in diesen Monaten</translation>
    </message>
</context>
<context>
    <name>ChurnCommand</name>
    <message>
        <source>churned</source>
        <translation>abgewandert</translation>
    </message>
    <message>
        <source>won back</source>
        <translation>zurückgewonnen</translation>
    </message>
    <message>
        <source>win-back rate (%)</source>
        <translation>Rückgewinnungsquote (%)</translation>
    </message>
    <message>
        <source>Churn in period %1 [%2, %3), scope %4

</source>
        <translation>Abwanderung im Zeitraum %1 [%2, %3), Bereich %4

</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>
Won back: a purchase within %1 days after the churn date, counted as stored (a window still open counts the purchases so far); &apos;-&apos; means no churn.
</source>
        <translation>
Zurückgewonnen: ein Kauf innerhalb von %1 Tagen nach dem Abwanderungsdatum, gezählt wie gespeichert (ein noch offenes Zeitfenster zählt die bisherigen Käufe); &apos;-&apos; bedeutet keine Abwanderung.
</translation>
    </message>
    <message>
        <source>churned customers by reason, and how many were won back</source>
        <translation>abgewanderte Kunden nach Grund, und wie viele zurückgewonnen wurden</translation>
    </message>
</context>
<context>
    <name>ChurnReasonDetector</name>
    <message>
        <source>More customers leave over &apos;%1&apos;</source>
        <translation>Mehr Kunden gehen wegen „%1“</translation>
    </message>
    <message>
        <source>In %1, %2 of %3 who left gave &apos;%4&apos; as the reason, against %5 in %6: %7 per 100 customers at the start instead of %8.</source>
        <translation>In %1 nannten %2 der abgewanderten Kunden von %3 „%4“ als Grund, gegenüber %5 in %6: %7 je 100 Kunden zu Beginn statt %8.</translation>
    </message>
    <message>
        <source>That is %1 times the earlier rate.</source>
        <translation>Das ist das %1-Fache der früheren Rate.</translation>
    </message>
    <message>
        <source>It rests on %1 customers at the start of %2 and %3 at the start of %4.</source>
        <translation>Grundlage sind %1 Kunden zu Beginn von %2 und %3 zu Beginn von %4.</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>abgewandert %1</translation>
    </message>
    <message>
        <source>customers who left over &apos;%1&apos; in %2</source>
        <translation>Kunden, die in %2 wegen „%1“ gingen</translation>
    </message>
</context>
<context>
    <name>ChurnReasonDialog</name>
    <message>
        <source>Mark Churned</source>
        <translation>Als abgewandert markieren</translation>
    </message>
    <message>
        <source>Why did they leave? (optional)</source>
        <translation>Warum hat der Kunde gekündigt? (optional)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>The churn reasons could not be read.</source>
        <translation>Die Abwanderungsgründe konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 will be marked as churned as of now.</source>
        <translation>%1 wird ab jetzt als abgewandert geführt.</translation>
    </message>
    <message>
        <source>What did they say? (optional)</source>
        <translation>Was hat der Kunde gesagt? (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Pick a reason the team already uses, or type a new one. The churn figures count customers by reason; none given counts as unknown. The note goes on the customer&apos;s timeline.</source>
        <translation>Wählen Sie einen Grund, den das Team schon verwendet, oder geben Sie einen neuen ein. Die Abwanderungszahlen zählen Kunden nach Grund; ohne Angabe zählt er als unbekannt. Die Notiz erscheint im Verlauf des Kunden.</translation>
    </message>
</context>
<context>
    <name>ChurnReasonListDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename or Merge…</source>
        <translation>&amp;Umbenennen oder zusammenführen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Churn Reasons</source>
        <translation>Abwanderungsgründe</translation>
    </message>
    <message>
        <source>The reasons Mark Churned offers, and how many customers left for each. Renaming a reason, or merging it into another, moves every customer who gave it: the churn figures of every period, earlier ones too, count them under the new name.</source>
        <translation>Die Gründe, die „Als abgewandert markieren“ anbietet, und wie viele Kunden aus jedem gegangen sind. Wer einen Grund umbenennt oder mit einem anderen zusammenführt, verschiebt jeden Kunden, der ihn angegeben hat: Die Abwanderungszahlen jedes Zeitraums, auch früherer, zählen sie unter dem neuen Namen.</translation>
    </message>
    <message>
        <source>Only a manager or an administrator changes this list. You can read it.</source>
        <translation>Nur Manager oder Administratoren ändern diese Liste. Sie können sie lesen.</translation>
    </message>
    <message>
        <source>Add a reason to the list (Insert)</source>
        <translation>Einen Grund zur Liste hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Rename the reason, or merge it into another (F2)</source>
        <translation>Den Grund umbenennen oder mit einem anderen zusammenführen (F2)</translation>
    </message>
    <message>
        <source>Take a reason nobody gave off the list (Delete)</source>
        <translation>Einen Grund, den niemand angegeben hat, von der Liste nehmen (Entf)</translation>
    </message>
    <message>
        <source>The churn reasons could not be read.</source>
        <translation>Die Abwanderungsgründe konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Add Churn Reason</source>
        <translation>Abwanderungsgrund hinzufügen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Rename or Merge Churn Reason</source>
        <translation>Abwanderungsgrund umbenennen oder zusammenführen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;, or the reason to merge it into:</source>
        <translation>Neuer Name für „%1“ oder der Grund, mit dem er zusammengeführt wird:</translation>
    </message>
    <message>
        <source>Merge Churn Reasons</source>
        <translation>Abwanderungsgründe zusammenführen</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; (%2) into &quot;%3&quot; (%4)? Every period&apos;s churn figures will count them all as &quot;%3&quot;. You can undo this with Edit › Undo.</source>
        <translation>„%1“ (%2) mit „%3“ (%4) zusammenführen? Die Abwanderungszahlen jedes Zeitraums zählen dann alle als „%3“. Sie können das mit Bearbeiten › Rückgängig zurücknehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Churn Reason</source>
        <translation>Abwanderungsgrund entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) left for &quot;%1&quot;. Merge it into another reason instead (Rename or Merge…), so that they keep one.</source>
        <translation>
            <numerusform>%n Kunde ist aus dem Grund „%1“ gegangen. Führen Sie ihn stattdessen mit einem anderen Grund zusammen (Umbenennen oder zusammenführen…), damit er einen behält.</numerusform>
            <numerusform>%n Kunden sind aus dem Grund „%1“ gegangen. Führen Sie ihn stattdessen mit einem anderen Grund zusammen (Umbenennen oder zusammenführen…), damit sie einen behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChurnReasonTableModel</name>
    <message>
        <source>Nobody has left for this reason yet.</source>
        <translation>Aus diesem Grund ist noch niemand gegangen.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Customers who left for it</source>
        <translation>Kunden, die deshalb gingen</translation>
    </message>
    <message>
        <source>Key in files</source>
        <translation>Schlüssel in Dateien</translation>
    </message>
</context>
<context>
    <name>ChurnTab</name>
    <message>
        <source>Churned customers by reason</source>
        <translation>Abgewanderte Kunden nach Grund</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Churn per rep or segment</source>
        <translation>Abwanderung je Mitarbeiter oder Segment</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Leading reason</source>
        <translation>Häufigster Grund</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Win-back rate</source>
        <translation>Rückgewinnungsquote</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>Je Mitarbeiter</translation>
    </message>
    <message>
        <source>Per segment</source>
        <translation>Je Segment</translation>
    </message>
    <message>
        <source>Split the churn per rep or per segment</source>
        <translation>Abwanderung je Mitarbeiter oder je Segment aufteilen</translation>
    </message>
    <message>
        <source>Computing the churn figures…</source>
        <translation>Die Abwanderungszahlen werden berechnet…</translation>
    </message>
    <message>
        <source>The churn figures could not be computed: %1</source>
        <translation>Die Abwanderungszahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2: no customer left in this period.</source>
        <translation>%1 · %2: In diesem Zeitraum ist kein Kunde abgewandert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %Ln customer(s) left; %3 came back within 180 days (win-back rate %4).</source>
        <translation>
            <numerusform>%1 · %2: %Ln Kunde ist abgewandert; %3 kamen binnen 180 Tagen zurück (Rückgewinnungsquote %4).</numerusform>
            <numerusform>%1 · %2: %Ln Kunden sind abgewandert; %3 kamen binnen 180 Tagen zurück (Rückgewinnungsquote %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ohne Betreuer</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Ohne Segment</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>rapport-cli: created a new database at %1
</source>
        <translation>rapport-cli: neue Datenbank angelegt unter %1
</translation>
    </message>
    <message>
        <source>rapport-cli: the database was upgraded; a backup of the old file is at %1
</source>
        <translation>rapport-cli: die Datenbank wurde aktualisiert; eine Sicherung der alten Datei liegt unter %1
</translation>
    </message>
    <message>
        <source>another program (the Rapport window or another rapport-cli) is writing to the same database, %1, and kept it locked too long; try again when it has finished.</source>
        <translation>ein anderes Programm (das Rapport-Fenster oder ein anderes rapport-cli) schreibt in dieselbe Datenbank, %1, und hat sie zu lange gesperrt; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>CohortTableModel</name>
    <message numerus="yes">
        <source>%1 of the %Ln customer(s) who first bought in %2 bought again %3 month(s) later</source>
        <translation>
            <numerusform>%1 von %Ln Kunde mit Erstkauf im %2 kaufte %3 Monat(e) später erneut</numerusform>
            <numerusform>%1 von %Ln Kunden mit Erstkauf im %2 kauften %3 Monat(e) später erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 mo</source>
        <translation>+%1 Mon.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is still running: %2 of this cohort bought again so far. The month is not over, so this is no drop.</source>
        <translation>%1 läuft noch: %2 dieser Kohorte haben bisher erneut gekauft. Der Monat ist nicht vorbei, das ist also kein Einbruch.</translation>
    </message>
</context>
<context>
    <name>CohortsCommand</name>
    <message>
        <source>the first cohort month</source>
        <translation>der erste Kohortenmonat</translation>
    </message>
    <message>
        <source>the last cohort month (included)</source>
        <translation>der letzte Kohortenmonat (eingeschlossen)</translation>
    </message>
    <message>
        <source>table (default), json or csv</source>
        <translation>table (Standard), json oder csv</translation>
    </message>
    <message>
        <source>--to (%1) comes before --from (%2)</source>
        <translation>--to (%1) liegt vor --from (%2)</translation>
    </message>
    <message>
        <source>Cohort retention (%) by month of first purchase; m0 = the cohort&apos;s month%1

</source>
        <translation>Kohortenbindung (%) nach Monat des ersten Kaufs; m0 = Monat der Kohorte%1

</translation>
    </message>
    <message>
        <source>, data up to %1</source>
        <translation>, Daten bis %1</translation>
    </message>
    <message>
        <source>, no purchases yet</source>
        <translation>, noch keine Käufe</translation>
    </message>
    <message>
        <source>retention of customers by month of first purchase</source>
        <translation>Kundenbindung nach Monat des ersten Kaufs</translation>
    </message>
</context>
<context>
    <name>CommentThemeDetector</name>
    <message>
        <source>Recurring in comments: &quot;%1&quot;</source>
        <translation>Wiederkehrend in Kommentaren: „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears in %2 of %3 comments and complaint notes in %4 (%5%), written by %6 different customers, against %7% in %8. Reading a few of these comments is the quickest way to learn what lies behind it.</source>
        <translation>„%1“ kommt in %2 von %3 Kommentaren und Beschwerdenotizen in %4 vor (%5 %), geschrieben von %6 verschiedenen Kunden, gegenüber %7 % in %8. Einige dieser Kommentare zu lesen ist der schnellste Weg, zu verstehen, was dahintersteckt.</translation>
    </message>
    <message>
        <source>comments %1</source>
        <translation>Kommentare %1</translation>
    </message>
    <message>
        <source>share %1 (%)</source>
        <translation>Anteil %1 (%)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>complaints mentioning it</source>
        <translation>Beschwerden, die es erwähnen</translation>
    </message>
    <message>
        <source>survey comments mentioning it</source>
        <translation>Umfragekommentare, die es erwähnen</translation>
    </message>
</context>
<context>
    <name>ComplaintCategoryDetector</name>
    <message>
        <source>&apos;%1&apos; complaints are rising</source>
        <translation>Beschwerden „%1“ nehmen zu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; complaints are falling</source>
        <translation>Beschwerden „%1“ nehmen ab</translation>
    </message>
    <message>
        <source>, %1 times as many</source>
        <translation>, %1-mal so viele</translation>
    </message>
    <message>
        <source>, %1 times fewer</source>
        <translation>, %1-mal weniger</translation>
    </message>
    <message>
        <source>complaints %1</source>
        <translation>Beschwerden %1</translation>
    </message>
    <message>
        <source>per 100 customers %1</source>
        <translation>je 100 Kunden %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; complaints in %2</source>
        <translation>Beschwerden „%1“ in %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; complaints came in during %3 against %4 in %5: %6 per 100 active customers instead of %7%8.</source>
        <translation>%1 Beschwerden „%2“ gingen in %3 ein, gegenüber %4 in %5: %6 je 100 aktive Kunden statt %7%8.</translation>
    </message>
    <message>
        <source>It rests on %1 active customers in %2 and %3 in %4.</source>
        <translation>Grundlage sind %1 aktive Kunden in %2 und %3 in %4.</translation>
    </message>
</context>
<context>
    <name>ComplaintsChart</name>
    <message>
        <source>Complaints by category</source>
        <translation>Beschwerden nach Kategorie</translation>
    </message>
    <message>
        <source>Complaints by category chart</source>
        <translation>Diagramm der Beschwerden nach Kategorie</translation>
    </message>
    <message>
        <source>Complaints per month, stacked by category; click a bar, or pick a month with the arrow keys and press Enter, to see its records.</source>
        <translation>Beschwerden pro Monat, nach Kategorie gestapelt; klicken Sie auf einen Balken oder wählen Sie mit den Pfeiltasten einen Monat aus und drücken Sie die Eingabetaste, um die zugehörigen Datensätze zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Complaints in %1: none</source>
        <translation>Beschwerden im %1: keine</translation>
    </message>
    <message>
        <source>Complaints in %1: %2 (%3)</source>
        <translation>Beschwerden im %1: %2 (%3)</translation>
    </message>
    <message>
        <source>. Press Enter to see them.</source>
        <translation>. Drücken Sie die Eingabetaste, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Complaints (count)</source>
        <translation>Beschwerden (Anzahl)</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpCommand</name>
    <message>
        <source>Follow up with %1</source>
        <translation>Wiedervorlage für %1 erledigen</translation>
    </message>
    <message>
        <source>Someone else already marked this follow-up done (%1); nothing was written.</source>
        <translation>Jemand anderes hat diese Wiedervorlage bereits als erledigt markiert (%1); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Someone else reopened this follow-up since; nothing was written.</source>
        <translation>Jemand anderes hat diese Wiedervorlage inzwischen wieder geöffnet; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <source>Service &amp;name from the PostgreSQL service file</source>
        <translation>Service&amp;name aus der PostgreSQL-Servicedatei</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>Mit Team-Server verbinden</translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation>(neue Verbindung)</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Zuletzt verwendete Verbindungen</translation>
    </message>
    <message>
        <source>db.example.com, 192.0.2.7 or /run/postgresql</source>
        <translation>db.example.com, 192.0.2.7 oder /run/postgresql</translation>
    </message>
    <message>
        <source>your system login name</source>
        <translation>Ihr Anmeldename am System</translation>
    </message>
    <message>
        <source>Disable: never encrypt</source>
        <translation>Deaktivieren: nie verschlüsseln</translation>
    </message>
    <message>
        <source>Prefer: encrypt when the server can</source>
        <translation>Bevorzugen: verschlüsseln, wenn der Server es kann</translation>
    </message>
    <message>
        <source>Require: always encrypt</source>
        <translation>Erfordern: immer verschlüsseln</translation>
    </message>
    <message>
        <source>Verify CA: encrypt, check the certificate&apos;s issuer</source>
        <translation>CA prüfen: verschlüsseln, Aussteller des Zertifikats prüfen</translation>
    </message>
    <message>
        <source>Verify full: encrypt, check issuer and host name</source>
        <translation>Vollständig prüfen: verschlüsseln, Aussteller und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>an entry of ~/.pg_service.conf, e.g. rapport</source>
        <translation>ein Eintrag aus ~/.pg_service.conf, z. B. rapport</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>TLS/SSL &amp;mode:</source>
        <translation>TLS/SSL-&amp;Modus:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Se&amp;rvice:</translation>
    </message>
    <message>
        <source>Connection address</source>
        <translation>Verbindungsadresse</translation>
    </message>
    <message>
        <source>The password is asked for only if the server wants one that is not in ~/.pgpass, PGPASSWORD or the service file. It is kept in memory while Rapport runs and never saved.</source>
        <translation>Das Passwort wird nur abgefragt, wenn der Server eines verlangt, das nicht in ~/.pgpass, PGPASSWORD oder der Servicedatei steht. Es wird im Arbeitsspeicher gehalten, solange Rapport läuft, und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Name a service to connect to.</source>
        <translation>Geben Sie einen Service an, mit dem verbunden werden soll.</translation>
    </message>
    <message>
        <source>Name the server&apos;s host and the database.</source>
        <translation>Geben Sie den Host des Servers und die Datenbank an.</translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>Mit &amp;Team-Server verbinden…</translation>
    </message>
    <message>
        <source>Recent Team Ser&amp;vers</source>
        <translation>Zuletzt verwendete Team-Ser&amp;ver</translation>
    </message>
    <message>
        <source>Open the team&apos;s book on a PostgreSQL server (Ctrl+Shift+O)</source>
        <translation>Den Kundenbestand des Teams auf einem PostgreSQL-Server öffnen (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Connect to a team server by host and database, or by service name</source>
        <translation>Über Host und Datenbank oder über einen Servicenamen mit einem Team-Server verbinden</translation>
    </message>
    <message>
        <source>The connection to the team server was lost. Rapport reconnects by itself; changes cannot be saved until then.</source>
        <translation>Die Verbindung zum Team-Server wurde unterbrochen. Rapport stellt sie selbstständig wieder her; bis dahin können keine Änderungen gespeichert werden.</translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation>Wieder mit dem Team-Server verbunden.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>CopyToCommand</name>
    <message>
        <source>a file that does not exist yet, or a postgresql:// URI of an empty database</source>
        <translation>eine noch nicht vorhandene Datei oder eine postgresql://-URI einer leeren Datenbank</translation>
    </message>
    <message>
        <source>copying</source>
        <translation>Kopiere</translation>
    </message>
    <message>
        <source>Copied %1 to %2.
</source>
        <translation>%1 kopiert nach: %2.
</translation>
    </message>
    <message>
        <source>the team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>copy every record into an empty database: a new file or a team server&apos;s URI</source>
        <translation>alle Datensätze in eine leere Datenbank kopieren: eine neue Datei oder die URI eines Teamservers</translation>
    </message>
</context>
<context>
    <name>CreateCustomerCommand</name>
    <message>
        <source>Add customer %1</source>
        <translation>Kunde %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>CreateGoalCommand</name>
    <message>
        <source>Add goal %1</source>
        <translation>Ziel %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>CreatePlanCommand</name>
    <message>
        <source>New plan “%1”</source>
        <translation>Neuer Plan „%1“</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>the CSV file</source>
        <translation>die CSV-Datei</translation>
    </message>
    <message>
        <source>written as the CSV file</source>
        <translation>als CSV-Datei geschrieben</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation>Das Schreiben der CSV-Datei ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source> (the whole file was rejected)</source>
        <translation> (die ganze Datei wurde abgelehnt)</translation>
    </message>
    <message>
        <source>the file has a header but no rows: there was nothing to import</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen: Es gab nichts zu importieren</translation>
    </message>
    <message>
        <source>the file is empty: its first line must name the columns, for example %1</source>
        <translation>die Datei ist leer: Ihre erste Zeile muss die Spalten benennen, zum Beispiel %1</translation>
    </message>
    <message>
        <source>column %1 has no name and was ignored</source>
        <translation>Spalte %1 hat keinen Namen und wurde ignoriert</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; was ignored</source>
        <translation>unbekannte Spalte „%1“ wurde ignoriert</translation>
    </message>
    <message>
        <source>line %1: the column &quot;%2&quot; appears twice in the header</source>
        <translation>Zeile %1: Die Spalte „%2“ kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>line %1: the header has no %2 columns (required in a %3 file; the first line must name the columns: %4)</source>
        <translation>Zeile %1: Der Kopfzeile fehlen die Spalten %2 (in einer %3-Datei erforderlich; die erste Zeile muss die Spalten benennen: %4)</translation>
    </message>
    <message>
        <source>line %1: the header has no %2 column (required in a %3 file; the first line must name the columns: %4)</source>
        <translation>Zeile %1: Der Kopfzeile fehlt die Spalte %2 (in einer %3-Datei erforderlich; die erste Zeile muss die Spalten benennen: %4)</translation>
    </message>
    <message>
        <source>has %1 value, the header has %2 (%3)</source>
        <translation>hat %1 Wert, die Kopfzeile hat %2 (%3)</translation>
    </message>
    <message>
        <source>has %1 values, the header has %2 (%3)</source>
        <translation>hat %1 Werte, die Kopfzeile hat %2 (%3)</translation>
    </message>
    <message>
        <source>is a value with a comma not quoted?</source>
        <translation>enthält ein Wert ein Komma ohne Anführungszeichen?</translation>
    </message>
    <message>
        <source>is a value missing, or a line break outside quotes?</source>
        <translation>fehlt ein Wert, oder steht ein Zeilenumbruch außerhalb von Anführungszeichen?</translation>
    </message>
    <message>
        <source>contains a NUL character (byte 0), which text cannot hold: remove it</source>
        <translation>enthält ein NUL-Zeichen (Byte 0), das Text nicht enthalten kann: Entfernen Sie es</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>none of your customers has the external_id %1 (it is not in the book, or it is another rep&apos;s)</source>
        <translation>keiner Ihrer Kunden hat die external_id %1 (sie ist nicht im Bestand oder gehört einem anderen Mitarbeiter)</translation>
    </message>
    <message>
        <source>no customer has the external_id %1 (import the customers file first)</source>
        <translation>kein Kunde hat die external_id %1 (importieren Sie zuerst die Kundendatei)</translation>
    </message>
    <message>
        <source>%1 is not a role: use rep or manager</source>
        <translation>%1 ist keine Rolle: Verwenden Sie rep oder manager</translation>
    </message>
    <message>
        <source>%1 is before acquired_at %2</source>
        <translation>%1 liegt vor acquired_at %2</translation>
    </message>
    <message>
        <source>%1 is not a kind of interaction: use one of %2</source>
        <translation>%1 ist keine Kontaktart: Verwenden Sie eine von %2</translation>
    </message>
    <message>
        <source>only a purchase has an amount (this is a %1)</source>
        <translation>nur ein Kauf hat einen Betrag (dies ist ein %1)</translation>
    </message>
    <message>
        <source>a purchase needs an amount</source>
        <translation>ein Kauf braucht einen Betrag</translation>
    </message>
    <message>
        <source>only a complaint can be resolved (this is a %1)</source>
        <translation>nur eine Beschwerde kann erledigt werden (dies ist ein %1)</translation>
    </message>
    <message>
        <source>%1 is before occurred_at %2</source>
        <translation>%1 liegt vor occurred_at %2</translation>
    </message>
    <message>
        <source>%1 is not a survey: use csat, nps or ces</source>
        <translation>%1 ist keine Umfrage: Verwenden Sie csat, nps oder ces</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 added, %4 updated, %5 unchanged</source>
        <translation>%1: %2 Zeilen, %3 hinzugefügt, %4 aktualisiert, %5 unverändert</translation>
    </message>
    <message>
        <source>, %1 reps created</source>
        <translation>, %1 Mitarbeiter angelegt</translation>
    </message>
    <message>
        <source>, %1 invalid rows skipped</source>
        <translation>, %1 ungültige Zeilen übersprungen</translation>
    </message>
    <message>
        <source>, %1 invalid rows found</source>
        <translation>, %1 ungültige Zeilen gefunden</translation>
    </message>
    <message>
        <source>... and %1 more problems
</source>
        <translation>... und %1 weitere Probleme
</translation>
    </message>
    <message>
        <source>read as a CSV file</source>
        <translation>als CSV-Datei gelesen</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address; it was kept as it is</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus; sie wurde unverändert übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) do not look valid and were kept as they are (line %1)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse sieht nicht gültig aus und wurde unverändert übernommen (Zeile %1)</numerusform>
            <numerusform>%n E-Mail-Adressen sehen nicht gültig aus und wurden unverändert übernommen (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>a churn reason needs churned_at</source>
        <translation>ein Abwanderungsgrund braucht churned_at</translation>
    </message>
    <message>
        <source>only a purchase, complaint or support names a product (this is a %1)</source>
        <translation>nur ein Kauf, eine Beschwerde oder eine Support-Anfrage nennt ein Produkt (dies ist ein %1)</translation>
    </message>
    <message>
        <source>no product has the external_id %1 (import the products file first)</source>
        <translation>kein Produkt hat die external_id %1 (importieren Sie zuerst die Produktdatei)</translation>
    </message>
    <message>
        <source>%1 is not a yes or no: use true or false (yes/no and 1/0 are accepted too)</source>
        <translation>%1 ist weder ja noch nein: Verwenden Sie true oder false (yes/no und 1/0 werden auch akzeptiert)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1 in field %2); save it as UTF-8 and import it again</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte 0x%1 in Feld %2); speichern Sie sie als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>a field is longer than %1 MiB</source>
        <translation>ein Feld ist länger als %1 MiB</translation>
    </message>
    <message>
        <source>a field is longer than %1 MiB; is a quote not closed?</source>
        <translation>ein Feld ist länger als %1 MiB; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>a closing quote must be followed by a comma or the end of the line (write a quote inside a quoted field as &quot;&quot;)</source>
        <translation>auf ein schließendes Anführungszeichen muss ein Komma oder das Zeilenende folgen (schreiben Sie ein Anführungszeichen in einem Feld in Anführungszeichen als &quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>CustomerCardText</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Returned on %1 after leaving on %2</source>
        <translation>Zurückgekehrt am %1, abgewandert am %2</translation>
    </message>
    <message>
        <source>Returned on %1 after leaving on %2 (%3)</source>
        <translation>Zurückgekehrt am %1, abgewandert am %2 (%3)</translation>
    </message>
    <message>
        <source>Churned on %1</source>
        <translation>Abgewandert am %1</translation>
    </message>
    <message>
        <source>Churned on %1 (%2)</source>
        <translation>Abgewandert am %1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Earlier churns</source>
        <translation>Frühere Abwanderungen</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>CustomerCompleter</name>
    <message>
        <source>Please choose the customer.</source>
        <translation>Bitte wählen Sie den Kunden aus.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>Several customers match “%1”: please pick one from the suggestions.</source>
        <translation>Mehrere Kunden passen zu „%1“: Bitte wählen Sie einen aus den Vorschlägen aus.</translation>
    </message>
</context>
<context>
    <name>CustomerCompletionModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CustomerConflictDialog</name>
    <message>
        <source>Customer Changed by Someone Else</source>
        <translation>Kunde wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved &lt;b&gt;%1&lt;/b&gt; while you were editing it, with other values in the fields below. Nothing of yours has been saved yet.</source>
        <translation>Jemand anderes hat &lt;b&gt;%1&lt;/b&gt; gespeichert, während Sie den Kunden bearbeitet haben, und zwar mit anderen Werten in den unten aufgeführten Feldern. Von Ihren Änderungen wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>Abgewandert am</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation>Abwanderungsgrund</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Zurückgekehrt am</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Betreuer:</translation>
    </message>
    <message>
        <source>Customer n&amp;umber:</source>
        <translation>K&amp;undennummer:</translation>
    </message>
    <message>
        <source>Customer s&amp;ince:</source>
        <translation>Kunde se&amp;it:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>The customer&apos;s identifier in your other systems; it must be unique.</source>
        <translation>Die Kennung des Kunden in Ihren anderen Systemen; sie muss eindeutig sein.</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Please enter the customer&apos;s name.</source>
        <translation>Bitte geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>Please enter a customer number.</source>
        <translation>Bitte geben Sie eine Kundennummer ein.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>The customer cannot have been acquired after they churned.</source>
        <translation>Der Kunde kann nicht nach seiner Abwanderung gewonnen worden sein.</translation>
    </message>
    <message>
        <source>Another customer already has the number “%1”.</source>
        <translation>Ein anderer Kunde hat bereits die Nummer „%1“.</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Someone else removed the customer %1; nothing was written</source>
        <translation>Jemand anderes hat den Kunden %1 entfernt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>The customer %1 keeps changing under this save; nothing was written. Try again in a moment</source>
        <translation>Der Kunde %1 ändert sich während dieses Speicherns ständig; es wurde nichts geschrieben. Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>Someone else changed the customer %1 since you opened them; nothing was deleted. Look at them again first</source>
        <translation>Jemand anderes hat den Kunden %1 geändert, seit Sie ihn geöffnet haben; es wurde nichts gelöscht. Sehen Sie ihn sich zuerst noch einmal an</translation>
    </message>
    <message>
        <source>Someone else deleted this customer already</source>
        <translation>Jemand anderes hat diesen Kunden bereits gelöscht</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Churned on %1</source>
        <translation>Abgewandert am %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Mark Churned</source>
        <translation>Als &amp;abgewandert markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Search name, company or e-mail</source>
        <translation>Name, Firma oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Shows the customers whose name, company or e-mail contains this text</source>
        <translation>Zeigt die Kunden, deren Name, Firma oder E-Mail diesen Text enthält</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Segmentfilter</translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation>Nur ein Segment anzeigen</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Betreuerfilter</translation>
    </message>
    <message>
        <source>Show the customers of one rep only</source>
        <translation>Nur die Kunden eines Vertriebsmitarbeiters anzeigen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Active customers, churned customers or both</source>
        <translation>Aktive Kunden, abgewanderte Kunden oder beide</translation>
    </message>
    <message>
        <source>Active and churned</source>
        <translation>Aktiv und abgewandert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Interaction timeline</source>
        <translation>Kontaktverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount or category</source>
        <translation>Betrag oder Kategorie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>Als &amp;gelöst markieren</translation>
    </message>
    <message>
        <source>Records now as the time the selected complaint was resolved</source>
        <translation>Erfasst den jetzigen Zeitpunkt als Zeitpunkt, zu dem die ausgewählte Beschwerde gelöst wurde</translation>
    </message>
    <message>
        <source>The customer&apos;s history</source>
        <translation>Verlauf des Kunden</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>S&amp;urveys</source>
        <translation>&amp;Umfragen</translation>
    </message>
    <message>
        <source>Open com&amp;plaints</source>
        <translation>Offene Besch&amp;werden</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Einen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s data</source>
        <translation>Daten des ausgewählten Kunden ändern</translation>
    </message>
    <message>
        <source>Record that the selected customer stopped buying, or that they are back</source>
        <translation>Erfassen, dass der ausgewählte Kunde nicht mehr kauft oder dass er zurück ist</translation>
    </message>
    <message>
        <source>Delete the selected customer with their whole history (can be undone)</source>
        <translation>Den ausgewählten Kunden mit seinem gesamten Verlauf löschen (kann rückgängig gemacht werden)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer list could not be read.</source>
        <translation>Die Kundenliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>Select a customer in the list to see their data and history.</source>
        <translation>Wählen Sie einen Kunden in der Liste aus, um seine Daten und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Mark Active</source>
        <translation>Als &amp;aktiv markieren</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Keine geplant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weitere)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>Kunde %1 bearbeiten</translation>
    </message>
    <message>
        <source>Mark %1 active</source>
        <translation>%1 als aktiv markieren</translation>
    </message>
    <message>
        <source>Mark %1 churned</source>
        <translation>%1 als abgewandert markieren</translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>Delete %1 with all their interactions, survey responses and follow-ups?
You can undo this with Edit › Undo.</source>
        <translation>%1 mit allen Kontakten, Umfrageantworten und Wiedervorlagen löschen?
Sie können dies mit Bearbeiten › Rückgängig rückgängig machen.</translation>
    </message>
    <message>
        <source>My customers (%1)</source>
        <translation>Meine Kunden (%1)</translation>
    </message>
</context>
<context>
    <name>DashboardDocumentWriter</name>
    <message>
        <source>Rendering a document needs a QGuiApplication</source>
        <translation>Ein Dokument zu erzeugen braucht eine QGuiApplication</translation>
    </message>
    <message>
        <source>The document could not be drawn on this device</source>
        <translation>Das Dokument konnte auf diesem Gerät nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>The PDF came out empty</source>
        <translation>Die PDF-Datei ist leer geblieben</translation>
    </message>
    <message>
        <source>the dashboard document</source>
        <translation>das Dashboard-Dokument</translation>
    </message>
    <message>
        <source>Writing the dashboard document failed: %1</source>
        <translation>Das Dashboard-Dokument konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Save the page as a picture, the dashboard as a PDF document, or print it</source>
        <translation>Die Seite als Bild oder das Dashboard als PDF-Dokument speichern oder drucken</translation>
    </message>
    <message>
        <source>Save as &amp;Picture (PNG)…</source>
        <translation>Als &amp;Bild speichern (PNG)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Rapport dashboard %1</source>
        <translation>Rapport-Dashboard %1</translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation>Dashboard drucken</translation>
    </message>
    <message>
        <source>Export the dashboard as PNG</source>
        <translation>Dashboard als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DashboardPictureWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>DashboardReportBuilder</name>
    <message>
        <source>provisional</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>Rapport dashboard, %1, %2</source>
        <translation>Rapport-Dashboard, %1, %2</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>period %1, compared with %2</source>
        <translation>Zeitraum %1, verglichen mit %2</translation>
    </message>
    <message>
        <source>generated %1 UTC</source>
        <translation>erstellt %1 UTC</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 is still running: each change compares it so far with the same span of %2, up to %3 UTC.</source>
        <translation>%1 läuft noch: Jede Veränderung vergleicht den bisherigen Stand mit demselben Abschnitt von %2, bis %3 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up rate is provisional: %Ln purchase(s) have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</source>
        <translation>
            <numerusform>Die Wiedervorlagequote ist vorläufig: %Ln Kauf hat noch keine Wiedervorlage, liegt aber noch in seiner Wiedervorlagefrist; die Quote kann also noch steigen.</numerusform>
            <numerusform>Die Wiedervorlagequote ist vorläufig: %Ln Käufe haben noch keine Wiedervorlage, liegen aber noch in ihrer Wiedervorlagefrist; die Quote kann also noch steigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints by category in %1</source>
        <translation>Beschwerden nach Kategorie in %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Trends over the last 12 months</source>
        <translation>Verlauf der letzten 12 Monate</translation>
    </message>
    <message>
        <source>The last month is still running: its point is drawn open (its bar hatched) and counts only what happened so far.</source>
        <translation>Der letzte Monat läuft noch: Sein Punkt ist hohl gezeichnet (sein Balken schraffiert) und zählt nur, was bisher geschah.</translation>
    </message>
    <message>
        <source>Team: figures per rep in %1</source>
        <translation>Team: Kennzahlen pro Mitarbeiter in %1</translation>
    </message>
    <message>
        <source>No reps yet.</source>
        <translation>Noch keine Mitarbeiter.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (%)</translation>
    </message>
    <message>
        <source>CSAT 95% interval</source>
        <translation>CSAT-95-%-Intervall</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Follow-up rate (%)</source>
        <translation>Wieder­vorlage­quote (%)</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Beschwer­den pro 100 Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrage­ant­worten</translation>
    </message>
    <message>
        <source> (too few)</source>
        <translation> (zu wenige)</translation>
    </message>
    <message>
        <source>%1 – %2 %</source>
        <translation>%1 – %2 %</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>Kundenbindung nach Kohorten</translation>
    </message>
    <message>
        <source>Share of each month&apos;s new buyers who bought again 0, 1, 2… months later. Rows: first-purchase month (cohort size).</source>
        <translation>Anteil der Neukunden eines Monats, die 0, 1, 2 … Monate später erneut kauften. Zeilen: Monat des Erstkaufs (Kohortengröße).</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>+%1 mo</source>
        <translation>+%1 Mon.</translation>
    </message>
    <message>
        <source>Cells in italics on grey fall in %1, which is still running: they count the purchases so far, not a drop.</source>
        <translation>Kursive Zellen auf Grau fallen in %1, der noch läuft: Sie zählen die bisherigen Käufe, kein Einbruch.</translation>
    </message>
    <message>
        <source>same days</source>
        <translation>gleiche Tage</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Team gesamt</translation>
    </message>
</context>
<context>
    <name>DashboardReportCollector</name>
    <message>
        <source>CSAT by month (% satisfied)</source>
        <translation>CSAT nach Monat (% zufrieden)</translation>
    </message>
    <message>
        <source>NPS by month (points)</source>
        <translation>NPS nach Monat (Punkte)</translation>
    </message>
    <message>
        <source>Retention by month (%)</source>
        <translation>Kundenbindung nach Monat (%)</translation>
    </message>
    <message>
        <source>Churn by month (%)</source>
        <translation>Abwanderung nach Monat (%)</translation>
    </message>
    <message>
        <source>Revenue per active customer by month</source>
        <translation>Umsatz pro aktivem Kunden nach Monat</translation>
    </message>
    <message>
        <source>Complaints by month</source>
        <translation>Beschwerden nach Monat</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>The whole team, one rep&apos;s customers or one segment</source>
        <translation>Das ganze Team, die Kunden eines Vertriebsmitarbeiters oder ein Segment</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>% / points</source>
        <translation>% / Punkte</translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation>Kundenbindung und Abwanderung</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% der Kunden</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Umsatz pro Kunde</translation>
    </message>
    <message>
        <source>Per active customer</source>
        <translation>Pro aktivem Kunden</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>Kundenbindung nach Kohorten</translation>
    </message>
    <message>
        <source>Figures per rep</source>
        <translation>Kennzahlen pro Mitarbeiter</translation>
    </message>
    <message>
        <source>Double-click a rep, or press Enter, to see the records behind their figures</source>
        <translation>Doppelklicken Sie auf einen Mitarbeiter oder drücken Sie die Eingabetaste, um die Datensätze hinter seinen Kennzahlen zu sehen</translation>
    </message>
    <message>
        <source>Trends, team and cohorts</source>
        <translation>Trends, Team und Kohorten</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>Kennzahlen des Zeitraums</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 up to %2 UTC</source>
        <translation>%1 bis %2 UTC</translation>
    </message>
    <message>
        <source>%1 is still running: each change compares it so far with %2.</source>
        <translation>%1 läuft noch: Jede Veränderung vergleicht den bisherigen Stand mit %2.</translation>
    </message>
    <message>
        <source>provisional: %1 still open</source>
        <translation>vorläufig: %1 noch offen</translation>
    </message>
    <message>
        <source>Purchases of this period with no follow-up yet that are still inside their follow-up window: %1. Until those windows close, the rate can still rise.</source>
        <translation>Käufe dieses Zeitraums ohne bisherige Wiedervorlage, deren Wiedervorlagefrist noch läuft: %1. Bis diese Fristen ablaufen, kann die Quote noch steigen.</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (%)</translation>
    </message>
    <message>
        <source>NPS (points)</source>
        <translation>NPS (Punkte)</translation>
    </message>
    <message>
        <source>Retention (%)</source>
        <translation>Kundenbindung (%)</translation>
    </message>
    <message>
        <source>Churn (%)</source>
        <translation>Abwanderung (%)</translation>
    </message>
    <message>
        <source>Survey responses for %1, %2</source>
        <translation>Umfrageantworten für %1, %2</translation>
    </message>
    <message>
        <source>Share of each month&apos;s new buyers who bought again 0, 1, 2… months later. Rows: first-purchase month (cohort size). The table ends with the chosen period; &quot;…&quot; marks a month still running, which counts the purchases so far.</source>
        <translation>Anteil der Neukunden eines Monats, die 0, 1, 2 … Monate später erneut kauften. Zeilen: Monat des Erstkaufs (Kohortengröße). Die Tabelle endet mit dem gewählten Zeitraum; „…“ markiert einen noch laufenden Monat, der die bisherigen Käufe zählt.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
</context>
<context>
    <name>DatabaseAccess</name>
    <message>
        <source>Cannot connect to the team server %1 again: %2</source>
        <translation>Keine erneute Verbindung zum Team-Server %1 möglich: %2</translation>
    </message>
    <message>
        <source>the copy&apos;s target</source>
        <translation>das Ziel der Kopie</translation>
    </message>
    <message>
        <source>%1 already exists; copy-to writes a new file. Nothing was copied.</source>
        <translation>%1 existiert bereits; copy-to schreibt eine neue Datei. Es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>The connection to the team server is lost: nothing was read or saved. Rapport reconnects by itself; try again in a moment.</source>
        <translation>Die Verbindung zum Team-Server ist unterbrochen: Es wurde nichts gelesen oder gespeichert. Rapport stellt die Verbindung selbstständig wieder her; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>DeleteCustomerCommand</name>
    <message>
        <source>Delete customer %1</source>
        <translation>Kunde %1 löschen</translation>
    </message>
</context>
<context>
    <name>DeleteGoalCommand</name>
    <message>
        <source>Delete goal %1</source>
        <translation>Ziel %1 löschen</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>number of customers (default 2000)</source>
        <translation>Anzahl der Kunden (Standard 2000)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data</source>
        <translation>Zufallsstartwert; derselbe Wert ergibt dieselben Daten</translation>
    </message>
    <message>
        <source>last day of the data, today at the latest (default: today, UTC; today&apos;s data stops at the current time)</source>
        <translation>letzter Tag der Daten, spätestens heute (Standard: heute, UTC; die Daten von heute enden zur aktuellen Uhrzeit)</translation>
    </message>
    <message>
        <source>the book&apos;s currency, an ISO 4217 code (default EUR)</source>
        <translation>die Währung des Kundenbestands, ein ISO-4217-Code (Standard EUR)</translation>
    </message>
    <message>
        <source>do nothing (and succeed) when the database already holds data</source>
        <translation>nichts tun (und erfolgreich enden), wenn die Datenbank bereits Daten enthält</translation>
    </message>
    <message>
        <source>demo: --customers must be a whole number from 1 to 10000000, not &apos;%1&apos;</source>
        <translation>demo: --customers muss eine ganze Zahl von 1 bis 10000000 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo: --seed must be a non-negative whole number, not &apos;%1&apos;</source>
        <translation>demo: --seed muss eine nicht negative ganze Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo: --until must be a date like 2026-06-30, not &apos;%1&apos;</source>
        <translation>demo: --until muss ein Datum wie 2026-06-30 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo: --currency: %1</source>
        <translation>demo: --currency: %1</translation>
    </message>
    <message>
        <source>%1 already holds data; no demo data added.
</source>
        <translation>%1 enthält bereits Daten; keine Demodaten hinzugefügt.
</translation>
    </message>
    <message>
        <source>%1 already holds data: demo data is only written into an empty database (use a new --db file, or --if-empty to skip quietly).</source>
        <translation>%1 enthält bereits Daten: Demodaten werden nur in eine leere Datenbank geschrieben (verwenden Sie eine neue --db-Datei oder --if-empty, um ohne Meldung zu überspringen).</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Erzeuge Demodaten</translation>
    </message>
    <message>
        <source>Demo data written to %1 (seed %2), %3 to %4:
</source>
        <translation>Demodaten in %1 geschrieben (Seed %2), %3 bis %4:
</translation>
    </message>
    <message>
        <source>  reps:             %1 (including 1 manager)
</source>
        <translation>  Vertriebsmitarbeiter:   %1 (davon 1 Manager)
</translation>
    </message>
    <message>
        <source>  customers:        %1 (%2 churned)
</source>
        <translation>  Kunden:                 %1 (%2 abgewandert)
</translation>
    </message>
    <message>
        <source>  interactions:     %1 (%2 purchases incl. %3 refunds, %4 follow-ups, %5 complaints of which %6 open)
</source>
        <translation>  Kontakte:               %1 (%2 Käufe inkl. %3 Erstattungen, %4 Nachfassaktionen, %5 Beschwerden, davon %6 offen)
</translation>
    </message>
    <message>
        <source>  revenue:          %1
</source>
        <translation>  Umsatz:                 %1
</translation>
    </message>
    <message>
        <source>  survey responses: %1
</source>
        <translation>  Umfrageantworten:       %1
</translation>
    </message>
    <message>
        <source>  KPI goals:        %1
</source>
        <translation>  KPI-Ziele:              %1
</translation>
    </message>
    <message>
        <source>  follow-up tasks:  %1 (%2 open)
</source>
        <translation>  Wiedervorlagen:         %1 (%2 offen)
</translation>
    </message>
    <message>
        <source>fill an empty database with realistic demo data</source>
        <translation>eine leere Datenbank mit realistischen Demodaten füllen</translation>
    </message>
</context>
<context>
    <name>DemoFillFlow</name>
    <message>
        <source>The book could not be read.</source>
        <translation>Der Kundenbestand konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Fill With Demo Data</source>
        <translation>Mit Demodaten füllen</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty book, so that it never mixes with real records. Create a new book with File › New Database and fill that one.</source>
        <translation>Demodaten kommen nur in einen leeren Kundenbestand, damit sie sich nie mit echten Datensätzen vermischen. Legen Sie mit Datei › Neue Datenbank einen neuen an und füllen Sie diesen.</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>&amp;Kunden:</translation>
    </message>
    <message>
        <source>Amounts are in %1; Book Settings can change that later.</source>
        <translation>Beträge sind in %1; das lässt sich später in den Kundenbestand-Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Writing demo data…</source>
        <translation>Demodaten werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation>Die Demodaten konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>About three years of invented history: eight reps and their manager, their customers, interactions, survey answers, goals and follow-ups, with a few stories for the dashboard and the Reflection page to find. Every name is made up.</source>
        <translation>Rund drei Jahre erfundene Geschichte: acht Mitarbeiter und ihre Managerin, deren Kunden, Kontakte, Umfrageantworten, Ziele und Wiedervorlagen, dazu einige Entwicklungen, die das Dashboard und die Seite Reflexion aufdecken können. Alle Namen sind erfunden.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>product quality</source>
        <translation>Produktqualität</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>nicht mehr benötigt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>umgezogen</translation>
    </message>
    <message>
        <source>%1, back on %2</source>
        <translation>%1, zurück am %2</translation>
    </message>
    <message>
        <source>%1 (%2), back on %3</source>
        <translation>%1 (%2), zurück am %3</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation>Datensätze hinter der Kennzahl</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Die Datensätze konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 records; the newest %2 are listed.</source>
        <translation>%1 Datensätze; die neuesten %2 werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s).</source>
        <translation>
            <numerusform>%Ln Datensatz.</numerusform>
            <numerusform>%Ln Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a record, or press Enter, to open its customer.</source>
        <translation>Einen Datensatz doppelklicken oder die Eingabetaste drücken, um seinen Kunden zu öffnen.</translation>
    </message>
</context>
<context>
    <name>EditCustomerCommand</name>
    <message>
        <source>Someone else changed %1 of %2 since; nothing was written.</source>
        <translation>Jemand anderes hat inzwischen %1 von %2 geändert; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>EditGoalCommand</name>
    <message>
        <source>Edit goal %1</source>
        <translation>Ziel %1 bearbeiten</translation>
    </message>
    <message>
        <source>Someone else changed the goal %1 since; nothing was written.</source>
        <translation>Jemand anderes hat das Ziel %1 inzwischen geändert; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>EditProductCommand</name>
    <message>
        <source>Retire product %1</source>
        <translation>Produkt %1 auslaufen lassen</translation>
    </message>
    <message>
        <source>Bring back product %1</source>
        <translation>Produkt %1 wieder anbieten</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Produkt %1 bearbeiten</translation>
    </message>
    <message>
        <source>Someone else changed the product %1 since; nothing was written.</source>
        <translation>Jemand anderes hat das Produkt %1 inzwischen geändert; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>where to write: a file (replaced if it exists; readable by you only), a pipe or /dev/stdout</source>
        <translation>wohin geschrieben wird: eine Datei (wird ersetzt, falls vorhanden; nur für Sie lesbar), eine Pipe oder /dev/stdout</translation>
    </message>
    <message>
        <source>start the file with a UTF-8 byte-order mark, for spreadsheets that need one</source>
        <translation>die Datei mit einer UTF-8-Bytereihenfolgemarke beginnen, für Tabellenkalkulationen, die eine brauchen</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportiere %1</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.
</source>
        <translation>%1 %2 nach %3 exportiert.
</translation>
    </message>
    <message>
        <source>what to export: reps, products, customers, interactions or surveys</source>
        <translation>was exportiert wird: reps, products, customers, interactions oder surveys</translation>
    </message>
    <message>
        <source>export: &apos;%1&apos; is not a kind of record; use reps, products, customers, interactions or surveys</source>
        <translation>export: &apos;%1&apos; ist keine Art von Datensatz; verwenden Sie reps, products, customers, interactions oder surveys</translation>
    </message>
    <message>
        <source>export reps, products, customers, interactions or surveys as CSV</source>
        <translation>Mitarbeiter, Produkte, Kunden, Kontakte oder Umfragen als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>FieldConflictDialog</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Your changes to other fields are saved either way.</source>
        <translation>Ihre Änderungen an anderen Feldern werden in jedem Fall gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Keep Their Values</source>
        <translation>&amp;Deren Werte übernehmen</translation>
    </message>
    <message>
        <source>&amp;Save Mine Over Theirs</source>
        <translation>Mit meinen Werten ü&amp;berschreiben</translation>
    </message>
</context>
<context>
    <name>FindingContext</name>
    <message>
        <source>the customers of %1</source>
        <translation>den Kunden von %1</translation>
    </message>
    <message>
        <source>the %1 segment</source>
        <translation>dem Segment %1</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>allen Kunden</translation>
    </message>
</context>
<context>
    <name>FindingReference</name>
    <message>
        <source>an earlier finding</source>
        <translation>eine frühere Erkenntnis</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>%1 of %2 set apart from the rest in %3</source>
        <translation>%1 von %2 weicht im Zeitraum %3 vom Rest des Teams ab</translation>
    </message>
    <message>
        <source>“%1” complaints changing in %2</source>
        <translation>Beschwerden zu „%1“ verändern sich im Zeitraum %2</translation>
    </message>
    <message>
        <source>“%1” recurring in comments in %2</source>
        <translation>„%1“ wiederholt sich in Kommentaren im Zeitraum %2</translation>
    </message>
    <message>
        <source>satisfaction and loyalty moving apart in %1</source>
        <translation>Zufriedenheit und Treue entwickeln sich im Zeitraum %1 auseinander</translation>
    </message>
    <message>
        <source>team findings that hold here too, in %1</source>
        <translation>Erkenntnisse des Teams, die hier ebenfalls gelten, im Zeitraum %1</translation>
    </message>
    <message>
        <source>a finding of %1</source>
        <translation>eine Erkenntnis aus dem Zeitraum %1</translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <source>A gap this large would arise by chance less than once in %1 such comparisons (z = %2, the bar is %3).</source>
        <translation>Ein so großer Abstand entstünde durch Zufall seltener als einmal in %1 solchen Vergleichen (z = %2, die Schwelle ist %3).</translation>
    </message>
    <message>
        <source>A change this large would arise by chance less than once in %1 such comparisons (z = %2, the bar is %3).</source>
        <translation>Eine so große Veränderung entstünde durch Zufall seltener als einmal in %1 solchen Vergleichen (z = %2, die Schwelle ist %3).</translation>
    </message>
    <message>
        <source>Each of these changes would arise by chance less than once in %1 such comparisons (the weakest has z = %2, the bar is %3).</source>
        <translation>Jede dieser Veränderungen entstünde durch Zufall seltener als einmal in %1 solchen Vergleichen (die schwächste hat z = %2, die Schwelle ist %3).</translation>
    </message>
    <message>
        <source>Each of these trends would arise by chance less than once in %1 such series (the weaker has z = %2, the bar is %3).</source>
        <translation>Jeder dieser Trends entstünde durch Zufall seltener als einmal in %1 solchen Reihen (der schwächere hat z = %2, die Schwelle ist %3).</translation>
    </message>
    <message>
        <source>A rise this large would arise by chance less than once in %1 such comparisons (z = %2, the bar is %3).</source>
        <translation>Ein so großer Anstieg entstünde durch Zufall seltener als einmal in %1 solchen Vergleichen (z = %2, die Schwelle ist %3).</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>A complete quarter, month or year; it is compared with the one before</source>
        <translation>Ein vollständiges Quartal, ein Monat oder ein Jahr; verglichen wird mit dem vorherigen</translation>
    </message>
    <message>
        <source>Whose customers the findings look at</source>
        <translation>Wessen Kunden für die Erkenntnisse betrachtet werden</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Neu auswerten</translation>
    </message>
    <message>
        <source>Work the findings out again from the data as it is now</source>
        <translation>Die Erkenntnisse erneut aus dem aktuellen Datenstand ermitteln</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Details of the finding</source>
        <translation>Details der Erkenntnis</translation>
    </message>
    <message>
        <source>Create &amp;plan from this finding…</source>
        <translation>&amp;Plan aus dieser Erkenntnis erstellen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the self-assessment report of this period and scope as PDF or HTML: figures, charts, findings, questionnaire profiles, goals and action plans</source>
        <translation>Den Selbsteinschätzungsbericht für diesen Zeitraum und Bereich als PDF oder HTML speichern: Kennzahlen, Diagramme, Erkenntnisse, Fragebogenprofile, Ziele und Aktionspläne</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>Meine Kunden</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Das ganze Team</translation>
    </message>
    <message>
        <source>Customers of %1</source>
        <translation>Kunden von %1</translation>
    </message>
    <message>
        <source>Open a database to look for findings.</source>
        <translation>Öffnen Sie eine Datenbank, um nach Erkenntnissen zu suchen.</translation>
    </message>
    <message>
        <source>The findings are worked out when this page is shown.</source>
        <translation>Die Erkenntnisse werden ermittelt, wenn diese Seite angezeigt wird.</translation>
    </message>
    <message>
        <source>Looking for findings in %1…</source>
        <translation>Suche nach Erkenntnissen in %1…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Der Bericht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The report is saved in %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The findings could not be worked out: %1</source>
        <translation>Die Erkenntnisse konnten nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>No findings in %1: nothing changed or stood out by more than chance would explain (worked out in %2 s).</source>
        <translation>Keine Erkenntnisse in %1: Nichts hat sich stärker verändert oder ist stärker aufgefallen, als es der Zufall erklären würde (ermittelt in %2 s).</translation>
    </message>
    <message>
        <source>An empty list is a result too: the rules only speak up when the data is strong enough. Try a longer period or the whole team for more data.</source>
        <translation>Auch eine leere Liste ist ein Ergebnis: Die Regeln melden sich nur, wenn die Daten aussagekräftig genug sind. Versuchen Sie es mit einem längeren Zeitraum oder dem ganzen Team, um mehr Daten zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s) in %1, compared with %2 (worked out in %3 s).</source>
        <translation>
            <numerusform>%Ln Erkenntnis in %1, verglichen mit %2 (ermittelt in %3 s).</numerusform>
            <numerusform>%Ln Erkenntnisse in %1, verglichen mit %2 (ermittelt in %3 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Seen in:</source>
        <translation>Beobachtet in:</translation>
    </message>
    <message>
        <source>Strength (z):</source>
        <translation>Stärke (z):</translation>
    </message>
    <message>
        <source>What may explain it</source>
        <translation>Mögliche Erklärungen</translation>
    </message>
    <message>
        <source>The records behind it</source>
        <translation>Die zugrunde liegenden Datensätze</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Zum Beispiel:</translation>
    </message>
    <message>
        <source>No questionnaire has been taken yet, so there is no self-view to compare.</source>
        <translation>Es wurde noch kein Fragebogen ausgefüllt, daher gibt es keine Selbstsicht zum Vergleich.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Fill With &amp;Demo Data…</source>
        <translation>Mit &amp;Demodaten füllen…</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>Create Your Rep Profile…</source>
        <translation>Eigenes Mitarbeiterprofil anlegen…</translation>
    </message>
    <message>
        <source>Your name and the id your customers and interactions carry as their owner.</source>
        <translation>Ihr Name und die Kennung, die Ihre Kunden und Kontakte als Zuständigen tragen.</translation>
    </message>
    <message>
        <source>Import Your Customers…</source>
        <translation>Kunden importieren…</translation>
    </message>
    <message>
        <source>Reps, customers, interactions and survey answers from CSV files of another CRM or a spreadsheet. The wizard lists every problem with its line before anything is stored (Ctrl+I).</source>
        <translation>Mitarbeiter, Kunden, Kontakte und Umfrageantworten aus CSV-Dateien eines anderen CRM oder einer Tabellenkalkulation. Der Assistent nennt jedes Problem mit seiner Zeile, bevor etwas gespeichert wird (Strg+I).</translation>
    </message>
    <message>
        <source>Add a Customer…</source>
        <translation>Kunden anlegen…</translation>
    </message>
    <message>
        <source>Type in your first customer by hand (Ctrl+N).</source>
        <translation>Den ersten Kunden von Hand erfassen (Strg+N).</translation>
    </message>
    <message>
        <source>Fill With Demo Data…</source>
        <translation>Mit Demodaten füllen…</translation>
    </message>
    <message>
        <source>Take the Personal Questionnaire</source>
        <translation>Persönlichen Fragebogen ausfüllen</translation>
    </message>
    <message>
        <source>How you see your own way with customers; it needs no records (Reflection page, Ctrl+7).</source>
        <translation>Wie Sie Ihren eigenen Umgang mit Kunden sehen; dafür braucht es keine Datensätze (Seite Reflexion, Strg+7).</translation>
    </message>
    <message>
        <source>Fill an empty book with invented history to look around in</source>
        <translation>Einen leeren Kundenbestand mit erfundener Geschichte zum Ausprobieren füllen</translation>
    </message>
    <message>
        <source>This book has no customers yet. Begin with any of these steps; each can be done later from the menus too.</source>
        <translation>Dieser Kundenbestand hat noch keine Kunden. Beginnen Sie mit einem dieser Schritte; jeder ist später auch über die Menüs erreichbar.</translation>
    </message>
    <message>
        <source>Signed in as %1. This book has no customers yet: bring them in, and the dashboard takes this place.</source>
        <translation>Angemeldet als %1. Dieser Kundenbestand hat noch keine Kunden: Sobald welche da sind, erscheint hier das Dashboard.</translation>
    </message>
    <message>
        <source>Look around first: about three years of invented history, with stories for the dashboard and the Reflection page to find.</source>
        <translation>Erst einmal umsehen: rund drei Jahre erfundene Geschichte, mit Entwicklungen, die das Dashboard und die Seite Reflexion aufdecken können.</translation>
    </message>
    <message>
        <source>Only into an empty book, and this one already holds records. File › New Database makes an empty one.</source>
        <translation>Nur in einen leeren Kundenbestand, und dieser enthält schon Datensätze. Datei › Neue Datenbank legt einen leeren an.</translation>
    </message>
    <message>
        <source>Your Rep Profile</source>
        <translation>Ihr Mitarbeiterprofil</translation>
    </message>
</context>
<context>
    <name>FollowUpConflictDialog</name>
    <message>
        <source>Follow-up Changed by Someone Else</source>
        <translation>Wiedervorlage wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved the follow-up with &lt;b&gt;%1&lt;/b&gt; while you were changing it, with other values in the fields below. Nothing of yours has been saved yet.</source>
        <translation>Jemand anderes hat die Wiedervorlage für &lt;b&gt;%1&lt;/b&gt; gespeichert, während Sie sie geändert haben, und zwar mit anderen Werten in den unten aufgeführten Feldern. Von Ihren Änderungen wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>Someone else removed the follow-up; nothing was written</source>
        <translation>Jemand anderes hat die Wiedervorlage entfernt; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>The follow-up keeps changing under this save; nothing was written. Try again in a moment</source>
        <translation>Die Wiedervorlage ändert sich während dieses Speicherns ständig; es wurde nichts geschrieben. Versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Due today or earlier</source>
        <translation>Heute oder früher fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due later today</source>
        <translation>Heute noch fällig</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Snooze a Da&amp;y</source>
        <translation>Einen &amp;Tag zurückstellen</translation>
    </message>
    <message>
        <source>Snooze a &amp;Week</source>
        <translation>Eine &amp;Woche zurückstellen</translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation>&amp;Kunde öffnen</translation>
    </message>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Welche Wiedervorlagen angezeigt werden</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Log a follow-up interaction with this customer now and close the task</source>
        <translation>Jetzt einen Wiedervorlage-Kontakt mit diesem Kunden erfassen und die Aufgabe abschließen</translation>
    </message>
    <message>
        <source>Move the task to one day later</source>
        <translation>Die Aufgabe um einen Tag verschieben</translation>
    </message>
    <message>
        <source>Move the task to one week later</source>
        <translation>Die Aufgabe um eine Woche verschieben</translation>
    </message>
    <message>
        <source>Show this customer&apos;s data and history</source>
        <translation>Daten und Verlauf dieses Kunden anzeigen</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>The follow-ups could not be read.</source>
        <translation>Die Wiedervorlagen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose who you are (Session › Switch Rep…) to see your follow-ups.</source>
        <translation>Wählen Sie aus, wer Sie sind (Sitzung › Mitarbeiter wechseln…), um Ihre Wiedervorlagen zu sehen.</translation>
    </message>
    <message>
        <source>No open follow-ups. Follow-ups you plan when logging an interaction appear here.</source>
        <translation>Keine offenen Wiedervorlagen. Wiedervorlagen, die Sie beim Erfassen eines Kontakts planen, erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due later today, %3 in the next 7 days, %4 later.</source>
        <translation>%1 überfällig, %2 heute noch fällig, %3 in den nächsten 7 Tagen, %4 später.</translation>
    </message>
    <message>
        <source>None in this view.</source>
        <translation>Keine in dieser Ansicht.</translation>
    </message>
</context>
<context>
    <name>GoalCheckInDialog</name>
    <message>
        <source>Check In</source>
        <translation>Zwischenstand erfassen</translation>
    </message>
    <message>
        <source>&amp;Value now:</source>
        <translation>&amp;Aktueller Wert:</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Zuversicht:</translation>
    </message>
    <message>
        <source>How sure you are of reaching the target, from 0 (not at all) to 10 (certain)</source>
        <translation>Wie sicher Sie sind, den Zielwert zu erreichen, von 0 (gar nicht) bis 10 (sicher)</translation>
    </message>
    <message>
        <source>Confidence from 0 to 10</source>
        <translation>Zuversicht von 0 bis 10</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>What moved, what is in the way, what happens next</source>
        <translation>Was sich bewegt hat, was im Weg steht, was als Nächstes passiert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Check in on “%1”</source>
        <translation>Zwischenstand zu „%1“</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>Zielwert: %1 %2</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
</context>
<context>
    <name>GoalConflictDialog</name>
    <message>
        <source>Goal Changed by Someone Else</source>
        <translation>Ziel wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved the goal &lt;b&gt;%1&lt;/b&gt; while you were editing it, with other values in the fields below. Nothing of yours has been saved yet.</source>
        <translation>Jemand anderes hat das Ziel &lt;b&gt;%1&lt;/b&gt; gespeichert, während Sie es bearbeitet haben, und zwar mit anderen Werten in den unten aufgeführten Feldern. Von Ihren Änderungen wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>Wessen Zahlen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Zwischenstand alle</translation>
    </message>
    <message>
        <source>at most (&lt;=)</source>
        <translation>höchstens (&lt;=)</translation>
    </message>
    <message>
        <source>at least (&gt;=)</source>
        <translation>mindestens (&gt;=)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>KPI Goal</source>
        <translation>KPI-Ziel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Goal name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Rep or segment</source>
        <translation>Vertriebsmitarbeiter oder Segment</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>2026-Q3, 2026-09, 2026 or 2026-07-01..2026-10-01</source>
        <translation>2026-Q3, 2026-09, 2026 oder 2026-07-01..2026-10-01</translation>
    </message>
    <message>
        <source>A year, quarter or month, or a range whose end day is excluded (UTC)</source>
        <translation>Ein Jahr, Quartal oder Monat oder ein Bereich, dessen letzter Tag nicht mehr dazugehört (UTC)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ziel&amp;wert:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <source>Where the metric stood when the goal was set; progress counts from here</source>
        <translation>Wo die Kennzahl stand, als das Ziel gesetzt wurde; der Fortschritt zählt ab hier</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Check in &amp;every:</source>
        <translation>Zwischenstand a&amp;lle:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Check-in cadence in days</source>
        <translation>Zwischenstand-Rhythmus in Tagen</translation>
    </message>
    <message>
        <source>New KPI goal</source>
        <translation>Neues KPI-Ziel</translation>
    </message>
    <message>
        <source>Edit KPI goal</source>
        <translation>KPI-Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>One rep</source>
        <translation>Ein Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>One segment</source>
        <translation>Ein Segment</translation>
    </message>
    <message>
        <source>at least (&gt;=)</source>
        <translation>mindestens (&gt;=)</translation>
    </message>
    <message>
        <source>at most (&lt;=)</source>
        <translation>höchstens (&lt;=)</translation>
    </message>
    <message>
        <source>Give the goal a name.</source>
        <translation>Geben Sie dem Ziel einen Namen.</translation>
    </message>
    <message>
        <source>The period is not valid: %1</source>
        <translation>Der Zeitraum ist ungültig: %1</translation>
    </message>
    <message>
        <source>Choose the rep or segment the goal is about.</source>
        <translation>Wählen Sie den Vertriebsmitarbeiter oder das Segment, um das es bei dem Ziel geht.</translation>
    </message>
</context>
<context>
    <name>GoalEvaluator</name>
    <message>
        <source>Goal &apos;%1&apos; names &apos;%2&apos;, which is not a metric with one value.</source>
        <translation>Ziel „%1“ nennt „%2“, das keine Kennzahl mit einem einzelnen Wert ist.</translation>
    </message>
    <message>
        <source>Goal &apos;%1&apos; has direction &apos;%2&apos;; use &gt;= or &lt;=.</source>
        <translation>Ziel „%1“ hat die Richtung „%2“; verwenden Sie &gt;= oder &lt;=.</translation>
    </message>
</context>
<context>
    <name>GoalService</name>
    <message>
        <source>The goal no longer exists.</source>
        <translation>Das Ziel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Someone else removed the goal %1; nothing was written</source>
        <translation>Jemand anderes hat das Ziel %1 entfernt; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>The goal %1 keeps changing under this save; nothing was written. Try again in a moment</source>
        <translation>Das Ziel %1 ändert sich während dieses Speicherns ständig; es wurde nichts geschrieben. Versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Nicht im Plan</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 (projected %2)</source>
        <translation>%1 (Prognose %2)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 – überfällig</translation>
    </message>
    <message>
        <source>none — overdue</source>
        <translation>keiner – überfällig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>A check-in is due every %Ln day(s).</source>
        <translation>
            <numerusform>Ein Zwischenstand ist jeweils nach %Ln Tag fällig.</numerusform>
            <numerusform>Ein Zwischenstand ist jeweils nach %Ln Tagen fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet for this metric in the elapsed part of the period.</source>
        <translation>Für diese Kennzahl gibt es im bisherigen Teil des Zeitraums noch keine Daten.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation>Zeitraum (UTC)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzter Zwischenstand</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>The period has not started: there is nothing to measure yet.</source>
        <translation>Der Zeitraum hat noch nicht begonnen: Es gibt noch nichts zu messen.</translation>
    </message>
    <message>
        <source>No value to measure progress with yet.</source>
        <translation>Noch kein Wert, an dem sich der Fortschritt messen lässt.</translation>
    </message>
    <message>
        <source>From the baseline %1 to the target %2, the projection %3 comes %4 of the way.</source>
        <translation>Vom Ausgangswert %1 zum Zielwert %2 legt die Prognose %3 %4 des Weges zurück.</translation>
    </message>
    <message>
        <source>From the baseline %1 to the target %2, the value %3 comes %4 of the way.</source>
        <translation>Vom Ausgangswert %1 zum Zielwert %2 legt der Wert %3 %4 des Weges zurück.</translation>
    </message>
    <message>
        <source>No baseline: the projection %1 against the target %2 is %3.</source>
        <translation>Kein Ausgangswert: Die Prognose %1 erreicht %3 des Zielwerts %2.</translation>
    </message>
    <message>
        <source>No baseline: the value %1 against the target %2 is %3.</source>
        <translation>Kein Ausgangswert: Der Wert %1 erreicht %3 des Zielwerts %2.</translation>
    </message>
    <message>
        <source>Where the figure stood when the goal was set: progress is measured from here.</source>
        <translation>Der Stand der Kennzahl, als das Ziel gesetzt wurde: Von hier aus wird der Fortschritt gemessen.</translation>
    </message>
    <message>
        <source>No baseline: progress is the value against the target.</source>
        <translation>Kein Ausgangswert: Der Fortschritt ist der Wert gemessen am Zielwert.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
</context>
<context>
    <name>GoalsCommand</name>
    <message>
        <source>only goals whose period overlaps P</source>
        <translation>nur Ziele, deren Zeitraum P überschneidet</translation>
    </message>
    <message>
        <source>table (default) or json</source>
        <translation>table (Standard) oder json</translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <translation>Ziel %1: %2</translation>
    </message>
    <message>
        <source>No goals%1.
</source>
        <translation>Keine Ziele%1.
</translation>
    </message>
    <message>
        <source> in </source>
        <translation> in </translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>verstrichen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPI goals with their progress and status</source>
        <translation>KPI-Ziele mit Fortschritt und Status</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Chec&amp;k in…</source>
        <translation>&amp;Zwischenstand erfassen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <source>Set a target for a metric over a period</source>
        <translation>Einen Zielwert für eine Kennzahl über einen Zeitraum festlegen</translation>
    </message>
    <message>
        <source>Change the selected goal (or double-click it)</source>
        <translation>Das ausgewählte Ziel ändern (oder darauf doppelklicken)</translation>
    </message>
    <message>
        <source>Record where the selected goal stands now and how confident you are</source>
        <translation>Festhalten, wo das ausgewählte Ziel jetzt steht und wie zuversichtlich Sie sind</translation>
    </message>
    <message>
        <source>Delete the selected goal and its check-ins</source>
        <translation>Das ausgewählte Ziel und seine Zwischenstände löschen</translation>
    </message>
    <message>
        <source>KPI goals</source>
        <translation>KPI-Ziele</translation>
    </message>
    <message>
        <source>Check-ins of the selected goal</source>
        <translation>Zwischenstände des ausgewählten Ziels</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>The goals could not be read: %1</source>
        <translation>Die Ziele konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln goal(s) with an overdue check-in.</source>
        <translation>
            <numerusform>%Ln Ziel mit überfälligem Zwischenstand.</numerusform>
            <numerusform>%Ln Ziele mit überfälligem Zwischenstand.</numerusform>
        </translation>
    </message>
    <message>
        <source>No goals yet. Create one with “New goal…”.</source>
        <translation>Noch keine Ziele. Legen Sie eines mit „Neues Ziel…“ an.</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete the goal “%1” and its check-ins?</source>
        <translation>Das Ziel „%1“ und seine Zwischenstände löschen?</translation>
    </message>
</context>
<context>
    <name>GroupOutlierDetector</name>
    <message>
        <source>the other reps</source>
        <translation>den anderen Mitarbeitern</translation>
    </message>
    <message>
        <source>the other segments</source>
        <translation>den anderen Segmenten</translation>
    </message>
    <message>
        <source>%1&apos;s customers</source>
        <translation>den Kunden von %1</translation>
    </message>
    <message>
        <source>the %1 segment</source>
        <translation>dem Segment %1</translation>
    </message>
    <message>
        <source>%1: CSAT lower than the other reps</source>
        <translation>%1: CSAT niedriger als bei den anderen Mitarbeitern</translation>
    </message>
    <message>
        <source>%1: CSAT higher than the other reps</source>
        <translation>%1: CSAT höher als bei den anderen Mitarbeitern</translation>
    </message>
    <message>
        <source>In the %1 segment: CSAT lower than the other segments</source>
        <translation>Im Segment %1: CSAT niedriger als in den anderen Segmenten</translation>
    </message>
    <message>
        <source>In the %1 segment: CSAT higher than the other segments</source>
        <translation>Im Segment %1: CSAT höher als in den anderen Segmenten</translation>
    </message>
    <message>
        <source>%1 follows up less often than the other reps</source>
        <translation>%1 fasst seltener nach als die anderen Mitarbeiter</translation>
    </message>
    <message>
        <source>%1 follows up more often than the other reps</source>
        <translation>%1 fasst häufiger nach als die anderen Mitarbeiter</translation>
    </message>
    <message>
        <source>the %1 segment follows up less often than the other segments</source>
        <translation>Im Segment %1 wird seltener nachgefasst als in den anderen Segmenten</translation>
    </message>
    <message>
        <source>the %1 segment follows up more often than the other segments</source>
        <translation>Im Segment %1 wird häufiger nachgefasst als in den anderen Segmenten</translation>
    </message>
    <message>
        <source>%1 of the rest</source>
        <translation>%1 der übrigen</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>CSAT answers of 3 or less from %1</source>
        <translation>CSAT-Antworten von 3 oder weniger bei %1</translation>
    </message>
    <message>
        <source>purchases by %1 with no follow-up</source>
        <translation>Käufe bei %1 ohne Wiedervorlage</translation>
    </message>
    <message>
        <source>In %1, %2 of %3 CSAT answers from %4 were satisfied (%5%), against %6% from %7 (%8 answers): a gap of %9 points.</source>
        <translation>In %1 waren bei %4 %2 von %3 CSAT-Antworten zufrieden (%5 %), bei %7 dagegen %6 % (%8 Antworten): ein Abstand von %9 Punkten.</translation>
    </message>
    <message>
        <source>In %1, %2 of %3 purchases by %4 had a follow-up within the window (%5%), against %6% for %7 (%8 purchases): a gap of %9 points.</source>
        <translation>In %1 hatten bei %4 %2 von %3 Käufen eine Wiedervorlage innerhalb des Zeitfensters (%5 %), bei %7 dagegen %6 % (%8 Käufe): ein Abstand von %9 Punkten.</translation>
    </message>
    <message>
        <source>Because it names a person, it had to show in %1 as well, and it did (z = %2).</source>
        <translation>Weil der Befund eine Person nennt, musste er sich auch in %1 zeigen, und das tat er (z = %2).</translation>
    </message>
    <message>
        <source>Because it names a person, it had to pass this stricter bar.</source>
        <translation>Weil der Befund eine Person nennt, musste er diese strengere Schwelle überschreiten.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>the CSV file (UTF-8, a header row naming the columns)</source>
        <translation>die CSV-Datei (UTF-8, eine Kopfzeile mit den Spaltennamen)</translation>
    </message>
    <message>
        <source>check the file and report what would change; write nothing</source>
        <translation>die Datei prüfen und melden, was sich ändern würde; nichts schreiben</translation>
    </message>
    <message>
        <source>import the valid rows and report the invalid ones, instead of rejecting the file</source>
        <translation>die gültigen Zeilen importieren und die ungültigen melden, statt die Datei abzulehnen</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>es gibt keine Datei %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei</translation>
    </message>
    <message>
        <source>rapport-cli: there is no database at %1 yet: checking against an empty one, and creating nothing
</source>
        <translation>rapport-cli: unter %1 gibt es noch keine Datenbank: Prüfung gegen eine leere, es wird nichts angelegt
</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message>
        <source>rapport-cli: warning: %1: %2
</source>
        <translation>rapport-cli: Warnung: %1: %2
</translation>
    </message>
    <message>
        <source>rapport-cli: %1 was rejected; nothing was written.
</source>
        <translation>rapport-cli: %1 wurde abgelehnt; nichts wurde geschrieben.
</translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid. Correct them, or use --skip-invalid to import only the valid rows.
</source>
        <translation>%1 von %2 Zeilen sind ungültig. Korrigieren Sie sie oder verwenden Sie --skip-invalid, um nur die gültigen Zeilen zu importieren.
</translation>
    </message>
    <message>
        <source>rapport-cli: %1: %2 of %3 rows were invalid and skipped:
</source>
        <translation>rapport-cli: %1: %2 von %3 Zeilen waren ungültig und wurden übersprungen:
</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. </source>
        <translation>Probelauf, nichts wurde geschrieben. </translation>
    </message>
    <message>
        <source>what the file holds: reps, products, customers, interactions or surveys</source>
        <translation>was die Datei enthält: reps, products, customers, interactions oder surveys</translation>
    </message>
    <message>
        <source>import: &apos;%1&apos; is not a kind of file; use reps, products, customers, interactions or surveys</source>
        <translation>import: &apos;%1&apos; ist keine Art von Datei; verwenden Sie reps, products, customers, interactions oder surveys</translation>
    </message>
    <message>
        <source>import reps, products, customers, interactions or surveys from CSV</source>
        <translation>Mitarbeiter, Produkte, Kunden, Kontakte oder Umfragen aus CSV importieren</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A CSV file with a header row, as described in the import and export guide.</source>
        <translation>Eine CSV-Datei mit Kopfzeile, wie in der Anleitung zu Import und Export beschrieben.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Die Datei in einem Dateidialog auswählen</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Art der Datei</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation>CSV-Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a CSV file in it.</source>
        <translation>%1 ist ein Ordner: Wählen Sie eine CSV-Datei darin aus.</translation>
    </message>
    <message>
        <source>%1 is the open database itself, not a CSV file: choose a CSV file.</source>
        <translation>%1 ist die geöffnete Datenbank selbst, keine CSV-Datei: Wählen Sie eine CSV-Datei aus.</translation>
    </message>
    <message>
        <source>The file is empty: its first line must name the columns.</source>
        <translation>Die Datei ist leer: Ihre erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>The kind was guessed from the columns and the file name; change it if it is wrong.</source>
        <translation>Die Art wurde anhand der Spalten und des Dateinamens erraten; ändern Sie sie, falls sie falsch ist.</translation>
    </message>
    <message>
        <source>Import reps and customers before interactions and survey responses: those name a customer by its customer number, and it must already exist.</source>
        <translation>Importieren Sie Mitarbeiter und Kunden vor Interaktionen und Umfrageantworten: Diese nennen einen Kunden über seine Kundennummer, und er muss bereits vorhanden sein.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import needs a database file; an in-memory database cannot be reached from the import&apos;s thread.</source>
        <translation>Der Import benötigt eine Datenbankdatei; auf eine In-Memory-Datenbank kann der Import-Thread nicht zugreifen.</translation>
    </message>
</context>
<context>
    <name>ImportLedger</name>
    <message>
        <source>duplicates line %1 (a file may name each record once: keep the row with the right values)</source>
        <translation>doppelt zu Zeile %1 (eine Datei darf jeden Datensatz nur einmal nennen: Behalten Sie die Zeile mit den richtigen Werten)</translation>
    </message>
    <message>
        <source>duplicates line %1 (%2)</source>
        <translation>doppelt zu Zeile %1 (%2)</translation>
    </message>
    <message>
        <source>matches %1 stored %2 and none has all of this row&apos;s values, so it cannot tell which one to update: give the rows an external_id</source>
        <translation>passt zu %1 gespeicherten %2, und keiner hat alle Werte dieser Zeile, daher ist unklar, welcher aktualisiert werden soll: Geben Sie den Zeilen eine external_id</translation>
    </message>
    <message>
        <source>%1 is after the stored %2 %3, which this file has no column for (add %2 to the file)</source>
        <translation>%1 liegt nach dem gespeicherten %2 %3, für das diese Datei keine Spalte hat (ergänzen Sie %2 in der Datei)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose which column of your file holds each of Rapport&apos;s columns. Columns of the file that are not chosen anywhere are ignored.</source>
        <translation>Wählen Sie, welche Spalte Ihrer Datei jeweils eine Spalte von Rapport enthält. Spalten der Datei, die nirgends ausgewählt sind, werden ignoriert.</translation>
    </message>
    <message>
        <source>Columns of the file and what they hold</source>
        <translation>Spalten der Datei und ihr Inhalt</translation>
    </message>
    <message>
        <source>Rapport&apos;s column</source>
        <translation>Spalte in Rapport</translation>
    </message>
    <message>
        <source>Column of your file</source>
        <translation>Spalte Ihrer Datei</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>File column for %1</source>
        <translation>Dateispalte für %1</translation>
    </message>
    <message>
        <source>Required: every row must have a %1.</source>
        <translation>Erforderlich: Jede Zeile muss einen Wert für %1 haben.</translation>
    </message>
    <message>
        <source>Optional: leave it as &quot;not in file&quot; if your file has no %1.</source>
        <translation>Optional: Lassen Sie „nicht in Datei“ stehen, wenn Ihre Datei kein Feld %1 hat.</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(nicht in Datei)</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(Spalte %1, ohne Namen)</translation>
    </message>
    <message>
        <source>The file column &quot;%1&quot; is chosen for both %2 and %3: a column can fill only one.</source>
        <translation>Die Dateispalte „%1“ ist sowohl für %2 als auch für %3 ausgewählt: Eine Spalte kann nur eines füllen.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a file column for %1: required, every row must have it.</source>
        <translation>
            <numerusform>Wählen Sie eine Dateispalte für %1: erforderlich, jede Zeile muss sie haben.</numerusform>
            <numerusform>Wählen Sie Dateispalten für %1: erforderlich, jede Zeile muss sie haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has two columns named &quot;%1&quot;: rename one of them in the file.</source>
        <translation>Die Datei hat zwei Spalten namens „%1“: Benennen Sie eine davon in der Datei um.</translation>
    </message>
    <message>
        <source>(empty in the first rows)</source>
        <translation>(leer in den ersten Zeilen)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Every column of the file is used.</source>
        <translation>Jede Spalte der Datei wird verwendet.</translation>
    </message>
    <message>
        <source>Ignored columns of the file: %1.</source>
        <translation>Ignorierte Spalten der Datei: %1.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose what happens when a row of the file is invalid, then start the import.</source>
        <translation>Wählen Sie, was geschehen soll, wenn eine Zeile der Datei ungültig ist, und starten Sie dann den Import.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Ungültige Zeilen</translation>
    </message>
    <message>
        <source>&amp;Reject the whole file: import nothing if any row is invalid</source>
        <translation>Ganze Datei &amp;ablehnen: nichts importieren, wenn eine Zeile ungültig ist</translation>
    </message>
    <message>
        <source>The safe choice: correct the file and import it again.</source>
        <translation>Die sichere Wahl: Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Skip the invalid rows and import the valid ones</source>
        <translation>Ungültige Zeilen ü&amp;berspringen und die gültigen importieren</translation>
    </message>
    <message>
        <source>The summary lists the skipped rows with their line numbers.</source>
        <translation>Die Zusammenfassung listet die übersprungenen Zeilen mit ihren Zeilennummern auf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;An import cannot be undone.&lt;/b&gt; Edit › Undo does not reach it. If you might want to go back, make a backup first with File › Back Up Database…</source>
        <translation>&lt;b&gt;Ein Import kann nicht rückgängig gemacht werden.&lt;/b&gt; Bearbeiten › Rückgängig greift hier nicht. Wenn Sie eventuell zurück möchten, legen Sie zuerst mit Datei › Datenbank sichern… eine Sicherung an.</translation>
    </message>
    <message>
        <source>You can cancel while it runs: the database then stays exactly as it was.</source>
        <translation>Sie können den Import während der Ausführung abbrechen: Die Datenbank bleibt dann genau so, wie sie war.</translation>
    </message>
    <message>
        <source>Rows already in the database (the same customer, interaction or response number) are updated to what the file says; importing the same file twice adds nothing.</source>
        <translation>Zeilen, die bereits in der Datenbank sind (dieselbe Kunden-, Interaktions- oder Antwortnummer), werden auf den Stand der Datei gebracht; wer dieselbe Datei zweimal importiert, fügt nichts hinzu.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its first line is longer than %1 KiB: is it a CSV file?</source>
        <translation>die erste Zeile ist länger als %1 KiB: Ist es eine CSV-Datei?</translation>
    </message>
    <message>
        <source>the file is empty: its first line must name the columns</source>
        <translation>die Datei ist leer: Ihre erste Zeile muss die Spalten benennen</translation>
    </message>
    <message>
        <source>Cannot prepare the preview of %1</source>
        <translation>Die Vorschau von %1 kann nicht vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>The first rows of the file, checked as the import will check them. Invalid rows are tinted; point at one to read its problems.</source>
        <translation>Die ersten Zeilen der Datei, so geprüft, wie der Import sie prüfen wird. Ungültige Zeilen sind eingefärbt; zeigen Sie auf eine, um ihre Probleme zu lesen.</translation>
    </message>
    <message>
        <source>Preview of the file&apos;s rows</source>
        <translation>Vorschau der Dateizeilen</translation>
    </message>
    <message>
        <source>Show &amp;only invalid rows</source>
        <translation>&amp;Nur ungültige Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Zeilen werden geprüft</translation>
    </message>
    <message>
        <source>Line %1 is valid.</source>
        <translation>Zeile %1 ist gültig.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Checking the first rows of the file…</source>
        <translation>Die ersten Zeilen der Datei werden geprüft…</translation>
    </message>
    <message>
        <source>The file has not been read.</source>
        <translation>Die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The file cannot be checked: %1
If another import is running, wait for it to finish, then go back and come to this page again.</source>
        <translation>Die Datei kann nicht geprüft werden: %1
Falls gerade ein anderer Import läuft, warten Sie, bis er fertig ist, gehen Sie dann zurück und rufen Sie diese Seite erneut auf.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>No whole row was found at the start of the file (is a quote not closed?), so there is nothing to show.</source>
        <translation>Am Anfang der Datei wurde keine vollständige Zeile gefunden (ist ein Anführungszeichen nicht geschlossen?), daher gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>The file has a header but no rows: there is nothing to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The first %1 rows are all valid.</source>
        <translation>Die ersten %1 Zeilen sind alle gültig.</translation>
    </message>
    <message>
        <source>All rows of the file are valid (%1).</source>
        <translation>Alle Zeilen der Datei sind gültig (%1).</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows are invalid.</source>
        <translation>%1 der ersten %2 Zeilen sind ungültig.</translation>
    </message>
    <message>
        <source>%1 of the %2 rows of the file are invalid.</source>
        <translation>%1 der %2 Zeilen der Datei sind ungültig.</translation>
    </message>
    <message>
        <source>The whole file is checked when it is imported.</source>
        <translation>Die ganze Datei wird beim Import geprüft.</translation>
    </message>
    <message>
        <source>The rest of the file is checked when it is imported.</source>
        <translation>Der Rest der Datei wird beim Import geprüft.</translation>
    </message>
    <message>
        <source>Line %1 is valid, but: %2</source>
        <translation>Zeile %1 ist gültig, aber: %2</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The file is read, checked and written in one transaction.</source>
        <translation>Die Datei wird in einer einzigen Transaktion gelesen, geprüft und geschrieben.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the import: nothing of this file is written.</source>
        <translation>Den Import anhalten: Von dieser Datei wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written so far…</source>
        <translation>Wird abgebrochen: Bisher Geschriebenes wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>Import wird gestartet…</translation>
    </message>
    <message>
        <source>Read %1 of %2…</source>
        <translation>%1 von %2 gelesen…</translation>
    </message>
    <message>
        <source>Read %1…</source>
        <translation>%1 gelesen…</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>the same customer, kind, occurred_at, rep and amount: give the rows an external_id if they are different interactions</source>
        <translation>gleicher Kunde, gleiche Art, gleiches occurred_at, gleicher Mitarbeiter und gleicher Betrag: Geben Sie den Zeilen eine external_id, wenn es verschiedene Kontakte sind</translation>
    </message>
    <message>
        <source>interactions (the same customer, kind, occurred_at, rep and amount)</source>
        <translation>Kontakten (gleicher Kunde, gleiche Art, gleiches occurred_at, gleicher Mitarbeiter und gleicher Betrag)</translation>
    </message>
    <message>
        <source>the same customer, survey and responded_at</source>
        <translation>gleicher Kunde, gleiche Umfrage und gleiches responded_at</translation>
    </message>
    <message>
        <source>survey responses (the same customer, survey and responded_at)</source>
        <translation>Umfrageantworten (gleicher Kunde, gleiche Umfrage und gleiches responded_at)</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Was der Import getan hat.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Gelesene Zeilen:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Unverändert:</translation>
    </message>
    <message>
        <source>Reps created:</source>
        <translation>Angelegte Vertriebsmitarbeiter:</translation>
    </message>
    <message>
        <source>Invalid rows:</source>
        <translation>Ungültige Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Problems (line: column: reason):</source>
        <translation>&amp;Probleme (Zeile: Spalte: Grund):</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>C&amp;opy Problems</source>
        <translation>Probleme k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the list of problems to the clipboard</source>
        <translation>Die Liste der Probleme in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed. %1</source>
        <translation>Der Import ist fehlgeschlagen; nichts wurde geändert. %1</translation>
    </message>
    <message>
        <source>It did not run.</source>
        <translation>Er wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed: the database is as it was before.</source>
        <translation>Der Import wurde abgebrochen. Nichts wurde geändert: Die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <source>The file was rejected: it cannot be read as a whole. Nothing was written.</source>
        <translation>Die Datei wurde abgelehnt: Sie kann nicht als Ganzes gelesen werden. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The file was rejected: it has invalid rows (%1, listed below). Nothing was written. Correct them and import the file again, or import it skipping the invalid rows.</source>
        <translation>Die Datei wurde abgelehnt: Sie enthält ungültige Zeilen (%1, unten aufgelistet). Nichts wurde geschrieben. Korrigieren Sie diese und importieren Sie die Datei erneut, oder importieren Sie sie unter Überspringen der ungültigen Zeilen.</translation>
    </message>
    <message>
        <source>The file was imported without its invalid rows (%1 skipped, listed below).</source>
        <translation>Die Datei wurde ohne ihre ungültigen Zeilen importiert (%1 übersprungen, unten aufgelistet).</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 wurde importiert.</translation>
    </message>
    <message>
        <source>The file has no rows: nothing was imported.</source>
        <translation>Die Datei hat keine Zeilen: Nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a CSV File</source>
        <translation>CSV-Datei importieren</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>database: %1
schema: %2
wal: %3
reps: %4
customers: %5 (%6 active)
interactions: %7
survey responses: %8
KPI goals: %9
</source>
        <translation>Datenbank: %1
Schema: %2
WAL: %3
Vertriebsmitarbeiter: %4
Kunden: %5 (%6 aktiv)
Kontakte: %7
Umfrageantworten: %8
KPI-Ziele: %9
</translation>
    </message>
    <message>
        <source> (a team server, PostgreSQL)</source>
        <translation> (ein Teamserver, PostgreSQL)</translation>
    </message>
    <message>
        <source>not used (the server keeps its own log)</source>
        <translation>nicht verwendet (der Server führt sein eigenes Protokoll)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>currency: %1
</source>
        <translation>Währung: %1
</translation>
    </message>
    <message>
        <source>none (amounts are shown without a symbol; set one with init --currency CODE)</source>
        <translation>keine (Beträge werden ohne Symbol angezeigt; festlegen mit init --currency CODE)</translation>
    </message>
    <message>
        <source>show what the database holds</source>
        <translation>anzeigen, was die Datenbank enthält</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>the book&apos;s currency, an ISO 4217 code such as EUR or USD (also changes it on an existing database)</source>
        <translation>die Währung des Kundenbestands, ein ISO-4217-Code wie EUR oder USD (ändert sie auch in einer vorhandenen Datenbank)</translation>
    </message>
    <message>
        <source>init: --currency: %1</source>
        <translation>init: --currency: %1</translation>
    </message>
    <message>
        <source>%1 is already a Rapport database (schema %2).
</source>
        <translation>%1 ist bereits eine Rapport-Datenbank (Schema %2).
</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).
</source>
        <translation>%1 angelegt (Schema %2).
</translation>
    </message>
    <message>
        <source>Currency: %1.
</source>
        <translation>Währung: %1.
</translation>
    </message>
    <message>
        <source>No currency yet: amounts are shown without a symbol until one is set with --currency CODE.
</source>
        <translation>Noch keine Währung: Beträge werden ohne Symbol angezeigt, bis eine mit --currency CODE festgelegt ist.
</translation>
    </message>
    <message>
        <source>create an empty database</source>
        <translation>eine leere Datenbank anlegen</translation>
    </message>
</context>
<context>
    <name>InteractionService</name>
    <message>
        <source>Someone else changed or removed the follow-up since it was read; nothing was written</source>
        <translation>Jemand anderes hat die Wiedervorlage geändert oder entfernt, seit sie gelesen wurde; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <source>Resolved %1</source>
        <translation>Gelöst: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Search customer or company</source>
        <translation>Kunde oder Firma suchen</translation>
    </message>
    <message>
        <source>Search interactions by customer</source>
        <translation>Kontakte nach Kunde durchsuchen</translation>
    </message>
    <message>
        <source>Shows the interactions of customers whose name or company contains this text</source>
        <translation>Zeigt die Kontakte von Kunden, deren Name oder Firma diesen Text enthält</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>Show one kind of interaction only</source>
        <translation>Nur eine Art von Kontakt anzeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Rep filter</source>
        <translation>Mitarbeiterfilter</translation>
    </message>
    <message>
        <source>Show the interactions one rep logged</source>
        <translation>Die von einem Vertriebsmitarbeiter erfassten Kontakte anzeigen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>Show interactions on or after this day (Any: no limit)</source>
        <translation>Kontakte ab diesem Tag anzeigen (Beliebig: keine Grenze)</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Show interactions up to and including this day (Any: no limit)</source>
        <translation>Kontakte bis einschließlich dieses Tages anzeigen (Beliebig: keine Grenze)</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the customer</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um den Kunden zu öffnen</translation>
    </message>
    <message>
        <source>Show the selected interaction&apos;s customer with their data and history</source>
        <translation>Den Kunden des ausgewählten Kontakts mit seinen Daten und seiner Historie anzeigen</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>The interactions could not be read.</source>
        <translation>Die Kontakte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>No interactions match these filters.</source>
        <translation>Keine Kontakte entsprechen diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s), newest first.</source>
        <translation>
            <numerusform>%Ln Kontakt, neueste zuerst.</numerusform>
            <numerusform>%Ln Kontakte, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln interaction(s) are shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%Ln neuester Kontakt wird angezeigt; scrollen Sie nach unten für ältere.</numerusform>
            <numerusform>Die neuesten %Ln Kontakte werden angezeigt; scrollen Sie nach unten für ältere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Sprache des Systems</translation>
    </message>
    <message>
        <source>Use the language of the desktop</source>
        <translation>Die Sprache der Arbeitsumgebung verwenden</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>Diese Sprache verwenden</translation>
    </message>
    <message>
        <source>The language changes when Rapport is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Rapport.</translation>
    </message>
</context>
<context>
    <name>LevelAttribution</name>
    <message>
        <source>The whole team shows this too, but in %1 it goes further than in the rest of the team (z = %2 for the difference), so it is not only the team&apos;s finding.</source>
        <translation>Das ganze Team zeigt dies auch, aber bei %1 geht es weiter als im übrigen Team (z = %2 für den Unterschied), daher ist es nicht nur ein Befund des Teams.</translation>
    </message>
    <message>
        <source>The same holds, without departing from the rest of the team, in %1.</source>
        <translation>Dasselbe gilt, ohne vom übrigen Team abzuweichen, bei %1.</translation>
    </message>
    <message>
        <source>As in the whole team: %1</source>
        <translation>Wie im ganzen Team: %1</translation>
    </message>
    <message>
        <source>These are findings about the whole team, told in full in the team&apos;s report. For %1 the figures move with the team&apos;s rather than apart from them, so they are listed here once rather than as separate findings.</source>
        <translation>Dies sind Befunde über das ganze Team, ausführlich im Bericht des Teams beschrieben. Bei %1 bewegen sich die Zahlen mit denen des Teams statt davon weg, daher stehen sie hier einmal statt als eigene Befunde.</translation>
    </message>
</context>
<context>
    <name>ListChurnReasonCommand</name>
    <message>
        <source>Add churn reason %1</source>
        <translation>Abwanderungsgrund %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove churn reason %1</source>
        <translation>Abwanderungsgrund %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ListExportFlow</name>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Writing %1: %2 of %3 rows…</source>
        <translation>%1 wird geschrieben: %2 von %3 Zeilen…</translation>
    </message>
    <message>
        <source>Writing %1: %2 rows so far…</source>
        <translation>%1 wird geschrieben: bisher %2 Zeilen…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation>Export abgebrochen: %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>The export to %1 failed</source>
        <translation>Der Export nach %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The list could not be exported to %1.</source>
        <translation>Die Liste konnte nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <source>The export stopped without saying why.</source>
        <translation>Der Export wurde ohne Angabe eines Grundes beendet.</translation>
    </message>
    <message>
        <source>Export This List as CSV</source>
        <translation>Diese Liste als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;All Records as CSV</source>
        <translation>&amp;Alle Datensätze als CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Reps…</source>
        <translation>&amp;Vertriebsmitarbeiter…</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;Kunden…</translation>
    </message>
    <message>
        <source>&amp;Interactions…</source>
        <translation>K&amp;ontakte…</translation>
    </message>
    <message>
        <source>&amp;Survey Responses…</source>
        <translation>&amp;Umfrageantworten…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Produkte…</translation>
    </message>
</context>
<context>
    <name>ListExports</name>
    <message>
        <source>written as the CSV file</source>
        <translation>als CSV-Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>LogInteractionCommand</name>
    <message>
        <source>Log %1, follow-up done</source>
        <translation>%1 erfassen, Wiedervorlage erledigt</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>%1 erfassen</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log Interaction</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Type a name, company or e-mail</source>
        <translation>Name, Firma oder E-Mail eingeben</translation>
    </message>
    <message>
        <source>Start typing and pick the customer from the suggestions</source>
        <translation>Beginnen Sie zu tippen und wählen Sie den Kunden aus den Vorschlägen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Kind of interaction</source>
        <translation>Art des Kontakts</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es stattfand</translation>
    </message>
    <message>
        <source>Local time; now unless you change it</source>
        <translation>Ortszeit; jetzt, sofern Sie es nicht ändern</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>e.g. 19.99 (negative for a refund)</source>
        <translation>z. B. 19.99 (negativ für eine Erstattung)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>The purchase amount, with a dot and at most two decimals</source>
        <translation>Der Kaufbetrag, mit Punkt und höchstens zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>e.g. delivery, billing, quality</source>
        <translation>z. B. Lieferung, Abrechnung, Qualität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>What the complaint or support request is about</source>
        <translation>Worum es bei der Beschwerde oder Supportanfrage geht</translation>
    </message>
    <message>
        <source>Already &amp;resolved</source>
        <translation>Bereits ge&amp;löst</translation>
    </message>
    <message>
        <source>Records now as the time the complaint was resolved</source>
        <translation>Erfasst jetzt als Zeitpunkt, zu dem die Beschwerde gelöst wurde</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Wiedervorlage am:</translation>
    </message>
    <message>
        <source>Creates a follow-up task for you, due on this day</source>
        <translation>Legt für Sie eine Wiedervorlage an, fällig an diesem Tag</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Wiedervorlagedatum</translation>
    </message>
    <message>
        <source>Complete the customer&apos;s open follow-up</source>
        <translation>Offene Wiedervorlage des Kunden abschließen</translation>
    </message>
    <message>
        <source>Marks this customer&apos;s open follow-up done by the interaction you log</source>
        <translation>Markiert die offene Wiedervorlage dieses Kunden durch den erfassten Kontakt als erledigt</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Co&amp;mplete the follow-up due %1</source>
        <translation>Wiedervorlage (fällig %1) ab&amp;schließen</translation>
    </message>
    <message>
        <source>Co&amp;mplete the follow-up “%1” due %2</source>
        <translation>Wiedervorlage „%1“ (fällig %2) ab&amp;schließen</translation>
    </message>
    <message>
        <source>The amount is not valid: %1</source>
        <translation>Der Betrag ist ungültig: %1</translation>
    </message>
    <message>
        <source>The follow-up date is before the interaction.</source>
        <translation>Das Wiedervorlagedatum liegt vor dem Kontakt.</translation>
    </message>
    <message>
        <source>Mark the churned customer as returned</source>
        <translation>Den abgewanderten Kunden als zurückgekehrt markieren</translation>
    </message>
    <message>
        <source>The customer is marked as churned; a purchase says they are back. Ticked, they are marked active again (a step of its own in Edit › Undo).</source>
        <translation>Der Kunde ist als abgewandert markiert; ein Kauf zeigt, dass er zurück ist. Angehakt wird er wieder als aktiv markiert (ein eigener Schritt unter Bearbeiten › Rückgängig).</translation>
    </message>
    <message>
        <source>%1 churned on %2: mark them as &amp;returned</source>
        <translation>%1 ist am %2 abgewandert: als &amp;zurückgekehrt markieren</translation>
    </message>
    <message>
        <source>Mark %1 as returned</source>
        <translation>%1 als zurückgekehrt markieren</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Switch between the parts of Rapport (Ctrl+1 to Ctrl+7)</source>
        <translation>Zwischen den Bereichen von Rapport wechseln (Ctrl+1 bis Ctrl+7)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Your key figures (sales, satisfaction, complaints, retention) and their trends will appear here.</source>
        <translation>Ihre Kennzahlen (Umsatz, Zufriedenheit, Beschwerden, Kundenbindung) und deren Trends erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import reps, customers, interactions or survey responses from a CSV file (Ctrl+I)</source>
        <translation>Vertriebsmitarbeiter, Kunden, Kontakte oder Umfrageantworten aus einer CSV-Datei importieren (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import records from a CSV file, checked row by row before anything is written</source>
        <translation>Datensätze aus einer CSV-Datei importieren, Zeile für Zeile geprüft, bevor etwas geschrieben wird</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport This List as CSV…</source>
        <translation>Diese Liste als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the rows this list shows, with its filters and order, as a CSV file (Ctrl+Shift+E)</source>
        <translation>Die Zeilen, die diese Liste zeigt, mit ihren Filtern und ihrer Sortierung als CSV-Datei speichern (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Save the customers, interactions or survey responses listed on this page as a CSV file</source>
        <translation>Die auf dieser Seite aufgelisteten Kunden, Kontakte oder Umfrageantworten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Kontakt &amp;erfassen…</translation>
    </message>
    <message>
        <source>Log a call, e-mail, meeting, purchase or complaint (Ctrl+L)</source>
        <translation>Einen Anruf, eine E-Mail, ein Treffen, einen Kauf oder eine Beschwerde erfassen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+Shift+N)</source>
        <translation>Einen Kunden hinzufügen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Mark Customer &amp;Churned or Active</source>
        <translation>Kunde als &amp;abgewandert oder aktiv markieren</translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation>Kunde &amp;löschen…</translation>
    </message>
    <message>
        <source>Record &amp;Survey Response…</source>
        <translation>&amp;Umfrageantwort erfassen…</translation>
    </message>
    <message>
        <source>Record a CSAT, NPS or CES answer (Ctrl+Shift+S)</source>
        <translation>Eine CSAT-, NPS- oder CES-Antwort erfassen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>S&amp;witch Rep…</source>
        <translation>Mitarbeiter &amp;wechseln…</translation>
    </message>
    <message>
        <source>Choose who is working: logged interactions and follow-ups are theirs</source>
        <translation>Wählen Sie, wer arbeitet: Erfasste Kontakte und Wiedervorlagen gehören dieser Person</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Über Rapport</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Rapport could not connect to the team server.</source>
        <translation>Rapport konnte keine Verbindung zum Team-Server herstellen.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The database was upgraded for this version of Rapport; the old file is kept as %1</source>
        <translation>Die Datenbank wurde für diese Version von Rapport aktualisiert; die alte Datei bleibt als %1 erhalten</translation>
    </message>
    <message>
        <source>The list of reps could not be read.</source>
        <translation>Die Liste der Vertriebsmitarbeiter konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>New Rapport Database</source>
        <translation>Neue Rapport-Datenbank</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite)</source>
        <translation>Rapport-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>A file with that name already exists.</source>
        <translation>Eine Datei mit diesem Namen ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Open Rapport Database</source>
        <translation>Rapport-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Rapport-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>.backup</source>
        <translation>.backup</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated</source>
        <translation>Importiert: %1 hinzugefügt, %2 aktualisiert</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>file name</comment>
        <translation>kunden</translation>
    </message>
    <message>
        <source>interactions</source>
        <comment>file name</comment>
        <translation>kontakte</translation>
    </message>
    <message>
        <source>survey-responses</source>
        <comment>file name</comment>
        <translation>umfrageantworten</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rapport&lt;/b&gt; %1&lt;br&gt;A CRM workbench for measuring, reflecting and improving.</source>
        <translation>&lt;b&gt;Rapport&lt;/b&gt; %1&lt;br&gt;Eine CRM-Werkbank zum Messen, Reflektieren und Verbessern.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 – Rapport</source>
        <translation>%1 – Rapport</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue follow-up(s) (Ctrl+4)</source>
        <translation>
            <numerusform>%Ln überfällige Wiedervorlage (Ctrl+4)</numerusform>
            <numerusform>%Ln überfällige Wiedervorlagen (Ctrl+4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups (Ctrl+4)</source>
        <translation>Wiedervorlagen (Ctrl+4)</translation>
    </message>
    <message>
        <source>Show &amp;Navigation Bar</source>
        <translation>&amp;Navigationsleiste anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the list of pages on the left</source>
        <translation>Die Liste der Seiten links ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>C&amp;hurn Reasons…</source>
        <translation>A&amp;bwanderungsgründe…</translation>
    </message>
    <message>
        <source>The team&apos;s list of reasons customers leave for: add, rename, merge</source>
        <translation>Die Liste des Teams, aus welchen Gründen Kunden gehen: hinzufügen, umbenennen, zusammenführen</translation>
    </message>
</context>
<context>
    <name>MetricFormat</name>
    <message>
        <source>Rep %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>amount; this book has no currency yet</source>
        <translation>Betrag; für diesen Kundenbestand ist noch keine Währung festgelegt</translation>
    </message>
</context>
<context>
    <name>MetricTile</name>
    <message>
        <source>No data for this period and scope: nothing to compute %1 from.</source>
        <translation>Keine Daten für diesen Zeitraum und Bereich: %1 kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The previous period has no value to compare with.</source>
        <translation>Der vorherige Zeitraum hat keinen Vergleichswert.</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Vorheriger Zeitraum: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <source> (better)</source>
        <translation> (besser)</translation>
    </message>
    <message>
        <source> (worse)</source>
        <translation> (schlechter)</translation>
    </message>
    <message>
        <source>Click, or press Enter, to see the records behind this figure.</source>
        <translation>Klicken oder Eingabetaste drücken, um die Datensätze hinter dieser Zahl anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>MetricsCliSupport</name>
    <message>
        <source>only the customers owned by rep ID</source>
        <translation>nur die Kunden des Vertriebsmitarbeiters ID</translation>
    </message>
    <message>
        <source>only the customers of segment NAME</source>
        <translation>nur die Kunden des Segments NAME</translation>
    </message>
    <message>
        <source>2026, 2026-Q3, 2026-09 or 2026-07-01..2026-10-01 (end excluded)</source>
        <translation>2026, 2026-Q3, 2026-09 oder 2026-07-01..2026-10-01 (Ende ausgeschlossen)</translation>
    </message>
    <message>
        <source>give --rep or --segment, not both</source>
        <translation>geben Sie --rep oder --segment an, nicht beides</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: there is no such %3 in %4; the %5s are: %6</source>
        <translation>--%1 &apos;%2&apos;: in %4 gibt es keinen solchen Eintrag (%3); vorhandene Werte für %5: %6</translation>
    </message>
    <message>
        <source>--format must be %1, not &apos;%2&apos;</source>
        <translation>--format muss %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>Money without a symbol: this book has no currency yet (set one with: rapport-cli init --currency CODE)</source>
        <translation>Beträge ohne Symbol: Dieser Kundenbestand hat noch keine Währung (festlegen mit: rapport-cli init --currency CODE)</translation>
    </message>
    <message>
        <source>Money in %1</source>
        <translation>Beträge in %1</translation>
    </message>
    <message>
        <source>table (default) or json</source>
        <translation>table (Standard) oder json</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Period %1 [%2, %3), scope %4

</source>
        <translation>Zeitraum %1 [%2, %3), Bereich %4

</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>
%1; rates in percent; &apos;-&apos; means no data.
</source>
        <translation>
%1; Quoten in Prozent; &apos;-&apos; bedeutet keine Daten.
</translation>
    </message>
    <message>
        <source>every figure of a period, with the previous period</source>
        <translation>alle Kennzahlen eines Zeitraums, mit dem vorherigen Zeitraum</translation>
    </message>
</context>
<context>
    <name>MetricsEngine</name>
    <message>
        <source>The trend must end after it starts (%1 .. %2).</source>
        <translation>Der Verlauf muss nach seinem Beginn enden (%1 .. %2).</translation>
    </message>
    <message>
        <source>A trend from %1 to %2 by %3 would have %4 points; at most %5 are allowed.</source>
        <translation>Ein Verlauf von %1 bis %2 nach %3 hätte %4 Punkte; erlaubt sind höchstens %5.</translation>
    </message>
    <message>
        <source>The cohort range must end after it starts (%1 .. %2).</source>
        <translation>Der Kohortenbereich muss nach seinem Beginn enden (%1 .. %2).</translation>
    </message>
    <message>
        <source>A cohort table from %1 to %2 would have %3 months; at most %4 are allowed.</source>
        <translation>Eine Kohortentabelle von %1 bis %2 hätte %3 Monate; erlaubt sind höchstens %4.</translation>
    </message>
    <message>
        <source>The setting %1 must be a whole number of days from 1 to 3650, not &apos;%2&apos;.</source>
        <translation>Die Einstellung %1 muss eine ganze Zahl von Tagen zwischen 1 und 3650 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>The follow-up window must be from 1 to 3650 days, not %1.</source>
        <translation>Das Wiedervorlagefenster muss zwischen 1 und 3650 Tagen liegen, nicht %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric with one value per period; choose one of: %2.</source>
        <translation>„%1“ ist keine Kennzahl mit einem Wert pro Zeitraum; wählen Sie eine von: %2.</translation>
    </message>
</context>
<context>
    <name>MonthAxis</name>
    <message>
        <source>Month (UTC)</source>
        <translation>Monat (UTC)</translation>
    </message>
</context>
<context>
    <name>OpposingMetricsDetector</name>
    <message>
        <source>z of the %1 change</source>
        <translation>z der Veränderung von %1</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation>%1 ging von %2 auf %3</translation>
    </message>
    <message>
        <source>Happier but leaving: satisfaction up, loyalty down in %1</source>
        <translation>Zufriedener, aber abwandernd: Zufriedenheit steigt, Treue sinkt bei %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Less satisfied but staying: satisfaction down, loyalty up in %1</source>
        <translation>Weniger zufrieden, aber bleibend: Zufriedenheit sinkt, Treue steigt bei %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; complaints rose from %2 to %3 (z = %4).</source>
        <translation>Beschwerden „%1“ stiegen von %2 auf %3 (z = %4).</translation>
    </message>
    <message>
        <source>The %1 change is strongest in %2 (z = %3).</source>
        <translation>Die Veränderung von %1 ist am stärksten bei %2 (z = %3).</translation>
    </message>
    <message>
        <source>customers of %1 who left in %2</source>
        <translation>abgewanderte Kunden bei %1 in %2</translation>
    </message>
    <message>
        <source>In %1, %2, yet %3 (%4 against %5). Customers say they are more satisfied while more of them leave: satisfaction surveys may not reach the customers who go, or something other than service drives them away (price, competition, product fit).</source>
        <translation>Bei %1: %2, dennoch %3 (%4 gegenüber %5). Die Kunden sagen, sie seien zufriedener, während mehr von ihnen abwandern: Zufriedenheitsumfragen erreichen die gehenden Kunden womöglich nicht, oder etwas anderes als der Service treibt sie weg (Preis, Wettbewerb, Produkteignung).</translation>
    </message>
    <message>
        <source>In %1, %2, while %3 (%4 against %5). Customers stay for now even though they rate the service lower; that goodwill may not last.</source>
        <translation>Bei %1: %2, während %3 (%4 gegenüber %5). Die Kunden bleiben vorerst, obwohl sie den Service schlechter bewerten; dieses Wohlwollen hält womöglich nicht an.</translation>
    </message>
    <message>
        <source>It rests on %1 survey answers and %2 customers at the start of %3, against %4 and %5 in %6.</source>
        <translation>Grundlage sind %1 Umfrageantworten und %2 Kunden zu Beginn von %3, gegenüber %4 und %5 in %6.</translation>
    </message>
    <message>
        <source>Because it names a person&apos;s customers, each change had to pass this stricter bar.</source>
        <translation>Weil der Befund die Kunden einer Person nennt, musste jede Veränderung diese strengere Schwelle überschreiten.</translation>
    </message>
</context>
<context>
    <name>OpposingTrendDetector</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Happier but leaving, period after period, in %1</source>
        <translation>Zufriedener, aber abwandernd, Zeitraum für Zeitraum, bei %1</translation>
    </message>
    <message>
        <source>Less satisfied but staying, period after period, in %1</source>
        <translation>Weniger zufrieden, aber bleibend, Zeitraum für Zeitraum, bei %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>churn rate %1</source>
        <translation>Abwanderungsrate %1</translation>
    </message>
    <message>
        <source>fitted CSAT change (points)</source>
        <translation>angepasste CSAT-Veränderung (Punkte)</translation>
    </message>
    <message>
        <source>fitted churn change (points)</source>
        <translation>angepasste Veränderung der Abwanderung (Punkte)</translation>
    </message>
    <message>
        <source>z of the CSAT trend</source>
        <translation>z des CSAT-Trends</translation>
    </message>
    <message>
        <source>z of the churn trend</source>
        <translation>z des Abwanderungstrends</translation>
    </message>
    <message>
        <source>customers of %1 who left from %2</source>
        <translation>abgewanderte Kunden bei %1 von %2</translation>
    </message>
    <message>
        <source>Happier but leaving since %1, in %2</source>
        <translation>Zufriedener, aber abwandernd seit %1, bei %2</translation>
    </message>
    <message>
        <source>Less satisfied but staying since %1, in %2</source>
        <translation>Weniger zufrieden, aber bleibend seit %1, bei %2</translation>
    </message>
    <message>
        <source>From %1, CSAT in %2 rose (%3 points, from %4 to %5) while churn rose too (%6 points, from %7 to %8).</source>
        <translation>Von %1 stieg der CSAT bei %2 (%3 Punkte, von %4 auf %5), während auch die Abwanderung stieg (%6 Punkte, von %7 auf %8).</translation>
    </message>
    <message>
        <source>From %1, CSAT in %2 fell (%3 points) while churn fell as well (%4 points).</source>
        <translation>Von %1 sank der CSAT bei %2 (%3 Punkte), während auch die Abwanderung sank (%4 Punkte).</translation>
    </message>
    <message>
        <source>From %1, CSAT in %2 trended up (%3 points over the %4 periods with enough data, from %5 to %6) while churn trended up too (%7 points, from %8 to %9). From one period to the next the changes are small, but the drift is steady: satisfaction surveys may not reach the customers who go, or something other than service (price, competition, product fit) drives them away.</source>
        <translation>Von %1 stieg der CSAT bei %2 tendenziell (%3 Punkte über die %4 Zeiträume mit genügend Daten, von %5 auf %6), während auch die Abwanderung tendenziell stieg (%7 Punkte, von %8 auf %9). Von einem Zeitraum zum nächsten sind die Veränderungen klein, aber die Entwicklung ist stetig: Zufriedenheitsumfragen erreichen die gehenden Kunden womöglich nicht, oder etwas anderes als der Service (Preis, Wettbewerb, Produkteignung) treibt sie weg.</translation>
    </message>
    <message>
        <source>From %1, CSAT in %2 trended down (%3 points over the %4 periods with enough data) while churn trended down as well (%5 points). Customers stay for now even though they rate the service lower; that goodwill may not last.</source>
        <translation>Von %1 sank der CSAT bei %2 tendenziell (%3 Punkte über die %4 Zeiträume mit genügend Daten), während auch die Abwanderung tendenziell sank (%5 Punkte). Die Kunden bleiben vorerst, obwohl sie den Service schlechter bewerten; dieses Wohlwollen hält womöglich nicht an.</translation>
    </message>
    <message>
        <source>It rests on %1 CSAT answers and on %2 customers counted at the starts of the %3 periods.</source>
        <translation>Grundlage sind %1 CSAT-Antworten und %2 Kunden, gezählt jeweils zu Beginn der %3 Zeiträume.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a disk device</source>
        <translation>ein Laufwerk</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>it is %1; name a file, a pipe or /dev/stdout</source>
        <translation>es ist %1; geben Sie eine Datei, eine Pipe oder /dev/stdout an</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <source>Win-back Outreach</source>
        <translation>Rückgewinnungsversuch</translation>
    </message>
    <message>
        <source>“Won back” records what they said; they count as back once they buy again</source>
        <translation>„Zurückgewonnen“ hält fest, was der Kunde gesagt hat; zurück ist er erst mit dem nächsten Kauf</translation>
    </message>
    <message>
        <source>What did they say? What would bring them back?</source>
        <translation>Was hat der Kunde gesagt? Was würde ihn zurückbringen?</translation>
    </message>
    <message>
        <source>How did the attempt to win back %1 go?</source>
        <translation>Wie ist der Versuch ausgegangen, %1 zurückzugewinnen?</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Über:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>&apos;%1&apos; is not a period: %2. Use a year (2026), a quarter (2026-Q3), a month (2026-09) or a range (2026-07-01..2026-10-01, end excluded).</source>
        <translation>„%1“ ist kein Zeitraum: %2. Verwenden Sie ein Jahr (2026), ein Quartal (2026-Q3), einen Monat (2026-09) oder einen Bereich (2026-07-01..2026-10-01, Ende ausgeschlossen).</translation>
    </message>
    <message>
        <source>A period needs a valid start and end.</source>
        <translation>Ein Zeitraum braucht einen gültigen Beginn und ein gültiges Ende.</translation>
    </message>
    <message>
        <source>A period must end after it starts (%1 .. %2).</source>
        <translation>Ein Zeitraum muss nach seinem Beginn enden (%1 .. %2).</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>the year must be between %1 and %2</source>
        <translation>das Jahr muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>it would end after 9999-12-31, the last day Rapport can show</source>
        <translation>er würde nach dem 9999-12-31 enden, dem letzten Tag, den Rapport anzeigen kann</translation>
    </message>
    <message>
        <source>the quarter must be Q1 to Q4</source>
        <translation>das Quartal muss Q1 bis Q4 sein</translation>
    </message>
    <message>
        <source>the month must be 01 to 12</source>
        <translation>der Monat muss 01 bis 12 sein</translation>
    </message>
    <message>
        <source>the form is not recognised</source>
        <translation>die Form wird nicht erkannt</translation>
    </message>
    <message>
        <source>the start &apos;%1&apos; is not a date (YYYY-MM-DD) or an instant with a zone</source>
        <translation>der Beginn „%1“ ist kein Datum (JJJJ-MM-TT) und kein Zeitpunkt mit Zeitzone</translation>
    </message>
    <message>
        <source>the end &apos;%1&apos; is not a date (YYYY-MM-DD) or an instant with a zone</source>
        <translation>das Ende „%1“ ist kein Datum (JJJJ-MM-TT) und kein Zeitpunkt mit Zeitzone</translation>
    </message>
    <message>
        <source>the end must come after the start (the end is excluded)</source>
        <translation>das Ende muss nach dem Beginn liegen (das Ende ist ausgeschlossen)</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>The last day of the custom range (included).</source>
        <translation>Der letzte Tag des benutzerdefinierten Zeitraums (einschließlich).</translation>
    </message>
    <message>
        <source>through</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Art des Zeitraums</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The month, quarter or year to show</source>
        <translation>Der anzuzeigende Monat, das Quartal oder das Jahr</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>The first day of the custom range.</source>
        <translation>Der erste Tag des benutzerdefinierten Zeitraums.</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>The period before (%1)</source>
        <translation>Der Zeitraum davor (%1)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>The period after (%1)</source>
        <translation>Der Zeitraum danach (%1)</translation>
    </message>
</context>
<context>
    <name>PlanConflictDialog</name>
    <message>
        <source>Action Plan Changed by Someone Else</source>
        <translation>Aktionsplan wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved the action plan &lt;b&gt;%1&lt;/b&gt; while you were changing it, with other values in the fields below. Nothing of yours has been saved yet.</source>
        <translation>Jemand anderes hat den Aktionsplan &lt;b&gt;%1&lt;/b&gt; gespeichert, während Sie ihn geändert haben, und zwar mit anderen Werten in den unten aufgeführten Feldern. Von Ihren Änderungen wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>Wessen Zahlen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Zwischenstand alle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>at most (&lt;=)</source>
        <translation>höchstens (&lt;=)</translation>
    </message>
    <message>
        <source>at least (&gt;=)</source>
        <translation>mindestens (&gt;=)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDetailDialog</name>
    <message>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Schritte des Plans</translation>
    </message>
    <message>
        <source>Tick a step when it is done (Space)</source>
        <translation>Einen Schritt abhaken, wenn er erledigt ist (Leertaste)</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>A step toward the plan, e.g. “Draft the call script”</source>
        <translation>Ein Schritt zum Plan, z. B. „Gesprächsleitfaden entwerfen“</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Check-ins of the plan</source>
        <translation>Zwischenstände des Plans</translation>
    </message>
    <message>
        <source>How is it going? What got in the way?</source>
        <translation>Wie läuft es? Was stand im Weg?</translation>
    </message>
    <message>
        <source>Where the plan&apos;s metric stands now, if you know it</source>
        <translation>Wo die Kennzahl des Plans jetzt steht, falls bekannt</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Record check-in</source>
        <translation>Zwischenstand &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>History of the plan&apos;s changes</source>
        <translation>Änderungsverlauf des Plans</translation>
    </message>
    <message>
        <source>Steps, check-ins and history</source>
        <translation>Schritte, Zwischenstände und Verlauf</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>Sch&amp;ritte</translation>
    </message>
    <message>
        <source>C&amp;heck-ins</source>
        <translation>&amp;Zwischenstände</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Adjust plan…</source>
        <translation>Plan &amp;anpassen…</translation>
    </message>
    <message>
        <source>Mark co&amp;mpleted…</source>
        <translation>Als abgeschlossen &amp;markieren…</translation>
    </message>
    <message>
        <source>A&amp;bandon…</source>
        <translation>Au&amp;fgeben…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Wie&amp;der öffnen…</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Dieser Plan existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>Der Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation>Aktionsplan: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>%1 for %2, target %3</source>
        <translation>%1 für %2, Ziel %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 to %2, check in every %3 days</source>
        <translation>%1 bis %2, Zwischenstand alle %3 Tage</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s “%1”</source>
        <translation>„%1“ aus dem Fragebogen</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Stammt aus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Part of the plan could not be read: %1</source>
        <translation>Ein Teil des Plans konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Progress cannot be measured: %1</source>
        <translation>Der Fortschritt kann nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>%1 (closed on %2, figures as of then)</source>
        <translation>%1 (abgeschlossen am %2, Zahlen zu diesem Zeitpunkt)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1: baseline %2%3, now %4%5</source>
        <translation>%1: Ausgangswert %2%3, jetzt %4%5</translation>
    </message>
    <message>
        <source> (set in the plan)</source>
        <translation> (im Plan festgelegt)</translation>
    </message>
    <message>
        <source> (measured before the start)</source>
        <translation> (vor dem Start gemessen)</translation>
    </message>
    <message>
        <source> from %1 records</source>
        <translation> aus %1 Datensätzen</translation>
    </message>
    <message>
        <source>, expected by now: %1% of the way</source>
        <translation>, bis jetzt erwartet: %1 % des Weges</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Zwischenstand: %1</translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation>Vorher und nachher: %1</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>No steps yet: break the action into steps you can tick off.</source>
        <translation>Noch keine Schritte: Teilen Sie die Maßnahme in Schritte auf, die Sie abhaken können.</translation>
    </message>
    <message>
        <source>C&amp;heck-ins (%1)</source>
        <translation>&amp;Zwischenstände (%1)</translation>
    </message>
    <message>
        <source>H&amp;istory (%1)</source>
        <translation>&amp;Verlauf (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a number; leave the value empty or type one such as %2.</source>
        <translation>„%1“ ist keine Zahl; lassen Sie den Wert leer oder geben Sie eine Zahl wie %2 ein.</translation>
    </message>
    <message>
        <source>Write a note or a value to record a check-in.</source>
        <translation>Geben Sie eine Notiz oder einen Wert ein, um einen Zwischenstand zu erfassen.</translation>
    </message>
    <message>
        <source>Complete the plan “%1”</source>
        <translation>Plan „%1“ abschließen</translation>
    </message>
    <message>
        <source>Abandon the plan “%1”</source>
        <translation>Plan „%1“ aufgeben</translation>
    </message>
    <message>
        <source>Reopen the plan “%1”</source>
        <translation>Plan „%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Why is the plan complete? (kept in its history)</source>
        <translation>Warum ist der Plan abgeschlossen? (wird im Verlauf gespeichert)</translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation>Alle Schritte erledigt</translation>
    </message>
    <message>
        <source>Why is the plan given up? (kept in its history)</source>
        <translation>Warum wird der Plan aufgegeben? (wird im Verlauf gespeichert)</translation>
    </message>
    <message>
        <source>Why is the plan taken up again? (kept in its history)</source>
        <translation>Warum wird der Plan wieder aufgenommen? (wird im Verlauf gespeichert)</translation>
    </message>
    <message>
        <source>Change the plan&apos;s status</source>
        <translation>Status des Plans ändern</translation>
    </message>
    <message>
        <source>The status was not changed: a reason is needed.</source>
        <translation>Der Status wurde nicht geändert: Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>Adjust the plan “%1”</source>
        <translation>Plan „%1“ anpassen</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>check-in every (days)</source>
        <translation>Zwischenstand alle (Tage)</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ProductComplaintDetector</name>
    <message>
        <source>complaints about %1 in %2</source>
        <translation>Beschwerden über %1 in %2</translation>
    </message>
    <message>
        <source>Complaints about %1 are rising</source>
        <translation>Beschwerden über %1 nehmen zu</translation>
    </message>
    <message>
        <source>In %1, %2 complaints about %3 came in for %4 purchases of it: %5 per 100 purchases, against %6 in %7 (%8 complaints, %9 purchases).</source>
        <translation>In %1 gingen %2 Beschwerden über %3 bei %4 Käufen davon ein: %5 je 100 Käufe, gegenüber %6 in %7 (%8 Beschwerden, %9 Käufe).</translation>
    </message>
    <message>
        <source>That is %1 times the earlier rate.</source>
        <translation>Das ist das %1-Fache der früheren Rate.</translation>
    </message>
    <message>
        <source>complaints %1</source>
        <translation>Beschwerden %1</translation>
    </message>
    <message>
        <source>per 100 purchases %1</source>
        <translation>je 100 Käufe %1</translation>
    </message>
    <message>
        <source>%1 draws far more complaints per purchase than the other products</source>
        <translation>%1 erhält weit mehr Beschwerden je Kauf als die anderen Produkte</translation>
    </message>
    <message>
        <source>In %1, %2 drew %3 complaints per 100 purchases (%4 complaints, %5 purchases); the other products together drew %6 (%7 complaints, %8 purchases).</source>
        <translation>In %1 erhielt %2 %3 Beschwerden je 100 Käufe (%4 Beschwerden, %5 Käufe); die anderen Produkte zusammen %6 (%7 Beschwerden, %8 Käufe).</translation>
    </message>
    <message>
        <source>per 100 purchases, %1</source>
        <translation>je 100 Käufe, %1</translation>
    </message>
    <message>
        <source>per 100 purchases, other products</source>
        <translation>je 100 Käufe, andere Produkte</translation>
    </message>
    <message>
        <source>Complaints about %1 carry the change: %2 in %3 against %4 in %5 (%6 instead of %7 per 100 purchases, z = %8), %9 of the %10 extra complaints.</source>
        <translation>Beschwerden über %1 tragen die Veränderung: %2 in %3 gegenüber %4 in %5 (%6 statt %7 je 100 Käufe, z = %8), %9 der %10 zusätzlichen Beschwerden.</translation>
    </message>
</context>
<context>
    <name>ProductConflictDialog</name>
    <message>
        <source>Product Changed by Someone Else</source>
        <translation>Produkt wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved the product &lt;b&gt;%1&lt;/b&gt; while you were editing it, with other values in the fields below. Nothing of yours has been saved yet.</source>
        <translation>Jemand anderes hat das Produkt &lt;b&gt;%1&lt;/b&gt; gespeichert, während Sie es bearbeitet haben, und zwar mit anderen Werten in den unten aufgeführten Feldern. Von Ihren Änderungen wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>eingestellt</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>&amp;Still sold (active)</source>
        <translation>Wird noch &amp;verkauft (aktiv)</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Edit Product %1</source>
        <translation>Produkt %1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. SKU-1042</source>
        <translation>z. B. SKU-1042</translation>
    </message>
    <message>
        <source>The product&apos;s key in the products file; the interactions file names products by it</source>
        <translation>Der Schlüssel des Produkts in der Produktdatei; die Kontaktdatei nennt Produkte damit</translation>
    </message>
    <message>
        <source>What customers call it</source>
        <translation>Wie Kunden es nennen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>A retired product keeps its history and figures, but is no longer offered when logging a purchase, complaint or support contact</source>
        <translation>Ein ausgelaufenes Produkt behält Verlauf und Kennzahlen, wird aber beim Erfassen von Käufen, Beschwerden und Supportkontakten nicht mehr angeboten</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Give the product an ID: the key its rows in CSV files use.</source>
        <translation>Geben Sie dem Produkt eine ID: den Schlüssel, den seine Zeilen in CSV-Dateien verwenden.</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>Geben Sie dem Produkt einen Namen.</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>The product the purchase, complaint or support contact is about: type part of its name or ID. Leave empty for none.</source>
        <translation>Das Produkt, um das es bei Kauf, Beschwerde oder Supportkontakt geht: einen Teil von Name oder ID eingeben. Leer lassen für keines.</translation>
    </message>
    <message>
        <source>optional: type a name or ID</source>
        <translation>optional: Name oder ID eingeben</translation>
    </message>
    <message>
        <source>More than one product is called “%1”: pick one from the list.</source>
        <translation>Mehrere Produkte heißen „%1“: Wählen Sie eines aus der Liste.</translation>
    </message>
    <message>
        <source>No product is called “%1”: pick one from the list, or add it on the Products page (Ctrl+8).</source>
        <translation>Kein Produkt heißt „%1“: Wählen Sie eines aus der Liste oder legen Sie es auf der Seite Produkte an (Strg+8).</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgelaufen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (eingestellt)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(kein Produkt)</translation>
    </message>
    <message>
        <source>Products in period %1 [%2, %3), scope %4

</source>
        <translation>Produkte im Zeitraum %1 [%2, %3), Bereich %4

</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>per 100 purchases</source>
        <translation>je 100 Käufe</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>
%1; revenue includes refunds; &apos;-&apos; means no purchases.
</source>
        <translation>
%1; der Umsatz enthält Erstattungen; &apos;-&apos; bedeutet keine Käufe.
</translation>
    </message>
    <message>
        <source>purchases, buyers, revenue, refunds, complaints and support per product</source>
        <translation>Käufe, Käufer, Umsatz, Erstattungen, Beschwerden und Support je Produkt</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Complaints per 100 purchases by product</source>
        <translation>Beschwerden je 100 Käufe nach Produkt</translation>
    </message>
    <message>
        <source>per 100 purchases</source>
        <translation>je 100 Käufe</translation>
    </message>
    <message>
        <source>Figures per product</source>
        <translation>Kennzahlen je Produkt</translation>
    </message>
    <message>
        <source>Enter or double-click: the complaints about the product; on the purchase or revenue columns, its purchases</source>
        <translation>Eingabetaste oder Doppelklick: die Beschwerden über das Produkt; in den Spalten Käufe oder Umsatz seine Käufe</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Complaints per 100 purchases</source>
        <translation>Beschwerden je 100 Käufe</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Computing the figures per product…</source>
        <translation>Die Kennzahlen je Produkt werden berechnet…</translation>
    </message>
    <message>
        <source>The figures per product could not be computed: %1</source>
        <translation>Die Kennzahlen je Produkt konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The monthly complaints per product could not be computed: %1</source>
        <translation>Die monatlichen Beschwerden je Produkt konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ausgelaufen)</translation>
    </message>
    <message>
        <source>Purchases, complaints and support contacts that name no product</source>
        <translation>Käufe, Beschwerden und Supportkontakte ohne Produkt</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation>%1, ID %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No product named</source>
        <translation>Ohne Produkt</translation>
    </message>
    <message>
        <source>The book has no products yet: add them on the Products page (Ctrl+8) or import a products file, and name them when logging purchases, complaints and support.</source>
        <translation>Der Kundenbestand hat noch keine Produkte: Legen Sie sie auf der Seite Produkte an (Strg+8) oder importieren Sie eine Produktdatei, und nennen Sie sie beim Erfassen von Käufen, Beschwerden und Support.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <source>Show &amp;retired</source>
        <translation>A&amp;usgelaufene zeigen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Aus&amp;laufen lassen</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Neues Produkt…</translation>
    </message>
    <message>
        <source>Add a product that purchases, complaints and support contacts can name (Insert)</source>
        <translation>Ein Produkt anlegen, das Käufe, Beschwerden und Supportkontakte nennen können (Einfg)</translation>
    </message>
    <message>
        <source>Change the selected product (Enter, or double-click it)</source>
        <translation>Das ausgewählte Produkt ändern (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Filter by ID, name or category (Ctrl+F)</source>
        <translation>Nach ID, Name oder Kategorie filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>The products could not be read: %1</source>
        <translation>Die Produkte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No products yet. Add one with “New product…” (Insert), or import a products file (Ctrl+I).</source>
        <translation>Noch keine Produkte. Legen Sie eines mit „Neues Produkt…“ (Einfg) an oder importieren Sie eine Produktdatei (Strg+I).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln retired</source>
        <translation>
            <numerusform>, %Ln ausgelaufen</numerusform>
            <numerusform>, %Ln ausgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Wieder anbieten</translation>
    </message>
    <message>
        <source>Stop offering the selected product; its history and figures stay</source>
        <translation>Das ausgewählte Produkt nicht mehr anbieten; Verlauf und Kennzahlen bleiben</translation>
    </message>
    <message>
        <source>Offer the selected product again</source>
        <translation>Das ausgewählte Produkt wieder anbieten</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Opening %1…
A database from an older version of Rapport is upgraded first; a copy of the old file is kept beside it.</source>
        <translation>%1 wird geöffnet…
Eine Datenbank aus einer älteren Version von Rapport wird zuerst aktualisiert; eine Kopie der alten Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Opening Database</source>
        <translation>Datenbank wird geöffnet</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>Fortschritt beim Öffnen</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>must be a JSON object at the top level</source>
        <translation>muss auf oberster Ebene ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Questionnaire %1 %2</source>
        <translation>Fragebogen %1 %2</translation>
    </message>
    <message>
        <source>is malformed: %1 %2</source>
        <translation>ist fehlerhaft: %1 %2</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>is not a known key (expected one of: %1)</source>
        <translation>ist kein bekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an identifier (lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter, at most 64 characters)</source>
        <translation>„%1“ ist kein Bezeichner (Kleinbuchstaben, Ziffern, „_“ und „-“, beginnend mit einem Buchstaben, höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must have at least %1 entries</source>
        <translation>muss mindestens %1 Einträge haben</translation>
    </message>
    <message>
        <source>must have at most %1 entries</source>
        <translation>darf höchstens %1 Einträge haben</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must run from %1 to %2 (a five-point Likert scale), not %3 to %4</source>
        <translation>muss von %1 bis %2 reichen (eine fünfstufige Likert-Skala), nicht von %3 bis %4</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no dimension of this questionnaire</source>
        <translation>„%1“ nennt keine Dimension dieses Fragebogens</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no items, so it could never be scored</source>
        <translation>„%1“ hat keine Aussagen und könnte daher nie ausgewertet werden</translation>
    </message>
    <message>
        <source>Could not read the questionnaire %1: %2</source>
        <translation>Der Fragebogen %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The questionnaire %1 is larger than 4 MiB</source>
        <translation>Der Fragebogen %1 ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>There is no built-in questionnaire &apos;%1&apos; version %2</source>
        <translation>Es gibt keinen eingebauten Fragebogen „%1“ Version %2</translation>
    </message>
    <message>
        <source>The built-in questionnaire %1 says it is &apos;%2&apos; version %3</source>
        <translation>Der eingebaute Fragebogen %1 gibt an, „%2“ Version %3 zu sein</translation>
    </message>
</context>
<context>
    <name>QuestionnaireWizard</name>
    <message>
        <source>Questionnaire: %1</source>
        <translation>Fragebogen: %1</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message numerus="yes">
        <source>There are %Ln statement(s). Answer how you actually work, not how you would like to; every answer you save is kept so you can see your change over time.</source>
        <translation>
            <numerusform>Es gibt %Ln Aussage. Antworten Sie so, wie Sie tatsächlich arbeiten, nicht so, wie Sie gern arbeiten würden; jede gespeicherte Antwort bleibt erhalten, damit Sie Ihre Entwicklung im Lauf der Zeit sehen können.</numerusform>
            <numerusform>Es gibt %Ln Aussagen. Antworten Sie so, wie Sie tatsächlich arbeiten, nicht so, wie Sie gern arbeiten würden; jede gespeicherte Antwort bleibt erhalten, damit Sie Ihre Entwicklung im Lauf der Zeit sehen können.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose one answer for each statement.</source>
        <translation>Wählen Sie für jede Aussage eine Antwort.</translation>
    </message>
    <message>
        <source>Statements about %1</source>
        <translation>Aussagen zu %1</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Nobody is signed in, so the answers were not saved. Choose a rep first.</source>
        <translation>Niemand ist angemeldet, daher wurden die Antworten nicht gespeichert. Wählen Sie zuerst einen Vertriebsmitarbeiter.</translation>
    </message>
    <message>
        <source>The answers could not be scored: %1</source>
        <translation>Die Antworten konnten nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>Could not read the earlier assessments.</source>
        <translation>Die früheren Einschätzungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The answers were not saved: %1</source>
        <translation>Die Antworten wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not save the assessment.</source>
        <translation>Die Einschätzung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The answers were saved but could not be scored: %1</source>
        <translation>Die Antworten wurden gespeichert, konnten aber nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Warning: you gave the same answer to every statement. The scores below may not reflect how you work; consider taking the questionnaire again.</source>
        <translation>Warnung: Sie haben auf jede Aussage dieselbe Antwort gegeben. Die Werte unten spiegeln Ihre Arbeitsweise möglicherweise nicht wider; füllen Sie den Fragebogen gegebenenfalls erneut aus.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>erstes Mal</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Stärken:</translation>
    </message>
    <message>
        <source>Weaknesses:</source>
        <translation>Schwächen:</translation>
    </message>
    <message>
        <source>Improving %1</source>
        <translation>%1 verbessern</translation>
    </message>
    <message>
        <source>Compared with your previous answers of %1.</source>
        <translation>Verglichen mit Ihren vorherigen Antworten vom %1.</translation>
    </message>
</context>
<context>
    <name>RecordCheckInCommand</name>
    <message>
        <source>Record a check-in</source>
        <translation>Zwischenstand erfassen</translation>
    </message>
</context>
<context>
    <name>RecordGoalCheckInCommand</name>
    <message>
        <source>Check in on goal %1</source>
        <translation>Zwischenstand zu Ziel %1 erfassen</translation>
    </message>
</context>
<context>
    <name>RecordSurveyCommand</name>
    <message>
        <source>Record %1 response</source>
        <translation>%1-Antwort erfassen</translation>
    </message>
</context>
<context>
    <name>ReflectionView</name>
    <message>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>im Mittelfeld</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>stimmig</translation>
    </message>
    <message>
        <source>blind spot</source>
        <translation>blinder Fleck</translation>
    </message>
    <message>
        <source>hidden strength</source>
        <translation>verborgene Stärke</translation>
    </message>
    <message>
        <source>too little data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Your questionnaire profile and what the data says</source>
        <translation>Ihr Fragebogenprofil und was die Daten sagen</translation>
    </message>
    <message>
        <source>&amp;Take the questionnaire…</source>
        <translation>Fragebogen &amp;ausfüllen…</translation>
    </message>
    <message>
        <source>Rate your own habits; the answers are set beside what the data shows</source>
        <translation>Schätzen Sie Ihre eigenen Gewohnheiten ein; die Antworten werden den Daten gegenübergestellt</translation>
    </message>
    <message>
        <source>Plan for a &amp;weak dimension</source>
        <translation>Plan für eine &amp;schwache Dimension</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>Write an action plan: a step, a metric to move, a target and a deadline</source>
        <translation>Einen Aktionsplan erstellen: ein Schritt, eine zu verändernde Kennzahl, ein Ziel und eine Frist</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Aktionspläne</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Zwischenstand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Double-click a plan or press Enter to see its steps, check-ins and history.</source>
        <translation>Doppelklicken Sie auf einen Plan oder drücken Sie die Eingabetaste, um seine Schritte, Zwischenstände und seinen Verlauf anzuzeigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your questionnaire profile and what the data says&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Fragebogenprofil und was die Daten sagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action plans&lt;/b&gt; (double-click one to follow it up)</source>
        <translation>&lt;b&gt;Aktionspläne&lt;/b&gt; (zum Nachverfolgen doppelklicken)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Sign in as a rep to see your reflection.</source>
        <translation>Melden Sie sich als Vertriebsmitarbeiter an, um Ihre Reflexion zu sehen.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>Das Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>You have not taken the questionnaire yet.</source>
        <translation>Sie haben den Fragebogen noch nicht ausgefüllt.</translation>
    </message>
    <message>
        <source>The profile could not be built: %1</source>
        <translation>Das Profil konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Taken on %1</source>
        <translation>Ausgefüllt am %1</translation>
    </message>
    <message>
        <source>Warning: the same answer was given to every statement.</source>
        <translation>Warnung: Auf jede Aussage wurde dieselbe Antwort gegeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 since last time</source>
        <translation>%1 seit dem letzten Mal</translation>
    </message>
    <message>
        <source>The action plans could not be read: %1</source>
        <translation>Die Aktionspläne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>completed, %1</source>
        <translation>abgeschlossen, %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>No action plans yet: start one from a weak dimension, a finding or with New plan.</source>
        <translation>Noch keine Aktionspläne: Beginnen Sie einen über eine schwache Dimension, eine Erkenntnis oder mit „Neuer Plan“.</translation>
    </message>
    <message>
        <source>Your view against the data</source>
        <translation>Ihre Sicht im Vergleich zu den Daten</translation>
    </message>
    <message>
        <source>Comparing your answers with the data…</source>
        <translation>Ihre Antworten werden mit den Daten verglichen…</translation>
    </message>
    <message>
        <source>Your view against the data, %1</source>
        <translation>Ihre Sicht im Vergleich zu den Daten, %1</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Ihre Angabe</translation>
    </message>
    <message>
        <source>Team percentile</source>
        <translation>Team-Perzentil</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <source>Your latest profile shows no weak dimension.</source>
        <translation>Ihr aktuelles Profil zeigt keine schwache Dimension.</translation>
    </message>
    <message>
        <source>Work on %1</source>
        <translation>An %1 arbeiten</translation>
    </message>
    <message>
        <source>The questionnaire could not be loaded: %1</source>
        <translation>Der Fragebogen konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>RenameChurnReasonCommand</name>
    <message>
        <source>Merge churn reason %1 into %2</source>
        <translation>Abwanderungsgrund %1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Rename churn reason %1 to %2</source>
        <translation>Abwanderungsgrund %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>RepPicker</name>
    <message>
        <source>Switch Rep</source>
        <translation>Mitarbeiter wechseln</translation>
    </message>
    <message>
        <source>This database has no reps yet. Import a reps file or create the demo database to add some.</source>
        <translation>Diese Datenbank enthält noch keine Vertriebsmitarbeiter. Importieren Sie eine Mitarbeiterdatei oder erstellen Sie die Demo-Datenbank, um welche hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who Is Working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <source>Interactions you log and follow-ups you see are this rep&apos;s:</source>
        <translation>Erfasste Kontakte und angezeigte Wiedervorlagen gehören zu diesem Mitarbeiter:</translation>
    </message>
    <message>
        <source>%1 (%2, manager)</source>
        <translation>%1 (%2, Manager)</translation>
    </message>
</context>
<context>
    <name>RepProfileDialog</name>
    <message>
        <source>Your Rep Profile</source>
        <translation>Ihr Mitarbeiterprofil</translation>
    </message>
    <message>
        <source>e.g. Anna Novak</source>
        <translation>z. B. Anna Novak</translation>
    </message>
    <message>
        <source>The short id your customers and interactions carry as their owner, as in an imported reps file</source>
        <translation>Die kurze Kennung, die Ihre Kunden und Kontakte als Zuständigen tragen, wie in einer importierten Mitarbeiterdatei</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>A manager sees the whole team&apos;s figures on the dashboard; a rep starts on their own customers. Both can change later by importing a reps file.</source>
        <translation>Ein Manager sieht auf dem Dashboard die Kennzahlen des ganzen Teams; ein Mitarbeiter beginnt mit seinen eigenen Kunden. Beides lässt sich später mit einer importierten Mitarbeiterdatei ändern.</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Profil anlegen</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Self-assessment report %1 - %2</source>
        <translation>Bericht zur Selbsteinschätzung %1 - %2</translation>
    </message>
    <message>
        <source>Self-assessment report</source>
        <translation>Bericht zur Selbsteinschätzung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;middot; period %2 (compared with %3) &amp;middot; generated %4 UTC</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;middot; Zeitraum %2 (verglichen mit %3) &amp;middot; erstellt %4 UTC</translation>
    </message>
    <message>
        <source>1. Figures</source>
        <translation>1. Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Changes are against the previous period of the same length. Whether a change is more than chance is judged in the Findings section.</source>
        <translation>Veränderungen beziehen sich auf den vorigen Zeitraum gleicher Länge. Ob eine Veränderung mehr als Zufall ist, wird im Abschnitt Erkenntnisse beurteilt.</translation>
    </message>
    <message>
        <source>2. Charts</source>
        <translation>2. Diagramme</translation>
    </message>
    <message>
        <source>No charts: there is no data before the end of the period.</source>
        <translation>Keine Diagramme: Vor dem Ende des Zeitraums gibt es keine Daten.</translation>
    </message>
    <message>
        <source>3. Findings</source>
        <translation>3. Erkenntnisse</translation>
    </message>
    <message>
        <source>Nothing in this period stands out from chance: no complaint category, figure, rep, segment or comment theme moved by more than random variation would explain.</source>
        <translation>In diesem Zeitraum hebt sich nichts vom Zufall ab: Keine Beschwerdekategorie, Kennzahl, kein Mitarbeiter, Segment oder Kommentarthema hat sich stärker bewegt, als zufällige Schwankung erklären würde.</translation>
    </message>
    <message>
        <source>What may explain it:</source>
        <translation>Was es erklären könnte:</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>4. Questionnaire profile and blind spots</source>
        <translation>4. Fragebogenprofil und blinde Flecken</translation>
    </message>
    <message>
        <source>Questionnaire taken %1.</source>
        <translation>Fragebogen ausgefüllt am %1.</translation>
    </message>
    <message>
        <source>The same answer was given to every item: read the scores with care.</source>
        <translation>Auf jede Aussage wurde dieselbe Antwort gegeben: Lesen Sie die Werte mit Vorsicht.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Against the data</source>
        <translation>Im Vergleich mit den Daten</translation>
    </message>
    <message>
        <source>To improve &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Um &lt;b&gt;%1&lt;/b&gt; zu verbessern:</translation>
    </message>
    <message>
        <source>5. Goals</source>
        <translation>5. Ziele</translation>
    </message>
    <message>
        <source>No KPI goal overlaps this period for this scope.</source>
        <translation>Kein KPI-Ziel überschneidet sich mit diesem Zeitraum für diesen Bereich.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>6. Action plans</source>
        <translation>6. Aktionspläne</translation>
    </message>
    <message>
        <source>No action plan for this scope yet.</source>
        <translation>Für diesen Bereich gibt es noch keinen Aktionsplan.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Zwischenstände</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>nicht gemessen (%1)</translation>
    </message>
    <message>
        <source>How far to trust these findings: on %1 generated books where nothing changed, %2 team reports raised a finding that names a person and %3 raised any finding; a rep following up 20 points less often at about 700 purchases was found in %4 of %5 books.</source>
        <translation>Wie weit diesen Befunden zu trauen ist: Auf %1 erzeugten Datenbeständen, in denen sich nichts änderte, nannten %2 Teamberichte einen Befund über eine Person und %3 irgendeinen Befund; ein Mitarbeiter, der bei etwa 700 Käufen 20 Punkte seltener nachfasst, wurde in %4 von %5 Datenbeständen gefunden.</translation>
    </message>
    <message>
        <source>Amounts are shown without a currency symbol: this book has no currency yet (File › Book Settings… in the window, or rapport-cli init --currency CODE).</source>
        <translation>Beträge werden ohne Währungssymbol angezeigt: Für diesen Kundenbestand ist noch keine Währung festgelegt (Datei › Kundenbestand-Einstellungen… im Fenster oder rapport-cli init --currency CODE).</translation>
    </message>
    <message>
        <source>Records: %1 %2</source>
        <translation>Datensätze: %1 %2</translation>
    </message>
    <message>
        <source>7. Products</source>
        <translation>7. Produkte</translation>
    </message>
    <message>
        <source>8. Churn reasons and win-back</source>
        <translation>8. Abwanderungsgründe und Rückgewinnung</translation>
    </message>
</context>
<context>
    <name>ReportCollector</name>
    <message>
        <source>CSAT by month (% satisfied)</source>
        <translation>CSAT nach Monat (% zufrieden)</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>NPS nach Monat</translation>
    </message>
    <message>
        <source>Follow-up rate by month (%)</source>
        <translation>Wiedervorlagequote nach Monat (%)</translation>
    </message>
    <message>
        <source>Complaints by month</source>
        <translation>Beschwerden nach Monat</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>nicht im Plan</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>Mittelfeld</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>stimmig</translation>
    </message>
    <message>
        <source>blind spot</source>
        <translation>blinder Fleck</translation>
    </message>
    <message>
        <source>hidden strength</source>
        <translation>verborgene Stärke</translation>
    </message>
    <message>
        <source>too little data</source>
        <translation>zu wenige Daten</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Das ganze Team</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up rate of %1 is provisional: %Ln purchase(s) have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</source>
        <translation>
            <numerusform>Die Wiedervorlagequote von %1 ist vorläufig: %Ln Kauf hat noch keine Wiedervorlage, liegt aber noch in seinem Wiedervorlagefenster; die Quote kann also noch steigen.</numerusform>
            <numerusform>Die Wiedervorlagequote von %1 ist vorläufig: %Ln Käufe haben noch keine Wiedervorlage, liegen aber noch in ihrem Wiedervorlagefenster; die Quote kann also noch steigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The questionnaire of this assessment is not known to this version: %1</source>
        <translation>Der Fragebogen dieser Selbsteinschätzung ist dieser Version nicht bekannt: %1</translation>
    </message>
    <message>
        <source>Questionnaire profiles belong to reps: choose a rep or the whole team to see them.</source>
        <translation>Fragebogenprofile gehören zu Mitarbeitern: Wählen Sie einen Mitarbeiter oder das ganze Team, um sie zu sehen.</translation>
    </message>
    <message>
        <source>No questionnaire has been taken yet (rapport-cli assess --rep ID).</source>
        <translation>Es wurde noch kein Fragebogen ausgefüllt (rapport-cli assess --rep ID).</translation>
    </message>
    <message>
        <source>No questionnaire yet from: %1.</source>
        <translation>Noch kein Fragebogen von: %1.</translation>
    </message>
    <message>
        <source>check-in due since %1</source>
        <translation>Zwischenstand fällig seit %1</translation>
    </message>
    <message>
        <source>check-in overdue since %1</source>
        <translation>Zwischenstand überfällig seit %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>the report file: .pdf or .html</source>
        <translation>die Berichtsdatei: .pdf oder .html</translation>
    </message>
    <message>
        <source>report: --out must name a .pdf or .html file</source>
        <translation>report: --out muss eine .pdf- oder .html-Datei angeben</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 report for %2 to %3 (%Ln finding(s)).
</source>
        <translation>
            <numerusform>Bericht %1 für %2 nach %3 geschrieben (%Ln Erkenntnis).
</numerusform>
            <numerusform>Bericht %1 für %2 nach %3 geschrieben (%Ln Erkenntnisse).
</numerusform>
        </translation>
    </message>
    <message>
        <source>write a self-assessment report (figures, charts, findings, profile, goals, plans)</source>
        <translation>einen Selbsteinschätzungsbericht schreiben (Kennzahlen, Diagramme, Erkenntnisse, Profil, Ziele, Pläne)</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>the report</source>
        <translation>den Bericht</translation>
    </message>
    <message>
        <source>Writing the report failed: %1</source>
        <translation>Das Schreiben des Berichts ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rendering a PDF needs a QGuiApplication</source>
        <translation>Zum Erzeugen einer PDF-Datei wird eine QGuiApplication benötigt</translation>
    </message>
    <message>
        <source>Self-assessment report %1</source>
        <translation>Bericht zur Selbsteinschätzung %1</translation>
    </message>
    <message>
        <source>Rapport self-assessment report, %1</source>
        <translation>Rapport-Bericht zur Selbsteinschätzung, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF came out empty</source>
        <translation>Die PDF-Datei ist leer geblieben</translation>
    </message>
</context>
<context>
    <name>ReportSaver</name>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;Webseite (*.html)</translation>
    </message>
    <message>
        <source>No database file is open.</source>
        <translation>Es ist keine Datenbankdatei geöffnet.</translation>
    </message>
    <message>
        <source>Gathering the figures and findings of %1 for the report…</source>
        <translation>Zahlen und Erkenntnisse von %1 werden für den Bericht zusammengestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Bericht wird gespeichert</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ResolveComplaintCommand</name>
    <message>
        <source>Resolve complaint</source>
        <translation>Beschwerde erledigen</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Send the revised quote</source>
        <translation>Überarbeitetes Angebot senden</translation>
    </message>
    <message>
        <source>Ask how the onboarding went</source>
        <translation>Nachfragen, wie das Onboarding gelaufen ist</translation>
    </message>
    <message>
        <source>Check the replacement arrived</source>
        <translation>Prüfen, ob der Ersatz angekommen ist</translation>
    </message>
    <message>
        <source>Renewal call</source>
        <translation>Verlängerungsgespräch</translation>
    </message>
    <message>
        <source>Thirty minutes each Friday afternoon</source>
        <translation>Dreißig Minuten an jedem Freitagnachmittag</translation>
    </message>
    <message>
        <source>Put a follow-up date on every purchase before closing the call</source>
        <translation>Vor Gesprächsende für jeden Kauf ein Wiedervorlagedatum festlegen</translation>
    </message>
    <message>
        <source>Clear the overdue follow-ups every Friday</source>
        <translation>Jeden Freitag die überfälligen Wiedervorlagen abarbeiten</translation>
    </message>
    <message>
        <source>Ask the team lead to review the list once a month</source>
        <translation>Die Teamleitung bitten, die Liste einmal im Monat durchzusehen</translation>
    </message>
    <message>
        <source>Follow-up dates set on every purchase since the start; Fridays slip when the week is busy.</source>
        <translation>Seit dem Start für jeden Kauf ein Wiedervorlagedatum gesetzt; freitags bleibt es liegen, wenn die Woche voll ist.</translation>
    </message>
</context>
<context>
    <name>SelfViewComparison</name>
    <message>
        <source>No measured behaviour corresponds to this dimension.</source>
        <translation>Dieser Dimension entspricht kein gemessenes Verhalten.</translation>
    </message>
    <message>
        <source>%1: too little data (%2 records in the period, at least %3 needed)</source>
        <translation>%1: zu wenige Daten (%2 Datensätze im Zeitraum, mindestens %3 nötig)</translation>
    </message>
    <message>
        <source>%1: only %2 reps have enough data to compare, at least %3 needed</source>
        <translation>%1: nur %2 Mitarbeiter haben genügend Daten für einen Vergleich, mindestens %3 nötig</translation>
    </message>
    <message>
        <source>Your self-rating (%1) and the data (percentile %2 of the team) do not contradict each other.</source>
        <translation>Ihre Selbsteinschätzung (%1) und die Daten (Perzentil %2 des Teams) widersprechen sich nicht.</translation>
    </message>
    <message>
        <source>Too little data to judge: %1.</source>
        <translation>Zu wenige Daten für eine Beurteilung: %1.</translation>
    </message>
    <message>
        <source>CSAT after a complaint</source>
        <translation>CSAT nach einer Beschwerde</translation>
    </message>
    <message>
        <source>You rate yourself %1 on %2, but the data places you at percentile %3 of the team.</source>
        <translation>Sie schätzen sich bei %2 mit %1 ein, die Daten sehen Sie jedoch auf Perzentil %3 des Teams.</translation>
    </message>
    <message>
        <source>You rate yourself only %1 on %2, yet the data places you at percentile %3 of the team.</source>
        <translation>Sie schätzen sich bei %2 nur mit %1 ein, die Daten sehen Sie jedoch auf Perzentil %3 des Teams.</translation>
    </message>
</context>
<context>
    <name>ServerConnectFlow</name>
    <message>
        <source>Connecting to the team server %1…</source>
        <translation>Verbindung zum Team-Server %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connection progress</source>
        <translation>Verbindungsfortschritt</translation>
    </message>
    <message>
        <source>The team server did not accept the password for %1.
Try again:</source>
        <translation>Der Team-Server hat das Passwort für %1 nicht akzeptiert.
Versuchen Sie es erneut:</translation>
    </message>
    <message>
        <source>The team server %1 asks for a password.
Password:</source>
        <translation>Der Team-Server %1 verlangt ein Passwort.
Passwort:</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Passwort für den Team-Server</translation>
    </message>
</context>
<context>
    <name>SessionStatusLabels</name>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Team server: %1 (connection lost, reconnecting…)</source>
        <translation>Team-Server: %1 (Verbindung verloren, neuer Verbindungsversuch…)</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Team-Server: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
</context>
<context>
    <name>SetCurrencyCommand</name>
    <message>
        <source>Set currency to %1</source>
        <translation>Währung auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>SetPlanItemDoneCommand</name>
    <message>
        <source>Tick “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>SmartCheck</name>
    <message>
        <source>There is no concrete action: say what will be done.</source>
        <translation>Es gibt keine konkrete Maßnahme: Geben Sie an, was getan wird.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is too vague: describe what will be done in at least %2 words.</source>
        <translation>Die Maßnahme „%1“ ist zu vage: Beschreiben Sie in mindestens %2 Wörtern, was getan wird.</translation>
    </message>
    <message>
        <source>Nobody owns the plan: name the rep responsible for it.</source>
        <translation>Der Plan hat keinen Verantwortlichen: Nennen Sie den zuständigen Vertriebsmitarbeiter.</translation>
    </message>
    <message>
        <source>No metric is named: choose the figure the plan should move.</source>
        <translation>Es ist keine Kennzahl angegeben: Wählen Sie die Zahl, die der Plan verändern soll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric with a single value (see the metrics contract).</source>
        <translation>„%1“ ist keine Kennzahl mit einem einzelnen Wert (siehe Kennzahlenvertrag).</translation>
    </message>
    <message>
        <source>There is no numeric target.</source>
        <translation>Es gibt kein numerisches Ziel.</translation>
    </message>
    <message>
        <source>The target is not a finite number.</source>
        <translation>Das Ziel ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>The direction &quot;%1&quot; is neither &quot;&gt;=&quot; (at least) nor &quot;&lt;=&quot; (at most).</source>
        <translation>Die Richtung „%1“ ist weder „&gt;=“ (mindestens) noch „&lt;=“ (höchstens).</translation>
    </message>
    <message>
        <source>The scope is a %1 but does not say which one.</source>
        <translation>Der Bereich ist vom Typ %1, aber nicht näher bestimmt.</translation>
    </message>
    <message>
        <source>Cannot be judged without a numeric target.</source>
        <translation>Ohne numerisches Ziel nicht beurteilbar.</translation>
    </message>
    <message>
        <source>A target of %1 can never be reached: %2 runs from %3 to %4.</source>
        <translation>Ein Ziel von %1 ist nie erreichbar: %2 reicht von %3 bis %4.</translation>
    </message>
    <message>
        <source>There is no history of %1 for %2 to judge the target against.</source>
        <translation>Es gibt keinen Verlauf von %1 für %2, an dem das Ziel gemessen werden kann.</translation>
    </message>
    <message>
        <source>The target %1 is beyond the best value ever reached for %2 (%3): check that it is realistic or plan it in steps.</source>
        <translation>Das Ziel %1 liegt über dem besten je erreichten Wert für %2 (%3): Prüfen Sie, ob es realistisch ist, oder planen Sie es in Schritten.</translation>
    </message>
    <message>
        <source>The baseline %1 already reaches the target %2: the plan asks for no change.</source>
        <translation>Der Ausgangswert %1 erreicht bereits das Ziel %2: Der Plan verlangt keine Veränderung.</translation>
    </message>
    <message>
        <source>The plan is linked to neither a finding nor a questionnaire dimension.</source>
        <translation>Der Plan ist weder mit einer Erkenntnis noch mit einer Dimension des Fragebogens verknüpft.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension of the questionnaire.</source>
        <translation>„%1“ ist keine Dimension des Fragebogens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weakness in the owner&apos;s latest questionnaire profile.</source>
        <translation>„%1“ ist keine Schwäche im aktuellen Fragebogenprofil des Verantwortlichen.</translation>
    </message>
    <message>
        <source>There is no start date.</source>
        <translation>Es gibt kein Startdatum.</translation>
    </message>
    <message>
        <source>There is no deadline.</source>
        <translation>Es gibt keine Frist.</translation>
    </message>
    <message>
        <source>The deadline %1 is not after the start %2.</source>
        <translation>Die Frist %1 liegt nicht nach dem Start %2.</translation>
    </message>
    <message>
        <source>The plan ends before its first check-in (every %1 days).</source>
        <translation>Der Plan endet vor seinem ersten Zwischenstand (alle %1 Tage).</translation>
    </message>
</context>
<context>
    <name>SnoozeFollowUpCommand</name>
    <message>
        <source>Snooze follow-up with %1</source>
        <translation>Wiedervorlage mit %1 zurückstellen</translation>
    </message>
    <message>
        <source>Someone else changed the follow-up since; nothing was written.</source>
        <translation>Jemand anderes hat die Wiedervorlage inzwischen geändert; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Type a name, company or e-mail</source>
        <translation>Name, Firma oder E-Mail-Adresse eingeben</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Start typing and pick the customer from the suggestions</source>
        <translation>Tippen Sie los und wählen Sie den Kunden aus den Vorschlägen</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>CSAT: satisfaction 1–5. NPS: likelihood to recommend 0–10. CES: effort 1–7, lower is easier.</source>
        <translation>CSAT: Zufriedenheit 1–5. NPS: Weiterempfehlungsbereitschaft 0–10. CES: Aufwand 1–7, niedriger ist einfacher.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>e.g. delivery, support</source>
        <translation>z. B. Lieferung, Support</translation>
    </message>
    <message>
        <source>What the response is about (optional); the list below can be filtered by it</source>
        <translation>Worauf sich die Antwort bezieht (optional); die Liste unten kann danach gefiltert werden</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>Was der Kunde gesagt hat, in seinen eigenen Worten</translation>
    </message>
    <message>
        <source>Store the response with today&apos;s date (can be undone)</source>
        <translation>Die Antwort mit dem heutigen Datum speichern (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>Sur&amp;vey:</source>
        <translation>Um&amp;frage:</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Record a response</source>
        <translation>Antwort erfassen</translation>
    </message>
    <message>
        <source>Survey filter</source>
        <translation>Umfragefilter</translation>
    </message>
    <message>
        <source>All surveys</source>
        <translation>Alle Umfragen</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>Kundenfilter</translation>
    </message>
    <message>
        <source>Filter by customer or company</source>
        <translation>Nach Kunde oder Firma filtern</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>1 very dissatisfied … 5 very satisfied</source>
        <translation>1 sehr unzufrieden … 5 sehr zufrieden</translation>
    </message>
    <message>
        <source>0 would not recommend … 10 would surely recommend</source>
        <translation>0 würde nicht weiterempfehlen … 10 würde sicher weiterempfehlen</translation>
    </message>
    <message>
        <source>1 very easy … 7 very hard</source>
        <translation>1 sehr einfach … 7 sehr schwer</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>The survey responses could not be read.</source>
        <translation>Die Umfrageantworten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 responses</source>
        <translation>Die neuesten %1 von %2 Antworten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln Antwort</numerusform>
            <numerusform>%Ln Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>add-user, remove-user or list</source>
        <translation>add-user, remove-user oder list</translation>
    </message>
    <message>
        <source>the person&apos;s database login</source>
        <translation>das Datenbank-Login der Person</translation>
    </message>
    <message>
        <source>rep, manager or admin</source>
        <translation>rep, manager oder admin</translation>
    </message>
    <message>
        <source>the rep id a rep login is</source>
        <translation>die ID des Vertriebsmitarbeiters, zu dem ein rep-Login gehört</translation>
    </message>
    <message>
        <source>a file whose first line is the login&apos;s password</source>
        <translation>eine Datei, deren erste Zeile das Passwort des Logins ist</translation>
    </message>
    <message>
        <source>table (default) or json</source>
        <translation>table (Standard) oder json</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a LOGIN</source>
        <translation>%1 braucht ein LOGIN</translation>
    </message>
    <message>
        <source>list takes no LOGIN</source>
        <translation>list nimmt kein LOGIN</translation>
    </message>
    <message>
        <source>--format is table or json</source>
        <translation>--format ist table oder json</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Added %1 as %2.
</source>
        <translation>%1 als %2 hinzugefügt.
</translation>
    </message>
    <message>
        <source>Removed %1.
</source>
        <translation>%1 entfernt.
</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>  (cannot log in)</source>
        <translation>  (kann sich nicht anmelden)</translation>
    </message>
    <message>
        <source>manage the logins of a team server</source>
        <translation>die Logins eines Teamservers verwalten</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source> (too few)</source>
        <translation> (zu wenige)</translation>
    </message>
    <message>
        <source>%1 – %2 %</source>
        <translation>%1 – %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln CSAT response(s) in this period: too few to judge. The 95% interval shows how uncertain the figure is.</source>
        <translation>
            <numerusform>Nur %Ln CSAT-Antwort in diesem Zeitraum: zu wenige für eine Beurteilung. Das 95-%-Intervall zeigt, wie unsicher die Zahl ist.</numerusform>
            <numerusform>Nur %Ln CSAT-Antworten in diesem Zeitraum: zu wenige für eine Beurteilung. Das 95-%-Intervall zeigt, wie unsicher die Zahl ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wilson 95% interval of the CSAT share</source>
        <translation>Wilson-95-%-Intervall des CSAT-Anteils</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (%)</translation>
    </message>
    <message>
        <source>CSAT 95% interval</source>
        <translation>CSAT-95-%-Intervall</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Follow-up rate (%)</source>
        <translation>Wiedervorlagequote (%)</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Beschwerden pro 100 Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message numerus="yes">
        <source>Provisional: %Ln purchase(s) of this period have no follow-up yet but are still inside their follow-up window, so the rate can still rise.</source>
        <translation>
            <numerusform>Vorläufig: %Ln Kauf dieses Zeitraums hat noch keine Wiedervorlage, liegt aber noch in seinem Wiedervorlagefenster; die Quote kann also noch steigen.</numerusform>
            <numerusform>Vorläufig: %Ln Käufe dieses Zeitraums haben noch keine Wiedervorlage, liegen aber noch in ihrem Wiedervorlagefenster; die Quote kann also noch steigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Team gesamt</translation>
    </message>
    <message>
        <source>The whole team&apos;s figures for the period, as the server adds them up: no rep&apos;s records or name are shown</source>
        <translation>Die Zahlen des ganzen Teams für den Zeitraum, wie der Server sie zusammenzählt: Datensätze oder Namen einzelner Mitarbeiter werden nicht gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Your percentile among %n rep(s)</source>
        <translation>
            <numerusform>Ihr Perzentil unter %n Mitarbeiter</numerusform>
            <numerusform>Ihr Perzentil unter %n Mitarbeitern</numerusform>
        </translation>
    </message>
    <message>
        <source>Your percentile rank among the team&apos;s reps: the share of them you do better than (an equal value counts half). The server gives the team&apos;s values without names.</source>
        <translation>Ihr Perzentilrang unter den Mitarbeitern des Teams: der Anteil, bei dem Sie besser abschneiden (ein gleicher Wert zählt halb). Der Server liefert die Werte des Teams ohne Namen.</translation>
    </message>
    <message>
        <source>No percentile: you have no figure here, or the team has fewer than three reps</source>
        <translation>Kein Perzentil: Sie haben hier keinen Wert, oder das Team hat weniger als drei Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Monthly values of the last twelve months; click a point, or move to it with the arrow keys and press Enter, to see its records.</source>
        <translation>Monatswerte der letzten zwölf Monate; klicken Sie auf einen Punkt oder wählen Sie ihn mit den Pfeiltasten aus und drücken Sie die Eingabetaste, um seine Datensätze anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>. Press Enter to see its records.</source>
        <translation>. Drücken Sie die Eingabetaste, um die Datensätze anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>TrendCommand</name>
    <message>
        <source>a metric key, e.g. csat, revenue, retention_rate</source>
        <translation>ein Kennzahlschlüssel, z. B. csat, revenue, retention_rate</translation>
    </message>
    <message>
        <source>the first period (its start is the trend&apos;s start)</source>
        <translation>der erste Zeitraum (sein Beginn ist der Beginn des Verlaufs)</translation>
    </message>
    <message>
        <source>the last period (included)</source>
        <translation>der letzte Zeitraum (eingeschlossen)</translation>
    </message>
    <message>
        <source>month (default) or quarter</source>
        <translation>month (Standard) oder quarter</translation>
    </message>
    <message>
        <source>table (default), json or csv</source>
        <translation>table (Standard), json oder csv</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric with one value per period; one of: %2</source>
        <translation>&apos;%1&apos; ist keine Kennzahl mit einem Wert pro Zeitraum; möglich sind: %2</translation>
    </message>
    <message>
        <source>--to (%1) must not end before --from (%2) starts</source>
        <translation>--to (%1) darf nicht enden, bevor --from (%2) beginnt</translation>
    </message>
    <message>
        <source>--by must be month or quarter, not &apos;%1&apos;</source>
        <translation>--by muss month oder quarter sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 by %2, scope %3

</source>
        <translation>%1 nach %2, Bereich %3

</translation>
    </message>
    <message>
        <source>one figure per month or quarter over a range</source>
        <translation>eine Kennzahl pro Monat oder Quartal über einen Bereich</translation>
    </message>
</context>
<context>
    <name>TrendShape</name>
    <message>
        <source>In %1 the change came at once, not as a steady drift: CSAT went from %2% in the months before %3 to %4% from then on (z = %5 for the step beside a linear trend, and what trend is left beside the step is within chance).</source>
        <translation>Bei %1 kam die Veränderung auf einmal, nicht als stetige Entwicklung: Der CSAT ging von %2 % in den Monaten vor %3 auf %4 % ab dann (z = %5 für die Stufe neben einem linearen Trend; was neben der Stufe an Trend bleibt, liegt im Bereich des Zufalls).</translation>
    </message>
    <message>
        <source>In %1 the change came at once, not as a steady drift: churn went from %2% a month in the months before %3 to %4% from then on (z = %5 for the step beside a linear trend, and what trend is left beside the step is within chance).</source>
        <translation>Bei %1 kam die Veränderung auf einmal, nicht als stetige Entwicklung: Die Abwanderung ging von %2 % im Monat in den Monaten vor %3 auf %4 % ab dann (z = %5 für die Stufe neben einem linearen Trend; was neben der Stufe an Trend bleibt, liegt im Bereich des Zufalls).</translation>
    </message>
    <message>
        <source>A step has a date and usually a cause that began then.</source>
        <translation>Eine Stufe hat ein Datum und meist eine Ursache, die damals begann.</translation>
    </message>
    <message>
        <source>In the same month &apos;%1&apos; complaints rose: %2 in the %3 months from %4 on against %5 in the %3 months before.</source>
        <translation>Im selben Monat stiegen die Beschwerden „%1“: %2 in den %3 Monaten ab %4 gegenüber %5 in den %3 Monaten davor.</translation>
    </message>
    <message>
        <source>%1 took on %2 new customers in the %3 months from %4 on, against %5 in the %3 months before.</source>
        <translation>%1 übernahm %2 neue Kunden in den %3 Monaten ab %4, gegenüber %5 in den %3 Monaten davor.</translation>
    </message>
    <message>
        <source>Look at what changed in %1 (a product, a price, a rep&apos;s book of customers): no complaint category and no rep&apos;s intake of new customers rose clearly that month.</source>
        <translation>Prüfen Sie, was sich im %1 änderte (ein Produkt, ein Preis, der Kundenbestand eines Mitarbeiters): Weder eine Beschwerdekategorie noch die Zahl neuer Kunden eines Mitarbeiters stieg in diesem Monat deutlich.</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>expected a date such as 2026-07-14, or a date and time with a zone such as 2026-07-14T09:30:00Z or 2026-07-14T11:30:00+02:00</source>
        <translation>erwartet wird ein Datum wie 2026-07-14 oder ein Datum mit Uhrzeit und Zeitzone wie 2026-07-14T09:30:00Z oder 2026-07-14T11:30:00+02:00</translation>
    </message>
    <message>
        <source>%1 is not a valid instant: %2</source>
        <translation>%1 ist kein gültiger Zeitpunkt: %2</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation>es gibt keinen Monat %1</translation>
    </message>
    <message>
        <source>%1-%2 has no day %3</source>
        <translation>%1-%2 hat keinen Tag %3</translation>
    </message>
    <message>
        <source>it is before 0001-01-01T00:00:00Z, the first instant Rapport can store</source>
        <translation>er liegt vor 0001-01-01T00:00:00Z, dem ersten Zeitpunkt, den Rapport speichern kann</translation>
    </message>
    <message>
        <source>it is after 9999-12-31T23:59:59Z, the last instant Rapport can store</source>
        <translation>er liegt nach 9999-12-31T23:59:59Z, dem letzten Zeitpunkt, den Rapport speichern kann</translation>
    </message>
    <message>
        <source>the time of day is out of range</source>
        <translation>die Uhrzeit liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a time needs a zone: add Z for UTC or an offset such as +02:00</source>
        <translation>eine Uhrzeit braucht eine Zeitzone: Fügen Sie Z für UTC oder einen Versatz wie +02:00 hinzu</translation>
    </message>
    <message>
        <source>the zone offset is out of range</source>
        <translation>der Zeitzonenversatz liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>%1 is not a valid amount: %2</source>
        <translation>%1 ist kein gültiger Betrag: %2</translation>
    </message>
    <message>
        <source>larger than %1, the largest amount of one interaction</source>
        <translation>größer als %1, der größte Betrag eines Kontakts</translation>
    </message>
    <message>
        <source>expected digits such as 19.99 or -5 (&quot;.&quot; as the decimal separator, no currency sign or thousands separator)</source>
        <translation>erwartet werden Ziffern wie 19.99 oder -5 („.“ als Dezimaltrennzeichen, kein Währungszeichen und kein Tausendertrennzeichen)</translation>
    </message>
    <message>
        <source>use &quot;.&quot; as the decimal separator and no thousands separator</source>
        <translation>verwenden Sie „.“ als Dezimaltrennzeichen und kein Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>expected digits such as 19.99 or -5</source>
        <translation>erwartet werden Ziffern wie 19.99 oder -5</translation>
    </message>
    <message>
        <source>digits must follow the decimal point</source>
        <translation>nach dem Dezimalpunkt müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>at most two decimals are allowed</source>
        <translation>höchstens zwei Dezimalstellen sind erlaubt</translation>
    </message>
    <message>
        <source>%1 scale %2 to %3</source>
        <translation>%1-Skala %2 bis %3</translation>
    </message>
    <message>
        <source>%1 is not a whole number on the %2</source>
        <translation>%1 ist keine ganze Zahl auf der %2</translation>
    </message>
    <message>
        <source>%1 is outside the %2</source>
        <translation>%1 liegt außerhalb der %2</translation>
    </message>
</context>
<context>
    <name>WinBackTableModel</name>
    <message>
        <source>won back</source>
        <translation>zurückgewonnen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Nobody has tried to win them back yet</source>
        <translation>Noch niemand hat eine Rückgewinnung versucht</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Abgewandert am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Revenue in their last year</source>
        <translation>Umsatz im letzten Jahr</translation>
    </message>
    <message>
        <source>Latest outreach</source>
        <translation>Letzter Versuch</translation>
    </message>
</context>
<context>
    <name>WinBackView</name>
    <message>
        <source>Only &amp;my customers</source>
        <translation>Nur &amp;meine Kunden</translation>
    </message>
    <message>
        <source>&amp;Log Outreach…</source>
        <translation>Versuch &amp;erfassen…</translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Record a call, e-mail or meeting with the selected customer and how it went (Enter)</source>
        <translation>Einen Anruf, eine E-Mail oder ein Treffen mit dem ausgewählten Kunden und das Ergebnis erfassen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Customers to win back</source>
        <translation>Zurückzugewinnende Kunden</translation>
    </message>
    <message>
        <source>The win-back queue could not be read: %1</source>
        <translation>Die Rückgewinnungsliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nobody to win back: no customer who left in the last twelve months is still away.</source>
        <translation>Niemand zurückzugewinnen: Kein in den letzten zwölf Monaten abgewanderter Kunde ist noch fort.</translation>
    </message>
    <message>
        <source>The %1 customers who spent most in their last year before leaving; more are waiting.</source>
        <translation>Die %1 Kunden mit dem höchsten Umsatz im letzten Jahr vor der Abwanderung; weitere warten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) left in the last twelve months and have not bought since: those who spent most in their last year first.</source>
        <translation>
            <numerusform>%Ln Kunde ist in den letzten zwölf Monaten abgewandert und hat seitdem nicht gekauft.</numerusform>
            <numerusform>%Ln Kunden sind in den letzten zwölf Monaten abgewandert und haben seitdem nicht gekauft: die mit dem höchsten Umsatz im letzten Jahr zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outreach could not be logged.</source>
        <translation>Der Versuch konnte nicht erfasst werden.</translation>
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” could not be undone.</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rapport: smoke test failed: %1
</source>
        <translation>rapport: Smoke-Test fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>a dialog opened: %1</source>
        <translation>ein Dialog wurde geöffnet: %1</translation>
    </message>
    <message>
        <source>the window did not open within a minute</source>
        <translation>das Fenster wurde nicht innerhalb einer Minute geöffnet</translation>
    </message>
    <message>
        <source>the database %1 could not be created</source>
        <translation>die Datenbank %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>the main window was not drawn</source>
        <translation>das Hauptfenster wurde nicht gezeichnet</translation>
    </message>
    <message>
        <source>rapport: smoke test passed: the main window showed every page on a new database
</source>
        <translation>rapport: Smoke-Test bestanden: Das Hauptfenster hat mit einer neuen Datenbank jede Seite angezeigt
</translation>
    </message>
    <message>
        <source>rapport: smoke test failed: no temporary folder
</source>
        <translation>rapport: Smoke-Test fehlgeschlagen: kein temporärer Ordner
</translation>
    </message>
    <message>
        <source>Rapport, a CRM reflection workbench</source>
        <translation>Rapport, eine CRM-Reflexionswerkbank</translation>
    </message>
    <message>
        <source>Save a picture of each screen to DIR and quit (use a throwaway database).</source>
        <translation>Ein Bild jedes Bildschirms in DIR speichern und beenden (eine Wegwerf-Datenbank verwenden).</translation>
    </message>
    <message>
        <source>Pretend it is this UTC instant (for screenshots).</source>
        <translation>So tun, als sei jetzt dieser UTC-Zeitpunkt (für Bildschirmfotos).</translation>
    </message>
    <message>
        <source>Open the main window offscreen on a new temporary database, show every page and quit: exit status 0 when all went well.</source>
        <translation>Das Hauptfenster unsichtbar mit einer neuen temporären Datenbank öffnen, jede Seite anzeigen und beenden: Exit-Status 0, wenn alles geklappt hat.</translation>
    </message>
    <message>
        <source>The database to open (default: your own).</source>
        <translation>Die zu öffnende Datenbank (Standard: Ihre eigene).</translation>
    </message>
    <message>
        <source>--now must be an instant like 2026-06-30T15:00:00Z
</source>
        <translation>--now muss ein Zeitpunkt wie 2026-06-30T15:00:00Z sein
</translation>
    </message>
</context>
<context>
    <name>rapport-cli</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>--answers: expected %1 answers (one per statement, comma-separated), got %2; nothing was saved</source>
        <translation>--answers: %1 Antworten erwartet (eine pro Aussage, durch Kommas getrennt), %2 erhalten; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>--answers: answer %1 (&apos;%2&apos;) is not a whole number from %3 to %4; nothing was saved</source>
        <translation>--answers: Antwort %1 (&apos;%2&apos;) ist keine ganze Zahl von %3 bis %4; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>  Your answer (%1): </source>
        <translation>  Ihre Antwort (%1): </translation>
    </message>
    <message>
        <source>input ended at statement %1 of %2: the assessment was aborted and nothing was saved</source>
        <translation>Eingabe endete bei Aussage %1 von %2: die Selbsteinschätzung wurde abgebrochen, nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>  Please answer with a whole number from %1 to %2.
</source>
        <translation>  Bitte antworten Sie mit einer ganzen Zahl von %1 bis %2.
</translation>
    </message>
    <message>
        <source>Warning: every answer was the same (%1). Answers given without telling the statements apart say little about your style; consider taking the questionnaire again.

</source>
        <translation>Warnung: Alle Antworten waren gleich (%1). Antworten, die nicht zwischen den Aussagen unterscheiden, sagen wenig über Ihren Stil aus; füllen Sie den Fragebogen am besten noch einmal aus.

</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Änderung seit %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>
Strengths (score %1 or more):</source>
        <translation>
Stärken (Punktzahl %1 oder mehr):</translation>
    </message>
    <message>
        <source> none yet
</source>
        <translation> noch keine
</translation>
    </message>
    <message>
        <source>
Weaknesses (score below %1):</source>
        <translation>
Schwächen (Punktzahl unter %1):</translation>
    </message>
    <message>
        <source> none
</source>
        <translation> keine
</translation>
    </message>
    <message>
        <source>  What to try:
</source>
        <translation>  Was Sie versuchen können:
</translation>
    </message>
    <message>
        <source>--%1 must be a month (YYYY-MM), not &apos;%2&apos;</source>
        <translation>--%1 muss ein Monat sein (YYYY-MM), nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Rapport&apos;s command line: the same data as the desktop app.</source>
        <translation>Die Kommandozeile von Rapport: dieselben Daten wie in der Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>the database (default: %1)</source>
        <translation>die Datenbank (Standard: %1)</translation>
    </message>
    <message>
        <source>show this help; `rapport-cli &lt;command&gt; --help` for a command</source>
        <translation>diese Hilfe anzeigen; `rapport-cli &lt;command&gt; --help` für einen Befehl</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>Version anzeigen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>argument %1 (&apos;%2&apos;) is not valid UTF-8; rapport-cli takes file names and values in UTF-8 only (rename the file)</source>
        <translation>Argument %1 (&apos;%2&apos;) ist kein gültiges UTF-8; rapport-cli akzeptiert Dateinamen und Werte nur in UTF-8 (benennen Sie die Datei um)</translation>
    </message>
    <message>
        <source>--db needs a value: the database file</source>
        <translation>--db braucht einen Wert: die Datenbankdatei</translation>
    </message>
    <message>
        <source>--db is empty; give the database file (is a shell variable unset?). Leave --db out to use the desktop database</source>
        <translation>--db ist leer; geben Sie die Datenbankdatei an (ist eine Shell-Variable nicht gesetzt?). Lassen Sie --db weg, um die Datenbank der Desktop-Anwendung zu verwenden</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rapport::app</name>
    <message>
        <source>Responded (UTC)</source>
        <translation>Beantwortet (UTC)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Occurred (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation>Erledigt (UTC)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Followed up in time</source>
        <translation>Rechtzeitig nachgefasst</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Acquired (UTC)</source>
        <translation>Gewonnen (UTC)</translation>
    </message>
    <message>
        <source>Churned (UTC)</source>
        <translation>Abgewandert (UTC)</translation>
    </message>
    <message>
        <source>Still a customer at the end</source>
        <translation>Am Ende noch Kunde</translation>
    </message>
</context>
<context>
    <name>rapport::app::ChurnTab</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>rapport::app::DrillDownDialog</name>
    <message>
        <source>Records behind %1, %2, %3</source>
        <translation>Datensätze hinter %1, %2, %3</translation>
    </message>
    <message>
        <source>Complaints about %1, %2, %3</source>
        <translation>Beschwerden über %1, %2, %3</translation>
    </message>
    <message>
        <source>Purchases of %1, %2, %3</source>
        <translation>Käufe von %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>rapport::app::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
<context>
    <name>rapport::app::planText</name>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>next on %1</source>
        <translation>nächster am %1</translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation>fällig seit %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>hat gewirkt</translation>
    </message>
    <message>
        <source>did not move the metric</source>
        <translation>hat die Kennzahl nicht verändert</translation>
    </message>
    <message>
        <source>moved the wrong way</source>
        <translation>hat in die falsche Richtung gewirkt</translation>
    </message>
    <message>
        <source>too little data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
</context>
<context>
    <name>rapport::core</name>
    <message>
        <source>Preparing the churn figures failed</source>
        <translation>Die Abwanderungszahlen konnten nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Reading the churn figures failed</source>
        <translation>Die Abwanderungszahlen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>rapport::core::ActionPlanRepository</name>
    <message>
        <source>There is no action plan with id %1 to update</source>
        <translation>Es gibt keinen Aktionsplan mit der Nummer %1, der geändert werden könnte</translation>
    </message>
</context>
<context>
    <name>rapport::core::BookCopy</name>
    <message>
        <source>Copying a row of %1 failed</source>
        <translation>Das Kopieren einer Zeile von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copying %1 to the team server failed: %2</source>
        <translation>Das Kopieren von %1 auf den Teamserver ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The copy was cancelled. Nothing was copied.</source>
        <translation>Das Kopieren wurde abgebrochen. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 already holds records (%2 in %3); copy-to only fills an empty database. Nothing was copied.</source>
        <translation>%1 enthält bereits Datensätze (%2 in %3); copy-to füllt nur eine leere Datenbank. Es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>rapport::core::BookSettingsService</name>
    <message>
        <source>The stored currency &apos;%1&apos; is not an ISO 4217 code.</source>
        <translation>Die gespeicherte Währung „%1“ ist kein ISO-4217-Code.</translation>
    </message>
    <message>
        <source>the book&apos;s currency</source>
        <translation>die Währung des Kundenbestands</translation>
    </message>
</context>
<context>
    <name>rapport::core::BookSetupService</name>
    <message>
        <source>A rep needs an id and a name.</source>
        <translation>Ein Mitarbeiter braucht eine Kennung und einen Namen.</translation>
    </message>
    <message>
        <source>The id %1 already belongs to %2.</source>
        <translation>Die Kennung %1 gehört bereits zu %2.</translation>
    </message>
    <message>
        <source>This book already holds data: demo data goes only into an empty book.</source>
        <translation>Dieser Kundenbestand enthält bereits Daten: Demodaten kommen nur in einen leeren Kundenbestand.</translation>
    </message>
</context>
<context>
    <name>rapport::core::ChurnMetricsStore</name>
    <message>
        <source>Preparing the churn figures failed</source>
        <translation>Das Vorbereiten der Abwanderungskennzahlen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the churn figures failed</source>
        <translation>Das Lesen der Abwanderungskennzahlen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rapport::core::ChurnReasonService</name>
    <message>
        <source>Only a manager or an administrator can change the team&apos;s churn reasons: your login reaches only your own customers.</source>
        <translation>Nur Manager oder Administratoren können die Abwanderungsgründe des Teams ändern: Ihre Anmeldung erreicht nur Ihre eigenen Kunden.</translation>
    </message>
    <message>
        <source>A churn reason needs a name.</source>
        <translation>Ein Abwanderungsgrund braucht einen Namen.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is already there.</source>
        <translation>Den Grund „%1“ gibt es schon.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) left for &quot;%1&quot;: merge it into another reason instead, so that they keep one.</source>
        <translation>
            <numerusform>%n Kunde ist aus dem Grund „%1“ gegangen: Führen Sie ihn stattdessen mit einem anderen Grund zusammen, damit er einen behält.</numerusform>
            <numerusform>%n Kunden sind aus dem Grund „%1“ gegangen: Führen Sie ihn stattdessen mit einem anderen Grund zusammen, damit sie einen behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason is called &quot;%1&quot; already.</source>
        <translation>Der Grund heißt schon „%1“.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is no longer there: someone else renamed or removed it.</source>
        <translation>Den Grund „%1“ gibt es nicht mehr: Jemand anderes hat ihn umbenannt oder entfernt.</translation>
    </message>
</context>
<context>
    <name>rapport::core::CohortStore</name>
    <message>
        <source>Preparing the cohort query failed</source>
        <translation>Das Vorbereiten der Kohortenabfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running the cohort query failed</source>
        <translation>Das Ausführen der Kohortenabfrage ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rapport::core::CsvColumn</name>
    <message>
        <source>Rep ID</source>
        <translation>Mitarbeiter-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner (rep ID)</source>
        <translation>Betreuer (Mitarbeiter-ID)</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>Abgewandert am</translation>
    </message>
    <message>
        <source>Interaction number</source>
        <translation>Interaktionsnummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Response number</source>
        <translation>Antwortnummer</translation>
    </message>
    <message>
        <source>Survey (CSAT, NPS or CES)</source>
        <translation>Umfrage (CSAT, NPS oder CES)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation>Abwanderungsgrund</translation>
    </message>
    <message>
        <source>Product number</source>
        <translation>Produktnummer</translation>
    </message>
    <message>
        <source>Active (true or false)</source>
        <translation>Aktiv (true oder false)</translation>
    </message>
</context>
<context>
    <name>rapport::core::Currency</name>
    <message>
        <source>A currency is an ISO 4217 code of three capital letters, such as EUR, not &apos;%1&apos;.</source>
        <translation>Eine Währung ist ein ISO-4217-Code aus drei Großbuchstaben, z. B. EUR, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows.</source>
        <translation>%1 ist keine Währung, die dieses Programm kennt.</translation>
    </message>
</context>
<context>
    <name>rapport::core::CustomerSnapshotStore</name>
    <message>
        <source>A customer snapshot names an unknown table: %1</source>
        <translation>Eine Kundenmomentaufnahme nennt eine unbekannte Tabelle: %1</translation>
    </message>
</context>
<context>
    <name>rapport::core::Database</name>
    <message>
        <source>%1 is an empty file, not a Rapport database. It was left unchanged.</source>
        <translation>%1 ist eine leere Datei, keine Rapport-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 ist keine Rapport-Datenbank (keine SQLite-Datei). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Rapport database. It was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Rapport-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (%2 of %3 bytes), as if a copy stopped half-way. Restore it from a backup. It was left unchanged.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer, als ihr Kopf angibt (%2 von %3 Bytes), als sei ein Kopiervorgang auf halbem Weg abgebrochen. Stellen Sie sie aus einer Sicherung wieder her. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1 (SQLite error %2).</source>
        <translation>%1 kann nicht gelesen werden (SQLite-Fehler %2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Rapport database.</source>
        <translation>%1 ist ein Ordner, keine Rapport-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a Rapport database. It was left unchanged.</source>
        <translation>%1 ist keine gewöhnliche Datei und kann daher keine Rapport-Datenbank sein. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is read-only. Rapport needs to write to its database: change the file&apos;s permissions or copy it to a folder of yours. It was left unchanged.</source>
        <translation>%1 ist schreibgeschützt. Rapport muss in seine Datenbank schreiben: Ändern Sie die Rechte der Datei oder kopieren Sie sie in einen eigenen Ordner. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Rapport keeps two working files beside the database (%2-wal and %2-shm): move the database to a writable folder. It was left unchanged.</source>
        <translation>Der Ordner %1 ist schreibgeschützt. Rapport legt zwei Arbeitsdateien neben der Datenbank an (%2-wal und %2-shm): Verschieben Sie die Datenbank in einen beschreibbaren Ordner. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be shared between connections.</source>
        <translation>Eine Datenbank im Arbeitsspeicher kann nicht von mehreren Verbindungen genutzt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>This installation of Rapport cannot reach a team server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>Diese Rapport-Installation kann keinen Teamserver erreichen: Der PostgreSQL-Treiber von Qt (Paket libqt6sql6-psql) fehlt.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1: %2</source>
        <translation>Keine Verbindung zum Teamserver %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not Rapport&apos;s. Use an empty database for Rapport (createdb). Nothing was changed.</source>
        <translation>Die Datenbank %1 enthält Tabellen eines anderen Programms, nicht die von Rapport. Verwenden Sie eine leere Datenbank für Rapport (createdb). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database. It was left unchanged.</source>
        <translation>%1 kann nicht als Datenbank gelesen werden. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (schema %2; this version understands up to %3). Update Rapport to open it. The file was left unchanged.</source>
        <translation>%1 wurde von einer neueren Rapport-Version geschrieben (Schema %2; diese Version versteht bis %3). Aktualisieren Sie Rapport, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not write a backup before upgrading %1: %2</source>
        <translation>Vor dem Aktualisieren von %1 konnte keine Sicherung geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is the open database itself (or one of its working files); it cannot be %2. Choose another file. Nothing was changed.</source>
        <translation>%1 ist die geöffnete Datenbank selbst (oder eine ihrer Arbeitsdateien); sie kann nicht %2 sein. Wählen Sie eine andere Datei. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the backup.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen für die Sicherung.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check says: %2). Nothing was written to it. Restore it from a backup, or export what can still be read.</source>
        <translation>%1 ist beschädigt (die Prüfung von SQLite meldet: %2). Es wurde nichts hineingeschrieben. Stellen Sie sie aus einer Sicherung wieder her oder exportieren Sie, was sich noch lesen lässt.</translation>
    </message>
</context>
<context>
    <name>rapport::core::DemoGenerator</name>
    <message>
        <source>The number of demo customers must be at least 1 (got %1).</source>
        <translation>Die Zahl der Demo-Kunden muss mindestens 1 sein (angegeben: %1).</translation>
    </message>
    <message>
        <source>The demo data cannot end after today (%1), not on %2.</source>
        <translation>Die Demodaten können nicht nach heute (%1) enden, also nicht am %2.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo data.</source>
        <translation>Für die Demodaten kann kein temporärer Ordner angelegt werden.</translation>
    </message>
</context>
<context>
    <name>rapport::core::DemoHistory</name>
    <message>
        <source>Churn at most 5% in %1</source>
        <translation>Abwanderung höchstens 5 % in %1</translation>
    </message>
    <message>
        <source>Follow up on 70% of purchases within 14 days (%1)</source>
        <translation>70 % der Käufe innerhalb von 14 Tagen nachfassen (%1)</translation>
    </message>
    <message>
        <source>CSAT at 80% or better in %1</source>
        <translation>CSAT von mindestens 80 % in %1</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>Umsatz %1</translation>
    </message>
</context>
<context>
    <name>rapport::core::DemoStore</name>
    <message>
        <source>Writing the demo data failed</source>
        <translation>Das Schreiben der Demodaten ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preparing a demo data statement failed</source>
        <translation>Das Vorbereiten einer Demodaten-Anweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Inserting a demo %1 failed</source>
        <translation>Das Einfügen von Demodaten (%1) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The demo data generator needs an SQLite database connection.</source>
        <translation>Der Demodaten-Generator braucht eine SQLite-Datenbankverbindung.</translation>
    </message>
    <message>
        <source>Checking whether the database is empty failed</source>
        <translation>Die Prüfung, ob die Datenbank leer ist, ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The database %1 already holds data: demo data is only written into an empty database.</source>
        <translation>Die Datenbank %1 enthält bereits Daten: Demodaten werden nur in eine leere Datenbank geschrieben.</translation>
    </message>
    <message>
        <source>Reading the index definitions failed</source>
        <translation>Das Lesen der Indexdefinitionen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The demo data transaction is not open.</source>
        <translation>Die Transaktion für die Demodaten ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>rapport::core::ExportStore</name>
    <message>
        <source>Reading the data to export failed</source>
        <translation>Das Lesen der zu exportierenden Daten ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rapport::core::FindingsStore</name>
    <message>
        <source>Unknown record table &apos;%1&apos; for customer names</source>
        <translation>Unbekannte Datensatztabelle „%1“ für Kundennamen</translation>
    </message>
</context>
<context>
    <name>rapport::core::ImportStore</name>
    <message>
        <source>Looking up a rep failed</source>
        <translation>Das Nachschlagen eines Mitarbeiters ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Looking up a customer failed</source>
        <translation>Das Nachschlagen eines Kunden ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing a customer failed</source>
        <translation>Das Schreiben eines Kunden ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Looking up an interaction failed</source>
        <translation>Das Nachschlagen eines Kontakts ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Looking up a survey response failed</source>
        <translation>Das Nachschlagen einer Umfrageantwort ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing a survey response failed</source>
        <translation>Das Schreiben einer Umfrageantwort ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preparing an import statement failed</source>
        <translation>Das Vorbereiten einer Import-Anweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is no import transaction to commit.</source>
        <translation>Es gibt keine Import-Transaktion, die abgeschlossen werden könnte.</translation>
    </message>
    <message>
        <source>Creating a rep failed</source>
        <translation>Das Anlegen eines Mitarbeiters ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the largest row id failed</source>
        <translation>Das Lesen der größten Zeilennummer ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing rows failed</source>
        <translation>Das Schreiben der Zeilen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Looking up a product failed</source>
        <translation>Das Nachschlagen eines Produkts ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing a product failed</source>
        <translation>Das Schreiben eines Produkts ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the products failed</source>
        <translation>Das Lesen der Produkte ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rapport::core::ImportTransaction</name>
    <message>
        <source>The import could not write to the database</source>
        <translation>Der Import konnte nicht in die Datenbank schreiben</translation>
    </message>
    <message>
        <source>Checking the table failed</source>
        <translation>Die Prüfung der Tabelle ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Listing the indexes failed</source>
        <translation>Das Auflisten der Indizes ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>There is no import transaction to commit.</source>
        <translation>Es gibt keine Import-Transaktion, die abgeschlossen werden könnte.</translation>
    </message>
</context>
<context>
    <name>rapport::core::ImportedRows</name>
    <message>
        <source>Reading the largest row id failed</source>
        <translation>Das Lesen der größten Zeilennummer ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preparing the import&apos;s list of matched rows failed</source>
        <translation>Das Vorbereiten der Liste zugeordneter Zeilen des Imports ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Looking up a matched row failed</source>
        <translation>Das Nachschlagen einer zugeordneten Zeile ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Remembering a matched row failed</source>
        <translation>Das Vermerken einer zugeordneten Zeile ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rapport::core::ListExport</name>
    <message>
        <source>Reading the list to export failed</source>
        <translation>Das Lesen der zu exportierenden Liste ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rapport::core::MetricCatalogue</name>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Mean CSAT score</source>
        <translation>Mittlere CSAT-Bewertung</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customer effort</source>
        <translation>Kundenaufwand</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Kunden am Anfang</translation>
    </message>
    <message>
        <source>Customers at the end</source>
        <translation>Kunden am Ende</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Abgewanderte Kunden</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Umsatz pro Kunde</translation>
    </message>
    <message>
        <source>Revenue per paying customer</source>
        <translation>Umsatz pro zahlendem Kunden</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
    <message>
        <source>Follow-up rate</source>
        <translation>Wiedervorlagequote</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Beschwerdequote</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>Beschwerden nach Kategorie</translation>
    </message>
    <message>
        <source>Median hours to resolve a complaint</source>
        <translation>Median der Stunden bis zur Erledigung einer Beschwerde</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <source>Complaints about %1</source>
        <translation>Beschwerden über %1</translation>
    </message>
    <message>
        <source>points (−100 to 100)</source>
        <translation>Punkte (−100 bis 100)</translation>
    </message>
    <message>
        <source>of 7 (higher = easier)</source>
        <translation>von 7 (höher = leichter)</translation>
    </message>
    <message>
        <source>per 100 customers</source>
        <translation>je 100 Kunden</translation>
    </message>
    <message>
        <source>CSAT (% satisfied)</source>
        <translation>CSAT (% zufrieden)</translation>
    </message>
    <message>
        <source>mean CSAT score</source>
        <translation>mittlere CSAT-Bewertung</translation>
    </message>
    <message>
        <source>customer effort</source>
        <translation>Kundenaufwand</translation>
    </message>
    <message>
        <source>Customer effort (1-7, higher is easier)</source>
        <translation>Kundenaufwand (1-7, höher ist leichter)</translation>
    </message>
    <message>
        <source>survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>customers at the start</source>
        <translation>Kunden am Anfang</translation>
    </message>
    <message>
        <source>customers at the end</source>
        <translation>Kunden am Ende</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>churned customers</source>
        <translation>abgewanderte Kunden</translation>
    </message>
    <message>
        <source>active customers</source>
        <translation>aktive Kunden</translation>
    </message>
    <message>
        <source>retention rate</source>
        <translation>Kundenbindungsrate</translation>
    </message>
    <message>
        <source>Retention rate (%)</source>
        <translation>Kundenbindungsrate (%)</translation>
    </message>
    <message>
        <source>churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>Churn rate (%)</source>
        <translation>Abwanderungsrate (%)</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>revenue per customer</source>
        <translation>Umsatz pro Kunde</translation>
    </message>
    <message>
        <source>revenue per paying customer</source>
        <translation>Umsatz pro zahlendem Kunden</translation>
    </message>
    <message>
        <source>repeat purchase rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
    <message>
        <source>Repeat purchase rate (%)</source>
        <translation>Wiederkaufrate (%)</translation>
    </message>
    <message>
        <source>follow-up rate</source>
        <translation>Wiedervorlagequote</translation>
    </message>
    <message>
        <source>Follow-up rate (%)</source>
        <translation>Wiedervorlagequote (%)</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>complaint rate</source>
        <translation>Beschwerdequote</translation>
    </message>
    <message>
        <source>Complaints per 100 customers</source>
        <translation>Beschwerden je 100 Kunden</translation>
    </message>
    <message>
        <source>complaints by category</source>
        <translation>Beschwerden nach Kategorie</translation>
    </message>
    <message>
        <source>median hours to resolve a complaint</source>
        <translation>Median der Stunden bis zur Erledigung einer Beschwerde</translation>
    </message>
    <message>
        <source>open complaints</source>
        <translation>offene Beschwerden</translation>
    </message>
    <message>
        <source>Win-back rate</source>
        <translation>Rückgewinnungsquote</translation>
    </message>
    <message>
        <source>Complaints per 100 purchases of %1</source>
        <translation>Beschwerden je 100 Käufe von %1</translation>
    </message>
</context>
<context>
    <name>rapport::core::MetricsStore</name>
    <message>
        <source>The revenue of the period is too large to add up: some purchase amounts are far beyond the 1,000,000,000.00 an import accepts. Correct them.</source>
        <translation>Der Umsatz des Zeitraums ist zu groß, um ihn zu summieren: Einige Kaufbeträge liegen weit über den 1.000.000.000,00, die ein Import annimmt. Korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>Preparing a metrics query failed</source>
        <translation>Das Vorbereiten einer Kennzahlenabfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running a metrics query failed</source>
        <translation>Das Ausführen einer Kennzahlenabfrage ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rapport::core::Migrations</name>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>Das Aktualisieren der Datenbank auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Setting up the team server&apos;s roles and rights failed (the login that runs init must be allowed to create roles): %1</source>
        <translation>Das Einrichten der Rollen und Rechte des Teamservers ist fehlgeschlagen (die Anmeldung, die init ausführt, muss Rollen anlegen dürfen): %1</translation>
    </message>
</context>
<context>
    <name>rapport::core::PartialFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation>%1 kann nicht auf die Festplatte geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>In %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Nothing to move onto %1.</source>
        <translation>Es gibt nichts, was nach %1 verschoben werden könnte.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a link, a pipe or a device); it was not replaced.</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Ordner, ein Link, eine Pipe oder ein Gerät); sie wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>rapport::core::PlanTargetMetric</name>
    <message>
        <source>&apos;%1&apos; is not a plan target of products or win-back.</source>
        <translation>„%1“ ist kein Planziel zu Produkten oder Rückgewinnung.</translation>
    </message>
    <message>
        <source>The product &apos;%1&apos; is not in the catalogue.</source>
        <translation>Das Produkt „%1“ ist nicht im Katalog.</translation>
    </message>
</context>
<context>
    <name>rapport::core::PostgresDialect</name>
    <message>
        <source>The connection to the team server was lost. Nothing was written; Rapport reconnects when the server is back</source>
        <translation>Die Verbindung zum Teamserver ist abgerissen. Es wurde nichts geschrieben; Rapport verbindet sich neu, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>The record is busy: someone else on the team server was changing it. Nothing was written; try again in a moment</source>
        <translation>Der Datensatz ist belegt: Jemand anderes auf dem Teamserver hat ihn gerade geändert. Es wurde nichts geschrieben; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>The team server refused this: your login may not read or change these rows</source>
        <translation>Der Teamserver hat dies abgelehnt: Ihre Anmeldung darf diese Zeilen nicht lesen oder ändern</translation>
    </message>
    <message>
        <source>The team server&apos;s disk is full. Nothing was written; tell its administrator</source>
        <translation>Die Festplatte des Teamservers ist voll. Es wurde nichts geschrieben; verständigen Sie die Administration</translation>
    </message>
</context>
<context>
    <name>rapport::core::ProductMetricsStore</name>
    <message>
        <source>Preparing the per-product figures failed</source>
        <translation>Das Vorbereiten der Kennzahlen je Produkt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the per-product figures failed</source>
        <translation>Das Lesen der Kennzahlen je Produkt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preparing the product catalogue failed</source>
        <translation>Das Vorbereiten des Produktkatalogs ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the product catalogue failed</source>
        <translation>Das Lesen des Produktkatalogs ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preparing the monthly product figures failed</source>
        <translation>Die monatlichen Produktkennzahlen konnten nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Reading the monthly product figures failed</source>
        <translation>Die monatlichen Produktkennzahlen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The revenue of the period is too large to add up: some purchase amounts are far beyond the 1,000,000,000.00 an import accepts. Correct them.</source>
        <translation>Der Umsatz des Zeitraums ist zu groß, um ihn zu summieren: Einige Kaufbeträge liegen weit über den 1.000.000.000,00, die ein Import annimmt. Korrigieren Sie sie.</translation>
    </message>
</context>
<context>
    <name>rapport::core::ProductService</name>
    <message>
        <source>A product needs an id.</source>
        <translation>Ein Produkt braucht eine ID.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>Ein Produkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>The product id %1 already belongs to %2.</source>
        <translation>Die Produkt-ID %1 gehört bereits zu %2.</translation>
    </message>
    <message>
        <source>Interactions name this product, so it keeps its history: retire it instead.</source>
        <translation>Kontakte nennen dieses Produkt, es behält also seinen Verlauf: Lassen Sie es stattdessen auslaufen.</translation>
    </message>
    <message>
        <source>Someone else removed the product %1; nothing was written</source>
        <translation>Jemand anderes hat das Produkt %1 entfernt; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>The product %1 keeps changing under this save; nothing was written. Try again in a moment</source>
        <translation>Das Produkt %1 ändert sich während dieses Speicherns laufend; es wurde nichts gespeichert. Versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>rapport::core::ReportProductSections</name>
    <message>
        <source>The book has no product catalogue yet, so there are no figures by product.</source>
        <translation>Der Kundenbestand hat noch keinen Produktkatalog, daher gibt es keine Kennzahlen je Produkt.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Complaints per 100 purchases</source>
        <translation>Beschwerden je 100 Käufe</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(eingestellt)</translation>
    </message>
    <message>
        <source>No product named</source>
        <translation>Ohne Produkt</translation>
    </message>
    <message>
        <source>Most revenue: %1 (%2 of %3 from all purchases).</source>
        <translation>Größter Umsatz: %1 (%2 von %3 aus allen Käufen).</translation>
    </message>
    <message>
        <source>Most complaints per purchase: %1, with %2 complaints per 100 purchases against %3 for the other products together.</source>
        <translation>Meiste Beschwerden je Kauf: %1, mit %2 Beschwerden je 100 Käufe gegenüber %3 bei den anderen Produkten zusammen.</translation>
    </message>
    <message>
        <source>Purchases leave refunds out; revenue takes them off. A product&apos;s complaint rate is named only over at least %1 purchases; whether it rose by more than chance is judged in the Findings section.</source>
        <translation>Käufe zählen ohne Erstattungen; der Umsatz zieht sie ab. Die Beschwerderate eines Produkts wird erst ab %1 Käufen genannt; ob sie mehr als zufällig stieg, beurteilt der Abschnitt Befunde.</translation>
    </message>
    <message>
        <source>No customer left in %1.</source>
        <translation>In %1 ist kein Kunde abgewandert.</translation>
    </message>
    <message>
        <source>%1 customers left in %2; none of them has a recorded reason.</source>
        <translation>In %2 sind %1 Kunden abgewandert; für keinen ist ein Grund erfasst.</translation>
    </message>
    <message>
        <source>%1 customers left in %2. The leading reason is &apos;%3&apos;: %4 of them (%5%).</source>
        <translation>In %2 sind %1 Kunden abgewandert. Häufigster Grund ist „%3“: %4 von ihnen (%5 %).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Won back: %1 of them bought again within 180 days of leaving, a win-back rate of %2%.</source>
        <translation>Zurückgewonnen: %1 von ihnen kauften innerhalb von 180 Tagen nach der Abwanderung wieder, eine Rückgewinnungsquote von %2 %.</translation>
    </message>
    <message>
        <source>A customer without a recorded reason counts as &apos;unknown&apos;. The 180 days of a recent leaver are still running, so the win-back rate of a recent period can still rise.</source>
        <translation>Ein Kunde ohne erfassten Grund zählt als „unknown“. Bei kürzlich abgewanderten Kunden laufen die 180 Tage noch, daher kann die Rückgewinnungsquote eines jungen Zeitraums noch steigen.</translation>
    </message>
</context>
<context>
    <name>rapport::core::ScopeMembers</name>
    <message>
        <source>Reading the customers of the scope failed</source>
        <translation>Die Kunden des Bereichs konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>rapport::core::ServerAddress</name>
    <message>
        <source>The server address is not a valid PostgreSQL connection URI%1</source>
        <translation>Die Serveradresse ist keine gültige PostgreSQL-Verbindungs-URI%1</translation>
    </message>
    <message>
        <source>The server address has an invalid port: %1.</source>
        <translation>Die Serveradresse hat einen ungültigen Port: %1.</translation>
    </message>
</context>
<context>
    <name>rapport::core::ServerImportStore</name>
    <message>
        <source>There is no connection to the team server.</source>
        <translation>Es besteht keine Verbindung zum Teamserver.</translation>
    </message>
    <message>
        <source>An import cannot start inside another transaction.</source>
        <translation>Ein Import kann nicht innerhalb einer anderen Transaktion beginnen.</translation>
    </message>
    <message>
        <source>Preparing the import failed</source>
        <translation>Das Vorbereiten des Imports ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>There is no import transaction to commit.</source>
        <translation>Es gibt keine Import-Transaktion, die abgeschlossen werden könnte.</translation>
    </message>
    <message>
        <source>Creating a rep failed</source>
        <translation>Das Anlegen eines Mitarbeiters ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Matching the rows with the stored ones failed</source>
        <translation>Das Zuordnen der Zeilen zu den gespeicherten ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing the rows to the team server failed</source>
        <translation>Das Schreiben der Zeilen auf den Teamserver ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Matching the rows with the stored ones failed: line %1 is missing</source>
        <translation>Das Zuordnen der Zeilen zu den gespeicherten ist fehlgeschlagen: Zeile %1 fehlt</translation>
    </message>
    <message>
        <source>a rep&apos;s login cannot add or change products: a manager or an admin imports the products file</source>
        <translation>die Anmeldung eines Mitarbeiters kann keine Produkte anlegen oder ändern: Die Produktdatei importiert ein Manager oder ein Administrator</translation>
    </message>
    <message>
        <source>Building the table&apos;s indexes failed</source>
        <translation>Das Erstellen der Indizes der Tabelle ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Committing the import failed</source>
        <translation>Das Abschließen des Imports ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Starting the import failed</source>
        <translation>Das Starten des Imports ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rapport::core::SqliteStatement</name>
    <message>
        <source>The database is busy: another program (another Rapport window or rapport-cli) kept it locked for too long. Nothing was written; try again in a moment</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm (ein anderes Rapport-Fenster oder rapport-cli) hat sie zu lange gesperrt. Es wurde nichts geschrieben; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>The database cannot be written to: the file or its folder is read-only</source>
        <translation>In die Datenbank kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The database file is damaged; restore it from a backup</source>
        <translation>Die Datenbankdatei ist beschädigt; stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>The database file could not be read or written (an input/output error)</source>
        <translation>Die Datenbankdatei konnte nicht gelesen oder geschrieben werden (ein Ein-/Ausgabefehler)</translation>
    </message>
</context>
<context>
    <name>rapport::core::TeamAggregateStore</name>
    <message>
        <source>Team aggregates come from a team server only.</source>
        <translation>Team-Kennzahlen gibt es nur von einem Team-Server.</translation>
    </message>
</context>
<context>
    <name>rapport::core::TeamStore</name>
    <message>
        <source>%1 is a file: logins and roles belong to a team server (--db postgresql://...).</source>
        <translation>%1 ist eine Datei: Anmeldungen und Rollen gehören zu einem Teamserver (--db postgresql://...).</translation>
    </message>
    <message>
        <source>A login has 1 to 63 characters (got &quot;%1&quot;).</source>
        <translation>Eine Anmeldung hat 1 bis 63 Zeichen (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>The role is rep, manager or admin (got &quot;%1&quot;).</source>
        <translation>Die Rolle ist rep, manager oder admin (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>A rep&apos;s login needs the rep it is (--rep ID).</source>
        <translation>Die Anmeldung eines Mitarbeiters braucht den Mitarbeiter, der sie ist (--rep ID).</translation>
    </message>
    <message>
        <source>There is no rep &quot;%1&quot; in %2; import or add the rep first.</source>
        <translation>In %2 gibt es keinen Mitarbeiter „%1“; importieren oder legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>%1 is not a login of this team.</source>
        <translation>%1 ist keine Anmeldung dieses Teams.</translation>
    </message>
</context>
<context>
    <name>rapport::core::WinBackQueueStore</name>
    <message>
        <source>Preparing the win-back queue failed</source>
        <translation>Die Rückgewinnungsliste konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Reading the win-back queue failed</source>
        <translation>Die Rückgewinnungsliste konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>rapport::core::WinBackService</name>
    <message>
        <source>A win-back outreach is a call, an e-mail or a meeting.</source>
        <translation>Ein Rückgewinnungsversuch ist ein Anruf, eine E-Mail oder ein Termin.</translation>
    </message>
    <message>
        <source>The outreach has no date.</source>
        <translation>Der Rückgewinnungsversuch hat kein Datum.</translation>
    </message>
</context>
<context>
    <name>rapport::core::sql</name>
    <message>
        <source>Could not prepare a database statement</source>
        <translation>Eine Datenbankanweisung konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Someone else changed or removed %1 since it was read; nothing was written</source>
        <translation>Jemand anderes hat %1 geändert oder entfernt, seit es gelesen wurde; es wurde nichts geschrieben</translation>
    </message>
</context>
</TS>
