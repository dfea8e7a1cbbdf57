package io.partita.v2.service.vector.request.ranker;

import com.google.gson.JsonObject;
import io.partita.common.clientenum.FunctionType;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reciprocal rank fusion for a hybrid search: a hit scores {@code Σ 1/(k + rank)} over the searches
 * that found it. A rerank function, as milvus-sdk-java 2.6's {@code RRFRanker} is: given as
 * {@code HybridSearchReq.ranker}, its params go into the request's rank params as
 * {@code strategy: rrf} and {@code params: {"k": k}}, as the official client sends them (its V2
 * hybrid search conversion). No name is needed.
 *
 * <p>Immutable.
 */
public class RRFRanker extends CreateCollectionReq.Function {
    private final int k;

    /**
     * @param k the constant, in (0, 16384); Milvus's default is 60
     * @deprecated as in the official client: use {@code RRFRanker.builder().k(k).build()}
     */
    @Deprecated
    public RRFRanker(int k) {
        this(builder().k(k));
    }

    private RRFRanker(RRFRankerBuilder b) {
        super(b, false);
        this.k = b.k;
    }

    /** @return a builder; {@code k} is 60 unless given */
    public static RRFRankerBuilder builder() {
        return new RRFRankerBuilder();
    }

    /** @return the constant k */
    public int getK() {
        return k;
    }

    /** @return {@link FunctionType#RERANK} */
    @Override
    public FunctionType getFunctionType() {
        return FunctionType.RERANK;
    }

    /** @return the params given to the builder, then {@code strategy: rrf} and {@code params: {"k": k}} */
    @Override
    public Map<String, String> getParams() {
        JsonObject params = new JsonObject();
        params.addProperty("k", k);
        Map<String, String> props = new LinkedHashMap<>(super.getParams());
        props.put("strategy", "rrf");
        props.put("params", params.toString());
        return props;
    }

    @Override
    public String toString() {
        return "RRFRanker{k=" + k + ", name='" + getName() + "', params=" + getParams() + "}";
    }

    /** Builds an {@link RRFRanker}. */
    public static class RRFRankerBuilder extends CreateCollectionReq.Function.FunctionBuilder<RRFRankerBuilder> {
        private int k = 60;

        private RRFRankerBuilder() {}

        /** @return this builder, with the constant k */
        public RRFRankerBuilder k(int k) {
            this.k = k;
            return this;
        }

        /** @return the RRF ranker */
        @Override
        public RRFRanker build() {
            return new RRFRanker(this);
        }
    }
}
