/**
 * Keys of the metadata qts writes into Arrow schemas and fields, so a round trip restores the
 * q types, attributes and table shape. Readers without these keys get the structural mapping.
 */

/** Field: q type char, upper case for a list of vectors of that type, `0` for a mixed list. */
export const KDB_TYPE = 'kdb.type';
/** Field: q attribute (`s`, `u`, `p`, `g`) of the column. */
export const KDB_ATTR = 'kdb.attr';
/** Field: enumeration domain name of an enumerated column. */
export const KDB_ENUM = 'kdb.enum';
/** Schema: `table`, `keyed` or `dict`. */
export const KDB_SHAPE = 'kdb.shape';
/** Schema: JSON array of the key column names of a keyed table. */
export const KDB_KEYS = 'kdb.keys';
/** Schema: `1` when a dictionary was sorted (type 127). */
export const KDB_SORTED = 'kdb.sorted';
/** Field: Arrow's canonical extension name key. */
export const EXTENSION_NAME = 'ARROW:extension:name';
/** Field: Arrow's extension metadata key. */
export const EXTENSION_METADATA = 'ARROW:extension:metadata';
/** The canonical UUID extension. */
export const UUID_EXTENSION = 'arrow.uuid';
