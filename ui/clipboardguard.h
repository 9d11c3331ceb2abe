#pragma once

#include <QObject>

// Keeps patients' and staff's words out of the clipboard and the X primary
// selection, which outlive a patient, a staff session and this process: what
// patient A copied, or a doctor's Ctrl+C on a row, would otherwise be pasted
// by the next patient. The clipboard is emptied at every wipe and sign-out;
// patient fields offer no context menu, copy, cut, paste or drag, and ask
// input methods not to learn or predict from them; a kiosk keeps the
// clipboard empty all the time.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    // Empties the clipboard, the selection and the find buffer, whichever
    // the platform has (whoever put the text there).
    static void clear();
    // A field where a patient's words are typed or shown: no context menu,
    // no copy, cut, paste or drag, the selection given up after every
    // select, and the sensitive-data hints (no prediction, no learning).
    static void protectPatientField(QWidget *field);
    // A list of patients or staff: Ctrl+C copies nothing (on a staff PC only
    // the doctor's "Copy for the chart" puts text on the clipboard).
    static void refuseCopy(QWidget *widget);
    // On a kiosk (--kiosk): whatever is put on the clipboard or selected is
    // taken off again at once.
    static void keepEmpty();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ClipboardGuard(QObject *parent) : QObject(parent) {}
    static ClipboardGuard *instance();
    static void giveUpSelection();
};
