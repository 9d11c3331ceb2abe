// The staff side driven through its real widgets: first start, sign-in and
// lockout, the session timeout, the doctor's queue and review, accounts.
#include "kioskstyle.h"
#include "auditlog.h"
#include "dailychart.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "elidedcelldelegate.h"
#include "evaluation.h"
#include "changewatch.h"
#include "idlewatch.h"
#include "noticebanner.h"
#include "kioskwindow.h"
#include "mainwindow.h"
#include "patientflow.h"
#include "patientrequestspage.h"
#include "queuemodel.h"
#include "retention.h"
#include "reviewstore.h"
#include "rulesetloader.h"
#include "rulesettext.h"
#include "staffaccounts.h"
#include "staffwindow.h"
#include "submissionstore.h"
#include "testsupport.h"
#include "touchtyping.h"
#include "translations.h"
#include "nameentrypage.h"

#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>
#include <QScrollBar>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QClipboard>
#include <QGuiApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

class TestStaffGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void holdingTheTitleOpensSignIn();
    void firstStartCreatesTheAdmin();
    void kioskNeverOffersTheFirstAdmin();
    void outOfServiceNeverOpensStaff();
    void lockoutAfterFiveFailures();
    void sessionEndsAfterInactivity();
    void doctorReviewsFromTheQueue();
    void queueFollowsNewSubmissions();
    void signInWithEnterAlone();
    void bareTabletTypesByTouch();
    void adminAddsAnAccountByTouch();
    void receptionCannotReview();
    void receptionExportsAndPurges();
    void exportChooserLeavesTheDatabaseAlone();
    void patientRequestWithASecondPerson();
    void deskOnARealDay();
    void returningPatientWithChangesMarked();

private:
    void build(int staffIdleSeconds = 300);
    StaffAccount addAccount(const QString &login, StaffAccount::Role role);
    StoredSubmission submit(const QString &name, const QVariantMap &changes, int minute);
    void signIn(const QString &login, const QString &secret);
    void click(const QString &name);
    QStringList auditActions();

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

// Every cell shows its whole text: no "…", no wrapped line cut off.
static void verifyNoCellCut(QTableWidget *table)
{
    QCoreApplication::processEvents(); // row heights follow the columns' final widths
    const QFontMetrics metrics(table->font());
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            if (!item || item->text().isEmpty())
                continue;
            const QRect cell = table->visualItemRect(item);
            const int room = cell.width() - 2 * margin;
            const QRect need = table->wordWrap()
                ? metrics.boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, item->text())
                : QRect(0, 0, metrics.horizontalAdvance(item->text()), metrics.height());
            QVERIFY2(need.width() <= room && need.height() <= cell.height(),
                     qPrintable(QStringLiteral("\"%1\" needs %2x%3 in a cell of %4x%5")
                                    .arg(item->text()).arg(need.width()).arg(need.height()).arg(room).arg(cell.height())));
        }
    }
}

// What the doctor's list shows in a cell.
static QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

static int rowOf(const QTableView *table, const QString &name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cell(table, row, QueueModel::Name) == name)
            return row;
    }
    return -1;
}

static void clickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, QueueModel::Name);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

void TestStaffGui::initTestCase()
{
    // Records go to a documents folder of the test's own.
    QStandardPaths::setTestModeEnabled(true);
    // The fonts and sizes the application runs with, so that what fits here fits there.
    KioskStyle::apply(*qApp, KioskStyle::TextSize::Large);
}

void TestStaffGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // Now, in the clinic's zone, so that "today" is the day the queue shows.
    m_clock = std::make_unique<FixedClock>(Clock::system().now());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY(m_db->open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("g.sqlite")), &error), &error));
    m_store = std::make_unique<SubmissionStore>(*m_db, *m_clock);
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit, *m_clock);
    m_reviews = std::make_unique<ReviewStore>(*m_db, *m_audit, *m_clock);
    m_queue = std::make_unique<DoctorQueue>(*m_store, *m_reviews, *m_db);
    m_retention = std::make_unique<Retention>(*m_db, *m_audit, *m_clock);
    m_rules = RuleSetLoader::loadFile(TestSupport::defaultRulesPath()).ruleSet;
    qputenv("PRESCREEN_TIMEZONE", "Asia/Tokyo");
}

void TestStaffGui::cleanup()
{
    m_window.reset();
    m_flow.reset();
}

void TestStaffGui::build(int staffIdleSeconds)
{
    m_window.reset();
    m_translations = std::make_unique<Translations>();
    m_flow = std::make_unique<PatientFlow>(m_rules, m_store.get(), *m_clock);
    m_flow->setDefaultLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(*m_flow, false);
    m_kiosk = new KioskWindow(*m_flow, *m_translations, KioskOptions(), m_window->pageHost());
    m_staff = new StaffWindow(StaffServices{*m_accounts, *m_audit, *m_store, *m_reviews, *m_queue, *m_retention, nullptr, m_rules.get(), *m_clock},
                              staffIdleSeconds, m_window->pageHost());
    m_window->setPages(m_kiosk, m_staff);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

StaffAccount TestStaffGui::addAccount(const QString &login, StaffAccount::Role role)
{
    QString error;
    const auto account = m_accounts->add(login, login.toUpper(), role, QStringLiteral("246813"), TestSupport::makeAdmin(*m_accounts), &error);
    if (!account)
        qFatal("%s", qPrintable(error));
    return *account;
}

StoredSubmission TestStaffGui::submit(const QString &name, const QVariantMap &changes, int minute)
{
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = {name, QString(), QDate(1980, 1, 1)};
    s.submittedAt = m_clock->now().addSecs(-3600 + minute * 60);
    if (s.submittedAt.toTimeZone(QTimeZone("Asia/Tokyo")).date() != m_clock->now().toTimeZone(QTimeZone("Asia/Tokyo")).date())
        s.submittedAt = m_clock->now();
    s.consent = {true, QStringLiteral("v1")};
    s.answers = TestSupport::clearAnswers();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        s.answers.insert(it.key(), it.value());
    QString error;
    const auto stored = m_store->save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error);
    if (!stored)
        qFatal("%s", qPrintable(error));
    return *stored;
}

void TestStaffGui::click(const QString &name)
{
    auto *button = m_window->findChild<QAbstractButton *>(name);
    QVERIFY2(button && button->isVisible(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestStaffGui::signIn(const QString &login, const QString &secret)
{
    auto *loginEdit = m_window->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    QVERIFY(loginEdit);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit")), secret);
    click(QStringLiteral("signInButton"));
}

QStringList TestStaffGui::auditActions()
{
    QString error;
    QStringList actions;
    for (const AuditEntry &e : m_audit->entries(&error))
        actions << e.actor + u':' + e.action;
    return actions;
}

void TestStaffGui::holdingTheTitleOpensSignIn()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    build();
    m_flow->start(QStringLiteral("en"));
    m_flow->acceptConsent();
    m_flow->setPatientName(QStringLiteral("Half Filled"));
    auto *title = m_kiosk->findChild<QLabel *>(QStringLiteral("title"));
    // A tap does nothing; holding for three seconds opens the staff sign-in.
    QTest::mouseClick(title, Qt::LeftButton);
    QVERIFY(!m_window->isShowingStaff());
    QTest::mousePress(title, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingStaff(), KioskWindow::kStaffHoldMs + 2000);
    QTest::mouseRelease(title, Qt::LeftButton);
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("loginEdit")));
    // The patient's half-filled form is gone, not waiting behind the staff screens.
    QVERIFY(m_flow->patient().name.isEmpty());
    QCOMPARE(m_flow->step(), PatientFlow::Step::Welcome);
    click(QStringLiteral("cancelSignIn"));
    QVERIFY(!m_window->isShowingStaff());
}

