#pragma once

#include "replay.h"

#include <QByteArray>
#include <QJsonObject>
#include <QTimeZone>

// A replay written for people (text), for Excel (CSV: one row per
// submission whose outcome changes, after one header row) and for scripts (JSON).
namespace ReplayReportFormat {

QString text(const ReplayReport &report, const QTimeZone &clinicZone);
QByteArray csv(const ReplayReport &report, const QTimeZone &clinicZone);
QJsonObject json(const ReplayReport &report, const QTimeZone &clinicZone);
// One line for the audit log: the draft, the range and the counts.
QString auditDetail(const ReplayReport &report);

} // namespace ReplayReportFormat
