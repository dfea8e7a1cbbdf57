package io.partita.v2.service.vector.request.ranker;

import com.google.gson.JsonObject;
import io.partita.common.clientenum.FunctionType;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A boost reranker (Milvus 2.6.2+): the hits that match its optional {@code filter} have their
 * score multiplied by {@code weight} (by default; the function score's {@code boost_mode} and
 * {@code function_mode} params choose {@code sum}); with a random score ({@code randomScoreSeed},
 * optionally {@code randomScoreField}, an Int64 field) the boost is a pseudo-random number in
 * [0, 1) times the weight. Used in a {@link io.partita.v2.service.vector.request.FunctionScore} (or
 * as a search's {@code ranker}); sent as a rerank function with the params {@code reranker: boost},
 * {@code filter}, {@code weight} and {@code random_score} (a JSON object of {@code seed} and
 * {@code field}), as the official client sends them.
 *
 * <p>Immutable.
 */
public class BoostRanker extends CreateCollectionReq.Function {
    private final String filter;
    private final Float weight;
    private final Long randomScoreSeed;
    private final String randomScoreField;

    private BoostRanker(BoostRankerBuilder b) {
        super(b);
        this.filter = b.filter;
        this.weight = b.weight;
        this.randomScoreSeed = b.randomScoreSeed;
        this.randomScoreField = b.randomScoreField;
    }

    /** @return a builder; {@code name} and {@code weight} are required (the latter by the server) */
    public static BoostRankerBuilder builder() {
        return new BoostRankerBuilder();
    }

    /** @return the boolean expression selecting the boosted hits; {@code null} boosts every hit */
    public String getFilter() {
        return filter;
    }

    /** @return the boost; {@code null} when not given (the server refuses that) */
    public Float getWeight() {
        return weight;
    }

    /** @return the random score's seed; {@code null} for no random score */
    public Long getRandomScoreSeed() {
        return randomScoreSeed;
    }

    /** @return the Int64 field the random score is drawn from; {@code null} for the server's choice */
    public String getRandomScoreField() {
        return randomScoreField;
    }

    /** @return {@link FunctionType#RERANK} */
    @Override
    public FunctionType getFunctionType() {
        return FunctionType.RERANK;
    }

    /** @return the params given to the builder, then {@code reranker}, {@code filter}, {@code weight}, {@code random_score} */
    @Override
    public Map<String, String> getParams() {
        Map<String, String> props = new LinkedHashMap<>(super.getParams());
        props.put("reranker", "boost");
        if (filter != null && !filter.isEmpty()) {
            props.put("filter", filter);
        }
        if (weight != null) {
            props.put("weight", weight.toString());
        }
        JsonObject random = new JsonObject();
        if (randomScoreSeed != null) {
            random.addProperty("seed", randomScoreSeed);
        }
        if (randomScoreField != null && !randomScoreField.isEmpty()) {
            random.addProperty("field", randomScoreField);
        }
        if (random.size() > 0) {
            props.put("random_score", random.toString());
        }
        return props;
    }

    @Override
    public String toString() {
        return "BoostRanker{filter='" + filter + "', weight=" + weight + ", randomScoreSeed=" + randomScoreSeed
                + ", randomScoreField='" + randomScoreField + "', name='" + getName() + "'}";
    }

    /** Builds a {@link BoostRanker}. */
    public static class BoostRankerBuilder extends CreateCollectionReq.Function.FunctionBuilder<BoostRankerBuilder> {
        private String filter;
        private Float weight;
        private Long randomScoreSeed;
        private String randomScoreField;

        private BoostRankerBuilder() {}

        /** @return this builder, with the filter selecting the boosted hits */
        public BoostRankerBuilder filter(String filter) {
            this.filter = filter;
            return this;
        }

        /** @return this builder, with the boost */
        public BoostRankerBuilder weight(Float weight) {
            this.weight = weight;
            return this;
        }

        /** @return this builder, with a random score of this seed */
        public BoostRankerBuilder randomScoreSeed(Long randomScoreSeed) {
            this.randomScoreSeed = randomScoreSeed;
            return this;
        }

        /** @return this builder, with the Int64 field the random score is drawn from */
        public BoostRankerBuilder randomScoreField(String randomScoreField) {
            this.randomScoreField = randomScoreField;
            return this;
        }

        /** @return the boost ranker */
        @Override
        public BoostRanker build() {
            return new BoostRanker(this);
        }
    }
}
