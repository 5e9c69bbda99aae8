package io.newsflow.enrich.topics;

/**
 * One IPTC Media Topic assigned to an article.
 *
 * @param qcode      IPTC qcode, e.g. medtop:11000000
 * @param name       English label, e.g. politics
 * @param confidence in [0,1]
 */
public record SubjectTag(String qcode, String name, double confidence) {

    public SubjectTag {
        if (confidence < 0.0 || confidence > 1.0 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
