#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Tells when any process has added a submission or a review, so that the
// doctor's list on one PC shows what a tablet stored on another. PostgreSQL
// pushes it (LISTEN/NOTIFY through the Qt SQL driver); SQLite, shared by
// processes of one machine only, is asked for a cheap change stamp every
// two seconds.
class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatch(Database &database, QObject *parent = nullptr);

    static QString channel();
    bool usesNotifications() const { return m_notified; }
    // Stored changes count from here.
    void reset();
    // On SQLite: asks for the change stamp now, as the two-second timer
    // does (a test calls it instead of waiting for the timer).
    void poll();

signals:
    void changed();

private:
    QString stamp() const;

    Database &m_database;
    QTimer m_poll;
    QString m_stamp;
    bool m_notified = false;
};
