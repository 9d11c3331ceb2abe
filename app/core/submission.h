#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

struct Patient
{
    QString name;
    QString kana;
    QDate birthDate;
};

// Explicit consent to handling special-care-required personal information
// (APPI), given on the privacy notice of the stated version.
struct Consent
{
    bool given = false;
    QString noticeVersion;
};

// What one patient entered, as it is stored: never edited afterwards.
struct Submission
{
    // Made on the device that took the answers, so that a resent submission
    // is recognised and never stored twice.
    QString uuid;
    QString language;
    Patient patient;
    // Carries the device's UTC offset: the submission day is the calendar
    // day at that offset.
    QDateTime submittedAt;
    Consent consent;
    // Question id to a bool, QString, QDate or QStringList, for shown
    // questions only.
    QVariantMap answers;

    QDate day() const { return submittedAt.date(); }
};

namespace Languages {
// The languages the patient flow is offered in.
QStringList supported();
}
