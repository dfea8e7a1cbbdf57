package io.partita.param;

import io.partita.exception.ParamException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Validation helpers shared by every Param's {@code build()}. Each throws a
 * {@link ParamException} whose message names the field and the bad value.
 *
 * <p>Collection and partition names follow the Milvus 2.1 server's rules and wording: trimmed,
 * not empty, at most {@value #MAX_NAME_LENGTH} characters, the first character a letter or an
 * underscore, then letters, digits, underscores or dollars.
 */
public final class ParamUtils {
    /** The longest collection, partition, field or alias name the server accepts. */
    public static final int MAX_NAME_LENGTH = 255;

    private ParamUtils() {}

    /**
     * @param value the value
     * @param field the field name for the message
     * @param <T> the value type
     * @return the value
     * @throws ParamException when it is {@code null}
     */
    public static <T> T checkNotNull(T value, String field) {
        if (value == null) {
            throw new ParamException(field + " must not be null");
        }
        return value;
    }

    /**
     * @param value the value
     * @param field the field name for the message
     * @return the value
     * @throws ParamException when it is {@code null}, empty or blank
     */
    public static String checkNotEmpty(String value, String field) {
        checkNotNull(value, field);
        if (value.trim().isEmpty()) {
            throw new ParamException(field + " must not be empty, got \"" + value + "\"");
        }
        return value;
    }

    /**
     * @param name a collection name (or alias)
     * @param field the field name for the message
     * @return the name
     * @throws ParamException when the server would reject it
     */
    public static String checkCollectionName(String name, String field) {
        checkNotNull(name, field);
        String entity = name.trim();
        String invalid = field + ": Invalid collection name: " + entity + ". ";
        if (entity.isEmpty()) {
            throw new ParamException(invalid + "collection name should not be empty");
        }
        if (entity.length() > MAX_NAME_LENGTH) {
            throw new ParamException(
                    invalid + "The length of a collection name must be less than " + MAX_NAME_LENGTH + " characters.");
        }
        char first = entity.charAt(0);
        if (first != '_' && !isAlpha(first)) {
            throw new ParamException(
                    invalid + "The first character of a collection name must be an underscore or letter.");
        }
        for (int i = 1; i < entity.length(); i++) {
            char c = entity.charAt(i);
            if (c != '_' && c != '$' && !isAlpha(c) && !isDigit(c)) {
                throw new ParamException(
                        invalid + "Collection name can only contain numbers, letters, dollars and underscores.");
            }
        }
        return name;
    }

    /** @see #checkCollectionName(String, String) */
    static String checkCollectionName(String name) {
        return checkCollectionName(name, "collectionName");
    }

    /**
     * @param name a partition name
     * @param field the field name for the message
     * @return the name
     * @throws ParamException when the server would reject it
     */
    public static String checkPartitionName(String name, String field) {
        checkNotNull(name, field);
        String tag = name.trim();
        String invalid = field + ": Invalid partition name: " + tag + ". ";
        if (tag.isEmpty()) {
            throw new ParamException(invalid + "Partition name should not be empty.");
        }
        if (tag.length() > MAX_NAME_LENGTH) {
            throw new ParamException(
                    invalid + "The length of a partition name must be less than " + MAX_NAME_LENGTH + " characters.");
        }
        char first = tag.charAt(0);
        if (first != '_' && !isAlpha(first)) {
            throw new ParamException(
                    invalid + "The first character of a partition name must be an underscore or letter.");
        }
        for (int i = 1; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c != '_' && c != '$' && !isAlpha(c) && !isDigit(c)) {
                throw new ParamException(
                        invalid + "Partition name can only contain numbers, letters, dollars and underscores.");
            }
        }
        return name;
    }

    /**
     * Checks a list of partition names and copies it.
     *
     * @param names the names
     * @param field the field name for the message
     * @param allowEmpty whether an empty list is acceptable
     * @return an unmodifiable copy
     * @throws ParamException when the list is {@code null}, wrongly empty or holds a bad name
     */
    public static List<String> checkPartitionNames(List<String> names, String field, boolean allowEmpty) {
        checkNotNull(names, field);
        if (names.isEmpty() && !allowEmpty) {
            throw new ParamException(field + " must not be empty, got []");
        }
        List<String> copy = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            copy.add(checkPartitionName(names.get(i), field + "[" + i + "]"));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Checks that a list and its elements are not {@code null}, and copies it.
     *
     * @param values the values
     * @param field the field name for the message
     * @param <T> the element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> copyOf(List<T> values, String field) {
        checkNotNull(values, field);
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(checkNotNull(values.get(i), field + "[" + i + "]"));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * @param value the value
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @param field the field name (with its unit) for the message
     * @return the value
     */
    public static long checkRange(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new ParamException(field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The guarantee timestamp a search or query sends when the caller gave none: 0 ("see every
     * acknowledged write") for {@code STRONG}, otherwise 1 (eventual), the 2.1 SDK's default.
     *
     * @param level the requested consistency level, or {@code null} for the collection's own
     * @return the guarantee timestamp to send
     */
    public static long defaultGuaranteeTimestamp(io.partita.common.clientenum.ConsistencyLevelEnum level) {
        return level == io.partita.common.clientenum.ConsistencyLevelEnum.STRONG
                ? Constant.GUARANTEE_STRONG_TS
                : Constant.GUARANTEE_EVENTUALLY_TS;
    }
}
