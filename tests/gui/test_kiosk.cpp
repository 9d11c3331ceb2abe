// The patient kiosk driven through its real widgets on the offscreen
// platform, whole flows from welcome to thank-you, checked against what the
// store then holds.
#include "clock.h"
#include "database.h"
#include "hostilerules.h"
#include "dateinput.h"
#include "handwritingpad.h"
#include "idlewatch.h"
#include "nameentrypage.h"
#include "kioskstyle.h"
#include "kioskwindow.h"
#include "patientflow.h"
#include "rulesetloader.h"
#include "rulesettext.h"
#include "screens.h"
#include "submissionstore.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QInputMethodEvent>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>

static void type(QWidget *widget, const QString &text);
static QStringList textThatDoesNotFit(QWidget *window, const QString &where);

class TestKiosk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clearCaseInJapanese();
    void declinedCaseShowsNoVerdict();
    void malePatientNeverSeesPregnancyQuestions();
    void idleWipeMidFlow();
    void idleCountdownShowsOverThePad();
    void languageSwitchMidFlowKeepsAnswers();
    void changeFromReview();
    void japaneseEraBirthDate();
    void birthDateInFiveTaps();
    void unusualAgeAsksIfRight();
    void datesInTheFutureAreRefusedAtEntry();
    void noConsentNoQuestions();
    void outOfServiceWhenRulesDoNotLoad();
    void outOfServiceForHostileRules();
    void startTappedWhileTheStoreOpensGoesOn();
    void outOfServiceWhenTheStoreDoesNotOpen();
    void kioskModeIgnoresClose();
    void largerTextSwitch();
    void welcomeGreetsEachInItsOwnGlyphs();
    void headerAndWelcomeNeedNoOtherFont();
    void everyChoiceInViewAndMarked();
    void enterMovesOnFromTheNameFields();
    void errorsGoWhenAnswered();
    void japaneseNameByHandwritingAndKana();
    void noteToTheDoctorByTouch_data();
    void noteToTheDoctorByTouch();
    void chineseNameByHandwriting();
    void noHandwritingWithoutZinnia();
    void englishNameByLetters();
    void everyScreenFits_data();
    void everyScreenFits();
    void problemMarginSteadyAcrossTextSizes();
    void progressNeverGoesBack();
    void saveFailureSendsToReceptionAndLosesNothing();
    void saveFailureLogsNoPatientText();

private:
    // `storeOpensLater`: as the program starts, the store given to the flow
    // only once the first frame is painted (PatientFlow::awaitStore).
    void makeWindow(RuleSetPtr rules, KioskOptions options = {}, bool storeOpensLater = false);
    // A Japanese patient past consent on a kiosk that wipes after 3 s, the last 2 counted down.
    void startWithShortIdle();
    QPushButton *button(const QString &name) const;
    void click(const QString &name);
    void enterPatient(const QString &name, const QString &kana, const QDate &birth);
    void setDate(const QString &inputName, const QDate &date);
    int tapDate(const QString &inputName, const QDate &date);
    void answer(const QString &questionId, const QString &choiceButton);
    void answerUpToAnEarlierTreatment();
    QString heading() const;
    // The window's own error line above the footer (screens have their own).
    QLabel *windowProblem() const;
    QList<StoredSubmission> stored();
    void answerNoToAll();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SubmissionStore> m_store;
    std::unique_ptr<FixedClock> m_clock;
    RuleSetPtr m_rules;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<PatientFlow> m_flow;
    std::unique_ptr<KioskWindow> m_window;
};

void TestKiosk::initTestCase()
{
    // The fonts and sizes the kiosk starts with, so that what fits here fits there.
    KioskStyle::apply(*qApp, KioskStyle::TextSize::Large);
}

void TestKiosk::init()
{
    // The text size is the application's: each test starts as the kiosk does.
    KioskStyle::apply(*qApp, KioskStyle::TextSize::Large);
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone(9 * 3600)));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("k.sqlite")), &error), &error),
             qPrintable(error));
    m_store = std::make_unique<SubmissionStore>(*m_db, *m_clock);
    m_rules = RuleSetLoader::loadFile(TestSupport::defaultRulesPath()).ruleSet;
    QVERIFY(m_rules);
    makeWindow(m_rules);
}

void TestKiosk::cleanup()
{
    m_window.reset();
    m_flow.reset();
    m_translations.reset();
}

void TestKiosk::makeWindow(RuleSetPtr rules, KioskOptions options, bool storeOpensLater)
{
    m_window.reset();
    m_flow.reset();
    m_translations = std::make_unique<Translations>();
    m_flow = std::make_unique<PatientFlow>(rules, storeOpensLater ? nullptr : m_store.get(), *m_clock);
    if (storeOpensLater)
        m_flow->awaitStore();
    m_window = std::make_unique<KioskWindow>(*m_flow, *m_translations, options);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QPushButton *TestKiosk::button(const QString &name) const
{
    return m_window->findChild<QPushButton *>(name);
}

void TestKiosk::click(const QString &name)
{
    QPushButton *b = button(name);
    QVERIFY2(b, qPrintable(QStringLiteral("no button %1 on this screen").arg(name)));
    QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(name));
    QTest::mouseClick(b, Qt::LeftButton);
}

QString TestKiosk::heading() const
{
    const auto *label = m_window->currentScreen()->findChild<QLabel *>(QStringLiteral("heading"));
    return label ? label->text() : QString();
}

QLabel *TestKiosk::windowProblem() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("problem"), Qt::FindDirectChildrenOnly);
}

void TestKiosk::setDate(const QString &inputName, const QDate &date)
{
    tapDate(inputName, date);
}

// Chooses a date as a finger does: the field, then decade, year, month and
// day on the picker's grids. Returns the number of taps.
int TestKiosk::tapDate(const QString &inputName, const QDate &date)
{
    auto *input = m_window->findChild<DateInput *>(inputName);
    if (!input) {
        QTest::qFail(qPrintable(QStringLiteral("no date field %1").arg(inputName)), __FILE__, __LINE__);
        return -1;
    }
    int taps = 0;
    const auto tap = [&](QPushButton *b) {
        if (!b || !b->isVisible() || !b->isEnabled())
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        ++taps;
        return true;
    };
    tap(input->findChild<QPushButton *>(QStringLiteral("dateField")));
    DatePicker *picker = input->picker();
    if (!picker)
        return -1;
    const auto pick = [&](const QString &name) {
        QPushButton *found = nullptr;
        for (QPushButton *b : picker->findChildren<QPushButton *>(name)) {
            if (b->isVisible())
                found = b;
        }
        return found;
    };
    if (QPushButton *decade = pick(QStringLiteral("decade_%1").arg(date.year() / 10 * 10)))
        tap(decade);
    if (!tap(pick(QStringLiteral("year_%1").arg(date.year())))
        || !tap(pick(QStringLiteral("month_%1").arg(date.month())))
        || !tap(pick(QStringLiteral("day_%1").arg(date.day()))))
        return -1;
    QCoreApplication::processEvents();
    return taps;
}

void TestKiosk::enterPatient(const QString &name, const QString &kana, const QDate &birth)
{
    auto *nameEdit = m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(nameEdit);
    type(nameEdit, name);
    if (!kana.isEmpty()) {
        auto *kanaEdit = m_window->findChild<QLineEdit *>(QStringLiteral("kanaEdit"));
        QVERIFY(kanaEdit);
        type(kanaEdit, kana);
    }
    setDate(QStringLiteral("birthDate"), birth);
    click(QStringLiteral("nextButton"));
}

// Answers the question on screen, checking that it is the one expected.
void TestKiosk::answer(const QString &questionId, const QString &choiceButton)
{
    QVERIFY(m_flow->question());
    QCOMPARE(m_flow->question()->id, questionId);
    QCOMPARE(heading(), RuleSetText::translate(*m_rules, m_rules->question(questionId)->text));
    if (!choiceButton.isEmpty())
        click(QStringLiteral("choice_") + choiceButton);
    click(QStringLiteral("nextButton"));
}

// A woman with nothing to report until she says she was treated before;
// leaves the date of that treatment on screen.
void TestKiosk::answerUpToAnEarlierTreatment()
{
    answer(QStringLiteral("sex"), QStringLiteral("female"));
    answer(QStringLiteral("pregnancy"), QStringLiteral("no"));
    answer(QStringLiteral("breastfeeding"), QStringLiteral("no"));
    answer(QStringLiteral("cancer"), QStringLiteral("never"));
    for (const char *id : {"anaphylaxis", "allergy", "chronic_illness", "medication"})
        answer(QString::fromLatin1(id), QStringLiteral("no"));
    answer(QStringLiteral("previous_treatment"), QStringLiteral("yes"));
}

