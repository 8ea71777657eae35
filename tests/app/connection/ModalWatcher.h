#pragma once

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>

namespace rapport::test {

// Runs `act` on the next modal dialog of type T to come up (the dialog's exec() blocks);
// any modal dialog after it is rejected, so that a test that goes wrong fails instead of
// waiting for a click. Watches while the returned timer lives.
template <typename T> std::unique_ptr<QTimer> whenModal(std::function<void(T&)> act)
{
    auto owned = std::make_unique<QTimer>();
    QTimer* timer = owned.get();
    timer->setInterval(20);
    auto done = std::make_shared<QPointer<QDialog>>();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, done] {
        auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!modal || modal == *done)
            return;
        if (*done || !qobject_cast<T*>(modal)) {
            timer->stop();
            modal->reject();
            return;
        }
        *done = modal;
        act(*qobject_cast<T*>(modal));
    });
    timer->start();
    return owned;
}

// Closes every message box that comes up while the returned timer lives, keeping its text
// (summary, then details) in `said`.
inline std::unique_ptr<QTimer> acceptEveryMessageBox(QStringList& said)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    QObject::connect(timer.get(), &QTimer::timeout, timer.get(), [&said] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said << box->text() + QLatin1Char('\n') + box->detailedText();
            box->accept();
        }
    });
    timer->start();
    return timer;
}

} // namespace rapport::test
