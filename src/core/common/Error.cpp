#include "common/Error.h"

#include <QFileInfo>

namespace rapport::core {

Error Error::make(QString message, QString statement, SourceLocation location)
{
    const QString file = QFileInfo(QString::fromUtf8(location.file)).fileName();
    return Error{
        std::move(message), std::move(statement),
        QStringLiteral("%1:%2 (%3)").arg(file).arg(location.line).arg(QString::fromUtf8(location.function))};
}

QString Error::details() const
{
    QString text = message;
    if (!statement.isEmpty())
        text += QStringLiteral("\nstatement: ") + statement;
    if (!where.isEmpty())
        text += QStringLiteral("\nat: ") + where;
    return text;
}

} // namespace rapport::core
