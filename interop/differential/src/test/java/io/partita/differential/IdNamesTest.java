package io.partita.differential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdNamesTest {
    @Test
    void learnedIdsAreReplacedByTheirNamesOnlyAsWholeNumbers() {
        IdNames names = new IdNames();
        names.learn(4406, "book");
        names.learn(44061, "novel");

        assertThat(names.apply("partition 44061 of collection 4406 in [44062]"))
            .isEqualTo("partition <id:novel> of collection <id:book> in [44062]");
    }

    @Test
    void aMissingReasonBecomesEmptyText() {
        assertThat(new IdNames().apply(null)).isEmpty();
    }
}
