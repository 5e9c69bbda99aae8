package io.newsflow.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What ingest remembers across restarts: which items (watched files, feed entries) were published, and per-feed
 * validators (ETag, Last-Modified). An append-only file of tab-separated lines, replayed on open; a line is
 * written only after the records it covers were acknowledged by the broker.
 */
public final class IngestState implements AutoCloseable {

    private final Path file;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, String> meta = new HashMap<>();
    private final BufferedWriter writer;

    private IngestState(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                if (f.length == 3 && f[0].equals("seen")) {
                    seen.add(f[1] + "\t" + f[2]);
                } else if (f.length == 4 && f[0].equals("meta")) {
                    meta.put(f[1] + "\t" + f[2], f[3]);
                }
                // a torn last line (crash mid-write) is ignored: its items are published again, same ids
            }
        } else if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    public static IngestState open(Path file) {
        try {
            return new IngestState(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open ingest state " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    public synchronized boolean isSeen(String scope, String key) {
        return seen.contains(clean(scope) + "\t" + clean(key));
    }

    public synchronized void markSeen(String scope, String key) {
        if (seen.add(clean(scope) + "\t" + clean(key))) {
            append("seen\t" + clean(scope) + "\t" + clean(key));
        }
    }

    public synchronized String get(String scope, String key) {
        return meta.get(clean(scope) + "\t" + clean(key));
    }

    public synchronized void put(String scope, String key, String value) {
        if (value == null) {
            return;
        }
        String k = clean(scope) + "\t" + clean(key);
        if (!value.equals(meta.put(k, clean(value)))) {
            append("meta\t" + k + "\t" + clean(value));
        }
    }

    private void append(String line) {
        try {
            writer.write(line);
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ingest state " + file, e);
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
