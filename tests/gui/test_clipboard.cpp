// Nothing of a patient or of staff leaves through the clipboard or the X
// primary selection: the real windows, a patient copying before the idle
// wipe and the next one pasting after it, a doctor's copy for the chart and
// sign-out. Run twice: offscreen (clipboard only, within the process) and
// under Xvfb with the xcb platform, where xclip, another X client, tries to
// paste what is left in CLIPBOARD and PRIMARY.
#include "auditlog.h"
#include "clock.h"
#include "idlewatch.h"
#include "database.h"
#include "doctorqueue.h"
#include "evaluation.h"
#include "handwritingpad.h"
#include "kioskstyle.h"
#include "kioskwindow.h"
#include "mainwindow.h"
#include "nameentrypage.h"
#include "patientflow.h"
#include "retention.h"
#include "reviewstore.h"
#include "rulesetloader.h"
#include "staffaccounts.h"
#include "staffwindow.h"
#include "submissionstore.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void patientFieldsOfferNoCopyNoMenuNoPrediction();
    void copiedBeforeTheWipeIsGoneAfter();
    void selectingInAPatientFieldLeavesNoSelection();
    void namePadsKeepNothingAcrossPatients();
    void doctorsCopyGoesAtSignOut();
    // Last: a kiosk's guard stays for the rest of the process.
    void kioskKeepsTheClipboardEmpty();

private:
    void build(bool kiosk = false, int idleSeconds = 90);
    // The patient leaves: the kiosk's clock passes the idle wait.
    void walkAway();
    void click(const QString &name);
    void toNameScreen(const QString &language);
    // What another X client pastes from `selection` ("clipboard" or
    // "primary"), or "" when nothing is held; offscreen, what this process
    // reads.
    QString pasted(const QString &selection);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SubmissionStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffAccounts> m_accounts;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<DoctorQueue> m_queue;
    std::unique_ptr<Retention> m_retention;
    RuleSetPtr m_rules;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<PatientFlow> m_flow;
    std::unique_ptr<MainWindow> m_window;
    KioskWindow *m_kiosk = nullptr;
    StaffWindow *m_staff = nullptr;
};

static bool onX11()
{
    return QGuiApplication::platformName() == QLatin1String("xcb");
}

void TestClipboard::walkAway()
{
    auto *idle = m_window->findChild<IdleWatch *>(QStringLiteral("patientIdle"));
    QVERIFY(idle && idle->isActive());
    m_clock->advance(idle->secondsLeft());
    idle->check();
    QCOMPARE(m_flow->step(), PatientFlow::Step::Welcome);
}

void TestClipboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KioskStyle::apply(*qApp, KioskStyle::TextSize::Large);
    qInfo("platform %s, selection %s", qPrintable(QGuiApplication::platformName()),
          QGuiApplication::clipboard()->supportsSelection() ? "supported" : "not supported");
}

void TestClipboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(Clock::system().now());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY(m_db->open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("c.sqlite")), &error), &error));
    m_store = std::make_unique<SubmissionStore>(*m_db, *m_clock);
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit, *m_clock);
    m_reviews = std::make_unique<ReviewStore>(*m_db, *m_audit, *m_clock);
    m_queue = std::make_unique<DoctorQueue>(*m_store, *m_reviews, *m_db);
    m_retention = std::make_unique<Retention>(*m_db, *m_audit, *m_clock);
    m_rules = RuleSetLoader::loadFile(TestSupport::defaultRulesPath()).ruleSet;
    qputenv("PRESCREEN_TIMEZONE", "Asia/Tokyo");
    QGuiApplication::clipboard()->clear();
}

void TestClipboard::cleanup()
{
    m_window.reset();
    m_flow.reset();
}

