# German for the new user-visible strings of branch i16-conflicts (merged into rapport_de.ts later).
T = {
    # rapport::app::GoalConflictDialog
    "Goal Changed by Someone Else": "Ziel wurde von jemand anderem geändert",
    "Someone else saved the goal <b>%1</b> while you were editing it, with other values in the fields below. Nothing of yours has been saved yet.":
        "Jemand anderes hat das Ziel <b>%1</b> gespeichert, während Sie es bearbeitet haben, und zwar mit anderen Werten in den unten aufgeführten Feldern. Von Ihren Änderungen wurde noch nichts gespeichert.",
    "Name": "Name",
    "Metric": "Kennzahl",
    "Whose figures": "Wessen Zahlen",
    "First day": "Erster Tag",
    "Last day": "Letzter Tag",
    "Target": "Zielwert",
    "Direction": "Richtung",
    "Baseline": "Ausgangswert",
    "Check in every": "Zwischenstand alle",
    "at least (>=)": "mindestens (>=)",
    "at most (<=)": "höchstens (<=)",
    # rapport::app::PlanConflictDialog
    "Action Plan Changed by Someone Else": "Aktionsplan wurde von jemand anderem geändert",
    "Someone else saved the action plan <b>%1</b> while you were changing it, with other values in the fields below. Nothing of yours has been saved yet.":
        "Jemand anderes hat den Aktionsplan <b>%1</b> gespeichert, während Sie ihn geändert haben, und zwar mit anderen Werten in den unten aufgeführten Feldern. Von Ihren Änderungen wurde noch nichts gespeichert.",
    "Title": "Titel",
    "Action": "Maßnahme",
    "Owner": "Betreuer",
    "Resources": "Ressourcen",
    "Start": "Beginn",
    "Deadline": "Frist",
    "Finding": "Erkenntnis",
    "Dimension": "Dimension",
    "Status": "Status",
    # rapport::app::FollowUpConflictDialog
    "Follow-up Changed by Someone Else": "Wiedervorlage wurde von jemand anderem geändert",
    "Someone else saved the follow-up with <b>%1</b> while you were changing it, with other values in the fields below. Nothing of yours has been saved yet.":
        "Jemand anderes hat die Wiedervorlage für <b>%1</b> gespeichert, während Sie sie geändert haben, und zwar mit anderen Werten in den unten aufgeführten Feldern. Von Ihren Änderungen wurde noch nichts gespeichert.",
    "Rep": "Mitarbeiter",
    "Due": "Fällig",
    "Note": "Notiz",
    "Done": "Erledigt",
    "done %1": "erledigt %1",
    "open": "offen",
    # EditGoalCommand, AdjustPlanCommand, SnoozeFollowUpCommand, CompleteFollowUpCommand
    "Someone else changed the goal %1 since; nothing was written.":
        "Jemand anderes hat das Ziel %1 inzwischen geändert; es wurde nichts gespeichert.",
    "Someone else changed the action plan %1 since; nothing was written.":
        "Jemand anderes hat den Aktionsplan %1 inzwischen geändert; es wurde nichts gespeichert.",
    "Someone else changed the follow-up since; nothing was written.":
        "Jemand anderes hat die Wiedervorlage inzwischen geändert; es wurde nichts gespeichert.",
    "Someone else already marked this follow-up done (%1); nothing was written.":
        "Jemand anderes hat diese Wiedervorlage bereits als erledigt markiert (%1); es wurde nichts gespeichert.",
    "Someone else reopened this follow-up since; nothing was written.":
        "Jemand anderes hat diese Wiedervorlage inzwischen wieder geöffnet; es wurde nichts gespeichert.",
    # InteractionService (a logged interaction completing a follow-up, and its undo)
    "Someone else changed or removed the follow-up since it was read; nothing was written":
        "Jemand anderes hat die Wiedervorlage geändert oder entfernt, seit sie gelesen wurde; es wurde nichts geschrieben",
    # GoalService, ActionPlanService, FollowUpService
    "Someone else removed the goal %1; nothing was written":
        "Jemand anderes hat das Ziel %1 entfernt; es wurde nichts gespeichert",
    "The goal %1 keeps changing under this save; nothing was written. Try again in a moment":
        "Das Ziel %1 ändert sich während dieses Speicherns ständig; es wurde nichts geschrieben. Versuchen Sie es gleich noch einmal",
    "Someone else removed the action plan %1; nothing was written":
        "Jemand anderes hat den Aktionsplan %1 entfernt; es wurde nichts gespeichert",
    "The action plan %1 keeps changing under this save; nothing was written. Try again in a moment":
        "Der Aktionsplan %1 ändert sich während dieses Speicherns ständig; es wurde nichts geschrieben. Versuchen Sie es gleich noch einmal",
    "Someone else removed the follow-up; nothing was written":
        "Jemand anderes hat die Wiedervorlage entfernt; es wurde nichts gespeichert",
    "The follow-up keeps changing under this save; nothing was written. Try again in a moment":
        "Die Wiedervorlage ändert sich während dieses Speicherns ständig; es wurde nichts geschrieben. Versuchen Sie es gleich noch einmal",
}
N = {
    "%n day(s)": ("%n Tag", "%n Tage"),
}
