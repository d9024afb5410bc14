package cn.jiuzhu.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * HTTP/1.1 written by hand over a socket, for what client libraries hide or get wrong: a client that
 * sends {@code Expect: 100-continue} and holds its body back until told to send it (curl does this
 * for large bodies; Java 17's HttpClient hangs when the answer is not 100).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What the server said: whether it asked for the body, the final status line and the final body. */
    public record Answer(boolean continued, String statusLine, String body) {
        public JsonPath json() {
            return new JsonPath(body);
        }
    }

    /** Sends the head, and the body only if the server says 100 Continue; the connection is closed after the answer. */
    public static Answer askingFirst(URI server, String path, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String first = readHead(in);
            boolean continued = first.startsWith("HTTP/1.1 100");
            String finalHead = first;
            if (continued) {
                out.write(body);
                out.flush();
                finalHead = readHead(in);
            }
            String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(continued, finalHead.substring(0, finalHead.indexOf("\r\n")), rest);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the middle of a response head: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