// Latin text is typed key by key; Japanese and Chinese arrive as an input
// method commits them, as they do from the on-screen keyboard.
static void type(QWidget *widget, const QString &text)
{
    QVERIFY(widget);
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

// Where the text of a visible label or button does not fit the room its
// widget gives it, word wrap allowed where the widget wraps: "where: name
// 'text' needs WxH in WxH". Widgets of a page laid over the window are
// checked too; those it hides are not.
static QStringList textThatDoesNotFit(QWidget *window, const QString &where)
{
    QStringList problems;
    const auto report = [&](QWidget *w, const QString &text, const QSize &need, const QSize &room) {
        problems << QStringLiteral("%1: %2 %3 '%4' needs %5x%6 in %7x%8")
                        .arg(where, QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                             text.left(40), QString::number(need.width()), QString::number(need.height()),
                             QString::number(room.width()), QString::number(room.height()));
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->width() <= 0)
            continue;
        // Nothing may reach past the window's right edge (no sideways scrolling on a kiosk).
        const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
        if (inWindow.right() > window->width() + 1 && !qobject_cast<QScrollBar *>(w))
            problems << QStringLiteral("%1: %2 %3 reaches %4 px past the window's edge")
                            .arg(where, QString::fromLatin1(w->metaObject()->className()), w->objectName())
                            .arg(inWindow.right() - window->width());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            if (text.isEmpty())
                continue;
            const QFontMetrics fm(label->font());
            const QRect room = label->contentsRect();
            const QRect need = label->wordWrap()
                ? fm.boundingRect(QRect(0, 0, room.width(), 100000), Qt::TextWordWrap | int(label->alignment()), text)
                : fm.boundingRect(QRect(0, 0, 100000, 100000), int(label->alignment()), text);
            if (need.width() > room.width() + 1 || need.height() > room.height() + 1)
                report(w, text, need.size(), room.size());
        } else if (auto *button = qobject_cast<QPushButton *>(w)) {
            const QString text = button->text();
            if (text.isEmpty())
                continue;
            QStyleOptionButton option;
            option.initFrom(button);
            option.text = text;
            const QRect room = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
            const QFontMetrics fm(button->font());
            const QRect need = fm.boundingRect(QRect(0, 0, 100000, 100000), Qt::AlignLeft, text);
            if (need.width() > room.width() + 1 || need.height() > room.height() + 1)
                report(w, text, need.size(), room.size());
        }
    }
    return problems;
}

QList<StoredSubmission> TestKiosk::stored()
{
    QString error;
    return m_store->forDay(QDate(2026, 11, 25), QTimeZone(9 * 3600), &error);
}

// A woman to whom no rule applies, from the sex question to the review.
void TestKiosk::answerNoToAll()
{
    answer(QStringLiteral("sex"), QStringLiteral("female"));
    answer(QStringLiteral("pregnancy"), QStringLiteral("no"));
    answer(QStringLiteral("breastfeeding"), QStringLiteral("no"));
    answer(QStringLiteral("cancer"), QStringLiteral("never"));
    answer(QStringLiteral("anaphylaxis"), QStringLiteral("no"));
    answer(QStringLiteral("allergy"), QStringLiteral("no"));
    answer(QStringLiteral("chronic_illness"), QStringLiteral("no"));
    answer(QStringLiteral("medication"), QStringLiteral("no"));
    answer(QStringLiteral("previous_treatment"), QStringLiteral("no"));
    answer(QStringLiteral("blood_donation"), QStringLiteral("no"));
    answer(QStringLiteral("notes"), QString());
}

void TestKiosk::clearCaseInJapanese()
{
    click(QStringLiteral("start_ja"));
    QCOMPARE(heading(), QStringLiteral("個人情報の取り扱いについて"));
    click(QStringLiteral("consentAccept"));
    enterPatient(QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1985, 4, 12));
    QCOMPARE(heading(), QStringLiteral("性別を教えてください。"));
    answerNoToAll();
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    QCOMPARE(heading(), QStringLiteral("回答内容のご確認"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("answer_sex"))->text(), QStringLiteral("女性"));
    QCOMPARE(button(QStringLiteral("nextButton"))->text(), QStringLiteral("回答を送信する"));
    QVERIFY(stored().isEmpty());
    click(QStringLiteral("nextButton"));

    QCOMPARE(m_flow->step(), PatientFlow::Step::Thanks);
    QCOMPARE(heading(), QStringLiteral("ありがとうございました"));
    const QList<StoredSubmission> all = stored();
    QCOMPARE(all.size(), 1);
    const Submission &s = all.first().submission;
    QCOMPARE(s.patient.name, QStringLiteral("山田 花子"));
    QCOMPARE(s.patient.kana, QStringLiteral("やまだ はなこ"));
    QCOMPARE(s.patient.birthDate, QDate(1985, 4, 12));
    QCOMPARE(s.language, QStringLiteral("ja"));
    QVERIFY(s.consent.given);
    QCOMPARE(s.consent.noticeVersion, PatientFlow::privacyNoticeVersion());
    QCOMPARE(s.answers.size(), 10);
    QCOMPARE(s.answers.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    QCOMPARE(s.answers.value(QStringLiteral("allergy")).toBool(), false);
    QVERIFY(!s.answers.contains(QStringLiteral("notes")));
    QCOMPARE(all.first().evaluation.outcome, Outcome::Clear);
    // Nothing of this patient is left in the flow once it is saved.
    QVERIFY(m_flow->patient().name.isEmpty());
    QVERIFY(m_flow->answer(QStringLiteral("sex")).isNull());
    click(QStringLiteral("finishButton"));
    QTRY_COMPARE(m_flow->step(), PatientFlow::Step::Welcome);
}

void TestKiosk::declinedCaseShowsNoVerdict()
{
    click(QStringLiteral("start_en"));
    click(QStringLiteral("consentAccept"));
    // English flow: no kana field.
    QVERIFY(!m_window->findChild<QLineEdit *>(QStringLiteral("kanaEdit")));
    enterPatient(QStringLiteral("Jane Smith"), QString(), QDate(1970, 1, 31));
    answer(QStringLiteral("sex"), QStringLiteral("female"));
    answer(QStringLiteral("pregnancy"), QStringLiteral("no"));
    answer(QStringLiteral("breastfeeding"), QStringLiteral("no"));
    answer(QStringLiteral("cancer"), QStringLiteral("current"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("cancer_detail"));
    QTest::keyClicks(m_window->findChild<QPlainTextEdit *>(QStringLiteral("textAnswer")), QStringLiteral("breast, 2024"));
    click(QStringLiteral("nextButton"));
    for (const char *id : {"anaphylaxis", "allergy", "chronic_illness", "medication", "previous_treatment", "blood_donation"})
        answer(QString::fromLatin1(id), QStringLiteral("no"));
    answer(QStringLiteral("notes"), QString());
    click(QStringLiteral("nextButton"));

    QCOMPARE(m_flow->step(), PatientFlow::Step::Thanks);
    const QList<StoredSubmission> all = stored();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().evaluation.outcome, Outcome::Decline);
    QCOMPARE(all.first().evaluation.flags.size(), 1);
    QCOMPARE(all.first().evaluation.flags.first().rule, QStringLiteral("cancer"));
    QCOMPARE(all.first().submission.answers.value(QStringLiteral("cancer_detail")).toString(), QStringLiteral("breast, 2024"));
    QCOMPARE(all.first().submission.language, QStringLiteral("en"));
    // The patient is thanked, never told the outcome.
    QStringList shown;
    for (const QLabel *label : m_window->currentScreen()->findChildren<QLabel *>())
        shown << label->text();
    const QString text = shown.join(u' ');
    QVERIFY(text.contains(QLatin1String("doctor will go through them")));
    for (const char *word : {"decline", "not treat", "cancer", "cannot", "eligible"})
        QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive), word);
}

void TestKiosk::malePatientNeverSeesPregnancyQuestions()
{
    click(QStringLiteral("start_zh_CN"));
    click(QStringLiteral("consentAccept"));
    enterPatient(QStringLiteral("Wang Wei"), QString(), QDate(1960, 6, 1));
    QCOMPARE(heading(), QStringLiteral("请问您的性别是？"));
    answer(QStringLiteral("sex"), QStringLiteral("male"));
    // Straight from sex to cancer: pregnancy and breastfeeding are never shown.
    answer(QStringLiteral("cancer"), QStringLiteral("never"));
    answer(QStringLiteral("anaphylaxis"), QStringLiteral("no"));
    answer(QStringLiteral("allergy"), QStringLiteral("yes"));
    answer(QStringLiteral("allergy_detail"), QString());
    answer(QStringLiteral("chronic_illness"), QStringLiteral("no"));
    answer(QStringLiteral("medication"), QStringLiteral("no"));
    answer(QStringLiteral("previous_treatment"), QStringLiteral("no"));
    answer(QStringLiteral("blood_donation"), QStringLiteral("no"));
    answer(QStringLiteral("notes"), QString());
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    QVERIFY(!button(QStringLiteral("change_pregnancy")));
    QVERIFY(!button(QStringLiteral("change_breastfeeding")));
    click(QStringLiteral("nextButton"));
    const QList<StoredSubmission> all = stored();
    QCOMPARE(all.size(), 1);
    QVERIFY(!all.first().submission.answers.contains(QStringLiteral("pregnancy")));
    QVERIFY(!all.first().submission.answers.contains(QStringLiteral("breastfeeding")));
    QCOMPARE(all.first().evaluation.outcome, Outcome::Review);
    QCOMPARE(all.first().submission.language, QStringLiteral("zh_CN"));
}

