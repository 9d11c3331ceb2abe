#include "clipboardguard.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QTimer>

namespace {

// Set on the widgets whose events the guard watches.
const char *const kPatientField = "prescreenPatientField";

bool isCopyCutOrPaste(const QKeyEvent *key)
{
    // Also Ctrl+Insert, Shift+Delete and Shift+Insert where the platform binds them.
    return key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut) || key->matches(QKeySequence::Paste);
}

} // namespace

ClipboardGuard *ClipboardGuard::instance()
{
    static ClipboardGuard *guard = new ClipboardGuard(qApp);
    return guard;
}

void ClipboardGuard::clear()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    if (clipboard->supportsFindBuffer())
        clipboard->clear(QClipboard::FindBuffer);
}

void ClipboardGuard::giveUpSelection()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection() && clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
}

void ClipboardGuard::protectPatientField(QWidget *field)
{
    field->setInputMethodHints(field->inputMethodHints() | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    field->setAcceptDrops(false);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setDragEnabled(false);
    field->setProperty(kPatientField, true);
    field->installEventFilter(instance());
    // A text edit takes the mouse on its viewport.
    if (auto *area = qobject_cast<QAbstractScrollArea *>(field)) {
        area->viewport()->setProperty(kPatientField, true);
        area->viewport()->installEventFilter(instance());
        area->viewport()->setAcceptDrops(false);
    }
}

void ClipboardGuard::refuseCopy(QWidget *widget)
{
    widget->installEventFilter(instance());
}

void ClipboardGuard::keepEmpty()
{
    static bool kept = false;
    if (kept)
        return;
    kept = true;
    QClipboard *clipboard = QGuiApplication::clipboard();
    connect(clipboard, &QClipboard::changed, instance(), [clipboard](QClipboard::Mode mode) {
        const QMimeData *data = clipboard->mimeData(mode);
        if (data && !data->formats().isEmpty())
            clipboard->clear(mode); // emits changed again, with nothing in it
    });
    clear();
}

bool ClipboardGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        if (isCopyCutOrPaste(static_cast<QKeyEvent *>(event))) {
            event->accept(); // not passed on as a shortcut either
            return true;
        }
        break;
    case QEvent::MouseButtonPress:
        // X11's middle button pastes the selection.
        if (watched->property(kPatientField).toBool() && static_cast<QMouseEvent *>(event)->button() == Qt::MiddleButton)
            return true;
        break;
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyRelease:
        // Selecting copies to the X primary selection; give it up as soon as
        // the field has made it.
        if (watched->property(kPatientField).toBool())
            QTimer::singleShot(0, instance(), &ClipboardGuard::giveUpSelection);
        break;
    case QEvent::ContextMenu:
    case QEvent::DragEnter:
    case QEvent::Drop:
        if (watched->property(kPatientField).toBool())
            return true;
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}
