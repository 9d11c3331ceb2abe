#include "rawdeflate.h"

#include <zlib.h>

#include <algorithm>

namespace {
constexpr qsizetype kChunk = 256 * 1024;
}

RawDeflate::RawDeflate(int level) : m_zip(std::make_unique<z_stream_s>()), m_out(kChunk, Qt::Uninitialized)
{
    *m_zip = z_stream_s{};
    // Negative window bits: no zlib header or trailer.
    m_ready = deflateInit2(m_zip.get(), level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    m_crc = quint32(crc32(0, nullptr, 0));
}

RawDeflate::~RawDeflate()
{
    if (m_ready)
        deflateEnd(m_zip.get());
}

void RawDeflate::restart()
{
    if (m_ready)
        deflateReset(m_zip.get());
    m_crc = quint32(crc32(0, nullptr, 0));
    m_size = 0;
    m_packed = 0;
}

bool RawDeflate::add(const char *data, qsizetype size, Flush flush, const Sink &sink)
{
    if (!m_ready)
        return false;
    const int mode = flush == Flush::Finish ? Z_FINISH : flush == Flush::Sync ? Z_SYNC_FLUSH : Z_NO_FLUSH;
    do {
        // zlib counts in uInt: at most a chunk of input at a time.
        const uInt part = uInt(std::min(size, kChunk));
        // (crc32 of no buffer is the initial value, not "unchanged".)
        if (part > 0)
            m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), part));
        m_size += part;
        m_zip->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_zip->avail_in = part;
        const int step = part == size ? mode : Z_NO_FLUSH;
        int status;
        do {
            m_zip->next_out = reinterpret_cast<Bytef *>(m_out.data());
            m_zip->avail_out = uInt(kChunk);
            status = deflate(m_zip.get(), step);
            if (status == Z_STREAM_ERROR)
                return false;
            const qsizetype made = kChunk - qsizetype(m_zip->avail_out);
            m_packed += quint64(made);
            if (made && !sink(m_out.constData(), made))
                return false;
        } while (m_zip->avail_out == 0 || (step == Z_FINISH && status != Z_STREAM_END));
        if (data)
            data += part;
        size -= part;
    } while (size > 0);
    return true;
}
