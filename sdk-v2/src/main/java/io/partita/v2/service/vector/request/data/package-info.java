/** Query vectors of a {@link io.partita.v2.service.vector.request.SearchReq}: float and binary. */
package io.partita.v2.service.vector.request.data;
