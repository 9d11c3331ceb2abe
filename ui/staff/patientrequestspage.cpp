// A patient's requests: find, disclose, delete with a second person.
#include "patientrequestspage.h"

#include "clipboardguard.h"
#include "clock.h"
#include "doctorqueue.h"
#include "outcomecolour.h"
#include "answerformat.h"
#include "settings.h"
#include "stafflabels.h"
#include "staffroles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace StaffLabels;

PatientRequestsPage::PatientRequestsPage(StaffServices &services, const StaffAccount &account, QWidget *parent)
    : QWidget(parent), m_services(services), m_account(account),
      m_requests(services.queue.database(), services.queue, services.reviews, services.audit, services.accounts),
      m_places(ExportDestinations::configured())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading(tr("A patient asks to see or delete their data"), this));
    layout->addWidget(wrapped(tr("Type the name or the kana reading as the patient wrote it, and the date of birth."), this,
                              "help"));
    auto *form = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("requestName"));
    m_name->setPlaceholderText(tr("Name"));
    m_kana = new QLineEdit(this);
    m_kana->setObjectName(QStringLiteral("requestKana"));
    m_kana->setPlaceholderText(tr("Kana reading"));
    m_birth = new QLineEdit(this);
    m_birth->setObjectName(QStringLiteral("requestBirth"));
    m_birth->setPlaceholderText(tr("Date of birth (1985-04-12)"));
    m_birth->setInputMethodHints(Qt::ImhDate | Qt::ImhPreferNumbers);
    for (QLineEdit *field : {m_name, m_kana, m_birth}) {
        ClipboardGuard::protectPatientField(field);
        form->addWidget(field, 1);
    }
    auto *findButton = new QPushButton(tr("Find"), this);
    findButton->setObjectName(QStringLiteral("requestFind"));
    form->addWidget(findButton);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setHorizontalHeaderLabels({tr("Submitted"), tr("Name"), tr("Date of birth"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumHeight(200);
    ClipboardGuard::refuseCopy(m_table);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("requestDestination"));
    m_destination->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_destination->setMinimumContentsLength(16);
    m_destinations = m_places.available();
    for (const ExportDestination &d : m_destinations)
        m_destination->addItem(d.removable ? tr("USB stick or card: %1").arg(d.name) : tr("Exports folder (%1)").arg(d.name));
    m_disclose = new QPushButton(tr("Give a copy of everything (PDF and JSON)"), this);
    m_disclose->setObjectName(QStringLiteral("requestDisclose"));
    m_erase = new QPushButton(tr("Delete everything…"), this);
    m_erase->setObjectName(QStringLiteral("requestDelete"));
    m_erase->setProperty("role", QStringLiteral("secondary"));
    // Reception finds and gives copies; deleting is a doctor's or an administrator's.
    m_erase->setVisible(StaffRoles::allows(account.role, StaffRoles::Duty::DeletePatient));
    actions->addWidget(m_destination, 1);
    actions->addWidget(m_disclose);
    actions->addWidget(m_erase);
    layout->addLayout(actions);
    m_message = wrapped(QString(), this, "problem");
    layout->addWidget(m_message);
    m_disclose->setEnabled(false);
    m_erase->setEnabled(false);

    connect(findButton, &QPushButton::clicked, this, &PatientRequestsPage::find);
    for (QLineEdit *field : {m_name, m_kana, m_birth})
        connect(field, &QLineEdit::returnPressed, this, &PatientRequestsPage::find);
    connect(m_disclose, &QPushButton::clicked, this, &PatientRequestsPage::disclose);
    connect(m_erase, &QPushButton::clicked, this, &PatientRequestsPage::erase);
}

void PatientRequestsPage::say(const QString &problem)
{
    m_message->setText(problem);
}

void PatientRequestsPage::find()
{
    QString error;
    const PatientRequests::Person person{m_name->text(), m_kana->text(), DoctorQueue::birthDateOf(m_birth->text())};
    if (!PatientRequests::problem(person).isEmpty()) {
        say(tr("Give the name or the kana reading, and the date of birth."));
        return;
    }
    m_found = m_requests.findFor(m_account, person, &error);
    const QTimeZone zone = Settings::clinicTimeZone();
    m_table->setRowCount(int(m_found.size()));
    for (int row = 0; row < m_found.size(); ++row) {
        const StoredSubmission &s = m_found.at(row).stored;
        m_table->setItem(row, 0, new QTableWidgetItem(
                                     s.submission.submittedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        const QString kana = s.submission.patient.kana;
        m_table->setItem(row, 1, new QTableWidgetItem(kana.isEmpty() ? s.submission.patient.name
                                                                     : QStringLiteral("%1（%2）").arg(s.submission.patient.name, kana)));
        m_table->setItem(row, 2, new QTableWidgetItem(s.submission.patient.birthDate.toString(Qt::ISODate)));
        m_table->setItem(row, 3, new QTableWidgetItem(AnswerFormat::outcome(s.evaluation.outcome)));
    }
    m_disclose->setEnabled(!m_found.isEmpty());
    m_erase->setEnabled(!m_found.isEmpty());
    say(!error.isEmpty()      ? tr("The search failed: %1").arg(error)
        : m_found.isEmpty() ? tr("Nothing is held under this name and date of birth.")
                            : QString());
}

void PatientRequestsPage::disclose()
{
    const int index = m_destination->currentIndex();
    if (index < 0 || index >= m_destinations.size() || m_found.isEmpty())
        return;
    QString error;
    const QStringList paths = m_requests.discloseFor(m_account, m_found, m_destinations.at(index).folder,
                                                     m_services.ruleSet, m_services.clock.now(), &error);
    if (paths.isEmpty()) {
        say(tr("The copy failed: %1").arg(error));
        return;
    }
    say(QString());
    emit done(tr("Everything held was written to %1").arg(paths.join(QStringLiteral(", "))));
}

void PatientRequestsPage::erase()
{
    if (m_found.isEmpty())
        return;
    SecondPersonDialog confirm(int(m_found.size()), this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    const PatientRequests::Erased erased =
        m_requests.erase(m_found, m_account, m_account.login, confirm.login(), confirm.secret());
    if (!erased.ok) {
        say(tr("Nothing was deleted: %1").arg(erased.error));
        return;
    }
    m_found.clear();
    m_table->setRowCount(0);
    m_disclose->setEnabled(false);
    m_erase->setEnabled(false);
    for (QLineEdit *field : {m_name, m_kana, m_birth})
        field->clear();
    say(QString());
    emit done(tr("%n submission(s) deleted at the patient's request.", nullptr, int(erased.deleted)));
}

SecondPersonDialog::SecondPersonDialog(int submissions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("secondPersonDialog"));
    setWindowTitle(tr("A second staff member confirms"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("%n submission(s) of this patient will be deleted for good. A second staff member "
                                 "confirms with their own login and PIN.",
                                 nullptr, submissions),
                              this));
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("confirmLogin"));
    m_login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_secret = secretEdit(QStringLiteral("confirmSecret"), this);
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("PIN or password"), m_secret);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("Delete"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmDelete"));
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("confirmCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString SecondPersonDialog::login() const
{
    return m_login->text().trimmed();
}

QString SecondPersonDialog::secret() const
{
    return m_secret->text();
}
