package io.partita.param;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamUtilsTest {

    @Test
    void collectionNamesMayUseLettersDigitsUnderscoresAndDollars() {
        assertThat(ParamUtils.checkCollectionName("_book$2", "collectionName")).isEqualTo("_book$2");
        assertThat(ParamUtils.checkCollectionName("a".repeat(255), "collectionName"))
                .hasSize(255);
    }

    @Test
    void anEmptyCollectionNameIsRejectedWithTheServerWording() {
        assertRejected(
                () -> ParamUtils.checkCollectionName("  ", "collectionName"),
                "collectionName: Invalid collection name: . collection name should not be empty");
    }

    @Test
    void aCollectionNameLongerThan255CharactersIsRejected() {
        assertRejected(
                () -> ParamUtils.checkCollectionName("a".repeat(256), "collectionName"),
                "The length of a collection name must be less than 255 characters.");
    }

    @Test
    void aCollectionNameStartingWithADigitIsRejected() {
        assertRejected(
                () -> ParamUtils.checkCollectionName("1book", "collectionName"),
                "Invalid collection name: 1book. The first character of a collection name must be an underscore or letter.");
    }

    @Test
    void aCollectionNameWithAHyphenIsRejected() {
        assertRejected(
                () -> ParamUtils.checkCollectionName("my-book", "collectionName"),
                "Invalid collection name: my-book. Collection name can only contain numbers, letters, dollars and underscores.");
    }

    @Test
    void aNullNameIsAParamExceptionNamingTheField() {
        assertRejected(() -> ParamUtils.checkCollectionName(null, "alias"), "alias must not be null");
    }

    @Test
    void partitionNamesFollowTheSameRulesWithThePartitionWording() {
        assertThat(ParamUtils.checkPartitionName("novel$1", "partitionName")).isEqualTo("novel$1");
        assertRejected(
                () -> ParamUtils.checkPartitionName("", "partitionName"),
                "Invalid partition name: . Partition name should not be empty.");
        assertRejected(
                () -> ParamUtils.checkPartitionName("9x", "partitionName"),
                "Invalid partition name: 9x. The first character of a partition name must be an underscore or letter.");
        assertRejected(
                () -> ParamUtils.checkPartitionName("a b", "partitionName"),
                "Invalid partition name: a b. Partition name can only contain numbers, letters, dollars and underscores.");
        assertRejected(
                () -> ParamUtils.checkPartitionName("p".repeat(256), "partitionName"),
                "The length of a partition name must be less than 255 characters.");
    }

    @Test
    void aPartitionListIsCopiedUnmodifiableAndEachElementNamesItsIndex() {
        List<String> names = new java.util.ArrayList<>(List.of("a", "b"));
        List<String> copy = ParamUtils.checkPartitionNames(names, "partitionNames", false);
        names.add("c");

        assertThat(copy).containsExactly("a", "b");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> copy.add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertRejected(
                () -> ParamUtils.checkPartitionNames(Arrays.asList("a", null), "partitionNames", false),
                "partitionNames[1] must not be null");
        assertRejected(
                () -> ParamUtils.checkPartitionNames(List.of(), "partitionNames", false),
                "partitionNames must not be empty");
    }

    @Test
    void aRangeViolationNamesTheFieldTheBoundsAndTheValue() {
        assertRejected(
                () -> ParamUtils.checkRange(0, 1, 10, "replicaNumber"),
                "replicaNumber must be between 1 and 10, got 0");
    }
}
