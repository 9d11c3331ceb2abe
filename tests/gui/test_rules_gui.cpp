// The rule sets page through its real widgets: an administrator loads a
// broken draft and sees its errors by line and column, loads a good one and
// sees what it would have changed in the last 90 days; the same person
// cannot approve; a doctor approves with their own sign-in, and the next
// patient on the kiosk gets the new rule set; a rollback returns the old one.
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "kioskstyle.h"
#include "kioskwindow.h"
#include "mainwindow.h"
#include "patientflow.h"
#include "retention.h"
#include "reviewstore.h"
#include "rulesetloader.h"
#include "rulesetversions.h"
#include "staffaccounts.h"
#include "staffwindow.h"
#include "submissionstore.h"
#include "testsupport.h"
#include "translations.h"

#include <QFile>
#include <QLabel>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>

#include <unistd.h>
#include <QTest>

class TestRulesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadCheckReplayApproveRollBack();

private:
    void signIn(const QString &login);
    void click(const QString &name);
    QString draft(const QByteArray &from, const QByteArray &to, const QByteArray &version);
    QString text(const QString &labelName);
    // The one on screen: a page left behind is deleted only later.
    template<typename T>
    T *shown(const QString &name)
    {
        for (T *w : m_window->findChildren<T *>(name)) {
            if (w->isVisible())
                return w;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestRulesGui::initTestCase()
{
    KioskStyle::apply(*qApp, KioskStyle::TextSize::Large);
    qputenv("PRESCREEN_TIMEZONE", "Asia/Tokyo");
    // Drafts are offered from the exports folder (and media); here, the test's folder.
    qputenv("PRESCREEN_EXPORT_DIR", QFile::encodeName(m_dir.path()));
    qputenv("PRESCREEN_MEDIA_ROOTS", QFile::encodeName(m_dir.filePath(QStringLiteral("no-media"))));
}

QString TestRulesGui::draft(const QByteArray &from, const QByteArray &to, const QByteArray &version)
{
    QByteArray rules = TestSupport::readFile(TestSupport::defaultRulesPath());
    rules.replace(from, to);
    rules = TestSupport::withVersion(rules, version);
    const QString path = m_dir.filePath(QString::fromLatin1(version) + QStringLiteral(".rules"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rules) != rules.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestRulesGui::click(const QString &name)
{
    auto *button = shown<QAbstractButton>(name);
    QVERIFY2(button && button->isVisible(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

QString TestRulesGui::text(const QString &labelName)
{
    auto *label = shown<QLabel>(labelName);
    // As read: without the zero-width breaks that let long paths wrap.
    return label ? label->text().remove(QChar(0x200B)) : QStringLiteral("(no %1)").arg(labelName);
}

void TestRulesGui::signIn(const QString &login)
{
    m_window->openStaff();
    auto *loginEdit = shown<QLineEdit>(QStringLiteral("loginEdit"));
    QVERIFY(loginEdit);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(shown<QLineEdit>(QStringLiteral("secretEdit")), login == QLatin1String("admin") ? QStringLiteral("admin-pass-1") : QStringLiteral("246813"));
    click(QStringLiteral("signInButton"));
}

void TestRulesGui::loadCheckReplayApproveRollBack()
{
    FixedClock clock(Clock::system().now());
    Database db;
    QString error;
    QVERIFY(db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("g.sqlite")), &error), &error));
    SubmissionStore store(db, clock);
    AuditLog audit(db, clock);
    StaffAccounts accounts(db, audit, clock);
    ReviewStore reviews(db, audit, clock);
    DoctorQueue queue(store, reviews, db);
    Retention retention(db, audit, clock);
    RuleSetVersions versions(db, audit, clock);
    const RuleSetPtr rules = RuleSetLoader::loadFile(TestSupport::defaultRulesPath()).ruleSet;
    const StaffAccount admin = TestSupport::makeAdmin(accounts);
    QVERIFY(accounts.add(QStringLiteral("dr.sato"), QStringLiteral("Dr Sato"), StaffAccount::Role::Doctor, QStringLiteral("246813"),
                         admin, &error));
    // Yesterday, a patient treated 16 days before: clear now, review at 21 days.
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = {QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1980, 1, 1)};
    s.submittedAt = clock.now().addDays(-1);
    s.consent = {true, QStringLiteral("v1")};
    s.answers = TestSupport::clearAnswers();
    s.answers.insert(QStringLiteral("previous_treatment"), true);
    s.answers.insert(QStringLiteral("previous_date"), s.submittedAt.date().addDays(-16));
    s.answers.insert(QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("none")});
    QVERIFY(store.save(s, Evaluator(rules).evaluate(s.answers, s.day()), &error));

    Translations translations;
    PatientFlow flow(rules, &store, clock);
    flow.setDefaultLanguage(QStringLiteral("en"));
    ActiveRuleSet active(versions, rules);
    flow.setRuleSetSource([&] { return active.current(); });
    m_window = std::make_unique<MainWindow>(flow, false);
    auto *kiosk = new KioskWindow(flow, translations, KioskOptions(), m_window->pageHost());
    auto *staff = new StaffWindow(StaffServices{accounts, audit, store, reviews, queue, retention, nullptr, rules.get(), clock, &versions},
                                  300, m_window->pageHost());
    m_window->setPages(kiosk, staff);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // The administrator: a broken draft shows its errors by line and column.
    signIn(QStringLiteral("admin"));
    click(QStringLiteral("rulesButton"));
    auto *path = shown<QLineEdit>(QStringLiteral("draftPath"));
    QVERIFY(path && path->isVisible());
    QVERIFY(!shown<QPushButton>(QStringLiteral("approveVersion"))); // an admin does not approve
    // Never a file dialog: the drafts in the exports folder are listed by name.
    QVERIFY(!m_window->findChild<QFileDialog *>());
    const QString broken = draft("today - previous_date < 14 days", "today - previous_dat < 14 days", "1.2.0");
    click(QStringLiteral("handBackButton"));
    signIn(QStringLiteral("admin"));
    click(QStringLiteral("rulesButton"));
    auto *choice = shown<QComboBox>(QStringLiteral("draftChoice"));
    QVERIFY(choice);
    const int listed = choice->findText(QStringLiteral("1.2.0.rules"), Qt::MatchEndsWith);
    QVERIFY2(listed > 0, qPrintable(choice->itemText(choice->count() - 1)));
    QCOMPARE(choice->findText(QStringLiteral("g.sqlite"), Qt::MatchContains), -1);
    path = shown<QLineEdit>(QStringLiteral("draftPath"));
    choice->setCurrentIndex(listed);
    emit choice->activated(listed);
    QCOMPARE(path->text(), broken);
    // The database typed in by hand is not opened: only .rules files are read.
    path->setText(m_dir.filePath(QStringLiteral("g.sqlite")));
    click(QStringLiteral("loadDraft"));
    QVERIFY2(text(QStringLiteral("rulesMessage")).contains(QStringLiteral("is not a rule set file")), qPrintable(text(QStringLiteral("rulesMessage"))));
    // Nor under a name that ends in .rules: a hard link and a symbolic link to it are refused unopened.
    const QString hard = m_dir.filePath(QStringLiteral("hard.rules"));
    const QString soft = m_dir.filePath(QStringLiteral("soft.rules"));
    QVERIFY(::link(QFile::encodeName(m_dir.filePath(QStringLiteral("g.sqlite"))).constData(), QFile::encodeName(hard).constData()) == 0);
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("g.sqlite-wal")), soft));
    for (const QString &alias : {hard, soft}) {
        path->setText(alias);
        click(QStringLiteral("loadDraft"));
        QVERIFY2(text(QStringLiteral("rulesMessage")).contains(QStringLiteral("is the database itself under another name")),
                 qPrintable(text(QStringLiteral("rulesMessage"))));
    }
    QVERIFY(QFile::remove(hard) && QFile::remove(soft));
    path->setText(broken);
    click(QStringLiteral("loadDraft"));
    QVERIFY2(text(QStringLiteral("rulesMessage")).contains(QRegularExpression(QRegularExpression::escape(broken) + QStringLiteral(":\\d+:\\d+: .*previous_dat"))),
             qPrintable(text(QStringLiteral("rulesMessage"))));
    auto *table = shown<QTableWidget>(QStringLiteral("versionsTable"));
    QCOMPARE(table->rowCount(), 1); // the built-in one only: nothing kept

    // A good draft: kept, waiting, and its replay of the last 90 days.
    path->setText(draft("< 14 days", "< 21 days", "1.2.0"));
    click(QStringLiteral("loadDraft"));
    QVERIFY2(text(QStringLiteral("rulesMessage")).contains(QStringLiteral("Version #1 (1.2.0) is kept")), qPrintable(text(QStringLiteral("rulesMessage"))));
    const QString replay = text(QStringLiteral("replaySummary"));
    QVERIFY2(replay.contains(QStringLiteral("In the last 90 days, 1 submissions: 1 would get another result, 0 cannot be judged.")), qPrintable(replay));
    QVERIFY2(replay.contains(QStringLiteral("Rule interval fires 1 times instead of 0.")), qPrintable(replay));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Waiting for a doctor's approval"));
    QVERIFY(shown<QPlainTextEdit>(QStringLiteral("versionText"))->toPlainText().contains(QStringLiteral("< 21 days")));
    // Not active before approval.
    table->selectRow(0);
    click(QStringLiteral("restoreVersion"));
    QVERIFY(text(QStringLiteral("rulesMessage")).contains(QStringLiteral("not approved")));
    click(QStringLiteral("handBackButton"));

    // The doctor, signed in as themselves, approves.
    signIn(QStringLiteral("dr.sato"));
    click(QStringLiteral("rulesButton"));
    table = shown<QTableWidget>(QStringLiteral("versionsTable"));
    QVERIFY(!shown<QLineEdit>(QStringLiteral("draftPath"))); // a doctor does not load
    table->selectRow(0);
    // Before approving, the doctor sees what the version would change.
    QVERIFY2(text(QStringLiteral("replaySummary")).contains(QStringLiteral("1 would get another result")),
             qPrintable(text(QStringLiteral("replaySummary"))));
    click(QStringLiteral("approveVersion"));
    QVERIFY2(text(QStringLiteral("rulesMessage")).contains(QStringLiteral("Press the button again")), qPrintable(text(QStringLiteral("rulesMessage"))));
    QCOMPARE(versions.all(&error).first().approvedBy, QString()); // one press approves nothing
    click(QStringLiteral("approveVersion"));
    QVERIFY2(text(QStringLiteral("rulesMessage")).contains(QStringLiteral("approved and active")), qPrintable(text(QStringLiteral("rulesMessage"))));
    table = shown<QTableWidget>(QStringLiteral("versionsTable"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Active"));
    QVERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("dr.sato")));
    click(QStringLiteral("handBackButton"));

    // The next patient gets it.
    flow.start(QStringLiteral("en"));
    QCOMPARE(flow.ruleSet()->version, QStringLiteral("1.2.0"));
    flow.reset();

    // Roll back: the built-in rule set again, at the next patient.
    signIn(QStringLiteral("dr.sato"));
    click(QStringLiteral("rulesButton"));
    click(QStringLiteral("rollBack"));
    table = shown<QTableWidget>(QStringLiteral("versionsTable"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Active"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Approved, not active"));
    click(QStringLiteral("handBackButton"));
    flow.start(QStringLiteral("en"));
    QCOMPARE(flow.ruleSet(), rules.get());

    QStringList actions;
    for (const AuditEntry &e : audit.entries(&error)) {
        if (e.action.startsWith(QLatin1String("rules_")))
            actions << e.actor + u':' + e.action;
    }
    // Each replay shown is audited: at the load, and when a waiting version is selected.
    QCOMPARE(actions, (QStringList{QStringLiteral("admin:rules_load"), QStringLiteral("admin:rules_replay"),
                                   QStringLiteral("admin:rules_replay"), QStringLiteral("dr.sato:rules_replay"),
                                   QStringLiteral("dr.sato:rules_approve"), QStringLiteral("dr.sato:rules_activate"),
                                   QStringLiteral("dr.sato:rules_rollback")}));
}

QTEST_MAIN(TestRulesGui)
#include "test_rules_gui.moc"