void TestClipboard::build(bool kiosk, int idleSeconds)
{
    m_window.reset();
    m_translations = std::make_unique<Translations>();
    m_flow = std::make_unique<PatientFlow>(m_rules, m_store.get(), *m_clock);
    m_flow->setDefaultLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(*m_flow, kiosk);
    KioskOptions options;
    options.fullScreen = kiosk;
    options.idleSeconds = idleSeconds;
    options.warningSeconds = qMin(2, idleSeconds - 1);
    m_kiosk = new KioskWindow(*m_flow, *m_translations, options, m_window->pageHost());
    m_staff = new StaffWindow(StaffServices{*m_accounts, *m_audit, *m_store, *m_reviews, *m_queue, *m_retention, nullptr,
                                            m_rules.get(), *m_clock},
                              300, m_window->pageHost());
    m_staff->setStaffPc(!kiosk);
    m_window->setPages(m_kiosk, m_staff);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestClipboard::click(const QString &name)
{
    auto *button = m_window->findChild<QAbstractButton *>(name);
    QVERIFY2(button && button->isVisible(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestClipboard::toNameScreen(const QString &language)
{
    click(QStringLiteral("start_") + language);
    click(QStringLiteral("consentAccept"));
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit")));
}

QString TestClipboard::pasted(const QString &selection)
{
    if (!onX11()) {
        return QGuiApplication::clipboard()->text(selection == QLatin1String("primary") ? QClipboard::Selection
                                                                                         : QClipboard::Clipboard);
    }
    // This process answers xclip's request: keep its event loop turning.
    QProcess xclip;
    xclip.start(QStringLiteral("xclip"), {QStringLiteral("-o"), QStringLiteral("-selection"), selection});
    if (!xclip.waitForStarted(10000))
        qFatal("xclip did not start (apt install xclip)");
    if (!QTest::qWaitFor([&] { return xclip.state() == QProcess::NotRunning; }, 10000))
        qFatal("xclip did not finish");
    return xclip.exitCode() == 0 ? QString::fromUtf8(xclip.readAllStandardOutput()) : QString();
}

void TestClipboard::patientFieldsOfferNoCopyNoMenuNoPrediction()
{
    build();
    toNameScreen(QStringLiteral("ja"));
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *kana = m_window->findChild<QLineEdit *>(QStringLiteral("kanaEdit"));
    QList<QWidget *> fields{name, kana};
    QTest::keyClicks(name, QStringLiteral("Sato Ichiro"));
    name->selectAll();
    QTest::keySequence(name, QKeySequence::Copy);
    QCOMPARE(pasted(QStringLiteral("clipboard")), QString());
    QTest::keySequence(name, QKeySequence::Cut);
    QCOMPARE(name->text(), QStringLiteral("Sato Ichiro"));
    QCOMPARE(pasted(QStringLiteral("clipboard")), QString());
    // What another program left is not pasted into a patient's field either.
    QGuiApplication::clipboard()->setText(QStringLiteral("someone else"));
    name->end(false);
    QTest::keySequence(name, QKeySequence::Paste);
    QCOMPARE(name->text(), QStringLiteral("Sato Ichiro"));
    // The built-in name pad's field, and a free-text answer.
    click(QStringLiteral("nameEditKeys"));
    fields << m_window->findChild<NameEntryPage *>()->findChild<QLineEdit *>(QStringLiteral("nameEntryText"));
    for (QWidget *field : fields) {
        QVERIFY(field);
        QVERIFY2(field->inputMethodHints().testFlags(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText), qPrintable(field->objectName()));
        QCOMPARE(field->contextMenuPolicy(), Qt::NoContextMenu);
        QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(5, 5), field->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(field, &menu);
        QVERIFY2(!QApplication::activePopupWidget(), qPrintable(field->objectName()));
    }
    click(QStringLiteral("nameEntryCancel"));
    m_flow->setBirthDate(QDate(1960, 5, 5));
    click(QStringLiteral("nextButton"));
    // A woman treated for cancer in the past is asked what it was, in her words.
    for (const char *choice : {"choice_female", "choice_no", "choice_no", "choice_past"}) {
        click(QString::fromLatin1(choice));
        click(QStringLiteral("nextButton"));
    }
    auto *words = m_window->findChild<QPlainTextEdit *>(QStringLiteral("textAnswer"));
    QVERIFY(words);
    QTest::keyClicks(words, QStringLiteral("breast 2015"));
    words->selectAll();
    QTest::keySequence(words, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("someone else"));
    QVERIFY(words->inputMethodHints().testFlags(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText));
    QCOMPARE(words->contextMenuPolicy(), Qt::NoContextMenu);
    QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(5, 5), words->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(words->viewport(), &menu);
    QVERIFY(!QApplication::activePopupWidget());
}

void TestClipboard::copiedBeforeTheWipeIsGoneAfter()
{
    build(false, 3);
    toNameScreen(QStringLiteral("en"));
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(name, QStringLiteral("Ann Lee"));
    QTest::qWait(20); // what the keys did is done
    // However patient A got her name onto the clipboard and the selection
    // (an input method's own copy, a drag elsewhere), it is there now...
    QGuiApplication::clipboard()->setText(name->text());
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(name->text(), QClipboard::Selection);
    QCOMPARE(pasted(QStringLiteral("clipboard")), QStringLiteral("Ann Lee"));
    if (onX11())
        QCOMPARE(pasted(QStringLiteral("primary")), QStringLiteral("Ann Lee"));
    // ...and she walks away: the idle wipe.
    walkAway();
    QCOMPARE(pasted(QStringLiteral("clipboard")), QString());
    QCOMPARE(pasted(QStringLiteral("primary")), QString());
    // Patient B pastes into her own name field: nothing of A's comes.
    toNameScreen(QStringLiteral("en"));
    name = m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    QVERIFY(name->text().isEmpty());
    // A submit and a declined consent forget the patient too.
    QGuiApplication::clipboard()->setText(QStringLiteral("Ann Lee"));
    click(QStringLiteral("backButton"));
    click(QStringLiteral("consentDecline"));
    QCOMPARE(pasted(QStringLiteral("clipboard")), QString());
}

void TestClipboard::selectingInAPatientFieldLeavesNoSelection()
{
    if (!QGuiApplication::clipboard()->supportsSelection())
        QSKIP("this platform has no selection (run under Xvfb: test_clipboard_x11)");
    TestSupport::makeAdmin(*m_accounts);
    build();
    toNameScreen(QStringLiteral("en"));
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(name, QStringLiteral("Ann"));
    // A double click selects the word, which X11 offers as PRIMARY...
    QTest::mouseDClick(name, Qt::LeftButton, {}, QPoint(name->width() / 8, name->height() / 2));
    QCOMPARE(name->selectedText(), QStringLiteral("Ann"));
    // ...given up at once, while the field keeps its selection for the patient.
    QTRY_VERIFY(!QGuiApplication::clipboard()->ownsSelection());
    QCOMPARE(pasted(QStringLiteral("primary")), QString());
    // The staff login field too: a PIN typed there by mistake is not offered.
    m_window->openStaff();
    auto *login = m_window->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    QVERIFY(login && login->isVisible());
    QTest::keyClicks(login, QStringLiteral("482135"));
    QTest::mouseDClick(login, Qt::LeftButton, {}, QPoint(login->width() / 8, login->height() / 2));
    QTRY_VERIFY(!QGuiApplication::clipboard()->ownsSelection());
    QCOMPARE(pasted(QStringLiteral("primary")), QString());
}

void TestClipboard::namePadsKeepNothingAcrossPatients()
{
    build(false, 3);
    toNameScreen(QStringLiteral("ja"));
    click(QStringLiteral("kanaEditKeys"));
    for (const char *key : {"kana_や", "kana_ま"})
        click(QString::fromUtf8(key));
    QCOMPARE(m_window->findChild<NameEntryPage *>()->text(), QStringLiteral("やま"));
    click(QStringLiteral("nameEditKeys"));
    auto *pad = m_window->findChild<HandwritingPad *>();
    QVERIFY(pad);
    pad->write(TestSupport::readStrokes(QStringLiteral("handwriting/yama.strokes")), QSize(300, 300));
    QVERIFY(!pad->candidates().isEmpty());
    // Patient A leaves with the pad open; the wipe takes the pad with her.
    walkAway();
    QTRY_VERIFY(!m_window->findChild<NameEntryPage *>());
    QVERIFY(!m_window->findChild<HandwritingPad *>());
    // Patient B's pads start empty: no text, no candidates, no "recent" row.
    toNameScreen(QStringLiteral("ja"));
    click(QStringLiteral("nameEditKeys"));
    QCOMPARE(m_window->findChild<NameEntryPage *>()->text(), QString());
    pad = m_window->findChild<HandwritingPad *>();
    QVERIFY(pad && pad->candidates().isEmpty());
    click(QStringLiteral("nameEntryCancel"));
    click(QStringLiteral("kanaEditKeys"));
    QCOMPARE(m_window->findChild<NameEntryPage *>()->text(), QString());
}

void TestClipboard::doctorsCopyGoesAtSignOut()
{
    QString error;
    const auto doctor = m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("Dr Sato"), StaffAccount::Role::Doctor,
                                        QStringLiteral("246813"), TestSupport::makeAdmin(*m_accounts), &error);
    QVERIFY2(doctor, qPrintable(error));
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = {QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1980, 1, 1)};
    s.submittedAt = m_clock->now();
    s.consent = {true, QStringLiteral("v1")};
    s.answers = TestSupport::clearAnswers();
    s.answers.insert(QStringLiteral("allergy"), true);
    QVERIFY(m_store->save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error));
    build(); // a staff PC
    m_window->openStaff();
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("loginEdit")), QStringLiteral("dr.sato"));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit")), QStringLiteral("246813"));
    click(QStringLiteral("signInButton"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table);
    // Ctrl+C on a row copies nothing.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 1));
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(pasted(QStringLiteral("clipboard")), QString());
    // The doctor's deliberate copy for the chart does, for the session.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 1)).center());
    click(QStringLiteral("copyForChart"));
    QVERIFY2(pasted(QStringLiteral("clipboard")).contains(QStringLiteral("山田 花子")), qPrintable(pasted(QStringLiteral("clipboard"))));
    click(QStringLiteral("handBackButton"));
    QVERIFY(!m_window->isShowingStaff());
    QCOMPARE(pasted(QStringLiteral("clipboard")), QString());
    QCOMPARE(pasted(QStringLiteral("primary")), QString());
    // The same after the session times out (the sign-out path is one).
}

void TestClipboard::kioskKeepsTheClipboardEmpty()
{
    build(true);
    toNameScreen(QStringLiteral("en"));
    QGuiApplication::clipboard()->setText(QStringLiteral("Ann Lee"));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString());
    QCOMPARE(pasted(QStringLiteral("clipboard")), QString());
    if (QGuiApplication::clipboard()->supportsSelection()) {
        QGuiApplication::clipboard()->setText(QStringLiteral("Ann Lee"), QClipboard::Selection);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(QClipboard::Selection), QString());
        QCOMPARE(pasted(QStringLiteral("primary")), QString());
    }
    // A kiosk has no "Copy for the chart" at all.
    m_window->openStaff();
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("copyForChart")));
}

QTEST_MAIN(TestClipboard)
#include "test_clipboard.moc"
