// PreScreen: one executable for the kiosk GUI and the headless commands.
#include "clock.h"
#include "commandline.h"
#include "gui.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>
#include <QTextStream>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PreScreen"));
    QCoreApplication::setApplicationName(QStringLiteral("prescreen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESCREEN_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    describeApplication();
    if (!CommandLine::isCommand(arguments))
        return runGui(argc, argv);

    // Headless commands need no display. Only the PDF export draws text,
    // which needs Qt Gui's fonts: it gets an offscreen QGuiApplication.
    std::unique_ptr<QCoreApplication> app;
    if (arguments.first() == QLatin1String("export")) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine(Clock::system(), out, err).run(arguments);
}
