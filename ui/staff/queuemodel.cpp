#include "queuemodel.h"

#include "answerformat.h"
#include "rulesettext.h"
#include "settings.h"
#include "stafflabels.h"

#include <QHash>

#include <algorithm>

QueueModel::QueueModel(const RuleSet *ruleSet, QObject *parent)
    : QAbstractTableModel(parent), m_ruleSet(ruleSet), m_zone(Settings::clinicTimeZone())
{
}

bool QueueModel::isPending(const QueueEntry &entry)
{
    return !entry.latestReview.has_value();
}

// Still to review above reviewed; within each, the most serious first, then
// the oldest (the patient who has waited longest). A search across days
// shows the newest first instead: the visit of today above the earlier ones.
bool QueueModel::before(const QueueEntry &a, const QueueEntry &b, bool newestFirst)
{
    if (isPending(a) != isPending(b))
        return isPending(a);
    const QDateTime &ta = a.stored.submission.submittedAt;
    const QDateTime &tb = b.stored.submission.submittedAt;
    if (newestFirst && ta != tb)
        return ta > tb;
    if (a.stored.evaluation.outcome != b.stored.evaluation.outcome)
        return a.stored.evaluation.outcome > b.stored.evaluation.outcome;
    if (ta != tb)
        return ta < tb;
    return a.stored.id < b.stored.id;
}

QueueModel::Row QueueModel::makeRow(const QueueEntry &e) const
{
    const Submission &s = e.stored.submission;
    Row row{e, {}, {}};
    row.cells.resize(ColumnCount);
    const QDateTime at = s.submittedAt.toTimeZone(m_zone);
    // Across days the date says which visit; its time is on the page.
    row.cells[Time] = at.toString(m_severalDays ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("HH:mm"));
    row.cells[Name] = s.patient.name;
    row.cells[Born] = s.patient.birthDate.toString(Qt::ISODate);
    row.cells[Result] = AnswerFormat::outcome(e.stored.evaluation.outcome);
    // What was flagged, most serious first: a doctor between patients sees
    // why a row is red without opening it.
    row.cells[Flagged] = RuleSetText::flagTitles(m_ruleSet, e.stored.evaluation.flags);
    row.cells[Decision] = e.latestReview
        ? QStringLiteral("%1 (%2)").arg(AnswerFormat::decision(e.latestReview->decision), e.latestReview->reviewerName)
        : tr("Not reviewed");
    row.nameDetail = s.patient.kana.isEmpty() ? s.patient.name
                                              : QStringLiteral("%1\n%2").arg(s.patient.name, s.patient.kana);
    return row;
}

void QueueModel::setEntries(QList<QueueEntry> entries, bool severalDays)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [severalDays](const QueueEntry &a, const QueueEntry &b) { return before(a, b, severalDays); });
    if (severalDays != m_severalDays) {
        // Every time cell reads differently: this one change is whole.
        beginResetModel();
        m_severalDays = severalDays;
        m_rows.clear();
        for (const QueueEntry &e : entries)
            m_rows << makeRow(e);
        endResetModel();
        return;
    }
    QHash<qint64, int> wanted; // submission id -> its place in the new order
    for (int i = 0; i < entries.size(); ++i)
        wanted.insert(entries.at(i).stored.id, i);

    // 1. Rows that left (another day, a purge): removed in runs, from the end.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).entry.stored.id))
            continue;
        int first = i;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).entry.stored.id))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    // 2. Rows that arrived: appended, then put in place with the rest.
    QHash<qint64, int> present;
    for (int i = 0; i < m_rows.size(); ++i)
        present.insert(m_rows.at(i).entry.stored.id, i);
    QList<Row> arriving;
    for (const QueueEntry &e : entries) {
        if (!present.contains(e.stored.id))
            arriving << makeRow(e);
    }
    if (!arriving.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + arriving.size() - 1));
        m_rows << arriving;
        endInsertRows();
    }
    // 3. Rows whose review changed: new cells, told to the view row by row.
    for (int i = 0; i < m_rows.size(); ++i) {
        const QueueEntry &now = entries.at(wanted.value(m_rows.at(i).entry.stored.id));
        const auto &was = m_rows.at(i).entry.latestReview;
        const bool same = was.has_value() == now.latestReview.has_value() && (!was || was->id == now.latestReview->id);
        if (same)
            continue;
        m_rows[i] = makeRow(now);
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
    // 4. The new order: a move of rows, so selections and the scroll follow.
    bool ordered = true;
    for (int i = 0; i < m_rows.size() && ordered; ++i)
        ordered = wanted.value(m_rows.at(i).entry.stored.id) == i;
    if (ordered)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Row> sorted(m_rows.size());
    QList<int> newRowOf(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const int to = wanted.value(m_rows.at(i).entry.stored.id);
        newRowOf[i] = to;
        sorted[to] = m_rows.at(i);
    }
    m_rows = sorted;
    QModelIndexList after;
    for (const QModelIndex &old : before)
        after << index(newRowOf.value(old.row()), old.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int QueueModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.stored.submission.uuid == uuid)
            return i;
    }
    return -1;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.at(index.column());
    case Qt::ToolTipRole:
        // The whole text on demand, wherever the cell had to elide it.
        return index.column() == Name ? row.nameDetail : row.cells.at(index.column());
    case Qt::BackgroundRole: {
        const QColor tint = StaffLabels::outcomeTint(row.entry.stored.evaluation.outcome);
        // Reviewed rows keep their colour, faded: done, but not hidden.
        return isPending(row.entry) ? tint : QColor::fromRgbF(0.5f * tint.redF() + 0.5f, 0.5f * tint.greenF() + 0.5f,
                                                             0.5f * tint.blueF() + 0.5f);
    }
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case UuidRole:
        return row.entry.stored.submission.uuid;
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time: return m_severalDays ? tr("Date") : tr("Time");
    case Name: return tr("Name");
    case Born: return tr("Born");
    case Result: return tr("Result");
    case Flagged: return tr("Flagged");
    case Decision: return tr("Review");
    case ColumnCount: break;
    }
    return {};
}
