package io.partita.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The server's verdict on one call, as the Milvus protocol's {@code common.Status} carries it:
 * the legacy {@code error_code} (kept as a raw number so that codes unknown to this SDK pass
 * through unchanged), the 2.3+ {@code code}, the {@code reason} text and the {@code retriable}
 * hint, and the {@code extra_info} pairs (a Milvus 2.6 search's storage cost). A status-only operation (CreatePartition, ReleasePartitions, ...) answers with a
 * {@code Status} itself.
 *
 * <p>Immutable and thread-safe.
 */
public final class Status implements HasStatus {
    private static final Status SUCCESS = new Status(0, 0, "", false, "", Map.of());

    private final int errorCode;
    private final int code;
    private final String reason;
    private final boolean retriable;
    private final String detail;
    private final Map<String, String> extraInfo;

    private Status(
            int errorCode, int code, String reason, boolean retriable, String detail, Map<String, String> extraInfo) {
        this.errorCode = errorCode;
        this.code = code;
        this.reason = reason == null ? "" : reason;
        this.retriable = retriable;
        this.detail = detail == null ? "" : detail;
        this.extraInfo = extraInfo;
    }

    /** @return the success status: error code 0, code 0, empty reason */
    public static Status success() {
        return SUCCESS;
    }

    /**
     * @param errorCode the legacy error code
     * @param reason the server's reason text
     * @return a status with that legacy code, {@code code} 0 for success and 65535 otherwise
     */
    public static Status of(ErrorCode errorCode, String reason) {
        int legacy = errorCode.getNumber();
        return new Status(legacy, legacy == 0 ? 0 : 65535, reason, false, "", Map.of());
    }

    /** @return a new builder starting from the success status */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the legacy error code, or {@code null} if this SDK does not know its number */
    public ErrorCode getErrorCode() {
        return ErrorCode.forNumber(errorCode);
    }

    /** @return the legacy error code as sent by the server */
    public int getErrorCodeValue() {
        return errorCode;
    }

    /** @return the 2.3+ error code (0 on success; 0 from servers older than 2.3) */
    public int getCode() {
        return code;
    }

    /** @return the server's reason text; empty, never {@code null} */
    public String getReason() {
        return reason;
    }

    /** @return whether the server says that the same request may succeed if sent again */
    public boolean getRetriable() {
        return retriable;
    }

    /** @return the server's detail text; empty, never {@code null} */
    public String getDetail() {
        return detail;
    }

    /**
     * @return the server's extra pairs ({@code extra_info}), e.g. a Milvus 2.6 search's
     *     {@code scanned_total_bytes}; empty when none; unmodifiable
     */
    public Map<String, String> getExtraInfoMap() {
        return extraInfo;
    }

    /** @return {@code true} when both the legacy code and the 2.3+ code are 0 */
    public boolean isSuccess() {
        return errorCode == 0 && code == 0;
    }

    /** @return this status */
    @Override
    public Status getStatus() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Status)) return false;
        Status other = (Status) o;
        return errorCode == other.errorCode
                && code == other.code
                && retriable == other.retriable
                && reason.equals(other.reason)
                && detail.equals(other.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(errorCode, code, reason, retriable, detail);
    }

    @Override
    public String toString() {
        return "Status{errorCode=" + errorCode + ", code=" + code + ", reason=" + reason + ", retriable=" + retriable
                + "}";
    }

    /** Builder for {@link Status}; not thread-safe. */
    public static final class Builder {
        private int errorCode;
        private int code;
        private String reason = "";
        private boolean retriable;
        private String detail = "";
        private final Map<String, String> extraInfo = new LinkedHashMap<>();

        private Builder() {}

        /**
         * @param value the legacy error code (common.proto ErrorCode)
         * @return this builder
         */
        public Builder setErrorCode(ErrorCode value) {
            errorCode = value.getNumber();
            return this;
        }
        /**
         * @param value the legacy error code as its number, kept even when this client does not know it
         * @return this builder
         */
        public Builder setErrorCodeValue(int value) {
            errorCode = value;
            return this;
        }
        /**
         * @param value the server's numeric code
         * @return this builder
         */
        public Builder setCode(int value) {
            code = value;
            return this;
        }
        /**
         * @param value the human-readable reason
         * @return this builder
         */
        public Builder setReason(String value) {
            reason = value;
            return this;
        }
        /**
         * @param value whether the server marked the failure as retriable
         * @return this builder
         */
        public Builder setRetriable(boolean value) {
            retriable = value;
            return this;
        }
        /**
         * @param value extra detail from the server
         * @return this builder
         */
        public Builder setDetail(String value) {
            detail = value;
            return this;
        }

        /**
         * @param values extra pairs from the server ({@code extra_info}); added to those already set
         * @return this builder
         */
        public Builder putAllExtraInfo(Map<String, String> values) {
            extraInfo.putAll(values);
            return this;
        }

        /** @return a new immutable {@code Status} holding this builder's values; the builder stays usable */
        public Status build() {
            return new Status(
                    errorCode,
                    code,
                    reason,
                    retriable,
                    detail,
                    extraInfo.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extraInfo)));
        }
    }
}
