#pragma once

#include "staffaccounts.h"
#include "submissionstore.h"

#include <QWidget>

struct StaffServices;
struct ChartRecord;

// What goes from a submission into the patient's chart: the record as an A4
// PDF (with the box for the doctor's seal) and, on a staff PC only, the
// chart text on the clipboard for pasting into the EHR's note. On a kiosk
// the copy button does not exist, so nothing of a patient reaches the
// clipboard there. Both are audited as printing.
class ChartActions : public QWidget
{
    Q_OBJECT
public:
    ChartActions(StaffServices &services, const StaffAccount &account, const StoredSubmission &stored, bool staffPc,
                 QWidget *parent);
    // Where the PDF goes: the documents folder, named by day and id.
    QString recordPath() const;

signals:
    void done(const QString &text);
    void failed(const QString &text);

private:
    ChartRecord record() const;
    bool audit(const QString &detail);
    void savePdf();
    void copyText();

    StaffServices &m_services;
    const StaffAccount &m_account;
    StoredSubmission m_stored;
};
