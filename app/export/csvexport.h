#pragma once

#include "ruleset.h"
#include "doctorqueue.h"

#include <QByteArray>
#include <QList>
#include <QTimeZone>

// The day's summary as a CSV file that Excel on Japanese Windows opens
// correctly by double-click: UTF-8 with a byte order mark, RFC 4180 quoting,
// CRLF line ends, and no cell that Excel would run as a formula.
class CsvExport
{
public:
    static QByteArray write(const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QTimeZone &clinicZone);

    // Quotes a cell when needed and defuses cells that would start a formula.
    static QString cell(const QString &text);
};
