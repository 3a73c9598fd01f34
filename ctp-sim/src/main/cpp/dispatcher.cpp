#include "dispatcher.h"

#include <pthread.h>

#include <atomic>
#include <chrono>

#include "clock.h"

namespace ctpsim
{
namespace
{
std::atomic<int64_t> posted{0};
std::atomic<int64_t> finished{0};
}

int64_t Dispatcher::pendingTasks()
{
    // finished first: a task that finishes between the two reads then counts as pending, never as negative.
    const int64_t done = finished.load();
    return posted.load() - done;
}

int64_t Dispatcher::finishedTasks()
{
    return finished.load();
}

std::shared_ptr<Dispatcher> Dispatcher::start(const std::string& name)
{
    auto dispatcher = std::make_shared<Dispatcher>();
    // The thread holds its own reference: an instance released from inside a callback outlives its API object.
    std::unique_lock<std::mutex> lock(dispatcher->mutex_);
    dispatcher->thread_ = std::thread([dispatcher] { dispatcher->loop(); });
    dispatcher->threadId_ = dispatcher->thread_.get_id();
    pthread_setname_np(dispatcher->thread_.native_handle(), name.substr(0, 15).c_str());
    return dispatcher;
}

void Dispatcher::post(std::function<void()> task, int64_t dueNs)
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_)
        {
            return;
        }
        tasks_.push_back({dueNs, std::move(task)});
        posted++;
    }
    wakeUp_.notify_one();
}

void Dispatcher::clear()
{
    std::lock_guard<std::mutex> lock(mutex_);
    finished += static_cast<int64_t>(tasks_.size());
    tasks_.clear();
}

void Dispatcher::stop()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        finished += static_cast<int64_t>(tasks_.size());
        tasks_.clear();
    }
    wakeUp_.notify_one();
    if (onCallbackThread())
    {
        thread_.detach();
    }
    else if (thread_.joinable())
    {
        thread_.join();
    }
}

void Dispatcher::awaitStopped()
{
    std::unique_lock<std::mutex> lock(mutex_);
    stopped_.wait(lock, [this] { return finished_; });
}

bool Dispatcher::onCallbackThread() const
{
    return std::this_thread::get_id() == threadId_;
}

void Dispatcher::loop()
{
    {
        // start() names the thread and records its id before the first task may ask onCallbackThread().
        std::lock_guard<std::mutex> lock(mutex_);
    }
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopping_)
    {
        if (tasks_.empty())
        {
            wakeUp_.wait(lock);
            continue;
        }
        const int64_t due = tasks_.front().dueNs;
        const int64_t now = monotonicNs();
        if (due > now)
        {
            wakeUp_.wait_for(lock, std::chrono::nanoseconds(due - now));
            continue;
        }
        std::function<void()> task = std::move(tasks_.front().run);
        tasks_.pop_front();
        lock.unlock();
        task();
        finished++;
        lock.lock();
    }
    finished_ = true;
    stopped_.notify_all();
}
}
