#include "domain/EmailAddress.h"

#include <QRegularExpression>

namespace rapport::core {

bool EmailAddress::looksValid(const QString& text)
{
    // A domain of labels joined by single dots, none of them empty and none starting or
    // ending with a hyphen.
    static const QRegularExpression address(QStringLiteral(
        "^[^@\\s]+@(?:[^@\\s.\\-](?:[^@\\s.]*[^@\\s.\\-])?\\.)+[^@\\s.\\-](?:[^@\\s.]*[^@\\s.\\-])?$"));
    return address.match(text).hasMatch();
}

} // namespace rapport::core
