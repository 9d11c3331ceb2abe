// The end of a patient's turn: a countdown back to the welcome screen.
#include "screens.h"

#include "patientflow.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ClosingScreen::ClosingScreen(PatientFlow &flow, int seconds, QWidget *parent)
    : Screen(flow, parent), m_timer(new QTimer(this)), m_secondsLeft(seconds)
{
}

void ClosingScreen::addCountdown(const QString &buttonText)
{
    m_countdown = addText(QString(), "help");
    auto *done = new QPushButton(buttonText, this);
    done->setObjectName(QStringLiteral("finishButton"));
    column()->addWidget(done);
    column()->addStretch();
    const auto show = [this] {
        m_countdown->setText(tr("This screen returns to the start in %n seconds.", nullptr, m_secondsLeft));
    };
    show();
    connect(done, &QPushButton::clicked, this, &ClosingScreen::finish);
    connect(m_timer, &QTimer::timeout, this, [this, show] {
        if (--m_secondsLeft <= 0)
            finish();
        else
            show();
    });
    m_timer->start(1000);
}

void ClosingScreen::mousePressEvent(QMouseEvent *event)
{
    Screen::mousePressEvent(event);
    finish();
}

void ClosingScreen::finish()
{
    m_timer->stop();
    // Queued: the reset deletes this screen, which is still delivering the tap.
    QMetaObject::invokeMethod(&m_flow, &PatientFlow::reset, Qt::QueuedConnection);
}
