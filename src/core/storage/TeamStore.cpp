#include "storage/TeamStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace rapport::core {
namespace {

Status needServer(const Database& db)
{
    if (db.isServer())
        return {};
    return Error::make(
        QCoreApplication::translate("rapport::core::TeamStore",
                                    "%1 is a file: logins and roles belong to a team server (--db "
                                    "postgresql://...).")
            .arg(db.path()));
}

// A login as an SQL identifier or a password as a literal, quoted by libpq for this server.
QString escaped(const Database& db, const QString& text, bool identifier)
{
    const QByteArray utf8 = text.toUtf8();
    char* quoted = identifier ? PQescapeIdentifier(db.serverHandle(), utf8.constData(), utf8.size())
                              : PQescapeLiteral(db.serverHandle(), utf8.constData(), utf8.size());
    const QString result = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return result;
}

} // namespace

Result<bool> TeamStore::seesWholeBook() const
{
    if (!m_db.isServer())
        return true;
    auto sees = sql::scalar(m_db.connection(), QStringLiteral("SELECT rapport_sees_all()"));
    if (!sees)
        return sees.error();
    return sees->toBool();
}

Status TeamStore::add(const TeamMember& member, const QString& password)
{
    if (Status s = needServer(m_db); !s)
        return s;
    if (member.login.isEmpty() || member.login.size() > 63)
        return Error::make(QCoreApplication::translate("rapport::core::TeamStore",
                                                       "A login has 1 to 63 characters (got \"%1\").")
                               .arg(member.login));
    if (member.role != QLatin1String("rep") && member.role != QLatin1String("manager") &&
        member.role != QLatin1String("admin"))
        return Error::make(QCoreApplication::translate("rapport::core::TeamStore",
                                                       "The role is rep, manager or admin (got \"%1\").")
                               .arg(member.role));
    if (member.role == QLatin1String("rep") && member.repId.isEmpty())
        return Error::make(QCoreApplication::translate("rapport::core::TeamStore",
                                                       "A rep's login needs the rep it is (--rep ID)."));
    const QSqlDatabase db = m_db.connection();
    if (!member.repId.isEmpty()) {
        auto rep = sql::scalar(db, QStringLiteral("SELECT count(*) FROM reps WHERE id = ?"), {member.repId});
        if (!rep)
            return rep.error();
        if (rep->toLongLong() == 0)
            return Error::make(
                QCoreApplication::translate("rapport::core::TeamStore",
                                            "There is no rep \"%1\" in %2; import or add the rep first.")
                    .arg(member.repId, m_db.path()));
    }
    auto exists =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {member.login});
    if (!exists)
        return exists.error();

    const QString login = escaped(m_db, member.login, true);
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    QStringList statements;
    if (exists->toLongLong() == 0) {
        QString create = QStringLiteral("CREATE ROLE %1 LOGIN").arg(login);
        if (member.role == QLatin1String("admin"))
            create += QStringLiteral(" CREATEROLE");
        if (!password.isEmpty())
            create += QStringLiteral(" PASSWORD ") + escaped(m_db, password, false);
        statements << create;
    }
    statements << QStringLiteral("GRANT rapport_%1 TO %2").arg(member.role, login);
    for (const QString& statement : statements) {
        if (Status s = sql::execText(db, statement); !s) {
            // The statement may hold the password: the message never shows it.
            Error e = s.error();
            e.statement = QStringLiteral("CREATE ROLE / GRANT for %1").arg(member.login);
            return e;
        }
    }
    if (Status s = sql::run(db,
                            QStringLiteral("INSERT INTO team_members (login, role, rep_id) VALUES (?, ?, ?)"
                                           " ON CONFLICT (login) DO UPDATE SET role = excluded.role,"
                                           " rep_id = excluded.rep_id"),
                            {member.login, member.role, sql::text(member.repId)});
        !s)
        return s;
    return transaction.commit();
}

Status TeamStore::remove(const QString& login)
{
    if (Status s = needServer(m_db); !s)
        return s;
    const QSqlDatabase db = m_db.connection();
    auto known =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM team_members WHERE login = ?"), {login});
    if (!known)
        return known.error();
    if (known->toLongLong() == 0)
        return Error::make(
            QCoreApplication::translate("rapport::core::TeamStore", "%1 is not a login of this team.")
                .arg(login));
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status s = sql::run(db, QStringLiteral("DELETE FROM team_members WHERE login = ?"), {login}); !s)
        return s;
    // The person's login goes with them; a login that owns objects of its own stays (the
    // server refuses to drop it) and is told apart by the message.
    if (Status s =
            sql::execText(db, QStringLiteral("DROP ROLE IF EXISTS %1").arg(escaped(m_db, login, true)));
        !s)
        return s;
    return transaction.commit();
}

Result<std::vector<TeamMember>> TeamStore::list() const
{
    if (Status s = needServer(m_db); !s)
        return s.error();
    return sql::queryAll<TeamMember>(
        m_db.connection(),
        QStringLiteral("SELECT m.login, m.role, m.rep_id, coalesce(r.rolcanlogin, false)"
                       " FROM team_members m LEFT JOIN pg_roles r ON r.rolname = m.login"
                       " ORDER BY m.login"),
        {}, [](const QSqlQuery& q) {
            return TeamMember{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toBool()};
        });
}

} // namespace rapport::core
