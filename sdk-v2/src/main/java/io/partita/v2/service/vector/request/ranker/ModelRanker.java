package io.partita.v2.service.vector.request.ranker;

import com.google.gson.JsonArray;
import io.partita.common.clientenum.FunctionType;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model reranker (Milvus 2.6): a model served by a provider ({@code tei} by default, {@code vllm},
 * …) at {@code endpoint} scores each hit's input field text against the {@code queries}. Sent as a
 * rerank function with the params {@code reranker: model}, {@code provider}, {@code queries} (a
 * JSON array) and {@code endpoint}, as the official client sends them. The Partita reference
 * server has no model provider: it refuses every model reranker with Milvus's text for a provider
 * it does not know ({@code Unknow rerank model provider:<provider>}).
 *
 * <p>Immutable: the queries are copied in and handed out unmodifiable.
 */
public class ModelRanker extends CreateCollectionReq.Function {
    private final String provider;
    private final List<String> queries;
    private final String endpoint;

    private ModelRanker(ModelRankerBuilder b) {
        super(b);
        this.provider = b.provider;
        this.queries = b.queries == null ? List.of() : List.copyOf(b.queries);
        this.endpoint = b.endpoint;
    }

    /** @return a builder; {@code name} and one input field are required */
    public static ModelRankerBuilder builder() {
        return new ModelRankerBuilder();
    }

    /** @return the provider, {@code tei} by default */
    public String getProvider() {
        return provider;
    }

    /** @return the query texts, one per query vector; unmodifiable */
    public List<String> getQueries() {
        return queries;
    }

    /** @return the provider's endpoint; {@code null} when not given */
    public String getEndpoint() {
        return endpoint;
    }

    /** @return {@link FunctionType#RERANK} */
    @Override
    public FunctionType getFunctionType() {
        return FunctionType.RERANK;
    }

    /** @return the params given to the builder, then {@code reranker}, {@code provider}, {@code queries}, {@code endpoint} */
    @Override
    public Map<String, String> getParams() {
        Map<String, String> props = new LinkedHashMap<>(super.getParams());
        props.put("reranker", "model");
        props.put("provider", provider);
        JsonArray json = new JsonArray();
        queries.forEach(json::add);
        props.put("queries", json.toString());
        if (endpoint != null) {
            props.put("endpoint", endpoint);
        }
        return props;
    }

    @Override
    public String toString() {
        return "ModelRanker{provider='" + provider + "', queries=" + queries + ", endpoint='" + endpoint + "', name='"
                + getName() + "', inputFieldNames=" + getInputFieldNames() + "}";
    }

    /** Builds a {@link ModelRanker}. */
    public static class ModelRankerBuilder extends CreateCollectionReq.Function.FunctionBuilder<ModelRankerBuilder> {
        private String provider = "tei";
        private List<String> queries = new ArrayList<>();
        private String endpoint;

        private ModelRankerBuilder() {}

        /** @return this builder, with the provider ({@code tei}, {@code vllm}, …) */
        public ModelRankerBuilder provider(String provider) {
            this.provider = provider;
            return this;
        }

        /** @return this builder, with the query texts */
        public ModelRankerBuilder queries(List<String> queries) {
            this.queries = queries;
            return this;
        }

        /** @return this builder, with the provider's endpoint */
        public ModelRankerBuilder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** @return the model ranker */
        @Override
        public ModelRanker build() {
            return new ModelRanker(this);
        }
    }
}
