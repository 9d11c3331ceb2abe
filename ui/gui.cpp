#include "gui.h"

#include "clock.h"
#include "kioskstyle.h"
#include "kioskwindow.h"
#include "mainwindow.h"
#include "ownfonts.h"
#include "patientflow.h"
#include "quitatfirstframe.h"
#include "rulesetloader.h"
#include "settings.h"
#include "storeservices.h"
#include "submission.h"
#include "touchtyping.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>

#include <cstdio>
#include <thread>

namespace {

// Fontconfig reads its configuration and font caches (a sixth of the
// instructions to the first frame) on a thread of its own while Qt, the rule
// set, the style and the main window are set up, then learns of PreScreen's
// own fonts from its cache of their folder; whatever first touches fonts
// waits for it. Anything that asks fontconfig before would read it all
// again on this thread.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp()
    {
        const OwnFonts::Location fonts = OwnFonts::locate();
        OwnFonts::announce(fonts);
        m_thread = std::thread([fonts] {
            OwnFonts::loadSystemConfiguration();
            OwnFonts::registerWithFontconfig(fonts);
        });
    }
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

    // Nothing of these touches fonts: they are made while fontconfig reads.
    KioskStyle::apply(app, KioskStyle::TextSize::Large);
    Translations translations;
    StoreServices store;
    PatientFlow flow(rules.ruleSet, nullptr, Clock::system());
    flow.awaitStore();
    flow.setDefaultLanguage(language);
    MainWindow window(flow, options.fullScreen);
    fontconfig.wait();
    auto *kioskWindow = new KioskWindow(flow, translations, options, window.pageHost());
    window.setPages(kioskWindow, std::function<StaffWindow *(QWidget *)>());
    // Full screen, at the screen's size from the start: showFullScreen would
    // lay the window out a second time, the wrapped texts shaped again.
    const QScreen *screen = app.primaryScreen();
    window.resize(options.fullScreen && screen ? screen->size() : QSize(1280, 800));
    // A bare tablet types with PreScreen's own pads; loading Qt Virtual
    // Keyboard for that cost a fifth of the start (docs/PERFORMANCE.md).
    if (TouchTyping::wanted(options.fullScreen))
        new TouchTyping(&window, [&translations] { return translations.language(); });

    // The store opens once the welcome screen is painted: it needs none of
    // it, and a start tapped meanwhile waits for it (PatientFlow::awaitStore).
    const bool exitAtFirstFrame = qEnvironmentVariableIsSet("PRESCREEN_EXIT_AT_FIRST_FRAME");
    AfterFirstFrame openStore([&] {
        // bench_start's moment: the frame is painted, the store not yet open.
        if (exitAtFirstFrame)
            AfterFirstFrame::reportTime();
        const bool kioskLogin = options.fullScreen && !parser.isSet(wideLoginOption);
        store.open(parser.isSet(dbOption) ? parser.value(dbOption) : Settings::defaultDatabaseUrl(),
                   kioskLogin ? StoreLogin::Use::Kiosk : StoreLogin::Use::Staff);
        // Without --rules, each patient starts on the clinic's active version
        // from the store (the server's, on PostgreSQL); the built-in default
        // stands while none is active.
        if (!parser.isSet(rulesOption))
            flow.setRuleSetSource(store.activeRules(rules.ruleSet));
        flow.storeOpened(store.sink());
        // Staff mode needs the store; without it the kiosk is out of service anyway.
        window.allowStaff(store.staffWindowMaker(rules.ruleSet.get(), parser.value(staffIdleOption).toInt(), !options.fullScreen));
        // exit, not quit: quit asks the windows, and a kiosk refuses to close.
        if (exitAtFirstFrame)
            QCoreApplication::exit(0);
    });
    app.installEventFilter(&openStore);
    if (options.fullScreen)
        window.showFullScreen();
    else
        window.show();
    return app.exec();
}
