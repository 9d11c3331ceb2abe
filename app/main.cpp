// PreScreen: one executable for the kiosk GUI and the headless commands.
#include "clock.h"
#include "commandline.h"
#include "gui.h"

#include <QCoreApplication>
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

    // Headless commands need no display, so they never create a QApplication.
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine(Clock::system(), out, err).run(arguments);
}
