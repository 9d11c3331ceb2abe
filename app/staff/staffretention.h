#pragma once

#include "retention.h"

struct StaffAccount;

// The purge a staff member starts from the reception page: refused in the
// core to a role that may not (StaffRoles::Duty::Purge), audited as theirs.
// The command line's purge is the operator's and goes to Retention itself.
namespace StaffRetention {

Retention::Result purgeOlderThan(Retention &retention, const StaffAccount &who, int days);

} // namespace StaffRetention
