#pragma once

#include <QDialog>
#include <optional>

class QComboBox;

namespace rapport::app {

class DatabaseSession;

// Mark Churned asks why (issue 19): a reason from the book's list (those in use first), or a
// new one typed in, stored as a key ("Product quality" → "product_quality"). Leaving it empty
// records the churn without a reason ("unknown" in the figures).
class ChurnReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChurnReasonDialog)

public:
    ChurnReasonDialog(const QString& customerName, const QStringList& choices, QWidget* parent = nullptr);

    // The reason as stored; empty: none given.
    QString reason() const;
    // How a stored key reads in the window: "product_quality" → "product quality".
    static QString readable(const QString& key);

    // Asks; the reason key (possibly empty), or nothing when the user cancelled.
    static std::optional<QString> ask(DatabaseSession& session, const QString& customerName, QWidget* parent);

private:
    QComboBox* m_reason;
};

} // namespace rapport::app
