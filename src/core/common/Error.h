#pragma once

#include "common/SourceLocation.h"

#include <QString>

namespace rapport::core {

// An error as a value: what went wrong in words a user can read, the statement
// that failed (SQL, a file name, a command) and where in our code it was raised.
struct Error
{
    QString message;
    QString statement;
    QString where;

    static Error make(QString message, QString statement = {},
                      SourceLocation location = SourceLocation::current());

    // "message" plus the statement and call site, for logs and "details" panes.
    QString details() const;
};

} // namespace rapport::core
