package io.partita.cli;

/**
 * The exit codes of {@code partita}, stable for scripts:
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>Code</th><th>Meaning</th></tr>
 *   <tr><td>0</td><td>success</td></tr>
 *   <tr><td>1</td><td>the server answered with an error (its codes are printed)</td></tr>
 *   <tr><td>2</td><td>usage: unknown command or option, or a value the SDK rejects before sending</td></tr>
 *   <tr><td>3</td><td>connection or transport failure: no usable answer from the server</td></tr>
 *   <tr><td>4</td><td>a wait timed out (load or flush still running on the server)</td></tr>
 *   <tr><td>5</td><td>local input error: a file that cannot be read or parsed</td></tr>
 * </table>
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The server answered with an error. */
    public static final int SERVER_ERROR = 1;
    /** Bad command line, or a parameter rejected before sending. */
    public static final int USAGE = 2;
    /** No usable answer: connection refused, deadline exceeded, unauthenticated, ... */
    public static final int TRANSPORT = 3;
    /** A wait for a load or flush timed out. */
    public static final int TIMEOUT = 4;
    /** A local file could not be read or parsed. */
    public static final int INPUT = 5;

    private ExitCodes() {}
}
