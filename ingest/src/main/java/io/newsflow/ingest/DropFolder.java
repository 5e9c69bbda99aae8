package io.newsflow.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drop folder: each poll publishes the files that appeared since the last one, each file once, also across
 * restarts (the state file remembers path and content hash). A file is taken only once its size has stopped
 * changing between two polls, so half-copied files wait. Files are marked done only after the broker has
 * acknowledged them; after a failure they are tried again (their ids are stable, so sinks stay idempotent).
 */
public final class DropFolder {

    private static final Logger log = LoggerFactory.getLogger(DropFolder.class);
    private static final String SCOPE = "watch";

    private final Path folder;
    private final FileSource source;
    private final IngestPipeline pipeline;
    private final IngestState state;
    private final Map<Path, Long> pendingSizes = new HashMap<>();

    public DropFolder(Path folder, FileSource source, IngestPipeline pipeline, IngestState state) {
        this.folder = folder;
        this.source = source;
        this.pipeline = pipeline;
        this.state = state;
    }

    /**
     * One poll.
     *
     * @return how many files it took
     */
    public int poll() throws IOException {
        List<Path> ready = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Path file : FileSource.listFiles(List.of(folder))) {
            long size = Files.size(file);
            Long before = pendingSizes.put(file, size);
            if (before == null || before != size) {
                continue; // new or still growing: look again next poll
            }
            String key = folder.relativize(file) + "#" + contentHash(file);
            if (!state.isSeen(SCOPE, key)) {
                ready.add(file);
                keys.add(key);
            }
        }
        long failedBefore = pipeline.stats().failed();
        for (Path file : ready) {
            source.read(file, "watch").forEach(pipeline::accept);
        }
        pipeline.flush();
        if (pipeline.stats().failed() > failedBefore) {
            log.warn("{} file(s) from {} not acknowledged by the broker; retrying next poll", ready.size(), folder);
            return 0;
        }
        keys.forEach(k -> state.markSeen(SCOPE, k));
        ready.forEach(pendingSizes::remove);
        return ready.size();
    }

    private static String contentHash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
