package io.newsflow.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IPTC Media Topics with weighted terms, as data. The bundled file is {@value #DEFAULT_RESOURCE}; operators can
 * replace it ({@link #fromFile}) or extend it ({@link #merge}).
 *
 * <p>File format, UTF-8, one topic a line, '#' starts a comment line:
 * {@code qcode<TAB>broader qcode or empty<TAB>label<TAB>term:weight|term:weight|...}. A term of several words is a
 * phrase; the weight defaults to 1 when omitted.
 */
public final class Taxonomy {

    public static final String DEFAULT_RESOURCE = "/io/newsflow/enrich/topics/iptc-topics.tsv";

    /** A term or phrase and how much one occurrence says about its topic. */
    public record Term(String text, double weight) {
    }

    /** One topic: code, broader topic (null for a top-level topic), label and terms. */
    public record Topic(String qcode, String broader, String name, List<Term> terms) {

        public Topic {
            terms = List.copyOf(terms);
        }
    }

    private final Map<String, Topic> topics;

    private Taxonomy(Map<String, Topic> topics, boolean complete) {
        this.topics = topics;
        if (complete) {
            validate(topics);
        }
    }

    /** Every broader topic exists and the hierarchy has no cycle. */
    private static void validate(Map<String, Topic> topics) {
        for (Topic t : topics.values()) {
            if (t.broader() != null && !topics.containsKey(t.broader())) {
                throw new IllegalArgumentException("topic " + t.qcode() + " has unknown broader topic " + t.broader());
            }
        }
        for (Topic t : topics.values()) {
            // Cycles would make ancestor walks endless.
            int depth = 0;
            for (String b = t.broader(); b != null; b = topics.get(b).broader()) {
                if (++depth > topics.size()) {
                    throw new IllegalArgumentException("cycle in broader topics at " + t.qcode());
                }
            }
        }
    }

    private static final class Holder {
        static final Taxonomy DEFAULT = load();

        private static Taxonomy load() {
            try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bundled taxonomy. */
    public static Taxonomy defaults() {
        return Holder.DEFAULT;
    }

    /** A complete taxonomy read from an operator's file (same format as the bundled one). */
    public static Taxonomy fromFile(Path file) {
        return read(file, true);
    }

    /**
     * An extension read from an operator's file, to {@link #merge} into another taxonomy: its broader topics may be
     * topics of the taxonomy it extends.
     */
    public static Taxonomy extensionFromFile(Path file) {
        return read(file, false);
    }

    private static Taxonomy read(Path file, boolean complete) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, complete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A complete taxonomy from a reader. */
    public static Taxonomy parse(Reader reader) throws IOException {
        return parse(reader, true);
    }

    private static Taxonomy parse(Reader reader, boolean complete) throws IOException {
        Map<String, Topic> topics = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new IllegalArgumentException("line " + no + ": expected qcode, broader, label[, terms]");
            }
            String qcode = cols[0].strip();
            String broader = cols[1].isBlank() ? null : cols[1].strip();
            List<Term> terms = cols.length > 3 ? parseTerms(cols[3], no) : List.of();
            topics.put(qcode, new Topic(qcode, broader, cols[2].strip(), terms));
        }
        return new Taxonomy(topics, complete);
    }

    private static List<Term> parseTerms(String column, int line) {
        List<Term> terms = new ArrayList<>();
        for (String item : column.split("\\|")) {
            String s = item.strip();
            if (s.isEmpty()) {
                continue;
            }
            int colon = s.lastIndexOf(':');
            double weight = 1.0;
            String text = s;
            if (colon > 0) {
                try {
                    weight = Double.parseDouble(s.substring(colon + 1));
                    text = s.substring(0, colon);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + line + ": bad weight in '" + s + "'", e);
                }
            }
            terms.add(new Term(text.strip().toLowerCase(Locale.ROOT), weight));
        }
        return terms;
    }

    /**
     * This taxonomy extended by another: topics of {@code other} are added; for a topic in both, the other's label
     * and broader topic win and its terms are added (a term in both takes the other's weight).
     */
    public Taxonomy merge(Taxonomy other) {
        Map<String, Topic> merged = new LinkedHashMap<>(topics);
        for (Topic t : other.topics.values()) {
            Topic mine = merged.get(t.qcode());
            if (mine == null) {
                merged.put(t.qcode(), t);
                continue;
            }
            Map<String, Term> terms = new LinkedHashMap<>();
            mine.terms().forEach(x -> terms.put(x.text(), x));
            t.terms().forEach(x -> terms.put(x.text(), x));
            merged.put(t.qcode(), new Topic(t.qcode(), t.broader() != null ? t.broader() : mine.broader(),
                    t.name().isEmpty() ? mine.name() : t.name(), new ArrayList<>(terms.values())));
        }
        return new Taxonomy(merged, true);
    }

    public Collection<Topic> topics() {
        return topics.values();
    }

    public Topic topic(String qcode) {
        return topics.get(qcode);
    }

    /** The topic's broader topics, nearest first. */
    public List<Topic> ancestors(String qcode) {
        List<Topic> out = new ArrayList<>();
        Topic t = topics.get(qcode);
        while (t != null && t.broader() != null) {
            t = topics.get(t.broader());
            out.add(t);
        }
        return out;
    }

    public int size() {
        return topics.size();
    }
}
