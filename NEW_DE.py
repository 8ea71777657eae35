# New and changed source strings of branch i20-dash (issue 20, items 7 and 8) with their
# German translations, to be applied to resources/translations/rapport_de.ts on merge.
# Contexts: MetricTile and DrillDownDialog are rapport::app::..., GoalTableModel is
# rapport::app::GoalTableModel.
DE = {
    # rapport::app::MetricTile (replaces "Double-click, or press Enter, to see the records behind this figure.")
    "Click, or press Enter, to see the records behind this figure.":
        "Klicken oder Eingabetaste drücken, um die Datensätze hinter dieser Zahl anzuzeigen.",
    # rapport::app::DrillDownDialog
    "Double-click a record, or press Enter, to open its customer.":
        "Einen Datensatz doppelklicken oder die Eingabetaste drücken, um seinen Kunden zu öffnen.",
    # rapport::app::GoalTableModel
    "Baseline": "Ausgangswert",
    "Not started": "Nicht begonnen",
    "The period has not started: there is nothing to measure yet.":
        "Der Zeitraum hat noch nicht begonnen: Es gibt noch nichts zu messen.",
    "No value to measure progress with yet.":
        "Noch kein Wert, an dem sich der Fortschritt messen lässt.",
    "From the baseline %1 to the target %2, the projection %3 comes %4 of the way.":
        "Vom Ausgangswert %1 zum Zielwert %2 legt die Prognose %3 %4 des Weges zurück.",
    "From the baseline %1 to the target %2, the value %3 comes %4 of the way.":
        "Vom Ausgangswert %1 zum Zielwert %2 legt der Wert %3 %4 des Weges zurück.",
    "No baseline: the projection %1 against the target %2 is %3.":
        "Kein Ausgangswert: Die Prognose %1 erreicht %3 des Zielwerts %2.",
    "No baseline: the value %1 against the target %2 is %3.":
        "Kein Ausgangswert: Der Wert %1 erreicht %3 des Zielwerts %2.",
    "Where the figure stood when the goal was set: progress is measured from here.":
        "Der Stand der Kennzahl, als das Ziel gesetzt wurde: Von hier aus wird der Fortschritt gemessen.",
    "No baseline: progress is the value against the target.":
        "Kein Ausgangswert: Der Fortschritt ist der Wert gemessen am Zielwert.",
}
