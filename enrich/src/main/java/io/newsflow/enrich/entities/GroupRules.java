package io.newsflow.enrich.entities;

import java.util.List;

/**
 * What a group of unknown capitalised words is: a named sequence of small rules, the first that applies wins.
 * The default sequence is {@link #ORGANISATION_HEAD}, {@link #TITLE_MODIFIER}, {@link #ORGANISATION_LEAD},
 * {@link #PLACE_COMPOUND}, {@link #INSTITUTION_INSIDE}, {@link #THING_NAME}, {@link #PERSON_NAME}.
 */
final class GroupRules {

    /** The decision for a group. */
    enum Verdict {
        /** An organisation, named with a place, demonym or organisation just before it ("Russian Foreign Ministry"). */
        ORGANISATION,
        /** Words qualifying a title that follows ("Defense Minister"): nothing to report. */
        MODIFIER,
        /** Part of a name built on a place ("Washington Post"): neither a person nor the place. */
        PLACE_COMPOUND,
        /** A law, event, building, work or club ("Hunting Act", "Meet The Parents"): nothing to report. */
        THING,
        /** A possible person, confirmed or dropped by {@link PersonResolver}. */
        PERSON
    }

    /**
     * A group and its neighbours in the run.
     *
     * @param words           the unknown words, particles and initials left out
     * @param before          kind of the segment just before, or null at the start of the run
     * @param after           kind of the segment just after, or null at the end of the run
     * @param functionWordBefore a function word inside the sentence directly precedes the group ("Meet The ...")
     */
    record Group(List<String> words, SegmentKind before, SegmentKind after, boolean functionWordBefore) {
    }

    /** One rule: a verdict, or null when it does not apply. */
    interface Rule {
        Verdict decide(Group group, EntityLexicon lexicon);
    }

    /**
     * Ends with an organisation word (or a compound ending in one: "Städtetag") and has two words or a place, demonym
     * or organisation before it.
     */
    static final Rule ORGANISATION_HEAD = (g, lex) -> {
        boolean head = lex.isOrgHead(g.words().get(g.words().size() - 1));
        boolean qualified = g.before() == SegmentKind.PLACE || g.before() == SegmentKind.DEMONYM
                || g.before() == SegmentKind.ORGANISATION;
        return head && (g.words().size() >= 2 || qualified) ? Verdict.ORGANISATION : null;
    };

    /** Directly followed by a title word. */
    static final Rule TITLE_MODIFIER = (g, lex) -> g.after() == SegmentKind.TITLE ? Verdict.MODIFIER : null;

    /**
     * Starts with an organisation word and has two words or more: the head comes first in the Romance and Slavic
     * languages ("Ministerio de Vivienda", "Instituto Geofísico", "Uniwersytet Wrocławski").
     */
    static final Rule ORGANISATION_LEAD = (g, lex) ->
            g.words().size() >= 2 && lex.orgHeads.containsLowerCaseOf(g.words().get(0)) ? Verdict.ORGANISATION : null;

    /**
     * Has an organisation word inside (three words or more): a department or unit named within an institution
     * ("Medicina Preventiva del Hospital Miguel Servet"); no person's name holds one, and where the organisation's
     * name starts is unclear, so nothing is reported.
     */
    static final Rule INSTITUTION_INSIDE = (g, lex) -> {
        if (g.words().size() < 3) {
            return null;
        }
        for (int i = 1; i < g.words().size() - 1; i++) {
            if (lex.orgHeads.containsLowerCaseOf(g.words().get(i))) {
                return Verdict.THING;
            }
        }
        return null;
    };

    /** Directly next to a place inside one run. */
    static final Rule PLACE_COMPOUND = (g, lex) ->
            g.before() == SegmentKind.PLACE || g.after() == SegmentKind.PLACE ? Verdict.PLACE_COMPOUND : null;

    /** Starts or ends with a word that names things rather than people, or follows a function word mid-sentence. */
    static final Rule THING_NAME = (g, lex) -> {
        String first = g.words().get(0);
        String last = g.words().get(g.words().size() - 1);
        boolean thing = lex.nonPersonWords.containsLowerCaseOf(last) || lex.orgHeads.containsLowerCaseOf(last)
                || g.words().size() > 1 && lex.nonPersonWords.containsLowerCaseOf(first);
        return thing || g.functionWordBefore() ? Verdict.THING : null;
    };

    /** Whatever is left may be a person. */
    static final Rule PERSON_NAME = (g, lex) -> Verdict.PERSON;

    static final List<Rule> DEFAULT_SEQUENCE =
            List.of(ORGANISATION_HEAD, TITLE_MODIFIER, ORGANISATION_LEAD, PLACE_COMPOUND, INSTITUTION_INSIDE,
                    THING_NAME, PERSON_NAME);

    private GroupRules() {
    }

    static Verdict decide(Group group, EntityLexicon lexicon) {
        for (Rule rule : DEFAULT_SEQUENCE) {
            Verdict v = rule.decide(group, lexicon);
            if (v != null) {
                return v;
            }
        }
        return Verdict.PERSON;
    }
}
