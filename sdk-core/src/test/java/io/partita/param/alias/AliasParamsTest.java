package io.partita.param.alias;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AliasParamsTest {

    @Test
    void aliasParamsBuildWithValidNames() {
        assertThat(CreateAliasParam.newBuilder()
                        .withCollectionName("book")
                        .withAlias("books")
                        .build()
                        .getAlias())
                .isEqualTo("books");
        assertThat(AlterAliasParam.newBuilder()
                        .withCollectionName("book2")
                        .withAlias("books")
                        .build()
                        .getCollectionName())
                .isEqualTo("book2");
        assertThat(DropAliasParam.newBuilder().withAlias("books").build().getAlias())
                .isEqualTo("books");
    }

    @Test
    void aliasParamsRejectMissingOrInvalidNames() {
        assertRejected(
                () -> CreateAliasParam.newBuilder().withCollectionName("book").build(), "alias must not be null");
        assertRejected(() -> CreateAliasParam.newBuilder().withAlias("a").build(), "collectionName must not be null");
        assertRejected(
                () -> AlterAliasParam.newBuilder()
                        .withCollectionName("book")
                        .withAlias("1a")
                        .build(),
                "alias: Invalid collection name: 1a");
        assertRejected(
                () -> AlterAliasParam.newBuilder()
                        .withAlias("a")
                        .withCollectionName("b c")
                        .build(),
                "collectionName");
        assertRejected(() -> DropAliasParam.newBuilder().withAlias("").build(), "alias", "should not be empty");
    }

    @Test
    void describeAliasParamChecksTheAliasLikeTheOtherAliasParams() {
        assertThat(DescribeAliasParam.newBuilder().withAlias("books").build().getAlias())
                .isEqualTo("books");
        assertRejected(() -> DescribeAliasParam.newBuilder().build(), "alias must not be null");
        assertRejected(
                () -> DescribeAliasParam.newBuilder().withAlias("1a").build(), "alias: Invalid collection name: 1a");
    }

    @Test
    void listAliasesParamNeedsItsCollection() {
        assertThat(ListAliasesParam.newBuilder()
                        .withCollectionName("book")
                        .build()
                        .getCollectionName())
                .isEqualTo("book");
        assertRejected(() -> ListAliasesParam.newBuilder().build(), "collectionName must not be null");
    }
}
