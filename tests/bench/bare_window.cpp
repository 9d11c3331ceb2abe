// The reference for bench_start: the smallest Qt Widgets program that shows
// a 1280x800 window with one line of text, quitting at its first frame, as
// PRESCREEN_EXIT_AT_FIRST_FRAME makes prescreen do.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace {

class FirstFrame : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("PreScreen"));
    window.resize(1280, 800);
    FirstFrame firstFrame;
    app.installEventFilter(&firstFrame);
    window.show();
    return app.exec();
}
