#pragma once

#include <QWidget>

class KioskWindow;
class PatientFlow;
class QStackedWidget;
class StaffWindow;

// The tablet's one window: the patient kiosk, and behind the sign-in the
// staff screens. Going either way wipes the patient flow, so a patient
// never meets staff data and staff never inherit a half-filled form.
class MainWindow : public QWidget
{
    Q_OBJECT

public:
    // `staff` may be null when the store is unavailable: then there is no staff mode.
    MainWindow(PatientFlow &flow, KioskWindow *kiosk, StaffWindow *staff, bool kioskMode, QWidget *parent = nullptr);

    void openStaff();
    bool isShowingStaff() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    PatientFlow &m_flow;
    QStackedWidget *m_stack;
    KioskWindow *m_kiosk;
    StaffWindow *m_staff;
    bool m_kioskMode;
};
