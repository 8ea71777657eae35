#include "workspace/ProductPicker.h"

#include "services/ProductService.h"
#include "shell/DatabaseSession.h"

#include <QCompleter>
#include <QLineEdit>

namespace rapport::app {

ProductPicker::ProductPicker(DatabaseSession& session, QWidget* parent)
    : QComboBox(parent), m_session(session)
{
    setObjectName(QStringLiteral("productComboBox"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setAccessibleName(tr("Product"));
    setToolTip(tr("The product the purchase, complaint or support contact is about: type part of its name or"
                  " ID. Leave empty for none."));
    lineEdit()->setPlaceholderText(tr("optional: type a name or ID"));
    lineEdit()->setClearButtonEnabled(true);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    reload();
}

void ProductPicker::reload()
{
    clear();
    addItem(QString()); // none
    if (!m_session.isOpen())
        return;
    auto products = core::ProductService(m_session.database()).list(false);
    if (!products)
        return;
    for (const core::Product& p : *products)
        addItem(QStringLiteral("%1 · %2").arg(p.name, p.externalId), p.id); // resolve() splits it
    setCurrentIndex(0);
}

void ProductPicker::setProduct(qint64 id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}

std::optional<qint64> ProductPicker::resolve(QString& error) const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // An item's own text, an ID or a name, in that order; case does not matter.
    const int exact = findText(text, Qt::MatchFixedString);
    if (exact > 0)
        return itemData(exact).toLongLong();
    std::optional<qint64> byName;
    int names = 0;
    for (int i = 1; i < count(); ++i) {
        const QString item = itemText(i);
        const qsizetype dot = item.lastIndexOf(QStringLiteral(" · "));
        const QString name = item.left(dot);
        const QString id = item.mid(dot + 3);
        if (id.compare(text, Qt::CaseInsensitive) == 0)
            return itemData(i).toLongLong();
        if (name.compare(text, Qt::CaseInsensitive) == 0) {
            byName = itemData(i).toLongLong();
            ++names;
        }
    }
    if (names == 1)
        return byName;
    error = names > 1 ? tr("More than one product is called “%1”: pick one from the list.").arg(text)
                      : tr("No product is called “%1”: pick one from the list, or add it on the Products page"
                           " (Ctrl+8).")
                            .arg(text);
    return std::nullopt;
}

} // namespace rapport::app