void TestStaffGui::firstStartCreatesTheAdmin()
{
    build();
    m_staff->setFirstAdminAllowed(true); // a staff PC, not started with --kiosk
    m_window->openStaff();
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("newLogin")));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("newLogin")), QStringLiteral("admin"));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("newName")), QStringLiteral("Clinic Admin"));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("newSecret")), QStringLiteral("9753"));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("newSecretAgain")), QStringLiteral("9753"));
    click(QStringLiteral("createAdmin"));
    QString error;
    QVERIFY(m_accounts->isEmpty(&error)); // too short, and the screen says why
    QCOMPARE(m_staff->findChild<QLabel *>(QStringLiteral("problem"))->text(),
             QStringLiteral("An administrator's password needs at least 8 characters: it opens every record and every account."));
    for (const char *name : {"newSecret", "newSecretAgain"}) {
        m_window->findChild<QLineEdit *>(QLatin1String(name))->clear();
        QTest::keyClicks(m_window->findChild<QLineEdit *>(QLatin1String(name)),
                         QLatin1String(name) == QLatin1String("newSecret") ? QStringLiteral("9753-clinic")
                                                                            : QStringLiteral("9753-clinix"));
    }
    click(QStringLiteral("createAdmin"));
    QVERIFY(m_accounts->isEmpty(&error)); // the passwords differed
    m_window->findChild<QLineEdit *>(QStringLiteral("newSecretAgain"))->clear();
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("newSecretAgain")), QStringLiteral("9753-clinic"));
    click(QStringLiteral("createAdmin"));
    QVERIFY(!m_accounts->isEmpty(&error));
    QVERIFY(m_staff->notice()->isVisible() && m_staff->notice()->isSuccess());
    QCOMPARE(m_staff->notice()->text(), QStringLiteral("✓ Administrator account created. Sign in with it."));

    signIn(QStringLiteral("admin"), QStringLiteral("9753-clinic"));
    QVERIFY(m_window->findChild<QTableWidget *>(QStringLiteral("accountsTable")));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("addLogin")), QStringLiteral("dr.tanaka"));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("addName")), QStringLiteral("Dr Tanaka"));
    m_window->findChild<QComboBox *>(QStringLiteral("addRole"))->setCurrentIndex(0);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("addSecret")), QStringLiteral("1357"));
    // The confirmation must not move the page under the finger: the table
    // stays where it was while the banner shows and after it goes.
    auto *accountsTable = m_window->findChild<QTableWidget *>(QStringLiteral("accountsTable"));
    const QPoint tableBefore = accountsTable->mapTo(m_window.get(), QPoint(0, 0));
    click(QStringLiteral("addAccount"));
    QVERIFY(m_staff->notice()->isVisible() && !m_staff->notice()->isSuccess());
    QCOMPARE(m_staff->notice()->text(),
             QStringLiteral("⚠ A PIN needs at least 6 digits: a shorter one can be guessed in minutes from a copy of the database."));
    // The refused PIN is gone from its field: the next try starts empty.
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("addSecret"))->text().isEmpty());
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("addSecret")), QStringLiteral("135790"));
    click(QStringLiteral("addAccount"));
    QVERIFY(m_staff->notice()->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(accountsTable->mapTo(m_window.get(), QPoint(0, 0)), tableBefore);
    QVERIFY(m_staff->notice()->geometry().top() >= m_window->findChild<QWidget *>(QStringLiteral("header"))->geometry().bottom());
    const auto accounts = m_accounts->all(&error);
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(1).login, QStringLiteral("dr.tanaka"));
    QCOMPARE(accounts.at(1).role, StaffAccount::Role::Doctor);
    QCOMPARE(m_staff->notice()->text(), QStringLiteral("✓ Account dr.tanaka added as Doctor."));
    QVERIFY(m_staff->notice()->isSuccess());
    QCOMPARE(m_window->findChild<QTableWidget *>(QStringLiteral("accountsTable"))->rowCount(), 2);
    // The whole page, to Reset PIN, fits the tablet's 800 pixels: no scrolling.
    QVERIFY(!m_window->findChild<QScrollArea *>(QStringLiteral("staffBody"))->verticalScrollBar()->isVisible());
    verifyNoCellCut(m_window->findChild<QTableWidget *>(QStringLiteral("accountsTable")));
    QCOMPARE(auditActions(), (QStringList{"admin:account_add", "admin:sign_in", "admin:account_add"}));
}

void TestStaffGui::kioskNeverOffersTheFirstAdmin()
{
    build(); // as under --kiosk: the first administrator is not allowed here
    m_window->openStaff();
    QVERIFY(m_window->isShowingStaff());
    QVERIFY(!m_window->findChild<QLineEdit *>(QStringLiteral("newLogin")));
    QVERIFY(!m_window->findChild<QLineEdit *>(QStringLiteral("loginEdit")));
    QVERIFY(m_staff->findChild<QLabel *>(QStringLiteral("help"))->text().contains(QStringLiteral("prescreen admin create")));
    click(QStringLiteral("cancelSignIn"));
    QVERIFY(!m_window->isShowingStaff());
    QString error;
    QVERIFY(m_accounts->isEmpty(&error));
}

void TestStaffGui::outOfServiceNeverOpensStaff()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    m_rules.reset(); // a rule set that did not load: the kiosk is out of service
    build();
    m_flow->reset();
    QCOMPARE(m_flow->step(), PatientFlow::Step::OutOfService);
    QTest::keyClick(m_kiosk, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    auto *title = m_kiosk->findChild<QLabel *>(QStringLiteral("title"));
    QTest::mousePress(title, Qt::LeftButton);
    QTest::qWait(KioskWindow::kStaffHoldMs + 500);
    QTest::mouseRelease(title, Qt::LeftButton);
    m_window->openStaff();
    QVERIFY(!m_window->isShowingStaff());
    QVERIFY(!m_window->findChild<QLineEdit *>(QStringLiteral("loginEdit")));
    m_rules = RuleSetLoader::loadFile(TestSupport::defaultRulesPath()).ruleSet;
}

void TestStaffGui::lockoutAfterFiveFailures()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    build();
    m_window->openStaff();
    for (int i = 0; i < 4; ++i) {
        signIn(i % 2 ? QStringLiteral("dr.sato") : QStringLiteral("nobody"), QStringLiteral("000000"));
        QCOMPARE(m_staff->findChild<QLabel *>(QStringLiteral("problem"))->text(),
                 QStringLiteral("The login or the PIN is not right. Please try again."));
    }
    signIn(QStringLiteral("dr.sato"), QStringLiteral("000000"));
    QCOMPARE(m_staff->findChild<QLabel *>(QStringLiteral("problem"))->text(),
             QStringLiteral("Too many wrong attempts on this device. Please wait 30 seconds before trying again."));
    signIn(QStringLiteral("dr.sato"), QStringLiteral("246813"));
    QVERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("loginEdit"))); // still at sign-in
    QVERIFY(!m_staff->account());
    m_clock->advance(31);
    signIn(QStringLiteral("dr.sato"), QStringLiteral("246813"));
    QVERIFY(m_staff->account());
    QVERIFY(m_window->findChild<QTableView *>(QStringLiteral("queueTable")));
}

void TestStaffGui::sessionEndsAfterInactivity()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    build(2);
    m_window->openStaff();
    signIn(QStringLiteral("dr.sato"), QStringLiteral("246813"));
    QVERIFY(m_staff->account());
    auto *idle = m_window->findChild<IdleWatch *>(QStringLiteral("staffIdle"));
    QVERIFY(idle && idle->isActive());
    m_clock->advance(1);
    idle->check();
    QVERIFY(m_staff->account());
    m_clock->advance(1);
    idle->check();
    QVERIFY(!m_window->isShowingStaff());
    QVERIFY(!m_staff->account());
    QCOMPARE(m_flow->step(), PatientFlow::Step::Welcome);
    // The page is deleted once control returns to the event loop.
    QTRY_VERIFY(!m_window->findChild<QTableView *>(QStringLiteral("queueTable")));
    QCOMPARE(auditActions().last(), QStringLiteral("dr.sato:sign_out"));
    QString error;
    QCOMPARE(m_audit->entries(&error).last().detail, QStringLiteral("inactivity"));
}

