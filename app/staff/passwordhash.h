#pragma once

#include <QString>

// Staff PINs and passwords, hashed with Argon2id (libsodium). The clear
// text is never stored or logged.
namespace PasswordHash {

QString hash(const QString &secret);
bool verify(const QString &hash, const QString &secret);
// A hash of a random secret nobody knows, made once with the same cost as a
// real one: an unknown login is verified against it, so that it takes as
// long to refuse as a known login with a wrong PIN.
const QString &dummy();
// How many verifications this process has made: the suites check with it
// that every refusal costs the same work, without timing anything.
quint64 verifications();

} // namespace PasswordHash
