#include "staffroles.h"

#include <QStringList>

namespace StaffRoles {

namespace {

QString dutyName(Duty duty)
{
    switch (duty) {
    case Duty::ManageAccounts: return QStringLiteral("manage staff accounts");
    case Duty::Review: return QStringLiteral("record a review");
    case Duty::ExportDay: return QStringLiteral("export a day");
    case Duty::Purge: return QStringLiteral("delete submissions past the retention period");
    case Duty::FindPatient: return QStringLiteral("look up a patient's submissions");
    case Duty::DisclosePatient: return QStringLiteral("export what is held about a patient");
    case Duty::DeletePatient: return QStringLiteral("delete what is held about a patient");
    }
    return {};
}

} // namespace

bool allows(StaffAccount::Role role, Duty duty)
{
    using R = StaffAccount::Role;
    switch (duty) {
    case Duty::ManageAccounts: return role == R::Admin;
    case Duty::Review: return role == R::Doctor;
    case Duty::Purge: return role == R::Staff || role == R::Admin;
    case Duty::DeletePatient: return role == R::Doctor || role == R::Admin;
    case Duty::ExportDay:
    case Duty::FindPatient:
    case Duty::DisclosePatient: return true;
    }
    return false;
}

QString whoMay(Duty duty)
{
    QStringList roles;
    if (allows(StaffAccount::Role::Doctor, duty))
        roles << QStringLiteral("doctors");
    if (allows(StaffAccount::Role::Staff, duty))
        roles << QStringLiteral("reception");
    if (allows(StaffAccount::Role::Admin, duty))
        roles << QStringLiteral("administrators");
    return roles.join(QStringLiteral(" or "));
}

bool require(const StaffAccount &who, Duty duty, QString *error)
{
    if (who.id <= 0 || who.disabled) {
        *error = QStringLiteral("%1 cannot %2: not a signed-in, enabled account")
                     .arg(who.login.isEmpty() ? QStringLiteral("nobody") : who.login, dutyName(duty));
        return false;
    }
    if (allows(who.role, duty))
        return true;
    *error = QStringLiteral("%1 (%2) cannot %3: only %4 may")
                 .arg(who.login, who.role == StaffAccount::Role::Staff ? QStringLiteral("reception")
                                                                        : StaffAccount::roleName(who.role),
                      dutyName(duty), whoMay(duty));
    return false;
}

} // namespace StaffRoles