void TestKiosk::startWithShortIdle()
{
    KioskOptions options;
    options.idleSeconds = 3;
    options.warningSeconds = 2;
    makeWindow(m_rules, options);
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
}

void TestKiosk::idleWipeMidFlow()
{
    startWithShortIdle();
    enterPatient(QStringLiteral("佐藤 一郎"), QStringLiteral("さとう いちろう"), QDate(1950, 3, 3));
    answer(QStringLiteral("sex"), QStringLiteral("female"));
    click(QStringLiteral("choice_possibly"));
    QCOMPARE(m_flow->answer(QStringLiteral("pregnancy")).toString(), QStringLiteral("possibly"));

    // Time moves on the kiosk's clock; the watch is asked as its timer would.
    auto *banner = m_window->findChild<QFrame *>(QStringLiteral("countdownBanner"));
    auto *idle = m_window->findChild<IdleWatch *>(QStringLiteral("patientIdle"));
    QVERIFY(idle && idle->isActive());
    idle->check();
    QVERIFY(!banner->isVisible()); // 3 s left: no warning yet
    m_clock->advance(1);
    idle->check();
    QVERIFY(banner->isVisible()); // the last 2 s count down
    QVERIFY(banner->findChild<QLabel *>()->text().contains(QStringLiteral("あと2秒で画面の内容を消去します")));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Question);
    m_clock->advance(1);
    idle->check();
    QVERIFY(banner->findChild<QLabel *>()->text().contains(QStringLiteral("あと1秒で画面の内容を消去します")));
    // A touch answers the warning and gives the whole wait back.
    QTest::mouseClick(m_window->currentScreen(), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(!banner->isVisible());
    m_clock->advance(2);
    idle->check();
    QCOMPARE(m_flow->step(), PatientFlow::Step::Question);
    QCOMPARE(m_flow->answer(QStringLiteral("pregnancy")).toString(), QStringLiteral("possibly"));
    // A timer that ran late (a busy tablet) still wipes on the deadline, once.
    m_clock->advance(30);
    idle->check();
    QCOMPARE(m_flow->step(), PatientFlow::Step::Welcome);

    // Nothing of the patient is left: not in the flow, not on any widget, not behind Back.
    QVERIFY(m_flow->patient().name.isEmpty());
    QVERIFY(m_flow->patient().kana.isEmpty());
    QVERIFY(!m_flow->patient().birthDate.isValid());
    QVERIFY(m_flow->answer(QStringLiteral("sex")).isNull());
    QVERIFY(m_flow->answer(QStringLiteral("pregnancy")).isNull());
    QVERIFY(!button(QStringLiteral("backButton"))->isVisible());
    for (const QLineEdit *edit : m_window->findChildren<QLineEdit *>())
        QVERIFY(edit->text().isEmpty());
    for (const QLabel *label : m_window->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QStringLiteral("佐藤")), qPrintable(label->text()));
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text().isEmpty());
    QVERIFY(stored().isEmpty());
}

void TestKiosk::languageSwitchMidFlowKeepsAnswers()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    enterPatient(QStringLiteral("Li Na"), QStringLiteral("り な"), QDate(1990, 2, 14));
    answer(QStringLiteral("sex"), QStringLiteral("female"));
    click(QStringLiteral("choice_no"));
    QCOMPARE(heading(), QStringLiteral("現在妊娠していますか。または、妊娠している可能性はありますか。"));
    click(QStringLiteral("language_zh_CN"));
    QCOMPARE(heading(), QStringLiteral("您目前是否怀孕，或者有怀孕的可能吗？"));
    QVERIFY(button(QStringLiteral("choice_no"))->isChecked());
    QCOMPARE(button(QStringLiteral("nextButton"))->text(), QStringLiteral("下一步"));
    click(QStringLiteral("backButton"));
    QVERIFY(button(QStringLiteral("choice_female"))->isChecked());
    click(QStringLiteral("backButton"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Li Na"));
    click(QStringLiteral("language_en"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Li Na"));
    QCOMPARE(m_flow->patient().birthDate, QDate(1990, 2, 14));
    click(QStringLiteral("nextButton"));
    click(QStringLiteral("nextButton"));
    QCOMPARE(heading(), QStringLiteral("Are you pregnant, or is there a chance that you might be pregnant?"));
    click(QStringLiteral("nextButton"));
    for (const char *id : {"breastfeeding", "cancer"})
        answer(QString::fromLatin1(id), id == QByteArray("cancer") ? QStringLiteral("never") : QStringLiteral("no"));
    for (const char *id : {"anaphylaxis", "allergy", "chronic_illness", "medication", "previous_treatment", "blood_donation"})
        answer(QString::fromLatin1(id), QStringLiteral("no"));
    answer(QStringLiteral("notes"), QString());
    click(QStringLiteral("nextButton"));
    const QList<StoredSubmission> all = stored();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().submission.language, QStringLiteral("en"));
    QCOMPARE(all.first().submission.answers.value(QStringLiteral("pregnancy")).toString(), QStringLiteral("no"));
    // The kana reading belongs to the Japanese flow; the patient finished in English.
    QVERIFY(all.first().submission.patient.kana.isEmpty());
}

void TestKiosk::changeFromReview()
{
    click(QStringLiteral("start_en"));
    click(QStringLiteral("consentAccept"));
    enterPatient(QStringLiteral("Ann Lee"), QString(), QDate(1980, 5, 5));
    answer(QStringLiteral("sex"), QStringLiteral("female"));
    answer(QStringLiteral("pregnancy"), QStringLiteral("no"));
    answer(QStringLiteral("breastfeeding"), QStringLiteral("no"));
    answer(QStringLiteral("cancer"), QStringLiteral("never"));
    for (const char *id : {"anaphylaxis", "allergy", "chronic_illness", "medication", "previous_treatment", "blood_donation"})
        answer(QString::fromLatin1(id), QStringLiteral("no"));
    answer(QStringLiteral("notes"), QString());
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);

    // Saying yes to a previous treatment brings up its two required questions, then the review again.
    click(QStringLiteral("change_previous_treatment"));
    answer(QStringLiteral("previous_treatment"), QStringLiteral("yes"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("previous_date"));
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("previous_date")); // required: refused
    QCOMPARE(windowProblem()->text(), QStringLiteral("Please enter a date."));
    setDate(QStringLiteral("dateAnswer"), QDate(2026, 11, 20));
    // The error goes as soon as the date is there, before Next.
    QVERIFY(windowProblem()->text().isEmpty());
    click(QStringLiteral("nextButton"));
    answer(QStringLiteral("previous_side_effects"), QStringLiteral("rash_itching"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("answer_previous_side_effects"))->text(),
             QStringLiteral("Rash, itching or hives"));
    // Back on the review, the changed answer is in view and marked, not the top of the list.
    const auto inView = [&](const QString &questionId) {
        auto *body = m_window->findChild<QScrollArea *>(QStringLiteral("body"));
        QWidget *row = m_window->findChild<QWidget *>(QStringLiteral("answer_") + questionId);
        const QRect at(row->mapTo(body->viewport(), QPoint(0, 0)), row->size());
        return body->viewport()->rect().contains(at);
    };
    QTRY_VERIFY(inView(QStringLiteral("previous_treatment")));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("answer_previous_treatment"))->property("changed").toBool());
    // The last answer of a long review too: the list scrolls to it.
    QTest::mouseClick(button(QStringLiteral("change_blood_donation")), Qt::LeftButton);
    answer(QStringLiteral("blood_donation"), QStringLiteral("no"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    QTRY_VERIFY(inView(QStringLiteral("blood_donation")));
    QVERIFY(m_window->findChild<QScrollArea *>(QStringLiteral("body"))->verticalScrollBar()->value() > 0);
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("answer_previous_treatment"))->property("changed").toBool());
    click(QStringLiteral("nextButton"));
    const QList<StoredSubmission> all = stored();
    QCOMPARE(all.size(), 1);
    QStringList rules;
    for (const Flag &f : all.first().evaluation.flags)
        rules << f.rule;
    QCOMPARE(rules, (QStringList{"allergic_reaction_before", "interval"}));
    QCOMPARE(all.first().evaluation.outcome, Outcome::Avoid);
}

