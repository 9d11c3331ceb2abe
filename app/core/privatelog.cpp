#include "privatelog.h"

#include "submission.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStore, "prescreen.store")
Q_LOGGING_CATEGORY(lcKiosk, "prescreen.kiosk")

namespace {

void addText(QStringList &pieces, const QString &text)
{
    const QString whole = text.trimmed();
    if (whole.isEmpty())
        return;
    pieces << whole;
    // The family name alone, as a message may quote one column.
    static const QRegularExpression gaps(QStringLiteral("[\\s\\x{3000}]+"));
    for (const QString &part : whole.split(gaps, Qt::SkipEmptyParts)) {
        if (part.size() >= 2 || part.at(0).unicode() > 0x2FFF)
            pieces << part;
    }
}

void addDate(QStringList &pieces, const QDate &date)
{
    if (!date.isValid())
        return;
    for (const char *format : {"yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy/M/d", "dd.MM.yyyy", "MM/dd/yyyy"})
        pieces << date.toString(QLatin1String(format));
    pieces << QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace

namespace PrivateLog {

QString withoutPatientText(const QString &text, const Submission &submission)
{
    QStringList pieces;
    addText(pieces, submission.patient.name);
    addText(pieces, submission.patient.kana);
    addDate(pieces, submission.patient.birthDate);
    for (auto it = submission.answers.cbegin(); it != submission.answers.cend(); ++it) {
        const QVariant &value = it.value();
        // Choice ids ("no", "yes") are not the patient's words and would
        // blank out ordinary words of the message; longer text is.
        if (value.typeId() == QMetaType::QString && value.toString().trimmed().size() >= 4)
            addText(pieces, value.toString());
        else if (value.typeId() == QMetaType::QDate)
            addDate(pieces, value.toDate());
    }
    // Longest first, so that a whole name goes before its parts.
    std::sort(pieces.begin(), pieces.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QString redacted = text;
    for (const QString &piece : std::as_const(pieces)) {
        const bool latin = std::all_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (latin) // whole words only: "Li" is a name, not part of "line"
            redacted.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(piece)),
                                                QRegularExpression::CaseInsensitiveOption),
                             QStringLiteral("[patient data]"));
        else
            redacted.replace(piece, QStringLiteral("[patient data]"), Qt::CaseInsensitive);
    }
    return redacted;
}

} // namespace PrivateLog
