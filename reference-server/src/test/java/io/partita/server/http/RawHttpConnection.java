package io.partita.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection driven by hand, so a test can see whether the server keeps
 * the connection usable after an error, and can send chunked bodies piece by piece.
 */
final class RawHttpConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttpConnection(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** The status line's code, the headers (lower-cased names) and the body of one answer. */
    record Reply(int status, String headers, String body) {}

    /** Sends a request with a Content-Length body and reads the answer. */
    Reply exchange(String method, String path, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        writeHead(method, path, "Content-Length: " + b.length + "\r\n");
        out.write(b);
        out.flush();
        return read();
    }

    /** Sends the head of a chunked request; follow with {@link #chunk} and {@link #lastChunk}. */
    void startChunked(String method, String path) throws IOException {
        writeHead(method, path, "Transfer-Encoding: chunked\r\n");
        out.flush();
    }

    void chunk(byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    Reply lastChunk() throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return read();
    }

    private void writeHead(String method, String path, String extra) throws IOException {
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + extra
                + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads one answer (Content-Length or chunked). */
    Reply read() throws IOException {
        String statusLine = line();
        StringBuilder headers = new StringBuilder();
        long length = -1;
        boolean chunked = false;
        for (String h; !(h = line()).isEmpty(); ) {
            String lower = h.toLowerCase(Locale.ROOT);
            headers.append(lower).append('\n');
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size; (size = Integer.parseInt(line().strip(), 16)) > 0; ) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length > 0) {
            body.write(in.readNBytes((int) length));
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        return new Reply(status, headers.toString(), body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("connection closed by the server");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
