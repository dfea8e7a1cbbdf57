package io.partita.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.model.DataType;
import io.partita.model.MutationResult;
import io.partita.model.ShowPartitionsResponse;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.dml.InsertParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.partition.CreatePartitionParam;
import io.partita.param.partition.ShowPartitionsParam;
import io.partita.transport.TransportFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;

/**
 * Shared set-up of the transport contract suite: what a subclass supplies, fixtures built through
 * the public client API only, and assertions on server errors.
 */
public abstract class ContractSupport {

    /** The behaviour profile the reference server runs (SEMANTICS.md, Profiles). */
    public enum Profile {
        MILVUS_2_1("milvus-2.1"),
        MILVUS_2_3("milvus-2.3");

        private final String id;

        Profile(String id) {
            this.id = id;
        }

        /** @return the profile name as the server's {@code --profile} option spells it */
        public String id() {
            return id;
        }
    }

    /** The vector dimension of the fixture collections. */
    protected static final int DIM = 4;
    /** Primary keys inserted into partition p1 by {@link #collectionWithTwoPartitions()}. */
    protected static final List<Long> P1_IDS = List.of(1L, 2L, 3L, 4L, 5L);
    /** Primary keys inserted into partition p2 by {@link #collectionWithTwoPartitions()}. */
    protected static final List<Long> P2_IDS = List.of(101L, 102L, 103L, 104L, 105L);

    private final List<String> created = new ArrayList<>();

    /**
     * @return a client connected to a running reference server, through the transport under
     *     test; the suite does not close it
     */
    protected abstract MilvusClient client();

    /** @return the profile the server under test runs */
    protected abstract Profile profile();

    /**
     * @return what the server under test is expected to answer: by default SEMANTICS.md's column
     *     for {@link #profile()}; a real server's table ({@link Expectations#forServer}) overrides
     *     single checks with what that server was observed to do
     */
    protected Expectations expectations() {
        return Expectations.semantics(profile());
    }

    /**
     * @return RPC names (as {@code Operation.getName()}) the server under test does not offer;
     *     their tests then expect an {@code UNIMPLEMENTED} transport failure instead. By default
     *     those {@link #expectations()} expect UNIMPLEMENTED.
     */
    protected Set<String> unsupportedOperations() {
        return expectations().unimplemented();
    }

    /** A collection created for one test, with the ids the server gave it and its partitions. */
    protected static final class Fixture {
        public final String name;
        public final long collectionId;
        public final long p1Id;
        public final long p2Id;

        Fixture(String name, long collectionId, long p1Id, long p2Id) {
            this.name = name;
            this.collectionId = collectionId;
            this.p1Id = p1Id;
            this.p2Id = p2Id;
        }

        /** @return a collection known by name only (one that does not exist, or has no p1/p2) */
        static Fixture named(String name) {
            return new Fixture(name, 0, 0, 0);
        }

        /** @return the values of {@link Outcome}'s placeholders; ids only when known */
        Map<String, Object> vars() {
            Map<String, Object> vars = new HashMap<>();
            vars.put("name", name);
            if (collectionId != 0) {
                vars.put("collectionId", collectionId);
                vars.put("p1Id", p1Id);
                vars.put("p2Id", p2Id);
            }
            return vars;
        }
    }

