#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <zlib.h>

class QIODevice;

// A ZIP archive (the container of an .xlsx) written front to back to a
// device that need not seek: each member is deflated as it streams and its
// sizes follow it in a data descriptor, as Go's and Java's streaming
// writers do and Excel reads. Members stay under 4 GB (no ZIP64): an Excel
// sheet of 1,048,576 rows is far smaller.
class ZipWriter
{
public:
    // Level 1 deflates about three times faster than zlib's default and
    // makes the year's workbook a fifth larger; reception waits for the file,
    // not for the disk.
    explicit ZipWriter(QIODevice *out, int level = 1);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool begin(const QByteArray &name);
    bool write(const char *data, qsizetype size);
    bool write(const QByteArray &data) { return write(data.constData(), data.size()); }
    bool end();
    // A whole member in one call.
    bool add(const QByteArray &name, const QByteArray &data) { return begin(name) && write(data) && end(); }
    // The central directory; the archive is complete once this returns true.
    bool finish();

    QString errorString() const { return m_error; }

private:
    struct Member {
        QByteArray name;
        quint32 crc = 0;
        quint64 packed = 0;
        quint64 size = 0;
        quint64 offset = 0;
    };
    bool deflateSome(int flush);
    bool put(const QByteArray &bytes);
    bool fail(const QString &why);

    QIODevice *m_out;
    int m_level;
    z_stream m_zip{};
    bool m_open = false;
    quint64 m_written = 0;
    Member m_member;
    QList<Member> m_members;
    QByteArray m_chunk;
    QString m_error;
};
