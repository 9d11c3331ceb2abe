#include "zipwriter.h"

#include <QIODevice>

#include <limits>

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
constexpr quint64 kLimit = std::numeric_limits<quint32>::max();
constexpr int kChunk = 256 * 1024;

} // namespace

ZipWriter::ZipWriter(QIODevice *out, int level) : m_out(out), m_level(level) {}

ZipWriter::~ZipWriter()
{
    if (m_open)
        deflateEnd(&m_zip);
}

bool ZipWriter::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

bool ZipWriter::put(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (m_out->write(bytes) != bytes.size())
        return fail(m_out->errorString());
    m_written += quint64(bytes.size());
    return true;
}

bool ZipWriter::begin(const QByteArray &name)
{
    m_member = Member{name, quint32(crc32(0, nullptr, 0)), 0, 0, m_written};
    // Raw deflate (negative window bits): ZIP carries no zlib header.
    if (deflateInit2(&m_zip, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return fail(QStringLiteral("cannot start compressing %1").arg(QString::fromLatin1(name)));
    m_open = true;
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

bool ZipWriter::deflateSome(int flush)
{
    m_chunk.resize(kChunk);
    int status;
    do {
        m_zip.next_out = reinterpret_cast<Bytef *>(m_chunk.data());
        m_zip.avail_out = uInt(kChunk);
        status = deflate(&m_zip, flush);
        if (status == Z_STREAM_ERROR)
            return fail(QStringLiteral("cannot compress %1").arg(QString::fromLatin1(m_member.name)));
        const qsizetype produced = kChunk - qsizetype(m_zip.avail_out);
        m_member.packed += quint64(produced);
        if (produced && !put(QByteArray::fromRawData(m_chunk.constData(), produced)))
            return false;
    } while (m_zip.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    return true;
}

bool ZipWriter::write(const char *data, qsizetype size)
{
    if (!m_open || !m_error.isEmpty())
        return false;
    while (size > 0) {
        // zlib counts in uInt; feed at most a chunk at a time.
        const uInt part = uInt(std::min<qsizetype>(size, kChunk));
        m_member.crc = quint32(crc32(m_member.crc, reinterpret_cast<const Bytef *>(data), part));
        m_member.size += part;
        m_zip.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_zip.avail_in = part;
        if (!deflateSome(Z_NO_FLUSH))
            return false;
        data += part;
        size -= part;
    }
    if (m_member.size > kLimit)
        return fail(QStringLiteral("%1 is larger than 4 GB").arg(QString::fromLatin1(m_member.name)));
    return true;
}

bool ZipWriter::end()
{
    if (!m_open)
        return false;
    const bool flushed = deflateSome(Z_FINISH);
    deflateEnd(&m_zip);
    m_open = false;
    if (!flushed)
        return false;
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
    if (start + size > kLimit)
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
