package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Written dates in datelines, in the languages the extractor reads (lines written for the test). */
class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Published March 3, 2023; 2023-03-03",
            "3 March 2023; 2023-03-03",
            "Sept. 30th 2022; 2022-09-30",
            "Veröffentlicht am 3. März 2023; 2023-03-03",
            "Montag, 3. MÄRZ 2023; 2023-03-03",
            "Publié le 1er mars 2023; 2023-03-01",
            "Publicado el 3 de marzo de 2023; 2023-03-03",
            "Atualizado em 3 de março de 2023; 2023-03-03",
            "Pubblicato il 3 marzo 2023; 2023-03-03",
            "Gepubliceerd op 3 maart 2023; 2023-03-03",
            "Opublikowano 3 marca 2023; 2023-03-03",
            "3 березня 2023 р.; 2023-03-03",
            "3 марта 2023 года; 2023-03-03",
            "3 Mart 2023 Cuma; 2023-03-03",
            "3 AĞUSTOS 2023; 2023-08-03",
            "3 Μαρτίου 2023; 2023-03-03",
            "3 ΜΑΡΤΙΟΥ 2023; 2023-03-03",
            "3 مارس 2023; 2023-03-03",
            "٣ آذار ٢٠٢٣; 2023-03-03",
            "3 listopada 2022; 2022-11-03",
            "03.03.2023; 2023-03-03",
            "3/4/2023; 2023-04-03",
            "04/23/2023; 2023-04-23",
            "2023-03-04; 2023-03-04",
            "2023/3/4; 2023-03-04",
            "2023年3月4日; 2023-03-04",
            "发布时间：2023年03月04日; 2023-03-04",
            "2023년 3월 4일; 2023-03-04",
    })
    void shouldReadWrittenDateWhenLineHoldsOneInAnyCommonForm(String line, String day) {
        assertThat(Dates.text(line)).isEqualTo(Instant.parse(day + "T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "12 november 2020, 16:05 · Bijgewerkt 13 november 2020; 2020-11-12T16:05:00Z",
            "Freitag, 12.06.2020 um 08:30 Uhr; 2020-06-12T08:30:00Z",
            "12 de junio de 2020 a las 08:30; 2020-06-12T08:30:00Z",
            "June 12, 2020 at 4:47 pm; 2020-06-12T16:47:00Z",
            "2020年6月12日 08:30; 2020-06-12T08:30:00Z",
    })
    void shouldKeepTimeWhenItFollowsTheDate(String line, String when) {
        assertThat(Dates.text(line)).isEqualTo(Instant.parse(when));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The A320 flew 12 hours",
            "May the best team win in 2024",
            "Score 3-2 after 90 minutes",
            "Version 1.2.3 released",
            "31.02.2023",
            "3 March 1850",
    })
    void shouldFindNoDateWhenTextOnlyHasNumbers(String line) {
        assertThat(Dates.text(line)).isNull();
    }

    @Test
    void shouldReportWhereTheDateSitsWhenFound() {
        String line = "Von Anna Berg · 4. April 2021 · 3 Min.";
        Dates.Found f = Dates.find(line);
        assertThat(line.substring(f.start(), f.end())).isEqualTo("4. April 2021");
    }
}
