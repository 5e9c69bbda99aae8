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
        StringBuilder pending = null;
        boolean pendingBlank = false;
        boolean blank = false;
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = Texts.collapse(text.substring(start, end));
            if (line.isEmpty()) {
                blank = true;
            } else {
                if (pending != null && !blank && continues(pending, line)) {
                    pending.append(' ').append(line);
                } else {
                    if (pending != null) {
                        blocks.add(Block.line(blocks.size(), pending.toString(), pendingBlank));
                    }
                    pending = new StringBuilder(line);
                    pendingBlank = blank;
                }
                blank = false;
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        if (pending != null) {
            blocks.add(Block.line(blocks.size(), pending.toString(), pendingBlank));
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
