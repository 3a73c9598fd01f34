package org.ctpengine.adapter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP listener that accepts every connection and closes it at once: the smallest "front" that makes
 * a CTP library report OnFrontDisconnected(0x1001) and reconnect immediately. Accepts on its own thread.
 */
public final class AcceptAndCloseFront implements AutoCloseable
{
    private final ServerSocket server;
    private final Thread acceptor;
    private final AtomicLong accepted = new AtomicLong();

    public AcceptAndCloseFront()
    {
        try
        {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptLoop, "accept-and-close-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code tcp://127.0.0.1:<port>}. */
    public String address()
    {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    /** Connections accepted so far. */
    public long accepted()
    {
        return accepted.get();
    }

    @Override
    public void close()
    {
        try
        {
            server.close();
        }
        catch (final IOException ignored)
        {
            // closing: nothing to do
        }
        try
        {
            acceptor.join(10_000);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop()
    {
        while (!server.isClosed())
        {
            try
            {
                final Socket socket = server.accept();
                accepted.incrementAndGet();
                // A graceful close (FIN): the library reads end-of-stream and reports 0x1001. An abortive one (RST)
                // can land before its connect completes, which it treats as a failed connect and retries slowly.
                socket.close();
            }
            catch (final IOException e)
            {
                if (server.isClosed())
                {
                    return;
                }
            }
        }
    }
}
