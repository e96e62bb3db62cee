package io.github.camelflowroute.component.flowroute.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlexibleInstantDeserializerTest {

    @Test
    void utcTimestampsWithAnyFractionReadTheSameAsTheJdkParser() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            int digits = random.nextInt(10);
            String pattern = "yyyy-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "'Z'";
            String text = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(instant);

            assertThat(FlexibleInstantDeserializer.parse(text)).as(text)
                    .isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @Test
    void impossibleDatesAreRefusedNotRolledOver() {
        assertThatThrownBy(() -> FlexibleInstantDeserializer.parse("2024-02-30T00:00:00Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> FlexibleInstantDeserializer.parse("2024-13-01T00:00:00Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> FlexibleInstantDeserializer.parse("2024-01-01T24:00:00Z"))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void otherFormsStillReadThroughTheGeneralPath() {
        assertThat(FlexibleInstantDeserializer.parse("2024-06-01T12:00:00+02:00")).isEqualTo("2024-06-01T10:00:00Z");
        assertThat(FlexibleInstantDeserializer.parse("2024-06-01 12:00:00")).isEqualTo("2024-06-01T12:00:00Z");
        assertThat(FlexibleInstantDeserializer.parse("2024-06-01")).isEqualTo("2024-06-01T00:00:00Z");
        assertThat(FlexibleInstantDeserializer.parse("2024-02-29T23:59:59.5Z")).isEqualTo("2024-02-29T23:59:59.500Z");
    }
}
