/**
 * Parameters of the alias operations (create, alter, drop), with the official names. Immutable and
 * validated in build(): names are trimmed, not empty, and a bad one is named in the ParamException.
 */
package io.partita.param.alias;
