// PreScreen: one executable for the kiosk GUI and the headless commands.
#include "clock.h"
#include "commandline.h"
#include "gui.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <QTextStream>

#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PreScreen"));
    QCoreApplication::setApplicationName(QStringLiteral("prescreen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESCREEN_VERSION));
}

// Everything this process creates (the database and its -wal, exports,
// backups, anchors, folders) is for its own user alone; the kiosk unit sets
// UMask=0077 too, but staff PCs and cron start the program without it.
void keepNewFilesPrivate()
{
    umask(077);
}

// A kiosk holds the answers of the patient at the screen: no core dump and no
// ptrace by another process of the same user may copy them out of memory.
void keepMemoryPrivate(const QStringList &arguments)
{
#ifdef Q_OS_LINUX
    if (!arguments.contains(QLatin1String("--kiosk")))
        return;
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#else
    Q_UNUSED(arguments)
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    keepNewFilesPrivate();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    keepMemoryPrivate(arguments);

    describeApplication();
    if (!CommandLine::isCommand(arguments)) {
#ifdef Q_OS_LINUX
        // Without a display Qt aborts with a message about plugins; say what
        // is missing instead, as over SSH or from cron.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
            && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
            QTextStream(stderr) << "prescreen: no display to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY "
                                   "is set). Start it in a graphical session or under the kiosk unit, or use a "
                                   "command: prescreen --help\n";
            return 2;
        }
#endif
        return runGui(argc, argv);
    }

    // Headless commands need no display. Only the PDFs (the day's export,
    // a chart's record, what is held about a patient) draw text, which needs
    // Qt Gui's fonts: they get an offscreen QGuiApplication.
    std::unique_ptr<QCoreApplication> app;
    if (arguments.first() == QLatin1String("export") || arguments.first() == QLatin1String("record")
        || (arguments.first() == QLatin1String("patient") && arguments.value(1) == QLatin1String("export"))) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt picks this folder itself but warns on stderr, which scripts read
        // as a failure; cron and CI sessions often have none.
        if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/prescreen-runtime-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromLocal8Bit(runtime));
            QFile::setPermissions(QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine(Clock::system(), out, err).run(arguments);
}
