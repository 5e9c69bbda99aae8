package io.newsflow.enrich.topics;

import io.newsflow.enrich.gold.TaggingGold;

/** Throwaway: prints topic scores for the seeds. Not a test. */
public class ExplainSeedsTool {
    public static void main(String[] args) {
        TopicTagger t = TopicTagger.withDefaults();
        for (TaggingGold.Seed s : TaggingGold.seeds()) {
            System.out.println("== " + s.file() + " req " + s.requiredTopics() + " acc " + s.acceptableTopics());
            System.out.print(t.explain(s.title(), s.body(), 25));
        }
    }
}