void TestStaffGui::doctorReviewsFromTheQueue()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    submit(QStringLiteral("Clear Patient"), {}, 0);
    const StoredSubmission allergy = submit(QStringLiteral("Allergy Patient"), {{QStringLiteral("allergy"), true}}, 1);
    const StoredSubmission anaphylaxis =
        submit(QStringLiteral("Anaphylaxis Patient"), {{QStringLiteral("anaphylaxis"), true}, {QStringLiteral("allergy"), true},
                                                        {QStringLiteral("allergy_detail"), QStringLiteral("Wasp sting, 2001")}}, 2);
    build();
    m_window->openStaff();
    signIn(QStringLiteral("dr.sato"), QStringLiteral("246813"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(cell(table, 0, QueueModel::Name), QStringLiteral("Anaphylaxis Patient"));
    QCOMPARE(cell(table, 1, QueueModel::Name), QStringLiteral("Allergy Patient"));
    QCOMPARE(cell(table, 2, QueueModel::Name), QStringLiteral("Clear Patient"));
    QCOMPARE(cell(table, 0, QueueModel::Result), QStringLiteral("Avoid (doctor may overrule)"));
    // What was flagged, most serious first, without opening the row.
    QCOMPARE(cell(table, 0, QueueModel::Flagged), QStringLiteral("Anaphylaxis or severe allergy, Allergy"));
    QCOMPARE(cell(table, 1, QueueModel::Flagged), QStringLiteral("Allergy"));
    QCOMPARE(cell(table, 2, QueueModel::Flagged), QString());
    QCOMPARE(cell(table, 0, QueueModel::Decision), QStringLiteral("Not reviewed"));

    clickRow(table, 0);
    auto *flag = m_window->findChild<QLabel *>(QStringLiteral("flag_anaphylaxis"));
    QVERIFY(flag);
    QVERIFY(flag->text().contains(QStringLiteral("Have you ever had anaphylaxis or a severe allergic reaction? → Yes")));
    QVERIFY(flag->text().contains(m_rules->rule(QStringLiteral("anaphylaxis"))->reason));
    QVERIFY(flag->text().contains(QStringLiteral("Article: People who should avoid exosome therapy › People with severe allergies")));
    // What the patient wrote about it stands with the flag, once, under the most serious.
    QVERIFY2(flag->text().contains(QStringLiteral("Please tell us what you are allergic to and what happened. → Wasp sting, 2001")),
             qPrintable(flag->text()));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("flag_allergy")));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("flag_allergy"))->text().contains(QStringLiteral("Wasp")));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("answer_allergy_detail")));
    // Answers that fired no rule come after the flagged ones.
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("answer_cancer"))->text(), QStringLiteral("No, never"));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("answer_anaphylaxis")));

    click(QStringLiteral("decision_proceed"));
    click(QStringLiteral("saveReview"));
    QCOMPARE(m_staff->findChild<QLabel *>(QStringLiteral("problem"))->text(),
             QStringLiteral("Proceeding despite this result needs a note that says why."));
    QString error;
    QVERIFY(m_reviews->history(anaphylaxis.id, &error).isEmpty());
    QTest::keyClicks(m_window->findChild<QPlainTextEdit *>(QStringLiteral("reviewNote")),
                     QStringLiteral("Reaction to a wasp sting in 2001; allergist cleared."));
    click(QStringLiteral("saveReview"));

    table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table && table->isVisible());
    // Reviewed, it moves below the ones still to review, with its decision;
    // the doctor's place is now the next patient.
    QCOMPARE(cell(table, 2, QueueModel::Name), QStringLiteral("Anaphylaxis Patient"));
    QCOMPARE(cell(table, 2, QueueModel::Decision), QStringLiteral("Proceed to counselling (DR.SATO)"));
    QCOMPARE(cell(table, 0, QueueModel::Name), QStringLiteral("Allergy Patient"));
    QCOMPARE(table->currentIndex().row(), 0);
    const QList<Review> history = m_reviews->history(anaphylaxis.id, &error);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().reviewerLogin, QStringLiteral("dr.sato"));
    QCOMPARE(history.first().note, QStringLiteral("Reaction to a wasp sting in 2001; allergist cleared."));
    QStringList actions = auditActions();
    QCOMPARE(actions.mid(actions.size() - 3), (QStringList{"dr.sato:sign_in", "dr.sato:view", "dr.sato:review"}));
    QCOMPARE(m_audit->entries(&error).last().submissionUuid, anaphylaxis.submission.uuid);
    Q_UNUSED(allergy);

    click(QStringLiteral("handBackButton"));
    QVERIFY(!m_window->isShowingStaff());
    QCOMPARE(auditActions().last(), QStringLiteral("dr.sato:sign_out"));
}

