package roundtable.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between a browser and the server that can fail the way real networks do: silently.
 * {@link #blackHole()} stops carrying bytes in both directions without closing anything (no FIN, no
 * RST), as hung Wi-Fi or a hand-over between networks does; connections opened meanwhile are accepted
 * and left hanging. {@link #restore()} carries everything again, the bytes that waited included, as
 * TCP does once packets get through again.
 */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private boolean dark;

    TcpRelay(int listenPort, int targetPort) throws IOException {
        this.listener = new ServerSocket();
        this.listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
        this.target = targetPort;
        daemon("relay-accept", this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    void blackHole() {
        synchronized (gate) {
            dark = true;
        }
    }

    void restore() {
        synchronized (gate) {
            dark = false;
            gate.notifyAll();
        }
    }

    /** Waits while the network is dark. */
    private void passable() throws InterruptedException {
        synchronized (gate) {
            while (dark) {
                gate.wait();
            }
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                daemon("relay-connect", () -> connect(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        try {
            passable();
            Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
            sockets.add(server);
            daemon("relay-up", () -> pipe(client, server));
            daemon("relay-down", () -> pipe(server, client));
        } catch (IOException | InterruptedException e) {
            // the relay is closing
        }
    }

    /** Carries bytes one way; while dark they wait, unread, in the socket buffers. */
    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                passable();
                out.write(buffer, 0, read);
                out.flush();
            }
            passable();
            to.shutdownOutput();
        } catch (IOException | InterruptedException e) {
            // one side went away; the relay has nothing more to carry
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        restore();
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