void TestKiosk::japaneseEraBirthDate()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    auto *input = m_window->findChild<DateInput *>(QStringLiteral("birthDate"));
    QCOMPARE(input->findChild<QPushButton *>(QStringLiteral("dateField"))->text(), QStringLiteral("タッチして日付を選んでください"));
    click(QStringLiteral("dateField"));
    // Each decade and year shows its era years, for those who know their birthday so.
    QCOMPARE(button(QStringLiteral("decade_1950"))->text(), QStringLiteral("1950年代\n昭和25〜34年"));
    QCOMPARE(button(QStringLiteral("decade_1980"))->text(), QStringLiteral("1980年代\n昭和55〜平成元年"));
    click(QStringLiteral("decade_1980"));
    QCOMPARE(button(QStringLiteral("year_1989"))->text(), QStringLiteral("1989年\n昭和64年・平成元年"));
    click(QStringLiteral("year_1989"));
    QCOMPARE(button(QStringLiteral("month_1"))->text(), QStringLiteral("1月"));
    click(QStringLiteral("month_1"));
    click(QStringLiteral("day_7"));
    QCOMPARE(m_flow->patient().birthDate, QDate(1989, 1, 7));
    QTRY_VERIFY(!input->picker());
    QCOMPARE(input->findChild<QPushButton *>(QStringLiteral("dateField"))->text(),
             QStringLiteral("1989年1月7日（昭和64年）  ✎"));
}

void TestKiosk::birthDateInFiveTaps()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    type(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("山田 花子"));
    // Nothing is chosen in advance: the picker opens on decades, none marked.
    click(QStringLiteral("dateField"));
    DatePicker *picker = m_window->findChild<DateInput *>(QStringLiteral("birthDate"))->picker();
    QVERIFY(picker && picker->isVisible());
    QCOMPARE(picker->geometry(), m_window->rect());
    for (QPushButton *b : picker->findChildren<QPushButton *>()) {
        QVERIFY(!b->isChecked());
        if (b->objectName().startsWith(QLatin1String("decade_"))) {
            QVERIFY2(b->height() >= 64 && b->width() >= 150, qPrintable(b->objectName()));
            QVERIFY(picker->rect().contains(QRect(b->mapTo(picker, QPoint(0, 0)), b->size())));
        }
    }
    click(QStringLiteral("pickerCancel"));
    QTRY_VERIFY(!m_window->findChild<DatePicker *>());
    QVERIFY(!m_flow->patient().birthDate.isValid());
    // From the field to a whole date of birth: field, 1950s, 1956, June, 15th.
    const int taps = tapDate(QStringLiteral("birthDate"), QDate(1956, 6, 15));
    QCOMPARE(m_flow->patient().birthDate, QDate(1956, 6, 15));
    QVERIFY2(taps <= 5, qPrintable(QString::number(taps)));
    QCOMPARE(taps, 5);
    qInfo("taps from the field to a 1956 birth date: %d", taps);
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("sex"));
}

void TestKiosk::unusualAgeAsksIfRight()
{
    click(QStringLiteral("start_en"));
    click(QStringLiteral("consentAccept"));
    type(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Amy"));
    // A tap one row off: 2015 instead of 1985.
    setDate(QStringLiteral("birthDate"), QDate(2015, 3, 12));
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Patient);
    auto *check = m_window->findChild<QFrame *>(QStringLiteral("birthDateCheck"));
    QVERIFY(check->isVisible());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("checkText"))->text(),
             QStringLiteral("You were born on 12 March 2015, so you are 11 years old. Is this right?"));
    // "No" opens the picker again; a usual age goes straight on.
    click(QStringLiteral("checkNo"));
    QVERIFY(!check->isVisible());
    QVERIFY(m_window->findChild<DateInput *>(QStringLiteral("birthDate"))->picker());
    click(QStringLiteral("pickerCancel"));
    setDate(QStringLiteral("birthDate"), QDate(1985, 3, 12));
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("sex"));
    // Over 110, confirmed: on it goes, and the confirmation holds on the way back.
    click(QStringLiteral("backButton"));
    setDate(QStringLiteral("birthDate"), QDate(1913, 1, 2));
    click(QStringLiteral("nextButton"));
    QVERIFY(check->isVisible());
    click(QStringLiteral("checkYes"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("sex"));
    click(QStringLiteral("backButton"));
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("sex"));
}

void TestKiosk::datesInTheFutureAreRefusedAtEntry()
{
    click(QStringLiteral("start_en"));
    click(QStringLiteral("consentAccept"));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Amy"));
    // The picker offers no day after today: 26 November and December cannot be tapped.
    click(QStringLiteral("dateField"));
    click(QStringLiteral("decade_2020"));
    QVERIFY(!button(QStringLiteral("year_2027"))->isEnabled());
    click(QStringLiteral("year_2026"));
    QVERIFY(!button(QStringLiteral("month_12"))->isEnabled());
    QCOMPARE(button(QStringLiteral("month_6"))->text(), QStringLiteral("June"));
    click(QStringLiteral("month_11"));
    QVERIFY(!button(QStringLiteral("day_26"))->isEnabled());
    click(QStringLiteral("day_25")); // today is a possible birthday
    QCOMPARE(m_flow->patient().birthDate, QDate(2026, 11, 25));
    setDate(QStringLiteral("birthDate"), QDate(1990, 6, 15));
    click(QStringLiteral("nextButton"));
    answerUpToAnEarlierTreatment();
    // The last treatment: not before the birth date, not after today.
    click(QStringLiteral("dateField"));
    QVERIFY(!button(QStringLiteral("decade_1980")));
    click(QStringLiteral("decade_1990"));
    click(QStringLiteral("year_1990"));
    QVERIFY(!button(QStringLiteral("month_5"))->isEnabled());
    click(QStringLiteral("month_6"));
    QVERIFY(!button(QStringLiteral("day_14"))->isEnabled());
    QVERIFY(button(QStringLiteral("day_15"))->isEnabled());
    click(QStringLiteral("pickerCancel"));
    QTRY_VERIFY(!m_window->findChild<DatePicker *>());
    setDate(QStringLiteral("dateAnswer"), QDate(2026, 11, 1));
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("previous_side_effects"));
    QCOMPARE(m_flow->answer(QStringLiteral("previous_date")).toDate(), QDate(2026, 11, 1));
}

void TestKiosk::noConsentNoQuestions()
{
    click(QStringLiteral("start_zh_CN"));
    click(QStringLiteral("consentDecline"));
    // Not the welcome screen without a word: a notice in the patient's language.
    QCOMPARE(m_flow->step(), PatientFlow::Step::ConsentDeclined);
    QCOMPARE(heading(), QStringLiteral("您输入的内容没有被保存"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("seeReception"))->text(),
             QStringLiteral("请到前台找工作人员。您仍然可以与医生面谈。"));
    QVERIFY(!button(QStringLiteral("nextButton"))->isVisible());
    // The notice is in view without scrolling.
    auto *body = m_window->findChild<QScrollArea *>(QStringLiteral("body"));
    QVERIFY(!body->verticalScrollBar()->isVisible());
    QVERIFY(stored().isEmpty());
    // A tap anywhere returns to the welcome screen.
    QTest::mouseClick(m_window->currentScreen(), Qt::LeftButton, {}, QPoint(20, 20));
    QTRY_COMPARE(m_flow->step(), PatientFlow::Step::Welcome);
    QCOMPARE(m_flow->language(), QStringLiteral("ja"));

    // Left alone, it returns by itself after a few seconds.
    KioskOptions quick;
    quick.declinedSeconds = 1;
    makeWindow(m_rules, quick);
    click(QStringLiteral("start_en"));
    click(QStringLiteral("consentDecline"));
    QCOMPARE(heading(), QStringLiteral("Nothing has been kept"));
    QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), PatientFlow::Step::Welcome, 3000);
    QVERIFY(stored().isEmpty());
}

void TestKiosk::outOfServiceWhenRulesDoNotLoad()
{
    const auto broken = RuleSetLoader::loadFile(TestSupport::dataPath(QStringLiteral("rules/syntax.rules")));
    QVERIFY(!broken.ruleSet);
    makeWindow(broken.ruleSet);
    QCOMPARE(m_flow->step(), PatientFlow::Step::OutOfService);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("outOfService_ja"))->text(),
             QStringLiteral("このタブレットは現在ご利用いただけません。"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("outOfService_en"))->text(),
             QStringLiteral("This tablet is not available at the moment."));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("outOfService_zh_CN"))->text(),
             QStringLiteral("本平板电脑目前暂停使用。"));
    QVERIFY(!button(QStringLiteral("start_ja")));
    QVERIFY(!button(QStringLiteral("nextButton"))->isVisible());
    QVERIFY(!button(QStringLiteral("language_en"))->isVisible());
    m_flow->start(QStringLiteral("ja"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::OutOfService);
}

