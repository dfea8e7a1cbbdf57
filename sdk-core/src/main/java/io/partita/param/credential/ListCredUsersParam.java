package io.partita.param.credential;

/**
 * Lists the users.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class ListCredUsersParam {

    private ListCredUsersParam(Builder b) {}

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "ListCredUsersParam{" + "}";
    }

    /** Builder for {@link ListCredUsersParam}; not thread-safe. */
    public static final class Builder {

        private Builder() {}

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public ListCredUsersParam build() {
            return new ListCredUsersParam(this);
        }
    }
}
