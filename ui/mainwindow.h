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
    MainWindow(PatientFlow &flow, bool kioskMode, QWidget *parent = nullptr);

    // The parent to build the kiosk and the staff window in: born inside the
    // window, they are styled and laid out once, not again when moved in
    // (a tenth of the start).
    QWidget *pageHost() const;
    // `staff` may be null when the store is unavailable: then there is no staff mode.
    void setPages(KioskWindow *kiosk, StaffWindow *staff);

    void openStaff();
    bool isShowingStaff() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    PatientFlow &m_flow;
    QStackedWidget *m_stack;
    KioskWindow *m_kiosk = nullptr;
    StaffWindow *m_staff = nullptr;
    bool m_kioskMode;
};
