package org.ctpengine.sim.testing;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.MdApi;
import org.ctpengine.adapter.struct.ReqUserLoginFlyweight;
import org.ctpengine.sim.SimControl;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * An {@link MdApi} on the simulator with a {@link CallbackRecorder} as its sink: connect, log in, subscribe, and take
 * the ticks in order. Used from the test thread only.
 */
public final class SimMd
{
    private static final int REQUEST_CAPACITY = 1024;

    private final SimFront front;
    private final CallbackRecorder recorder;
    private final MdApi api;
    private final UnsafeBuffer request = new UnsafeBuffer(ByteBuffer.allocateDirect(REQUEST_CAPACITY));
    private final ReqUserLoginFlyweight userLogin;

    SimMd(final SimFront front, final String name)
    {
        this.front = front;
        this.recorder = new CallbackRecorder(front.profile());
        this.userLogin = new ReqUserLoginFlyweight(front.profile());
        this.api = MdApi.create(front.libraries().md(), name, front.flowDirectory(name), recorder);
    }

    public MdApi api()
    {
        return api;
    }

    public CallbackRecorder callbacks()
    {
        return recorder;
    }

    public RecordedCallback next()
    {
        return recorder.next();
    }

    public RecordedCallback expect(final String method)
    {
        return recorder.expect(method);
    }

    /** Every callback the simulator has queued for this instance, and proof that nothing more is coming. */
    public List<RecordedCallback> drain()
    {
        return front.drain(recorder, SimControl.Target.MD);
    }

    /** Registers the front and starts the instance, without waiting for anything. */
    public SimMd start()
    {
        api.registerFront(SimFront.FRONT_ADDRESS);
        api.init();
        return this;
    }

    /** Registers the front and starts the instance, up to OnFrontConnected. */
    public SimMd connect()
    {
        start();
        recorder.expect("OnFrontConnected");
        return this;
    }

    /** ReqUserLogin (a market-data front checks no password); returns what the call returned. */
    public int reqUserLogin(final int requestId)
    {
        userLogin.wrap(request, 0).clear()
            .brokerId(SimAccount.DEFAULT.broker())
            .userId(SimAccount.DEFAULT.user());
        return api.reqUserLogin(request.addressOffset(), requestId);
    }

    /** Connects and logs in successfully; returns OnRspUserLogin. */
    public RecordedCallback login()
    {
        connect();
        if (reqUserLogin(1) != 0)
        {
            throw new AssertionError("md ReqUserLogin refused");
        }
        final RecordedCallback login = recorder.expect("OnRspUserLogin");
        if (login.errorId() != 0)
        {
            throw new AssertionError("md login failed: " + login);
        }
        return login;
    }

    /**
     * Subscribes to {@code instruments} on a logged-in instance and takes the answers: one OnRspSubMarketData per
     * instrument (the last with bIsLast), then the snapshot tick each new subscriber gets at once.
     */
    public void subscribe(final String... instruments)
    {
        if (api.subscribeMarketData(instruments) != 0)
        {
            throw new AssertionError("SubscribeMarketData refused");
        }
        for (int i = 0; i < instruments.length; i++)
        {
            final RecordedCallback answer = recorder.expect("OnRspSubMarketData");
            if (answer.isLast() != (i == instruments.length - 1) || answer.errorId() != 0)
            {
                throw new AssertionError("unexpected answer " + i + " to SubscribeMarketData: " + answer);
            }
        }
        for (int i = 0; i < instruments.length; i++)
        {
            recorder.expect("OnRtnDepthMarketData");
        }
    }
}
