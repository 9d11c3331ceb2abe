#include "scrollpastinputs.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

bool ScrollPastInputs::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *input = qobject_cast<QWidget *>(watched);
    if (!input || !(qobject_cast<QComboBox *>(input) || qobject_cast<QAbstractSpinBox *>(input)) || input->hasFocus())
        return false;
    // To the page's scroll area itself: Qt hands a wheel event on to the
    // parents only when it came from the system, not when it is sent on.
    for (QWidget *w = input->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            QCoreApplication::sendEvent(area->viewport(), event);
            return true;
        }
    }
    return true;
}
