#pragma once

#include <QLoggingCategory>
#include <QString>

struct Submission;

// Where messages about stored patient data go. Qt's message handler sends
// them to stderr, which the kiosk unit hands to the journal: anything kept
// there outlives the purge, so no patient text may reach them.
Q_DECLARE_LOGGING_CATEGORY(lcStore)  // prescreen.store: outbox, deliveries
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)  // prescreen.kiosk: the patient's screens

namespace PrivateLog {

// `text` (an error from SQLite, PostgreSQL or a check) with every piece of
// what the patient typed or chose replaced by "[patient data]": the name,
// its parts, the kana, the birth date in the forms a message may print it,
// and every text answer. A server's "Failing row contains (...)" quotes them.
QString withoutPatientText(const QString &text, const Submission &submission);

} // namespace PrivateLog
