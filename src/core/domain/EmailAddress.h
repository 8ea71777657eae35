#pragma once

#include <QString>

namespace rapport::core {

// Whether a text can be an e-mail address: something, one "@", and a domain with a dot, no
// spaces. It cannot tell whether the address exists; it catches the typing slips a person
// would see at a glance ("anna.example.com", "anna@example", "anna @example.com").
class EmailAddress
{
public:
    static bool looksValid(const QString& text);
};

} // namespace rapport::core
