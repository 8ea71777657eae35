#pragma once

#include "domain/Interaction.h"
#include "domain/WinBack.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace rapport::app {

// Records an attempt to win a customer back: how (a call, an e-mail or a meeting), when, how
// it went (won back, declined, no answer) and a note. The outcome never marks the customer
// returned: their next purchase does.
class OutreachDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutreachDialog)

public:
    OutreachDialog(const QString& customerName, const QDateTime& now, QWidget* parent = nullptr);

    core::InteractionKind kind() const;
    core::WinBackOutcome outcome() const;
    QDateTime occurredAt() const; // UTC
    QString notes() const;

private:
    QComboBox* m_kind;
    QComboBox* m_outcome;
    QDateTimeEdit* m_when;
    QPlainTextEdit* m_notes;
};

} // namespace rapport::app
