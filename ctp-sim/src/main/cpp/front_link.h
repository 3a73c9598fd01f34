// The connection of one API instance (trader or md) to the simulated front: its callback thread, its SPI, and the
// connect / drop / reconnect cycle, which asks Core at every attempt whether the front accepts it (up), ignores it
// (down, or a maintenance window that refuses connections) or accepts and closes it at once (a storm).
// Everything but the callback thread's own tasks runs under Core::mutex.
#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "clock.h"
#include "core.h"
#include "dispatcher.h"
#include "messages.h"

namespace ctpsim
{
template <typename Spi>
class FrontLink
{
public:
    // `onLost` resets the owner's session state (login, subscriptions) when the connection goes; under the lock.
    FrontLink(Core& core, std::function<void()> onLost) : core_(core), onLost_(std::move(onLost))
    {
    }

    // Init (once): joins Core's list of sessions of its kind, starts the callback thread and the first connection
    // attempt (after the configured connect delay).
    template <typename Api>
    void open(std::vector<Api*>& sessions, Api* self, const std::string& threadPrefix)
    {
        std::lock_guard<std::mutex> lock(core_.mutex);
        if (dispatcher_)
        {
            return;
        }
        sessions.push_back(self);
        dispatcher_ = Dispatcher::start(threadPrefix + std::to_string(sessions.size()));
        scheduleAttempt(static_cast<int64_t>(core_.config.connectDelayMs) * kNsPerMs);
    }

    // Release: leaves Core's list, lets go of the SPI and ends the callback thread (joined unless called on it); the
    // API object may be deleted afterwards.
    template <typename Api>
    void close(std::vector<Api*>& sessions, Api* self)
    {
        {
            std::lock_guard<std::mutex> lock(core_.mutex);
            sessions.erase(std::remove(sessions.begin(), sessions.end(), self), sessions.end());
            spi = nullptr;
        }
        if (dispatcher_)
        {
            dispatcher_->stop();
        }
    }

    // Join: waits until the callback thread has ended.
    void join()
    {
        std::shared_ptr<Dispatcher> dispatcher;
        {
            std::lock_guard<std::mutex> lock(core_.mutex);
            dispatcher = dispatcher_;
        }
        if (dispatcher)
        {
            dispatcher->awaitStopped();
        }
    }

    // Runs `task` on the callback thread, after the configured response delay and everything posted before it.
    void post(std::function<void()> task)
    {
        if (dispatcher_)
        {
            dispatcher_->post(std::move(task), core_.dueNs());
        }
    }

    // Runs `callback` with the SPI on the callback thread (nothing when the SPI is gone).
    void deliver(std::function<void(Spi*)> callback)
    {
        post([this, callback = std::move(callback)]
        {
            // spi is only replaced before Init or cleared in Release, after which this thread runs no more tasks.
            if (spi != nullptr)
            {
                callback(spi);
            }
        });
    }

    // A request the simulator does not implement, answered as CTP answers one: OnRspError "unsupported function";
    // -1 while not connected. Takes Core's lock.
    int answerUnsupported(const int requestId)
    {
        std::lock_guard<std::mutex> lock(core_.mutex);
        if (!connected)
        {
            return -1;
        }
        deliver([requestId](Spi* s)
        {
            CThostFtdcRspInfoField info{};
            fillRspInfo(info, kUnsupportedFunction);
            s->OnRspError(&info, requestId, true);
        });
        return 0;
    }
    // The front drops the connection: OnFrontDisconnected(reason), then a new attempt after `reconnectAfterNs`
    // (none when negative: see reconnect()). `losePending`: callbacks not yet delivered are lost with the
    // connection (a broken link); false lets them arrive first (a front that closes its sessions in order).
    void drop(const int reason, const int64_t reconnectAfterNs, const bool losePending)
    {
        if (!connected || !dispatcher_)
        {
            return;
        }
        connected = false;
        onLost_();
        if (losePending)
        {
            dispatcher_->clear();
        }
        deliver([reason](Spi* s) { s->OnFrontDisconnected(reason); });
        if (reconnectAfterNs >= 0)
        {
            scheduleAttempt(reconnectAfterNs);
        }
    }

    // A new connection attempt after `delayMs`, unless connected.
    void reconnect(const int delayMs)
    {
        if (!connected)
        {
            parked = false;
            scheduleAttempt(static_cast<int64_t>(delayMs) * kNsPerMs);
        }
    }

    // The front answers again: an attempt that found it silent is made again, after the connect delay.
    void revive()
    {
        if (parked && !connected)
        {
            parked = false;
            scheduleAttempt(static_cast<int64_t>(core_.config.connectDelayMs) * kNsPerMs);
        }
    }

    Spi* spi = nullptr;
    bool connected = false;
    bool parked = false;   // the last attempt found the front silent; revive() tries again

private:
    void scheduleAttempt(const int64_t delayNs)
    {
        if (!dispatcher_)
        {
            return;
        }
        const int64_t due = std::max(core_.dueNs(), delayNs > 0 ? monotonicNs() + delayNs : int64_t{0});
        dispatcher_->post([this] { attempt(); }, due);
    }

    // On the callback thread.
    void attempt()
    {
        bool announce = true;
        {
            std::lock_guard<std::mutex> lock(core_.mutex);
            if (connected)
            {
                return;
            }
            const Core::Admission admission = core_.admitConnectionLocked();
            if (admission == Core::Admission::Silent)
            {
                parked = true; // like a library retrying a front nobody answers for: no callback at all
                return;
            }
            connected = true;
            core_.connectionsAccepted++;
            if (admission == Core::Admission::AcceptAndClose)
            {
                announce = core_.config.stormConnected;
                // Posted before the SPI runs, so that it follows OnFrontConnected and precedes (and drops) the
                // answers to whatever the SPI requests from inside it; a Release from the callback stops it.
                dispatcher_->post([this]
                {
                    std::lock_guard<std::mutex> closeLock(core_.mutex);
                    if (core_.admitConnectionLocked() == Core::Admission::AcceptAndClose) // still storming
                    {
                        drop(kFrontClosedReason, static_cast<int64_t>(core_.config.stormReconnectUs) * 1000, true);
                    }
                }, core_.dueNs());
            }
        }
        if (announce && spi != nullptr)
        {
            spi->OnFrontConnected(); // last: the SPI may Release this instance from here
        }
    }

    Core& core_;
    std::function<void()> onLost_;
    std::shared_ptr<Dispatcher> dispatcher_;
};
}