void TestStaffGui::queueFollowsNewSubmissions()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    submit(QStringLiteral("First"), {}, 0);
    build();
    m_translations->load(QStringLiteral("ja")); // staff screens in the kiosk's language
    m_window->openStaff();
    signIn(QStringLiteral("dr.sato"), QStringLiteral("246813"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    // As if from another kiosk: written straight to the store.
    submit(QStringLiteral("Second, pregnant"), {{QStringLiteral("pregnancy"), QStringLiteral("yes")}}, 5);
    // The list's change watch polls every two seconds; the test polls now.
    auto *changes = m_window->findChild<ChangeWatch *>();
    QVERIFY(changes);
    changes->poll();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(cell(table, 0, QueueModel::Name), QStringLiteral("Second, pregnant"));
    QCOMPARE(cell(table, 0, QueueModel::Flagged), QStringLiteral("妊娠中"));
    QCOMPARE(table->model()->headerData(QueueModel::Flagged, Qt::Horizontal).toString(), QStringLiteral("該当項目"));
    // In Japanese the flags, which say why a row is red, get more room than
    // the name (the name once took it all and the flags broke every few characters).
    const QHeaderView *header = table->horizontalHeader();
    QVERIFY2(header->sectionSize(QueueModel::Flagged) > header->sectionSize(QueueModel::Name),
             qPrintable(QStringLiteral("%1 <= %2").arg(header->sectionSize(QueueModel::Flagged)).arg(header->sectionSize(QueueModel::Name))));
    // The day's calendar speaks the screens' language too (it was English).
    QCalendarWidget *calendar = m_window->findChild<QDateEdit *>(QStringLiteral("dayChoice"))->calendarWidget();
    QCOMPARE(calendar->locale().language(), QLocale::Japanese);
    QCOMPARE(calendar->locale().standaloneMonthName(11), QStringLiteral("11月"));
}

void TestStaffGui::signInWithEnterAlone()
{
    // On the tablet the on-screen keyboard covers the buttons: Enter must do.
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    build();
    m_window->openStaff();
    auto *login = m_window->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    QTRY_VERIFY(login->hasFocus());
    QTest::keyClicks(login, QStringLiteral("dr.sato"));
    QTest::keyClick(login, Qt::Key_Return);
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QTRY_VERIFY(secret->hasFocus());
    QTest::keyClicks(secret, QStringLiteral("246813"));
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY(m_window->findChild<QTableView *>(QStringLiteral("queueTable")));
    QCOMPARE(auditActions().last(), QStringLiteral("dr.sato:sign_in"));
}

// A kiosk tablet with no keyboard and no input method: every staff field is
// written through PreScreen's own pads, opened by a tap on the field.
void TestStaffGui::bareTabletTypesByTouch()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    submit(QStringLiteral("Anaphylaxis Patient"), {{QStringLiteral("anaphylaxis"), true}, {QStringLiteral("allergy"), true}}, 0);
    build();
    new TouchTyping(m_window.get(), [] { return QStringLiteral("en"); });
    const auto pad = [this] { return m_window->findChild<NameEntryPage *>(); };
    const auto heading = [&pad] { return pad()->findChild<QLabel *>(QStringLiteral("heading"))->text(); };
    const auto padText = [&pad] { return pad()->findChild<QLineEdit *>(QStringLiteral("nameEntryText")); };
    const auto tap = [this](const QStringList &keys) {
        for (const QString &key : keys)
            click(key);
    };

    m_window->openStaff();
    auto *login = m_window->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    QTest::mouseClick(login, Qt::LeftButton);
    QVERIFY(pad() && pad()->isVisible());
    QCOMPARE(heading(), QStringLiteral("Login"));
    // A login is small letters: they come first, with digits beside them.
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("smallLatinKeyboard"))->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("mode_keypad"))->isVisible());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("mode_latin")));
    tap({"small_d", "small_r", "small_28", "small_s", "small_a", "small_t", "small_o"});
    QCOMPARE(padText()->text(), QStringLiteral("dr.sato"));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("nameEntrySpace"))->isVisible()); // a login has none
    click(QStringLiteral("nameEntryDone"));
    QCOMPARE(login->text(), QStringLiteral("dr.sato"));

    // Done moves on to the PIN, as Enter does, and its pad opens by itself:
    // a phone's keypad first, shown as dots on the pad as in the field; Done
    // signs in.
    QTRY_COMPARE(heading(), QStringLiteral("PIN or password"));
    QCOMPARE(padText()->echoMode(), QLineEdit::Password);
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("keypad"))->isVisible());
    tap({"pin_1", "pin_3", "pin_5", "pin_7", "pin_0", "pin_2"});
    QCOMPARE(padText()->text(), QStringLiteral("246813"));
    click(QStringLiteral("nameEntryDone"));
    QTRY_VERIFY(m_window->findChild<QTableView *>(QStringLiteral("queueTable")));
    QCOMPARE(auditActions().last(), QStringLiteral("dr.sato:sign_in"));
    QTRY_VERIFY(!pad());

    // The doctor's note: capitals as shown, small letters, digits.
    clickRow(m_window->findChild<QTableView *>(QStringLiteral("queueTable")), 0);
    click(QStringLiteral("decision_proceed"));
    auto *note = m_window->findChild<QPlainTextEdit *>(QStringLiteral("reviewNote"));
    QTest::mouseClick(note->viewport(), Qt::LeftButton);
    QCOMPARE(heading(), note->placeholderText());
    click(QStringLiteral("mode_latin"));
    tap({"latin_O", "latin_K"});
    click(QStringLiteral("nameEntrySpace"));
    click(QStringLiteral("mode_small"));
    tap({"small_b", "small_y"});
    click(QStringLiteral("nameEntrySpace"));
    click(QStringLiteral("mode_numbers"));
    tap({"number_1", "number_8", "number_9", "number_0"});
    click(QStringLiteral("nameEntryDone"));
    QCOMPARE(note->toPlainText(), QStringLiteral("OK by 2901"));
    click(QStringLiteral("saveReview"));
    QString error;
    const QList<QueueEntry> day = m_queue->search(QStringLiteral("Anaphylaxis"), &error);
    QCOMPARE(day.size(), 1);
    QCOMPARE(m_reviews->history(day.first().stored.id, &error).first().note, QStringLiteral("OK by 2901"));

    // Where a keyboard is attached after all, it types on the pad, and its
    // Enter is Done: the search runs.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    QCoreApplication::processEvents(); // the queue is shown, and its page takes the focus, before a finger comes
    QTest::mouseClick(search, Qt::LeftButton);
    QTRY_VERIFY(padText()->hasFocus());
    QTest::keyClicks(padText(), QStringLiteral("Anaphylaxis"));
    QTest::keyClick(padText(), Qt::Key_Return);
    QCOMPARE(search->text(), QStringLiteral("Anaphylaxis"));
    QTRY_VERIFY(!pad());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, QueueModel::Name), QStringLiteral("Anaphylaxis Patient"));

    // Cancel leaves the field as it was.
    QTest::mouseClick(search, Qt::LeftButton);
    click(QStringLiteral("nameEntryDelete"));
    click(QStringLiteral("nameEntryCancel"));
    QCOMPARE(search->text(), QStringLiteral("Anaphylaxis"));
    QTRY_VERIFY(!pad());

    // In Japanese a name is searched in kana or by hand; a login stays letters.
    QList<NameEntryPage::Mode> japanese = TouchTyping::modesFor(search, QStringLiteral("ja"));
    japanese.removeAll(NameEntryPage::Mode::Handwriting); // where a model is installed
    QCOMPARE(japanese, (QList<NameEntryPage::Mode>{NameEntryPage::Mode::Hiragana, NameEntryPage::Mode::Katakana,
                                                   NameEntryPage::Mode::SmallLatin, NameEntryPage::Mode::Latin,
                                                   NameEntryPage::Mode::Numbers}));
    QLineEdit loginField; // as the accounts page makes one
    loginField.setInputMethodHints(Qt::ImhPreferLowercase);
    QCOMPARE(TouchTyping::modesFor(&loginField, QStringLiteral("ja")),
             (QList<NameEntryPage::Mode>{NameEntryPage::Mode::SmallLatin, NameEntryPage::Mode::Keypad}));

    // A patient's field opens her own pad, the one its "Write by touch" opens.
    click(QStringLiteral("handBackButton"));
    m_flow->start(QStringLiteral("en"));
    m_flow->acceptConsent();
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTRY_VERIFY(name && name->isVisible());
    QTest::mouseClick(name, Qt::LeftButton);
    QVERIFY(pad() && pad()->isVisible());
    QCOMPARE(heading(), QStringLiteral("Your full name"));
    tap({"latin_A", "latin_N", "latin_N"});
    click(QStringLiteral("nameEntryDone"));
    QCOMPARE(m_flow->patient().name, QStringLiteral("Ann"));
}

void TestStaffGui::adminAddsAnAccountByTouch()
{
    TestSupport::makeAdmin(*m_accounts);
    build();
    new TouchTyping(m_window.get(), [] { return QStringLiteral("en"); });
    m_window->openStaff();
    signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("addLogin")));
    const auto pad = [this] { return m_window->findChild<NameEntryPage *>(); };
    const auto heading = [&pad] { return pad()->findChild<QLabel *>(QStringLiteral("heading"))->text(); };
    const auto tap = [this](const QStringList &keys) {
        for (const QString &key : keys)
            click(key);
    };
    // Login, then the name's pad opens from its Done; after the name the
    // page shows again, with the role in view, before the password's pad.
    QTest::mouseClick(m_window->findChild<QLineEdit *>(QStringLiteral("addLogin")), Qt::LeftButton);
    QCOMPARE(heading(), QStringLiteral("Login"));
    tap({"small_u", "small_k", "small_e"});
    click(QStringLiteral("nameEntryDone"));
    QTRY_COMPARE(heading(), QStringLiteral("Name"));
    click(QStringLiteral("mode_latin"));
    tap({"latin_U", "latin_K", "latin_E"});
    click(QStringLiteral("nameEntryDone"));
    QTRY_VERIFY(!pad());
    auto *role = m_window->findChild<QComboBox *>(QStringLiteral("addRole"));
    QVERIFY(role->isVisible() && role->hasFocus());
    role->setCurrentIndex(role->findData(QStringLiteral("staff")));
    QTest::mouseClick(m_window->findChild<QLineEdit *>(QStringLiteral("addSecret")), Qt::LeftButton);
    QCOMPARE(heading(), QStringLiteral("PIN or password"));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("nameEntrySpace"))->isVisible());
    // A password with a capital and the marks a button would take for its
    // own ("&" marks a shortcut there).
    click(QStringLiteral("mode_latin"));
    tap({"latin_K"});
    click(QStringLiteral("mode_small"));
    tap({"small_o", "small_b", "small_e"});
    click(QStringLiteral("mode_symbols"));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("symbol_5"))->text(), QStringLiteral("&&")); // drawn as "&"
    tap({"symbol_5", "symbol_2"});
    click(QStringLiteral("mode_keypad"));
    tap({"pin_1", "pin_2", "pin_3"});
    QCOMPARE(pad()->text(), QStringLiteral("Kobe&#234"));
    click(QStringLiteral("nameEntryDone"));
    QTRY_VERIFY(!pad());
    const StaffAccounts::SignIn added = m_accounts->signIn(QStringLiteral("uke"), QStringLiteral("Kobe&#234"));
    QCOMPARE(added.result, StaffAccounts::SignIn::Result::SignedIn);
    QCOMPARE(added.account->displayName, QStringLiteral("UKE"));
    QCOMPARE(added.account->role, StaffAccount::Role::Staff);
    // The role is said with the account, where the administrator looks.
    QCOMPARE(m_staff->notice()->text(), QStringLiteral("✓ Account uke added as Reception."));
}

