#include "dispatcher.h"

#include <pthread.h>

#include <chrono>

#include "clock.h"

namespace ctpsim
{
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
    }
    wakeUp_.notify_one();
}

void Dispatcher::clear()
{
    std::lock_guard<std::mutex> lock(mutex_);
    tasks_.clear();
}

void Dispatcher::stop()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
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
        lock.lock();
    }
    finished_ = true;
    stopped_.notify_all();
}
}
