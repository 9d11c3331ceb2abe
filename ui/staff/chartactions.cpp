#include "chartactions.h"

#include "auditlog.h"
#include "chartrecord.h"
#include "clock.h"
#include "reviewstore.h"
#include "settings.h"
#include "staffwindow.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStandardPaths>

ChartActions::ChartActions(StaffServices &services, const StaffAccount &account, const StoredSubmission &stored,
                           bool staffPc, QWidget *parent)
    : QWidget(parent), m_services(services), m_account(account), m_stored(stored)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *pdf = new QPushButton(tr("Record for the chart (PDF)"), this);
    pdf->setObjectName(QStringLiteral("saveRecord"));
    pdf->setProperty("role", QStringLiteral("secondary"));
    connect(pdf, &QPushButton::clicked, this, &ChartActions::savePdf);
    row->addWidget(pdf);
    if (staffPc) {
        auto *copy = new QPushButton(tr("Copy for the chart"), this);
        copy->setObjectName(QStringLiteral("copyForChart"));
        copy->setProperty("role", QStringLiteral("secondary"));
        connect(copy, &QPushButton::clicked, this, &ChartActions::copyText);
        row->addWidget(copy);
    }
}

ChartRecord ChartActions::record() const
{
    QString error;
    const QHash<qint64, Review> latest = m_services.reviews.latest({m_stored.id}, &error);
    const std::optional<Review> review = latest.contains(m_stored.id) ? std::optional(latest.value(m_stored.id)) : std::nullopt;
    return ChartRecord{QueueEntry{m_stored, review}, m_services.ruleSet, Settings::clinicName(), m_account.displayName,
                       m_services.clock.now(), Settings::clinicTimeZone()};
}

QString ChartActions::recordPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(QStringLiteral("prescreen-record-%1-%2.pdf")
                                     .arg(m_stored.submission.submittedAt.toTimeZone(Settings::clinicTimeZone())
                                              .date().toString(Qt::ISODate),
                                          m_stored.submission.uuid.left(8)));
}

bool ChartActions::audit(const QString &detail)
{
    QString error;
    if (m_services.audit.append(m_account.login, QStringLiteral("print"), m_stored.submission.uuid, detail, &error))
        return true;
    emit failed(tr("Not done: the audit log cannot be written (%1).").arg(error));
    return false;
}

void ChartActions::savePdf()
{
    const QString path = recordPath();
    QString error;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Audited first: a record that exists was recorded as printed.
    if (!audit(QStringLiteral("record pdf to %1").arg(path)))
        return;
    if (!record().save(path, true, &error)) {
        emit failed(tr("The record could not be saved: %1").arg(error));
        return;
    }
    emit done(tr("Record saved: %1").arg(path));
}

void ChartActions::copyText()
{
    if (!audit(QStringLiteral("chart text to the clipboard")))
        return;
    QGuiApplication::clipboard()->setText(record().text());
    emit done(tr("Copied for the chart: paste it into the patient's note."));
}
