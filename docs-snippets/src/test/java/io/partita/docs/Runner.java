package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.partita.cli.Main;
import io.partita.junit.PartitaEndpoints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the CLI and curl blocks of a page against the embedded server of the test. */
final class Runner {
    /** What one CLI line printed. */
    record CliResult(String line, int exitCode, String out, String err) {}

    private final PartitaEndpoints endpoints;

    Runner(PartitaEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Runs each line of a CLI block one-shot through the real entry point; every line must exit 0. */
    List<CliResult> cli(DocPage.Block block) {
        List<CliResult> results = new ArrayList<>();
        for (String line : block.text().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            CliResult r = cliLine(line);
            assertThat(r.exitCode())
                    .as("CLI line `%s` failed: %s", line, r.err())
                    .isZero();
            results.add(r);
        }
        return results;
    }

    /** Runs one CLI line; {@code partita ...} lines are one-shot invocations, others are shell lines. */
    CliResult cliLine(String line) {
        String target =
                line.replace("grpc://localhost:19530", endpoints.grpcUri().toString());
        List<String> args = new ArrayList<>();
        if (target.startsWith("partita ")) {
            target = target.substring("partita ".length());
        } else {
            args.add("-u");
            args.add(endpoints.grpcUri().toString());
        }
        args.add("--no-progress");
        args.addAll(words(target));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(new String[0]), new ByteArrayInputStream(new byte[0]), out, err, Map.of());
        return new CliResult(line, code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a curl block (with the curl binary when there is one) and returns the JSON it printed. */
    JsonElement curl(DocPage.Block block) throws IOException, InterruptedException {
        String command = block.text()
                .replace("localhost:9091", "127.0.0.1:" + endpoints.httpUri().getPort());
        String body;
        if (Files.isExecutable(Path.of("/usr/bin/curl")) || Files.isExecutable(Path.of("/bin/curl"))) {
            Process p = new ProcessBuilder("bash", "-c", command.replaceFirst("^curl ", "curl -sS "))
                    .redirectErrorStream(false)
                    .start();
            body = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("curl failed: %s", err).isZero();
        } else {
            body = exactHttpEquivalent(command);
        }
        return JsonParser.parseString(body);
    }

    /** Without a curl binary: the same request (method, URL, headers, body) parsed from the command. */
    private static String exactHttpEquivalent(String command) throws IOException, InterruptedException {
        String flat = command.replace("\\\n", " ");
        Matcher method = Pattern.compile("-X\\s+'?([A-Z]+)'?").matcher(flat);
        Matcher url = Pattern.compile("'(https?://[^']+)'").matcher(flat);
        Matcher data = Pattern.compile("-d\\s+'(.*?)'", Pattern.DOTALL).matcher(flat);
        assertThat(url.find()).as("no URL in %s", command).isTrue();
        String m = method.find() ? method.group(1) : "GET";
        HttpRequest.BodyPublisher pub =
                data.find() ? HttpRequest.BodyPublishers.ofString(data.group(1)) : HttpRequest.BodyPublishers.noBody();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.group(1)))
                .method(m, pub)
                .header("Content-Type", "application/json")
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return words;
    }
}
