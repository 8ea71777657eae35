#pragma once

#include <QString>

namespace rapport::core {

// Which customers a figure speaks of (metrics.md, "Scope").
struct Scope
{
    enum class Kind { All, Rep, Segment };
    Kind kind = Kind::All;
    QString value; // rep id or segment name

    static Scope all() { return {}; }
    static Scope rep(QString id) { return {Kind::Rep, std::move(id)}; }
    static Scope segment(QString name) { return {Kind::Segment, std::move(name)}; }

    QString kindName() const; // "all", "rep", "segment"
    static Scope fromNames(const QString& kind, const QString& value);
    QString describe() const; // "all", "rep:ID", "segment:NAME"

    friend bool operator==(const Scope&, const Scope&) = default;
};

} // namespace rapport::core
