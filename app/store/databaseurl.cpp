#include "database.h"

#include <QUrl>
#include <QUrlQuery>

#include <arpa/inet.h>
#include <cstring>

// The text of a --db URL, checked before anything is looked up or connected:
// a URL that would send patient answers across the network unencrypted, or
// to a server whose certificate nobody checks, is refused here.

namespace {

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"),      QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QStringList kTlsFiles = {QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey")};

// Loopback by the text alone (a literal address or "localhost"): a name is
// never resolved here, so a refused URL sends nothing to any DNS server.
// inet_pton parses literal addresses only and never consults a resolver.
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QByteArray text = host.toLatin1();
    in_addr v4{};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, text.constData(), &v6) != 1)
        return false;
    if (IN6_IS_ADDR_LOOPBACK(&v6))
        return true;
    return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
}

// libpq's conninfo value: QPSQL joins the options with spaces after turning
// ';' into ' ', so a value is single-quoted and may not hold ';'.
QString conninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool readQuery(const QUrl &parsed, DatabaseUrl *url, QString *error)
{
    const QString where = QStringLiteral("--db \"%1\"").arg(parsed.toString(QUrl::RemoveUserInfo));
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value)) {
                *error = QStringLiteral("%1: sslmode=%2 is not one of %3").arg(where, value, kSslModes.join(QLatin1String(", ")));
                return false;
            }
        } else if (key == QLatin1String("insecure")) {
            if (value != QLatin1String("allow")) {
                *error = QStringLiteral("%1: insecure=%2: the only value is insecure=allow").arg(where, value);
                return false;
            }
            url->insecureAllowed = true;
            continue;
        } else if (kTlsFiles.contains(key)) {
            if (value.isEmpty() || value.contains(QLatin1Char(';'))) {
                *error = QStringLiteral("%1: %2 needs the path of a file (without ';')").arg(where, key);
                return false;
            }
        } else {
            *error = QStringLiteral("%1: unknown parameter \"%2\"; known: sslmode, sslrootcert, sslcert, sslkey, insecure")
                         .arg(where, key);
            return false;
        }
        for (const auto &[known, earlier] : std::as_const(url->tls)) {
            if (known == key) {
                *error = QStringLiteral("%1: %2 is given twice").arg(where, key);
                return false;
            }
        }
        url->tls.append({key, value});
    }
    return true;
}

QString tlsValue(const DatabaseUrl &url, const QString &key)
{
    for (const auto &[known, value] : url.tls) {
        if (known == key)
            return value;
    }
    return {};
}

} // namespace

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.kind = Kind::SQLite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty()) {
            *error = QStringLiteral("--db \"%1\": no file path after sqlite:").arg(text);
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
            *error = QStringLiteral("--db: \"%1\" is not of the form postgresql://USER@HOST:PORT/DBNAME").arg(text);
            return std::nullopt;
        }
        // libpq would take the operating system's user name in silence: on a
        // tablet that is the kiosk's account, never the clinic's login.
        if (parsed.userName().isEmpty()) {
            *error = QStringLiteral("--db: \"%1\" names no PostgreSQL login: write postgresql://USER@%2/%3")
                         .arg(text, parsed.authority(), parsed.path().mid(1));
            return std::nullopt;
        }
        if (!parsed.password().isEmpty()) {
            *error = QStringLiteral("--db: a password in the URL is refused because it would show in process lists "
                                    "and logs; use PGPASSWORD or a pgpass file");
            return std::nullopt;
        }
        url.kind = Kind::PostgreSQL;
        url.user = parsed.userName();
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.databaseName = parsed.path().mid(1);
        if (!readQuery(parsed, &url, error))
            return std::nullopt;
        const QString mode = tlsValue(url, QStringLiteral("sslmode"));
        const bool verified = mode == QLatin1String("verify-full") || mode == QLatin1String("verify-ca");
        if (!verified && !url.insecureAllowed && !isLoopback(url.host)) {
            *error = QStringLiteral("--db \"%1\": refused: %2 is another machine and sslmode is %3, so patient data "
                                    "could cross the network in clear or to a server nobody checked. Add "
                                    "?sslmode=verify-full&sslrootcert=/path/to/clinic-ca.crt (see the README), or, "
                                    "to accept this risk explicitly, &insecure=allow")
                         .arg(url.toString(), url.host, mode.isEmpty() ? QStringLiteral("not set") : mode);
            return std::nullopt;
        }
        return url;
    }
    *error = QStringLiteral("--db \"%1\": expected sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME").arg(text);
    return std::nullopt;
}

QString DatabaseUrl::toString() const
{
    if (kind == Kind::SQLite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
    QStringList query;
    for (const auto &[key, value] : tls)
        query << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value, "/"));
    if (insecureAllowed)
        query << QStringLiteral("insecure=allow");
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString DatabaseUrl::connectOptions() const
{
    QStringList options = {QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=prescreen")};
    for (const auto &[key, value] : tls)
        options << key + QLatin1Char('=') + conninfoValue(value);
    return options.join(QLatin1Char(';'));
}