// The program opens its store after the first frame: the welcome screen is
// there before it, and a start tapped meanwhile is not lost.
void TestKiosk::startTappedWhileTheStoreOpensGoesOn()
{
    makeWindow(m_rules, {}, true);
    QCOMPARE(m_flow->step(), PatientFlow::Step::Welcome);
    QVERIFY(button(QStringLiteral("start_ja"))->isVisible());
    click(QStringLiteral("start_en"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Welcome);
    m_flow->storeOpened(m_store.get());
    QCOMPARE(m_flow->step(), PatientFlow::Step::Privacy);
    QCOMPARE(m_flow->language(), QStringLiteral("en"));
    QVERIFY(button(QStringLiteral("consentAccept"))->isVisible());
    // And the patient's answers reach the store as always.
    click(QStringLiteral("consentAccept"));
    enterPatient(QStringLiteral("Lee Anna"), {}, QDate(1985, 4, 12));
    answerNoToAll();
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Thanks);
    const QList<StoredSubmission> all = stored();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().submission.patient.name, QStringLiteral("Lee Anna"));
    QCOMPARE(all.first().submission.language, QStringLiteral("en"));
}

// A damaged or unreachable store found after the first frame: the welcome
// screen gives way to the out-of-service one, as when it fails at once,
// and a start tapped meanwhile leads nowhere.
void TestKiosk::outOfServiceWhenTheStoreDoesNotOpen()
{
    makeWindow(m_rules, {}, true);
    click(QStringLiteral("start_ja"));
    m_flow->storeOpened(nullptr);
    QCOMPARE(m_flow->step(), PatientFlow::Step::OutOfService);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("outOfService_ja"))->isVisible());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("outOfService_en"))->text(),
             QStringLiteral("This tablet is not available at the moment."));
    QVERIFY(!button(QStringLiteral("start_ja")));
    m_flow->start(QStringLiteral("ja"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::OutOfService);
    m_flow->reset();
    QCOMPARE(m_flow->step(), PatientFlow::Step::OutOfService);
}

// The rule sets that once overflowed the stack at start: read from real
// files, they leave the kiosk out of service, as any broken rule set does.
void TestKiosk::outOfServiceForHostileRules()
{
    QTemporaryDir dir;
    for (const HostileRules::Case &c : HostileRules::cases()) {
        const QString path = dir.filePath(QStringLiteral("hostile.rules"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(c.text) == c.text.size());
        file.close();
        const auto hostile = RuleSetLoader::loadFile(path);
        QVERIFY2(!hostile.ruleSet, c.name);
        QCOMPARE(hostile.errors.size(), 1);
        QCOMPARE(hostile.errors.first().toString(), path + c.expected);
        makeWindow(hostile.ruleSet);
        QCOMPARE(m_flow->step(), PatientFlow::Step::OutOfService);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("outOfService_ja"))->isVisible());
        QVERIFY(!button(QStringLiteral("start_ja")));
    }
}

void TestKiosk::kioskModeIgnoresClose()
{
    KioskOptions options;
    options.fullScreen = true;
    makeWindow(m_rules, options);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
}

void TestKiosk::largerTextSwitch()
{
    click(QStringLiteral("start_en"));
    const int before = m_window->currentScreen()->findChild<QLabel *>(QStringLiteral("heading"))->font().pointSize();
    click(QStringLiteral("textSizeButton"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Privacy);
    const int after = m_window->currentScreen()->findChild<QLabel *>(QStringLiteral("heading"))->font().pointSize();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // The next patient starts at the usual size, all three start buttons in view.
    click(QStringLiteral("consentDecline"));
    click(QStringLiteral("finishButton"));
    QTRY_COMPARE(m_flow->step(), PatientFlow::Step::Welcome);
    QVERIFY(!button(QStringLiteral("textSizeButton"))->isChecked());
    QCOMPARE(QApplication::font().pointSize(), KioskStyle::pointSize(KioskStyle::TextSize::Large));
    const auto inView = [&](const char *language) {
        QPushButton *start = button(QStringLiteral("start_") + QLatin1String(language));
        const QRect inWindow(start->mapTo(m_window.get(), QPoint(0, 0)), start->size());
        return m_window->findChild<QWidget *>(QStringLiteral("body"))->geometry().contains(inWindow);
    };
    // Once the layout has settled (the footer goes away on this screen).
    for (const char *language : {"ja", "en", "zh_CN"})
        QTRY_VERIFY2(inView(language), language);
    // On the welcome screen itself the switch still works.
    click(QStringLiteral("textSizeButton"));
    QVERIFY(button(QStringLiteral("textSizeButton"))->isChecked());
    QCOMPARE(QApplication::font().pointSize(), KioskStyle::pointSize(KioskStyle::TextSize::Larger));
    click(QStringLiteral("textSizeButton"));
}

void TestKiosk::welcomeGreetsEachInItsOwnGlyphs()
{
    // The welcome screen follows the kiosk's language (Japanese here), but
    // the Chinese greeting must not be drawn with Japanese glyph shapes.
    QCOMPARE(m_flow->step(), PatientFlow::Step::Welcome);
    // PreScreen's cut of the font first, the full Noto Sans CJK of the same
    // language after it (test_fonts checks they draw alike).
    const auto family = [&](const QString &name) {
        return m_window->findChild<QWidget *>(name)->font().families().mid(0, 2).join(u',');
    };
    QCOMPARE(family(QStringLiteral("greeting_zh_CN")), QStringLiteral("PreScreen Sans SC,Noto Sans CJK SC"));
    QCOMPARE(family(QStringLiteral("start_zh_CN")), QStringLiteral("PreScreen Sans SC,Noto Sans CJK SC"));
    QCOMPARE(family(QStringLiteral("greeting_ja")), QStringLiteral("PreScreen Sans JP,Noto Sans CJK JP"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("greeting_zh_CN"))->text(),
             QStringLiteral("您好。咨询前，请回答几个关于您健康状况的问题，大约需要五分钟。"));
}

// The header and the welcome screen are drawn without fallback fonts (the
// start skips fontconfig's search for them): a character missing from the
// font of its language would show as an empty box. Every word they hold, in
// each language, hidden ones too (the language buttons show on later
// screens), is checked against the font it is drawn in.
void TestKiosk::headerAndWelcomeNeedNoOtherFont()
{
    for (const QString &language : Languages::supported()) {
        m_flow->setLanguage(language);
        QCOMPARE(m_flow->step(), PatientFlow::Step::Welcome);
        int checked = 0;
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!(widget->font().styleStrategy() & QFont::NoFontMerging))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget))
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            if (text.isEmpty())
                continue;
            const QFontMetrics metrics(widget->font());
            for (const char32_t c : text.toUcs4()) {
                QVERIFY2(QChar::isSpace(c) || metrics.inFontUcs4(c),
                         qPrintable(QStringLiteral("%1 (%2): U+%3 of \"%4\" is not in %5")
                                        .arg(widget->objectName(), language)
                                        .arg(uint(c), 4, 16, QLatin1Char('0'))
                                        .arg(text, widget->font().families().value(0))));
            }
            ++checked;
        }
        // The title, three language buttons, the text size, three greetings
        // and three start buttons.
        QCOMPARE(checked, 11);
    }
}

void TestKiosk::everyChoiceInViewAndMarked()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    type(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("山田 花子"));
    setDate(QStringLiteral("birthDate"), QDate(1958, 4, 12));
    click(QStringLiteral("nextButton"));
    answerUpToAnEarlierTreatment();
    setDate(QStringLiteral("dateAnswer"), QDate(2026, 11, 1));
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("previous_side_effects"));

    // All five choices on screen at once: none hides below the fold.
    auto *body = m_window->findChild<QScrollArea *>(QStringLiteral("body"));
    QVERIFY(!body->verticalScrollBar()->isVisible());
    for (const Choice &c : m_rules->question(QStringLiteral("previous_side_effects"))->choices) {
        QPushButton *b = button(QStringLiteral("choice_") + c.id);
        const QRect inView(b->mapTo(body->viewport(), QPoint(0, 0)), b->size());
        QVERIFY2(body->viewport()->rect().contains(inView), qPrintable(c.id));
        QVERIFY2(b->height() >= 56, qPrintable(QString::number(b->height())));
    }
    // Each carries a box, so "any of these" reads differently from "one of these".
    QCOMPARE(button(QStringLiteral("choice_fatigue"))->text(), QStringLiteral("☐  だるさ・倦怠感"));
    click(QStringLiteral("choice_fatigue"));
    click(QStringLiteral("choice_rash_itching"));
    QCOMPARE(button(QStringLiteral("choice_fatigue"))->text(), QStringLiteral("☑  だるさ・倦怠感"));
    QCOMPARE(m_flow->answer(QStringLiteral("previous_side_effects")).toStringList(),
             (QStringList{"fatigue", "rash_itching"}));
    click(QStringLiteral("choice_none")); // excludes the others
    QCOMPARE(button(QStringLiteral("choice_fatigue"))->text(), QStringLiteral("☐  だるさ・倦怠感"));
    QVERIFY(button(QStringLiteral("choice_none"))->text().startsWith(QStringLiteral("☑")));
    QCOMPARE(m_flow->answer(QStringLiteral("previous_side_effects")).toStringList(), QStringList{"none"});
    // Two or three choices keep their taller buttons.
    click(QStringLiteral("backButton"));
    click(QStringLiteral("backButton"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("previous_treatment"));
    QVERIFY2(button(QStringLiteral("choice_yes"))->height() >= 76, qPrintable(QString::number(button(QStringLiteral("choice_yes"))->height())));
}