void TestStaffGui::receptionCannotReview()
{
    addAccount(QStringLiteral("reception"), StaffAccount::Role::Staff);
    submit(QStringLiteral("Someone"), {{QStringLiteral("allergy"), true}}, 0);
    build();
    m_window->openStaff();
    signIn(QStringLiteral("reception"), QStringLiteral("246813"));
    // Reception starts on its own page; the list is one touch away.
    QVERIFY(m_staff->findChild<QLabel *>(QStringLiteral("todayCounts")));
    click(QStringLiteral("queueButton"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table);
    clickRow(table, 0);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("flag_allergy")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("saveReview")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("decision_proceed")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("accountsButton"))->isVisible());
}

void TestStaffGui::receptionExportsAndPurges()
{
    qputenv("PRESCREEN_RETENTION_DAYS", "30");
    addAccount(QStringLiteral("reception"), StaffAccount::Role::Staff);
    submit(QStringLiteral("Today One"), {{QStringLiteral("allergy"), true}}, 0);
    submit(QStringLiteral("Today Two"), {{QStringLiteral("cancer"), QStringLiteral("current")}}, 1);
    qputenv("PRESCREEN_EXPORT_DIR", QFile::encodeName(m_dir->filePath(QStringLiteral("exports"))));
    qputenv("PRESCREEN_MEDIA_ROOTS", QFile::encodeName(m_dir->filePath(QStringLiteral("no-media"))));
    Submission old;
    old.language = QStringLiteral("en");
    old.patient = {QStringLiteral("Long Ago"), QString(), QDate(1950, 1, 1)};
    old.submittedAt = m_clock->now().addDays(-45);
    old.consent = {true, QStringLiteral("v1")};
    old.answers = TestSupport::clearAnswers();
    QString error;
    QVERIFY(m_store->save(old, Evaluator(m_rules).evaluate(old.answers, old.day()), &error));
    build();
    m_window->openStaff();
    signIn(QStringLiteral("reception"), QStringLiteral("246813"));

    const auto countText = [&](const char *outcome) {
        return m_staff->findChild<QLabel *>(QStringLiteral("todayCount_") + QLatin1String(outcome))->text();
    };
    QCOMPARE(countText("decline"), QStringLiteral("Decline (clinic policy): 1"));
    QCOMPARE(countText("avoid"), QStringLiteral("Avoid (doctor may overrule): 0"));
    QCOMPARE(countText("review"), QStringLiteral("Review: 1"));
    QCOMPARE(countText("clear"), QStringLiteral("No flags: 0"));
    QCOMPARE(m_staff->findChild<QLabel *>(QStringLiteral("todayCounts"))->text(), QStringLiteral("Reviews pending: 2"));
    const auto *chart = m_staff->findChild<DailyChart *>(QStringLiteral("dailyChart"));
    QCOMPARE(chart->counts().size(), 30);
    const QDate clinicToday = m_clock->now().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    QCOMPARE(chart->counts().value(clinicToday).value(Outcome::Decline), 1);

    // The exports folder (made when missing), chosen from a list.
    const QString exports = m_dir->filePath(QStringLiteral("exports"));
    auto *target = m_staff->findChild<QLabel *>(QStringLiteral("exportTarget"));
    // The workbook by default, in the clinic's language.
    QCOMPARE(target->text(), QStringLiteral("The next export goes to %1/prescreen-%2.xlsx").arg(exports, clinicToday.toString(Qt::ISODate)));
    QCOMPARE(m_staff->findChild<QComboBox *>(QStringLiteral("exportLanguage"))->currentData().toString(), QStringLiteral("ja"));
    QVERIFY(!m_staff->findChild<QLineEdit *>(QStringLiteral("exportPath"))); // no path to type, no "Choose…"
    QVERIFY(!m_staff->findChild<QPushButton *>(QStringLiteral("choosePath")));
    auto *result = m_staff->findChild<QLabel *>(QStringLiteral("exportResult"));
    QVERIFY(!result->isVisible());
    // On a 1280x800 screen the Export button and the room for its result are
    // in view as the page opens, without scrolling.
    auto *exportButton = m_staff->findChild<QPushButton *>(QStringLiteral("exportButton"));
    QScrollArea *scroll = nullptr;
    for (QWidget *w = exportButton; w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea *>(w);
    QVERIFY(scroll);
    QCOMPARE(m_window->size(), QSize(1280, 800));
    const int buttonBottom = exportButton->mapTo(scroll->viewport(), QPoint(0, exportButton->height())).y();
    QVERIFY2(buttonBottom + 60 <= scroll->viewport()->height(),
             qPrintable(QStringLiteral("%1 of %2").arg(buttonBottom).arg(scroll->viewport()->height())));
    // The mouse wheel over a list not clicked into scrolls the page and
    // leaves the format alone.
    auto *format = m_staff->findChild<QComboBox *>(QStringLiteral("exportFormat"));
    QVERIFY(!format->hasFocus());
    const QPoint inFormat = format->rect().center();
    QWheelEvent wheel(inFormat, format->mapToGlobal(inFormat), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(format, &wheel);
    QCOMPARE(format->currentData().toString(), QStringLiteral("xlsx"));
    QVERIFY2(scroll->verticalScrollBar()->value() > 0, qPrintable(QStringLiteral("range %1").arg(scroll->verticalScrollBar()->maximum())));
    scroll->verticalScrollBar()->setValue(0);
    format->setCurrentIndex(2); // PDF
    const QString out = exports + QStringLiteral("/prescreen-%1.pdf").arg(clinicToday.toString(Qt::ISODate));
    QCOMPARE(target->text(), QStringLiteral("The next export goes to ") + out);
    click(QStringLiteral("exportButton"));
    QVERIFY(TestSupport::readFile(out).startsWith("%PDF-"));
    QCOMPARE(auditActions().last(), QStringLiteral("reception:export"));
    // The result right under the Export button, calm for success...
    QVERIFY(result->isVisible());
    QCOMPARE(result->property("state").toString(), QStringLiteral("success"));
    QVERIFY2(result->text().contains(out), qPrintable(result->text()));
    auto *button = m_staff->findChild<QPushButton *>(QStringLiteral("exportButton"));
    const int below = result->mapTo(m_staff, QPoint(0, 0)).y() - button->mapTo(m_staff, QPoint(0, button->height())).y();
    QVERIFY2(below >= 0 && below < 40, qPrintable(QString::number(below)));
    // A second export of the day never replaces the first.
    QCOMPARE(target->text(), QStringLiteral("The next export goes to %1/prescreen-%2-2.pdf").arg(exports, clinicToday.toString(Qt::ISODate)));
    click(QStringLiteral("exportButton"));
    QVERIFY(QFileInfo::exists(exports + QStringLiteral("/prescreen-%1-2.pdf").arg(clinicToday.toString(Qt::ISODate))));
    // ...and red when the export cannot be written (a file where the exports folder was).
    QVERIFY(QDir(exports).removeRecursively());
    QVERIFY(QFile(exports).open(QIODevice::WriteOnly));
    click(QStringLiteral("exportButton"));
    QVERIFY(QFile::remove(exports));
    QCOMPARE(result->property("state").toString(), QStringLiteral("error"));
    QVERIFY2(result->text().startsWith(QStringLiteral("The export failed: the file could not be written. Nothing was written.\n(")),
             qPrintable(result->text()));
    QVERIFY(result->styleSheet().contains(QStringLiteral("#8b0000")));

    click(QStringLiteral("purgeButton"));
    QCOMPARE(m_store->count(&error), 3); // the first press only asks
    QVERIFY(m_staff->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("Press again")));
    click(QStringLiteral("purgeButton"));
    QCOMPARE(m_store->count(&error), 2);
    QCOMPARE(auditActions().last(), QStringLiteral("reception:purge"));
    qunsetenv("PRESCREEN_RETENTION_DAYS");
    qunsetenv("PRESCREEN_EXPORT_DIR");
    qunsetenv("PRESCREEN_MEDIA_ROOTS");
}

// What another process's SQLite reader sees (python3's sqlite3): the number
// of submissions; and whether the store's -wal is still there after it.
static int countFromAnotherProcess(const QString &database)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), QStringLiteral("import sqlite3, sys\n"
                                                       "c = sqlite3.connect(sys.argv[1])\n"
                                                       "print(c.execute('SELECT COUNT(*) FROM submissions').fetchone()[0])\n"
                                                       "c.close()\n"),
                  database});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        qFatal("python3 sqlite3: %s", python.readAllStandardError().constData());
    return python.readAllStandardOutput().trimmed().toInt();
}

