#pragma once

#include "doctorqueue.h"

#include <QWidget>

#include <optional>

class QGridLayout;
struct RuleSet;

// A submission's answers as the doctor reads them: first what the patient
// wrote in their own words, then the flagged answers with the reason and the
// article's section, then every other answer. With the same person's
// previous screening, each answer that changed since says so and what it was.
class AnswerSheet : public QWidget
{
    Q_OBJECT
public:
    AnswerSheet(const RuleSet *rules, const StoredSubmission &stored, const std::optional<QueueEntry> &previous,
                QWidget *parent);
    // The questions whose answer differs from the previous screening's.
    QStringList changed() const { return m_changed; }

private:
    QString questionText(const QString &id) const;
    QString answerText(const QVariantMap &answers, const QString &id) const;
    // "" when unchanged, else "Changed since 2026-11-05 (was: No)".
    QString change(const QString &id) const;
    void addOwnWords(QGridLayout *grid, int &row);
    QStringList addFlags(QGridLayout *grid, int &row);
    void addOthers(QGridLayout *grid, int &row, const QStringList &shown);

    const RuleSet *m_rules;
    StoredSubmission m_stored;
    std::optional<QueueEntry> m_previous;
    QStringList m_changed;
};
