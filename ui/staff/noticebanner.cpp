#include "noticebanner.h"

#include <QStyle>
#include <QTimer>

NoticeBanner::NoticeBanner(QWidget *parent) : QLabel(parent), m_hide(new QTimer(this))
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
    hide();
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
}
