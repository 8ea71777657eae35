# German for the new user-visible strings of branch i19-year (merged into rapport_de.ts later).
T = {
    # rapport::core::ProductMetricsStore (the same text as MetricsStore's, another context)
    "The revenue of the period is too large to add up: some purchase amounts are far beyond the 1,000,000,000.00 an import accepts. Correct them.":
        "Der Umsatz des Zeitraums ist zu groß, um ihn zu summieren: Einige Kaufbeträge liegen weit über den 1.000.000.000,00, die ein Import annimmt. Korrigieren Sie sie.",
    # rapport::core::ScopeMembers
    "Reading the customers of the scope failed": "Die Kunden des Bereichs konnten nicht gelesen werden",
}
N = {}
