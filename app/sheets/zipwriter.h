#pragma once

#include "rawdeflate.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

// A ZIP archive (the container of an .xlsx) written front to back to a
// device that need not seek: each member is deflated as it streams and its
// sizes follow it in a data descriptor, as Go's and Java's streaming
// writers do and Excel reads. Members stay under 4 GB (no ZIP64): a sheet
// that would be larger is refused (XlsxExport checks as the rows come).
class ZipWriter
{
public:
    // Sizes and offsets must stay below this: 0xFFFFFFFF means ZIP64.
    static constexpr quint64 kLimit = 0xFFFFFFFFu;

    explicit ZipWriter(QIODevice *out);
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool begin(const QByteArray &name);
    bool write(const QByteArray &data);
    // `packed` bytes of raw deflate data made elsewhere (a RawDeflate ended
    // with Flush::Sync), `size` bytes with CRC-32 `crc` once inflated,
    // copied into the member as they are: what was written before and after
    // is deflated apart, so no back-reference crosses the joins. Fewer bytes
    // than `packed` is an error, never a short sheet.
    bool writeDeflated(QIODevice *source, quint64 packed, quint32 crc, quint64 size);
    bool end();
    // A whole member in one call.
    bool add(const QByteArray &name, const QByteArray &data) { return begin(name) && write(data) && end(); }
    // The central directory; the archive is complete once this returns true.
    bool finish();

    QString errorString() const { return m_error; }
    // Whether what failed was writing to the device (a full or missing medium).
    bool deviceFailed() const { return m_deviceFailed; }

private:
    struct Member {
        QByteArray name;
        quint32 crc = 0;
        quint64 packed = 0;
        quint64 size = 0;
        quint64 offset = 0;
    };
    bool put(const char *data, qsizetype size);
    bool put(const QByteArray &bytes) { return put(bytes.constData(), bytes.size()); }
    bool fail(const QString &why);
    // Adds what the deflater took since its restart to the member's CRC
    // and size, and restarts it: after a flush that ends on a byte boundary.
    void takeDeflated();
    bool withinLimit();

    QIODevice *m_out;
    RawDeflate m_deflate;
    RawDeflate::Sink m_sink;
    quint64 m_written = 0;
    Member m_member;
    QList<Member> m_members;
    QString m_error;
    bool m_deviceFailed = false;
};
