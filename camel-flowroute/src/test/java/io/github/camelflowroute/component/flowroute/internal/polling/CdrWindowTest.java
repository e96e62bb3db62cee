package io.github.camelflowroute.component.flowroute.internal.polling;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CdrWindowTest {

    private static final Instant FROM = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-05-01T01:00:00Z");

    @Test
    void aPendingExportSurvivesTheStoredForm() {
        CdrWindow window =
                CdrWindow.startingAt(FROM).until(TO).exportedBy("38647", Instant.parse("2024-05-01T01:20:00Z"))
                        .doneThrough(17);

        assertThat(CdrWindow.parse(window.encode())).isEqualTo(window);
    }

    @Test
    void aWindowNotChosenYetSurvivesTheStoredForm() {
        CdrWindow window = CdrWindow.startingAt(FROM);

        assertThat(CdrWindow.parse(window.encode())).isEqualTo(window);
    }

    @Test
    void aFinishedWindowStartsTheNextAtItsEnd() {
        CdrWindow next = CdrWindow.startingAt(FROM).until(TO).exportedBy("1", FROM).doneThrough(3).next();

        assertThat(next).isEqualTo(CdrWindow.startingAt(TO));
    }

    @Test
    void aGivenUpExportKeepsTheWindowAndWhatIsDone() {
        CdrWindow again = CdrWindow.startingAt(FROM).until(TO).exportedBy("1", FROM).doneThrough(3).withoutExport();

        assertThat(again).isEqualTo(new CdrWindow(FROM, TO, 3, null, null));
    }

    @Test
    void recordIdsNameTheWindowAndThePlace() {
        assertThat(CdrWindow.startingAt(FROM).until(TO).recordId(17))
                .isEqualTo("2024-05-01T00:00:00Z/2024-05-01T01:00:00Z#17");
    }

    @Test
    void noStateIsNoPosition() {
        assertThat(CdrWindow.parse(null)).isNull();
        assertThat(CdrWindow.parse(" ")).isNull();
    }

    @Test
    void anUnreadableStateIsRefusedNamingIt() {
        assertThatThrownBy(() -> CdrWindow.parse("2024-05-01T00:00:00Z|mdr1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CDR position");
    }
}
