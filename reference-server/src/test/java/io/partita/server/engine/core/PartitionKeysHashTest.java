package io.partita.server.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The routing hash agrees with Milvus's {@code typeutil.Hash32Int64} / {@code HashString2Uint32}:
 * the expected values were computed in Go with {@code github.com/spaolacci/murmur3} v1.1.0 (what
 * Milvus imports) over the 8 little-endian bytes masked with {@code 0x7fffffff}, and with
 * {@code hash/crc32.ChecksumIEEE}.
 */
class PartitionKeysHashTest {
    @Test
    void int64KeysHashAsMilvusDoes() {
        assertThat(PartitionKeys.murmur3Int64(0) & 0x7fffffff).isEqualTo(1669671676);
        assertThat(PartitionKeys.murmur3Int64(1) & 0x7fffffff).isEqualTo(1392991556);
        assertThat(PartitionKeys.murmur3Int64(42) & 0x7fffffff).isEqualTo(1871679806);
        assertThat(PartitionKeys.murmur3Int64(-1) & 0x7fffffff).isEqualTo(1651860712);
        assertThat(PartitionKeys.murmur3Int64(123456789012L) & 0x7fffffff).isEqualTo(1632725951);
        assertThat(PartitionKeys.route(1000L, 16)).isEqualTo(12);
        assertThat(PartitionKeys.route(2L, 16)).isEqualTo(4);
    }

    @Test
    void varcharKeysHashTheirFirstHundredBytesByCrc32() {
        assertThat(PartitionKeys.route("", 16)).isZero();
        assertThat(PartitionKeys.route("a", 16)).isEqualTo((int) (3904355907L % 16));
        assertThat(PartitionKeys.route("red", 16)).isEqualTo((int) (4200685455L % 16));
        assertThat(PartitionKeys.route("partition key", 16)).isEqualTo((int) (2469190708L % 16));
        assertThat(PartitionKeys.route("日本", 16)).isEqualTo((int) (3350711756L % 16));
        String longKey = "x".repeat(100);
        assertThat(PartitionKeys.route(longKey + "tail", 7)).isEqualTo(PartitionKeys.route(longKey + "other", 7));
    }
}
