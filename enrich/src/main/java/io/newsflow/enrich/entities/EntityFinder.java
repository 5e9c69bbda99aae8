package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsflow.enrich.text.AnalysedText;

/**
 * Finds people, places and organisations in an article body. Pure: no I/O after loading, thread-safe.
 *
 * <p>The sequence, per paragraph:
 * <ol>
 *   <li>{@link WordTokenizer}: words, with the punctuation between them and sentence starts;</li>
 *   <li>runs: maximal sequences of capitalised words not split by punctuation (name particles such as
 *       "von der" allowed inside);</li>
 *   <li>segmentation of each run, longest match first: gazetteer phrases (JDK countries in English and 18 other
 *       languages, places, organisations, public figures), title words (also compound titles and titles after an
 *       elided article), demonyms, function words, then unknown words; an unknown word that starts a sentence is
 *       kept only if the part-of-speech check calls it a proper noun;</li>
 *   <li>{@link GroupRules}: groups of unknown words become organisations (ending, or in head-first languages
 *       starting, with an organisation word), possible people, or are dropped (modifiers before a title, compounds
 *       with a place such as a newspaper name, units inside an institution, names of laws, events, buildings and
 *       works);</li>
 *   <li>in German text, where every noun is capitalised, a possible person of two words or more must open with two
 *       words the German part-of-speech model tags proper nouns, and ends where they end;</li>
 * </ol>
 * then {@link PersonResolver} merges spelling variants and surname-only mentions into one person each.
 * Title-case paragraphs (headings) only confirm entities known from the gazetteers or the rest of the text.
 */
public final class EntityFinder {

    /** A paragraph is a heading when at least this share of its content words is capitalised. */
    static final double HEADING_CAPITALISED_SHARE = 0.6;
    /** Headings are short: a longer paragraph is running text even when capitals abound. */
    static final int HEADING_MAX_WORDS = 20;

    /** Words of context tagged before a German name group ("sagte die Stadt ..."): the article decides a noun. */
    static final int GERMAN_CONTEXT_BEFORE = 2;
    /** Words of context tagged after it: wider windows did not tag "Jana Richter Berufung" any better. */
    static final int GERMAN_CONTEXT_AFTER = 1;

    private final EntityLexicon lexicon;
    private final ProperNounCheck properNouns;
    /**
     * German capitalises every noun, so a run of capitals is no evidence of a name ("Millionen Euro", "Erste
     * Gespräche"): in German text an untitled name of two words or more must start with two words the German model
     * tags proper nouns, and ends where they end. Null without a model.
     */
    private final java.util.function.Supplier<OpenNlpProperNounCheck> germanNouns;
    /** Per thread, the word table of the text being read (its arrays reused from text to text). */
    private final ThreadLocal<Tokens> tokens = ThreadLocal.withInitial(Tokens::new);

    EntityFinder(EntityLexicon lexicon, ProperNounCheck properNouns,
                 java.util.function.Supplier<OpenNlpProperNounCheck> germanNouns) {
        this.lexicon = lexicon;
        this.properNouns = properNouns;
        this.germanNouns = germanNouns;
    }

    /** The finder with the bundled gazetteers and OpenNLP's English part-of-speech model; loads them once. */
    public static EntityFinder withDefaults() {
        return new EntityFinder(EntityLexicon.defaults(), OpenNlpProperNounCheck.defaults(),
                OpenNlpProperNounCheck::german);
    }

    /** As {@link #withDefaults()} but without the part-of-speech model: capitals and word lists only. */
    public static EntityFinder withoutModel() {
        return new EntityFinder(EntityLexicon.defaults(), ProperNounCheck.CAPITALS_ONLY, null);
    }

    public Entities find(List<String> body) {
        return find(AnalysedText.ofBody(body));
    }

    /** As {@link #find(AnalysedText, String)} in a language not known. */
    public Entities find(AnalysedText text) {
        return find(text, null);
    }

