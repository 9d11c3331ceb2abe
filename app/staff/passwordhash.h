#pragma once

#include <QString>

// Staff PINs and passwords, hashed with Argon2id (libsodium). The clear
// text is never stored or logged.
namespace PasswordHash {

QString hash(const QString &secret);
bool verify(const QString &hash, const QString &secret);

} // namespace PasswordHash
