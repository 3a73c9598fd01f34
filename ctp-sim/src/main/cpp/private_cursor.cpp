#include "private_cursor.h"

#include <cinttypes>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace ctpsim
{
namespace
{
// One line: "ctpsim-private 1 <day epoch, hex> <count> <broker/investor>".
constexpr const char* kFormatTag = "ctpsim-private 1";
constexpr std::size_t kMaxLine = 256;
}

PrivateCursor::PrivateCursor(const std::string& flowPath)
{
    if (flowPath.empty())
    {
        return;
    }
    const std::string file = flowPath + kFileName;
    fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600); // owner-only, like the client's flow files
    if (fd_ < 0)
    {
        return;
    }
    char line[kMaxLine] = {};
    const ssize_t n = ::pread(fd_, line, sizeof line - 1, 0);
    if (n <= 0)
    {
        return;
    }
    uint64_t epoch = 0;
    uint64_t count = 0;
    char account[kMaxLine] = {};
    if (std::sscanf(line, "ctpsim-private 1 %" SCNx64 " %" SCNu64 " %255s", &epoch, &count, account) == 3)
    {
        dayEpoch_ = epoch;
        count_ = count;
        account_ = account;
    }
}

PrivateCursor::~PrivateCursor()
{
    if (fd_ >= 0)
    {
        ::close(fd_);
    }
}

uint64_t PrivateCursor::received(uint64_t dayEpoch, const std::string& account) const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return dayEpoch == dayEpoch_ && account == account_ ? count_ : 0;
}

void PrivateCursor::advance(uint64_t dayEpoch, const std::string& account, uint64_t count)
{
    std::lock_guard<std::mutex> lock(mutex_);
    dayEpoch_ = dayEpoch;
    account_ = account;
    count_ = count;
    if (fd_ < 0)
    {
        return;
    }
    char line[kMaxLine];
    const int length = std::snprintf(line, sizeof line, "%s %" PRIx64 " %" PRIu64 " %s\n", kFormatTag, dayEpoch, count,
                                     account.c_str());
    if (length > 0 && static_cast<std::size_t>(length) < sizeof line &&
        ::pwrite(fd_, line, static_cast<std::size_t>(length), 0) == length)
    {
        // A shorter line than the last one must not leave its tail behind.
        (void)::ftruncate(fd_, length);
    }
}
}
