#pragma once

#include "evaluation.h"
#include "submission.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

class SubmissionStore;
struct StoredSubmission;

// One stored submission whose outcome the draft would change.
struct ReplayChange
{
    QString uuid;
    QDateTime submittedAt;
    Patient patient;
    Outcome before = Outcome::Clear;
    Outcome after = Outcome::Clear;
    QStringList rulesAdded;
    QStringList rulesRemoved;
};

// What a draft rule set would have done to the submissions already stored.
struct ReplayReport
{
    QString draftId;
    QString draftVersion;
    QString draftSha256;
    QDate from; // null: from the first stored
    QDate to;   // null: to the last stored
    int submissions = 0; // in the range
    int judged = 0;      // re-evaluated under the draft
    int changed = 0;     // of the judged, those whose outcome changes
    // Old level to new level over the judged submissions, unchanged ones included.
    QMap<QPair<Outcome, Outcome>, int> transitions;
    // Per rule id: how many judged submissions it fired for, stored and under the draft.
    struct Fires
    {
        int before = 0;
        int after = 0;
    };
    QMap<QString, Fires> fires;
    QList<ReplayChange> changes; // oldest first
    // Submissions not judged because the draft would ask them a question
    // they were never asked, counted once per such question.
    int notJudged = 0;
    QMap<QString, int> notJudgedByQuestion;
    // Submissions made under a rule set that is neither built in nor kept in
    // the store: for them "asked" can only mean "answered".
    int unknownRuleSet = 0;
};

// Re-evaluates stored submissions under a draft rule set, each on its own
// submission day, and never guesses: a submission that the draft would ask
// a question it was never asked (not in its rule set, or hidden there) and
// whose answer a draft rule reads is counted apart, not judged.
class Replay
{
public:
    // The rule set a submission was made under, by its SHA-256; null when
    // it is not on file.
    using RuleSetLookup = std::function<RuleSetPtr(const QString &sha256)>;

    Replay(RuleSetPtr draft, RuleSetLookup storedRuleSets);

    // Adds one stored submission to the report.
    void add(const StoredSubmission &stored, ReplayReport *report) const;
    // Streams the clinic days `from` to `to` (null dates leave an end open) out of the store.
    bool run(const SubmissionStore &store, const QDate &from, const QDate &to, const QTimeZone &clinicZone,
             ReplayReport *report, QString *error) const;

    // Stored answers hold dates as ISO text; the evaluator wants each answer
    // typed as `ruleSet` asks it. Answers that no longer fit their question
    // (a text become a date) are left out and named in `unfit`.
    static QVariantMap typedAnswers(const QVariantMap &stored, const RuleSet &ruleSet, QStringList *unfit);

private:
    RuleSetPtr m_draft;
    RuleSetLookup m_storedRuleSets;
    // The draft's questions whose answers can change what its rules decide:
    // those its rules read and, in turn, those their visibility reads.
    QSet<QString> m_decisive;
};
