/**
 * Parameters of the credential operations (create, update, delete, list users). Immutable and
 * validated in build(); passwords are never logged nor printed by toString().
 */
package io.partita.param.credential;
