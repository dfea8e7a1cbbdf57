package io.partita.v2.service.collection.response;

import io.partita.v2.common.ConsistencyLevel;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import java.util.List;
import java.util.Map;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.describeCollection} answers: the schema and settings of a collection.
 *
 * <p>Immutable: made by the client from the server's answer; lists and maps are unmodifiable.
 */
@Getter
public final class DescribeCollectionResp {
    /** The collection name. */
    private final String collectionName;
    /** The server's id of the collection. */
    private final Long collectionID;
    /** The database of the collection. */
    private final String databaseName;
    /** The description given at creation. */
    private final String description;
    /** Number of partitions, the default one included. */
    private final Long numOfPartitions;
    /** All field names, in schema order. */
    private final List<String> fieldNames;
    /** The vector field names. */
    private final List<String> vectorFieldNames;
    /** The primary key field. */
    private final String primaryFieldName;
    /** Whether rows may carry fields outside the schema. */
    private final Boolean enableDynamicField;
    /** Whether the server assigns primary keys. */
    private final Boolean autoID;
    /** The schema. */
    private final CreateCollectionReq.CollectionSchema collectionSchema;
    /** Creation time as a hybrid timestamp. */
    private final Long createTime;
    /** Creation time in milliseconds since the epoch (UTC). */
    private final Long createUtcTime;
    /** The default consistency of reads. */
    private final ConsistencyLevel consistencyLevel;
    /** Number of shards. */
    private final Integer shardsNum;
    /** Collection properties. */
    private final Map<String, String> properties;

    @Builder
    private DescribeCollectionResp(
            String collectionName,
            Long collectionID,
            String databaseName,
            String description,
            Long numOfPartitions,
            List<String> fieldNames,
            List<String> vectorFieldNames,
            String primaryFieldName,
            Boolean enableDynamicField,
            Boolean autoID,
            CreateCollectionReq.CollectionSchema collectionSchema,
            Long createTime,
            Long createUtcTime,
            ConsistencyLevel consistencyLevel,
            Integer shardsNum,
            Map<String, String> properties) {
        this.collectionName = collectionName;
        this.collectionID = collectionID;
        this.databaseName = databaseName;
        this.description = description;
        this.numOfPartitions = numOfPartitions;
        this.fieldNames = Checks.copy(fieldNames);
        this.vectorFieldNames = Checks.copy(vectorFieldNames);
        this.primaryFieldName = primaryFieldName;
        this.enableDynamicField = enableDynamicField;
        this.autoID = autoID;
        this.collectionSchema = collectionSchema;
        this.createTime = createTime;
        this.createUtcTime = createUtcTime;
        this.consistencyLevel = consistencyLevel;
        this.shardsNum = shardsNum;
        this.properties = Checks.copy(properties);
    }

    @Override
    public String toString() {
        return "DescribeCollectionResp{" + "collectionName=" + collectionName + ", "
                + "collectionID=" + collectionID + ", "
                + "databaseName=" + databaseName + ", "
                + "description=" + description + ", "
                + "numOfPartitions=" + numOfPartitions + ", "
                + "fieldNames=" + fieldNames + ", "
                + "vectorFieldNames=" + vectorFieldNames + ", "
                + "primaryFieldName=" + primaryFieldName + ", "
                + "enableDynamicField=" + enableDynamicField + ", "
                + "autoID=" + autoID + ", "
                + "collectionSchema=" + collectionSchema + ", "
                + "createTime=" + createTime + ", "
                + "createUtcTime=" + createUtcTime + ", "
                + "consistencyLevel=" + consistencyLevel + ", "
                + "shardsNum=" + shardsNum + ", "
                + "properties=" + properties + "}";
    }
}