    /** {@link #find(List)} in a language given as an ISO 639-1 code (null when not known). */
    public Entities find(List<String> body, String language) {
        return find(AnalysedText.ofBody(body), language);
    }

    /**
     * Entities of the body paragraphs of an analysed text (the headline is not read), in a language given as an
     * ISO 639-1 code, or null when not known.
     */
    public Entities find(AnalysedText text, String language) {
        Tokens tokens = this.tokens.get().read(text);
        Scan scan = new Scan(tokens);
        if ("de".equals(language) && germanNouns != null) {
            scan.nouns = germanNouns.get();
        }
        for (int p = 0; p < tokens.paragraphs(); p++) {
            int from = tokens.paragraphStart(p);
            int to = tokens.paragraphEnd(p);
            // Positions count the words before, plus one per paragraph break.
            scan.paragraph(from, to, p, isHeading(tokens, from, to, tokens.paragraphText(p)));
        }
        List<EntityMention> people = PersonResolver.resolve(scan.people, lexicon);
        return new Entities(people, scan.places.result(), scan.organisations.result());
    }

    private boolean isHeading(Tokens tokens, int from, int to, String paragraph) {
        if (to == from || to - from > HEADING_MAX_WORDS) {
            return false;
        }
        char last = paragraph.strip().charAt(paragraph.strip().length() - 1);
        if (last == '.' || last == '!' || last == '?') {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (int t = from; t < to; t++) {
            if ((lexicon.facts(tokens, t) & EntityLexicon.FUNCTION_WORD) != 0 || !Character.isLetter(tokens.charAt(t, 0))) {
                continue;
            }
            content++;
            if (tokens.capitalised(t)) {
                capitalised++;
            }
        }
        return content > 0 && capitalised >= HEADING_CAPITALISED_SHARE * content;
    }

    private record Segment(SegmentKind kind, int from, int to, EntityLexicon.Entry entry) {
    }

    /** A possible person: its words and surface, where it is, and the evidence around it. */
    record PersonCandidate(List<String> words, String surface, int position, boolean titled, boolean heading,
                           String knownCanonical) {
    }

    /** Mentions of places or organisations by canonical name. */
    static final class Tally {
        private final Map<String, Agg> byName = new LinkedHashMap<>();

        void add(String canonical, String surface, int position) {
            Agg a = byName.get(canonical);
            if (a == null) {
                a = new Agg(position);
                byName.put(canonical, a);
            }
            a.surfaces.add(surface);
            a.count++;
        }

        List<EntityMention> result() {
            List<Map.Entry<String, Agg>> entries = new ArrayList<>(byName.entrySet());
            entries.sort(Comparator.comparingInt((Map.Entry<String, Agg> e) -> -e.getValue().count)
                    .thenComparingInt(e -> e.getValue().first));
            List<EntityMention> out = new ArrayList<>(entries.size());
            for (Map.Entry<String, Agg> e : entries) {
                out.add(new EntityMention(e.getKey(), List.copyOf(e.getValue().surfaces), e.getValue().count));
            }
            return out;
        }

        private static final class Agg {
            final int first;
            final Set<String> surfaces = new LinkedHashSet<>();
            int count;

            Agg(int first) {
                this.first = first;
            }
        }
    }

    private final class Scan {
        final Tally places = new Tally();
        final Tally organisations = new Tally();
        final List<PersonCandidate> people = new ArrayList<>();
        final Tokens tokens;
        /** The segments of the run being classified, and which places a compound absorbed (reused run to run). */
        final List<Segment> segments = new ArrayList<>();
        boolean[] dropped = new boolean[16];
        /** Paragraph being scanned: its first word and its position offset (words before plus paragraph breaks). */
        int paragraphFrom;
        int paragraphTo;
        int position;
        /** Words chained by {@link Tokens#caseHash}, made on the first sentence-start check of the text. */
        int[] caseHead;
        int[] caseNext;
        long[] caseHashes;

        /** The German noun check when the text is German, else null. */
        OpenNlpProperNounCheck nouns;

        Scan(Tokens tokens) {
            this.tokens = tokens;
        }

        /**
         * Whether a sentence-initial word is a name: the rest of the text decides when it can (written in lower case
         * elsewhere: an ordinary word; capitalised mid-sentence elsewhere: a name); the part-of-speech check only
         * when it cannot, since tagging costs far more than this scan. The other spellings of the word are found
         * through a per-text index of the words by case-insensitive hash, then compared with
         * {@link String#equalsIgnoreCase}.
         */
        boolean properNoun(int index) {
            if (caseHead == null) {
                indexByCase();
            }
            String word = tokens.text(index);
            long h = caseHashes[index];
            boolean capitalisedInside = false;
            for (int t = caseHead[slot(h, caseHead.length)]; t >= 0; t = caseNext[t]) {
                if (caseHashes[t] == h && tokens.text(t).equalsIgnoreCase(word)) {
                    if (!tokens.capitalised(t)) {
                        return false;
                    }
                    capitalisedInside |= !tokens.sentenceStart(t);
                }
            }
            return capitalisedInside || properNouns.isProperNoun(
                    tokens.texts(paragraphFrom, paragraphTo), index - paragraphFrom);
        }

        private void indexByCase() {
            int n = tokens.size();
            int capacity = Integer.highestOneBit(Math.max(16, 2 * n) - 1) << 1;
            caseHead = new int[capacity];
            java.util.Arrays.fill(caseHead, -1);
            caseNext = new int[n];
            caseHashes = new long[n];
            for (int t = n - 1; t >= 0; t--) {
                long h = tokens.caseHash(t);
                caseHashes[t] = h;
                int slot = slot(h, capacity);
                caseNext[t] = caseHead[slot];
                caseHead[slot] = t;
            }
        }

        private static int slot(long h, int capacity) {
            return (int) (h ^ (h >>> 32)) & (capacity - 1);
        }

        void paragraph(int from, int to, int paragraph, boolean heading) {
            paragraphFrom = from;
            paragraphTo = to;
            position = paragraph;
            int i = from;
            while (i < to) {
                if (!tokens.capitalised(i)) {
                    i++;
                    continue;
                }
                int end = runEnd(i);
                run(i, end, heading);
                i = end;
            }
        }

        private int runEnd(int start) {
            int n = paragraphTo;
            int end = start + 1;
            if (tokens.possessive(start)) {
                return end;
            }
            while (end < n) {
                if (!tokens.joined(end) || tokens.sentenceStart(end)) {
                    break;
                }
                if (tokens.capitalised(end)) {
                    end++;
                    if (tokens.possessive(end - 1)) {
                        break;
                    }
                    continue;
                }
                int k = end;
                while (k < n && tokens.joined(k) && !tokens.capitalised(k)
                        && (lexicon.facts(tokens, k) & EntityLexicon.CONNECTOR) != 0) {
                    k++;
                }
                if (k > end && k < n && tokens.joined(k) && tokens.capitalised(k)) {
                    end = k;
                    continue;
                }
                break;
            }
            return end;
        }

        private void run(int a, int b, boolean heading) {
            List<Segment> segs = segments;
            segs.clear();
            int p = a;
            while (p < b) {
                int facts = lexicon.facts(tokens, p);
                int longest = Math.min(lexicon.longestPhraseFrom(tokens, p, facts), b - p);
                EntityLexicon.Entry entry = null;
                int len = 0;
                for (int l = longest; l >= 1; l--) {
                    entry = lexicon.lookup(tokens, p, p + l);
                    if (entry != null) {
                        len = l;
                        break;
                    }
                }
                if (entry != null) {
                    SegmentKind kind = switch (entry.type()) {
                        case PLACE -> SegmentKind.PLACE;
                        case ORGANISATION -> SegmentKind.ORGANISATION;
                        case PERSON -> SegmentKind.PERSON;
                    };
                    segs.add(new Segment(kind, p, p + len, entry));
                    p += len;
                    continue;
                }
                SegmentKind kind;
                if (!tokens.capitalised(p) || isInitial(tokens, p) && p > a && p + 1 < b) {
                    // Name particles ("von der") and middle initials ("George W. Bush") join the words around them.
                    kind = SegmentKind.CONNECTOR;
                } else if (lexicon.isTitle(tokens, p, facts)) {
                    kind = SegmentKind.TITLE;
                } else if ((facts & EntityLexicon.DEMONYM) != 0) {
                    kind = SegmentKind.DEMONYM;
                } else if ((facts & EntityLexicon.FUNCTION_WORD) != 0) {
                    // At a sentence start, in a heading, or inside a title-case run ("Meet The Parents").
                    kind = SegmentKind.STOP;
                } else if (!looksLikeNameWord(tokens, p)) {
                    kind = SegmentKind.STOP;
                } else if (tokens.sentenceStart(p) && !heading && p + 1 < b && !properNoun(p)) {
                    kind = SegmentKind.STOP;
                } else {
                    kind = SegmentKind.NAME;
                }
                segs.add(new Segment(kind, p, p + 1, null));
                p++;
            }
            classify(a, segs, heading);
        }

        /** Paragraph position of word {@code t}: words before it in the text plus one per paragraph break. */
        private int at(int t) {
            return position + t;
        }

        private void classify(int runStart, List<Segment> segs, boolean heading) {
            if (dropped.length < segs.size()) {
                dropped = new boolean[Math.max(segs.size(), 2 * dropped.length)];
            }
            boolean[] droppedPlace = dropped;
            java.util.Arrays.fill(droppedPlace, 0, segs.size(), false);
            for (int k = 0; k < segs.size(); k++) {
                Segment s = segs.get(k);
                if (s.kind() != SegmentKind.NAME) {
                    continue;
                }
                int m = k;
                while (m + 1 < segs.size() && (segs.get(m + 1).kind() == SegmentKind.NAME
                        || (segs.get(m + 1).kind() == SegmentKind.CONNECTOR && m + 2 < segs.size()
                        && segs.get(m + 2).kind() == SegmentKind.NAME))) {
                    m++;
                }
                Segment before = k > 0 ? segs.get(k - 1) : null;
                Segment after = m + 1 < segs.size() ? segs.get(m + 1) : null;
                List<String> words = new ArrayList<>();
                for (int q = k; q <= m; q++) {
                    if (segs.get(q).kind() == SegmentKind.NAME) {
                        words.add(tokens.text(segs.get(q).from()));
                    }
                }
                String surface = tokens.surface(s.from(), segs.get(m).to());
                boolean functionWordBefore = before != null && before.kind() == SegmentKind.STOP
                        && before.to() == s.from() && !tokens.sentenceStart(before.from());
                GroupRules.Group group = new GroupRules.Group(List.copyOf(words), before == null ? null : before.kind(),
                        after == null ? null : after.kind(), functionWordBefore);
                switch (GroupRules.decide(group, lexicon)) {
                    case ORGANISATION -> {
                        int from = s.from();
                        if (before != null && (before.kind() == SegmentKind.PLACE || before.kind() == SegmentKind.DEMONYM
                                || before.kind() == SegmentKind.ORGANISATION)) {
                            from = before.from();
                            droppedPlace[k - 1] = true;
                        }
                        int to = segs.get(m).to();
                        if (after != null && after.kind() == SegmentKind.CONNECTOR && m + 2 < segs.size()
                                && segs.get(m + 2).kind() == SegmentKind.PLACE && lexicon.orgHeads.containsLowerCaseOf(
                                        tokens.text(s.from()))) {
                            // A head-first name goes on to the place it belongs to ("Instituto Geofísico del Perú").
                            to = segs.get(m + 2).to();
                            droppedPlace[m + 2] = true;
                        }
                        String name = tokens.surface(from, to);
                        organisations.add(name, name, at(from));
                    }
                    case PLACE_COMPOUND -> {
                        if (before != null && before.kind() == SegmentKind.PLACE) {
                            droppedPlace[k - 1] = true;
                        }
                        if (after != null && after.kind() == SegmentKind.PLACE) {
                            droppedPlace[m + 1] = true;
                        }
                    }
                    case PERSON -> {
                        boolean titled = before != null && before.kind() == SegmentKind.TITLE
                                || k == 0 && titleBefore(runStart);
                        if (nouns != null && !titled && words.size() >= 2) {
                            int named = germanNameLength(segs, k, m);
                            if (named < 2) {
                                break;
                            }
                            if (named < words.size()) {
                                int last = k;
                                for (int seen = 0; seen < named; last++) {
                                    seen += segs.get(last).kind() == SegmentKind.NAME ? 1 : 0;
                                }
                                people.add(new PersonCandidate(List.copyOf(words.subList(0, named)),
                                        tokens.surface(s.from(), segs.get(last - 1).to()), at(s.from()), false,
                                        heading, null));
                                break;
                            }
                        }
                        people.add(new PersonCandidate(group.words(), surface, at(s.from()), titled, heading, null));
                    }
                    default -> {
                        // MODIFIER, THING: nothing to report.
                    }
                }
                k = m;
            }
            for (int k = 0; k < segs.size(); k++) {
                Segment s = segs.get(k);
                if (droppedPlace[k]) {
                    continue;
                }
                switch (s.kind()) {
                    case PLACE -> places.add(s.entry().canonical(), tokens.surface(s.from(), s.to()), at(s.from()));
                    case ORGANISATION ->
                            organisations.add(s.entry().canonical(), tokens.surface(s.from(), s.to()), at(s.from()));
                    case PERSON -> people.add(new PersonCandidate(List.copyOf(tokens.texts(s.from(), s.to())),
                            tokens.surface(s.from(), s.to()), at(s.from()), true, heading, s.entry().canonical()));
                    default -> {
                    }
                }
            }
        }

        /**
         * How many of the name words of segments {@code segs[k..m]} the German model tags proper nouns, counted from
         * the first and stopping at the first that is not: "Millionen Euro" has none, while in "kündigte Jana Richter
         * Berufung an" the name is the first two ("Berufung" is the object). The words before the group are tagged
         * with it, since the article decides a noun ("die Stadt").
         */
        private int germanNameLength(List<Segment> segs, int k, int m) {
            int from = segs.get(k).from();
            int a = Math.max(paragraphFrom, from - GERMAN_CONTEXT_BEFORE);
            int b = Math.min(paragraphTo, segs.get(m).to() + GERMAN_CONTEXT_AFTER);
            boolean[] proper = nouns.properNounsInContext(tokens.texts(a, b));
            int count = 0;
            for (int q = k; q <= m; q++) {
                Segment seg = segs.get(q);
                if (seg.kind() == SegmentKind.NAME) {
                    if (!proper[seg.from() - a]) {
                        break;
                    }
                    count++;
                }
            }
            return count;
        }

        /** A lower-case title word just before the run ("spokesman Dmitry Peskov", "negotiator, Vladimir Medinsky"). */
        private boolean titleBefore(int runStart) {
            if (runStart == paragraphFrom || tokens.sentenceStart(runStart)) {
                return false;
            }
            return lexicon.isTitle(tokens, runStart - 1, lexicon.facts(tokens, runStart - 1));
        }
    }

    private static boolean isInitial(Tokens tokens, int t) {
        int n = tokens.length(t);
        return (n == 1 || n == 2 && tokens.charAt(t, 1) == '.') && Character.isUpperCase(tokens.charAt(t, 0));
    }

    private static boolean looksLikeNameWord(Tokens tokens, int t) {
        int n = tokens.length(t);
        if (n < 2) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < n; i++) {
            char c = tokens.charAt(t, i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLowerCase(c)) {
                lower = true;
            }
        }
        // All-capital words are acronyms (or shouting), not personal names.
        return lower;
    }
}
