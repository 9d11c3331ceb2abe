#include "passwordhash.h"

#include <sodium.h>

#include <atomic>

namespace {

std::atomic<quint64> verificationCount{0};

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

namespace PasswordHash {

QString hash(const QString &secret)
{
    if (!ready())
        return {};
    QByteArray clear = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // The interactive limits keep a sign-in under a second on a tablet.
    const int result = crypto_pwhash_str_alg(out, clear.constData(), quint64(clear.size()),
                                             crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                             crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(clear.data(), size_t(clear.size()));
    return result == 0 ? QString::fromLatin1(out) : QString();
}

bool verify(const QString &hash, const QString &secret)
{
    ++verificationCount;
    if (!ready() || hash.isEmpty())
        return false;
    QByteArray clear = secret.toUtf8();
    const QByteArray stored = hash.toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), clear.constData(), quint64(clear.size())) == 0;
    sodium_memzero(clear.data(), size_t(clear.size()));
    return ok;
}

quint64 verifications()
{
    return verificationCount.load();
}

const QString &dummy()
{
    static const QString made = [] {
        if (!ready())
            return QString();
        char random[32];
        randombytes_buf(random, sizeof random);
        const QString secret = QString::fromLatin1(QByteArray(random, sizeof random).toBase64());
        sodium_memzero(random, sizeof random);
        return hash(secret);
    }();
    return made;
}

} // namespace PasswordHash
