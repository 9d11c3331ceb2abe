#include "patientflow.h"

#include "clock.h"
#include "evaluation.h"
#include "privatelog.h"
#include "submissioncheck.h"
#include "submissionstore.h"

#include <QUuid>

#include <utility>

PatientFlow::PatientFlow(RuleSetPtr ruleSet, SubmissionSink *store, const Clock &clock, QObject *parent)
    : QObject(parent), m_ruleSet(std::move(ruleSet)), m_store(store), m_clock(clock)
{
    m_step = inService() ? Step::Welcome : Step::OutOfService;
}

void PatientFlow::awaitStore()
{
    if (m_store)
        return;
    m_awaitingStore = true;
    if (m_step == Step::OutOfService && inService())
        goTo(Step::Welcome);
}

void PatientFlow::storeOpened(SubmissionSink *store)
{
    m_awaitingStore = false;
    m_store = store;
    if (!inService()) {
        m_startWhenStored.clear();
        if (m_step == Step::Welcome)
            goTo(Step::OutOfService);
        return;
    }
    if (!m_startWhenStored.isEmpty())
        start(std::exchange(m_startWhenStored, {}));
}

QString PatientFlow::privacyNoticeVersion()
{
    // v2: the notice names the reading of the name only where it is asked.
    // v3: it says how to ask for a copy of everything held, or its deletion.
    return QStringLiteral("2026-11-v3");
}

const Question *PatientFlow::question() const
{
    return m_ruleSet && m_step == Step::Question ? m_ruleSet->question(m_questionId) : nullptr;
}

void PatientFlow::setLanguage(const QString &language)
{
    if (language == m_language || !Languages::supported().contains(language))
        return;
    m_language = language;
    emit languageChanged(language);
    emit changed();
}

void PatientFlow::setDefaultLanguage(const QString &language)
{
    if (!Languages::supported().contains(language))
        return;
    m_defaultLanguage = language;
    setLanguage(language);
}

void PatientFlow::goTo(Step step, const QString &questionId)
{
    m_step = step;
    m_questionId = questionId;
    emit changed();
}

void PatientFlow::start(const QString &language)
{
    if (m_step != Step::Welcome)
        return;
    if (m_awaitingStore) {
        m_startWhenStored = language;
        return;
    }
    if (m_ruleSetSource) {
        if (RuleSetPtr next = m_ruleSetSource(); next && next != m_ruleSet)
            m_ruleSet = std::move(next);
    }
    setLanguage(language);
    goTo(Step::Privacy);
}

void PatientFlow::acceptConsent()
{
    if (m_step != Step::Privacy)
        return;
    m_consent = true;
    goTo(Step::Patient);
}

void PatientFlow::declineConsent()
{
    if (m_step != Step::Privacy)
        return;
    forgetPatient();
    goTo(Step::ConsentDeclined);
}

void PatientFlow::setPatientName(const QString &name)
{
    m_patient.name = name;
}

void PatientFlow::setPatientKana(const QString &kana)
{
    m_patient.kana = kana;
}

void PatientFlow::setBirthDate(const QDate &date)
{
    if (date != m_patient.birthDate)
        m_birthDateConfirmed = false;
    m_patient.birthDate = date;
}

int PatientFlow::age() const
{
    const QDate birth = m_patient.birthDate;
    if (!birth.isValid())
        return -1;
    const QDate now = today();
    int years = now.year() - birth.year();
    if (now.month() < birth.month() || (now.month() == birth.month() && now.day() < birth.day()))
        --years;
    return years;
}

bool PatientFlow::birthDateNeedsCheck() const
{
    const int years = age();
    return years >= 0 && (years < kYoungestUsualAge || years > kOldestUsualAge) && !m_birthDateConfirmed;
}

bool PatientFlow::asksKana() const
{
    return m_language == QLatin1String("ja");
}

