#pragma once

#include "auditlog.h"
#include "doctorqueue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

struct RuleSet;

// Everything the clinic holds about one person, for them (APPI article 33):
// each screening whole (the patient block, consent, every answer, the
// result and why, the rule set), every review with the doctor's note, and
// every audit row about it. JSON for a machine, PDF to hand over.
struct Disclosure
{
    struct Held
    {
        QueueEntry entry;
        QList<Review> reviews;
        QList<AuditEntry> audit;
    };
    QList<Held> held;
    QString clinicName;
    QDateTime madeAt;
    QTimeZone zone;
    const RuleSet *ruleSet = nullptr; // for the questions' and rules' words in the PDF

    QJsonObject json() const;
    bool writePdf(QIODevice *device, QString *error) const;
    // DIR/prescreen-disclosure-DAY.json and .pdf (-2, -3 … never replacing a
    // file); whole or not at all. The paths written, or empty with `error`.
    QStringList write(const QString &folder, QString *error) const;
};
