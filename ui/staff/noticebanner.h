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
    // Floats over the page just below `above` (the window's header).
    NoticeBanner(QWidget *above, QWidget *parent);
    void success(const QString &text);
    void problem(const QString &text);
    bool isSuccess() const { return property("kind").toString() == QLatin1String("success"); }

    static constexpr int successMilliseconds = 6000;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void show(const QString &kind, const QString &text);
    // Floats over the top of the page rather than taking a place in its
    // layout: a banner that pushed the page down and pulled it back a few
    // seconds later moved the fields under the doctor's finger.
    void place();

    QWidget *m_above;
    QTimer *m_hide;
};
