#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

// `products --period P`: the per-product figures of metrics.md "Products".
class ProductsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProductsCommand)

public:
    QString name() const override { return QStringLiteral("products"); }
    QString synopsis() const override
    {
        return QStringLiteral("products --period P [--rep ID | --segment NAME] [--format table|json]");
    }
    QString summary() const override
    {
        return tr("purchases, buyers, revenue, refunds, complaints and support per product");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