void TestKiosk::enterMovesOnFromTheNameFields()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *kana = m_window->findChild<QLineEdit *>(QStringLiteral("kanaEdit"));
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    type(name, QStringLiteral("山田 花子"));
    // The on-screen keyboard's Enter: on to the reading, then off the text
    // fields, which hides the keyboard and shows the date lists and Next.
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(kana->hasFocus());
    type(kana, QStringLiteral("やまだ はなこ"));
    QTest::keyClick(kana, Qt::Key_Return);
    QTRY_VERIFY(!kana->hasFocus());
    QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QCOMPARE(m_flow->patient().name, QStringLiteral("山田 花子"));
    QCOMPARE(m_flow->patient().kana, QStringLiteral("やまだ はなこ"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Patient); // Enter is not Next
}

void TestKiosk::errorsGoWhenAnswered()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    click(QStringLiteral("nextButton"));
    QCOMPARE(windowProblem()->text(), QStringLiteral("お名前を入力してください。"));
    type(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("山田 花子"));
    QVERIFY(windowProblem()->text().isEmpty());
    click(QStringLiteral("nextButton"));
    QCOMPARE(windowProblem()->text(), QStringLiteral("生年月日を入力してください。"));
    setDate(QStringLiteral("birthDate"), QDate(1958, 4, 12));
    QVERIFY(windowProblem()->text().isEmpty());
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("sex"));
    click(QStringLiteral("nextButton"));
    QCOMPARE(windowProblem()->text(), QStringLiteral("回答を選んでください。"));
    click(QStringLiteral("choice_female"));
    QVERIFY(windowProblem()->text().isEmpty());
}

void TestKiosk::progressNeverGoesBack()
{
    click(QStringLiteral("start_en"));
    click(QStringLiteral("consentAccept"));
    auto *bar = m_window->findChild<QProgressBar *>(QStringLiteral("progress"));
    auto *text = m_window->findChild<QLabel *>(QStringLiteral("progressText"));
    QCOMPARE(text->text(), QStringLiteral("Part 1 of 3: About you"));
    const int total = bar->maximum();
    int last = bar->value();
    enterPatient(QStringLiteral("Ann Lee"), QString(), QDate(1980, 5, 5));
    // Answers that open questions (a previous treatment) and close them
    // (male: no pregnancy questions) never change the total or move it back.
    const QList<QPair<QString, QString>> path{{"sex", "male"}, {"cancer", "never"}, {"anaphylaxis", "no"},
                                              {"allergy", "yes"}, {"allergy_detail", ""}, {"chronic_illness", "no"},
                                              {"medication", "no"}, {"previous_treatment", "yes"}};
    for (const auto &[id, choice] : path) {
        QCOMPARE(text->text(), QStringLiteral("Part 2 of 3: Your health"));
        QCOMPARE(bar->maximum(), total);
        QVERIFY2(bar->value() > last, qPrintable(id));
        last = bar->value();
        answer(id, choice);
    }
    setDate(QStringLiteral("dateAnswer"), QDate(2026, 11, 1));
    click(QStringLiteral("nextButton"));
    answer(QStringLiteral("previous_side_effects"), QStringLiteral("none"));
    answer(QStringLiteral("blood_donation"), QStringLiteral("no"));
    answer(QStringLiteral("notes"), QString());
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    QCOMPARE(text->text(), QStringLiteral("Part 3 of 3: Check and send"));
    QCOMPARE(bar->maximum(), total);
    QVERIFY(bar->value() > last);
}

// Writes a recorded character on the open handwriting pad and taps the best
// candidate, as a patient picks hers from the row.
static void writeCharacter(QWidget *window, const QString &strokesFile, const QString &expected)
{
    auto *pad = window->findChild<HandwritingPad *>();
    QVERIFY(pad && pad->isVisible());
    pad->write(TestSupport::readStrokes(strokesFile), QSize(300, 300));
    QVERIFY2(!pad->candidates().isEmpty(), qPrintable(strokesFile));
    QCOMPARE(pad->candidates().first(), expected);
    QTest::mouseClick(pad->findChild<QPushButton *>(QStringLiteral("candidate_0")), Qt::LeftButton);
}

void TestKiosk::japaneseNameByHandwritingAndKana()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    // Nothing is loaded before the pad opens (start-up stays light).
    QVERIFY(!m_window->findChild<HandwritingPad *>());
    click(QStringLiteral("nameEditKeys"));
    auto *page = m_window->findChild<NameEntryPage *>();
    QVERIFY(page && page->isVisible());
    QCOMPARE(page->geometry(), m_window->rect());
    // Handwriting first for a name in kanji; 山 then 田.
    QVERIFY(button(QStringLiteral("mode_handwriting"))->isChecked());
    writeCharacter(m_window.get(), QStringLiteral("handwriting/yama.strokes"), QStringLiteral("山"));
    writeCharacter(m_window.get(), QStringLiteral("handwriting/ta.strokes"), QStringLiteral("田"));
    QCOMPARE(page->text(), QStringLiteral("山田"));
    click(QStringLiteral("nameEntryDone"));
    QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    QCOMPARE(m_flow->patient().name, QStringLiteral("山田"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("山田"));

    // The reading on the 50音 grid: や, ま, た with ゛.
    click(QStringLiteral("kanaEditKeys"));
    QVERIFY(button(QStringLiteral("mode_hiragana"))->isChecked());
    QVERIFY(!button(QStringLiteral("mode_handwriting")));
    for (const char *key : {"kana_や", "kana_ま", "kana_た"})
        click(QString::fromUtf8(key));
    click(QStringLiteral("kana_mark_0")); // ゛
    QCOMPARE(m_window->findChild<NameEntryPage *>()->text(), QStringLiteral("やまだ"));
    click(QStringLiteral("nameEntryDone"));
    QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    QCOMPARE(m_flow->patient().kana, QStringLiteral("やまだ"));

    // A name in kana only is a name: katakana, with a small kana and ー.
    click(QStringLiteral("nameEditKeys"));
    auto *page2 = m_window->findChild<NameEntryPage *>();
    for (int i = 0; i < 2; ++i)
        click(QStringLiteral("nameEntryDelete"));
    QCOMPARE(page2->text(), QString());
    click(QStringLiteral("mode_katakana"));
    for (const char *key : {"kana_し", "kana_よ", "kana_mark_2", "kana_long"})
        click(QString::fromUtf8(key));
    click(QStringLiteral("nameEntrySpace"));
    for (const char *key : {"kana_た", "kana_ろ", "kana_long"})
        click(QString::fromUtf8(key));
    QCOMPARE(page2->text(), QStringLiteral("ショー タロー"));
    click(QStringLiteral("nameEntryDone"));
    QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    setDate(QStringLiteral("birthDate"), QDate(1956, 6, 15));
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("sex"));
    QCOMPARE(m_flow->patient().name, QStringLiteral("ショー タロー"));
}

void TestKiosk::noteToTheDoctorByTouch_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("山ねつ3。");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("王3，");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Fe 3. Fe");
}

// A note on a bare tablet: by hand, on the kana table, with digits and the
// marks of the patient's own script, as a name is written.
void TestKiosk::noteToTheDoctorByTouch()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    click(QStringLiteral("start_") + language);
    click(QStringLiteral("consentAccept"));
    enterPatient(QStringLiteral("Test Patient"), language == QLatin1String("ja") ? QStringLiteral("てすと") : QString(),
                 QDate(1956, 3, 12));
    for (const char *id : {"sex", "pregnancy", "breastfeeding"})
        answer(QString::fromLatin1(id), QString::fromLatin1(id) == QLatin1String("sex") ? QStringLiteral("female") : QStringLiteral("no"));
    answer(QStringLiteral("cancer"), QStringLiteral("never"));
    for (const char *id : {"anaphylaxis", "allergy", "chronic_illness", "medication", "previous_treatment", "blood_donation"})
        answer(QString::fromLatin1(id), QStringLiteral("no"));
    QCOMPARE(m_flow->question()->id, QStringLiteral("notes"));
    click(QStringLiteral("textAnswerKeys"));
    auto *page = m_window->findChild<NameEntryPage *>();
    QVERIFY(page && page->isVisible());
    QCOMPARE(page->geometry(), m_window->rect());
    QVERIFY(button(QStringLiteral("mode_numbers")));
    if (language == QLatin1String("ja")) {
        QVERIFY(button(QStringLiteral("mode_handwriting"))->isChecked());
        writeCharacter(m_window.get(), QStringLiteral("handwriting/yama.strokes"), QStringLiteral("山"));
        click(QStringLiteral("mode_hiragana"));
        for (const char *key : {"kana_ね", "kana_つ"})
            click(QString::fromUtf8(key));
        click(QStringLiteral("mode_numbers"));
        click(QStringLiteral("number_2")); // 3
        click(QStringLiteral("number_20")); // 。
    } else if (language == QLatin1String("zh_CN")) {
        QVERIFY(!button(QStringLiteral("mode_hiragana")));
        writeCharacter(m_window.get(), QStringLiteral("handwriting/wang.strokes"), QStringLiteral("王"));
        click(QStringLiteral("mode_numbers"));
        click(QStringLiteral("number_2"));  // 3
        click(QStringLiteral("number_21")); // ，
    } else {
        QVERIFY(!button(QStringLiteral("mode_handwriting")));
        // A capital at the start of a sentence only, not of every word.
        click(QStringLiteral("latin_F"));
        click(QStringLiteral("latin_E"));
        click(QStringLiteral("nameEntrySpace"));
        click(QStringLiteral("mode_numbers"));
        click(QStringLiteral("number_2")); // 3
        click(QStringLiteral("number_10")); // .
        click(QStringLiteral("nameEntrySpace"));
        click(QStringLiteral("mode_latin"));
        click(QStringLiteral("latin_F"));
        click(QStringLiteral("latin_E"));
    }
    QCOMPARE(page->text(), expected);
    click(QStringLiteral("nameEntryDone"));
    QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    QCOMPARE(m_window->findChild<QPlainTextEdit *>(QStringLiteral("textAnswer"))->toPlainText(), expected);
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Thanks);
    const QList<StoredSubmission> all = stored();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().submission.answers.value(QStringLiteral("notes")).toString(), expected);
}

