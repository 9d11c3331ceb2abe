#include "staffretention.h"

#include "staffroles.h"

namespace StaffRetention {

Retention::Result purgeOlderThan(Retention &retention, const StaffAccount &who, int days)
{
    Retention::Result refused;
    if (!StaffRoles::require(who, StaffRoles::Duty::Purge, &refused.error))
        return refused;
    return retention.purgeOlderThan(days, who.login);
}

} // namespace StaffRetention
