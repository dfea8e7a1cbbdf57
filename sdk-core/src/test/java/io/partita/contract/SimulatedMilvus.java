package io.partita.contract;

import io.partita.contract.SimulatedCatalog.Coll;
import io.partita.contract.SimulatedCatalog.Part;
import io.partita.contract.SimulatedCatalog.Row;
import io.partita.model.BoolResponse;
import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.DescribeIndexResponse;
import io.partita.model.FieldData;
import io.partita.model.FieldSchema;
import io.partita.model.FlushResponse;
import io.partita.model.GetCollectionStatisticsResponse;
import io.partita.model.GetIndexBuildProgressResponse;
import io.partita.model.GetIndexStateResponse;
import io.partita.model.GetLoadStateResponse;
import io.partita.model.GetLoadingProgressResponse;
import io.partita.model.GetMetricsResponse;
import io.partita.model.GetPartitionStatisticsResponse;
import io.partita.model.GetQuerySegmentInfoResponse;
import io.partita.model.GetReplicasResponse;
import io.partita.model.IDs;
import io.partita.model.IndexDescription;
import io.partita.model.IndexState;
import io.partita.model.KeyValuePair;
import io.partita.model.LoadState;
import io.partita.model.LongArray;
import io.partita.model.MutationResult;
import io.partita.model.QueryResults;
import io.partita.model.QuerySegmentInfo;
import io.partita.model.ReplicaInfo;
import io.partita.model.SearchResultData;
import io.partita.model.SearchResults;
import io.partita.model.ShowCollectionsResponse;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.ShowType;
import io.partita.model.Status;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.transport.CallOptions;
import io.partita.transport.Operation;
import io.partita.transport.Transport;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An in-memory stand-in for the reference server that follows SEMANTICS.md for one profile, so
 * that sdk-core can run its own {@code TransportContractTest} and prove the suite coherent. Loads
 * complete instantly; search is brute-force L2 over {@code vec}; query understands
 * {@code id in [..]} and {@code id > n}. Operations it does not model answer UNIMPLEMENTED.
 */
final class SimulatedMilvus implements Transport {
    private static final Pattern IN = Pattern.compile("id in \\[([0-9, ]*)\\]");
    private static final Pattern GT = Pattern.compile("id > (-?[0-9]+)");

    private final SimulatedCatalog catalog;

