package io.partita.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The SDK's reading of the RPC catalogue {@code milvus-rpcs.txt}, the file module {@code wire}
 * keeps and the reference server reads too (its format is described at its top): for each RPC
 * name, whether a resend is safe and its route on Milvus 2.1's HTTP API. Copied beside this class
 * at build time so that sdk-core needs no protobuf. Read once; immutable.
 */
final class RpcFacts {
    private static final String FILE = "milvus-rpcs.txt";
    private static final Map<String, String[]> COLUMNS = read();

    private RpcFacts() {}

    /**
     * @return the catalogue's columns for this RPC: name, resend ({@code yes}/{@code no}), then
     *     either {@code -} or the HTTP method and path
     * @throws IllegalStateException when the catalogue has no such RPC
     */
    static String[] of(String rpc) {
        String[] cols = COLUMNS.get(rpc);
        if (cols == null) {
            throw new IllegalStateException(rpc + " is not in the RPC catalogue " + FILE
                    + " (wire/src/main/resources/io/partita/wire/catalogue): add its line there");
        }
        return cols;
    }

    private static Map<String, String[]> read() {
        String text;
        try (InputStream in = RpcFacts.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing beside " + RpcFacts.class.getName());
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> byName = new HashMap<>();
        text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+"))
                .forEach(cols -> byName.put(cols[0], cols));
        return byName;
    }
}
