/**
 * Parameters and results: {@link io.partita.param.ConnectParam}, {@link io.partita.param.R} with
 * its status codes, {@link io.partita.param.RetryParam}, and the shared validation of
 * {@link io.partita.param.ParamUtils}. Sub-packages hold one immutable Param per operation, with
 * the class names, {@code newBuilder()} and {@code withX}/{@code addX} methods of milvus-sdk-java 2.1.
 */
package io.partita.param;
