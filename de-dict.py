# German for the new texts of issue 16's team aggregates (merged into translations/*.ts later).
T = {
    "Team total": "Team gesamt",
    "The whole team's figures for the period, as the server adds them up: no rep's records or name are shown":
        "Die Zahlen des ganzen Teams für den Zeitraum, wie der Server sie zusammenzählt: Datensätze oder "
        "Namen einzelner Mitarbeiter werden nicht gezeigt",
    "Your percentile rank among the team's reps: the share of them you do better than (an equal value counts "
    "half). The server gives the team's values without names.":
        "Ihr Perzentilrang unter den Mitarbeitern des Teams: der Anteil, bei dem Sie besser abschneiden (ein "
        "gleicher Wert zählt halb). Der Server liefert die Werte des Teams ohne Namen.",
    "No percentile: you have no figure here, or the team has fewer than three reps":
        "Kein Perzentil: Sie haben hier keinen Wert, oder das Team hat weniger als drei Mitarbeiter",
    "Team aggregates come from a team server only.":
        "Team-Kennzahlen gibt es nur von einem Team-Server.",
}

N = {
    "Your percentile among %n rep(s)": ("Ihr Perzentil unter %n Mitarbeiter", "Ihr Perzentil unter %n Mitarbeitern"),
}
