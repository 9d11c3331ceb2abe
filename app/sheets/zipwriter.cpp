#include "zipwriter.h"

#include <QIODevice>

#include <zlib.h>


namespace {

// ZIP's fields are little-endian.
void le16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void le32(QByteArray &b, quint64 v)
{
    le16(b, quint32(v & 0xffff));
    le16(b, quint32((v >> 16) & 0xffff));
}

constexpr quint32 kVersion = 20;      // 2.0: deflate
constexpr quint32 kFlags = 0x0008;    // sizes in a data descriptor after the data
constexpr quint32 kDeflated = 8;
constexpr quint32 kDosTime = 0;       // a fixed date (1980-01-01): the same
constexpr quint32 kDosDate = 0x21;    // rows give the same bytes

} // namespace

ZipWriter::ZipWriter(QIODevice *out)
    : m_out(out), m_sink([this](const char *data, qsizetype size) {
          m_member.packed += quint64(size);
          return put(data, size);
      })
{
}

bool ZipWriter::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

bool ZipWriter::put(const char *data, qsizetype size)
{
    if (!m_error.isEmpty())
        return false;
    if (m_out->write(data, size) != size) {
        m_deviceFailed = true;
        return fail(m_out->errorString());
    }
    m_written += quint64(size);
    return true;
}

bool ZipWriter::begin(const QByteArray &name)
{
    m_member = Member{name, quint32(crc32(0, nullptr, 0)), 0, 0, m_written};
    m_deflate.restart();
    QByteArray header;
    le32(header, 0x04034b50);
    le16(header, kVersion);
    le16(header, kFlags);
    le16(header, kDeflated);
    le16(header, kDosTime);
    le16(header, kDosDate);
    le32(header, 0); // crc and sizes: in the descriptor
    le32(header, 0);
    le32(header, 0);
    le16(header, quint32(name.size()));
    le16(header, 0);
    header += name;
    return put(header);
}

bool ZipWriter::write(const QByteArray &data)
{
    if (!m_deflate.add(data.constData(), data.size(), RawDeflate::Flush::None, m_sink))
        return fail(QStringLiteral("cannot compress %1").arg(QString::fromLatin1(m_member.name)));
    return withinLimit();
}

void ZipWriter::takeDeflated()
{
    // The deflater counts what it was given since its last restart.
    m_member.crc = quint32(crc32_combine(m_member.crc, m_deflate.crc(), z_off_t(m_deflate.size())));
    m_member.size += m_deflate.size();
    m_deflate.restart();
}

bool ZipWriter::withinLimit()
{
    const quint64 size = m_member.size + m_deflate.size();
    return (size < kLimit && m_member.packed < kLimit) || fail(QStringLiteral("%1 is larger than 4 GB").arg(QString::fromLatin1(m_member.name)));
}

bool ZipWriter::writeDeflated(QIODevice *source, quint64 packed, quint32 crc, quint64 size)
{
    // Close what was deflated so far on a byte boundary, then start afresh
    // after the copied data.
    if (!m_deflate.add(nullptr, 0, RawDeflate::Flush::Sync, m_sink))
        return fail(QStringLiteral("cannot compress %1").arg(QString::fromLatin1(m_member.name)));
    takeDeflated();
    QByteArray block;
    quint64 copied = 0;
    while (!(block = source->read(1 << 20)).isEmpty()) {
        copied += quint64(block.size());
        if (!m_sink(block.constData(), block.size()))
            return false;
    }
    if (!source->atEnd() || copied != packed)
        return fail(QStringLiteral("cannot read back %1: %2 of %3 bytes (%4)")
                        .arg(QString::fromLatin1(m_member.name)).arg(copied).arg(packed).arg(source->errorString()));
    m_member.crc = quint32(crc32_combine(m_member.crc, crc, z_off_t(size)));
    m_member.size += size;
    return withinLimit();
}

bool ZipWriter::end()
{
    if (!m_deflate.add(nullptr, 0, RawDeflate::Flush::Finish, m_sink))
        return fail(QStringLiteral("cannot compress %1").arg(QString::fromLatin1(m_member.name)));
    takeDeflated();
    QByteArray descriptor;
    le32(descriptor, 0x08074b50);
    le32(descriptor, m_member.crc);
    le32(descriptor, m_member.packed);
    le32(descriptor, m_member.size);
    m_members.append(m_member);
    return put(descriptor);
}
bool ZipWriter::finish()
{
    const quint64 start = m_written;
    QByteArray directory;
    for (const Member &m : std::as_const(m_members)) {
        le32(directory, 0x02014b50);
        le16(directory, kVersion); // made by: MS-DOS attributes
        le16(directory, kVersion);
        le16(directory, kFlags);
        le16(directory, kDeflated);
        le16(directory, kDosTime);
        le16(directory, kDosDate);
        le32(directory, m.crc);
        le32(directory, m.packed);
        le32(directory, m.size);
        le16(directory, quint32(m.name.size()));
        le16(directory, 0); // extra
        le16(directory, 0); // comment
        le16(directory, 0); // disk
        le16(directory, 0); // internal attributes
        le32(directory, 0); // external attributes
        le32(directory, m.offset);
        directory += m.name;
    }
    const quint64 size = quint64(directory.size());
    if (start + size >= kLimit)
        return fail(QStringLiteral("the workbook is larger than 4 GB"));
    le32(directory, 0x06054b50);
    le16(directory, 0);
    le16(directory, 0);
    le16(directory, quint32(m_members.size()));
    le16(directory, quint32(m_members.size()));
    le32(directory, size);
    le32(directory, start);
    le16(directory, 0);
    return put(directory);
}
