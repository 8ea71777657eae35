# German for the strings issue 19's products CSV work added (merged into
# resources/translations/rapport_de.ts later). Terms: book = Kundenbestand,
# interactions = Kontakte, rep = Mitarbeiter, customer = Kunde, product = Produkt.
T = {
    # CsvColumn
    "Product number": "Produktnummer",
    "Active (true or false)": "Aktiv (true oder false)",
    # CsvImporter
    "only a purchase, complaint or support names a product (this is a %1)":
        "nur ein Kauf, eine Beschwerde oder eine Support-Anfrage nennt ein Produkt (dies ist ein %1)",
    "no product has the external_id %1 (import the products file first)":
        "kein Produkt hat die external_id %1 (importieren Sie zuerst die Produktdatei)",
    "%1 is not a yes or no: use true or false (yes/no and 1/0 are accepted too)":
        "%1 ist weder ja noch nein: Verwenden Sie true oder false (yes/no und 1/0 werden auch akzeptiert)",
    # ImportStore / ServerImportStore
    "Looking up a product failed": "Das Nachschlagen eines Produkts ist fehlgeschlagen",
    "Writing a product failed": "Das Schreiben eines Produkts ist fehlgeschlagen",
    "Reading the products failed": "Das Lesen der Produkte ist fehlgeschlagen",
    "a rep's login cannot add or change products: a manager or an admin imports the products file":
        "die Anmeldung eines Mitarbeiters kann keine Produkte anlegen oder ändern: Die Produktdatei "
        "importiert ein Manager oder ein Administrator",
    # rapport-cli import / export
    "what the file holds: reps, products, customers, interactions or surveys":
        "was die Datei enthält: reps, products, customers, interactions oder surveys",
    "import: '%1' is not a kind of file; use reps, products, customers, interactions or surveys":
        "import: '%1' ist keine Art von Datei; verwenden Sie reps, products, customers, interactions oder surveys",
    "import reps, products, customers, interactions or surveys from CSV":
        "Mitarbeiter, Produkte, Kunden, Kontakte oder Umfragen aus CSV importieren",
    "what to export: reps, products, customers, interactions or surveys":
        "was exportiert wird: reps, products, customers, interactions oder surveys",
    "export: '%1' is not a kind of record; use reps, products, customers, interactions or surveys":
        "export: '%1' ist keine Art von Datensatz; verwenden Sie reps, products, customers, interactions oder surveys",
    "export reps, products, customers, interactions or surveys as CSV":
        "Mitarbeiter, Produkte, Kunden, Kontakte oder Umfragen als CSV exportieren",
    # The window: import wizard, File › Export All Records as CSV
    "Products": "Produkte",
    "&Products…": "&Produkte…",
}
N = {}
