#pragma once

#include "doctorqueue.h"
#include "ruleset.h"

#include <QDate>
#include <QTimeZone>

class QIODevice;

// The day's summary for the paper file: A4 pages with the clinic's day, the
// counts by result and by rule as bar charts, then one line per submission
// with its result and review state, and "page N of M" at the foot. Drawn
// with QPdfWriter, which embeds the (CJK) fonts it uses.
class PdfSummary
{
public:
    static bool write(QIODevice *device, const QDate &day, const QTimeZone &zone, const QList<QueueEntry> &entries,
                      const RuleSet &ruleSet, QString *error);
};
