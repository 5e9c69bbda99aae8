package io.newsflow.enrich.topics;

import java.util.List;

/**
 * Which scored topics become subjects: a named sequence of small rules, each narrowing or completing the set.
 * The defaults, in order: {@link #TOP_LEVEL_RULE}, {@link #SUBTOPIC_RULE}, {@link #ANCESTOR_RULE}. Rules look at
 * the topics the text scored: any other has confidence 0, which no rule keeps.
 */
final class SubjectSelection {

    /** A top-level topic needs at least this confidence: below it, a few incidental words would tag it. */
    static final double MIN_TOP_LEVEL_CONFIDENCE = 0.4;
    /** ...and at least this share of the leading top-level topic's score: keeps side themes out of a clear story. */
    static final double MIN_SHARE_OF_LEADER = 0.35;
    /** A subtopic needs at least this confidence from its own subtree: specific tags must be well supported. */
    static final double MIN_SUBTOPIC_CONFIDENCE = 0.4;
    /** ...and at least this share of its top-level topic's score: a passing mention is not what a story is about. */
    static final double MIN_SHARE_OF_TOP_LEVEL = 0.04;

    /** One selection step: reads the scores and the current choice, updates the choice. */
    interface Rule {
        void apply(TopicTagger.Scores scores, boolean[] keep);
    }

    /** Keeps the top-level topics that are confident and not far behind the leader. */
    static final Rule TOP_LEVEL_RULE = (scores, keep) -> {
        double best = 0;
        for (int q = 0; q < scores.scoredCount(); q++) {
            int i = scores.scoredTopic(q);
            if (scores.parent(i) < 0) {
                best = Math.max(best, scores.aggregated[i]);
            }
        }
        for (int q = 0; q < scores.scoredCount(); q++) {
            int i = scores.scoredTopic(q);
            if (scores.parent(i) < 0 && best > 0) {
                keep[i] = scores.confidence(i) >= MIN_TOP_LEVEL_CONFIDENCE
                        && scores.aggregated[i] >= MIN_SHARE_OF_LEADER * best;
            }
        }
    };

    /** Keeps subtopics under a kept top-level topic with enough evidence of their own. */
    static final Rule SUBTOPIC_RULE = (scores, keep) -> {
        for (int q = 0; q < scores.scoredCount(); q++) {
            int i = scores.scoredTopic(q);
            if (scores.parent(i) < 0) {
                continue;
            }
            int top = scores.topLevel(i);
            keep[i] = keep[top] && scores.confidence(i) >= MIN_SUBTOPIC_CONFIDENCE
                    && scores.aggregated[i] >= MIN_SHARE_OF_TOP_LEVEL * scores.aggregated[top];
        }
    };

    /** A subtopic brings its broader topics. */
    static final Rule ANCESTOR_RULE = (scores, keep) -> {
        for (int q = 0; q < scores.scoredCount(); q++) {
            int i = scores.scoredTopic(q);
            if (keep[i]) {
                for (int p = scores.parent(i); p >= 0; p = scores.parent(p)) {
                    keep[p] = true;
                }
            }
        }
    };

    private final List<Rule> rules;

    SubjectSelection(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static SubjectSelection defaults() {
        return new SubjectSelection(List.of(TOP_LEVEL_RULE, SUBTOPIC_RULE, ANCESTOR_RULE));
    }

    boolean[] apply(TopicTagger.Scores scores) {
        boolean[] keep = new boolean[scores.size()];
        for (Rule r : rules) {
            r.apply(scores, keep);
        }
        return keep;
    }
}
