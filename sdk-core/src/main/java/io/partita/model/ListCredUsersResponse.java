package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to ListCredUsers.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class ListCredUsersResponse extends StatusAnswer {
    private final List<String> usernames;

    private ListCredUsersResponse(Builder b) {
        super(b.status);
        this.usernames = Collections.unmodifiableList(new ArrayList<>(b.usernames));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the user names, in the server's order, in the server's order; unmodifiable, never {@code null} */
    public List<String> getUsernamesList() {
        return usernames;
    }
    /** @return the number of user names, in the server's order */
    public int getUsernamesCount() {
        return usernames.size();
    }
    /**
     * @param index zero-based position, below {@link #getUsernamesCount()}
     * @return the entry at {@code index}
     */
    public String getUsernames(int index) {
        return usernames.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ListCredUsersResponse)) return false;
        ListCredUsersResponse other = (ListCredUsersResponse) o;
        return Objects.equals(status, other.status) && Objects.equals(usernames, other.usernames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, usernames);
    }

    @Override
    public String toString() {
        return "ListCredUsersResponse{" + "status=" + status + ", usernames=" + usernames + "}";
    }

    /** Builder for {@link ListCredUsersResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<String> usernames = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }
        /**
         * @param value appended to the user names, in the server's order; must not be null
         * @return this builder
         */
        public Builder addUsernames(String value) {
            this.usernames.add(Objects.requireNonNull(value, "usernames"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the user names, in the server's order; none may be null
         * @return this builder
         */
        public Builder addAllUsernames(Iterable<? extends String> values) {
            for (String v : values) addUsernames(v);
            return this;
        }

        /** @return a new immutable {@code ListCredUsersResponse} holding this builder's values; the builder stays usable */
        public ListCredUsersResponse build() {
            return new ListCredUsersResponse(this);
        }
    }
}