void TestKiosk::chineseNameByHandwriting()
{
    click(QStringLiteral("start_zh_CN"));
    click(QStringLiteral("consentAccept"));
    click(QStringLiteral("nameEditKeys"));
    // Hanzi by hand or Latin letters; no kana for a Chinese patient.
    QVERIFY(button(QStringLiteral("mode_handwriting"))->isChecked());
    QVERIFY(!button(QStringLiteral("mode_hiragana")));
    QVERIFY(button(QStringLiteral("mode_latin")));
    writeCharacter(m_window.get(), QStringLiteral("handwriting/wang.strokes"), QStringLiteral("王"));
    click(QStringLiteral("nameEntryDone"));
    QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    QCOMPARE(m_flow->patient().name, QStringLiteral("王"));
    // The pad and its model go with the page; leaving the screen leaves nothing behind.
    QVERIFY(!m_window->findChild<HandwritingPad *>());
    click(QStringLiteral("nameEditKeys"));
    QVERIFY(m_window->findChild<HandwritingPad *>());
    click(QStringLiteral("backButton"));
    QVERIFY(!m_window->findChild<NameEntryPage *>());
    QVERIFY(!m_window->findChild<HandwritingPad *>());
}

void TestKiosk::idleCountdownShowsOverThePad()
{
    // The writing pad covers the window and its banner: it counts down too.
    startWithShortIdle();
    click(QStringLiteral("nameEditKeys"));
    click(QStringLiteral("mode_hiragana"));
    click(QStringLiteral("kana_や"));
    auto *pad = m_window->findChild<NameEntryPage *>();
    auto *notice = pad->findChild<QLabel *>(QStringLiteral("padNotice"));
    auto *idle = m_window->findChild<IdleWatch *>(QStringLiteral("patientIdle"));
    idle->check();
    QVERIFY(!notice->isVisible());
    auto *line = pad->findChild<QLineEdit *>(QStringLiteral("nameEntryText"));
    const QPoint lineBefore = line->mapTo(pad, QPoint(0, 0));
    m_clock->advance(1);
    idle->check();
    QVERIFY(notice->isVisible());
    // Over the top of the pad: what is under the finger does not move.
    QCOMPARE(line->mapTo(pad, QPoint(0, 0)), lineBefore);
    QVERIFY(notice->geometry().top() < lineBefore.y());
    QVERIFY2(notice->text().contains(QStringLiteral("あと2秒で画面の内容を消去します")), qPrintable(notice->text()));
    QCOMPARE(notice->text(), m_window->findChild<QFrame *>(QStringLiteral("countdownBanner"))->findChild<QLabel *>()->text());
    // A touch on the pad answers it.
    QTest::mouseClick(pad, Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(!notice->isVisible());
    // Unanswered, the wipe takes the pad and what was written on it.
    m_clock->advance(30);
    idle->check();
    QCOMPARE(m_flow->step(), PatientFlow::Step::Welcome);
    QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    QVERIFY(m_flow->patient().name.isEmpty());
}

void TestKiosk::noHandwritingWithoutZinnia()
{
    // Zinnia is opened when handwriting is first offered: a tablet without
    // it offers the other pads, and the patient still gives a name.
    qputenv("PRESCREEN_ZINNIA_LIBRARY", QTemporaryDir().path().toUtf8() + "/libzinnia.so.0");
    click(QStringLiteral("start_zh_CN"));
    click(QStringLiteral("consentAccept"));
    click(QStringLiteral("nameEditKeys"));
    qunsetenv("PRESCREEN_ZINNIA_LIBRARY");
    QVERIFY(!button(QStringLiteral("mode_handwriting")));
    QVERIFY(!m_window->findChild<HandwritingPad *>());
    QVERIFY(button(QStringLiteral("mode_latin"))->isChecked());
    for (const char *key : {"latin_W", "latin_A", "latin_N", "latin_G"})
        click(QString::fromLatin1(key));
    click(QStringLiteral("nameEntryDone"));
    QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    QCOMPARE(m_flow->patient().name, QStringLiteral("Wang"));
}

void TestKiosk::englishNameByLetters()
{
    click(QStringLiteral("start_en"));
    click(QStringLiteral("consentAccept"));
    QVERIFY(!m_window->findChild<QLineEdit *>(QStringLiteral("kanaEdit")));
    click(QStringLiteral("nameEditKeys"));
    QVERIFY(button(QStringLiteral("mode_latin"))->isChecked());
    QVERIFY(!button(QStringLiteral("mode_handwriting")));
    for (const char *key : {"latin_A", "latin_N", "latin_N"})
        click(QString::fromLatin1(key));
    click(QStringLiteral("nameEntrySpace"));
    for (const char *key : {"latin_L", "latin_E", "latin_E"})
        click(QString::fromLatin1(key));
    QCOMPARE(m_window->findChild<NameEntryPage *>()->text(), QStringLiteral("Ann Lee"));
    // Cancel keeps what was there.
    click(QStringLiteral("nameEntryCancel"));
    QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    QVERIFY(m_flow->patient().name.isEmpty());
}

void TestKiosk::everyScreenFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("larger");
    for (const char *language : {"ja", "en", "zh_CN"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 usual").arg(QLatin1String(language)))) << QString::fromLatin1(language) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 larger").arg(QLatin1String(language)))) << QString::fromLatin1(language) << true;
    }
}

