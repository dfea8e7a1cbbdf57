package io.partita.v2.service.vector.request.ranker;

import io.partita.common.clientenum.FunctionType;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A decay reranker (Milvus 2.6): each hit's score is multiplied by a decay of its value of one
 * numeric field, the input field, by its distance from {@code origin}: {@code gauss} (the default),
 * {@code exp} or {@code linear}, halving (by default; {@code decay}) at {@code scale} beyond
 * {@code offset}. Used in a {@link io.partita.v2.service.vector.request.FunctionScore}; sent as a
 * rerank function with the params {@code reranker: decay}, {@code function}, {@code origin},
 * {@code offset}, {@code scale}, {@code decay}, as the official client sends them.
 *
 * <p>Immutable.
 */
public class DecayRanker extends CreateCollectionReq.Function {
    private final String function;
    private final Number origin;
    private final Number offset;
    private final Number scale;
    private final Number decay;

    private DecayRanker(DecayRankerBuilder b) {
        super(b);
        this.function = b.function;
        this.origin = b.origin;
        this.offset = b.offset;
        this.scale = b.scale;
        this.decay = b.decay;
    }

    /** @return a builder; {@code name} and one input field are required, {@code origin} and {@code scale} by the server */
    public static DecayRankerBuilder builder() {
        return new DecayRankerBuilder();
    }

    /** @return the decay function: {@code gauss}, {@code exp} or {@code linear} */
    public String getFunction() {
        return function;
    }

    /** @return the value where the decay is 1; {@code null} when not given */
    public Number getOrigin() {
        return origin;
    }

    /** @return the distance from the origin within which the decay stays 1; {@code null} for the server's 0 */
    public Number getOffset() {
        return offset;
    }

    /** @return the distance beyond the offset at which the score is multiplied by {@code decay}; {@code null} when not given */
    public Number getScale() {
        return scale;
    }

    /** @return the factor at {@code scale}; {@code null} for the server's 0.5 */
    public Number getDecay() {
        return decay;
    }

    /** @return {@link FunctionType#RERANK} */
    @Override
    public FunctionType getFunctionType() {
        return FunctionType.RERANK;
    }

    /** @return the params given to the builder, then {@code reranker}, {@code function} and the numbers given */
    @Override
    public Map<String, String> getParams() {
        Map<String, String> props = new LinkedHashMap<>(super.getParams());
        props.put("reranker", "decay");
        props.put("function", function);
        if (origin != null) {
            props.put("origin", origin.toString());
        }
        if (offset != null) {
            props.put("offset", offset.toString());
        }
        if (scale != null) {
            props.put("scale", scale.toString());
        }
        if (decay != null) {
            props.put("decay", decay.toString());
        }
        return props;
    }

    @Override
    public String toString() {
        return "DecayRanker{function='" + function + "', origin=" + origin + ", offset=" + offset + ", scale="
                + scale + ", decay=" + decay + ", name='" + getName() + "', inputFieldNames=" + getInputFieldNames()
                + "}";
    }

    /** Builds a {@link DecayRanker}. */
    public static class DecayRankerBuilder extends CreateCollectionReq.Function.FunctionBuilder<DecayRankerBuilder> {
        private String function = "gauss";
        private Number origin;
        private Number offset;
        private Number scale;
        private Number decay;

        private DecayRankerBuilder() {}

        /** @return this builder, with the decay function ({@code gauss}, {@code exp} or {@code linear}) */
        public DecayRankerBuilder function(String function) {
            this.function = function;
            return this;
        }

        /** @return this builder, with the origin */
        public DecayRankerBuilder origin(Number origin) {
            this.origin = origin;
            return this;
        }

        /** @return this builder, with the offset */
        public DecayRankerBuilder offset(Number offset) {
            this.offset = offset;
            return this;
        }

        /** @return this builder, with the scale */
        public DecayRankerBuilder scale(Number scale) {
            this.scale = scale;
            return this;
        }

        /** @return this builder, with the decay */
        public DecayRankerBuilder decay(Number decay) {
            this.decay = decay;
            return this;
        }

        /** @return the decay ranker */
        @Override
        public DecayRanker build() {
            return new DecayRanker(this);
        }
    }
}
