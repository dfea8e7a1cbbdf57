package io.partita.param;

import io.partita.exception.ClientNotConnectedException;
import io.partita.exception.LoadTimeoutException;
import io.partita.exception.MilvusException;
import io.partita.exception.MilvusServerException;
import io.partita.exception.MilvusTransportException;
import io.partita.exception.ParamException;
import io.partita.exception.WaitTimeoutException;
import io.partita.model.ErrorCode;
import io.partita.transport.TransportFailure;

/**
 * The result of one client call: a status number, the data on success, and the exception that
 * explains a failure.
 *
 * <h2>Status numbers</h2>
 * Non-negative numbers are the server's legacy {@code error_code}s, passed through unchanged
 * (see {@link Status}; a code this SDK does not know still arrives as its number). When a
 * server fills only the 2.3+ {@code code}, the status is {@code UnexpectedError (1)} and the
 * code is kept in the {@link MilvusServerException}. Negative numbers are client-side:
 * {@code -1 .. -6} as in the official SDK, then {@code Unavailable -7}, {@code DeadlineExceeded -8},
 * {@code Unauthenticated -9}, {@code Cancelled -10}, {@code TransportPermissionDenied -11},
 * {@code Unimplemented -12}, {@code ResourceExhausted -13}, {@code LoadTimeout -14} and {@code WaitTimeout -15}.
 *
 * <h2>Not ignoring failures</h2>
 * {@link #orThrow()} returns the data or throws the typed unchecked exception:
 * {@link MilvusServerException} when the server answered with an error,
 * {@link MilvusTransportException} when no usable answer arrived, {@link ParamException} for
 * a rejected parameter, {@link LoadTimeoutException} for a sync-load timeout and
 * {@link WaitTimeoutException} for a sync flush or index-build timeout.
 *
 * <p>Immutable and thread-safe (as far as {@code T} is).
 *
 * @param <T> the data type
 */
public final class R<T> {
    private final int status;
    private final T data;
    private final Exception exception;

    private R(int status, T data, Exception exception) {
        this.status = status;
        this.data = data;
        this.exception = exception;
    }

    /** @return a success carrying {@link RpcStatus#SUCCEED_MSG} */
    public static R<RpcStatus> success() {
        return new R<>(Status.Success.getCode(), new RpcStatus(RpcStatus.SUCCEED_MSG), null);
    }

    /**
     * @param data the data
     * @param <T> the data type
     * @return a success carrying the data
     */
    public static <T> R<T> success(T data) {
        return new R<>(Status.Success.getCode(), data, null);
    }

    /**
     * A failure explained by an exception. A {@link MilvusException} keeps its status; any other
     * exception becomes {@code Unknown (-3)}.
     *
     * @param exception the cause
     * @param <T> the data type
     * @return the failure
     */
    public static <T> R<T> failed(Exception exception) {
        int status = exception instanceof MilvusException
                ? ((MilvusException) exception).getStatus()
                : Status.Unknown.getCode();
        return new R<>(status, null, exception);
    }

    /**
     * A failure with a server error code, as the official {@code R.failed(ErrorCode, String)}.
     *
     * @param errorCode the server code
     * @param message the reason
     * @param <T> the data type
     * @return the failure
     */
    public static <T> R<T> failed(ErrorCode errorCode, String message) {
        return failed(io.partita.model.Status.of(errorCode, message));
    }

    /**
     * A failure with any status, as the official {@code R.failed(R.Status, String)}.
     *
     * @param status the status
     * @param message the reason
     * @param <T> the data type
     * @return the failure; its exception is typed after the status
     */
    public static <T> R<T> failed(Status status, String message) {
        int code = status.getCode();
        if (code >= 0) {
            return failed(io.partita.model.Status.newBuilder()
                    .setErrorCodeValue(code)
                    .setCode(code == 0 ? 0 : 65535)
                    .setReason(message)
                    .build());
        }
        return new R<>(code, null, exceptionFor(status, message));
    }

    /**
     * A failure answered by the server.
     *
     * @param serverStatus the status the server sent; must not be a success
     * @param <T> the data type
     * @return the failure, status = the legacy error code (or 1 when only the 2.3+ code is set)
     */
    public static <T> R<T> failed(io.partita.model.Status serverStatus) {
        int legacy = serverStatus.getErrorCodeValue();
        int rStatus = legacy != 0 ? legacy : Status.UnexpectedError.getCode();
        return new R<>(rStatus, null, new MilvusServerException(rStatus, serverStatus));
    }