    SimulatedMilvus(boolean v21) {
        this.catalog = new SimulatedCatalog(v21);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <P, T> T call(Operation<P, T> op, P param, CallOptions options) throws TransportException {
        Function<Object, Object> handler = handler(op);
        if (handler == null) {
            throw new TransportException(TransportFailure.UNIMPLEMENTED, "unknown method " + op.getName());
        }
        return (T) handler.apply(param);
    }

    @Override
    public void close() {}

    @SuppressWarnings("unchecked")
    private <P> Function<Object, Object> handler(Operation<P, ?> op) {
        switch (op.getName()) {
            case "CreateCollection":
                return p -> createCollection((CreateCollectionParam) p);
            case "HasCollection":
                return p -> bool(
                        catalog.find(((io.partita.param.collection.HasCollectionParam) p).getCollectionName()) != null);
            case "DropCollection":
                return p -> {
                    catalog.collections.remove(
                            ((io.partita.param.collection.DropCollectionParam) p).getCollectionName());
                    return Status.success();
                };
            case "DescribeCollection":
                return p -> describe(((io.partita.param.collection.DescribeCollectionParam) p).getCollectionName());
            case "ShowCollections":
                return p -> ShowCollectionsResponse.newBuilder()
                        .addAllCollectionNames(catalog.collections.keySet())
                        .build();
            case "LoadCollection":
                return p -> {
                    io.partita.param.collection.LoadCollectionParam l =
                            (io.partita.param.collection.LoadCollectionParam) p;
                    return catalog.loadCollection(l.getCollectionName(), l.getReplicaNumber());
                };
            case "ReleaseCollection":
                return p -> catalog.releaseCollection(
                        ((io.partita.param.collection.ReleaseCollectionParam) p).getCollectionName());
            case "LoadPartitions":
                return p -> {
                    io.partita.param.partition.LoadPartitionsParam l =
                            (io.partita.param.partition.LoadPartitionsParam) p;
                    return catalog.loadPartitions(l.getCollectionName(), l.getPartitionNames(), l.getReplicaNumber());
                };
            case "ReleasePartitions":
                return p -> {
                    io.partita.param.partition.ReleasePartitionsParam r =
                            (io.partita.param.partition.ReleasePartitionsParam) p;
                    return catalog.releasePartitions(r.getCollectionName(), r.getPartitionNames());
                };
            case "CreatePartition":
                return p -> {
                    io.partita.param.partition.CreatePartitionParam c =
                            (io.partita.param.partition.CreatePartitionParam) p;
                    return catalog.createPartition(c.getCollectionName(), c.getPartitionName());
                };
            case "DropPartition":
                return p -> {
                    io.partita.param.partition.DropPartitionParam d = (io.partita.param.partition.DropPartitionParam) p;
                    return catalog.dropPartition(d.getCollectionName(), d.getPartitionName());
                };
            case "HasPartition":
                return p -> {
                    io.partita.param.partition.HasPartitionParam h = (io.partita.param.partition.HasPartitionParam) p;
                    Coll c = catalog.find(h.getCollectionName());
                    return c == null
                            ? BoolResponse.newBuilder()
                                    .setStatus(catalog.collectionMissing(h.getCollectionName()))
                                    .build()
                            : bool(c.parts.containsKey(h.getPartitionName()));
                };
            case "ShowPartitions":
                return p -> showPartitions((ShowPartitionsParam) p);
            case "GetPartitionStatistics":
                return p -> {
                    io.partita.param.partition.GetPartitionStatisticsParam s =
                            (io.partita.param.partition.GetPartitionStatisticsParam) p;
                    return GetPartitionStatisticsResponse.newBuilder()
                            .addStats(rowCount(catalog.find(s.getCollectionName())
                                    .parts
                                    .get(s.getPartitionName())
                                    .rows
                                    .size()))
                            .build();
                };
            case "GetCollectionStatistics":
                return p -> GetCollectionStatisticsResponse.newBuilder()
                        .addStats(rowCount(
                                allRows(catalog.find(((io.partita.param.collection.GetCollectionStatisticsParam) p)
                                                .getCollectionName()))
                                        .size()))
                        .build();
            case "Flush":
                return p -> flush((io.partita.param.collection.FlushParam) p);
            case "GetLoadingProgress":
                return p -> {
                    io.partita.param.collection.GetLoadingProgressParam g =
                            (io.partita.param.collection.GetLoadingProgressParam) p;
                    return GetLoadingProgressResponse.newBuilder()
                            .setProgress(loaded(g.getCollectionName(), g.getPartitionNames()) ? 100 : 0)
                            .build();
                };
            case "GetLoadState":
                return p -> {
                    io.partita.param.collection.GetLoadStateParam g = (io.partita.param.collection.GetLoadStateParam) p;
                    return GetLoadStateResponse.newBuilder()
                            .setState(
                                    loaded(g.getCollectionName(), g.getPartitionNames())
                                            ? LoadState.LoadStateLoaded
                                            : LoadState.LoadStateNotLoad)
                            .build();
                };
            case "GetQuerySegmentInfo":
                return p -> segments(
                        catalog.find(((io.partita.param.control.GetQuerySegmentInfoParam) p).getCollectionName()));
            case "GetReplicas":
                return p -> {
                    Coll c = catalog.find(((io.partita.param.control.GetReplicasParam) p).getCollectionName());
                    GetReplicasResponse.Builder b = GetReplicasResponse.newBuilder();
                    for (int i = 0; c.mode != SimulatedCatalog.LoadMode.NONE && i < c.replicas; i++) {
                        b.addReplicas(ReplicaInfo.newBuilder()
                                .setReplicaID(i + 1)
                                .setCollectionID(c.id)
                                .addNodeIds(1L)
                                .build());
                    }
                    return b.build();
                };
            case "CreateAlias":
            case "AlterAlias":
                return p -> alias(p);
            case "DropAlias":
                return p -> {
                    catalog.aliases.remove(((io.partita.param.alias.DropAliasParam) p).getAlias());
                    return Status.success();
                };
            case "CreateIndex":
                return p -> {
                    io.partita.param.index.CreateIndexParam c = (io.partita.param.index.CreateIndexParam) p;
                    catalog.find(c.getCollectionName()).indexes.put(c.getFieldName(), c.getIndexName());
                    return Status.success();
                };
            case "DropIndex":
                return p -> {
                    catalog.find(((io.partita.param.index.DropIndexParam) p).getCollectionName())
                            .indexes
                            .clear();
                    return Status.success();
                };
            case "DescribeIndex":
                return p -> {
                    Coll c = catalog.find(((io.partita.param.index.DescribeIndexParam) p).getCollectionName());
                    DescribeIndexResponse.Builder b = DescribeIndexResponse.newBuilder();
                    c.indexes.forEach((field, name) -> b.addIndexDescriptions(IndexDescription.newBuilder()
                            .setFieldName(field)
                            .setIndexName(name)
                            .setState(IndexState.Finished)
                            .build()));
                    return b.build();
                };
            case "GetIndexState":
                return p -> GetIndexStateResponse.newBuilder()
                        .setState(IndexState.Finished)
                        .build();
            case "GetIndexBuildProgress":
                return p -> {
                    long rows = allRows(catalog.find(
                                    ((io.partita.param.index.GetIndexBuildProgressParam) p).getCollectionName()))
                            .size();
                    return GetIndexBuildProgressResponse.newBuilder()
                            .setIndexedRows(rows)
                            .setTotalRows(rows)
                            .build();
                };
            case "Insert":
                return p -> insert((InsertParam) p);
            case "Delete":
                return p -> delete((io.partita.param.dml.DeleteParam) p);
            case "Search":
                return p -> search((SearchParam) p);
            case "Query":
                return p -> query((QueryParam) p);
            case "GetMetrics":
                return p -> GetMetricsResponse.newBuilder()
                        .setResponse("{\"nodes_info\":[]}")
                        .setComponentName("simulated")
                        .build();
            default:
                return null;
        }
    }

    private static BoolResponse bool(boolean value) {
        return BoolResponse.newBuilder().setValue(value).build();
    }

    private static KeyValuePair rowCount(long rows) {
        return KeyValuePair.newBuilder()
                .setKey("row_count")
                .setValue(Long.toString(rows))
                .build();
    }

    private static List<Row> allRows(Coll c) {
        return c.parts.values().stream().flatMap(p -> p.rows.stream()).collect(Collectors.toList());
    }

    private Status createCollection(CreateCollectionParam p) {
        List<FieldSchema> fields = new ArrayList<>();
        for (FieldType f : p.getFieldTypes()) {
            FieldSchema.Builder b = FieldSchema.newBuilder()
                    .setName(f.getName())
                    .setDataType(f.getDataType())
                    .setIsPrimaryKey(f.isPrimaryKey())
                    .setAutoID(f.isAutoID());
            f.getTypeParams()
                    .forEach((k, v) -> b.addTypeParams(
                            KeyValuePair.newBuilder().setKey(k).setValue(v).build()));
            fields.add(b.build());
        }
        Coll c = new Coll(p.getCollectionName(), catalog.newId(), fields);
        c.parts.put("_default", new Part("_default", catalog.newId()));
        catalog.collections.put(c.name, c);
        return Status.success();
    }

    private DescribeCollectionResponse describe(String name) {
        Coll c = catalog.find(name);
        if (c == null) {
            return DescribeCollectionResponse.newBuilder()
                    .setStatus(catalog.collectionMissing(name))
                    .build();
        }
        return DescribeCollectionResponse.newBuilder()
                .setCollectionID(c.id)
                .setCollectionName(c.name)
                .setShardsNum(2)
                .setSchema(CollectionSchema.newBuilder()
                        .setName(c.name)
                        .addAllFields(c.fields)
                        .build())
                .build();
    }

    private ShowPartitionsResponse showPartitions(ShowPartitionsParam p) {
        Coll c = catalog.find(p.getCollectionName());
        if (c == null) {
            return ShowPartitionsResponse.newBuilder()
                    .setStatus(catalog.collectionMissing(p.getCollectionName()))
                    .build();
        }
        List<Part> parts = new ArrayList<>();
        for (String n : p.getPartitionNames().isEmpty() ? new ArrayList<>(c.parts.keySet()) : p.getPartitionNames()) {
            Part part = c.parts.get(n);
            if (part == null) {
                return ShowPartitionsResponse.newBuilder()
                        .setStatus(catalog.partitionMissing(n))
                        .build();
            }
            if (p.getShowType() == ShowType.InMemory && !part.loaded && catalog.v21) {
                return ShowPartitionsResponse.newBuilder()
                        .setStatus(catalog.error(
                                1,
                                "partition " + part.id + " of collection " + c.id
                                        + " has not been loaded into QueryNode",
                                0,
                                ""))
                        .build();
            }
            parts.add(part);
        }
        ShowPartitionsResponse.Builder b = ShowPartitionsResponse.newBuilder();
        for (Part part : parts) {
            b.addPartitionNames(part.name).addPartitionIDs(part.id).addCreatedUtcTimestamps(1L);
            if (p.getShowType() == ShowType.InMemory) {
                b.addInMemoryPercentages(part.loaded ? 100L : 0L);
            }
        }
        return b.build();
    }

    private boolean loaded(String collection, List<String> partitions) {
        Coll c = catalog.find(collection);
        if (partitions.isEmpty()) {
            return c.mode != SimulatedCatalog.LoadMode.NONE;
        }
        return partitions.stream().allMatch(n -> c.parts.get(n).loaded);
    }

    private FlushResponse flush(io.partita.param.collection.FlushParam p) {
        FlushResponse.Builder b = FlushResponse.newBuilder();
        for (String name : p.getCollectionNames()) {
            b.putCollSegIDs(name, LongArray.newBuilder().build());
        }
        return b.build();
    }

    private GetQuerySegmentInfoResponse segments(Coll c) {
        GetQuerySegmentInfoResponse.Builder b = GetQuerySegmentInfoResponse.newBuilder();
        for (Part p : c.loadedParts()) {
            b.addInfos(QuerySegmentInfo.newBuilder()
                    .setCollectionID(c.id)
                    .setPartitionID(p.id)
                    .setSegmentID(p.id)
                    .setNumRows(p.rows.size())
                    .setMemSize(p.rows.size() * 24L + 64)
                    .addNodeIds(1L)
                    .build());
        }
        return b.build();
    }

    private Status alias(Object p) {
        String alias = p instanceof io.partita.param.alias.CreateAliasParam
                ? ((io.partita.param.alias.CreateAliasParam) p).getAlias()
                : ((io.partita.param.alias.AlterAliasParam) p).getAlias();
        String target = p instanceof io.partita.param.alias.CreateAliasParam
                ? ((io.partita.param.alias.CreateAliasParam) p).getCollectionName()
                : ((io.partita.param.alias.AlterAliasParam) p).getCollectionName();
        catalog.aliases.put(alias, target);
        return Status.success();
    }

    @SuppressWarnings("unchecked")
    private MutationResult insert(InsertParam p) {
        Coll c = catalog.find(p.getCollectionName());
        Part part = c.parts.get(p.getPartitionName().isEmpty() ? "_default" : p.getPartitionName());
        if (part == null) {
            return MutationResult.newBuilder()
                    .setStatus(catalog.error(
                            1, "partition name " + p.getPartitionName() + " not found", 200, "partition not found"))
                    .build();
        }
        List<?> ids = p.getFields().stream()
                .filter(f -> f.getType() == DataType.Int64)
                .findFirst()
                .orElseThrow()
                .getValues();
        List<?> vectors = p.getFields().stream()
                .filter(f -> f.getType() == DataType.FloatVector)
                .findFirst()
                .orElseThrow()
                .getValues();
        LongArray.Builder keys = LongArray.newBuilder();
        for (int i = 0; i < ids.size(); i++) {
            part.rows.add(new Row((Long) ids.get(i), (List<Float>) vectors.get(i)));
            keys.addData((Long) ids.get(i));
        }
        return MutationResult.newBuilder()
                .setInsertCnt(ids.size())
                .setIDs(IDs.newBuilder().setIntId(keys.build()).build())
                .build();
    }

    private static LongPredicate filter(String expr) {
        Matcher in = IN.matcher(expr);
        if (in.matches()) {
            List<Long> ids = new ArrayList<>();
            for (String s : in.group(1).split(",")) {
                if (!s.isBlank()) {
                    ids.add(Long.parseLong(s.trim()));
                }
            }
            return ids::contains;
        }
        Matcher gt = GT.matcher(expr);
        if (gt.matches()) {
            long bound = Long.parseLong(gt.group(1));
            return id -> id > bound;
        }
        return id -> true;
    }

    private MutationResult delete(io.partita.param.dml.DeleteParam p) {
        LongPredicate match = filter(p.getExpr());
        long deleted = 0;
        for (Part part : catalog.find(p.getCollectionName()).parts.values()) {
            int before = part.rows.size();
            part.rows.removeIf(r -> match.test(r.id));
            deleted += before - part.rows.size();
        }
        return MutationResult.newBuilder().setDeleteCnt(deleted).build();
    }

    @SuppressWarnings("unchecked")
    private SearchResults search(SearchParam p) {
        Coll c = catalog.find(p.getCollectionName());
        Object readable = catalog.readable(c, p.getPartitionNames(), "search");
        if (readable instanceof Status) {
            return SearchResults.newBuilder().setStatus((Status) readable).build();
        }
        List<Float> q = (List<Float>) p.getVectors().get(0);
        LongPredicate match = filter(p.getExpr());
        List<Row> hits = ((List<Part>) readable)
                .stream()
                        .flatMap(part -> part.rows.stream())
                        .filter(r -> match.test(r.id))
                        .sorted(Comparator.comparingDouble(r -> distance(q, r.vector)))
                        .limit(p.getTopK())
                        .collect(Collectors.toList());
        SearchResultData.Builder data = SearchResultData.newBuilder()
                .setNumQueries(1)
                .setTopK(p.getTopK())
                .addTopks((long) hits.size());
        LongArray.Builder ids = LongArray.newBuilder();
        FieldData.Builder idField = FieldData.newBuilder().setFieldName("id").setType(DataType.Int64);
        for (Row r : hits) {
            ids.addData(r.id);
            data.addScores((float) distance(q, r.vector));
            idField.addValue(r.id);
        }
        data.setIds(IDs.newBuilder().setIntId(ids.build()).build());
        if (p.getOutFields().contains("id")) {
            data.addFieldsData(idField.build());
        }
        return SearchResults.newBuilder()
                .setResults(data.build())
                .setCollectionName(c.name)
                .build();
    }

    private static double distance(List<Float> a, List<Float> b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            double d = a.get(i) - b.get(i);
            sum += d * d;
        }
        return sum;
    }

    @SuppressWarnings("unchecked")
    private QueryResults query(QueryParam p) {
        Coll c = catalog.find(p.getCollectionName());
        Object readable = catalog.readable(c, p.getPartitionNames(), "query");
        if (readable instanceof Status) {
            return QueryResults.newBuilder().setStatus((Status) readable).build();
        }
        LongPredicate match = filter(p.getExpr());
        FieldData.Builder ids = FieldData.newBuilder().setFieldName("id").setType(DataType.Int64);
        ((List<Part>) readable)
                .stream()
                        .flatMap(part -> part.rows.stream())
                        .filter(r -> match.test(r.id))
                        .forEach(r -> ids.addValue(r.id));
        return QueryResults.newBuilder()
                .addFieldsData(ids.build())
                .setCollectionName(c.name)
                .build();
    }
}
