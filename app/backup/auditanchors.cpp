#include "auditanchors.h"

#include "backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace {

const QByteArray kMagic = QByteArrayLiteral("prescreen-audit-anchor-1");

} // namespace

bool AuditAnchors::append(const QString &file, const AuditEntry &row, const QDateTime &now, QString *error)
{
    QFile out(file);
    const bool fresh = !out.exists();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("the audit anchor could not be written to %1: %2").arg(file, out.errorString());
        return false;
    }
    if (fresh)
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = kMagic + ' ' + QByteArray::number(row.seq) + ' ' + row.hash.toLatin1() + ' '
                            + now.toUTC().toString(Qt::ISODate).toLatin1() + '\n';
    if (out.write(line) != line.size() || !out.flush()) {
        *error = QStringLiteral("the audit anchor could not be written to %1: %2").arg(file, out.errorString());
        return false;
    }
    out.close();
    return DurableFile::sync(file, error);
}

QList<AuditAnchors::Anchor> AuditAnchors::read(const QString &file, QString *error)
{
    QList<Anchor> anchors;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 cannot be read: %2").arg(file, in.errorString());
        return {};
    }
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(' ');
        bool seqOk = false;
        Anchor a;
        if (fields.size() == 4 && fields.at(0) == kMagic) {
            a.seq = fields.at(1).toLongLong(&seqOk);
            a.hash = QString::fromLatin1(fields.at(2));
            a.at = QDateTime::fromString(QString::fromLatin1(fields.at(3)), Qt::ISODate);
        }
        if (!seqOk || a.seq < 1 || a.hash.size() != 64 || !a.at.isValid()) {
            *error = QStringLiteral("%1:%2: not an audit anchor (expected \"%3 SEQ SHA256 TIME\", found \"%4\")")
                         .arg(file)
                         .arg(lineNumber)
                         .arg(QString::fromLatin1(kMagic), QString::fromUtf8(line.left(60)));
            return {};
        }
        a.line = lineNumber;
        anchors << a;
    }
    if (anchors.isEmpty())
        *error = QStringLiteral("%1 holds no audit anchor").arg(file);
    return anchors;
}

QString AuditAnchors::firstBroken(const QList<Anchor> &anchors, const QList<AuditEntry> &chain, const QString &file)
{
    QHash<qint64, QString> hashes;
    hashes.reserve(chain.size());
    for (const AuditEntry &e : chain)
        hashes.insert(e.seq, e.hash);
    for (const Anchor &a : anchors) {
        const auto it = hashes.constFind(a.seq);
        const QString written = QStringLiteral("(%1:%2, written down %3)")
                                    .arg(file)
                                    .arg(a.line)
                                    .arg(a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (it == hashes.constEnd())
            return QStringLiteral("row %1 is gone %2: the log was cut or rewritten shorter").arg(a.seq).arg(written);
        if (*it != a.hash)
            return QStringLiteral("row %1 no longer has the hash it had %2: the chain was rewritten at or before "
                                  "that row, and its hashes made anew")
                .arg(a.seq)
                .arg(written);
    }
    return {};
}

QString AuditAnchors::besideBackup(const QString &backupPath)
{
    return QFileInfo(backupPath).absoluteDir().filePath(QStringLiteral("prescreen-audit-anchors.txt"));
}