    private static MilvusException exceptionFor(Status status, String message) {
        switch (status) {
            case ParamError:
                return new ParamException(message);
            case ClientNotConnected:
                return new ClientNotConnectedException(message);
            case LoadTimeout:
                return new LoadTimeoutException(message);
            case WaitTimeout:
                return new WaitTimeoutException(message);
            default:
                for (TransportFailure f : TransportFailure.values()) {
                    if (f.getCode() == status.getCode()) {
                        return new MilvusTransportException(f, message, null);
                    }
                }
                return new MilvusTransportException(TransportFailure.INTERNAL, message, null);
        }
    }

    /** @return the status number: 0 on success, the server's error code, or a negative client code */
    public Integer getStatus() {
        return status;
    }

    /** @return the data on success; {@code null} on failure */
    public T getData() {
        return data;
    }

    /** @return the exception explaining a failure; {@code null} on success */
    public Exception getException() {
        return exception;
    }

    /** @return whether the call succeeded */
    public boolean isSuccess() {
        return status == Status.Success.getCode();
    }

    /**
     * Never throws.
     *
     * @return {@code "Success"} on success, otherwise the failure's message (never {@code null})
     */
    public String getMessage() {
        if (exception == null) {
            return status == 0 ? RpcStatus.SUCCEED_MSG : "status " + status;
        }
        String message = exception.getMessage();
        return message != null ? message : exception.getClass().getName();
    }

    /**
     * @return the data, when the call succeeded
     * @throws MilvusException the typed failure otherwise
     */
    public T orThrow() {
        if (isSuccess()) {
            return data;
        }
        if (exception instanceof MilvusException) {
            throw (MilvusException) exception;
        }
        throw new MilvusTransportException(TransportFailure.INTERNAL, getMessage(), exception);
    }

    @Override
    public String toString() {
        return isSuccess()
                ? "R{status=0, data=" + data + "}"
                : "R{status=" + status + ", message=" + getMessage() + "}";
    }

