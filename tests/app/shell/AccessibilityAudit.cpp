#include "app/shell/AccessibilityAudit.h"

namespace rapport::test::a11y {

QString describe(const QWidget* w)
{
    QStringList path;
    for (const QObject* o = w; o; o = o->parent()) {
        if (!o->objectName().isEmpty() || o == w)
            path.prepend(
                QStringLiteral("%1 '%2'").arg(QLatin1String(o->metaObject()->className()), o->objectName()));
        if (o->isWidgetType() && static_cast<const QWidget*>(o)->isWindow())
            break;
    }
    return path.join(QStringLiteral(" > "));
}

// Widgets that are parts of another control (the line edit inside a spin box, a combo box's
// popup, a date edit's calendar): the control they belong to speaks for them.
bool isPartOfAControl(const QWidget* w)
{
    for (const QObject* o = w->parent(); o; o = o->parent()) {
        if (qobject_cast<const QAbstractSpinBox*>(o) || qobject_cast<const QComboBox*>(o) ||
            qobject_cast<const QAbstractItemView*>(o) || qobject_cast<const QTextEdit*>(o) ||
            qobject_cast<const QPlainTextEdit*>(o) || qobject_cast<const QGraphicsView*>(o) ||
            qobject_cast<const QTabBar*>(o))
            return true;
        if (o->isWidgetType() && static_cast<const QWidget*>(o)->isWindow())
            break;
    }
    return false;
}

// The widgets of `root`'s window that a keyboard user can reach with Tab, parts excluded.
QList<QWidget*> tabbableWidgets(QWidget* root)
{
    QList<QWidget*> found;
    QList<QWidget*> all = root->findChildren<QWidget*>();
    all.prepend(root);
    for (QWidget* w : all) {
        if (w->isWindow() && w != root)
            continue;
        if (w->window() != root->window())
            continue; // inside a popup or another window
        if (!(w->focusPolicy() & Qt::TabFocus) || isPartOfAControl(w))
            continue;
        if (qobject_cast<QScrollBar*>(w) || qobject_cast<QHeaderView*>(w))
            continue;
        if (qobject_cast<QLabel*>(w))
            continue; // selectable text, named by its own text
        found << w;
    }
    return found;
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Every reachable widget has a name a screen reader can say (its own, its text, or the text
// of the label whose buddy it is); a button without text also has a tooltip.
QStringList unnamedWidgets(QWidget* root)
{
    QStringList problems;
    for (QWidget* w : tabbableWidgets(root)) {
        if (accessibleName(w).isEmpty())
            problems << QStringLiteral("no accessible name: ") + describe(w);
        if (const auto* button = qobject_cast<QAbstractButton*>(w);
            button && button->text().isEmpty() && button->toolTip().isEmpty())
            problems << QStringLiteral("button without text or tooltip: ") + describe(w);
    }
    return problems;
}

// A field caption ("Name:") introducing a field the user can type in or choose from says
// which Alt+letter reaches it. (Read-only values, and generated rows such as the import's
// column mapping, are named by their buddy without a mnemonic.)
QStringList labelsWithoutMnemonic(QWidget* root)
{
    QStringList problems;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (!buddy || qobject_cast<QLabel*>(buddy) || buddy->focusPolicy() == Qt::NoFocus)
            continue;
        if (!label->text().trimmed().endsWith(QLatin1Char(':')))
            continue;
        if (QKeySequence::mnemonic(label->text()).isEmpty())
            problems
                << QStringLiteral("label '%1' for %2 has no mnemonic").arg(label->text(), describe(buddy));
    }
    return problems;
}

// Two mnemonics with the same letter in one dialog make Alt+letter cycle instead of jump.
QStringList clashingMnemonics(QWidget* root, const QStringList& extraMnemonics)
{
    QMap<QKeySequence, QStringList> owners;
    auto note = [&](const QString& text, const QWidget* w) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key] << QStringLiteral("'%1' (%2)").arg(text, describe(w));
    };
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->buddy() && label->isVisibleTo(root))
            note(label->text(), label);
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(root) && button->window() == root->window())
            note(button->text(), button);
    for (QGroupBox* box : root->findChildren<QGroupBox*>())
        if (box->isVisibleTo(root))
            note(box->title(), box);
    for (QTabBar* bar : root->findChildren<QTabBar*>())
        if (bar->isVisibleTo(root))
            for (int i = 0; i < bar->count(); ++i)
                note(bar->tabText(i), bar);
    for (const QString& title : extraMnemonics)
        note(title, root);
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            problems << QStringLiteral("%1 is used by %2")
                            .arg(it.key().toString(), it.value().join(QStringLiteral(", ")));
    return problems;
}

// Tab must leave a multi-line field, or a keyboard user is stuck typing tab characters.
QStringList tabTrappingEditors(QWidget* root)
{
    QStringList problems;
    for (QPlainTextEdit* e : root->findChildren<QPlainTextEdit*>())
        if (!e->isReadOnly() && !e->tabChangesFocus())
            problems << QStringLiteral("Tab types a tab character in ") + describe(e);
    for (QTextEdit* e : root->findChildren<QTextEdit*>())
        if (!e->isReadOnly() && !e->tabChangesFocus())
            problems << QStringLiteral("Tab types a tab character in ") + describe(e);
    return problems;
}

