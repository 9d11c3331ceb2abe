#pragma once

#include "ruleset.h"
#include "submission.h"

#include <QObject>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class Clock;
class SubmissionSink;

// The patient's path through the kiosk, in one place: which screen is shown,
// what has been entered, and where Next and Back lead. The widgets only
// render the current step and report what the patient entered, so the whole
// flow can be read here and tested without a screen.
//
//   Welcome -> Privacy -> Patient -> Question (each shown one) -> Review -> Thanks -> Welcome
//   Privacy -> ConsentDeclined (nothing kept; see reception) -> Welcome
//   OutOfService, when the rule set did not load.
class PatientFlow : public QObject
{
    Q_OBJECT

public:
    enum class Step { Welcome, Privacy, Patient, Question, Review, Thanks, ConsentDeclined, OutOfService };

    // `ruleSet` null means it failed to load: the flow stays out of service.
    PatientFlow(RuleSetPtr ruleSet, SubmissionSink *store, const Clock &clock, QObject *parent = nullptr);

    // The time the flow stamps submissions with; the kiosk's idle wipe counts on it too.
    const Clock &clock() const { return m_clock; }

    Step step() const { return m_step; }
    const RuleSet *ruleSet() const { return m_ruleSet.get(); }
    // The question on screen at Step::Question.
    const Question *question() const;

    QString language() const { return m_language; }
    // Switching language keeps everything entered.
    void setLanguage(const QString &language);
    // The language the welcome screen returns to after each patient.
    void setDefaultLanguage(const QString &language);

    // The version of the privacy notice the patient agrees to; stored with
    // the consent so that a later change of wording is traceable.
    static QString privacyNoticeVersion();

    // Asked as each patient starts, never during one: the rule set the
    // clinic has made active since (null: keep the current one).
    void setRuleSetSource(std::function<RuleSetPtr()> source) { m_ruleSetSource = std::move(source); }
    // The kiosk opens its store once the welcome screen is painted, which
    // needs none: made with no store, awaitStore() shows the welcome screen
    // all the same, and a start tapped before storeOpened() waits for it.
    // storeOpened(nullptr), a store that did not open, puts the kiosk out of
    // service as a missing store at construction does.
    void awaitStore();
    void storeOpened(SubmissionSink *store);
    void start(const QString &language);
    void acceptConsent();
    // Forgets the patient at once and says so (Step::ConsentDeclined).
    void declineConsent();

    const Patient &patient() const { return m_patient; }
    void setPatientName(const QString &name);
    void setPatientKana(const QString &kana);
    void setBirthDate(const QDate &date);
    // An age under 16 or over 110 is more often a slip of the finger than
    // the truth: Next asks "is this right?" until the patient confirms it.
    bool birthDateNeedsCheck() const;
    void confirmBirthDate() { m_birthDateConfirmed = true; }
    int age() const;
    static constexpr int kYoungestUsualAge = 16;
    static constexpr int kOldestUsualAge = 110;
    // The kana reading is asked in the Japanese flow only.
    bool asksKana() const;

    QVariant answer(const QString &questionId) const { return m_answers.value(questionId); }
    // A null value clears the answer.
    void setAnswer(const QString &questionId, const QVariant &value);
    // The shown questions, in order, for the answers so far.
    QStringList visibleQuestionIds() const;

    // Why the patient cannot go on from this step, in their language, or
    // an empty string.
    QString problem() const;
    bool next();
    void back();
    bool canGoBack() const;
    // From the review: show that question, then come back to the review.
    void change(const QString &questionId);
    // On the review: the row the patient last changed ("" for the name and
    // birth date row), to be brought into view; none when nothing was changed.
    std::optional<QString> changedOnReview() const { return m_changedOnReview; }
    // Stores the submission; true and the thank-you step when it is saved.
    bool submit();
    // Forgets everything entered and returns to the welcome screen.
    void reset();

    // Where the patient is, in parts that do not change with the answers:
    // 1 about you, 2 the questions, 3 check and send. `done` of `total`
    // counts in the rule set's file order, so it only grows as the patient
    // goes on, whichever questions the answers show or hide, and the total
    // never changes.
    enum class Part { None, AboutYou, Questions, Check };
    struct Progress
    {
        Part part = Part::None;
        int done = 0;
        int total = 0;
    };
    Progress progress() const;

    // The problem with a date answer for this patient, translated.
    QString dateProblem(const QDate &date) const;
    QString birthDateProblem(const QDate &date) const;
    QDate today() const;

signals:
    // The step, or what it shows, changed: the UI renders again.
    void changed();
    void languageChanged(const QString &language);
    void submitted(const QString &uuid);
    void submitFailed(const QString &error);
    // Everything the patient entered was just forgotten (a wipe, a submit, a
    // declined consent, staff taking the device): what the screens hold of
    // them, the clipboard included, goes too.
    void patientForgotten();

private:
    void goTo(Step step, const QString &questionId = {});
    void forgetPatient();
    bool inService() const { return m_ruleSet && (m_store || m_awaitingStore); }
    QString questionProblem(const Question &q) const;
    QString firstUnansweredAfter(int visibleIndex) const;

    RuleSetPtr m_ruleSet;
    std::function<RuleSetPtr()> m_ruleSetSource;
    SubmissionSink *m_store;
    bool m_awaitingStore = false;
    // The language of a start tapped while the store was still opening.
    QString m_startWhenStored;
    const Clock &m_clock;

    Step m_step = Step::Welcome;
    QString m_questionId;
    QString m_language = QStringLiteral("ja");
    QString m_defaultLanguage = QStringLiteral("ja");
    bool m_consent = false;
    bool m_returnToReview = false;
    bool m_birthDateConfirmed = false;
    std::optional<QString> m_changedOnReview;
    Patient m_patient;
    QVariantMap m_answers;
};
