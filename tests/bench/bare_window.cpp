// The reference for bench_start: the smallest Qt Widgets program that shows
// a 1280x800 window with one line of text, quitting at its first frame, as
// PRESCREEN_EXIT_AT_FIRST_FRAME makes prescreen do.
// With --greetings it shows instead the kiosk's three greetings, wrapped, at
// the kiosk's size in the kiosk's fonts: the part of the start that any
// program pays to draw Japanese and Chinese at all.
#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>

#include "quitatfirstframe.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *column = new QVBoxLayout(&window);
    if (app.arguments().contains(QStringLiteral("--greetings"))) {
        const QList<QPair<QString, QString>> greetings{
            {QStringLiteral("Noto Sans CJK JP"),
             QStringLiteral("ようこそ。カウンセリングの前に、健康状態についていくつかの質問にお答えください。所要時間は5分ほどです。")},
            {QStringLiteral("Noto Sans"), QStringLiteral("Welcome. Before your counselling, please answer a few questions "
                                                         "about your health. It takes about five minutes.")},
            {QStringLiteral("Noto Sans CJK SC"),
             QStringLiteral("您好。咨询前，请回答几个关于您健康状况的问题，大约需要五分钟。")}};
        for (const auto &[family, text] : greetings) {
            auto *label = new QLabel(text);
            label->setWordWrap(true);
            label->setFont(QFont(family, 20));
            column->addWidget(label);
        }
    } else {
        column->addWidget(new QLabel(QStringLiteral("PreScreen")));
    }
    window.resize(1280, 800);
    QuitAtFirstFrame firstFrame;
    app.installEventFilter(&firstFrame);
    window.show();
    return app.exec();
}