// Every patient screen, page and state, in one language at one text size:
// no text cut, clipped or hidden. Problems are gathered and shown together.
void TestKiosk::everyScreenFits()
{
    QFETCH(QString, language);
    QFETCH(bool, larger);
    QStringList problems;
    const auto check = [&](const QString &where) {
        QCoreApplication::processEvents();
        problems << textThatDoesNotFit(m_window.get(), where);
    };
    // Every answer of the question on screen lies inside the body's visible
    // area as the screen opens, so nothing needs scrolling to be found: the
    // last choice (or the text field, or the date field) is the one at risk.
    const auto answersOutOfView = [&](const QString &where) {
        QStringList outside;
        auto *body = m_window->findChild<QScrollArea *>(QStringLiteral("body"));
        const Question *q = m_flow->question();
        QStringList names;
        for (const Choice &c : q->choices)
            names << QStringLiteral("choice_") + c.id;
        if (q->type == Question::Type::Boolean)
            names << QStringLiteral("choice_yes") << QStringLiteral("choice_no");
        if (q->type == Question::Type::Text)
            names << QStringLiteral("textAnswer");
        if (q->type == Question::Type::Date)
            names << QStringLiteral("dateAnswer");
        if (body->verticalScrollBar()->value() != 0)
            outside << QStringLiteral("%1: the body opens scrolled to %2").arg(where).arg(body->verticalScrollBar()->value());
        for (const QString &name : names) {
            auto *w = m_window->currentScreen()->findChild<QWidget *>(name);
            if (!w || !w->isVisible()) {
                outside << QStringLiteral("%1: %2 missing").arg(where, name);
                continue;
            }
            const QRect inView(w->mapTo(body->viewport(), QPoint(0, 0)), w->size());
            if (!body->viewport()->rect().contains(inView))
                outside << QStringLiteral("%1: %2 at y %3..%4 outside the visible %5 px")
                               .arg(where, name)
                               .arg(inView.top())
                               .arg(inView.bottom())
                               .arg(body->viewport()->height());
        }
        return outside;
    };
    const auto sizeUp = [&] {
        if (larger && !button(QStringLiteral("textSizeButton"))->isChecked())
            click(QStringLiteral("textSizeButton"));
    };
    sizeUp();
    check(QStringLiteral("welcome"));
    click(QStringLiteral("start_") + language);
    check(QStringLiteral("privacy"));
    click(QStringLiteral("consentDecline"));
    check(QStringLiteral("consent declined"));
    click(QStringLiteral("finishButton"));
    QTRY_COMPARE(m_flow->step(), PatientFlow::Step::Welcome);
    sizeUp();
    click(QStringLiteral("start_") + language);
    click(QStringLiteral("consentAccept"));
    click(QStringLiteral("nextButton"));
    check(QStringLiteral("about you, with an error"));
    // The touch keys in every mode this language offers.
    for (const QString &field : {QStringLiteral("nameEditKeys"), QStringLiteral("kanaEditKeys")}) {
        if (!button(field))
            continue;
        click(field);
        for (QPushButton *mode : m_window->findChild<NameEntryPage *>()->findChildren<QPushButton *>()) {
            if (!mode->objectName().startsWith(QLatin1String("mode_")))
                continue;
            QTest::mouseClick(mode, Qt::LeftButton);
            if (auto *pad = m_window->findChild<HandwritingPad *>(); pad && pad->isVisible())
                pad->write(TestSupport::readStrokes(QStringLiteral("handwriting/yama.strokes")), QSize(300, 300));
            check(field + QLatin1Char(' ') + mode->objectName());
        }
        click(QStringLiteral("nameEntryCancel"));
        QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    }
    type(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), language == QLatin1String("en") ? QStringLiteral("Ann Lee") : QStringLiteral("山田 花子"));
    // The date picker at each stage, then the question an unusual age asks.
    click(QStringLiteral("dateField"));
    check(QStringLiteral("birth date: decades"));
    click(QStringLiteral("decade_1980"));
    check(QStringLiteral("birth date: years"));
    click(QStringLiteral("year_1989"));
    check(QStringLiteral("birth date: months"));
    click(QStringLiteral("month_1"));
    check(QStringLiteral("birth date: days"));
    click(QStringLiteral("pickerCancel"));
    setDate(QStringLiteral("birthDate"), QDate(2015, 12, 31));
    click(QStringLiteral("nextButton"));
    check(QStringLiteral("is this age right?"));
    setDate(QStringLiteral("birthDate"), QDate(1956, 6, 15));
    check(QStringLiteral("about you"));
    click(QStringLiteral("nextButton"));
    // Answers that show every question of the rule set.
    const QMap<QString, QString> choices{{"sex", "female"},        {"pregnancy", "no"},        {"breastfeeding", "no"},
                                         {"cancer", "past"},        {"anaphylaxis", "yes"},     {"allergy", "yes"},
                                         {"chronic_illness", "yes"}, {"medication", "yes"},      {"previous_treatment", "yes"},
                                         {"previous_side_effects", "other"}, {"blood_donation", "no"}};
    QSet<QString> seen;
    while (m_flow->step() == PatientFlow::Step::Question) {
        const Question *q = m_flow->question();
        QVERIFY2(!seen.contains(q->id), qPrintable(q->id));
        seen << q->id;
        check(QStringLiteral("question ") + q->id);
        problems << answersOutOfView(QStringLiteral("question ") + q->id);
        if (q->type == Question::Type::Date) {
            click(QStringLiteral("dateField"));
            check(QStringLiteral("question date picker"));
            click(QStringLiteral("pickerCancel"));
            setDate(QStringLiteral("dateAnswer"), QDate(2026, 11, 1));
        } else if (choices.contains(q->id)) {
            click(QStringLiteral("choice_") + choices.value(q->id));
        }
        click(QStringLiteral("nextButton"));
    }
    QCOMPARE(seen.size(), m_rules->questions.size());
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    check(QStringLiteral("review"));
    emit m_window->idleWatch().warning(14);
    check(QStringLiteral("idle warning"));
    emit m_window->idleWatch().resumed();
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Thanks);
    check(QStringLiteral("thanks"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The red message keeps its left margin, lined up with the screen's text,
// however often the text size is switched (it once lost it after a round trip).
void TestKiosk::problemMarginSteadyAcrossTextSizes()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    click(QStringLiteral("nextButton"));
    QVERIFY(!windowProblem()->text().isEmpty());
    const auto textLeft = [&] {
        QCoreApplication::processEvents();
        QLabel *problem = windowProblem();
        return problem->mapTo(m_window.get(), problem->contentsRect().topLeft()).x();
    };
    const auto headingLeft = [&] {
        QLabel *h = m_window->currentScreen()->findChild<QLabel *>(QStringLiteral("heading"));
        return h->mapTo(m_window.get(), h->contentsRect().topLeft()).x();
    };
    const int before = textLeft();
    QVERIFY2(before >= 24, qPrintable(QString::number(before)));
    QCOMPARE(before, headingLeft());
    // The switch redraws the screen (and clears the message): Next asks again.
    for (int round = 0; round < 3; ++round) {
        click(QStringLiteral("textSizeButton"));
        click(QStringLiteral("nextButton"));
        QCOMPARE(windowProblem()->text(), QStringLiteral("お名前を入力してください。"));
        QCOMPARE(textLeft(), before);
        QCOMPARE(headingLeft(), before);
        click(QStringLiteral("textSizeButton"));
        click(QStringLiteral("nextButton"));
        QCOMPARE(windowProblem()->text(), QStringLiteral("お名前を入力してください。"));
        QCOMPARE(textLeft(), before);
        QCOMPARE(headingLeft(), before);
    }
}

QTEST_MAIN(TestKiosk)
// The store refuses the write for real (a trigger another connection put on
// the file): the patient is told in her language to see reception, her
// answers stay on the review, what was stored before stays, and once the
// store takes writes again the same answers are saved once.
void TestKiosk::saveFailureSendsToReceptionAndLosesNothing()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    enterPatient(QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1985, 4, 12));
    answerNoToAll();
    click(QStringLiteral("nextButton"));
    QCOMPARE(stored().size(), 1);
    click(QStringLiteral("finishButton"));
    QTRY_COMPARE(m_flow->step(), PatientFlow::Step::Welcome);

    click(QStringLiteral("start_zh_CN"));
    click(QStringLiteral("consentAccept"));
    enterPatient(QStringLiteral("王 秀英"), QString(), QDate(1956, 2, 29));
    answerNoToAll();
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    Database other;
    QString error;
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("k.sqlite")), &error);
    QVERIFY2(other.open(*url, &error), qPrintable(error));
    QSqlQuery q(other.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_all BEFORE INSERT ON submissions "
                                  "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));

    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    auto *problem = m_window->findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("无法保存您的回答，请告知前台工作人员。"));
    QCOMPARE(m_flow->patient().name, QStringLiteral("王 秀英"));
    QCOMPARE(m_flow->answer(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    const QList<StoredSubmission> before = stored();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().submission.patient.name, QStringLiteral("山田 花子"));

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_all")));
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Thanks);
    const QList<StoredSubmission> after = stored();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.last().submission.patient.name, QStringLiteral("王 秀英"));
    QCOMPARE(after.last().submission.language, QStringLiteral("zh_CN"));
}

namespace {
// Every message Qt would print on stderr (the journal, under the kiosk unit).
QStringList g_logged;
void keepMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logged << QStringLiteral("%1: %2").arg(QLatin1String(context.category ? context.category : "default"), message);
}
} // namespace

void TestKiosk::saveFailureLogsNoPatientText()
{
    click(QStringLiteral("start_ja"));
    click(QStringLiteral("consentAccept"));
    enterPatient(QStringLiteral("王 秀英"), QStringLiteral("おう しゅうえい"), QDate(1956, 2, 29));
    answerNoToAll();
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    Database other;
    QString error;
    QVERIFY2(other.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("k.sqlite")), &error),
                        &error),
             qPrintable(error));
    QSqlQuery q(other.connection());
    // The server's own words when a row is refused quote the row, as
    // PostgreSQL's "Failing row contains (...)" does.
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_all BEFORE INSERT ON submissions BEGIN SELECT RAISE(ABORT, "
                                  "'new row violates check constraint. Failing row contains (王 秀英, おう しゅうえい, "
                                  "1956-02-29, 秀英)'); END")));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    click(QStringLiteral("nextButton"));
    qInstallMessageHandler(previous);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_all")));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Review);
    const QString logged = g_logged.join(QLatin1Char('\n'));
    QVERIFY2(logged.contains(QLatin1String("prescreen.kiosk: submission not saved: "))
                 && logged.contains(QLatin1String("new row violates check constraint. Failing row contains ([patient data], "
                                                  "[patient data], [patient data], [patient data])")),
             qPrintable(logged));
    for (const char *patientText : {"王", "秀英", "しゅうえい", "1956-02-29", "1956"})
        QVERIFY2(!logged.contains(QString::fromUtf8(patientText)), qPrintable(logged));
    // Still the patient's answers, and saved once the store takes them.
    QCOMPARE(m_flow->patient().name, QStringLiteral("王 秀英"));
    click(QStringLiteral("nextButton"));
    QCOMPARE(m_flow->step(), PatientFlow::Step::Thanks);
}

#include "test_kiosk.moc"
