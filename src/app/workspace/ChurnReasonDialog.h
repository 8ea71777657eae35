#pragma once

#include <QDialog>
#include <optional>

class QComboBox;
class QLineEdit;

namespace rapport::app {

class DatabaseSession;

// Mark Churned asks why (issue 19): a reason from the team's list (those given most first), or
// a new one typed in, stored as a key ("Product quality" → "product_quality"), and a note in the
// customer's own words. Leaving the reason empty records the churn without one ("unknown" in
// the figures); the note, when given, goes on the customer's timeline.
class ChurnReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChurnReasonDialog)

public:
    ChurnReasonDialog(const QString& customerName, const QStringList& choices, QWidget* parent = nullptr);

    struct Answer
    {
        QString reason; // a key; empty: none given
        QString note;   // empty: none
    };

    // The reason as stored; empty: none given.
    QString reason() const;
    QString note() const;
    // How a stored key reads in the window: "product_quality" → "product quality".
    static QString readable(const QString& key);

    // Asks; the answer, or nothing when the user cancelled.
    static std::optional<Answer> ask(DatabaseSession& session, const QString& customerName, QWidget* parent);

private:
    QComboBox* m_reason;
    QLineEdit* m_note;
};

} // namespace rapport::app
