package io.github.camelflowroute.buildtools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkedSectionsTest {

    private static final String DOC = "before\n// things: START\nold 1\nold 2\n// things: END\nafter\n";

    @Test
    void replacesOnlyWhatLiesBetweenTheMarkers() {
        assertThat(MarkedSections.replace(DOC, "things", "new\n"))
                .isEqualTo("before\n// things: START\nnew\n// things: END\nafter\n");
    }

    @Test
    void addsTheMissingNewlineAfterTheContent() {
        assertThat(MarkedSections.replace(DOC, "things", "new"))
                .isEqualTo("before\n// things: START\nnew\n// things: END\nafter\n");
    }

    @Test
    void emptyContentLeavesTheMarkersAdjacent() {
        assertThat(MarkedSections.replace(DOC, "things", ""))
                .isEqualTo("before\n// things: START\n// things: END\nafter\n");
    }

    @Test
    void replacingTwiceGivesTheSameText() {
        String once = MarkedSections.replace(DOC, "things", "new\n");
        assertThat(MarkedSections.replace(once, "things", "new\n")).isEqualTo(once);
    }

    @Test
    void keepsADocumentWithoutFinalNewlineWithoutOne() {
        String doc = "// things: START\nold\n// things: END";
        assertThat(MarkedSections.replace(doc, "things", "new\n")).isEqualTo("// things: START\nnew\n// things: END");
    }

    @Test
    void readsWindowsLineEndings() {
        String doc = "a\r\n// things: START\r\nold\r\n// things: END\r\nb\r\n";
        assertThat(MarkedSections.replace(doc, "things", "new\n"))
                .isEqualTo("a\n// things: START\nnew\n// things: END\nb\n");
    }

    @Test
    void failsWhenAMarkerIsMissing() {
        assertThatThrownBy(() -> MarkedSections.replace("// things: START\n", "things", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("// things: END");
    }

    @Test
    void failsWhenAMarkerAppearsTwice() {
        String doc = "// things: START\n// things: END\n// things: START\n";
        assertThatThrownBy(() -> MarkedSections.replace(doc, "things", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than once");
    }

    @Test
    void failsWhenEndComesBeforeStart() {
        assertThatThrownBy(() -> MarkedSections.replace("// things: END\n// things: START\n", "things", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comes before");
    }
}
