#pragma once

#include "exportdestinations.h"
#include "patientrequests.h"
#include "staffwindow.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// A patient at the desk asks to see or delete what the clinic holds about
// them (APPI). Staff find their screenings by name or kana and birth date,
// export everything held to the exports folder or a USB stick (PDF and
// JSON), and a doctor or an administrator deletes it once a second staff
// member has confirmed with their own login and PIN.
class PatientRequestsPage : public QWidget
{
    Q_OBJECT
public:
    PatientRequestsPage(StaffServices &services, const StaffAccount &account, QWidget *parent);

signals:
    void done(const QString &text);

private:
    void find();
    void disclose();
    void erase();
    void say(const QString &problem);

    StaffServices &m_services;
    const StaffAccount &m_account;
    PatientRequests m_requests;
    ExportDestinations m_places;
    QList<ExportDestination> m_destinations;
    QList<QueueEntry> m_found;
    QLineEdit *m_name;
    QLineEdit *m_kana;
    QLineEdit *m_birth;
    QTableWidget *m_table;
    QComboBox *m_destination;
    QPushButton *m_disclose;
    QPushButton *m_erase;
    QLabel *m_message;
};

// The second staff member's confirmation: their login and PIN, typed by
// them, over the first one's session.
class SecondPersonDialog : public QDialog
{
    Q_OBJECT
public:
    SecondPersonDialog(int submissions, QWidget *parent);
    QString login() const;
    QString secret() const;

private:
    QLineEdit *m_login;
    QLineEdit *m_secret;
};
