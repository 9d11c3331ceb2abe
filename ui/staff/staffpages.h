#pragma once

// The staff screens, one class each, shown inside the StaffWindow.

#include "exportdestinations.h"
#include "staffwindow.h"
#include "submissionstore.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class ChangeWatch;
class QTimer;
class QHBoxLayout;
class QVBoxLayout;
class DecisionBar;
struct QueueEntry;

class SignInPage : public QWidget
{
    Q_OBJECT
public:
    SignInPage(StaffServices &services, QWidget *parent);
signals:
    void signedIn(const StaffAccount &account);
    void cancelled();

private:
    void attempt();

    StaffServices &m_services;
    QLineEdit *m_login;
    QLineEdit *m_secret;
    QLabel *m_message;
};

class FirstAdminPage : public QWidget
{
    Q_OBJECT
public:
    FirstAdminPage(StaffServices &services, QWidget *parent);
signals:
    void created();
    void cancelled();
};

// A kiosk with no staff account: it never offers to make the first one (a
// patient would become administrator); it says where that is done.
class NoAccountYetPage : public QWidget
{
    Q_OBJECT
public:
    explicit NoAccountYetPage(QWidget *parent);
signals:
    void cancelled();
};

// One submission for the doctor: the patient's own words, the flagged
// answers with the reason and the article's section, every other answer,
// what changed since the same person's last screening, the reviews and, for
// a doctor, the decision bar, always in view.
class SubmissionPage : public QWidget
{
    Q_OBJECT
public:
    SubmissionPage(StaffServices &services, const StaffAccount &account, const StoredSubmission &stored, bool staffPc,
                   QWidget *parent);
signals:
    void back();
    void reviewed();
    void done(const QString &text);
    void failed(const QString &text);

private:
    QLabel *returningNote(const QueueEntry &previous, qsizetype count, QWidget *parent);
    void addHistory(QVBoxLayout *layout, QWidget *parent, const QList<QueueEntry> &earlier);
    void save();

    StaffServices &m_services;
    const StaffAccount &m_account;
    StoredSubmission m_stored;
    DecisionBar *m_bar = nullptr;
};

class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    AccountsPage(StaffServices &services, const StaffAccount &admin, QWidget *parent);
signals:
    void done(const QString &text);
    // Shown in the window's notice line, where the eye is, not at the foot
    // of a page that a tablet's screen may cut.
    void failed(const QString &text);

private:
    void reload();

    StaffServices &m_services;
    const StaffAccount &m_admin;
    QTableWidget *m_table;
};

class DailyChart;
class QComboBox;
class QDateEdit;

// Reception's end of the day: today's counts by result and the reviews still
// pending, thirty days as a chart, the export of a day as CSV, PDF or FHIR,
// and the purge of what is past the retention period.
class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    ReceptionPage(StaffServices &services, const StaffAccount &account, QWidget *parent);
    void refresh();
signals:
    void done(const QString &text);
    // A patient at the desk asks to see or delete their data.
    void patientRequest();

private:
    void findDestinations();
    void updatePath();
    QString exportPath(QString *error) const;
    void exportDay();
    void showExportResult(bool ok, const QString &text);
    void purge();
    void showBackup();

    StaffServices &m_services;
    const StaffAccount &m_account;
    QHash<Outcome, QLabel *> m_todayCounts;
    QLabel *m_today;
    QLabel *m_backup;
    DailyChart *m_chart;
    QDateEdit *m_date;
    QComboBox *m_format;
    // A list to choose from, never a file dialog (see ExportDestinations).
    ExportDestinations m_places;
    QList<ExportDestination> m_destinations;
    QComboBox *m_destination;
    QLabel *m_target;
    QComboBox *m_language;
    QLabel *m_exportResult;
    QLabel *m_message;
    QPushButton *m_purge;
    bool m_purgeArmed = false;
};
