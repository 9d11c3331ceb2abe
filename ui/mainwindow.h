#pragma once

#include <QWidget>

#include <functional>

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
    // The staff window built the first time staff mode opens, not before the
    // patient's first frame: a kiosk may run all day without it (an eighth of
    // the work to the first frame, and its memory).
    void setPages(KioskWindow *kiosk, std::function<StaffWindow *(QWidget *host)> makeStaff);
    // The same, given once the store has opened after the first frame.
    void allowStaff(std::function<StaffWindow *(QWidget *host)> makeStaff);

    void openStaff();
    bool isShowingStaff() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addStaff(StaffWindow *staff);

    PatientFlow &m_flow;
    QStackedWidget *m_stack;
    KioskWindow *m_kiosk = nullptr;
    StaffWindow *m_staff = nullptr;
    std::function<StaffWindow *(QWidget *host)> m_makeStaff;
    bool m_kioskMode;
};
