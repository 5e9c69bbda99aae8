package io.newsflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Files and folders (recursive, in name order so runs are reproducible): each plain-text or HTML file is one
 * input; each line of a JSON Lines file is one. Hidden files are skipped. Over-large files are not read past the
 * rejection cap.
 */
public final class FileSource {

    private final long maxBytes;
    private final int rejectionCap;

    /**
     * @param maxBytes     inputs larger than this are rejected as TOO_LARGE
     * @param rejectionCap how many bytes of a rejected input are kept in its rejection record
     */
    public FileSource(long maxBytes, int rejectionCap) {
        this.maxBytes = maxBytes;
        this.rejectionCap = rejectionCap;
    }

    /** The files under the given paths (a path may be a file or a folder), sorted, hidden ones skipped. */
    public static List<Path> listFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    // everything but folders: a dangling link or an unreadable entry is reported, never skipped
                    files.addAll(walk.filter(p -> !Files.isDirectory(p))
                            .filter(p -> !isHidden(root, p))
                            .sorted(Comparator.comparing(Path::toString)).collect(Collectors.toList()));
                }
            } else {
                files.add(root);
            }
        }
        return files;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Reads one file into its items (several for JSON Lines). Never throws: failures become items. */
    public List<SourceItem> read(Path file, String kind) {
        SourceRef ref = new SourceRef(kind, sourceName(file), file.toAbsolutePath().toUri().toString(), null,
                file.toString());
        Instant now = Instant.now();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return List.of(new SourceItem.Failed(ref, RejectReason.UNREADABLE, "cannot read " + file + ": " + e,
                    new byte[0], 0));
        }
        if (size > maxBytes && !ContentTypes.JSON_LINES.equals(ContentTypes.fromExtension(file.toString()))) {
            return List.of(new SourceItem.Failed(ref, RejectReason.TOO_LARGE,
                    file + " is " + size + " bytes, over the limit of " + maxBytes, head(file), size));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return List.of(new SourceItem.Failed(ref, RejectReason.UNREADABLE, "cannot read " + file + ": " + e,
                    new byte[0], size));
        }
        if (ContentTypes.JSON_LINES.equals(ContentTypes.fromExtension(file.toString()))) {
            return jsonLines(file, bytes, now);
        }
        return List.of(new SourceItem.Found(Candidate.of(ref, bytes, now)));
    }

    private List<SourceItem> jsonLines(Path file, byte[] bytes, Instant now) {
        List<SourceItem> items = new ArrayList<>();
        int start = 0;
        int lineNo = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                lineNo++;
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                byte[] line = Arrays.copyOfRange(bytes, start, end);
                start = i + 1;
                if (new String(line, StandardCharsets.UTF_8).isBlank()) {
                    continue;
                }
                SourceRef ref = new SourceRef("jsonl", sourceName(file),
                        file.toAbsolutePath().toUri() + "#L" + lineNo, null, file + ":" + lineNo);
                if (line.length > maxBytes) {
                    items.add(new SourceItem.Failed(ref, RejectReason.TOO_LARGE, "line " + lineNo + " is "
                            + line.length + " bytes, over the limit of " + maxBytes,
                            Arrays.copyOf(line, rejectionCap), line.length));
                    continue;
                }
                try {
                    items.add(new SourceItem.Found(JsonLines.parse(ref, line, now)));
                } catch (RejectedInputException e) {
                    items.add(new SourceItem.Failed(ref, e.reason(), e.getMessage(), line, line.length));
                }
            }
        }
        return items;
    }

    private byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(rejectionCap);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String sourceName(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null ? "files" : parent.getFileName().toString();
    }
}
