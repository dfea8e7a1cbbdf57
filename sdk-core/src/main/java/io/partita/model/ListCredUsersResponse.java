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
public final class ListCredUsersResponse implements HasStatus {
    private final Status status;
    private final List<String> usernames;

    private ListCredUsersResponse(Builder b) {
        this.status = b.status == null ? Status.success() : b.status;
        this.usernames = Collections.unmodifiableList(new ArrayList<>(b.usernames));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public Status getStatus() { return status; }
    public boolean hasStatus() { return status != null; }
    public List<String> getUsernamesList() { return usernames; }
    public int getUsernamesCount() { return usernames.size(); }
    public String getUsernames(int index) { return usernames.get(index); }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ListCredUsersResponse)) return false;
        ListCredUsersResponse other = (ListCredUsersResponse) o;
        return Objects.equals(status, other.status)
            && Objects.equals(usernames, other.usernames);
    }

    @Override
    public int hashCode() { return Objects.hash(status, usernames); }

    @Override
    public String toString() {
        return "ListCredUsersResponse{"
            + "status=" + status
            + ", usernames=" + usernames
            + "}";
    }

    /** Builder for {@link ListCredUsersResponse}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private List<String> usernames = new ArrayList<>();

        private Builder() {}

        public Builder setStatus(Status value) { this.status = Objects.requireNonNull(value, "status"); return this; }
        public Builder addUsernames(String value) { this.usernames.add(Objects.requireNonNull(value, "usernames")); return this; }
        public Builder addAllUsernames(Iterable<? extends String> values) { for (String v : values) addUsernames(v); return this; }

        public ListCredUsersResponse build() { return new ListCredUsersResponse(this); }
    }
}
