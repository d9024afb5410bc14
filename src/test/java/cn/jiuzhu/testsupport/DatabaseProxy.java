package cn.jiuzhu.testsupport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service and PostgreSQL that a test can break the ways a database goes
 * away: {@link #cut()} closes every open connection and refuses new ones (a restart, a crash);
 * {@link #hang()} closes them and accepts new ones that are never answered (a server that is up
 * but stuck); {@link #restore()} forwards again on the same port. Plain sockets and two threads per
 * connection: a test opens a handful.
 */
public final class DatabaseProxy implements Closeable {

    private enum Mode { FORWARD, HANG, REFUSE }

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private Mode mode = Mode.FORWARD;
    private ServerSocket listening;

    public DatabaseProxy(String targetHost, int targetPort) {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.listening = bindBelowTheEphemeralRange();
        this.port = listening.getLocalPort();
        acceptOn(listening);
    }

    /**
     * The port is given up while the database is "down" and taken again after: one the kernel hands out as a
     * client's source port (the ephemeral range, 32768 and up on Linux) could be taken by any connection meanwhile.
     */
    private static ServerSocket bindBelowTheEphemeralRange() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        UncheckedIOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return bindOnce(random.nextInt(20_000, 32_000));
            } catch (UncheckedIOException taken) {
                last = taken;
            }
        }
        throw last;
    }

    public int port() {
        return port;
    }

    /** Closes every connection and refuses new ones, as a stopped server does. */
    public synchronized void cut() {
        mode = Mode.REFUSE;
        closeQuietly(listening);
        listening = null;
        closeAll();
    }

    /** Closes every connection; new ones are accepted and never answered. */
    public synchronized void hang() {
        if (listening == null) {
            listening = bind(port);
            acceptOn(listening);
        }
        mode = Mode.HANG;
        closeAll();
    }

    /** Forwards again; connections held by {@link #hang()} are closed. */
    public synchronized void restore() {
        closeAll();
        mode = Mode.FORWARD;
        if (listening == null) {
            listening = bind(port);
            acceptOn(listening);
        }
    }

    @Override
    public synchronized void close() {
        cut();
    }

    /**
     * A closed listening socket is released only once its accepting thread has left accept(), a moment after close():
     * binding the same port again is retried for up to two seconds.
     */
    private static ServerSocket bind(int port) {
        UncheckedIOException last = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                return bindOnce(port);
            } catch (UncheckedIOException e) {
                last = e;
                sleepQuietly(50);
            }
        }
        throw last;
    }

    private static ServerSocket bindOnce(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptOn(ServerSocket socket) {
        daemon("db-proxy-accept", () -> {
            while (!socket.isClosed()) {
                try {
                    admit(socket, socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /** Under the lock, so that a connection accepted while {@link #cut()} runs is not left forwarding. */
    private synchronized void admit(ServerSocket from, Socket client) {
        if (from != listening) {
            closeQuietly(client);
            return;
        }
        open.add(client);
        if (mode == Mode.FORWARD) {
            forward(client);
        }
    }

    private void forward(Socket client) {
        Socket server = new Socket();
        open.add(server);
        try {
            server.connect(target, 2000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(server);
            return;
        }
        daemon("db-proxy-up", () -> pipe(client, server));
        daemon("db-proxy-down", () -> pipe(server, client));
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // One side went away: the other goes too, below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private void closeAll() {
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // Already closed: nothing left to release.
        }
    }
}
