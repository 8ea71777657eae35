# German for the new user-visible strings of branch i19-reflect (issue 19: products and churn
# reasons in findings, the report, SMART plans and the demo). Merged into translations/*.ts later.
T = {
    # ProductComplaintDetector
    "complaints about %1 in %2": "Beschwerden über %1 in %2",
    "Complaints about %1 are rising": "Beschwerden über %1 nehmen zu",
    "In %1, %2 complaints about %3 came in for %4 purchases of it: %5 per 100 purchases, against %6 in %7 (%8 complaints, %9 purchases).":
        "In %1 gingen %2 Beschwerden über %3 bei %4 Käufen davon ein: %5 je 100 Käufe, gegenüber %6 in %7 (%8 Beschwerden, %9 Käufe).",
    "That is %1 times the earlier rate.": "Das ist das %1-Fache der früheren Rate.",
    "complaints %1": "Beschwerden %1",
    "per 100 purchases %1": "je 100 Käufe %1",
    "%1 draws far more complaints per purchase than the other products":
        "%1 erhält weit mehr Beschwerden je Kauf als die anderen Produkte",
    "In %1, %2 drew %3 complaints per 100 purchases (%4 complaints, %5 purchases); the other products together drew %6 (%7 complaints, %8 purchases).":
        "In %1 erhielt %2 %3 Beschwerden je 100 Käufe (%4 Beschwerden, %5 Käufe); die anderen Produkte zusammen %6 (%7 Beschwerden, %8 Käufe).",
    "per 100 purchases, %1": "je 100 Käufe, %1",
    "per 100 purchases, other products": "je 100 Käufe, andere Produkte",
    "Complaints about %1 carry the change: %2 in %3 against %4 in %5 (%6 instead of %7 per 100 purchases, z = %8), %9 of the %10 extra complaints.":
        "Beschwerden über %1 tragen die Veränderung: %2 in %3 gegenüber %4 in %5 (%6 statt %7 je 100 Käufe, z = %8), %9 der %10 zusätzlichen Beschwerden.",
    # ChurnReasonDetector
    "More customers leave over '%1'": "Mehr Kunden gehen wegen „%1“",
    "In %1, %2 of %3 who left gave '%4' as the reason, against %5 in %6: %7 per 100 customers at the start instead of %8.":
        "In %1 nannten %2 der abgewanderten Kunden von %3 „%4“ als Grund, gegenüber %5 in %6: %7 je 100 Kunden zu Beginn statt %8.",
    "It rests on %1 customers at the start of %2 and %3 at the start of %4.":
        "Grundlage sind %1 Kunden zu Beginn von %2 und %3 zu Beginn von %4.",
    "left %1": "abgewandert %1",
    "customers who left over '%1' in %2": "Kunden, die in %2 wegen „%1“ gingen",
    # PlanTargetMetric, MetricCatalogue
    "'%1' is not a plan target of products or win-back.": "„%1“ ist kein Planziel zu Produkten oder Rückgewinnung.",
    "The product '%1' is not in the catalogue.": "Das Produkt „%1“ ist nicht im Katalog.",
    "Win-back rate": "Rückgewinnungsquote",
    "Complaints per 100 purchases of %1": "Beschwerden je 100 Käufe von %1",
    # ActionPlanDialog
    "Complaints per 100 purchases of a product": "Beschwerden je 100 Käufe eines Produkts",
    "(choose a product)": "(Produkt wählen)",
    "%1 (%2)": "%1 (%2)",
    "%1 (%2, retired)": "%1 (%2, eingestellt)",
    "&Product:": "&Produkt:",
    # ReportBuilder, ReportProductSections
    "7. Products": "7. Produkte",
    "8. Churn reasons and win-back": "8. Abwanderungsgründe und Rückgewinnung",
    "The book has no product catalogue yet, so there are no figures by product.":
        "Der Kundenbestand hat noch keinen Produktkatalog, daher gibt es keine Kennzahlen je Produkt.",
    "Product": "Produkt",
    "Purchases": "Käufe",
    "Revenue": "Umsatz",
    "Complaints": "Beschwerden",
    "Complaints per 100 purchases": "Beschwerden je 100 Käufe",
    "(retired)": "(eingestellt)",
    "No product named": "Ohne Produkt",
    "Most revenue: %1 (%2 of %3 from all purchases).": "Größter Umsatz: %1 (%2 von %3 aus allen Käufen).",
    "Most complaints per purchase: %1, with %2 complaints per 100 purchases against %3 for the other products together.":
        "Meiste Beschwerden je Kauf: %1, mit %2 Beschwerden je 100 Käufe gegenüber %3 bei den anderen Produkten zusammen.",
    "Purchases leave refunds out; revenue takes them off. A product's complaint rate is named only over at least %1 purchases; whether it rose by more than chance is judged in the Findings section.":
        "Käufe zählen ohne Erstattungen; der Umsatz zieht sie ab. Die Beschwerderate eines Produkts wird erst ab %1 Käufen genannt; ob sie mehr als zufällig stieg, beurteilt der Abschnitt Befunde.",
    "No customer left in %1.": "In %1 ist kein Kunde abgewandert.",
    "%1 customers left in %2. The leading reason is '%3': %4 of them (%5%).":
        "In %2 sind %1 Kunden abgewandert. Häufigster Grund ist „%3“: %4 von ihnen (%5 %).",
    "%1 customers left in %2; none of them has a recorded reason.":
        "In %2 sind %1 Kunden abgewandert; für keinen ist ein Grund erfasst.",
    "Reason": "Grund",
    "Customers": "Kunden",
    "Share": "Anteil",
    "Won back: %1 of them bought again within 180 days of leaving, a win-back rate of %2%.":
        "Zurückgewonnen: %1 von ihnen kauften innerhalb von 180 Tagen nach der Abwanderung wieder, eine Rückgewinnungsquote von %2 %.",
    "A customer without a recorded reason counts as 'unknown'. The 180 days of a recent leaver are still running, so the win-back rate of a recent period can still rise.":
        "Ein Kunde ohne erfassten Grund zählt als „unknown“. Bei kürzlich abgewanderten Kunden laufen die 180 Tage noch, daher kann die Rückgewinnungsquote eines jungen Zeitraums noch steigen.",
}
N = {}