    /**
     * The status numbers an {@code R} can carry: every server error code under its protocol
     * name and number, then the client-side codes (negative).
     */
    public enum Status {
        /** Server code 0, passed through: The call succeeded. See {@link ErrorCode#Success}. */
        Success(0),
        /** Server code 1, passed through: A failure with no more specific code; read the reason. Most modern server errors arrive as this. See {@link ErrorCode#UnexpectedError}. */
        UnexpectedError(1),
        /** Server code 2, passed through: The server could not reach another component. See {@link ErrorCode#ConnectFailed}. */
        ConnectFailed(2),
        /** Server code 3, passed through: The caller lacks the privilege for this call, or authentication failed. See {@link ErrorCode#PermissionDenied}. */
        PermissionDenied(3),
        /** Server code 4, passed through: The named collection does not exist. See {@link ErrorCode#CollectionNotExists}. */
        CollectionNotExists(4),
        /** Server code 5, passed through: A request parameter is invalid; the reason names it. See {@link ErrorCode#IllegalArgument}. */
        IllegalArgument(5),
        /** Server code 7, passed through: A vector dimension is invalid or does not match the schema. See {@link ErrorCode#IllegalDimension}. */
        IllegalDimension(7),
        /** Server code 8, passed through: The index type is unknown or not allowed for the field. See {@link ErrorCode#IllegalIndexType}. */
        IllegalIndexType(8),
        /** Server code 9, passed through: The collection name breaks the naming rules. See {@link ErrorCode#IllegalCollectionName}. */
        IllegalCollectionName(9),
        /** Server code 10, passed through: The top-k of a search is out of range. See {@link ErrorCode#IllegalTOPK}. */
        IllegalTOPK(10),
        /** Server code 11, passed through: A row does not match the schema. See {@link ErrorCode#IllegalRowRecord}. */
        IllegalRowRecord(11),
        /** Server code 12, passed through: A primary key is invalid. See {@link ErrorCode#IllegalVectorID}. */
        IllegalVectorID(12),
        /** Server code 13, passed through: The search produced an inconsistent result. See {@link ErrorCode#IllegalSearchResult}. */
        IllegalSearchResult(13),
        /** Server code 14, passed through: A storage file is missing. See {@link ErrorCode#FileNotFound}. */
        FileNotFound(14),
        /** Server code 15, passed through: Reading or writing metadata failed. See {@link ErrorCode#MetaFailed}. */
        MetaFailed(15),
        /** Server code 16, passed through: A cache operation failed. See {@link ErrorCode#CacheFailed}. */
        CacheFailed(16),
        /** Server code 17, passed through: A storage folder could not be created. See {@link ErrorCode#CannotCreateFolder}. */
        CannotCreateFolder(17),
        /** Server code 18, passed through: A storage file could not be created. See {@link ErrorCode#CannotCreateFile}. */
        CannotCreateFile(18),
        /** Server code 19, passed through: A storage folder could not be deleted. See {@link ErrorCode#CannotDeleteFolder}. */
        CannotDeleteFolder(19),
        /** Server code 20, passed through: A storage file could not be deleted. See {@link ErrorCode#CannotDeleteFile}. */
        CannotDeleteFile(20),
        /** Server code 21, passed through: Building an index failed. See {@link ErrorCode#BuildIndexError}. */
        BuildIndexError(21),
        /** Server code 22, passed through: The {@code nlist} index parameter is out of range. See {@link ErrorCode#IllegalNLIST}. */
        IllegalNLIST(22),
        /** Server code 23, passed through: The metric type is unknown or does not fit the field or index. See {@link ErrorCode#IllegalMetricType}. */
        IllegalMetricType(23),
        /** Server code 24, passed through: The server ran out of memory. See {@link ErrorCode#OutOfMemory}. */
        OutOfMemory(24),
        /** Server code 25, passed through: The requested index does not exist. See {@link ErrorCode#IndexNotExist}. */
        IndexNotExist(25),
        /** Server code 26, passed through: The collection holds no data. See {@link ErrorCode#EmptyCollection}. */
        EmptyCollection(26),
        /** Server code 27, passed through: Updating a bulk-import task failed. See {@link ErrorCode#UpdateImportTaskFailure}. */
        UpdateImportTaskFailure(27),
        /** Server code 28, passed through: No collection has the given name (used by alias and describe calls). See {@link ErrorCode#CollectionNameNotFound}. */
        CollectionNameNotFound(28),
        /** Server code 29, passed through: Creating a user credential failed. See {@link ErrorCode#CreateCredentialFailure}. */
        CreateCredentialFailure(29),
        /** Server code 30, passed through: Updating a user credential failed. See {@link ErrorCode#UpdateCredentialFailure}. */
        UpdateCredentialFailure(30),
        /** Server code 31, passed through: Deleting a user credential failed. See {@link ErrorCode#DeleteCredentialFailure}. */
        DeleteCredentialFailure(31),
        /** Server code 32, passed through: Reading a user credential failed. See {@link ErrorCode#GetCredentialFailure}. */
        GetCredentialFailure(32),
        /** Server code 33, passed through: Listing the users failed. See {@link ErrorCode#ListCredUsersFailure}. */
        ListCredUsersFailure(33),
        /** Server code 34, passed through: Reading a user failed. See {@link ErrorCode#GetUserFailure}. */
        GetUserFailure(34),
        /** Server code 35, passed through: Creating a role failed. See {@link ErrorCode#CreateRoleFailure}. */
        CreateRoleFailure(35),
        /** Server code 36, passed through: Dropping a role failed. See {@link ErrorCode#DropRoleFailure}. */
        DropRoleFailure(36),
        /** Server code 37, passed through: Granting or revoking a role to a user failed. See {@link ErrorCode#OperateUserRoleFailure}. */
        OperateUserRoleFailure(37),
        /** Server code 38, passed through: Listing roles failed. See {@link ErrorCode#SelectRoleFailure}. */
        SelectRoleFailure(38),
        /** Server code 39, passed through: Listing users with their roles failed. See {@link ErrorCode#SelectUserFailure}. */
        SelectUserFailure(39),
        /** Server code 40, passed through: Listing resources failed. See {@link ErrorCode#SelectResourceFailure}. */
        SelectResourceFailure(40),
        /** Server code 41, passed through: Granting or revoking a privilege failed. See {@link ErrorCode#OperatePrivilegeFailure}. */
        OperatePrivilegeFailure(41),
        /** Server code 42, passed through: Listing grants failed. See {@link ErrorCode#SelectGrantFailure}. */
        SelectGrantFailure(42),
        /** Server code 43, passed through: Refreshing the policy cache failed. See {@link ErrorCode#RefreshPolicyInfoCacheFailure}. */
        RefreshPolicyInfoCacheFailure(43),
        /** Server code 44, passed through: Listing policies failed. See {@link ErrorCode#ListPolicyFailure}. */
        ListPolicyFailure(44),
        /** Server code 45, passed through: The node asked is not the leader of the shard. See {@link ErrorCode#NotShardLeader}. */
        NotShardLeader(45),
        /** Server code 46, passed through: No loaded replica can serve the request. See {@link ErrorCode#NoReplicaAvailable}. */
        NoReplicaAvailable(46),
        /** Server code 47, passed through: A segment named in the request does not exist. See {@link ErrorCode#SegmentNotFound}. */
        SegmentNotFound(47),
        /** Server code 48, passed through: The server refuses this kind of request by configuration (quota force-deny). See {@link ErrorCode#ForceDeny}. */
        ForceDeny(48),
        /** Server code 49, passed through: The request exceeded a rate limit; retry later. See {@link ErrorCode#RateLimit}. */
        RateLimit(49),
        /** Server code 50, passed through: The request was meant for a different node. See {@link ErrorCode#NodeIDNotMatch}. */
        NodeIDNotMatch(50),
        /** Server code 51, passed through: Upsert is not allowed on a collection whose primary key is auto-generated. See {@link ErrorCode#UpsertAutoIDTrue}. */
        UpsertAutoIDTrue(51),
        /** Server code 52, passed through: The query nodes lack memory to load the data. See {@link ErrorCode#InsufficientMemoryToLoad}. */
        InsufficientMemoryToLoad(52),
        /** Server code 53, passed through: Writes are refused: the memory quota is used up. See {@link ErrorCode#MemoryQuotaExhausted}. */
        MemoryQuotaExhausted(53),
        /** Server code 54, passed through: Writes are refused: the disk quota is used up. See {@link ErrorCode#DiskQuotaExhausted}. */
        DiskQuotaExhausted(54),
        /** Server code 55, passed through: Writes are refused: time ticks lag too far behind. See {@link ErrorCode#TimeTickLongDelay}. */
        TimeTickLongDelay(55),
        /** Server code 56, passed through: The server is not ready to serve yet. See {@link ErrorCode#NotReadyServe}. */
        NotReadyServe(56),
        /** Server code 57, passed through: A standby coordinator is still activating. See {@link ErrorCode#NotReadyCoordActivating}. */
        NotReadyCoordActivating(57),
        /** Server code 100, passed through: The data coordinator is not available. See {@link ErrorCode#DataCoordNA}. */
        DataCoordNA(100),
        /** Server code 1000, passed through: A concurrent data-definition request conflicted with this one; retry. See {@link ErrorCode#DDRequestRace}. */
        DDRequestRace(1000),

