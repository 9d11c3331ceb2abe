#pragma once

#include <QLabel>

class QTimer;

// One line at the top of the staff window that says how something went:
// success calm (green, a tick, gone after a few seconds), a problem red with
// a warning sign until the next notice. Pages say what happened; the banner
// decides how it looks.
class NoticeBanner : public QLabel
{
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget *parent);
    void success(const QString &text);
    void problem(const QString &text);
    bool isSuccess() const { return property("kind").toString() == QLatin1String("success"); }

    static constexpr int successMilliseconds = 6000;

private:
    void show(const QString &kind, const QString &text);

    QTimer *m_hide;
};
