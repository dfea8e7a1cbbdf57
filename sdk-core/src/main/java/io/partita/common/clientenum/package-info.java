/** Client-side enumerations with the official names, such as {@code ConsistencyLevelEnum}. */
package io.partita.common.clientenum;
