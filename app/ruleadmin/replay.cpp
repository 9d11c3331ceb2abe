#include "replay.h"

#include "submissionstore.h"

namespace {

QSet<QString> decisiveQuestions(const RuleSet &ruleSet)
{
    QSet<QString> decisive;
    QStringList pending;
    for (const Rule &rule : ruleSet.rules)
        pending << rule.when->questionIds();
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (decisive.contains(id))
            continue;
        decisive.insert(id);
        const Question *question = ruleSet.question(id);
        if (question && question->shownWhen)
            pending << question->shownWhen->questionIds();
    }
    return decisive;
}

QStringList firedRules(const QList<Flag> &flags)
{
    QStringList rules;
    for (const Flag &f : flags)
        rules << f.rule;
    return rules;
}

} // namespace

Replay::Replay(RuleSetPtr draft, RuleSetLookup storedRuleSets)
    : m_draft(std::move(draft)), m_storedRuleSets(std::move(storedRuleSets)), m_decisive(decisiveQuestions(*m_draft))
{
}

QVariantMap Replay::typedAnswers(const QVariantMap &stored, const RuleSet &ruleSet, QStringList *unfit)
{
    QVariantMap typed;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const Question *question = ruleSet.question(it.key());
        if (!question)
            continue; // a question the rule set no longer has reads as unanswered
        const QVariant &value = it.value();
        bool fits = false;
        switch (question->type) {
        case Question::Type::Boolean:
            fits = value.typeId() == QMetaType::Bool;
            break;
        case Question::Type::Choice:
        case Question::Type::Text:
            fits = value.typeId() == QMetaType::QString;
            break;
        case Question::Type::MultiChoice:
            fits = value.typeId() == QMetaType::QStringList;
            break;
        case Question::Type::Date: {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            if (value.typeId() == QMetaType::QString && date.isValid()) {
                typed.insert(it.key(), date);
                continue;
            }
            break;
        }
        }
        if (fits)
            typed.insert(it.key(), value);
        else if (unfit)
            *unfit << it.key();
    }
    return typed;
}

void Replay::add(const StoredSubmission &stored, ReplayReport *report) const
{
    ++report->submissions;
    const Submission &s = stored.submission;
    const QDate day = s.day();
    QStringList unfit;
    const QVariantMap answers = typedAnswers(s.answers, *m_draft, &unfit);

    // What the patient was asked: what the rule set of the day showed for
    // these answers. Without that rule set, only what was answered is known.
    QSet<QString> asked;
    if (const RuleSetPtr then = m_storedRuleSets(stored.evaluation.ruleSetSha256)) {
        asked = Evaluator(then).visibleQuestions(typedAnswers(s.answers, *then, nullptr), day);
    } else {
        ++report->unknownRuleSet;
        for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
            asked.insert(it.key());
    }
    QStringList neverAsked;
    for (const QString &id : Evaluator(m_draft).visibleQuestions(answers, day)) {
        if (m_decisive.contains(id) && (!asked.contains(id) || unfit.contains(id)))
            neverAsked << id;
    }
    if (!neverAsked.isEmpty()) {
        ++report->notJudged;
        for (const QString &id : std::as_const(neverAsked))
            ++report->notJudgedByQuestion[id];
        return;
    }

    const Evaluation after = Evaluator(m_draft).evaluate(answers, day);
    ++report->judged;
    const Outcome before = stored.evaluation.outcome;
    ++report->transitions[{before, after.outcome}];
    const QStringList rulesBefore = firedRules(stored.evaluation.flags);
    const QStringList rulesAfter = firedRules(after.flags);
    for (const QString &rule : rulesBefore)
        ++report->fires[rule].before;
    for (const QString &rule : rulesAfter)
        ++report->fires[rule].after;
    if (before == after.outcome)
        return;
    ++report->changed;
    ReplayChange change{s.uuid, s.submittedAt, s.patient, before, after.outcome, {}, {}};
    for (const QString &rule : rulesAfter) {
        if (!rulesBefore.contains(rule))
            change.rulesAdded << rule;
    }
    for (const QString &rule : rulesBefore) {
        if (!rulesAfter.contains(rule))
            change.rulesRemoved << rule;
    }
    report->changes << change;
}

bool Replay::run(const SubmissionStore &store, const QDate &from, const QDate &to, const QTimeZone &clinicZone,
                 ReplayReport *report, QString *error) const
{
    report->draftId = m_draft->id;
    report->draftVersion = m_draft->version;
    report->draftSha256 = m_draft->sha256;
    report->from = from;
    report->to = to;
    // Every rule of the draft has a row, also one that never fires.
    for (const Rule &rule : m_draft->rules)
        report->fires[rule.id];
    return store.forEachInDays(from, to, clinicZone, [&](const StoredSubmission &stored) {
        add(stored, report);
        return true;
    }, error);
}