void PatientFlow::setAnswer(const QString &questionId, const QVariant &value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())
        || (value.typeId() == QMetaType::QStringList && value.toStringList().isEmpty()))
        m_answers.remove(questionId);
    else
        m_answers.insert(questionId, value);
}

QDate PatientFlow::today() const
{
    return m_clock.now().date();
}

QStringList PatientFlow::visibleQuestionIds() const
{
    if (!m_ruleSet)
        return {};
    const QSet<QString> visible = Evaluator(m_ruleSet).visibleQuestions(m_answers, today());
    QStringList ids;
    for (const Question &q : m_ruleSet->questions) {
        if (visible.contains(q.id))
            ids << q.id;
    }
    return ids;
}

QString PatientFlow::birthDateProblem(const QDate &date) const
{
    if (!date.isValid())
        return tr("Please enter your date of birth.");
    if (date > today())
        return tr("The date of birth cannot be in the future. Please check it.");
    if (date.addYears(130) < today())
        return tr("Please check the year of your date of birth.");
    return {};
}

QString PatientFlow::dateProblem(const QDate &date) const
{
    if (!date.isValid())
        return tr("Please enter a date.");
    if (date > today())
        return tr("This date is in the future. Please check it.");
    if (m_patient.birthDate.isValid() && date < m_patient.birthDate)
        return tr("This date is before your date of birth. Please check it.");
    return {};
}

QString PatientFlow::questionProblem(const Question &q) const
{
    const QVariant value = m_answers.value(q.id);
    if (value.isNull())
        return q.required ? (q.type == Question::Type::Date ? tr("Please enter a date.") : tr("Please choose an answer."))
                          : QString();
    if (q.type == Question::Type::Date)
        return dateProblem(value.toDate());
    if (q.type == Question::Type::Text && SubmissionCheck::characters(value.toString()) > SubmissionCheck::kMaxTextLength)
        return tr("This text is too long. Please shorten it to %n characters or fewer.", nullptr,
                  SubmissionCheck::kMaxTextLength);
    return {};
}

QString PatientFlow::problem() const
{
    switch (m_step) {
    case Step::Patient:
        if (m_patient.name.trimmed().isEmpty())
            return tr("Please enter your name.");
        return birthDateProblem(m_patient.birthDate);
    case Step::Question:
        return question() ? questionProblem(*question()) : QString();
    case Step::Review:
        for (const QString &id : visibleQuestionIds()) {
            const QString p = questionProblem(*m_ruleSet->question(id));
            if (!p.isEmpty())
                return p;
        }
        return {};
    case Step::Welcome:
    case Step::Privacy:
    case Step::Thanks:
    case Step::ConsentDeclined:
    case Step::OutOfService:
        break;
    }
    return {};
}

QString PatientFlow::firstUnansweredAfter(int visibleIndex) const
{
    const QStringList visible = visibleQuestionIds();
    for (int i = visibleIndex + 1; i < visible.size(); ++i) {
        if (!questionProblem(*m_ruleSet->question(visible.at(i))).isEmpty())
            return visible.at(i);
    }
    return {};
}

bool PatientFlow::next()
{
    if (!problem().isEmpty())
        return false;
    const QStringList visible = visibleQuestionIds();
    switch (m_step) {
    case Step::Patient:
        if (birthDateNeedsCheck())
            return false;
        if (m_returnToReview && firstUnansweredAfter(-1).isEmpty())
            goTo(Step::Review);
        else
            goTo(Step::Question, visible.value(0));
        return true;
    case Step::Question: {
        const int index = int(visible.indexOf(m_questionId));
        if (m_returnToReview) {
            // Answers already given stand; only a newly shown question needs a visit.
            const QString pending = firstUnansweredAfter(index);
            if (pending.isEmpty())
                goTo(Step::Review);
            else
                goTo(Step::Question, pending);
        } else if (index + 1 < visible.size()) {
            goTo(Step::Question, visible.at(index + 1));
        } else {
            goTo(Step::Review);
        }
        return true;
    }
    case Step::Review:
        return submit();
    case Step::Welcome:
    case Step::Privacy:
    case Step::Thanks:
    case Step::ConsentDeclined:
    case Step::OutOfService:
        break;
    }
    return false;
}

