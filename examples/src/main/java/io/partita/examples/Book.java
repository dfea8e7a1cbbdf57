package io.partita.examples;

import io.partita.client.MilvusClient;
import io.partita.model.DataType;
import io.partita.model.QuerySegmentInfo;
import io.partita.model.SearchResults;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.FlushParam;
import io.partita.param.collection.HasCollectionParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.partition.CreatePartitionParam;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The documentation's example data: collection {@code book} (book_id int64 primary key,
 * word_count int64, book_intro float vector) with partition {@code novel}, filled with seeded
 * random vectors so every run prints the same results.
 */
final class Book {
    static final String COLLECTION = "book";
    static final String PARTITION = "novel";
    static final String VECTOR_FIELD = "book_intro";
    private static final int BATCH_ROWS = 2_000;

    private final MilvusClient client;
    private final int dim;
    private final Random random = new Random(42);

    Book(MilvusClient client, int dim) {
        this.client = client;
        this.dim = dim;
    }

    /** Drops a {@code book} left over from an earlier run on a shared server, then creates it and {@code novel}. */
    void create(PrintStream out) {
        if (client.hasCollection(HasCollectionParam.newBuilder()
                        .withCollectionName(COLLECTION)
                        .build())
                .orThrow()) {
            client.dropCollection(DropCollectionParam.newBuilder()
                            .withCollectionName(COLLECTION)
                            .build())
                    .orThrow();
            out.println("   (dropped the 'book' collection left by an earlier run)");
        }
        client.createCollection(CreateCollectionParam.newBuilder()
                        .withCollectionName(COLLECTION)
                        .withShardsNum(2)
                        .addFieldType(FieldType.newBuilder()
                                .withName("book_id")
                                .withDataType(DataType.Int64)
                                .withPrimaryKey(true)
                                .withAutoID(false)
                                .build())
                        .addFieldType(FieldType.newBuilder()
                                .withName("word_count")
                                .withDataType(DataType.Int64)
                                .build())
                        .addFieldType(FieldType.newBuilder()
                                .withName(VECTOR_FIELD)
                                .withDataType(DataType.FloatVector)
                                .withDimension(dim)
                                .build())
                        .build())
                .orThrow();
        client.createPartition(CreatePartitionParam.newBuilder()
                        .withCollectionName(COLLECTION)
                        .withPartitionName(PARTITION)
                        .build())
                .orThrow();
    }

    /** Inserts {@code rows} books into {@code novel} in batches and flushes; returns how many were inserted. */
    long insert(int rows) {
        long inserted = 0;
        for (int from = 0; from < rows; from += BATCH_ROWS) {
            int n = Math.min(BATCH_ROWS, rows - from);
            List<Long> ids = new ArrayList<>(n);
            List<Long> words = new ArrayList<>(n);
            List<List<Float>> vectors = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add((long) (from + i));
                words.add(10_000L + from + i);
                vectors.add(vector());
            }
            inserted += client.insert(InsertParam.newBuilder()
                            .withCollectionName(COLLECTION)
                            .withPartitionName(PARTITION)
                            .withFields(List.of(
                                    new InsertParam.Field("book_id", ids),
                                    new InsertParam.Field("word_count", words),
                                    new InsertParam.Field(VECTOR_FIELD, vectors)))
                            .build())
                    .orThrow()
                    .getInsertCnt();
        }
        client.flush(FlushParam.newBuilder()
                        .withCollectionNames(List.of(COLLECTION))
                        .build())
                .orThrow();
        return inserted;
    }

    /** @return one random vector of this collection's dimension */
    List<Float> vector() {
        List<Float> v = new ArrayList<>(dim);
        for (int d = 0; d < dim; d++) {
            v.add(random.nextFloat());
        }
        return v;
    }

    /** Searches {@code novel} for the {@code topK} nearest books to one query vector. */
    R<SearchResults> searchNovel(List<Float> query, int topK) {
        return client.search(SearchParam.newBuilder()
                .withCollectionName(COLLECTION)
                .withPartitionNames(List.of(PARTITION))
                .withMetricType(MetricType.L2)
                .withVectorFieldName(VECTOR_FIELD)
                .withTopK(topK)
                .withVectors(List.of(query))
                .addOutField("word_count")
                .withParams("{\"nprobe\":10}")
                .build());
    }

    /** @return the bytes the query nodes hold for {@code book}, summed over its loaded segments */
    long memoryInUseBytes() {
        return client
                .getQuerySegmentInfo(GetQuerySegmentInfoParam.newBuilder()
                        .withCollectionName(COLLECTION)
                        .build())
                .orThrow()
                .getInfosList()
                .stream()
                .mapToLong(QuerySegmentInfo::getMemSize)
                .sum();
    }

    /** @return a byte count for people: {@code 5.1 MiB}, {@code 812 KiB}, {@code 0 B} */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KiB", bytes / 1024.0);
        }
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }
}
