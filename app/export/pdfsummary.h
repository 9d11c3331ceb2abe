#pragma once

#include "doctorqueue.h"
#include "exportwords.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

class QIODevice;

// The day's summary for the paper file: A4 pages headed by the clinic's
// name, the day, and when and by whom it was printed; the counts by result
// and by rule as bar charts; a table of the submissions with row lines and
// columns balanced to their contents; at every page's foot "page N of M"
// and the audit log's row count and last hash, so that a later `audit
// verify` can be held against paper. Everything in the words of `words`'
// language, in one CJK family for that language, embedded and searchable
// (PdfText). Drawn with QPdfWriter.
class PdfSummary
{
public:
    struct Heading
    {
        QDate day;
        QDate lastDay; // the same as `day` for one day
        QTimeZone zone;
        QString clinicName;
        QString printedBy;
        QDateTime printedAt;
        qint64 auditRows = 0;
        QString auditLastHash;
    };

    static bool write(QIODevice *device, const Heading &heading, const QList<QueueEntry> &entries,
                      const ExportWords &words, QString *error);
};
