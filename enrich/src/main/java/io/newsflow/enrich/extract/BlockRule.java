package io.newsflow.enrich.extract;

/**
 * One named step of the extraction: reads the page, marks blocks removed (with a reason) and
 * may fill metadata. Rules are composed in a fixed sequence by {@link RuleSequence}.
 */
interface BlockRule {
    String name();

    void apply(Page page);
}
