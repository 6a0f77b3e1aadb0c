package cn.weihai.lianbao.integration.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A real HTTP endpoint on a random local port that records every POST and answers a settable status. */
final class TestReceiver implements AutoCloseable {
    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(200);

    TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            }
            int code = status.get();
            if (code == 204) {
                exchange.sendResponseHeaders(code, -1);
            } else {
                byte[] answer = (code < 300 ? "ok" : "receiver broken").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(code, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> matching(Predicate<Received> wanted) {
        return received.stream().filter(wanted).toList();
    }

    /** Polls until a matching request arrives; fails after {@code timeout}. */
    Received await(Predicate<Received> wanted, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Received> hit = received.stream().filter(wanted).findFirst();
            if (hit.isPresent()) {
                return hit.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no matching webhook within " + timeout + "; got " + received.size());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
