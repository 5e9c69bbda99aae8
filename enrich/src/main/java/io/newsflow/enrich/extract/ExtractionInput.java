package io.newsflow.enrich.extract;

import java.util.Map;
import java.util.Objects;

/**
 * One document to extract: either raw bytes (decoded here) or already-decoded text.
 *
 * @param content raw bytes, or null when {@code text} is given
 * @param text    decoded text, or null when {@code content} is given
 * @param charset declared charset of {@code content} (HTTP header, feed), or null to detect
 * @param format  AUTO sniffs markup; HTML or TEXT force a path
 * @param strip   false treats the whole input as body (already-clean text, {@code --no-strip})
 * @param url     URL the document was fetched from, or null
 * @param hints   metadata given by the source (keys {@link #HINT_TITLE}, {@link #HINT_AUTHOR},
 *                {@link #HINT_PUBLISHED}, {@link #HINT_PUBLISHER}); never null
 */
public record ExtractionInput(byte[] content, String text, String charset, Format format, boolean strip,
                              String url, Map<String, String> hints) {

    public static final String HINT_TITLE = "title";
    public static final String HINT_AUTHOR = "author";
    public static final String HINT_PUBLISHED = "published";
    public static final String HINT_PUBLISHER = "publisher";

    /** Which reader handles the input. */
    public enum Format { AUTO, HTML, TEXT }

    public ExtractionInput {
        if ((content == null) == (text == null)) {
            throw new IllegalArgumentException("exactly one of content and text must be given");
        }
        format = format == null ? Format.AUTO : format;
        hints = hints == null ? Map.of() : Map.copyOf(hints);
    }

    public static ExtractionInput ofText(String text) {
        return builder().text(text).build();
    }

    public static ExtractionInput ofHtml(String html) {
        return builder().text(html).format(Format.HTML).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String hint(String key) {
        String v = hints.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "ExtractionInput[" + (content != null ? content.length + " bytes" : text.length() + " chars")
                + ", format=" + format + ", strip=" + strip + ", url=" + url + "]";
    }

    /** Builder; {@code strip} defaults to true, {@code format} to AUTO. */
    public static final class Builder {
        private byte[] content;
        private String text;
        private String charset;
        private Format format = Format.AUTO;
        private boolean strip = true;
        private String url;
        private Map<String, String> hints = Map.of();

        public Builder content(byte[] content) { this.content = content; return this; }
        public Builder text(String text) { this.text = text; return this; }
        public Builder charset(String charset) { this.charset = charset; return this; }
        public Builder format(Format format) { this.format = Objects.requireNonNull(format); return this; }
        public Builder strip(boolean strip) { this.strip = strip; return this; }
        public Builder url(String url) { this.url = url; return this; }
        public Builder hints(Map<String, String> hints) { this.hints = hints; return this; }

        public ExtractionInput build() {
            return new ExtractionInput(content, text, charset, format, strip, url, hints);
        }
    }
}
