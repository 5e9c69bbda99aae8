package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds people, places and organisations in an article body. Pure: no I/O after loading, thread-safe.
 *
 * <p>The sequence, per paragraph:
 * <ol>
 *   <li>{@link WordTokenizer}: words, with the punctuation between them and sentence starts;</li>
 *   <li>runs: maximal sequences of capitalised words not split by punctuation (name particles such as
 *       "von der" allowed inside);</li>
 *   <li>segmentation of each run, longest match first: gazetteer phrases (JDK countries, places, organisations,
 *       public figures), title words, demonyms, function words, then unknown words; an unknown word that starts a
 *       sentence is kept only if the part-of-speech check calls it a proper noun;</li>
 *   <li>{@link GroupRules}: groups of unknown words become organisations (ending with an organisation word),
 *       possible people, or are dropped (modifiers before a title, compounds with a place such as a newspaper name,
 *       names of laws, events, buildings and works);</li>
 * </ol>
 * then {@link PersonResolver} merges spelling variants and surname-only mentions into one person each.
 * Title-case paragraphs (headings) only confirm entities known from the gazetteers or the rest of the text.
 */
public final class EntityFinder {

    /** A paragraph is a heading when at least this share of its content words is capitalised. */
    static final double HEADING_CAPITALISED_SHARE = 0.6;
    /** Headings are short: a longer paragraph is running text even when capitals abound. */
    static final int HEADING_MAX_WORDS = 20;

    private final EntityLexicon lexicon;
    private final ProperNounCheck properNouns;

    EntityFinder(EntityLexicon lexicon, ProperNounCheck properNouns) {
        this.lexicon = lexicon;
        this.properNouns = properNouns;
    }

    /** The finder with the bundled gazetteers and OpenNLP's English part-of-speech model; loads them once. */
    public static EntityFinder withDefaults() {
        return new EntityFinder(EntityLexicon.defaults(), OpenNlpProperNounCheck.defaults());
    }

    /** As {@link #withDefaults()} but without the part-of-speech model: capitals and word lists only. */
    public static EntityFinder withoutModel() {
        return new EntityFinder(EntityLexicon.defaults(), ProperNounCheck.CAPITALS_ONLY);
    }

