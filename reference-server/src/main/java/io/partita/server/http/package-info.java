/**
 * The reference server's Milvus 2.1 HTTP API and Milvus's RESTful v2: {@code /api/v1/*} and {@code /v2/vectordb/*} on {@code --http-port} (default
 * 9091 for the standalone jar; off when embedding unless {@code ReferenceServer.Builder.httpPort}
 * is set), plus {@code /healthz} (plain text {@code OK}, {@code text/plain; charset=utf-8}, as
 * Milvus answers it) and {@code /metrics} (Prometheus text).
 *
 * <h2>Translation, not rules</h2>
 * Each route's JSON body is parsed into the RPC's protobuf request message (proto field names,
 * unknown fields ignored, enums as numbers) and handed to the same gRPC service implementation
 * object the gRPC port serves, in-process; its answer is printed back as Milvus's Go server
 * printed it ({@link io.partita.server.http.GoJson}). So every rule lives once, behind the service.
 *
 * <h2>Answers</h2>
 * <ul>
 *   <li>Every answered call: HTTP 200 with the response message; a success {@code Status} is
 *       {@code {}}; a failure {@code {"error_code":1,"reason":"…"}}, plus {@code code} (and
 *       {@code retriable}) when the server fills them, as it does for the 2.3+ codes.</li>
 *   <li>A body that cannot be parsed: HTTP 400 {@code {"error_code":5,"reason":"bad request: parse body failed: …"}}.
 *       An empty body counts as {@code {}}, as in Milvus.</li>
 *   <li>Unknown path 404, known path with another method 405, an RPC the service does not
 *       implement 501, a body over the limit 413, headers over the limit 431, missing or wrong
 *       Basic credentials (auth on) 401 with {@code WWW-Authenticate}; all with the JSON error shape.</li>
 *   <li>Answers are printed as Go's {@code encoding/json} printed Milvus's protobuf structs (see
 *       interop/observed/http-2.1.0.md): proto field names, 64-bit integers as JSON numbers at
 *       full precision ({@code "inMemory_percentages":[100]}; clients that read numbers as
 *       doubles lose IDs above 2^53, as with Milvus), enums as numbers, zero values omitted,
 *       oneofs wrapped in Go case ({@code "ids":{"IdField":{"IntId":{"data":[1,2]}}}},
 *       {@code "Field":{"Scalars":{"Data":{"LongData":{"data":[...]}}}}}). Requests still take
 *       protobuf JSON: 64-bit integers as numbers or strings, oneof members by field name.</li>
 * </ul>
 *
 * <h2>Request shapes (Milvus 2.1's HTTP wrappers)</h2>
 * <ul>
 *   <li>{@code POST /collection}: {@code schema} is a JSON {@code CollectionSchema} object.</li>
 *   <li>{@code POST /entities}: {@code fields_data} elements are {@code {"field_name","type","field":[...]}}.</li>
 *   <li>{@code POST /search}: query vectors as {@code "vectors": [[0.1, 0.2, ...], ...]} (float) or
 *       {@code "binary_vectors": ["base64", ...]}, the shape of Milvus 2.1's HTTP handler and its
 *       docs' curl examples; {@code placeholder_group} as base64 protobuf bytes is accepted too.
 *       {@code nq} defaults to the number of vectors.</li>
 *   <li>{@code GET /distance}: {@code op_left}/{@code op_right} as {@code {"dim","vectors"}},
 *       {@code {"dim","binary_vectors"}} or {@code {"ids":{...}}}.</li>
 * </ul>
 * See {@link io.partita.server.http.RequestShapes}.
 *
 * <h2>RESTful v2</h2>
 * {@code POST /v2/vectordb/<category>/<action>} (Milvus 2.4+'s RESTful v2: collections,
 * partitions, entities, indexes, aliases, databases, users, roles, resource groups) is translated by
 * {@link io.partita.server.http.VectordbApi} onto the same RPC declarations: camelCase bodies in,
 * {@code {"code":0,"data":…}} or {@code {"code":N,"message":"…"}} out with HTTP 200 (1801 for a body
 * that is not a JSON object, 1802 for a missing required key, 1804 for rows that do not fit the
 * schema; 401 with code 1800 without credentials when auth is on; 10, Milvus's
 * ErrServiceUnimplemented, where the service does not serve the RPC, and for import jobs). Rows become columns of the
 * collection's schema and back ({@link io.partita.server.http.V2Rows}).
 *
 * <h2>Extensions</h2>
 * {@code GET /collection/loading-progress} (GetLoadingProgress) and {@code GET /collection/load-state}
 * (GetLoadState), absent from Milvus 2.1; and {@code POST} with {@code X-HTTP-Method-Override: GET}
 * reaches a GET route, for clients that cannot send a body with GET.
 */
package io.partita.server.http;
