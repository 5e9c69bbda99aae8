package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The ministry said on Tuesday that the talks would resume next week, after both sides agreed to a ceasefire along the border and an exchange of prisoners.",
        "de|Die Bundesregierung will die Schuldenbremse im kommenden Jahr wieder einhalten, sagte der Finanzminister am Dienstag in Berlin vor Journalisten.",
        "fr|Le gouvernement a présenté mardi un projet de loi sur l'immigration, qui doit être examiné par le Sénat avant la fin de l'année.",
        "es|El Gobierno aprobó este martes la reforma de las pensiones, que será debatida en el Congreso durante las próximas semanas.",
        "uk|Президент України заявив, що переговори тривають уже третій тиждень і що делегації зустрінуться знову наступного понеділка.",
        "ru|Министр обороны сообщил о завершении учений на севере страны и о возвращении войск в места постоянной дислокации.",
        "ja|東京都は火曜日、首都直下地震に備えた新しい防災計画を発表し、避難所の数を大幅に増やす方針を示した。",
        "ar|وقالت الوزارة إن المحادثات ستستأنف الأسبوع المقبل في القاهرة بعد اتفاق الطرفين على وقف إطلاق النار."})
    void shouldNameTheLanguageWithHighConfidenceWhenProseIsClear(String expected, String text) {
        LanguageGuess.Result r = LanguageGuess.detect(text);
        assertThat(r.language()).isEqualTo(expected);
        assertThat(r.confidence()).isGreaterThan(0.6).isLessThanOrEqualTo(1.0);
    }

    @Test
    void shouldAnswerNothingWhenTextIsTooShortOrHasNoLetters() {
        assertThat(LanguageGuess.detect("Menu").language()).isNull();
        assertThat(LanguageGuess.detect("12345 67890 12345 67890 12345").language()).isNull();
        assertThat(LanguageGuess.detect(null).confidence()).isZero();
    }

    @Test
    void shouldReadPastTheProbeWhenTheBeginningIsAmbiguous() {
        // Names and numbers first say little; the sentences after the probe decide.
        String text = "Kyiv, Kharkiv, Odesa, Lviv, Dnipro — 2024-05-01 — Zelensky, Yermak, Sybiha, Umerov, Shmyhal, "
                + "Budanov, Syrskyi, Klitschko, Terekhov. "
                + "The president met the mayors of the largest cities on Wednesday to discuss how the country will keep "
                + "its power grid running through the winter, and promised more air defence for the regions.";
        LanguageGuess.Result probeOnly = LanguageGuess.detect(text.substring(0, Thresholds.LANGUAGE_PROBE_CHARS));
        assertThat(probeOnly.language()).as("the probe alone is unsure").isNotEqualTo("en");
        LanguageGuess.Result r = LanguageGuess.detect(text);
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.confidence()).isGreaterThan(0.9);
    }
}
