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
     * name, numbered and described by {@link ErrorCode} (the single list of the protocol's codes;
     * {@code RTest} fails when the two lists differ), then the client-side codes (negative).
     */
    public enum Status {
        /** Server code {@link ErrorCode#Success}, passed through. */
        Success(ErrorCode.Success),
        /** Server code {@link ErrorCode#UnexpectedError}, passed through. */
        UnexpectedError(ErrorCode.UnexpectedError),
        /** Server code {@link ErrorCode#ConnectFailed}, passed through. */
        ConnectFailed(ErrorCode.ConnectFailed),
        /** Server code {@link ErrorCode#PermissionDenied}, passed through. */
        PermissionDenied(ErrorCode.PermissionDenied),
        /** Server code {@link ErrorCode#CollectionNotExists}, passed through. */
        CollectionNotExists(ErrorCode.CollectionNotExists),
        /** Server code {@link ErrorCode#IllegalArgument}, passed through. */
        IllegalArgument(ErrorCode.IllegalArgument),
        /** Server code {@link ErrorCode#IllegalDimension}, passed through. */
        IllegalDimension(ErrorCode.IllegalDimension),
        /** Server code {@link ErrorCode#IllegalIndexType}, passed through. */
        IllegalIndexType(ErrorCode.IllegalIndexType),
        /** Server code {@link ErrorCode#IllegalCollectionName}, passed through. */
        IllegalCollectionName(ErrorCode.IllegalCollectionName),
        /** Server code {@link ErrorCode#IllegalTOPK}, passed through. */
        IllegalTOPK(ErrorCode.IllegalTOPK),
        /** Server code {@link ErrorCode#IllegalRowRecord}, passed through. */
        IllegalRowRecord(ErrorCode.IllegalRowRecord),
        /** Server code {@link ErrorCode#IllegalVectorID}, passed through. */
        IllegalVectorID(ErrorCode.IllegalVectorID),
        /** Server code {@link ErrorCode#IllegalSearchResult}, passed through. */
        IllegalSearchResult(ErrorCode.IllegalSearchResult),
        /** Server code {@link ErrorCode#FileNotFound}, passed through. */
        FileNotFound(ErrorCode.FileNotFound),
        /** Server code {@link ErrorCode#MetaFailed}, passed through. */
        MetaFailed(ErrorCode.MetaFailed),
        /** Server code {@link ErrorCode#CacheFailed}, passed through. */
        CacheFailed(ErrorCode.CacheFailed),
        /** Server code {@link ErrorCode#CannotCreateFolder}, passed through. */
        CannotCreateFolder(ErrorCode.CannotCreateFolder),
        /** Server code {@link ErrorCode#CannotCreateFile}, passed through. */
        CannotCreateFile(ErrorCode.CannotCreateFile),
        /** Server code {@link ErrorCode#CannotDeleteFolder}, passed through. */
        CannotDeleteFolder(ErrorCode.CannotDeleteFolder),
        /** Server code {@link ErrorCode#CannotDeleteFile}, passed through. */
        CannotDeleteFile(ErrorCode.CannotDeleteFile),
        /** Server code {@link ErrorCode#BuildIndexError}, passed through. */
        BuildIndexError(ErrorCode.BuildIndexError),
        /** Server code {@link ErrorCode#IllegalNLIST}, passed through. */
        IllegalNLIST(ErrorCode.IllegalNLIST),
        /** Server code {@link ErrorCode#IllegalMetricType}, passed through. */
        IllegalMetricType(ErrorCode.IllegalMetricType),
        /** Server code {@link ErrorCode#OutOfMemory}, passed through. */
        OutOfMemory(ErrorCode.OutOfMemory),
        /** Server code {@link ErrorCode#IndexNotExist}, passed through. */
        IndexNotExist(ErrorCode.IndexNotExist),
        /** Server code {@link ErrorCode#EmptyCollection}, passed through. */
        EmptyCollection(ErrorCode.EmptyCollection),
        /** Server code {@link ErrorCode#UpdateImportTaskFailure}, passed through. */
        UpdateImportTaskFailure(ErrorCode.UpdateImportTaskFailure),
        /** Server code {@link ErrorCode#CollectionNameNotFound}, passed through. */
        CollectionNameNotFound(ErrorCode.CollectionNameNotFound),
        /** Server code {@link ErrorCode#CreateCredentialFailure}, passed through. */
        CreateCredentialFailure(ErrorCode.CreateCredentialFailure),
        /** Server code {@link ErrorCode#UpdateCredentialFailure}, passed through. */
        UpdateCredentialFailure(ErrorCode.UpdateCredentialFailure),
        /** Server code {@link ErrorCode#DeleteCredentialFailure}, passed through. */
        DeleteCredentialFailure(ErrorCode.DeleteCredentialFailure),
        /** Server code {@link ErrorCode#GetCredentialFailure}, passed through. */
        GetCredentialFailure(ErrorCode.GetCredentialFailure),
        /** Server code {@link ErrorCode#ListCredUsersFailure}, passed through. */
        ListCredUsersFailure(ErrorCode.ListCredUsersFailure),
        /** Server code {@link ErrorCode#GetUserFailure}, passed through. */
        GetUserFailure(ErrorCode.GetUserFailure),
        /** Server code {@link ErrorCode#CreateRoleFailure}, passed through. */
        CreateRoleFailure(ErrorCode.CreateRoleFailure),
        /** Server code {@link ErrorCode#DropRoleFailure}, passed through. */
        DropRoleFailure(ErrorCode.DropRoleFailure),
        /** Server code {@link ErrorCode#OperateUserRoleFailure}, passed through. */
        OperateUserRoleFailure(ErrorCode.OperateUserRoleFailure),
        /** Server code {@link ErrorCode#SelectRoleFailure}, passed through. */
        SelectRoleFailure(ErrorCode.SelectRoleFailure),
        /** Server code {@link ErrorCode#SelectUserFailure}, passed through. */
        SelectUserFailure(ErrorCode.SelectUserFailure),
        /** Server code {@link ErrorCode#SelectResourceFailure}, passed through. */
        SelectResourceFailure(ErrorCode.SelectResourceFailure),
        /** Server code {@link ErrorCode#OperatePrivilegeFailure}, passed through. */
        OperatePrivilegeFailure(ErrorCode.OperatePrivilegeFailure),
        /** Server code {@link ErrorCode#SelectGrantFailure}, passed through. */
        SelectGrantFailure(ErrorCode.SelectGrantFailure),
        /** Server code {@link ErrorCode#RefreshPolicyInfoCacheFailure}, passed through. */
        RefreshPolicyInfoCacheFailure(ErrorCode.RefreshPolicyInfoCacheFailure),
        /** Server code {@link ErrorCode#ListPolicyFailure}, passed through. */
        ListPolicyFailure(ErrorCode.ListPolicyFailure),
        /** Server code {@link ErrorCode#NotShardLeader}, passed through. */
        NotShardLeader(ErrorCode.NotShardLeader),
        /** Server code {@link ErrorCode#NoReplicaAvailable}, passed through. */
        NoReplicaAvailable(ErrorCode.NoReplicaAvailable),
        /** Server code {@link ErrorCode#SegmentNotFound}, passed through. */
        SegmentNotFound(ErrorCode.SegmentNotFound),
        /** Server code {@link ErrorCode#ForceDeny}, passed through. */
        ForceDeny(ErrorCode.ForceDeny),
        /** Server code {@link ErrorCode#RateLimit}, passed through. */
        RateLimit(ErrorCode.RateLimit),
        /** Server code {@link ErrorCode#NodeIDNotMatch}, passed through. */
        NodeIDNotMatch(ErrorCode.NodeIDNotMatch),
        /** Server code {@link ErrorCode#UpsertAutoIDTrue}, passed through. */
        UpsertAutoIDTrue(ErrorCode.UpsertAutoIDTrue),
        /** Server code {@link ErrorCode#InsufficientMemoryToLoad}, passed through. */
        InsufficientMemoryToLoad(ErrorCode.InsufficientMemoryToLoad),
        /** Server code {@link ErrorCode#MemoryQuotaExhausted}, passed through. */
        MemoryQuotaExhausted(ErrorCode.MemoryQuotaExhausted),
        /** Server code {@link ErrorCode#DiskQuotaExhausted}, passed through. */
        DiskQuotaExhausted(ErrorCode.DiskQuotaExhausted),
        /** Server code {@link ErrorCode#TimeTickLongDelay}, passed through. */
        TimeTickLongDelay(ErrorCode.TimeTickLongDelay),
        /** Server code {@link ErrorCode#NotReadyServe}, passed through. */
        NotReadyServe(ErrorCode.NotReadyServe),
        /** Server code {@link ErrorCode#NotReadyCoordActivating}, passed through. */
        NotReadyCoordActivating(ErrorCode.NotReadyCoordActivating),
        /** Server code {@link ErrorCode#DataCoordNA}, passed through. */
        DataCoordNA(ErrorCode.DataCoordNA),
        /** Server code {@link ErrorCode#DDRequestRace}, passed through. */
        DDRequestRace(ErrorCode.DDRequestRace),

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

        /** A server code: its number comes from {@link ErrorCode}, the one list of the protocol's codes. */
        Status(ErrorCode serverCode) {
            this.code = serverCode.getNumber();
        }

        /** A client-side code (negative). */
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
