#pragma once

#include "doctorqueue.h"

#include <QDateTime>
#include <QTimeZone>

class QIODevice;
struct RuleSet;

// One submission for the patient's chart (問診票): the clinic, the patient,
// the flagged answers with their reasons and the article's sections first,
// every other answer asked, the doctor's decision, note and time, and who
// printed it when under which rule set. In the language loaded when called.
struct ChartRecord
{
    QueueEntry entry;
    const RuleSet *ruleSet = nullptr;
    QString clinicName;
    QString printedBy;
    QDateTime printedAt;
    QTimeZone zone;

    // Plain text in the order Japanese EHRs take a pasted note: patient,
    // flagged answers with reasons, other answers, decision.
    QString text() const;
    // A4 with a box for the doctor's signature or seal (印).
    bool writePdf(QIODevice *device, QString *error) const;
    // The PDF or the text to `path`, whole or not at all.
    bool save(const QString &path, bool pdf, QString *error) const;

private:
    struct Line
    {
        QString question;
        QString answer;
    };
    QString title() const;
    QStringList patientBlock() const;
    QList<Line> answers(bool flagged) const;
    QStringList flagLines(const Flag &flag) const;
    QStringList decisionBlock() const;
    QString footer() const;
    QString answerText(const QString &id) const;
};