// Reception chooses where an export goes from a list, pointed here at the
// database's own folder, with a USB stick beside it. Nothing in this process
// opens the database file but SQLite: a file dialog did, which dropped
// SQLite's locks, so that another reader removed the -wal and later writes
// were lost.
void TestStaffGui::exportChooserLeavesTheDatabaseAlone()
{
    addAccount(QStringLiteral("reception"), StaffAccount::Role::Staff);
    for (int i = 0; i < 5; ++i)
        submit(QStringLiteral("Before %1").arg(i), {}, i);
    const QString database = m_dir->filePath(QStringLiteral("g.sqlite"));
    const QString wal = database + QStringLiteral("-wal");
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("media/KINGSTON"))));
    qputenv("PRESCREEN_EXPORT_DIR", QFile::encodeName(m_dir->path()));
    qputenv("PRESCREEN_MEDIA_ROOTS", QFile::encodeName(m_dir->filePath(QStringLiteral("media"))));
    build();
    m_window->openStaff();
    signIn(QStringLiteral("reception"), QStringLiteral("246813"));
    auto *places = m_staff->findChild<QComboBox *>(QStringLiteral("exportDestination"));
    QCOMPARE(places->count(), 2);
    QCOMPARE(places->itemText(0), QStringLiteral("Exports folder (%1)").arg(QDir(m_dir->path()).dirName()));
    QCOMPARE(places->itemData(0, Qt::ToolTipRole).toString(), m_dir->path());
    QCOMPARE(places->itemText(1), QStringLiteral("USB stick or card: KINGSTON"));
    // A stick put in later is found when asked; one taken out goes.
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("media/SD_CARD"))));
    click(QStringLiteral("findDestinations"));
    QCOMPARE(places->count(), 3);
    QCOMPARE(places->itemText(2), QStringLiteral("USB stick or card: SD_CARD"));
    places->setCurrentIndex(1);
    QVERIFY(m_staff->findChild<QLabel *>(QStringLiteral("exportTarget"))->text().contains(QStringLiteral("/media/KINGSTON/prescreen-")));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("media/KINGSTON"))).removeRecursively());
    click(QStringLiteral("exportButton"));
    QCOMPARE(m_staff->findChild<QLabel *>(QStringLiteral("exportResult"))->text(),
             QStringLiteral("The export failed: KINGSTON is no longer there; put the medium back in or choose another place"));
    // The stick is no longer offered, nor named as where the next export goes.
    QCOMPARE(places->count(), 2);
    QVERIFY2(!m_staff->findChild<QLabel *>(QStringLiteral("exportTarget"))->text().contains(QStringLiteral("KINGSTON")),
             qPrintable(m_staff->findChild<QLabel *>(QStringLiteral("exportTarget"))->text()));
    // The database's folder: the export lands beside the store.
    places->setCurrentIndex(0);
    click(QStringLiteral("exportButton"));
    QCOMPARE(m_staff->findChild<QLabel *>(QStringLiteral("exportResult"))->property("state").toString(), QStringLiteral("success"));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("prescreen-*.xlsx")}).size(), 1);
    QVERIFY(QFileInfo::exists(wal));

    // Another process reads and closes while this one holds the store open:
    // SQLite's locks say it is not the last, so it leaves the -wal alone...
    QCOMPARE(countFromAnotherProcess(database), 5);
    QVERIFY2(QFileInfo::exists(wal), "the other reader removed the -wal: this process's locks were dropped");
    // ...and what this process writes next is in the file for everyone.
    for (int i = 0; i < 3; ++i)
        submit(QStringLiteral("After %1").arg(i), {}, 10 + i);
    QCOMPARE(countFromAnotherProcess(database), 8);
    m_window.reset();
    m_db.reset(); // the last connection: checkpointed into the file
    QCOMPARE(countFromAnotherProcess(database), 8);
    qunsetenv("PRESCREEN_EXPORT_DIR");
    qunsetenv("PRESCREEN_MEDIA_ROOTS");
}

// The make-day tool's realistic day stored through the real `prescreen submit`.
static void makeDay(const QString &db, const QDate &day, int count, int seed, const QString &out)
{
    QProcess tool;
    tool.start(QStringLiteral("python3"), {TestSupport::dataPath(QStringLiteral("../tools/make-day.py")),
                                           QStringLiteral("--date"), day.toString(Qt::ISODate),
                                           QStringLiteral("--count"), QString::number(count),
                                           QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--out"), out,
                                           QStringLiteral("--submit"), QStringLiteral(PRESCREEN_EXECUTABLE),
                                           QStringLiteral("--db"), db});
    QVERIFY(tool.waitForFinished(300000));
    QVERIFY2(tool.exitCode() == 0, tool.readAllStandardError().constData());
}

// Inside the window as the doctor sees it, not scrolled away or covered.
static void verifyInView(QWidget *widget, QWidget *window)
{
    QVERIFY2(widget && widget->isVisible(), widget ? qPrintable(widget->objectName()) : "missing");
    const QRect where(widget->mapTo(window, QPoint(0, 0)), widget->size());
    QVERIFY2(window->rect().contains(where), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside the window")
                                                            .arg(widget->objectName()).arg(where.x()).arg(where.y())
                                                            .arg(where.width()).arg(where.height())));
}

