#include "noticebanner.h"

#include <QEvent>
#include <QMouseEvent>
#include <QStyle>
#include <QTimer>

NoticeBanner::NoticeBanner(QWidget *above, QWidget *parent) : QLabel(parent), m_above(above), m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("notice"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral(
        "QLabel#notice { padding: 10px 16px; font-weight: bold; border-radius: 8px; }"
        "QLabel#notice[kind=\"success\"] { background: #e3f4e8; color: #14532d; border: 2px solid #2e7d32; }"
        "QLabel#notice[kind=\"problem\"] { background: #fde2e1; color: #a00000; border: 2px solid #a00000; }"));
    m_hide->setSingleShot(true);
    connect(m_hide, &QTimer::timeout, this, &QLabel::hide);
    if (parent)
        parent->installEventFilter(this);
    hide();
}

bool NoticeBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
}

// A tap on the banner puts it away, so it never stands over a control for long.
void NoticeBanner::mousePressEvent(QMouseEvent *event)
{
    m_hide->stop();
    hide();
    event->accept();
}

void NoticeBanner::place()
{
    if (!parentWidget())
        return;
    const int margin = 12;
    const int width = qMax(200, parentWidget()->width() - 2 * margin);
    const int top = (m_above ? m_above->geometry().bottom() : 0) + margin;
    setGeometry(margin, top, width, heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
    raise();
}

void NoticeBanner::success(const QString &text)
{
    show(QStringLiteral("success"), QStringLiteral("✓ ") + text);
    m_hide->start(successMilliseconds);
}

void NoticeBanner::problem(const QString &text)
{
    m_hide->stop();
    show(QStringLiteral("problem"), QStringLiteral("⚠ ") + text);
}

void NoticeBanner::show(const QString &kind, const QString &text)
{
    setProperty("kind", kind);
    style()->unpolish(this);
    style()->polish(this);
    setText(text);
    setVisible(!text.isEmpty());
    if (isVisible())
        place();
}
