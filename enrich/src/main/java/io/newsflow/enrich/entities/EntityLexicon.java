package io.newsflow.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and gazetteers behind entity finding, loaded once: countries from the JDK, places,
 * organisations and public figures from resources, and the title, demonym, organisation-head, function-word and
 * name-particle lists.
 */
final class EntityLexicon {

    /** A gazetteer entry: what a phrase names. */
    record Entry(EntityType type, String canonical) {
    }

    private static final String BASE = "/io/newsflow/enrich/entities/";
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** Phrases keyed by their folded form (see {@link #fold}); acronyms in {@link #exact}. */
    private final Map<String, Entry> folded = new HashMap<>();
    /** All-capital aliases (US, EU, UN), matched case-sensitively so that "us" or "Un" do not match. */
    private final Map<String, Entry> exact = new HashMap<>();
    /** First word of every phrase (folded, or exact for acronyms) to the longest phrase it starts, in words. */
    private final Map<String, Integer> foldedFirst = new HashMap<>();
    private final Map<String, Integer> exactFirst = new HashMap<>();
    private final List<KnownPerson> knownPeople = new ArrayList<>();
    private final Map<Character, List<KnownPerson>> knownBySurnameInitial = new HashMap<>();

    /** A public figure from people.tsv: canonical name and every listed form as words. */
    record KnownPerson(String canonical, List<List<String>> forms) {
    }
    final Set<String> titles;
    final Set<String> demonyms;
    final Set<String> orgHeads;
    final Set<String> functionWords;
    final Set<String> connectors;
    final Set<String> nonPersonWords;

    private EntityLexicon() {
        titles = wordSet("titles.txt");
        demonyms = wordSet("demonyms.txt");
        orgHeads = wordSet("org-heads.txt");
        functionWords = wordSet("function-words.txt");
        connectors = wordSet("connectors.txt");
        nonPersonWords = wordSet("non-person-words.txt");
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.equals(code)) {
                add(name, new Entry(EntityType.PLACE, name));
            }
        }
        gazetteer("places.tsv", EntityType.PLACE);
        gazetteer("organisations.tsv", EntityType.ORGANISATION);
        gazetteer("people.tsv", EntityType.PERSON);
    }

    private static final class Holder {
        static final EntityLexicon DEFAULT = new EntityLexicon();
    }

    static EntityLexicon defaults() {
        return Holder.DEFAULT;
    }

    /** Longest phrase starting with this word (folded, or exact for acronyms), in words; 0 when none. */
    int longestPhraseFrom(Token first) {
        Integer exactLen = exactFirst.get(first.text());
        Integer foldedLen = foldedFirst.get(fold(first.text()));
        return Math.max(exactLen == null ? 0 : exactLen, foldedLen == null ? 0 : foldedLen);
    }

    /** The entry for the words {@code from} (inclusive) to {@code to} (exclusive), or null. */
    Entry lookup(List<Token> tokens, int from, int to) {
        StringBuilder surface = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                surface.append(' ');
            }
            surface.append(tokens.get(k).text());
        }
        String s = surface.toString();
        Entry e = exact.get(s);
        if (e != null) {
            return e;
        }
        return folded.get(fold(s));
    }

    /** Public figures from people.tsv. */
    List<KnownPerson> knownPeople() {
        return knownPeople;
    }

    /**
     * Public figures whose surname (last word of any listed form) has a skeleton starting like this word's: the
     * only ones {@link NameMatcher} could match, so lookups need not scan the whole list.
     */
    List<KnownPerson> knownPeopleLike(String surname) {
        String sk = NameMatcher.skeleton(surname);
        if (sk.isEmpty()) {
            return List.of();
        }
        return knownBySurnameInitial.getOrDefault(sk.charAt(0), List.of());
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = DIACRITICS.matcher(d).replaceAll("");
        return d.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private void add(String phrase, Entry entry) {
        String p = phrase.strip();
        String letters = p.replace(".", "").replace(" ", "");
        boolean acronym = letters.length() <= 5 && letters.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
        List<Token> words = WordTokenizer.tokenize(p);
        if (words.isEmpty()) {
            return;
        }
        int tokens = words.size();
        String key = String.join(" ", words.stream().map(Token::text).toList());
        String first = words.get(0).text();
        if (acronym) {
            exact.putIfAbsent(key, entry);
            exactFirst.merge(first, tokens, Math::max);
        } else {
            // A later, more specific list (places.tsv renaming a JDK country) overrides.
            folded.put(fold(key), entry);
            foldedFirst.merge(fold(first), tokens, Math::max);
        }
    }

    private void gazetteer(String file, EntityType type) {
        for (String line : lines(file)) {
            String[] cols = line.split("\t");
            String canonical = cols[0].strip();
            Entry entry = new Entry(type, canonical);
            add(canonical, entry);
            List<String> aliases = new ArrayList<>();
            if (cols.length > 1) {
                for (String alias : cols[1].split("\\|")) {
                    if (!alias.isBlank()) {
                        add(alias, entry);
                        aliases.add(alias.strip());
                    }
                }
            }
            if (type == EntityType.PERSON) {
                List<List<String>> forms = new ArrayList<>();
                forms.add(words(canonical));
                aliases.forEach(a -> forms.add(words(a)));
                KnownPerson person = new KnownPerson(canonical, List.copyOf(forms));
                knownPeople.add(person);
                Set<Character> initials = new HashSet<>();
                for (List<String> form : forms) {
                    String sk = NameMatcher.skeleton(form.get(form.size() - 1));
                    if (!sk.isEmpty() && initials.add(sk.charAt(0))) {
                        knownBySurnameInitial.computeIfAbsent(sk.charAt(0), k -> new ArrayList<>()).add(person);
                    }
                }
            }
        }
    }

    private static List<String> words(String phrase, boolean unused) {
        return WordTokenizer.tokenize(phrase).stream().map(Token::text).toList();
    }

    private static List<String> words(String phrase) {
        return words(phrase, true);
    }

    private static Set<String> wordSet(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = EntityLexicon.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
