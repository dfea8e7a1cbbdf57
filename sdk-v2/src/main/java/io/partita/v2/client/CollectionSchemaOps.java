package io.partita.v2.client;

import io.partita.model.DescribeCollectionResponse;
import io.partita.param.R;
import io.partita.param.collection.AddCollectionFieldParam;
import io.partita.param.collection.AddCollectionFunctionParam;
import io.partita.param.collection.AlterCollectionFieldParam;
import io.partita.param.collection.AlterCollectionFunctionParam;
import io.partita.param.collection.BatchDescribeCollectionParam;
import io.partita.param.collection.DropCollectionFunctionParam;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.collection.TruncateCollectionParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.collection.request.AddCollectionFieldReq;
import io.partita.v2.service.collection.request.AddCollectionFunctionReq;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.AlterCollectionFieldReq;
import io.partita.v2.service.collection.request.AlterCollectionFunctionReq;
import io.partita.v2.service.collection.request.BatchDescribeCollectionReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DropCollectionFieldPropertiesReq;
import io.partita.v2.service.collection.request.DropCollectionFunctionReq;
import io.partita.v2.service.collection.request.RefreshLoadReq;
import io.partita.v2.service.collection.request.TruncateCollectionReq;
import io.partita.v2.service.collection.response.DescribeCollectionResp;
import java.util.ArrayList;
import java.util.List;

/**
 * The Milvus 2.6 schema calls of {@link MilvusClientV2} (add and alter a field, truncate, batch
 * describe) and refreshLoad, each through one sdk-core operation.
 */
final class CollectionSchemaOps {
    private CollectionSchemaOps() {}

    static void addField(Session s, AddCollectionFieldReq r) {
        s.checkDatabase(r.getDatabaseName());
        AddFieldReq field = AddFieldReq.builder()
                .fieldName(r.getFieldName())
                .description(r.getDescription())
                .dataType(r.getDataType())
                .maxLength(r.getMaxLength())
                .isPrimaryKey(r.getIsPrimaryKey())
                .isPartitionKey(r.getIsPartitionKey())
                .isClusteringKey(r.getIsClusteringKey())
                .autoID(r.getAutoID())
                .dimension(r.getDimension())
                .elementType(r.getElementType())
                .maxCapacity(r.getMaxCapacity())
                .isNullable(r.getIsNullable())
                .defaultValue(r.getDefaultValue())
                .enableDefaultValue(r.isEnableDefaultValue())
                .typeParams(r.getTypeParams())
                .enableAnalyzer(r.getEnableAnalyzer())
                .analyzerParams(r.getAnalyzerParams())
                .enableMatch(r.getEnableMatch())
                .multiAnalyzerParams(r.getMultiAnalyzerParams())
                .build();
        // the schema's own conversion of a field (as createCollection converts each of its fields)
        CreateCollectionReq.FieldSchema schema = CreateCollectionReq.CollectionSchema.builder()
                .build()
                .addField(field)
                .getField(r.getFieldName());
        Failures.orThrow(s.v1.addCollectionField(Failures.params(() -> AddCollectionFieldParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withFieldType(Schemas.toFieldType(schema))
                .build())));
    }

    static void alterField(Session s, AlterCollectionFieldReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.alterCollectionField(Failures.params(() -> {
            AlterCollectionFieldParam.Builder b = AlterCollectionFieldParam.newBuilder()
                    .withCollectionName(r.getCollectionName())
                    .withFieldName(r.getFieldName());
            r.getProperties().forEach(b::withProperty);
            return b.build();
        })));
    }

    static void dropFieldProperties(Session s, DropCollectionFieldPropertiesReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.alterCollectionField(Failures.params(() -> {
            AlterCollectionFieldParam.Builder b = AlterCollectionFieldParam.newBuilder()
                    .withCollectionName(r.getCollectionName())
                    .withFieldName(r.getFieldName());
            r.getPropertyKeys().forEach(b::withDeleteKey);
            return b.build();
        })));
    }

    static void truncate(Session s, TruncateCollectionReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.truncateCollection(Failures.params(() -> TruncateCollectionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .build())));
    }

    /** AddCollectionFunction: the function as the schema's functions are sent at creation. */
    static void addFunction(Session s, AddCollectionFunctionReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.addCollectionFunction(Failures.params(() -> AddCollectionFunctionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withFunction(Schemas.toFunctions(List.of(r.getFunction())).get(0))
                .build())));
    }

    /** AlterCollectionFunction: the function named by the new definition's name, as the official client sends it. */
    static void alterFunction(Session s, AlterCollectionFunctionReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.alterCollectionFunction(Failures.params(() -> AlterCollectionFunctionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withFunctionName(r.getFunction().getName())
                .withFunction(Schemas.toFunctions(List.of(r.getFunction())).get(0))
                .build())));
    }

    /** DropCollectionFunction. */
    static void dropFunction(Session s, DropCollectionFunctionReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.dropCollectionFunction(Failures.params(() -> DropCollectionFunctionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withFunctionName(r.getFunctionName())
                .build())));
    }

    /**
     * One BatchDescribeCollection call, then each description as describeCollection answers it
     * (with its partition count); a collection the server could not describe throws its failure.
     */
    static List<DescribeCollectionResp> batchDescribe(Session s, BatchDescribeCollectionReq r) {
        s.checkDatabase(r.getDatabaseName());
        if (!r.getCollectionIds().isEmpty()) {
            throw Checks.invalid("BatchDescribeCollectionReq.collectionIds: describing by id has no sdk-core"
                    + " parameter; name the collections (collectionNames)");
        }
        List<DescribeCollectionResponse> answers = Failures.orThrow(
                        s.v1.batchDescribeCollection(Failures.params(() -> BatchDescribeCollectionParam.newBuilder()
                                .withCollectionNames(r.getCollectionNames())
                                .build())))
                .getResponsesList();
        List<DescribeCollectionResp> out = new ArrayList<>();
        for (DescribeCollectionResponse d : answers) {
            if (!d.getStatus().isSuccess()) {
                throw Failures.toException(R.failed(d.getStatus()));
            }
            long partitions = Failures.orThrow(
                            s.v1.showPartitions(Failures.params(() -> ShowPartitionsParam.newBuilder()
                                    .withCollectionName(d.getCollectionName())
                                    .build())))
                    .getPartitionNamesCount();
            out.add(Schemas.toDescribeResp(d, s.dbName, partitions));
        }
        return out;
    }

    /** As the official client: LoadCollection with {@code refresh}, then (sync) waits for the load. */
    static void refreshLoad(Session s, RefreshLoadReq r) {
        s.checkDatabase(r.getDatabaseName());
        boolean sync = Boolean.TRUE.equals(r.getSync());
        long seconds = sync ? Waits.seconds(r.getTimeout(), 300, "RefreshLoadReq.timeout") : 60;
        Failures.orThrow(s.v1.loadCollection(Failures.params(() -> LoadCollectionParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withRefresh(true)
                .withSyncLoad(sync)
                .withSyncLoadWaitingTimeout(seconds)
                .build())));
    }
}
