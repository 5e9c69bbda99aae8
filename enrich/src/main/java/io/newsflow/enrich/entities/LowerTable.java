package io.newsflow.enrich.entities;

import io.newsflow.enrich.text.AnalysedText;

/**
 * A read-only map from a word or phrase, in the form it is looked up by (lower-case or folded), to a value, keyed
 * by the FNV-1a 64 hash of the key's chars. For an ASCII word that hash is the one the analysed text already
 * computed over its lower-case chars, so a lookup is a probe and a comparison, without building the lower-case
 * string. Filled at load time, then only read (safe to share between threads).
 */
final class LowerTable<V> {

    private long[] hashes = new long[64];
    private String[] keys = new String[64];
    private Object[] values = new Object[64];
    private int size;

    /** Calls {@code action} with every key and its value. */
    void forEach(java.util.function.BiConsumer<String, V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                action.accept(keys[i], value(i));
            }
        }
    }

    /** FNV-1a 64 of a key's chars. */
    static long hash(CharSequence key) {
        long h = AnalysedText.FNV_OFFSET;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * AnalysedText.FNV_PRIME;
        }
        return h;
    }

    /** Adds or replaces. */
    void put(String key, V value) {
        long h = hash(key);
        int slot = find(h, key);
        if (keys[slot] != null) {
            values[slot] = value;
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
            slot = find(h, key);
        }
        hashes[slot] = h;
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    /** The value of a key given in its lookup form, or null. */
    V get(String key) {
        long h = hash(key);
        return value(find(h, key));
    }

    boolean contains(String key) {
        return get(key) != null;
    }

    /**
     * The value of the key equal to {@code chars[from, to)} in ASCII lower case, given that slice's FNV-1a 64 hash
     * over its lower-case chars; or null. Only for ASCII slices.
     */
    V getLowerAscii(long hash, char[] chars, int from, int to) {
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return null;
            }
            if (hashes[slot] == hash && sameLowerAscii(key, chars, from, to)) {
                @SuppressWarnings("unchecked")
                V v = (V) values[slot];
                return v;
            }
        }
    }

    /**
     * The value of the key equal to the ASCII slices {@code [starts[k], ends[k])} for k in [first, last), each in
     * lower case, joined by single spaces; {@code hash} is the FNV-1a 64 of that joined form. Or null.
     */
    V getLowerAsciiPhrase(long hash, char[] chars, int[] starts, int[] ends, int first, int last) {
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return null;
            }
            if (hashes[slot] == hash && samePhrase(key, chars, starts, ends, first, last)) {
                @SuppressWarnings("unchecked")
                V v = (V) values[slot];
                return v;
            }
        }
    }

    /** As {@link #getLowerAscii(long, char[], int, int)} for an ASCII string. */
    V getLowerAscii(long hash, String word) {
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return null;
            }
            if (hashes[slot] == hash && sameLowerAscii(key, word)) {
                @SuppressWarnings("unchecked")
                V v = (V) values[slot];
                return v;
            }
        }
    }

    private static boolean sameLowerAscii(String key, String word) {
        if (key.length() != word.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = word.charAt(i);
            if (key.charAt(i) != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLowerAscii(String key, char[] chars, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = chars[from + i];
            if (key.charAt(i) != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePhrase(String key, char[] chars, int[] starts, int[] ends, int first, int last) {
        int at = 0;
        int n = key.length();
        for (int k = first; k < last; k++) {
            if (k > first) {
                if (at >= n || key.charAt(at++) != ' ') {
                    return false;
                }
            }
            for (int i = starts[k]; i < ends[k]; i++) {
                char c = chars[i];
                if (at >= n || key.charAt(at++) != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) {
                    return false;
                }
            }
        }
        return at == n;
    }

    private int find(long h, String key) {
        int mask = keys.length - 1;
        int slot = spread(h) & mask;
        while (keys[slot] != null && !(hashes[slot] == h && keys[slot].equals(key))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private V value(int slot) {
        @SuppressWarnings("unchecked")
        V v = (V) values[slot];
        return v;
    }

    private void grow() {
        long[] oldHashes = hashes;
        String[] oldKeys = keys;
        Object[] oldValues = values;
        hashes = new long[oldKeys.length * 2];
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = find(oldHashes[i], oldKeys[i]);
                hashes[slot] = oldHashes[i];
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int spread(long h) {
        return (int) (h ^ (h >>> 32));
    }
}
