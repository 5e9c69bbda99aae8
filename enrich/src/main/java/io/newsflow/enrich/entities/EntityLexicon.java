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

import io.newsflow.enrich.text.ShortWords;

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
    /** Languages whose names for the countries (from the JDK's CLDR data) are known as aliases of the English ones. */
    static final List<String> COUNTRY_NAME_LANGUAGES = List.of("de", "es", "fr", "it", "pt", "nl", "pl", "tr", "ru",
            "uk", "el", "sv", "da", "nb", "fi", "cs", "ro", "hu");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** Phrases keyed by their folded form (see {@link #fold}); acronyms in {@link #exact}. */
    private final LowerTable<Entry> folded = new LowerTable<>();
    /**
     * All-capital aliases (US, EU, UN), matched case-sensitively so that "us" or "Un" do not match. No key has a
     * lower-case letter, so a word with one is not looked up.
     */
    private final Map<String, Entry> exact = new HashMap<>();
    /** First word of every phrase (folded, or exact for acronyms) to the longest phrase it starts, in words. */
    private final LowerTable<Integer> foldedFirst = new LowerTable<>();
    private final Map<String, Integer> exactFirst = new HashMap<>();
    private final List<KnownPerson> knownPeople = new ArrayList<>();
    private final Map<Character, List<KnownPerson>> knownBySurnameInitial = new HashMap<>();

    /** A public figure from people.tsv: canonical name and every listed form as words (with skeletons). */
    record KnownPerson(String canonical, List<List<String>> forms, List<PersonName> names) {
    }
    final WordSet titles;
    final WordSet demonyms;
    final WordSet orgHeads;
    final WordSet functionWords;
    final WordSet connectors;
    final WordSet nonPersonWords;
    /**
     * Endings of compound titles (title-suffixes.txt): German and Dutch write "Oppositionsführer" as one word. Keyed
     * by their last two letters, so that most words are ruled out by one probe and nothing is copied.
     */
    private final Map<Integer, List<String>> titleSuffixes = new HashMap<>();

    /** Endings of compound organisation names (org-suffixes.txt): "Bundesministerium", "Landesverband". */
    private final List<String> orgSuffixes;

    /** Shortest word checked for a compound-title ending: a prefix of two letters or more before the ending. */
    static final int TITLE_COMPOUND_MIN_LENGTH = 8;

    /** {@link #facts} bits: the word is in titles.txt, demonyms.txt, function-words.txt, connectors.txt. */
    static final int TITLE = 1;
    static final int DEMONYM = 2;
    static final int FUNCTION_WORD = 4;
    static final int CONNECTOR = 8;
    /** {@link #facts} bits above this shift: the longest folded gazetteer phrase the word starts, in words. */
    private static final int PHRASE_SHIFT = 8;
    /**
     * Every ASCII word of the lists above and every ASCII first word of a folded phrase, to its facts: for an ASCII
     * word of the text, one probe answers what would otherwise take one lookup per list.
     */
    private final LowerTable<Integer> asciiFacts = new LowerTable<>();
    /** The same for the words that have a {@link ShortWords#key} (most): a probe and a comparison of longs. */
    private final ShortWords shortFacts = new ShortWords();

    private EntityLexicon() {
        titles = wordSet("titles.txt");
        demonyms = wordSet("demonyms.txt");
        orgHeads = wordSet("org-heads.txt");
        functionWords = wordSet("function-words.txt");
        connectors = wordSet("connectors.txt");
        nonPersonWords = wordSet("non-person-words.txt");
        orgSuffixes = List.copyOf(wordSet("org-suffixes.txt").words());
        for (String suffix : wordSet("title-suffixes.txt").words()) {
            titleSuffixes.computeIfAbsent(lastTwo(suffix.charAt(suffix.length() - 2), suffix.charAt(suffix.length() - 1)),
                    k -> new ArrayList<>()).add(suffix);
        }
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.equals(code)) {
                add(name, new Entry(EntityType.PLACE, name));
            }
        }
        // The same countries as the news of other languages names them ("Estados Unidos", "Deutschland"), under the
        // English name; never replacing an English name (one language's name for a country is not another's).
        for (String language : COUNTRY_NAME_LANGUAGES) {
            Locale in = new Locale(language);
            for (String code : Locale.getISOCountries()) {
                Locale country = new Locale("", code);
                String english = country.getDisplayCountry(Locale.ENGLISH);
                String name = country.getDisplayCountry(in);
                if (!name.isBlank() && !name.equals(code) && !name.equals(english) && !english.equals(code)
                        && folded.get(fold(name)) == null) {
                    add(name, new Entry(EntityType.PLACE, english));
                }
            }
        }
        gazetteer("places.tsv", EntityType.PLACE);
        gazetteer("organisations.tsv", EntityType.ORGANISATION);
        gazetteer("people.tsv", EntityType.PERSON);
        addFacts(titles, TITLE);
        addFacts(demonyms, DEMONYM);
        addFacts(functionWords, FUNCTION_WORD);
        addFacts(connectors, CONNECTOR);
        foldedFirst.forEach((word, longest) -> {
            if (isAscii(word)) {
                Integer f = asciiFacts.get(word);
                asciiFacts.put(word, (f == null ? 0 : f) | longest << PHRASE_SHIFT);
            }
        });
        asciiFacts.forEach((word, facts) -> {
            // Keys are lower case already, so a word's key is the key of every spelling of it.
            long key = ShortWords.key(word);
            if (key != ShortWords.NONE) {
                shortFacts.put(key, facts);
            }
        });
    }

    private void addFacts(WordSet set, int bit) {
        for (String word : set.words()) {
            if (isAscii(word)) {
                Integer f = asciiFacts.get(word);
                asciiFacts.put(word, (f == null ? 0 : f) | bit);
            }
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the lists say about word {@code t} of the body: the {@link #TITLE}, {@link #DEMONYM},
     * {@link #FUNCTION_WORD} and {@link #CONNECTOR} bits for its lower case, and the longest folded phrase it starts
     * ({@link #foldedPhraseLength}). An ASCII word (lower case = folded form) is one probe; others ask each list.
     */
    int facts(Tokens tokens, int t) {
        if (tokens.ascii(t)) {
            long key = tokens.key(t);
            if (key != ShortWords.NONE) {
                return shortFacts.get(key, 0);
            }
            Integer f = asciiFacts.getLowerAscii(tokens.hash(t), tokens.chars(), tokens.start(t), tokens.end(t));
            return f == null ? 0 : f;
        }
        String lower = tokens.text(t).toLowerCase(Locale.ROOT);
        Integer longest = foldedFirst.get(fold(tokens.text(t)));
        return (titles.contains(lower) ? TITLE : 0) | (demonyms.contains(lower) ? DEMONYM : 0)
                | (functionWords.contains(lower) ? FUNCTION_WORD : 0) | (connectors.contains(lower) ? CONNECTOR : 0)
                | (longest == null ? 0 : longest << PHRASE_SHIFT);
    }

    /**
     * Whether word {@code t} (with its {@link #facts}) is a title: in titles.txt, a title after an elided article
     * ("L'entraîneur", "d'Ministre" style: one or two letters and an apostrophe), or a compound ending in a title
     * (title-suffixes.txt: "Oppositionsführer", "Oberbürgermeisterin").
     */
    boolean isTitle(Tokens tokens, int t, int facts) {
        if ((facts & TITLE) != 0) {
            return true;
        }
        int n = tokens.length(t);
        if (n > 3 && (isApostrophe(tokens.charAt(t, 1)) || isApostrophe(tokens.charAt(t, 2)))) {
            String lower = tokens.text(t).toLowerCase(Locale.ROOT);
            return titles.contains(lower.substring(isApostrophe(lower.charAt(1)) ? 2 : 3));
        }
        if (n < TITLE_COMPOUND_MIN_LENGTH) {
            return false;
        }
        List<String> candidates = titleSuffixes.get(lastTwo(tokens.charAt(t, n - 2), tokens.charAt(t, n - 1)));
        if (candidates == null) {
            return false;
        }
        for (String suffix : candidates) {
            int from = n - suffix.length();
            boolean match = from >= 2;
            for (int i = 0; match && i < suffix.length(); i++) {
                match = Character.toLowerCase(tokens.charAt(t, from + i)) == suffix.charAt(i);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word names the kind of an organisation: in org-heads.txt, or a compound of 8 letters or more ending
     * in an organisation word (org-suffixes.txt), as German writes them ("Bundesministerium", "Städtetag").
     */
    boolean isOrgHead(String word) {
        if (orgHeads.containsLowerCaseOf(word)) {
            return true;
        }
        if (word.length() < TITLE_COMPOUND_MIN_LENGTH) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String suffix : orgSuffixes) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static int lastTwo(char a, char b) {
        return Character.toLowerCase(a) << 16 | Character.toLowerCase(b);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** From {@link #facts}: the longest folded gazetteer phrase starting with the word, in words (0 when none). */
    static int foldedPhraseLength(int facts) {
        return facts >>> PHRASE_SHIFT;
    }

    private static final class Holder {
        static final EntityLexicon DEFAULT = new EntityLexicon();
    }

    static EntityLexicon defaults() {
        return Holder.DEFAULT;
    }

    /**
     * Longest phrase starting with word {@code t} of the body (folded, or exact for acronyms), in words; 0 when
     * none. {@code facts} are the word's {@link #facts}.
     */
    int longestPhraseFrom(Tokens tokens, int t, int facts) {
        Integer exactLen = tokens.noLowerCase(t) ? exactFirst.get(tokens.text(t)) : null;
        return Math.max(exactLen == null ? 0 : exactLen, foldedPhraseLength(facts));
    }

    /**
     * The entry for words {@code [from, to)} of the body, or null: exact (acronyms) first, then folded. ASCII words
     * are probed with their hashes (their folded form is their lower case); others are folded as strings.
     */
    Entry lookup(Tokens tokens, int from, int to) {
        boolean noLower = true;
        boolean ascii = true;
        for (int k = from; k < to; k++) {
            noLower &= tokens.noLowerCase(k);
            ascii &= tokens.ascii(k);
        }
        if (noLower) {
            Entry e = exact.get(tokens.surface(from, to));
            if (e != null) {
                return e;
            }
        }
        if (!ascii) {
            return folded.get(fold(tokens.surface(from, to)));
        }
        long h = tokens.hash(from);
        for (int k = from + 1; k < to; k++) {
            h = (h ^ ' ') * io.newsflow.enrich.text.AnalysedText.FNV_PRIME;
            for (int i = tokens.start(k); i < tokens.end(k); i++) {
                char c = tokens.chars()[i];
                h = (h ^ (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) * io.newsflow.enrich.text.AnalysedText.FNV_PRIME;
            }
        }
        return folded.getLowerAsciiPhrase(h, tokens.chars(), tokens.starts(), tokens.ends(), from, to);
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
        return knownPeopleLikeSkeleton(NameMatcher.skeleton(surname));
    }

    /** As {@link #knownPeopleLike} given the surname's skeleton. */
    List<KnownPerson> knownPeopleLikeSkeleton(String sk) {
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
            Integer longest = foldedFirst.get(fold(first));
            foldedFirst.put(fold(first), longest == null ? tokens : Math.max(longest, tokens));
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
                List<PersonName> names = new ArrayList<>();
                forms.forEach(f -> names.add(new PersonName(f)));
                KnownPerson person = new KnownPerson(canonical, List.copyOf(forms), List.copyOf(names));
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

    private static WordSet wordSet(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return new WordSet(out);
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
