package io.partita.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizesTest {
    @Test
    void plainNumbersAndBinarySuffixesAreUnderstood() {
        assertThat(ByteSizes.parse("1073741824")).isEqualTo(1L << 30);
        assertThat(ByteSizes.parse("512m")).isEqualTo(512L << 20);
        assertThat(ByteSizes.parse("2g")).isEqualTo(2L << 30);
        assertThat(ByteSizes.parse("2GB")).isEqualTo(2L << 30);
        assertThat(ByteSizes.parse("64k")).isEqualTo(64L << 10);
    }

    @Test
    void malformedOrNonPositiveSizesAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> ByteSizes.parse("12x")).hasMessageContaining("'12x'");
        assertThatThrownBy(() -> ByteSizes.parse("0")).hasMessageContaining("'0'");
        assertThatThrownBy(() -> ByteSizes.parse("-5m")).hasMessageContaining("'-5m'");
        assertThatThrownBy(() -> ByteSizes.parse("99999999999t")).hasMessageContaining("too large");
    }
}
