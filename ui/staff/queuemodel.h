#pragma once

#include "doctorqueue.h"

#include <QAbstractTableModel>
#include <QTimeZone>

struct RuleSet;

// The doctor's list as a model: the rows still to review first (most serious,
// then oldest), the reviewed ones below with their decision. A refresh
// touches only the rows that changed, so the view never re-measures the
// whole list and keeps its selection and scroll position.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Name, Born, Result, Flagged, Decision, ColumnCount };
    static constexpr int UuidRole = Qt::UserRole;

    QueueModel(const RuleSet *ruleSet, QObject *parent);

    // Entries from several days show their date as well as their time.
    void setEntries(QList<QueueEntry> entries, bool severalDays);
    const QueueEntry &entry(int row) const { return m_rows.at(row).entry; }
    int rowOf(const QString &uuid) const;
    static bool isPending(const QueueEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QueueEntry entry;
        QStringList cells; // what each column shows, worked out once per change
        QString nameDetail;
    };
    Row makeRow(const QueueEntry &entry) const;
    static bool before(const QueueEntry &a, const QueueEntry &b, bool newestFirst);

    const RuleSet *m_ruleSet;
    QTimeZone m_zone;
    bool m_severalDays = false;
    QList<Row> m_rows;
};
