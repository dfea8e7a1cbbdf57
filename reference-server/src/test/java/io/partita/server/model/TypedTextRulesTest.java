package io.partita.server.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The text rules of TIMESTAMPTZ ({@link Timestamps}) and GEOMETRY ({@link WellKnownText}) values. */
class TypedTextRulesTest {
    private static final long NEW_YEAR_EVE_22H = 1_735_682_400_000_000L; // 2024-12-31T22:00:00Z

    @Test
    void everyIsoFormMilvusReadsGivesTheSameInstant() {
        ZoneId utc = ZoneOffset.UTC;
        assertThat(Timestamps.parse("2024-12-31 22:00:00", utc)).isEqualTo(NEW_YEAR_EVE_22H);
        assertThat(Timestamps.parse("2024-12-31T22:00:00", utc)).isEqualTo(NEW_YEAR_EVE_22H);
        assertThat(Timestamps.parse("2024-12-31T22:00:00Z", utc)).isEqualTo(NEW_YEAR_EVE_22H);
        assertThat(Timestamps.parse("2025-01-01T06:00:00+08:00", utc)).isEqualTo(NEW_YEAR_EVE_22H);
        assertThat(Timestamps.parse("2024-12-31 18:00:00-04", utc)).isEqualTo(NEW_YEAR_EVE_22H);
        assertThat(Timestamps.parse("2024-12-31 22:00:00Z", utc)).isEqualTo(NEW_YEAR_EVE_22H);
        assertThat(Timestamps.parse("2025-01-01 06:00:00", ZoneId.of("Asia/Shanghai")))
                .isEqualTo(NEW_YEAR_EVE_22H);
        assertThat(Timestamps.parse("2024-12-31T22:00:00.000001234Z", utc)).isEqualTo(NEW_YEAR_EVE_22H + 1);
    }

    @Test
    void badTextGetsMilvussTexts() {
        assertThatThrownBy(() -> Timestamps.parse("2024-02-30 00:00:00", ZoneOffset.UTC))
                .hasMessage("invalid timestamp string: '2024-02-30 00:00:00'. Does not match any known format");
        assertThatThrownBy(() -> Timestamps.parse("2024-12-31T22:00:00+08", ZoneOffset.UTC))
                .hasMessageContaining("Does not match any known format");
        assertThatThrownBy(() -> Timestamps.parse("2024-12-31T22:00:00-13:00", ZoneOffset.UTC))
                .hasMessage("UTC offset hour -13 is out of the valid range [-12, 14]");
        assertThatThrownBy(() -> Timestamps.zone("Mars/Olympus"))
                .hasMessage("invalid default timezone string 'Mars/Olympus'");
    }

    @Test
    void answersAreUtcWithTheFractionTrimmed() {
        assertThat(Timestamps.format(NEW_YEAR_EVE_22H)).isEqualTo("2024-12-31T22:00:00Z");
        assertThat(Timestamps.format(NEW_YEAR_EVE_22H + 120_000)).isEqualTo("2024-12-31T22:00:00.12Z");
        assertThat(Timestamps.format(-1)).isEqualTo("1969-12-31T23:59:59.999999Z");
    }

    @Test
    void wktIsCheckedAndNormalized() {
        assertThat(WellKnownText.normalize(" point ( 1.5  -2 ) ")).isEqualTo("POINT (1.5 -2)");
        assertThat(WellKnownText.normalize("POINT Z(1 2 3)")).isEqualTo("POINT Z (1 2 3)");
        assertThat(WellKnownText.normalize("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))"))
                .isEqualTo("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))");
        assertThat(WellKnownText.normalize("GEOMETRYCOLLECTION(POINT(1 2),LINESTRING EMPTY)"))
                .isEqualTo("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING EMPTY)");
        assertThatThrownBy(() -> WellKnownText.normalize("POINT (1)")).hasMessageContaining("2 to 4 numbers");
        assertThatThrownBy(() -> WellKnownText.normalize("LINESTRING (0 0, 1 1 1)"))
                .hasMessageContaining("a coordinate of 3 numbers among coordinates of 2");
        assertThatThrownBy(() -> WellKnownText.normalize("POINT (1 2")).hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> WellKnownText.normalize("POINT (1 2) x")).hasMessageContaining("unexpected text");
        assertThatThrownBy(() -> WellKnownText.normalize("POINT (NaN 2)")).hasMessageContaining("not a number");
    }

    @Test
    void wkbOfAMultiPolygonReadsAsItsWkt() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 + 4 + 4 + 1 + 4 + 4 + 4 + 4 * 16)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 1).putInt(6).putInt(1); // MULTIPOLYGON of one
        b.put((byte) 1).putInt(3).putInt(1).putInt(4); // POLYGON, one ring of four points
        for (double[] p : new double[][] {{0, 0}, {2, 0}, {2, 2}, {0, 0}}) {
            b.putDouble(p[0]).putDouble(p[1]);
        }
        assertThat(WellKnownText.fromWkb(b.array())).isEqualTo("MULTIPOLYGON (((0 0, 2 0, 2 2, 0 0)))");
        assertThatThrownBy(() -> WellKnownText.fromWkb(new byte[] {1, 1, 0, 0, 0}))
                .hasMessage("truncated WKB geometry");
    }
}
