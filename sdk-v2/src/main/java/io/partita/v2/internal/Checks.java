package io.partita.v2.internal;

import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Argument checks of the V2 builders; each failure names the field and the bad value. Not API. */
public final class Checks {
    private Checks() {}

    /** @throws MilvusClientException INVALID_PARAMS when {@code value} is null, empty or blank */
    public static void notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field + " must not be empty, got " + (value == null ? "null" : "'" + value + "'"));
        }
    }

    /** @throws MilvusClientException INVALID_PARAMS when {@code value} is null */
    public static void notNull(Object value, String field) {
        if (value == null) {
            throw invalid(field + " must not be null");
        }
    }

    /** @throws MilvusClientException INVALID_PARAMS when {@code values} is null or empty */
    public static void notEmpty(Collection<?> values, String field) {
        if (values == null || values.isEmpty()) {
            throw invalid(field + " must not be empty, got " + values);
        }
    }

    /** @return an unmodifiable copy; empty for {@code null} */
    public static <T> List<T> copy(List<T> values) {
        return values == null ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** @return an unmodifiable copy keeping the order; empty for {@code null} */
    public static <K, V> Map<K, V> copy(Map<K, V> values) {
        return values == null ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return an INVALID_PARAMS exception with this message */
    public static MilvusClientException invalid(String message) {
        return new MilvusClientException(ErrorCode.INVALID_PARAMS, message);
    }

    /** @return {@code value}; @throws MilvusClientException INVALID_PARAMS when it is null */
    public static <T> T checked(T value, String field) {
        notNull(value, field);
        return value;
    }

    /** @return a new modifiable map: {@code values} (none for {@code null}) with {@code key} set to {@code value} */
    public static <K, V> Map<K, V> with(Map<K, V> values, K key, V value) {
        Map<K, V> next = new LinkedHashMap<>(values == null ? Map.of() : values);
        next.put(key, value);
        return next;
    }
}
