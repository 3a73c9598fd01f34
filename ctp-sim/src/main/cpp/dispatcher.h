// The callback thread of one API instance: every SPI callback of that instance runs here, in the order
// posted, never inside the caller's Req* call (as with CTP, whose instances each have one callback thread).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace ctpsim
{
class Dispatcher
{
public:
    // Starts the thread; `name` shows in tools such as top -H (at most 15 characters).
    static std::shared_ptr<Dispatcher> start(const std::string& name);

    // Runs `task` on the callback thread no earlier than `dueNs` (CLOCK_MONOTONIC) and after everything
    // posted before it: a late task holds up those behind it, as a slow connection would.
    void post(std::function<void()> task, int64_t dueNs = 0);

    // Drops every task not yet started: what a broken connection loses.
    void clear();

    // Ends the thread after the running task; joins unless called from the callback thread itself
    // (an SPI may call Release() from a callback), in which case the thread ends on its own.
    void stop();

    // Waits until stop() has been called and the thread has finished.
    void awaitStopped();

    bool onCallbackThread() const;

    // Over every dispatcher of the library: tasks posted and not yet finished (queued or running), and tasks
    // finished (or dropped) so far. A driver that waits for both to hold still knows every callback has returned.
    static int64_t pendingTasks();
    static int64_t finishedTasks();

private:
    struct Task
    {
        int64_t dueNs;
        std::function<void()> run;
    };

    void loop();

    std::mutex mutex_;
    std::condition_variable wakeUp_;
    std::condition_variable stopped_;
    std::deque<Task> tasks_;
    bool stopping_ = false;
    bool finished_ = false;
    std::thread thread_;
    std::thread::id threadId_;
};
}
