#include "gui.h"

#include "clock.h"
#include "database.h"
#include "kioskstyle.h"
#include "auditlog.h"
#include "doctorqueue.h"
#include "kioskwindow.h"
#include "mainwindow.h"
#include "retention.h"
#include "outbox.h"
#include "outboxcourier.h"
#include "reviewstore.h"
#include "staffaccounts.h"
#include "staffwindow.h"
#include "patientflow.h"
#include "quitatfirstframe.h"
#include "rulesetloader.h"
#include "rulesetversions.h"
#include "settings.h"
#include "submission.h"
#include "submissionstore.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QStandardPaths>

#include <cstdio>
#include <thread>

#include <fontconfig/fontconfig.h>

namespace {

// Qt Virtual Keyboard gives the tablet an on-screen keyboard (with Japanese
// and Chinese input) where the system has none; it must be chosen before
// the application object exists.
void chooseOnScreenKeyboard(bool kiosk)
{
    if (!kiosk || qEnvironmentVariableIsSet("QT_IM_MODULE"))
        return;
    const QString plugins = QLibraryInfo::path(QLibraryInfo::PluginsPath);
    if (!QDir(plugins + QStringLiteral("/platforminputcontexts"))
             .entryList({QStringLiteral("*qtvirtualkeyboard*")})
             .isEmpty())
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
}

// Fontconfig reads its configuration and font caches (a sixth of the
// instructions to the first frame) on a thread of its own while the
// application, the rule set and the store are set up; the first label
// waits for it.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp() : m_thread([] { FcInit(); }) {}
    ~FontconfigWarmUp() { wait(); }
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
};

} // namespace

