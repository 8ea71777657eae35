#include "interchange/ImportColumnMatcher.h"

#include <QFileInfo>

namespace rapport::core {

QString ImportColumnMatcher::normalised(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QStringList ImportColumnMatcher::otherNames(CsvKind kind, const char* column)
{
    // Normalised names seen in spreadsheets and other CRMs' exports.
    struct Entry
    {
        CsvKind kind;
        const char* column;
        const char* names;
    };
    static const Entry entries[] = {
        {CsvKind::Reps, "id", "repid,rep,username,login,userid,code"},
        {CsvKind::Reps, "name", "repname,fullname,displayname"},
        {CsvKind::Reps, "role", "position,jobrole"},
        {CsvKind::Customers, "external_id",
         "id,customerid,customerno,customernumber,custid,accountid,accountno,accountnumber,reference,ref"},
        {CsvKind::Customers, "name", "customer,customername,fullname,contact,contactname,client,clientname"},
        {CsvKind::Customers, "company", "companyname,organisation,organization,account,accountname,business"},
        {CsvKind::Customers, "email", "emailaddress,mail,mailaddress"},
        {CsvKind::Customers, "phone", "phonenumber,telephone,tel,mobile,phoneno"},
        {CsvKind::Customers, "segment", "customersegment,market"},
        {CsvKind::Customers, "owner", "accountmanager,accountowner,rep,salesrep,ownerid,repid"},
        {CsvKind::Customers, "acquired_at",
         "acquired,acquiredon,customersince,since,startdate,signupdate,created,createdat,joined"},
        {CsvKind::Customers, "churned_at",
         "churned,churnedon,churndate,loston,lost,enddate,cancelled,cancelledon"},
        {CsvKind::Interactions, "external_id", "id,interactionid,activityid"},
        {CsvKind::Interactions, "customer",
         "customerid,customerno,customernumber,client,clientid,account,accountid"},
        {CsvKind::Interactions, "rep", "salesrep,repid,owner,agent,user"},
        {CsvKind::Interactions, "kind", "type,interactiontype,activitytype,channel"},
        {CsvKind::Interactions, "occurred_at", "occurred,occurredon,date,datetime,time,timestamp,when"},
        {CsvKind::Interactions, "amount", "value,total,sum,price"},
        {CsvKind::Interactions, "category", "topic,reason"},
        {CsvKind::Interactions, "notes", "note,comment,comments,description,details"},
        {CsvKind::Interactions, "resolved_at", "resolved,resolvedon,closedat,closed"},
        {CsvKind::Interactions, "product",
         "sku,productid,productno,productnumber,productcode,productref,item,itemid,itemno,itemcode,article,"
         "articleno,articlenumber"},
        {CsvKind::Products, "external_id",
         "id,sku,productid,productno,productnumber,productcode,code,itemid,itemno,itemcode,articleno,"
         "articlenumber,reference,ref"},
        {CsvKind::Products, "name", "product,productname,item,itemname,article,articlename,title"},
        {CsvKind::Products, "category",
         "productcategory,group,productgroup,family,productfamily,productline,line"},
        {CsvKind::Products, "active", "isactive,enabled,available,status,inuse,current"},
        {CsvKind::Surveys, "external_id", "id,responseid,surveyresponseid"},
        {CsvKind::Surveys, "customer", "customerid,customerno,client,clientid,account"},
        {CsvKind::Surveys, "survey", "surveytype,type,metric"},
        {CsvKind::Surveys, "score", "rating,value,answer"},
        {CsvKind::Surveys, "responded_at",
         "responded,respondedon,date,submitted,submittedat,answeredat,timestamp"},
        {CsvKind::Surveys, "comment", "comments,feedback,remark,remarks,verbatim"},
        {CsvKind::Surveys, "category", "topic,reason"},
    };
    for (const Entry& e : entries) {
        if (e.kind == kind && qstrcmp(e.column, column) == 0)
            return QString::fromLatin1(e.names).split(QLatin1Char(','));
    }
    return {};
}

std::vector<int> ImportColumnMatcher::autoMap(CsvKind kind, const QStringList& header)
{
    const auto& columns = core::csvColumns(kind);
    std::vector<int> map(columns.size(), -1);
    QStringList names;
    for (const QString& h : header)
        names << normalised(h);
    std::vector<bool> used(static_cast<std::size_t>(header.size()), false);
    // Exact names first, so that a file with both "name" and "customer" maps name to "name".
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const int i = names.indexOf(normalised(QString::fromLatin1(columns[c].name)));
        if (i >= 0 && !used[static_cast<std::size_t>(i)]) {
            map[c] = i;
            used[static_cast<std::size_t>(i)] = true;
        }
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (map[c] >= 0)
            continue;
        for (const QString& other : otherNames(kind, columns[c].name)) {
            const int i = names.indexOf(other);
            if (i >= 0 && !used[static_cast<std::size_t>(i)]) {
                map[c] = i;
                used[static_cast<std::size_t>(i)] = true;
                break;
            }
        }
    }
    return map;
}

CsvKind ImportColumnMatcher::guessKind(const QStringList& header, const QString& fileName)
{
    const QString base = normalised(QFileInfo(fileName).completeBaseName());
    auto nameHints = [&](CsvKind kind) {
        switch (kind) {
        case CsvKind::Reps:
            return base.startsWith(QLatin1String("reps")) || base.contains(QLatin1String("salesrep"));
        case CsvKind::Customers:
            return base.contains(QLatin1String("customer")) || base.contains(QLatin1String("client"));
        case CsvKind::Interactions:
            return base.contains(QLatin1String("interaction")) || base.contains(QLatin1String("activit"));
        case CsvKind::Surveys:
            return base.contains(QLatin1String("survey")) || base.contains(QLatin1String("nps")) ||
                   base.contains(QLatin1String("csat"));
        case CsvKind::Products:
            return base.contains(QLatin1String("product")) || base.contains(QLatin1String("sku")) ||
                   base.contains(QLatin1String("catalog")) || base.contains(QLatin1String("article"));
        }
        return false;
    };
    QStringList names;
    for (const QString& h : header)
        names << normalised(h);
    CsvKind best = CsvKind::Customers;
    int bestScore = -1;
    // A products file has only two required columns, which most files have (an id and a name):
    // it is a candidate only when its name or an "active" column says so, or a customers file
    // short of a column would pass for one.
    const bool mayBeProducts = nameHints(CsvKind::Products) || names.contains(QLatin1String("active"));
    for (CsvKind kind :
         {CsvKind::Customers, CsvKind::Interactions, CsvKind::Surveys, CsvKind::Reps, CsvKind::Products}) {
        if (kind == CsvKind::Products && !mayBeProducts)
            continue;
        const auto& columns = core::csvColumns(kind);
        const std::vector<int> map = autoMap(kind, header);
        int matched = 0;
        int exact = 0;
        int required = 0;
        int requiredFound = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].required)
                ++required;
            if (map[c] < 0)
                continue;
            ++matched;
            if (names.at(map[c]) == normalised(QString::fromLatin1(columns[c].name)))
                ++exact;
            if (columns[c].required)
                ++requiredFound;
        }
        // A kind whose required columns are all there wins; then the share of its required
        // columns found (not their number: kinds with more required columns would be favoured),
        // then how many columns match, exact names counting a little more, then the file name.
        int score = (requiredFound == required ? 1000 : 0) + requiredFound * 100 / required + matched * 10 +
                    exact * 3;
        if (nameHints(kind))
            score += 15;
        if (score > bestScore) {
            best = kind;
            bestScore = score;
        }
    }
    return best;
}

} // namespace rapport::core
