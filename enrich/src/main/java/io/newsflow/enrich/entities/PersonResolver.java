package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns person candidates into people with one canonical name each.
 *
 * <ol>
 *   <li>Full names (two words or more, outside headings) are clustered with {@link NameMatcher#sameFullName}:
 *       Zelensky / Zelenskyy / Zelenskiy, and a misspelt first name, end up together.</li>
 *   <li>A cluster that matches a public figure of people.tsv takes that spelling as its name; otherwise its most
 *       frequent full form (the first seen on a tie).</li>
 *   <li>Single words (surnames) and heading mentions attach to the cluster whose last name they match (the one
 *       mentioned most on a tie), else to a unique public figure with that surname, else, after a title, form a
 *       person of their own; otherwise they are dropped (a lone capitalised word is not evidence enough). A lone
 *       word is weaker evidence than a full name, so it matches a misspelling only when it is long or follows a
 *       title ("Schools" is not Scholz), and a public figure only when it is not a two-letter word ("Un" is not
 *       Kim Jong Un).</li>
 * </ol>
 * Each candidate's name is read once ({@link PersonName}: the skeletons of its first and last word), and so are the
 * public figures' forms, so comparisons compare skeletons.
 */
final class PersonResolver {

    private static final Comparator<Cluster> BY_MENTIONS_THEN_FIRST =
            Comparator.comparingInt((Cluster k) -> -k.mentions.size()).thenComparingInt(Cluster::first);
    private static final Comparator<Mention> BY_POSITION = Comparator.comparingInt(m -> m.candidate.position());
    /**
     * A lone word whose skeleton is shorter than this must equal a surname exactly, unless a title precedes it:
     * common words are one edit from short surnames ("Schools"/Scholz), long misspellings rarely are real words.
     */
    static final int LONE_FUZZY_MIN_LENGTH = 7;
    /**
     * A lone word shorter than this never stands for a public figure by itself (no title, no full name in the text):
     * two-letter surnames are also articles and particles in other languages ("Un", "Li", "Ng").
     */
    static final int LONE_KNOWN_MIN_LENGTH = 3;

    private PersonResolver() {
    }

    /** A candidate with its name read. */
    private static final class Mention {
        final EntityFinder.PersonCandidate candidate;
        final PersonName name;

        Mention(EntityFinder.PersonCandidate candidate) {
            this.candidate = candidate;
            this.name = new PersonName(candidate.words());
        }
    }

    private static final class Cluster {
        String known;
        final List<PersonName> fullForms = new ArrayList<>();
        final Map<String, Integer> fullCounts = new LinkedHashMap<>();
        final List<Mention> mentions = new ArrayList<>();

        void add(Mention m) {
            mentions.add(m);
            if (m.name.size() >= 2) {
                // Counted by surface, so a canonical name keeps its middle initial ("George W. Bush").
                String surface = m.candidate.surface();
                Integer count = fullCounts.get(surface);
                if (count == null) {
                    fullForms.add(m.name);
                }
                fullCounts.put(surface, count == null ? 1 : count + 1);
            }
        }

        boolean matchesFull(PersonName name) {
            for (PersonName f : fullForms) {
                if (NameMatcher.sameFullName(name, f)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A single word, given by its skeleton, is the last name of a full form or the same as a single mention;
         * up to a misspelling only when {@code fuzzy}.
         */
        boolean matchesSurname(String skeleton, boolean fuzzy) {
            for (PersonName f : fullForms) {
                if (sameLone(skeleton, f.lastSkeleton, fuzzy)) {
                    return true;
                }
            }
            for (Mention m : mentions) {
                if (m.name.size() == 1 && sameLone(skeleton, m.name.lastSkeleton, fuzzy)) {
                    return true;
                }
            }
            return false;
        }

        String canonical() {
            if (known != null) {
                return known;
            }
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : fullCounts.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best != null ? best : mentions.get(0).candidate.surface();
        }

        int first() {
            int first = Integer.MAX_VALUE;
            for (Mention m : mentions) {
                first = Math.min(first, m.candidate.position());
            }
            return mentions.isEmpty() ? 0 : first;
        }
    }

    static List<EntityMention> resolve(List<EntityFinder.PersonCandidate> candidates, EntityLexicon lexicon) {
        List<Cluster> clusters = new ArrayList<>();
        List<Mention> rest = new ArrayList<>();
        for (EntityFinder.PersonCandidate c : candidates) {
            Mention m = new Mention(c);
            if (c.knownCanonical() != null) {
                byKnown(clusters, c.knownCanonical()).add(m);
            } else if (m.name.size() >= 2 && !c.heading()) {
                Cluster cl = findFull(clusters, m.name);
                if (cl == null) {
                    String known = knownFull(lexicon, m.name);
                    cl = known != null ? byKnown(clusters, known) : newCluster(clusters);
                }
                cl.add(m);
            } else {
                rest.add(m);
            }
        }
        for (Mention m : rest) {
            Cluster cl;
            if (m.name.size() >= 2) {
                cl = findFull(clusters, m.name);
                if (cl == null) {
                    String known = knownFull(lexicon, m.name);
                    cl = known != null ? byKnown(clusters, known) : null;
                }
            } else {
                String skeleton = m.name.lastSkeleton;
                boolean titled = m.candidate.titled() && !m.candidate.heading();
                boolean fuzzy = titled || skeleton.length() >= LONE_FUZZY_MIN_LENGTH;
                cl = null;
                for (Cluster k : clusters) {
                    if (k.matchesSurname(skeleton, fuzzy) && (cl == null || k.mentions.size() > cl.mentions.size())) {
                        cl = k;
                    }
                }
                if (cl == null) {
                    String known = titled || skeleton.length() >= LONE_KNOWN_MIN_LENGTH
                            ? knownSurname(lexicon, skeleton, fuzzy) : null;
                    if (known != null) {
                        cl = byKnown(clusters, known);
                    } else if (titled) {
                        cl = newCluster(clusters);
                    }
                }
            }
            if (cl != null) {
                cl.add(m);
            }
        }
        // Two clusters can meet on the same public figure only through byKnown, which reuses; merge text-only
        // clusters whose canonical full names now match a known one is not needed.
        List<Cluster> sorted = new ArrayList<>(clusters);
        sorted.removeIf(k -> k.mentions.isEmpty());
        sorted.sort(BY_MENTIONS_THEN_FIRST);
        List<EntityMention> out = new ArrayList<>(sorted.size());
        for (Cluster k : sorted) {
            List<Mention> ms = new ArrayList<>(k.mentions);
            ms.sort(BY_POSITION);
            Set<String> surfaces = new LinkedHashSet<>();
            for (Mention m : ms) {
                surfaces.add(m.candidate.surface());
            }
            out.add(new EntityMention(k.canonical(), List.copyOf(surfaces), ms.size()));
        }
        return out;
    }

    private static Cluster newCluster(List<Cluster> clusters) {
        Cluster c = new Cluster();
        clusters.add(c);
        return c;
    }

    private static Cluster byKnown(List<Cluster> clusters, String known) {
        for (Cluster c : clusters) {
            if (known.equals(c.known)) {
                return c;
            }
        }
        Cluster c = newCluster(clusters);
        c.known = known;
        return c;
    }

    private static Cluster findFull(List<Cluster> clusters, PersonName name) {
        for (Cluster c : clusters) {
            if (c.matchesFull(name)) {
                return c;
            }
        }
        return null;
    }

    private static String knownFull(EntityLexicon lexicon, PersonName name) {
        for (EntityLexicon.KnownPerson p : lexicon.knownPeopleLikeSkeleton(name.lastSkeleton)) {
            for (PersonName form : p.names()) {
                if (form.size() >= 2 && NameMatcher.sameFullName(name, form)) {
                    return p.canonical();
                }
            }
        }
        return null;
    }

    private static boolean sameLone(String skeleton, String surname, boolean fuzzy) {
        return fuzzy ? NameMatcher.sameSkeleton(skeleton, surname) : skeleton.equals(surname);
    }

    /**
     * The one public figure whose surname (or single-word alias) this word is, up to a misspelling when
     * {@code fuzzy}; null if none or several.
     */
    private static String knownSurname(EntityLexicon lexicon, String skeleton, boolean fuzzy) {
        String found = null;
        for (EntityLexicon.KnownPerson p : lexicon.knownPeopleLikeSkeleton(skeleton)) {
            for (PersonName form : p.names()) {
                // A one-word form is its own last word: the same test as the surname of a full form.
                if (sameLone(skeleton, form.lastSkeleton, fuzzy)) {
                    if (found != null && !found.equals(p.canonical())) {
                        return null;
                    }
                    found = p.canonical();
                }
            }
        }
        return found;
    }
}
