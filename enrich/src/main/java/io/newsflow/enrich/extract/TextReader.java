package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text as scraped: each line is a block; a hard-wrapped line (previous line without a
 * sentence end, this one starting in lower case, no blank line between) joins the previous one.
 */
final class TextReader {
    private TextReader() { }

    static Page read(String text) {
        List<Block> blocks = new ArrayList<>();
        // the block being built: a line, or lines joined by hard-wrap continuation (then in a builder)
        String pending = null;
        StringBuilder joined = null;
        boolean pendingBlank = false;
        boolean blank = false;
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            // find the line end and, in the same pass, whether the line is already collapsed
            boolean clean = true;
            boolean space = true; // a leading space is not clean
            for (char c; end < n && (c = text.charAt(end)) != '\n' && c != '\r'; end++) {
                if (c > ' ' && c < 0x7F) {
                    space = false;
                } else if (c == ' ') {
                    clean &= !space;
                    space = true;
                } else if (c < 0x80 || Texts.isSpace(c) || Character.isISOControl(c)) {
                    clean = false;
                } else {
                    space = false;
                }
            }
            String raw = text.substring(start, end);
            String line = clean && !space ? raw : Texts.collapse(raw);
            if (line.isEmpty()) {
                blank = true;
            } else {
                CharSequence previous = joined != null ? joined : pending;
                if (previous != null && !blank && continues(previous, line)) {
                    if (joined == null) {
                        joined = new StringBuilder(pending);
                    }
                    joined.append(' ').append(line);
                } else {
                    if (previous != null) {
                        blocks.add(Block.line(blocks.size(), previous.toString(), pendingBlank));
                    }
                    pending = line;
                    joined = null;
                    pendingBlank = blank;
                }
                blank = false;
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        CharSequence last = joined != null ? joined : pending;
        if (last != null) {
            blocks.add(Block.line(blocks.size(), last.toString(), pendingBlank));
        }
        return new Page(blocks, false);
    }

    private static boolean continues(CharSequence previous, String line) {
        int last = previous.charAt(previous.length() - 1);
        if (Texts.endsSentence(previous)) {
            return false;
        }
        int first = line.codePointAt(0);
        return Character.isLowerCase(first) && Character.isLetter(last);
    }
}
