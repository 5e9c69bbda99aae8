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
 *       person of their own; otherwise they are dropped (a lone capitalised word is not evidence enough).</li>
 * </ol>
 */
final class PersonResolver {

    private PersonResolver() {
    }

    private static final class Cluster {
        String known;
        final List<List<String>> fullForms = new ArrayList<>();
        final Map<String, Integer> fullCounts = new LinkedHashMap<>();
        final List<EntityFinder.PersonCandidate> mentions = new ArrayList<>();

        void add(EntityFinder.PersonCandidate c) {
            mentions.add(c);
            if (c.words().size() >= 2) {
                // Counted by surface, so a canonical name keeps its middle initial ("George W. Bush").
                if (!fullCounts.containsKey(c.surface())) {
                    fullForms.add(c.words());
                }
                fullCounts.merge(c.surface(), 1, Integer::sum);
            }
        }

        boolean matchesFull(List<String> words) {
            for (List<String> f : fullForms) {
                if (NameMatcher.sameFullName(words, f)) {
                    return true;
                }
            }
            return false;
        }

        boolean matchesSurname(String word) {
            for (List<String> f : fullForms) {
                if (NameMatcher.surnameOf(word, f)) {
                    return true;
                }
            }
            for (EntityFinder.PersonCandidate m : mentions) {
                if (m.words().size() == 1 && NameMatcher.sameWord(word, m.words().get(0))) {
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
            return best != null ? best : mentions.get(0).surface();
        }

        int first() {
            return mentions.stream().mapToInt(EntityFinder.PersonCandidate::position).min().orElse(0);
        }
    }

    static List<EntityMention> resolve(List<EntityFinder.PersonCandidate> candidates, EntityLexicon lexicon) {
        List<Cluster> clusters = new ArrayList<>();
        List<EntityFinder.PersonCandidate> rest = new ArrayList<>();
        for (EntityFinder.PersonCandidate c : candidates) {
            if (c.knownCanonical() != null) {
                byKnown(clusters, c.knownCanonical()).add(c);
            } else if (c.words().size() >= 2 && !c.heading()) {
                Cluster cl = findFull(clusters, c.words());
                if (cl == null) {
                    String known = knownFull(lexicon, c.words());
                    cl = known != null ? byKnown(clusters, known) : newCluster(clusters);
                }
                cl.add(c);
            } else {
                rest.add(c);
            }
        }
        for (EntityFinder.PersonCandidate c : rest) {
            Cluster cl;
            if (c.words().size() >= 2) {
                cl = findFull(clusters, c.words());
                if (cl == null) {
                    String known = knownFull(lexicon, c.words());
                    cl = known != null ? byKnown(clusters, known) : null;
                }
            } else {
                String word = c.words().get(0);
                cl = null;
                for (Cluster k : clusters) {
                    if (k.matchesSurname(word) && (cl == null || k.mentions.size() > cl.mentions.size())) {
                        cl = k;
                    }
                }
                if (cl == null) {
                    String known = knownSurname(lexicon, word);
                    if (known != null) {
                        cl = byKnown(clusters, known);
                    } else if (c.titled() && !c.heading()) {
                        cl = newCluster(clusters);
                    }
                }
            }
            if (cl != null) {
                cl.add(c);
            }
        }
        // Two clusters can meet on the same public figure only through byKnown, which reuses; merge text-only
        // clusters whose canonical full names now match a known one is not needed.
        List<Cluster> sorted = new ArrayList<>(clusters);
        sorted.removeIf(k -> k.mentions.isEmpty());
        sorted.sort(Comparator.comparingInt((Cluster k) -> -k.mentions.size()).thenComparingInt(Cluster::first));
        List<EntityMention> out = new ArrayList<>(sorted.size());
        for (Cluster k : sorted) {
            List<EntityFinder.PersonCandidate> ms = new ArrayList<>(k.mentions);
            ms.sort(Comparator.comparingInt(EntityFinder.PersonCandidate::position));
            Set<String> surfaces = new LinkedHashSet<>();
            ms.forEach(m -> surfaces.add(m.surface()));
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

    private static Cluster findFull(List<Cluster> clusters, List<String> words) {
        for (Cluster c : clusters) {
            if (c.matchesFull(words)) {
                return c;
            }
        }
        return null;
    }

    private static String knownFull(EntityLexicon lexicon, List<String> words) {
        for (EntityLexicon.KnownPerson p : lexicon.knownPeopleLike(words.get(words.size() - 1))) {
            for (List<String> form : p.forms()) {
                if (form.size() >= 2 && NameMatcher.sameFullName(words, form)) {
                    return p.canonical();
                }
            }
        }
        return null;
    }

    /** The one public figure whose surname (or single-word alias) this word is; null if none or several. */
    private static String knownSurname(EntityLexicon lexicon, String word) {
        String found = null;
        for (EntityLexicon.KnownPerson p : lexicon.knownPeopleLike(word)) {
            for (List<String> form : p.forms()) {
                boolean match = form.size() == 1 ? NameMatcher.sameWord(word, form.get(0)) : NameMatcher.surnameOf(word, form);
                if (match) {
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