bool PatientFlow::canGoBack() const
{
    return m_step == Step::Privacy || m_step == Step::Patient || m_step == Step::Question || m_step == Step::Review;
}

void PatientFlow::back()
{
    const QStringList visible = visibleQuestionIds();
    switch (m_step) {
    case Step::Privacy:
        reset();
        return;
    case Step::Patient:
        goTo(Step::Privacy);
        return;
    case Step::Question: {
        const int index = int(visible.indexOf(m_questionId));
        if (index > 0)
            goTo(Step::Question, visible.at(index - 1));
        else
            goTo(Step::Patient);
        return;
    }
    case Step::Review:
        m_returnToReview = false;
        m_changedOnReview.reset();
        goTo(Step::Question, visible.value(visible.size() - 1));
        return;
    case Step::Welcome:
    case Step::Thanks:
    case Step::ConsentDeclined:
    case Step::OutOfService:
        return;
    }
}

void PatientFlow::change(const QString &questionId)
{
    if (m_step != Step::Review)
        return;
    m_returnToReview = true;
    m_changedOnReview = questionId;
    if (questionId.isEmpty())
        goTo(Step::Patient);
    else if (visibleQuestionIds().contains(questionId))
        goTo(Step::Question, questionId);
}

PatientFlow::Progress PatientFlow::progress() const
{
    if (!m_ruleSet)
        return {};
    // The patient block, every question of the rule set, then the review:
    // a hidden question is passed over as if answered, so the bar moves
    // on by it rather than the total shrinking or growing.
    const int total = int(m_ruleSet->questions.size()) + 2;
    switch (m_step) {
    case Step::Patient: return {Part::AboutYou, 0, total};
    case Step::Question:
        for (int i = 0; i < m_ruleSet->questions.size(); ++i) {
            if (m_ruleSet->questions.at(i).id == m_questionId)
                return {Part::Questions, i + 1, total};
        }
        return {Part::Questions, 1, total};
    case Step::Review: return {Part::Check, total - 1, total};
    default: return {Part::None, 0, total};
    }
}

bool PatientFlow::submit()
{
    if (m_step != Step::Review || !problem().isEmpty())
        return false;
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.language = m_language;
    s.patient = m_patient;
    s.patient.name = s.patient.name.trimmed();
    s.patient.kana = asksKana() ? s.patient.kana.trimmed() : QString();
    s.submittedAt = m_clock.now();
    s.consent = {m_consent, privacyNoticeVersion()};
    // Answers to questions that later answers hid are not the patient's answers.
    for (const QString &id : visibleQuestionIds()) {
        if (m_answers.contains(id))
            s.answers.insert(id, m_answers.value(id));
    }

    const QStringList problems = SubmissionCheck(m_ruleSet).problems(s);
    QString error = problems.join(u'\n');
    if (problems.isEmpty()) {
        const Evaluation evaluation = Evaluator(m_ruleSet).evaluate(s.answers, s.day());
        if (m_store->deliver(s, evaluation, &error)) {
            // Forgotten before the thank-you shows; the language stays the patient's until it closes.
            forgetPatient();
            goTo(Step::Thanks);
            emit submitted(s.uuid);
            return true;
        }
    }
    // The message goes to the journal: never with what the patient typed.
    emit submitFailed(PrivateLog::withoutPatientText(error, s));
    return false;
}

void PatientFlow::forgetPatient()
{
    m_patient = Patient();
    m_answers.clear();
    m_consent = false;
    m_returnToReview = false;
    m_birthDateConfirmed = false;
    m_changedOnReview.reset();
    emit patientForgotten();
}

void PatientFlow::reset()
{
    forgetPatient();
    setLanguage(m_defaultLanguage);
    goTo(inService() ? Step::Welcome : Step::OutOfService);
}
