#pragma once

#include <QDialog>
#include <vector>

namespace rapport::app {

// Someone else saved a record while this person edited it, and gave fields this edit changes
// other values. Shows those fields side by side (this person's value, the saved one) and lets
// the person choose: keep the saved values (Enter: the careful choice), or save their own over
// them. The record's own dialog (customer, product) says which record it is and what the
// fields are called, and turns the choice into the values to save.
class FieldConflictDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString field;
        QString mine;
        QString theirs;
    };

    FieldConflictDialog(const QString& title, const QString& introHtml, const std::vector<Row>& rows,
                        QWidget* parent = nullptr);

    // Whether the person chose to save their values over the saved ones.
    bool keepsMine() const { return m_keepMine; }

private:
    bool m_keepMine = false;
};

} // namespace rapport::app
