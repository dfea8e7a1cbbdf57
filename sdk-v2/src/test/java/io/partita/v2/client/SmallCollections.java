package io.partita.v2.client;

import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import java.util.List;

/**
 * The small collection the V2 search tests share: an Int64 primary key {@code id}, a 2-d float
 * vector {@code vec} with a FLAT index, one Int64 field and one VarChar(16) field, named by the test.
 */
final class SmallCollections {
    private SmallCollections() {}

    static void create(
            MilvusClientV2 client,
            String name,
            String intField,
            String textField,
            IndexParam.MetricType metric,
            boolean dynamicField) {
        CreateCollectionReq.CollectionSchema schema = CreateCollectionReq.CollectionSchema.builder()
                .enableDynamicField(dynamicField)
                .build();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("vec")
                .dataType(DataType.FloatVector)
                .dimension(2)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName(intField)
                .dataType(DataType.Int64)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName(textField)
                .dataType(DataType.VarChar)
                .maxLength(16)
                .build());
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(name)
                .collectionSchema(schema)
                .indexParams(List.of(IndexParam.builder()
                        .fieldName("vec")
                        .indexType(IndexParam.IndexType.FLAT)
                        .metricType(metric)
                        .build()))
                .build());
    }
}
