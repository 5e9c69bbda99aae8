package io.newsflow.enrich.extract;

import java.util.List;

/** The named, ordered rule sequences. Order matters: metadata-bearing lines first, the span, then repeats. */
final class RuleSequence {
    /** Plain text as scraped: no markup features. */
    static final List<BlockRule> TEXT = List.of(
            new LanguageSwitcherRule(),
            new NavigationRule(),
            new PromoLineRule(),
            new WelcomeRule(),
            new NewsletterRule(),
            new CookieNoticeRule(),
            new CaptionRule(),
            new BylineRule(),
            new BreadcrumbRule(),
            new DatelineRule(),
            new HeadlineRule(),
            new SectionEndRule(),
            new MainSpanRule(),
            new RepetitionRule());

    /** HTML: markup context and link density first, then the same text rules. */
    static final List<BlockRule> HTML = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new ChromeContextRule(), new LinkListRule(), new TeaserRule()), TEXT.stream()).toList();

    private RuleSequence() { }

    static void run(List<BlockRule> rules, Page page) {
        for (BlockRule r : rules) {
            r.apply(page);
        }
    }
}
