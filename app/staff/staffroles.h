#pragma once

#include "staffaccounts.h"

#include <QString>

// Who may do what, in one place and in the core: the services check it
// whatever the screens show or hide, so a call made by a reception account
// for what needs a doctor or an administrator is refused with a plain
// reason, from the command line and from tests as from the screens.
namespace StaffRoles {

enum class Duty {
    ManageAccounts,  // administrators
    Review,          // doctors
    ExportDay,       // everyone signed in
    Purge,           // reception and administrators (as the reception page offers it)
    FindPatient,     // everyone signed in: a patient asks at the desk
    DisclosePatient, // everyone signed in
    DeletePatient,   // doctors and administrators, with a second person's confirmation
};

bool allows(StaffAccount::Role role, Duty duty);
// True when `who` is an enabled account whose role allows `duty`; else
// false with `error` saying who may.
bool require(const StaffAccount &who, Duty duty, QString *error);
// "administrators", "doctors", "doctors or administrators", … for messages.
QString whoMay(Duty duty);

} // namespace StaffRoles