int runGui(int &argc, char **argv)
{
    bool kiosk = false;
    for (int i = 1; i < argc; ++i)
        kiosk = kiosk || QByteArray(argv[i]) == "--kiosk";
    chooseOnScreenKeyboard(kiosk);
    FontconfigWarmUp fontconfig;

    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PreScreen: pre-treatment screening kiosk"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"), QStringLiteral("Full screen; the window cannot be closed."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME."),
                                      QStringLiteral("URL"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), QStringLiteral("The rule set file."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("ja, en or zh_CN."), QStringLiteral("LANG"),
                                        QStringLiteral("ja"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"),
                                        QStringLiteral("Seconds without a touch before the screen is wiped (default 90)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("90"));
    const QCommandLineOption staffIdleOption(QStringLiteral("staff-idle-seconds"),
                                             QStringLiteral("Seconds of inactivity that end a staff session (default 300)."),
                                             QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption wideLoginOption(
        QStringLiteral("allow-wide-login"),
        QStringLiteral("With --kiosk on PostgreSQL: accept a login that may do more than a kiosk must (README)."));
    parser.addOptions({kioskOption, dbOption, rulesOption, langOption, idleOption, staffIdleOption, wideLoginOption});
    parser.addHelpOption();
    parser.process(app);

    const QString language = parser.value(langOption);
    if (!Languages::supported().contains(language)) {
        std::fprintf(stderr, "prescreen: --lang %s: expected ja, en or zh_CN\n", qPrintable(language));
        return 2;
    }
    KioskOptions options;
    options.fullScreen = parser.isSet(kioskOption);
    options.idleSeconds = qMax(parser.value(idleOption).toInt(), 25);

    // A rule set or a store that fails leaves the kiosk out of service;
    // the reasons go to the log for staff.
    const RuleSetLoader::Result rules =
        RuleSetLoader::loadFile(parser.isSet(rulesOption) ? parser.value(rulesOption) : RuleSetLoader::builtInPath());
    for (const Diagnostic &d : rules.errors)
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
    Database database;
    std::unique_ptr<SubmissionStore> store;
    QString error;
    const auto url = DatabaseUrl::parse(parser.isSet(dbOption) ? parser.value(dbOption) : Settings::defaultDatabaseUrl(), &error);
    // A damaged file takes no more patients: what they enter could be lost
    // with it. The quick check reads every page once (about 0.1 s a year).
    // On PostgreSQL a kiosk connects with a role that may only store
    // submissions and read rule sets, and refuses a wider one (StoreLogin).
    const bool kioskLogin = options.fullScreen && !parser.isSet(wideLoginOption);
    const StoreLogin::Use use = kioskLogin ? StoreLogin::Use::Kiosk : StoreLogin::Use::Staff;
    const bool opened = url && database.open(*url, &error, Database::Access::ReadWrite, use) && database.quickCheck(&error);
    if (opened)
        store = std::make_unique<SubmissionStore>(database, Clock::system());
    else
        std::fprintf(stderr, "prescreen: storage unavailable: %s\n", qPrintable(error));

    KioskStyle::apply(app, KioskStyle::TextSize::Large);
    Translations translations;
    // On a shared server, a tablet keeps what the server cannot take in a
    // local outbox and delivers it later; the patient never notices.
    Database outboxDatabase;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<OutboxCourier> courier;
    SubmissionSink *sink = store.get();
    if (url && url->kind == DatabaseUrl::Kind::PostgreSQL) {
        QString outboxError;
        const QString path = qEnvironmentVariable("PRESCREEN_OUTBOX", QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                                        + QStringLiteral("/outbox.sqlite"));
        const auto outboxUrl = DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &outboxError);
        if (outboxUrl && outboxDatabase.open(*outboxUrl, &outboxError)) {
            // The patient's submit commits to the outbox on the tablet; the
            // courier's thread carries it to the server at once, or every
            // 10 s while the server is away, never holding the screen.
            outbox = std::make_unique<Outbox>(database, outboxDatabase, Clock::system());
            courier = std::make_unique<OutboxCourier>(*url, *outboxUrl, Clock::system(), 10);
            outbox->deliverThrough([c = courier.get()] { c->wake(); });
            QObject::connect(courier.get(), &OutboxCourier::delivered, outbox.get(),
                             [o = outbox.get()](int, qint64 waiting) { emit o->pendingChanged(waiting); });
            sink = outbox.get();
        } else {
            std::fprintf(stderr, "prescreen: no outbox: %s\n", qPrintable(outboxError));
        }
    }
    PatientFlow flow(rules.ruleSet, sink, Clock::system());
    flow.setDefaultLanguage(language);
    // Without --rules, each patient starts on the clinic's active version
    // from the store (the server's, on PostgreSQL); the built-in default
    // stands while none is active.
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<RuleSetVersions> versions;
    std::unique_ptr<ActiveRuleSet> activeRules;
    if (store) {
        audit = std::make_unique<AuditLog>(database, Clock::system());
        versions = std::make_unique<RuleSetVersions>(database, *audit, Clock::system());
    }
    if (versions && rules.ruleSet && !parser.isSet(rulesOption)) {
        activeRules = std::make_unique<ActiveRuleSet>(*versions, rules.ruleSet);
        flow.setRuleSetSource([&activeRules] { return activeRules->current(); });
    }
    fontconfig.wait();
    MainWindow window(flow, options.fullScreen);
    auto *kioskWindow = new KioskWindow(flow, translations, options, window.pageHost());
    // Staff mode needs the store; without it the kiosk is out of service anyway.
    std::unique_ptr<StaffAccounts> accounts;
    std::unique_ptr<ReviewStore> reviews;
    std::unique_ptr<DoctorQueue> queue;
    std::unique_ptr<Retention> retention;
    std::function<StaffWindow *(QWidget *)> makeStaff;
    // A kiosk's role cannot read a record or an account: staff work on such
    // a tablet happens at the staff PC instead.
    if (store && database.login().readsSubmissions()) {
        accounts = std::make_unique<StaffAccounts>(database, *audit, Clock::system());
        // The wait after wrong PINs outlives a restart (a pulled plug), in
        // the device's own folder beside its outbox.
        const QString waitFile = qEnvironmentVariable(
            "PRESCREEN_SIGNIN_WAIT",
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/signin-wait"));
        QDir().mkpath(QFileInfo(waitFile).absolutePath());
        if (const QString problem = accounts->keepDeviceWaitIn(waitFile); !problem.isEmpty())
            std::fprintf(stderr, "prescreen: %s\n", qPrintable(problem));
        reviews = std::make_unique<ReviewStore>(database, *audit, Clock::system());
        queue = std::make_unique<DoctorQueue>(*store, *reviews, database);
        retention = std::make_unique<Retention>(database, *audit, Clock::system());
        const int staffIdleSeconds = parser.value(staffIdleOption).toInt();
        makeStaff = [&, staffIdleSeconds](QWidget *host) {
            auto *staff = new StaffWindow(StaffServices{*accounts, *audit, *store, *reviews, *queue, *retention, outbox.get(),
                                                        rules.ruleSet.get(), Clock::system(), versions.get()},
                                          staffIdleSeconds, host);
            staff->setStaffPc(!options.fullScreen);
            staff->setFirstAdminAllowed(!options.fullScreen);
            return staff;
        };
    }
    window.setPages(kioskWindow, makeStaff);
    window.resize(1280, 800);
    QuitAtFirstFrame quitAtFirstFrame;
    if (qEnvironmentVariableIsSet("PRESCREEN_EXIT_AT_FIRST_FRAME"))
        app.installEventFilter(&quitAtFirstFrame);
    if (options.fullScreen)
        window.showFullScreen();
    else
        window.show();
    return app.exec();
}
