#pragma once

#include <QDialog>
#include <algorithm>
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

    // One row per clashing field: its label, this person's value, the saved one.
    template <typename Record, typename Field, typename Label, typename Text>
    static std::vector<Row> rows(const std::vector<Field>& clashing, const Record& mine, const Record& theirs,
                                 Label label, Text text)
    {
        std::vector<Row> out;
        for (Field f : clashing)
            out.push_back({label(f), text(mine, f), text(theirs, f)});
        return out;
    }

    // What to save on top of `theirs`: this person's values of the fields only they changed
    // (`edited`), and of the clashing fields too when they chose to keep theirs. `copyField` is
    // the record's own (found by argument-dependent lookup).
    template <typename Record, typename Field>
    Record resolved(const Record& theirs, const Record& mine, const std::vector<Field>& clashing,
                    const std::vector<Field>& edited) const
    {
        Record out = theirs;
        for (Field f : edited) {
            const bool clashes = std::find(clashing.begin(), clashing.end(), f) != clashing.end();
            if (!clashes || keepsMine())
                copyField(f, mine, out);
        }
        return out;
    }

private:
    bool m_keepMine = false;
};

} // namespace rapport::app
