package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.common.clientenum.FunctionType;
import io.partita.server.model.Profile;
import io.partita.v2.common.DataType;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddCollectionFunctionReq;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.AlterCollectionFunctionReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.collection.request.DropCollectionFunctionReq;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * addCollectionFunction, alterCollectionFunction and dropCollectionFunction against the real
 * reference server (milvus-2.6, gRPC), with Milvus 2.6's proxy rules and texts (code 65535): a BM25
 * function cannot be added, altered or dropped; a text-embedding function is refused by the schema
 * rules (no model provider); an unknown function cannot be altered; dropping a function the
 * collection does not have succeeds and changes nothing; DescribeCollection shows the functions
 * unchanged. Milvus 2.3 answers UNIMPLEMENTED.
 */
class CollectionFunctionsV2Test {
    private static final String C = "docs";

    @Test
    void milvus26RulesAndTexts() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                create(client);

                refused(
                        () -> client.addCollectionFunction(AddCollectionFunctionReq.builder()
                                .collectionName(C)
                                .function(bm25("title_bm25", "title", "title_sparse"))
                                .build()),
                        "Currently does not support adding BM25 function");
                refused(
                        () -> client.addCollectionFunction(AddCollectionFunctionReq.builder()
                                .collectionName(C)
                                .function(embedding("title_embedding"))
                                .build()),
                        "check function params with unknown function type");
                assertThatThrownBy(() -> client.addCollectionFunction(AddCollectionFunctionReq.builder()
                                .collectionName("missing")
                                .function(embedding("e"))
                                .build()))
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getServerErrCode()).isEqualTo(100));

                refused(
                        () -> client.alterCollectionFunction(AlterCollectionFunctionReq.builder()
                                .collectionName(C)
                                .function(bm25("text_bm25", "text", "sparse"))
                                .build()),
                        "Currently does not support alter BM25 function");
                refused(
                        () -> client.alterCollectionFunction(AlterCollectionFunctionReq.builder()
                                .collectionName(C)
                                .function(embedding("text_bm25"))
                                .build()),
                        "Currently does not support alter BM25 function");
                refused(
                        () -> client.alterCollectionFunction(AlterCollectionFunctionReq.builder()
                                .collectionName(C)
                                .function(embedding("nope"))
                                .build()),
                        "Function nope not found");

                refused(
                        () -> client.dropCollectionFunction(DropCollectionFunctionReq.builder()
                                .collectionName(C)
                                .functionName("text_bm25")
                                .build()),
                        "Currently does not support droping BM25 function");
                client.dropCollectionFunction(DropCollectionFunctionReq.builder()
                        .collectionName(C)
                        .functionName("nope")
                        .build());

                List<CreateCollectionReq.Function> functions = client.describeCollection(DescribeCollectionReq.builder()
                                .collectionName(C)
                                .build())
                        .getCollectionSchema()
                        .getFunctionList();
                assertThat(functions).hasSize(1);
                assertThat(functions.get(0).getName()).isEqualTo("text_bm25");
                assertThat(functions.get(0).getInputFieldNames()).containsExactly("text");
                assertThat(functions.get(0).getOutputFieldNames()).containsExactly("sparse");
            } finally {
                client.close();
            }
        }
    }

    @Test
    void milvus23AnswersUnimplemented() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_3)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                assertThatThrownBy(() -> client.dropCollectionFunction(DropCollectionFunctionReq.builder()
                                .collectionName(C)
                                .functionName("f")
                                .build()))
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.RPC_ERROR))
                        .hasMessageStartingWith("UNIMPLEMENTED");
            } finally {
                client.close();
            }
        }
    }

    private static void refused(ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MilvusClientException.class, e -> {
            assertThat(e.getErrorCode()).as(e.getMessage()).isEqualTo(ErrorCode.SERVER_ERROR);
            assertThat(e.getServerErrCode()).isEqualTo(65535);
            assertThat(e.getMessage()).isEqualTo(reason);
        });
    }

    private static CreateCollectionReq.Function bm25(String name, String input, String output) {
        return CreateCollectionReq.Function.builder()
                .name(name)
                .functionType(FunctionType.BM25)
                .inputFieldNames(List.of(input))
                .outputFieldNames(List.of(output))
                .build();
    }

    private static CreateCollectionReq.Function embedding(String name) {
        return CreateCollectionReq.Function.builder()
                .name(name)
                .functionType(FunctionType.TEXTEMBEDDING)
                .inputFieldNames(List.of("title"))
                .outputFieldNames(List.of("title_dense"))
                .params(Map.of("provider", "openai", "model_name", "text-embedding-3-small"))
                .build();
    }

    private static void create(MilvusClientV2 client) {
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        for (String text : List.of("text", "title")) {
            schema.addField(AddFieldReq.builder()
                    .fieldName(text)
                    .dataType(DataType.VarChar)
                    .maxLength(200)
                    .enableAnalyzer(true)
                    .build());
        }
        schema.addField(AddFieldReq.builder()
                .fieldName("sparse")
                .dataType(DataType.SparseFloatVector)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("title_sparse")
                .dataType(DataType.SparseFloatVector)
                .build());
        schema.addField(AddFieldReq.builder()
                .fieldName("title_dense")
                .dataType(DataType.FloatVector)
                .dimension(4)
                .build());
        schema.addFunction(bm25("text_bm25", "text", "sparse"));
        client.createCollection(CreateCollectionReq.builder()
                .collectionName(C)
                .collectionSchema(schema)
                .build());
    }
}
