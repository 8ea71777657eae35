#pragma once

#include "common/SourceLocation.h"

#include <QString>

namespace rapport::core {

// An error as a value: what went wrong in words a user can read, the statement
// that failed (SQL, a file name, a command) and where in our code it was raised.
// What a caller may do about an error besides showing it: a conflict means someone else
// changed the record since it was read, and the caller may compare and try again.
enum class ErrorKind { Failure, Conflict };

struct Error
{
    QString message;
    QString statement;
    QString where;
    ErrorKind kind = ErrorKind::Failure;

    static Error make(QString message, QString statement = {},
                      SourceLocation location = SourceLocation::current());

    // "message" plus the statement and call site, for logs and "details" panes.
    QString details() const;
};

} // namespace rapport::core
