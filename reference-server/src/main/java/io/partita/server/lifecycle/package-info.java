/**
 * The lifecycle profiles of SEMANTICS.md as one strategy object:
 * {@link io.partita.server.lifecycle.LifecycleProfile} with {@code Milvus21Profile} and
 * {@code Milvus23Profile}. A profile is consulted and answers with plans ({@code LoadPlan},
 * {@code ReleasePlan}) and errors worded as that Milvus release words them; it changes no state
 * itself ("consult, then act"). It imports only the model package.
 */
package io.partita.server.lifecycle;