    /** @return a fresh collection name, unique per call */
    protected static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** @return a new collection ({@code id} Int64 primary key, {@code vec} float vector of {@link #DIM}); dropped after the test */
    protected String newCollection() {
        String name = uniqueName("contract");
        R<?> r = client().createCollection(CreateCollectionParam.newBuilder()
                .withCollectionName(name)
                .addFieldType(FieldType.newBuilder()
                        .withName("id")
                        .withDataType(DataType.Int64)
                        .withPrimaryKey(true)
                        .build())
                .addFieldType(FieldType.newBuilder()
                        .withName("vec")
                        .withDataType(DataType.FloatVector)
                        .withDimension(DIM)
                        .build())
                .build());
        assertSuccess(r);
        created.add(name);
        if (expectations().indexFirst()) {
            assertSuccess(client().createIndex(CreateIndexParam.newBuilder()
                    .withCollectionName(name)
                    .withFieldName("vec")
                    .withIndexType(IndexType.FLAT)
                    .withMetricType(MetricType.L2)
                    .withExtraParam("{}")
                    .withSyncMode(false)
                    .build()));
        }
        return name;
    }

    /** @return a new collection with partitions p1 (rows {@link #P1_IDS}) and p2 (rows {@link #P2_IDS}), nothing loaded */
    protected Fixture collectionWithTwoPartitions() {
        String name = newCollection();
        assertSuccess(client().createPartition(CreatePartitionParam.newBuilder()
                .withCollectionName(name)
                .withPartitionName("p1")
                .build()));
        assertSuccess(client().createPartition(CreatePartitionParam.newBuilder()
                .withCollectionName(name)
                .withPartitionName("p2")
                .build()));
        insert(name, "p1", P1_IDS);
        insert(name, "p2", P2_IDS);
        long collectionId = client().describeCollection(DescribeCollectionParam.newBuilder()
                        .withCollectionName(name)
                        .build())
                .orThrow()
                .getCollectionID();
        ShowPartitionsResponse partitions = client().showPartitions(ShowPartitionsParam.newBuilder()
                        .withCollectionName(name)
                        .build())
                .orThrow();
        List<String> names = partitions.getPartitionNamesList();
        return new Fixture(
                name,
                collectionId,
                partitions.getPartitionIDs(names.indexOf("p1")),
                partitions.getPartitionIDs(names.indexOf("p2")));
    }

    /** Inserts rows whose vector is {@code [id, 0, 0, 0]}. */
    protected MutationResult insert(String collection, String partition, List<Long> ids) {
        List<List<Float>> vectors = new ArrayList<>();
        for (long id : ids) {
            vectors.add(vector(id));
        }
        R<MutationResult> r = client().insert(InsertParam.newBuilder()
                .withCollectionName(collection)
                .withPartitionName(partition)
                .withFields(List.of(new InsertParam.Field("id", ids), new InsertParam.Field("vec", vectors)))
                .build());
        assertSuccess(r);
        return r.getData();
    }

    /** @return {@code [id, 0, 0, 0]} */
    protected static List<Float> vector(long id) {
        List<Float> v = new ArrayList<>();
        v.add((float) id);
        for (int i = 1; i < DIM; i++) {
            v.add(0f);
        }
        return v;
    }

    @AfterEach
    void dropCreatedCollections() {
        for (String name : created) {
            client().dropCollection(DropCollectionParam.newBuilder()
                    .withCollectionName(name)
                    .build());
        }
        created.clear();
    }

    /** Asserts a success, showing the failure message otherwise. */
    protected static void assertSuccess(R<?> r) {
        assertThat(r.getStatus())
                .as("expected success, got: %s", r.getMessage())
                .isZero();
    }

    /**
     * Asserts that {@code r} is the outcome the server under test shows for {@code check}: its
     * {@link #expectations()}' override if it has one, UNIMPLEMENTED if the check is an RPC in
     * {@link #unsupportedOperations()}, else {@code semantics}, SEMANTICS.md's outcome.
     *
     * @param check the row or RPC name, e.g. {@code row02}, {@code row16.query}, {@code GetLoadState}
     * @param f the collection whose names and ids fill the outcome's reason template
     * @return whether the outcome was a success, so the test can go on to inspect the answer
     */
    protected boolean expect(String check, Fixture f, R<?> r, Outcome semantics) {
        return expect(check, f, r, semantics, data -> data);
    }

    /** As {@link #expect(String, Fixture, R, Outcome)}, comparing {@code valueOf(answer)} with a success's value. */
    protected <T> boolean expect(String check, Fixture f, R<T> r, Outcome semantics, Function<? super T, ?> valueOf) {
        Outcome dflt =
                unsupportedOperations().contains(check) ? Outcome.failure(TransportFailure.UNIMPLEMENTED) : semantics;
        Outcome expected = expectations().outcome(check, dflt);
        expected.assertMatches(check, f == null ? Map.of() : f.vars(), r, valueOf);
        return expected.isSuccess();
    }

    /** @return whether the server under test offers this RPC, asserting the success or the UNIMPLEMENTED failure */
    protected boolean supported(String rpc, R<?> r) {
        return expect(rpc, null, r, Outcome.success());
    }

    /** @return whether the profile is milvus-2.1 */
    protected boolean is21() {
        return profile() == Profile.MILVUS_2_1;
    }
}