void TestStaffGui::deskOnARealDay()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    // The desk at the end of yesterday's clinic day (the tool's days run
    // 09:00 to 18:00, and `prescreen submit` refuses times to come).
    const QTimeZone tokyo("Asia/Tokyo");
    const QDate today = Clock::system().now().toTimeZone(tokyo).date().addDays(-1);
    m_clock->set(QDateTime(today, QTime(19, 0), tokyo));
    const QString db = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("g.sqlite"));
    makeDay(db, today, 150, 1, m_dir->filePath(QStringLiteral("today")));
    makeDay(db, today.addDays(-1), 40, 2, m_dir->filePath(QStringLiteral("yesterday")));
    const QString longName = QStringLiteral("Maximiliana Theodora Alexandrina Garcia-Lopez de Santisteban");
    QCOMPARE(longName.size(), 60);
    submit(longName, {{QStringLiteral("medication"), true}, {QStringLiteral("chronic_illness"), true},
                      {QStringLiteral("allergy"), true}}, 0);
    build();
    m_window->openStaff();
    signIn(QStringLiteral("dr.sato"), QStringLiteral("246813"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), 151);
    auto *model = qobject_cast<QueueModel *>(table->model());

    // Every column on screen; the flags never narrower than their longest title.
    const QHeaderView *header = table->horizontalHeader();
    QVERIFY2(header->length() <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
    const QFontMetrics metrics(table->font());
    for (const Rule &r : m_rules->rules) {
        const QString title = RuleSetText::flagTitle(m_rules.get(), Flag{r.id, r.level, {}, r.title, {}, {}});
        for (const QString &word : title.split(u' '))
            QVERIFY2(header->sectionSize(QueueModel::Flagged) >= metrics.horizontalAdvance(word), qPrintable(word));
    }
    // The 60-character name elides in its cell and shows whole on demand.
    const int longRow = rowOf(table, longName);
    QVERIFY(longRow >= 0);
    const QModelIndex nameCell = model->index(longRow, QueueModel::Name);
    QVERIFY(metrics.horizontalAdvance(longName) > 2 * header->sectionSize(QueueModel::Name));
    QCOMPARE(nameCell.data(Qt::ToolTipRole).toString(), longName);
    QCOMPARE(table->rowHeight(longRow), table->rowHeight(0));
    // Its three flags do not fit two lines: the second ends in "…", each
    // line fits the column, and the whole list is the tooltip.
    const QModelIndex flagCell = model->index(longRow, QueueModel::Flagged);
    const QString flags = flagCell.data().toString();
    QVERIFY2(flags.count(QStringLiteral(", ")) >= 2, qPrintable(flags));
    QCOMPARE(flagCell.data(Qt::ToolTipRole).toString(), flags);
    for (const QModelIndex &index : {flagCell, nameCell}) {
        const QStringList drawn = ElidedCellDelegate::drawnLines(table, index);
        QCOMPARE(drawn.size(), 2);
        QVERIFY2(drawn.last().endsWith(QStringLiteral("…")), qPrintable(drawn.join(u'|')));
        QVERIFY2(index.data().toString().startsWith(drawn.first()), qPrintable(drawn.first()));
        for (const QString &line : drawn)
            QVERIFY2(metrics.horizontalAdvance(line) <= table->visualRect(index).width(), qPrintable(line));
    }

    // Pending ones first, by seriousness; the first row is the most serious.
    QVERIFY(model->entry(0).stored.evaluation.outcome >= model->entry(150).stored.evaluation.outcome);
    clickRow(table, longRow);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("patientName"))->text(), longName);

    // The decision without scrolling: the bar is in the window as it opens.
    for (const char *name : {"decision_proceed", "decision_needs_information", "decision_do_not_treat", "reviewNote", "saveReview"})
        verifyInView(m_window->findChild<QWidget *>(QLatin1String(name)), m_window.get());
    // The note's hint (three lines in the column) shows whole, and Save lies below the note.
    auto *note = m_window->findChild<QPlainTextEdit *>(QStringLiteral("reviewNote"));
    const int docMargin = int(note->document()->documentMargin());
    const QRect hint = note->fontMetrics().boundingRect(QRect(0, 0, note->viewport()->width() - 2 * docMargin, 10000),
                                                        Qt::TextWordWrap, note->placeholderText());
    QVERIFY2(hint.height() <= note->viewport()->height() - 2 * docMargin,
             qPrintable(QStringLiteral("%1 > %2").arg(hint.height()).arg(note->viewport()->height() - 2 * docMargin)));
    auto *saveButton = m_window->findChild<QPushButton *>(QStringLiteral("saveReview"));
    QVERIFY(note->mapTo(m_window.get(), QPoint(0, note->height())).y() <= saveButton->mapTo(m_window.get(), QPoint(0, 0)).y());
    // Room to read the answers: the decision sits beside them, not below.
    const auto *reading = m_window->findChild<QScrollArea *>(QStringLiteral("submissionBody"));
    QVERIFY2(reading->viewport()->height() >= 430, qPrintable(QString::number(reading->viewport()->height())));
    QVERIFY2(reading->viewport()->width() >= 800, qPrintable(QString::number(reading->viewport()->width())));
    click(QStringLiteral("decision_needs_information"));
    QTest::keyClicks(m_window->findChild<QPlainTextEdit *>(QStringLiteral("reviewNote")), QStringLiteral("Ask about the medication."));
    click(QStringLiteral("saveReview"));

    // Back on the list: the reviewed row below the pending ones with its
    // decision, and the doctor's place on the next patient.
    table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table->isVisible());
    const int moved = rowOf(table, longName);
    QCOMPARE(moved, 150);
    QCOMPARE(cell(table, moved, QueueModel::Decision), QStringLiteral("Needs more information (DR.SATO)"));
    // Saved: said calmly at the top, not in the error red.
    QVERIFY(m_staff->notice()->isVisible() && m_staff->notice()->isSuccess());
    QCOMPARE(m_staff->notice()->text(), QStringLiteral("✓ Decision saved for %1.").arg(longName));
    QCOMPARE(table->currentIndex().row(), longRow);
    QVERIFY(QueueModel::isPending(model->entry(longRow)));

    // Another day, then back to today.
    click(QStringLiteral("previousDay"));
    QCOMPARE(table->model()->rowCount(), 40);
    QCOMPARE(m_window->findChild<QDateEdit *>(QStringLiteral("dayChoice"))->date(), today.addDays(-1));
    m_window->findChild<QDateEdit *>(QStringLiteral("dayChoice"))->setDate(today.addDays(-7));
    QCOMPARE(table->model()->rowCount(), 0);
    click(QStringLiteral("todayButton"));
    QCOMPARE(table->model()->rowCount(), 151);

    // A search across both days by the start of a name.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    QTest::keyClicks(search, QStringLiteral("maximiliana"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, QueueModel::Name), longName);
    QVERIFY(cell(table, 0, QueueModel::Time).startsWith(today.toString(Qt::ISODate)));
    // And by a part inside it, in capitals and full width.
    // (set, not typed: QTest types ASCII only; an input method commits it whole)
    search->setText(QStringLiteral("ＳＡＮＴＩＳＴＥＢＡＮ"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(rowOf(table, longName) >= 0);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY2(cell(table, row, QueueModel::Name).contains(QStringLiteral("santisteban"), Qt::CaseInsensitive),
                 qPrintable(cell(table, row, QueueModel::Name)));
}

void TestStaffGui::returningPatientWithChangesMarked()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    const QDate born(1985, 4, 12);
    // Three weeks ago: no allergy, no note; the doctor let her proceed.
    Submission before;
    before.language = QStringLiteral("ja");
    before.patient = {QStringLiteral("山田　花子"), QStringLiteral("ヤマダ ハナコ"), born};
    before.submittedAt = m_clock->now().addDays(-21);
    before.consent = {true, QStringLiteral("v1")};
    before.answers = TestSupport::clearAnswers();
    QString error;
    const auto first = m_store->save(before, Evaluator(m_rules).evaluate(before.answers, before.day()), &error);
    QVERIFY(first);
    QVERIFY(m_reviews->record(*first, addAccount(QStringLiteral("dr.ito"), StaffAccount::Role::Doctor),
                              Review::Decision::Proceed, QString(), &error));
    Submission now = before;
    now.uuid.clear();
    now.patient = {QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), born};
    now.submittedAt = m_clock->now();
    now.answers.insert(QStringLiteral("allergy"), true);
    now.answers.insert(QStringLiteral("allergy_detail"), QStringLiteral("花粉"));
    now.answers.insert(QStringLiteral("notes"), QStringLiteral("前回の施術後、3日ほど微熱が続きました"));
    QVERIFY(m_store->save(now, Evaluator(m_rules).evaluate(now.answers, now.day()), &error));
    build();
    m_window->openStaff();
    signIn(QStringLiteral("dr.sato"), QStringLiteral("246813"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    search->setText(QStringLiteral("やまだ")); // typed through the input method
    click(QStringLiteral("searchButton"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("queueTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(cell(table, 0, QueueModel::Name), QStringLiteral("山田 花子")); // pending, today
    QCOMPARE(cell(table, 1, QueueModel::Decision), QStringLiteral("Proceed to counselling (DR.ITO)"));
    clickRow(table, 0);

    const auto *returning = m_window->findChild<QLabel *>(QStringLiteral("returning"));
    QVERIFY(returning && returning->isVisible());
    QVERIFY2(returning->text().contains(QStringLiteral("Proceed to counselling (DR.ITO)")), qPrintable(returning->text()));
    // The note, in the patient's words, above the flags.
    const auto *words = m_window->findChild<QLabel *>(QStringLiteral("ownWords"));
    QVERIFY(words->text().contains(QStringLiteral("3日ほど微熱")));
    const auto *flag = m_window->findChild<QLabel *>(QStringLiteral("flag_allergy"));
    QVERIFY(words->mapTo(m_window.get(), QPoint()).y() < flag->mapTo(m_window.get(), QPoint()).y());
    verifyInView(const_cast<QLabel *>(words), m_window.get());
    // What changed is marked with what it was; what did not is not.
    QVERIFY2(flag->text().contains(QStringLiteral("● Changed since %1 (was: No)")
                                       .arg(before.submittedAt.toTimeZone(QTimeZone("Asia/Tokyo")).date().toString(Qt::ISODate))),
             qPrintable(flag->text()));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("answer_notes"))->text().contains(QStringLiteral("● Changed since")));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("answer_cancer"))->text().contains(QStringLiteral("●")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("earlierScreenings"))->text().contains(QStringLiteral("DR.ITO")));

    // The record for the chart, read back from the PDF as saved.
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("copyForChart"))); // a kiosk: no copy at all
    click(QStringLiteral("saveRecord"));
    QVERIFY(m_staff->notice()->isSuccess());
    const QString path = m_staff->notice()->text().section(QStringLiteral(": "), 1);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString page = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(page.contains(QStringLiteral("山田 花子")) && page.contains(QStringLiteral("3日ほど微熱")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("DR.SATO"))); // printed by
    QCOMPARE(auditActions().last(), QStringLiteral("dr.sato:print"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));

    // On a staff PC the chart text goes to the clipboard: patient, flags, others, decision.
    m_staff->setStaffPc(true);
    click(QStringLiteral("backToQueue"));
    clickRow(m_window->findChild<QTableView *>(QStringLiteral("queueTable")), 0);
    click(QStringLiteral("copyForChart"));
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.indexOf(QStringLiteral("Name: 山田 花子")) < text.indexOf(QStringLiteral("Flagged answers"))
                 && text.indexOf(QStringLiteral("Flagged answers")) < text.indexOf(QStringLiteral("Other answers"))
                 && text.indexOf(QStringLiteral("Other answers")) < text.indexOf(QStringLiteral("Decision: not yet reviewed")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("前回の施術後、3日ほど微熱が続きました")));
    QCOMPARE(auditActions().last(), QStringLiteral("dr.sato:print"));
}

