package roundtable.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Predicate;
import roundtable.wire.Json;

/**
 * A WebSocket client written by hand on a plain TCP socket, for what well-behaved clients never do:
 * vanish without a close frame, never answer a ping, stop reading. It answers nothing by itself.
 */
final class RawSocket implements AutoCloseable {

    /** One frame from the server; continuation frames are joined to their first frame. */
    record Frame(int opcode, byte[] payload) {
        boolean isText() {
            return opcode == 1;
        }

        boolean isClose() {
            return opcode == 8;
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects and does the opening handshake; {@code receiveBuffer} 0 keeps the system's default. */
    static RawSocket open(int port, String sessionId, int receiveBuffer) {
        try {
            Socket socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer); // before connecting, so the window stays small
            }
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(10_000);
            RawSocket raw = new RawSocket(socket);
            byte[] key = new byte[16];
            RANDOM.nextBytes(key);
            raw.out.write(("GET /ws/sessions/" + sessionId + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(key) + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            raw.out.flush();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) raw.in.readUnsignedByte());
            }
            if (!head.toString().startsWith("HTTP/1.1 101")) {
                throw new AssertionError("no upgrade: " + head);
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void sendText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        } else {
            throw new IllegalArgumentException("too long for this test client");
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void hello(String token) {
        sendText(Json.MAPPER.createObjectNode().put("type", "hello").put("token", token).toString());
    }

    /** The next frame, or null when the connection ended (or nothing came within the socket's timeout). */
    Frame read() {
        try {
            int first = in.readUnsignedByte();
            int opcode = first & 0x0f;
            byte[] payload = payload();
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            message.writeBytes(payload);
            while ((first & 0x80) == 0) { // not final: continuation frames follow
                first = in.readUnsignedByte();
                message.writeBytes(payload());
            }
            return new Frame(opcode, message.toByteArray());
        } catch (SocketTimeoutException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] payload() throws IOException {
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return payload;
    }

    /** Reads (never answering pings) until a text frame matches; fails when the connection ends first. */
    JsonNode awaitText(Predicate<JsonNode> expected) {
        while (true) {
            Frame frame = read();
            if (frame == null || frame.isClose()) {
                throw new AssertionError("the connection ended before the expected frame arrived");
            }
            if (frame.isText()) {
                try {
                    JsonNode node = Json.MAPPER.readTree(frame.text());
                    if (expected.test(node)) {
                        return node;
                    }
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Cuts the connection at once, with a TCP reset and no close frame: the way a dropped link looks. */
    void cut() {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
