#include "passwordhash.h"

#include <sodium.h>

#include "laterlibrary.h"

#include <atomic>
#include <cstdio>
#include <dlfcn.h>

namespace {

std::atomic<quint64> verificationCount{0};

// libsodium is loaded the first time a PIN is hashed or checked, not
// linked: the dynamic loader would map and bind it before main for every
// start of the kiosk, whose patients never sign in (0.8 million
// instructions before the first frame). The package depends on libsodium23
// by name; without it no PIN is accepted and the log says why.
struct Sodium
{
    decltype(&sodium_init) init = nullptr;
    decltype(&crypto_pwhash_str_alg) hash = nullptr;
    decltype(&crypto_pwhash_str_verify) verify = nullptr;
    decltype(&randombytes_buf) random = nullptr;
    decltype(&sodium_memzero) memzero = nullptr;
};

// Loaded and initialised once; nullptr when that failed.
const Sodium *sodium()
{
    static const Sodium *loaded = [] {
        static Sodium s;
        void *library = dlopen("libsodium.so.23", RTLD_NOW | RTLD_LOCAL);
        const bool ok = library && resolveLaterSymbol(library, "sodium_init", s.init)
            && resolveLaterSymbol(library, "crypto_pwhash_str_alg", s.hash)
            && resolveLaterSymbol(library, "crypto_pwhash_str_verify", s.verify)
            && resolveLaterSymbol(library, "randombytes_buf", s.random)
            && resolveLaterSymbol(library, "sodium_memzero", s.memzero)
            && s.init() >= 0;
        if (!ok)
            std::fprintf(stderr, "prescreen: libsodium.so.23 (Argon2id for staff PINs) could not be loaded: %s\n",
                         library ? "sodium_init failed" : dlerror());
        return ok ? &s : nullptr;
    }();
    return loaded;
}

} // namespace

namespace PasswordHash {

QString hash(const QString &secret)
{
    const Sodium *lib = sodium();
    if (!lib)
        return {};
    QByteArray clear = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // The interactive limits keep a sign-in under a second on a tablet.
    const int result = lib->hash(out, clear.constData(), quint64(clear.size()),
                             crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                             crypto_pwhash_ALG_ARGON2ID13);
    lib->memzero(clear.data(), size_t(clear.size()));
    return result == 0 ? QString::fromLatin1(out) : QString();
}

bool verify(const QString &hash, const QString &secret)
{
    ++verificationCount;
    const Sodium *lib = sodium();
    if (!lib || hash.isEmpty())
        return false;
    QByteArray clear = secret.toUtf8();
    const QByteArray stored = hash.toLatin1();
    const bool ok = lib->verify(stored.constData(), clear.constData(), quint64(clear.size())) == 0;
    lib->memzero(clear.data(), size_t(clear.size()));
    return ok;
}

quint64 verifications()
{
    return verificationCount.load();
}

const QString &dummy()
{
    static const QString made = [] {
        const Sodium *lib = sodium();
        if (!lib)
            return QString();
        char random[32];
        lib->random(random, sizeof random);
        const QString secret = QString::fromLatin1(QByteArray(random, sizeof random).toBase64());
        lib->memzero(random, sizeof random);
        return hash(secret);
    }();
    return made;
}

} // namespace PasswordHash