    public Entities find(List<String> body) {
        Scan scan = new Scan();
        List<String> paragraphs = new ArrayList<>(body.size());
        for (String paragraph : body) {
            if (paragraph != null && !paragraph.isBlank()) {
                paragraphs.add(paragraph);
                scan.document.add(WordTokenizer.tokenize(paragraph));
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            List<Token> tokens = scan.document.get(i);
            scan.paragraph(tokens, isHeading(tokens, paragraphs.get(i)));
            scan.position += tokens.size() + 1;
        }
        List<EntityMention> people = PersonResolver.resolve(scan.people, lexicon);
        return new Entities(people, scan.places.result(), scan.organisations.result());
    }

    private boolean isHeading(List<Token> tokens, String paragraph) {
        if (tokens.isEmpty() || tokens.size() > HEADING_MAX_WORDS) {
            return false;
        }
        char last = paragraph.strip().charAt(paragraph.strip().length() - 1);
        if (last == '.' || last == '!' || last == '?') {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (lexicon.functionWords.contains(t.lower()) || !Character.isLetter(t.text().charAt(0))) {
                continue;
            }
            content++;
            if (t.capitalised()) {
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
            Agg a = byName.computeIfAbsent(canonical, k -> new Agg(position));
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
        final List<List<Token>> document = new ArrayList<>();
        int position;

        /**
         * Whether a sentence-initial word is a name: the rest of the text decides when it can (written in lower case
         * elsewhere: an ordinary word; capitalised mid-sentence elsewhere: a name); the part-of-speech check only
         * when it cannot, since tagging costs far more than this scan.
         */
        boolean properNoun(List<Token> tokens, int index) {
            String word = tokens.get(index).text();
            boolean capitalisedInside = false;
            for (List<Token> paragraph : document) {
                for (Token t : paragraph) {
                    if (t.text().equalsIgnoreCase(word)) {
                        if (!t.capitalised()) {
                            return false;
                        }
                        capitalisedInside |= !t.sentenceStart();
                    }
                }
            }
            return capitalisedInside || properNouns.isProperNoun(tokens, index);
        }

        void paragraph(List<Token> tokens, boolean heading) {
            int n = tokens.size();
            int i = 0;
            while (i < n) {
                Token t = tokens.get(i);
                if (!t.capitalised()) {
                    i++;
                    continue;
                }
                int end = runEnd(tokens, i);
                run(tokens, i, end, heading);
                i = end;
            }
        }

        private int runEnd(List<Token> tokens, int start) {
            int n = tokens.size();
            int end = start + 1;
            if (tokens.get(start).possessive()) {
                return end;
            }
            while (end < n) {
                Token u = tokens.get(end);
                if (!u.joined() || u.sentenceStart()) {
                    break;
                }
                if (u.capitalised()) {
                    end++;
                    if (u.possessive()) {
                        break;
                    }
                    continue;
                }
                int k = end;
                while (k < n && tokens.get(k).joined() && !tokens.get(k).capitalised()
                        && lexicon.connectors.contains(tokens.get(k).lower())) {
                    k++;
                }
                if (k > end && k < n && tokens.get(k).joined() && tokens.get(k).capitalised()) {
                    end = k;
                    continue;
                }
                break;
            }
            return end;
        }

        private void run(List<Token> tokens, int a, int b, boolean heading) {
            List<Segment> segs = new ArrayList<>(b - a);
            int p = a;
            while (p < b) {
                int longest = Math.min(lexicon.longestPhraseFrom(tokens.get(p)), b - p);
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
                Token t = tokens.get(p);
                String lower = t.lower();
                SegmentKind kind;
                if (!t.capitalised() || isInitial(t.text()) && p > a && p + 1 < b) {
                    // Name particles ("von der") and middle initials ("George W. Bush") join the words around them.
                    kind = SegmentKind.CONNECTOR;
                } else if (lexicon.titles.contains(lower)) {
                    kind = SegmentKind.TITLE;
                } else if (lexicon.demonyms.contains(lower)) {
                    kind = SegmentKind.DEMONYM;
                } else if (lexicon.functionWords.contains(lower)) {
                    // At a sentence start, in a heading, or inside a title-case run ("Meet The Parents").
                    kind = SegmentKind.STOP;
                } else if (!looksLikeNameWord(t.text())) {
                    kind = SegmentKind.STOP;
                } else if (t.sentenceStart() && !heading && p + 1 < b && !properNoun(tokens, p)) {
                    kind = SegmentKind.STOP;
                } else {
                    kind = SegmentKind.NAME;
                }
                segs.add(new Segment(kind, p, p + 1, null));
                p++;
            }
            classify(tokens, a, segs, heading);
        }

        private void classify(List<Token> tokens, int runStart, List<Segment> segs, boolean heading) {
            boolean[] droppedPlace = new boolean[segs.size()];
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
                        words.add(tokens.get(segs.get(q).from()).text());
                    }
                }
                String surface = surface(tokens, s.from(), segs.get(m).to());
                boolean functionWordBefore = before != null && before.kind() == SegmentKind.STOP
                        && before.to() == s.from() && !tokens.get(before.from()).sentenceStart();
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
                        String name = surface(tokens, from, segs.get(m).to());
                        organisations.add(name, name, position + from);
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
                                || k == 0 && titleBefore(tokens, runStart);
                        people.add(new PersonCandidate(List.copyOf(words), surface, position + s.from(), titled,
                                heading, null));
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
                String surface = surface(tokens, s.from(), s.to());
                switch (s.kind()) {
                    case PLACE -> places.add(s.entry().canonical(), surface, position + s.from());
                    case ORGANISATION -> organisations.add(s.entry().canonical(), surface, position + s.from());
                    case PERSON -> people.add(new PersonCandidate(
                            tokens.subList(s.from(), s.to()).stream().map(Token::text).toList(), surface,
                            position + s.from(), true, heading, s.entry().canonical()));
                    default -> {
                    }
                }
            }
        }

        /** A lower-case title word just before the run ("spokesman Dmitry Peskov", "negotiator, Vladimir Medinsky"). */
        private boolean titleBefore(List<Token> tokens, int runStart) {
            if (runStart == 0 || tokens.get(runStart).sentenceStart()) {
                return false;
            }
            return lexicon.titles.contains(tokens.get(runStart - 1).lower());
        }
    }

    private static boolean isInitial(String w) {
        return (w.length() == 1 || w.length() == 2 && w.charAt(1) == '.') && Character.isUpperCase(w.charAt(0));
    }

    private static boolean looksLikeNameWord(String w) {
        if (w.length() < 2) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
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

    private static String surface(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }
}
