// PreScreen: one executable for the kiosk GUI and the headless commands.
#include "commandline.h"
#include "clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PreScreen"));
    QCoreApplication::setApplicationName(QStringLiteral("prescreen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESCREEN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(Clock::system(), out, err);
    if (!CommandLine::isCommand(arguments)) {
        commandLine.run({QStringLiteral("--help")});
        return CommandLine::Usage;
    }
    return commandLine.run(arguments);
}
