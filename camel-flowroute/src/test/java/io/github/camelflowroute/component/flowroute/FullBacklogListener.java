package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port where connecting times out: a listener with a backlog of one that never accepts, its queue filled
 * by connections of its own. The kernel then drops further connection attempts, which is how an unreachable host
 * looks to a client, without leaving the machine.
 */
final class FullBacklogListener implements AutoCloseable {

    private static final int PROBE_TIMEOUT_MILLIS = 300;
    private static final int MAX_FILLERS = 64;

    private final ServerSocket listener;
    private final List<Socket> fillers = new ArrayList<>();

    FullBacklogListener() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        try {
            fill();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The kernel admits a little more than the backlog: connects until a connect times out. */
    private void fill() throws IOException {
        while (fillers.size() < MAX_FILLERS) {
            Socket filler = new Socket();
            try {
                filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()),
                        PROBE_TIMEOUT_MILLIS);
                fillers.add(filler);
            } catch (SocketTimeoutException full) {
                filler.close();
                return;
            } catch (IOException e) {
                filler.close();
                throw e;
            }
        }
        throw new IllegalStateException("the listen queue never filled up");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket filler : fillers) {
            filler.close();
        }
        listener.close();
    }
}