        /** Client side: a transport failure of no more specific kind. */
        RpcError(-1),
        /** Client side: the client is closed, or no transport is available. */
        ClientNotConnected(-2),
        /** Client side: an unexpected client-side error. */
        Unknown(-3),
        /** Client side: the server does not speak the expected protocol version. */
        VersionMismatch(-4),
        /** Client side: a parameter was rejected before sending. */
        ParamError(-5),
        /** Client side: an answer arrived but could not be decoded. */
        IllegalResponse(-6),
        /** Client side: the server could not be reached. */
        Unavailable(-7),
        /** Client side: the call's deadline passed before an answer. */
        DeadlineExceeded(-8),
        /** Client side: the credentials were missing or rejected. */
        Unauthenticated(-9),
        /** Client side: the call was cancelled or the thread interrupted. */
        Cancelled(-10),
        /** Client side: the transport refused the call for lack of privilege. */
        TransportPermissionDenied(-11),
        /** Client side: the server does not know the RPC. */
        Unimplemented(-12),
        /** Client side: a transport size or rate limit was hit. */
        ResourceExhausted(-13),
        /** Client side: a synchronous load did not finish within its waiting timeout. */
        LoadTimeout(-14),
        /** Client side: a synchronous flush or index build did not finish within its waiting timeout. */
        WaitTimeout(-15);

        private final int code;

        Status(int code) {
            this.code = code;
        }

        /** @return the status number */
        public int getCode() {
            return code;
        }

        /**
         * @param code a status number
         * @return the constant with that number, or {@code null} when none has it
         */
        public static Status forCode(int code) {
            for (Status s : values()) {
                if (s.code == code) {
                    return s;
                }
            }
            return null;
        }
    }
}
