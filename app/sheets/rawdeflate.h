#pragma once

#include <QByteArray>

#include <functional>
#include <memory>

struct z_stream_s;

// A raw deflate stream (no zlib header: the form a ZIP member holds), fed
// in pieces and handed out as it is made, with the CRC-32 and length of
// what went in, which the ZIP's directory records.
class RawDeflate
{
public:
    // Where the compressed bytes go; false stops the stream.
    using Sink = std::function<bool(const char *data, qsizetype size)>;
    enum class Flush {
        None,   // more is coming
        Sync,   // end on a byte boundary, the stream still open: other raw
                // deflate data may follow it in the same member
        Finish, // the last block
    };

    // Level 1 deflates about three times faster than zlib's default and
    // makes a workbook a fifth larger; reception waits for the file, not
    // for the disk.
    explicit RawDeflate(int level = 1);
    ~RawDeflate();
    RawDeflate(const RawDeflate &) = delete;
    RawDeflate &operator=(const RawDeflate &) = delete;

    bool add(const char *data, qsizetype size, Flush flush, const Sink &sink);
    // Starts afresh: what follows refers to nothing before it.
    void restart();

    // Of what went in since the start (or restart): its CRC-32 and length;
    // and how many bytes came out.
    quint32 crc() const { return m_crc; }
    quint64 size() const { return m_size; }
    quint64 packed() const { return m_packed; }

private:
    std::unique_ptr<z_stream_s> m_zip;
    bool m_ready = false;
    QByteArray m_out; // one chunk of output, reused
    quint32 m_crc = 0;
    quint64 m_size = 0;
    quint64 m_packed = 0;
};
