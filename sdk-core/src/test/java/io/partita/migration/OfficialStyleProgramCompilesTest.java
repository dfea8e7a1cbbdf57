package io.partita.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusServiceClient;
import io.partita.model.BoolResponse;
import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FieldData;
import io.partita.model.FieldSchema;
import io.partita.model.GetCollectionStatisticsResponse;
import io.partita.model.GetLoadingProgressResponse;
import io.partita.model.IDs;
import io.partita.model.KeyValuePair;
import io.partita.model.LongArray;
import io.partita.model.MutationResult;
import io.partita.model.QueryResults;
import io.partita.model.SearchResultData;
import io.partita.model.SearchResults;
import io.partita.model.ShowPartitionsResponse;
import io.partita.model.Status;
import io.partita.param.ConnectParam;
import io.partita.testing.FakeTransport;
import io.partita.transport.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the migration page's promise: a program written for milvus-sdk-java 2.1 compiles
 * against Partita after two mechanical import rules, and behaves as the official one.
 */
class OfficialStyleProgramCompilesTest {

    /** The migration rules, exactly as documented: the grpc types first, then the prefix. */
    static String migrate(String source) {
        return source.replaceAll("io\\.milvus\\.grpc\\.", "io.partita.model.")
                .replaceAll("io\\.milvus\\.", "io.partita.");
    }

    @Test
    void anOfficial21ProgramCompilesAfterTheImportRewriteAndRunsAgainstAFakeServer(@TempDir Path out) throws Exception {
        String source = migrate(read("/migration/BookDemo.java.txt"));
        assertThat(source).doesNotContain("io.milvus");

        compile(source, out);
        List<String> log = runCompiledDemo(out, scriptedServer());

        assertThat(log)
                .contains(
                        "partition exists",
                        "inserted 20 ids 20",
                        "load: Success",
                        "in memory [novel] [100]",
                        "novel at 100",
                        "search [(ID: 3 Score: 0.5), (ID: 7 Score: 0.9)]",
                        "search fields [3, 7]",
                        "query [2, 4]",
                        "rows 20",
                        "primary book_id",
                        "release: 0");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = OfficialStyleProgramCompilesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void compile(String source, Path out) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file =
                new SimpleJavaFileObject(URI.create("string:///demo/BookDemo.java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                };
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Boolean ok = compiler.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of("-classpath", classpath, "-d", out.toString(), "--release", "11"),
                            null,
                            List.of(file))
                    .call();
            assertThat(ok)
                    .as("compiler diagnostics: %s", diagnostics.getDiagnostics())
                    .isTrue();
        }
        assertThat(Files.exists(out.resolve("demo/BookDemo.class"))).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> runCompiledDemo(Path out, FakeTransport server) throws Exception {
        MilvusServiceClient client = new MilvusServiceClient(
                ConnectParam.newBuilder().withTransport(server).build());
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {out.toUri().toURL()}, OfficialStyleProgramCompilesTest.class.getClassLoader())) {
            Class<?> demo = loader.loadClass("demo.BookDemo");
            List<String> log = (List<String>)
                    demo.getMethod("run", MilvusServiceClient.class).invoke(null, client);
            demo.getMethod("shutdown", MilvusServiceClient.class).invoke(null, client);
            assertThat(client.hasCollection(io.partita.param.collection.HasCollectionParam.newBuilder()
                                    .withCollectionName("book")
                                    .build())
                            .getStatus())
                    .as("closed by the demo")
                    .isEqualTo(-2);
            return log;
        }
    }

    private static FakeTransport scriptedServer() {
        FieldSchema id = FieldSchema.newBuilder()
                .setName("book_id")
                .setDataType(DataType.Int64)
                .setIsPrimaryKey(true)
                .build();
        FieldSchema count = FieldSchema.newBuilder()
                .setName("word_count")
                .setDataType(DataType.Int64)
                .build();
        FieldSchema intro = FieldSchema.newBuilder()
                .setName("book_intro")
                .setDataType(DataType.FloatVector)
                .addTypeParams(
                        KeyValuePair.newBuilder().setKey("dim").setValue("2").build())
                .build();
        DescribeCollectionResponse described = DescribeCollectionResponse.newBuilder()
                .setCollectionID(1)
                .setSchema(CollectionSchema.newBuilder()
                        .setName("book")
                        .addFields(id)
                        .addFields(count)
                        .addFields(intro)
                        .build())
                .build();
        LongArray ids = LongArray.newBuilder()
                .addAllData(List.of(
                        0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L))
                .build();
        return new FakeTransport()
                .respond(
                        Operations.HAS_COLLECTION,
                        BoolResponse.newBuilder().setValue(false).build())
                .respond(Operations.CREATE_COLLECTION, Status.success())
                .respond(Operations.CREATE_PARTITION, Status.success())
                .respond(
                        Operations.HAS_PARTITION,
                        BoolResponse.newBuilder().setValue(true).build())
                .respond(Operations.DESCRIBE_COLLECTION, described)
                .respond(
                        Operations.INSERT,
                        MutationResult.newBuilder()
                                .setInsertCnt(20)
                                .setIDs(IDs.newBuilder().setIntId(ids).build())
                                .build())
                .respond(Operations.CREATE_INDEX, Status.success())
                .respond(Operations.LOAD_PARTITIONS, Status.success())
                .respond(
                        Operations.GET_LOADING_PROGRESS,
                        GetLoadingProgressResponse.newBuilder().setProgress(100).build())
                .respond(
                        Operations.SHOW_PARTITIONS,
                        ShowPartitionsResponse.newBuilder()
                                .addPartitionNames("novel")
                                .addPartitionIDs(11L)
                                .addInMemoryPercentages(100L)
                                .build())
                .respond(
                        Operations.SEARCH,
                        SearchResults.newBuilder()
                                .setResults(SearchResultData.newBuilder()
                                        .setNumQueries(1)
                                        .setTopK(2)
                                        .addTopks(2L)
                                        .addScores(0.5f)
                                        .addScores(0.9f)
                                        .setIds(IDs.newBuilder()
                                                .setIntId(LongArray.newBuilder()
                                                        .addData(3L)
                                                        .addData(7L)
                                                        .build())
                                                .build())
                                        .addFieldsData(FieldData.newBuilder()
                                                .setFieldName("book_id")
                                                .setType(DataType.Int64)
                                                .addValue(3L)
                                                .addValue(7L)
                                                .build())
                                        .build())
                                .build())
                .respond(
                        Operations.QUERY,
                        QueryResults.newBuilder()
                                .addFieldsData(FieldData.newBuilder()
                                        .setFieldName("book_id")
                                        .setType(DataType.Int64)
                                        .addValue(2L)
                                        .addValue(4L)
                                        .build())
                                .build())
                .respond(
                        Operations.GET_COLLECTION_STATISTICS,
                        GetCollectionStatisticsResponse.newBuilder()
                                .addStats(KeyValuePair.newBuilder()
                                        .setKey("row_count")
                                        .setValue("20")
                                        .build())
                                .build())
                .respond(Operations.RELEASE_PARTITIONS, Status.success());
    }
}
