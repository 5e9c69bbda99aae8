package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecodingTest {

    private static byte[] text(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i % 61 == 60 ? '\n' : 'a' + i % 26);
        }
        return b;
    }

    @Test
    void shouldFindANulByteAtEveryPositionOfAWordAndOfTheTail() {
        for (int length : new int[] {1, 7, 8, 9, 64, 67}) {
            for (int at = 0; at < length; at++) {
                byte[] b = text(length);
                b[at] = 0;
                assertThat(Decoding.isBinary(b)).as("NUL at %d of %d", at, length).isTrue();
            }
        }
    }

    @Test
    void shouldCountControlBytesAgainstTheShare() {
        byte[] b = text(1000);
        // 5 % of 1,000 bytes is the limit: 50 control bytes pass, 51 do not
        for (int i = 0; i < 50; i++) {
            b[i * 19 + 3] = 0x01;
        }
        assertThat(Decoding.isBinary(b)).isFalse();
        b[997] = 0x1F;
        assertThat(Decoding.isBinary(b)).isTrue();
    }

    @Test
    void shouldNotCountTheControlsTextHasNorHighBytes() {
        byte[] b = new byte[800];
        byte[] allowed = {'\t', '\n', '\f', '\r', 0x1B};
        for (int i = 0; i < b.length; i++) {
            b[i] = i % 2 == 0 ? allowed[i / 2 % allowed.length] : (byte) (0x80 + i % 0x80);
        }
        assertThat(Decoding.isBinary(b)).isFalse();
        byte[] utf8 = "Zelenskyy — “Київ” 北京 ünïcödé\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        assertThat(Decoding.isBinary(utf8)).isFalse();
        assertThat(Decoding.isBinary(new byte[0])).isFalse();
    }

    @Test
    void shouldRejectBinaryBytesButCheckUtf16TextAfterDecoding() throws ExtractionException {
        byte[] binary = new byte[100];
        Arrays.fill(binary, (byte) 0x02);
        assertThatThrownBy(() -> Decoding.decode(binary, null)).isInstanceOf(ExtractionException.class);
        byte[] utf16 = "\uFEFFplain words".getBytes(StandardCharsets.UTF_16BE);
        assertThat(Decoding.hasUtf16Bom(utf16)).isTrue();
        assertThat(Decoding.decode(utf16, null)).isEqualTo("plain words");
        ArticleExtractor extractor = ArticleExtractor.withDefaults();
        byte[] nulText = "\uFEFFa\u0000b".repeat(30).getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> extractor.extract(ExtractionInput.builder().content(nulText)
                .format(ExtractionInput.Format.TEXT).build()))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.BINARY));
    }
}
