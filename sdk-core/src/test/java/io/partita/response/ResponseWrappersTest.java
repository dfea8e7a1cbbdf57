package io.partita.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.exception.ParamException;
import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FieldData;
import io.partita.model.FieldSchema;
import io.partita.model.GetPartitionStatisticsResponse;
import io.partita.model.IDs;
import io.partita.model.KeyValuePair;
import io.partita.model.LoadState;
import io.partita.model.LongArray;
import io.partita.model.MutationResult;
import io.partita.model.QueryResults;
import io.partita.model.SearchResultData;
import io.partita.model.ShowCollectionsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.StringArray;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseWrappersTest {

    @Test
    void showPartitionsWrapperGivesNameIdTimeMemoryAndLoadStatePerPartition() {
        ShowPartResponseWrapper w = new ShowPartResponseWrapper(ShowPartitionsResponse.newBuilder()
                .addPartitionNames("_default")
                .addPartitionNames("novel")
                .addPartitionNames("poem")
                .addPartitionIDs(1L)
                .addPartitionIDs(2L)
                .addPartitionIDs(3L)
                .addCreatedUtcTimestamps(10L)
                .addCreatedUtcTimestamps(20L)
                .addCreatedUtcTimestamps(30L)
                .addInMemoryPercentages(0L)
                .addInMemoryPercentages(40L)
                .addInMemoryPercentages(100L)
                .build());

        ShowPartResponseWrapper.PartitionInfo novel = w.getPartitionInfoByName("novel");
        assertThat(novel.getId()).isEqualTo(2L);
        assertThat(novel.getCreatedUtcTimestamp()).isEqualTo(20L);
        assertThat(novel.getInMemoryPercentage()).isEqualTo(40L);
        assertThat(w.getPartitionsInfo())
                .extracting(ShowPartResponseWrapper.PartitionInfo::getLoadState)
                .containsExactly(LoadState.LoadStateNotLoad, LoadState.LoadStateLoading, LoadState.LoadStateLoaded);
        assertThat(w.getPartitionInfoByName("nope")).isNull();
    }

    @Test
    void withoutPercentagesThePartitionLoadStateIsUnknown() {
        ShowPartResponseWrapper w = new ShowPartResponseWrapper(
                ShowPartitionsResponse.newBuilder().addPartitionNames("p").build());

        assertThat(w.getPartitionsInfo().get(0).getInMemoryPercentage()).isEqualTo(-1L);
        assertThat(w.getPartitionsInfo().get(0).getLoadState()).isNull();
    }

    @Test
    void showCollectionsWrapperGivesOneEntryPerCollection() {
        ShowCollResponseWrapper w = new ShowCollResponseWrapper(ShowCollectionsResponse.newBuilder()
                .addCollectionNames("book")
                .addCollectionIds(7L)
                .addCreatedUtcTimestamps(5L)
                .addInMemoryPercentages(100L)
                .build());

        assertThat(w.getCollectionInfoByName("book").getId()).isEqualTo(7L);
        assertThat(w.getCollectionsInfo().get(0).getInMemoryPercentage()).isEqualTo(100L);
        assertThat(w.getCollectionInfoByName("x")).isNull();
    }

    @Test
    void statisticsWrappersReadTheRowCount() {
        GetPartitionStatisticsResponse stats = GetPartitionStatisticsResponse.newBuilder()
                .addStats(KeyValuePair.newBuilder()
                        .setKey("row_count")
                        .setValue("42")
                        .build())
                .build();

        assertThat(new GetPartStatResponseWrapper(stats).getRowCount()).isEqualTo(42L);
        assertThat(new GetPartStatResponseWrapper(
                                GetPartitionStatisticsResponse.newBuilder().build())
                        .getRowCount())
                .isZero();
    }

    @Test
    void describeCollectionWrapperRebuildsTheFieldTypes() {
        DescCollResponseWrapper w = new DescCollResponseWrapper(DescribeCollectionResponse.newBuilder()
                .setCollectionID(9L)
                .setShardsNum(2)
                .addAliases("books")
                .setSchema(CollectionSchema.newBuilder()
                        .setName("book")
                        .setDescription("d")
                        .addFields(FieldSchema.newBuilder()
                                .setName("id")
                                .setDataType(DataType.Int64)
                                .setIsPrimaryKey(true)
                                .build())
                        .addFields(FieldSchema.newBuilder()
                                .setName("vec")
                                .setDataType(DataType.FloatVector)
                                .addTypeParams(KeyValuePair.newBuilder()
                                        .setKey("dim")
                                        .setValue("8")
                                        .build())
                                .build())
                        .build())
                .build());

        assertThat(w.getCollectionName()).isEqualTo("book");
        assertThat(w.getCollectionID()).isEqualTo(9L);
        assertThat(w.getAliases()).containsExactly("books");
        assertThat(w.getPrimaryField().getName()).isEqualTo("id");
        assertThat(w.getVectorField().getDimension()).isEqualTo(8);
        assertThat(w.getFieldByName("nope")).isNull();
    }

    @Test
    void mutationWrapperGivesIdsOfTheRightKindOnly() {
        MutationResultWrapper ints = new MutationResultWrapper(MutationResult.newBuilder()
                .setInsertCnt(2)
                .setTimestamp(99L)
                .setIDs(IDs.newBuilder()
                        .setIntId(LongArray.newBuilder().addData(1L).addData(2L).build())
                        .build())
                .build());
        MutationResultWrapper strings = new MutationResultWrapper(MutationResult.newBuilder()
                .setIDs(IDs.newBuilder()
                        .setStrId(StringArray.newBuilder().addData("a").build())
                        .build())
                .build());

        assertThat(ints.getLongIDs()).containsExactly(1L, 2L);
        assertThat(ints.getInsertCount()).isEqualTo(2L);
        assertThat(ints.getOperationTs()).isEqualTo(99L);
        assertThat(strings.getStringIDs()).containsExactly("a");
        assertThatThrownBy(ints::getStringIDs)
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("getLongIDs");
        assertThatThrownBy(strings::getLongIDs)
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("getStringIDs");
    }

    private static SearchResultData twoQueries() {
        return SearchResultData.newBuilder()
                .setNumQueries(2)
                .setTopK(2)
                .addTopks(2L)
                .addTopks(1L)
                .addScores(0.1f)
                .addScores(0.2f)
                .addScores(0.3f)
                .setIds(IDs.newBuilder()
                        .setIntId(LongArray.newBuilder()
                                .addData(11L)
                                .addData(12L)
                                .addData(21L)
                                .build())
                        .build())
                .addFieldsData(FieldData.newBuilder()
                        .setFieldName("title")
                        .setType(DataType.VarChar)
                        .addValue("a")
                        .addValue("b")
                        .addValue("c")
                        .build())
                .build();
    }

    @Test
    void searchWrapperSlicesHitsAndFieldsPerQuery() {
        SearchResultsWrapper w = new SearchResultsWrapper(twoQueries());

        assertThat(w.getIDScore(0))
                .extracting(SearchResultsWrapper.IDScore::getLongID)
                .containsExactly(11L, 12L);
        assertThat(w.getIDScore(1))
                .extracting(SearchResultsWrapper.IDScore::getScore)
                .containsExactly(0.3f);
        assertThat(List.<Object>copyOf(w.getFieldData("title", 1))).containsExactly("c");
        assertThat(w.getFieldData("title", 0).size()).isEqualTo(2);
    }

    @Test
    void searchWrapperRejectsAnUnknownQueryOrField() {
        SearchResultsWrapper w = new SearchResultsWrapper(twoQueries());

        assertThatThrownBy(() -> w.getIDScore(2))
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("indexOfTarget")
                .hasMessageContaining("got 2");
        assertThatThrownBy(() -> w.getFieldData("nope", 0))
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void queryWrapperFindsAColumnByName() {
        QueryResultsWrapper w = new QueryResultsWrapper(QueryResults.newBuilder()
                .addFieldsData(FieldData.newBuilder()
                        .setFieldName("vec")
                        .setType(DataType.FloatVector)
                        .setDim(2)
                        .addValue(List.of(1f, 2f))
                        .build())
                .build());

        FieldDataWrapper vec = w.getFieldWrapper("vec");
        assertThat(vec.isVectorField()).isTrue();
        assertThat(vec.getDim()).isEqualTo(2);
        assertThat(w.getRowCount()).isEqualTo(1L);
        assertThat(vec.toString()).doesNotContain("1.0");
        assertThatThrownBy(() -> w.getFieldWrapper("nope")).isInstanceOf(ParamException.class);
    }

    @Test
    void describeIndexIsReadByFieldAndIndexNameAsTheOfficialWrapperReadsIt() {
        io.partita.model.DescribeIndexResponse r = io.partita.model.DescribeIndexResponse.newBuilder()
                .addIndexDescriptions(io.partita.model.IndexDescription.newBuilder()
                        .setIndexName("intro_idx")
                        .setIndexID(7)
                        .setFieldName("book_intro")
                        .addParams(KeyValuePair.newBuilder()
                                .setKey("index_type")
                                .setValue("IVF_FLAT")
                                .build())
                        .addParams(KeyValuePair.newBuilder()
                                .setKey("metric_type")
                                .setValue("L2")
                                .build())
                        .addParams(KeyValuePair.newBuilder()
                                .setKey("params")
                                .setValue("{\"nlist\":4}")
                                .build())
                        .setIndexedRows(3)
                        .setTotalRows(3)
                        .setState(io.partita.model.IndexState.Finished)
                        .build())
                .build();
        DescIndexResponseWrapper w = new DescIndexResponseWrapper(r);

        DescIndexResponseWrapper.IndexDesc d = w.getIndexDescByFieldName("book_intro");
        assertThat(w.getIndexDescByIndexName("intro_idx")).isSameAs(d);
        assertThat(w.getIndexDescByFieldName("title")).isNull();
        assertThat(d.getId()).isEqualTo(7);
        assertThat(d.getIndexType()).isEqualTo(io.partita.param.IndexType.IVF_FLAT);
        assertThat(d.getMetricType()).isEqualTo(io.partita.param.MetricType.L2);
        assertThat(d.getExtraParam()).isEqualTo("{\"nlist\":4}");
        assertThat(d.getIndexState()).isEqualTo(io.partita.param.IndexBuildState.Finished);
        assertThat(d.getIndexedRows()).isEqualTo(3);
        assertThat(w.getIndexDescriptions()).hasSize(1);
    }
}
