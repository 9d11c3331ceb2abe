#include "mainwindow.h"

#include "kioskwindow.h"
#include "patientflow.h"
#include "staffwindow.h"

#include <QCloseEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(PatientFlow &flow, bool kioskMode, QWidget *parent)
    : QWidget(parent), m_flow(flow), m_stack(new QStackedWidget(this)), m_kioskMode(kioskMode)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget *MainWindow::pageHost() const
{
    return m_stack;
}

void MainWindow::setPages(KioskWindow *kiosk, StaffWindow *staff)
{
    m_kiosk = kiosk;
    m_stack->addWidget(kiosk);
    if (staff) {
        addStaff(staff);
        connect(kiosk, &KioskWindow::staffRequested, this, &MainWindow::openStaff);
    }
}

void MainWindow::setPages(KioskWindow *kiosk, std::function<StaffWindow *(QWidget *host)> makeStaff)
{
    m_kiosk = kiosk;
    m_stack->addWidget(kiosk);
    allowStaff(std::move(makeStaff));
}

void MainWindow::allowStaff(std::function<StaffWindow *(QWidget *host)> makeStaff)
{
    if (!makeStaff || m_makeStaff)
        return;
    m_makeStaff = std::move(makeStaff);
    connect(m_kiosk, &KioskWindow::staffRequested, this, &MainWindow::openStaff);
}

void MainWindow::addStaff(StaffWindow *staff)
{
    m_staff = staff;
    m_stack->addWidget(staff);
    connect(staff, &StaffWindow::handedBack, this, [this] {
        m_flow.reset();
        m_stack->setCurrentWidget(m_kiosk);
    });
}

void MainWindow::openStaff()
{
    // Out of service, the tablet stays the patients': staff look into why
    // from the reception PC, not from a screen any patient can reach.
    if (m_flow.step() == PatientFlow::Step::OutOfService)
        return;
    if (!m_staff && m_makeStaff)
        addStaff(m_makeStaff(m_stack));
    if (!m_staff)
        return;
    m_flow.reset();
    m_staff->begin();
    m_stack->setCurrentWidget(m_staff);
}

bool MainWindow::isShowingStaff() const
{
    return m_staff && m_stack->currentWidget() == m_staff;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_kioskMode)
        event->ignore();
    else
        QWidget::closeEvent(event);
}