// Fills in the second person's confirmation when it opens, and presses Delete.
static void confirmWhenAsked(const QString &login, const QString &secret)
{
    QTimer::singleShot(0, [login, secret] {
        auto *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog && dialog->objectName() == QLatin1String("secondPersonDialog"));
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmLogin"))->setText(login);
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmSecret"))->setText(secret);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmDelete"))->click();
    });
}

// A patient at the desk: found by name and birth date from the reception
// page, a copy of everything written to the exports folder, and deleted by a
// doctor once reception has confirmed with its own PIN.
void TestStaffGui::patientRequestWithASecondPerson()
{
    addAccount(QStringLiteral("dr.sato"), StaffAccount::Role::Doctor);
    const StaffAccount reception = addAccount(QStringLiteral("uketsuke"), StaffAccount::Role::Staff);
    QString error;
    QVERIFY(m_accounts->resetSecret(reception.id, QStringLiteral("135792"), TestSupport::makeAdmin(*m_accounts), &error));
    submit(QStringLiteral("山田 花子"), {{QStringLiteral("allergy"), true}}, 0);
    submit(QStringLiteral("山田　花子"), {}, 1);
    submit(QStringLiteral("佐藤 一郎"), {}, 2);
    const QString exports = m_dir->filePath(QStringLiteral("exports"));
    qputenv("PRESCREEN_EXPORT_DIR", QFile::encodeName(exports));
    qputenv("PRESCREEN_MEDIA_ROOTS", QFile::encodeName(m_dir->filePath(QStringLiteral("no-media"))));
    build();
    m_window->openStaff();
    signIn(QStringLiteral("dr.sato"), QStringLiteral("246813"));
    click(QStringLiteral("receptionButton"));
    click(QStringLiteral("patientRequestButton"));
    m_window->findChild<QLineEdit *>(QStringLiteral("requestName"))->setText(QStringLiteral("山田花子"));
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("requestBirth")), QStringLiteral("1980/1/1"));
    click(QStringLiteral("requestFind"));
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("requestTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("山田　花子"));
    // A copy of everything, as PDF and JSON, in the exports folder.
    click(QStringLiteral("requestDisclose"));
    QVERIFY2(m_staff->notice()->isSuccess(), qPrintable(m_staff->notice()->text()));
    const QStringList copies = QDir(exports).entryList({QStringLiteral("prescreen-disclosure-*")});
    QCOMPARE(copies.size(), 2);
    QVERIFY(TestSupport::readFile(QDir(exports).filePath(copies.at(1))).startsWith("%PDF-"));
    // Deleting: a wrong PIN and the doctor's own login delete nothing.
    auto *problem = m_window->findChild<PatientRequestsPage *>()->findChild<QLabel *>(QStringLiteral("problem"));
    confirmWhenAsked(QStringLiteral("uketsuke"), QStringLiteral("000000"));
    click(QStringLiteral("requestDelete"));
    QVERIFY2(problem->text().startsWith(QStringLiteral("Nothing was deleted: the confirmation was refused")), qPrintable(problem->text()));
    confirmWhenAsked(QStringLiteral("dr.sato"), QStringLiteral("246813"));
    click(QStringLiteral("requestDelete"));
    QCOMPARE(problem->text(), QStringLiteral("Nothing was deleted: dr.sato cannot confirm their own request: a second staff member confirms"));
    QCOMPARE(m_store->count(&error), 3);
    confirmWhenAsked(QStringLiteral("uketsuke"), QStringLiteral("135792"));
    click(QStringLiteral("requestDelete"));
    // English is loaded or not, depending on the tests before: either wording.
    QVERIFY2(m_staff->notice()->isSuccess()
                 && QRegularExpression(QStringLiteral("^✓ 2 submission(s|\\(s\\)) deleted at the patient's request\\.$"))
                        .match(m_staff->notice()->text())
                        .hasMatch(),
             qPrintable(m_staff->notice()->text()));
    QCOMPARE(m_store->count(&error), 1);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(auditActions().last(), QStringLiteral("dr.sato:patient_delete"));
    // Reception finds and gives copies, but is not offered the deletion.
    click(QStringLiteral("handBackButton"));
    m_window->openStaff();
    signIn(QStringLiteral("uketsuke"), QStringLiteral("135792"));
    click(QStringLiteral("patientRequestButton"));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("requestDelete"))->isVisible());
    qunsetenv("PRESCREEN_EXPORT_DIR");
    qunsetenv("PRESCREEN_MEDIA_ROOTS");
}

QTEST_MAIN(TestStaffGui)
#include "test_staff_gui.moc"
