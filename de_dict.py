# German translations of the texts issue 19's products and churn figures added (tr() and
# QCoreApplication::translate), for whoever merges them into resources/translations/rapport_de.ts.
# T: plain texts; N: plural forms (none: the win-back window is a fixed 180 days, passed as %1).

T = {
    # rapport::core::ProductMetricsStore
    "Preparing the per-product figures failed": "Das Vorbereiten der Kennzahlen je Produkt ist fehlgeschlagen",
    "Reading the per-product figures failed": "Das Lesen der Kennzahlen je Produkt ist fehlgeschlagen",
    "Preparing the product catalogue failed": "Das Vorbereiten des Produktkatalogs ist fehlgeschlagen",
    "Reading the product catalogue failed": "Das Lesen des Produktkatalogs ist fehlgeschlagen",
    # rapport::core::ChurnMetricsStore
    "Preparing the churn figures failed": "Das Vorbereiten der Abwanderungskennzahlen ist fehlgeschlagen",
    "Reading the churn figures failed": "Das Lesen der Abwanderungskennzahlen ist fehlgeschlagen",
    # rapport::cli::ProductsCommand
    "purchases, buyers, revenue, refunds, complaints and support per product":
        "Käufe, Käufer, Umsatz, Erstattungen, Beschwerden und Support je Produkt",
    "table (default) or json": "table (Standard) oder json",
    "%1 (retired)": "%1 (eingestellt)",
    "(no product)": "(kein Produkt)",
    "Products in period %1 [%2, %3), scope %4\n\n": "Produkte im Zeitraum %1 [%2, %3), Bereich %4\n\n",
    "product": "Produkt",
    "name": "Name",
    "purchases": "Käufe",
    "buyers": "Käufer",
    "revenue": "Umsatz",
    "refunds": "Erstattungen",
    "complaints": "Beschwerden",
    "per 100 purchases": "je 100 Käufe",
    "support": "Support",
    "\n%1; revenue includes refunds; '-' means no purchases.\n":
        "\n%1; der Umsatz enthält Erstattungen; '-' bedeutet keine Käufe.\n",
    # rapport::cli::ChurnCommand
    "churned customers by reason, and how many were won back":
        "abgewanderte Kunden nach Grund, und wie viele zurückgewonnen wurden",
    "churned": "abgewandert",
    "won back": "zurückgewonnen",
    "win-back rate (%)": "Rückgewinnungsquote (%)",
    "Churn in period %1 [%2, %3), scope %4\n\n": "Abwanderung im Zeitraum %1 [%2, %3), Bereich %4\n\n",
    "figure": "Kennzahl",
    "\nWon back: a purchase within %1 days after the churn date, counted as stored "
    "(a window still open counts the purchases so far); '-' means no churn.\n":
        "\nZurückgewonnen: ein Kauf innerhalb von %1 Tagen nach dem Abwanderungsdatum, gezählt wie "
        "gespeichert (ein noch offenes Zeitfenster zählt die bisherigen Käufe); '-' bedeutet keine "
        "Abwanderung.\n",
}

N = {}