// Tab walks a dialog's visible, enabled fields in reading order: from the first field, each
// next one is further down, or on the same line further right (or in a column further right).
// Only one jump back up is allowed: from the bottom buttons to the top.
QStringList tabOrderProblems(QWidget* dialog)
{
    QList<QWidget*> fields;
    for (QWidget* w : tabbableWidgets(dialog))
        if (w->isVisible() && w->isEnabled() && w != dialog)
            fields << w;
    if (fields.size() < 2)
        return {};
    auto pos = [dialog](const QWidget* w) { return w->mapTo(dialog, QPoint(0, 0)); };
    // Start at the field nearest the top left corner.
    QWidget* first =
        *std::min_element(fields.cbegin(), fields.cend(), [&](const QWidget* a, const QWidget* b) {
            const QPoint pa = pos(a), pb = pos(b);
            return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
        });
    QStringList problems;
    QList<QWidget*> visited{first};
    int backJumps = 0;
    QWidget* w = first;
    for (int steps = 0; steps < 4 * fields.size(); ++steps) {
        QWidget* next = w->nextInFocusChain();
        while (next != first && !fields.contains(next))
            next = next->nextInFocusChain();
        if (next == first)
            break;
        const QPoint a = pos(w), b = pos(next);
        const int line = std::max(8, w->height() / 2);
        const bool forward = b.y() > a.y() - line / 2 || b.x() > a.x() + w->width() / 2;
        if (!forward && ++backJumps > 1)
            problems << QStringLiteral("Tab goes back up from %1 to %2").arg(describe(w), describe(next));
        if (visited.contains(next))
            break;
        visited << next;
        w = next;
    }
    for (QWidget* f : fields)
        if (!visited.contains(f))
            problems << QStringLiteral("Tab never reaches ") + describe(f);
    return problems;
}

// A dialog cannot be made smaller than what its layout needs, and what it needs is a usable size.
QStringList minimumSizeProblems(QWidget* dialog)
{
    QStringList problems;
    const QSize hint = dialog->minimumSizeHint();
    dialog->resize(10, 10);
    QApplication::processEvents();
    if (dialog->width() < hint.width() || dialog->height() < hint.height())
        problems << QStringLiteral("%1 shrinks to %2x%3, below the %4x%5 its layout needs")
                        .arg(describe(dialog))
                        .arg(dialog->width())
                        .arg(dialog->height())
                        .arg(hint.width())
                        .arg(hint.height());
    if (dialog->width() < 300 || dialog->height() < 120)
        problems << QStringLiteral("%1 can be squeezed to %2x%3")
                        .arg(describe(dialog))
                        .arg(dialog->width())
                        .arg(dialog->height());
    // At that size nothing inside is cut: every visible widget (outside scrolled content) gets
    // at least the room its own minimum asks for. (A QWizard does not pass its pages' minimum
    // on to the window: this is where that shows.)
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->isWindow() || w->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        bool scrolled = false; // scrolled content, or a header or scroll bar of a scroll area
        for (QObject* o = w->parent(); o && o != dialog; o = o->parent())
            if (qobject_cast<QAbstractScrollArea*>(o))
                scrolled = true;
        if (scrolled)
            continue;
        const QSize need = w->minimumSizeHint();
        if (need.isValid() && w->width() + 1 < need.width())
            problems << QStringLiteral("%1 is %2 wide at the dialog's minimum size, below the %3 it needs")
                            .arg(describe(w))
                            .arg(w->width())
                            .arg(need.width());
    }
    return problems;
}

// The main window's menu titles (ui/MainWindow.ui): a page inside the window shares their
// Alt+letter keys, so its own mnemonics must stay clear of them.
QStringList menuBarTitles()
{
    QFile ui(QStringLiteral(RAPPORT_TEST_DATA_DIR "/../../ui/MainWindow.ui"));
    REQUIRE(ui.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(ui.readAll());
    static const QRegularExpression menuTitle(
        QStringLiteral(R"(<widget class="QMenu"[^>]*>\s*<property name="title"><string>([^<]*)</string>)"));
    QStringList titles;
    for (auto it = menuTitle.globalMatch(xml); it.hasNext();)
        titles << it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    REQUIRE(titles.size() >= 4);
    return titles;
}

QStringList basicAudit(QWidget* root)
{
    return unnamedWidgets(root) + labelsWithoutMnemonic(root) + tabTrappingEditors(root);
}

// A page lives in the main window beside the sidebar: at the window's minimum width (900 px)
// the page gets 708 px once the sidebar and the margins are taken; keep a little slack.
constexpr int kPageWidthAtWindowMinimum = 700;

QStringList auditView(QWidget* view)
{
    QStringList problems = basicAudit(view) + clashingMnemonics(view, menuBarTitles());
    if (const int need = view->minimumSizeHint().width(); need > kPageWidthAtWindowMinimum)
        problems << QStringLiteral("%1 needs %2 px of width, more than the %3 the main window leaves it")
                        .arg(describe(view))
                        .arg(need)
                        .arg(kPageWidthAtWindowMinimum);
    return problems;
}

QStringList auditDialog(QWidget* dialog)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QStringList problems = basicAudit(dialog) + clashingMnemonics(dialog) + tabOrderProblems(dialog);
    problems += minimumSizeProblems(dialog);
    return problems;
}

void clickNext(QWizard& wizard)
{
    QAbstractButton* next =
        wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    auto channel = [](float v) {
        const double x = static_cast<double>(v);
        return x <= 0.03928 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A colour drawn with alpha over an opaque background, as the view paints it.
QColor over(const QColor& top, const QColor& below)
{
    const float a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + below.redF() * (1 - a),
                            top.greenF() * a + below.greenF() * (1 - a),
                            top.blueF() * a + below.blueF() * (1 - a));
}

// Fusion's usual dark palette, as a desktop in dark mode hands it to Qt.
// The app's own palettes (Edit › Appearance), so the contrast checks hold for what users get.
QPalette darkPalette()
{
    return app::Appearance::darkPalette();
}

QPalette lightPalette()
{
    return app::Appearance::lightPalette();
}

} // namespace rapport::test::a11y
