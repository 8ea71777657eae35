# German for the texts of issue 19, item 5 (returning customers, the win-back queue).
T = {
    "Returned on": "Zurückgekehrt am",
    "Returned on %1 after leaving on %2": "Zurückgekehrt am %1, abgewandert am %2",
    "Returned on %1 after leaving on %2 (%3)": "Zurückgekehrt am %1, abgewandert am %2 (%3)",
    "Preparing the win-back queue failed": "Die Rückgewinnungsliste konnte nicht vorbereitet werden",
    "Reading the win-back queue failed": "Die Rückgewinnungsliste konnte nicht gelesen werden",
    "A win-back outreach is a call, an e-mail or a meeting.":
        "Ein Rückgewinnungsversuch ist ein Anruf, eine E-Mail oder ein Termin.",
    "The outreach has no date.": "Der Rückgewinnungsversuch hat kein Datum.",
}
N = {}
