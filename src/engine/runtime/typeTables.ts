// Which member table belongs to a value's type: the one dispatch the evaluator's member access
// (members/access.ts), the property readers (members.ts) and Get-Member / completion (memberModel.ts)
// share. PSObjects carry their own members and are read apart.

import { ErrorRecord } from '../errors.js';
import { ARRAY_MEMBERS, HASHTABLE_MEMBERS, LIST_MEMBERS } from '../members/collections.js';
import { DATE_MEMBERS, TIMESPAN_MEMBERS } from '../members/date.js';
import { CREDENTIAL_MEMBERS, ERROR_RECORD_MEMBERS, GUID_MEMBERS, REF_MEMBERS, SECURE_STRING_MEMBERS, SWITCH_MEMBERS, TYPE_MEMBERS, VERSION_MEMBERS } from '../members/objects.js';
import { CAPTURE_MEMBERS, GROUP_MEMBERS, MATCH_MEMBERS, REGEX_MEMBERS } from '../members/regex.js';
import { RegexCapture, RegexGroup, RegexMatch } from '../members/regexMatch.js';
import { SCRIPT_BLOCK_MEMBERS } from '../members/scriptBlock.js';
import { STRING_MEMBERS } from '../members/string.js';
import { CHAR_MEMBERS } from '../members/char.js';
import { isChar } from './charValue.js';
import { ENCODING_MEMBERS, STREAM_READER_MEMBERS, STREAM_WRITER_MEMBERS } from '../members/streams.js';
import { StreamReaderValue, StreamWriterValue } from '../files/textStreams.js';
import { TextEncoding } from './textEncodings.js';
import { TYPE_NAME_COLLECTION_MEMBERS, TypeNameCollection } from '../members/typeNameCollection.js';
import { GuidValue, RefValue, TypeValue, VersionValue } from './valueTypes.js';
import { PSArrayList, PSCredential, PSHashtable, ScriptBlockValue, SecureString, SwitchParameter, TimeSpan } from './values.js';
import type { MemberTable } from './memberTable.js';
import { isNumeric } from './numbers.js';
import { NUMBER_MEMBERS } from './objectMembers.js';

type Entry = [(v: unknown) => boolean, MemberTable<unknown>];

/** A table for the values `is` recognises: the guard is what makes reading it as MemberTable<unknown> safe. */
function entry<T>(is: (v: unknown) => v is T, table: MemberTable<T>): Entry {
  return [is, table as unknown as MemberTable<unknown>];
}

const instanceOf =
  <T>(type: abstract new (...args: never[]) => T) =>
  (v: unknown): v is T =>
    v instanceof type;

// Built at first use, after every table's module has loaded.
let tables: Entry[] | undefined;

const allTables = (): Entry[] => [
  ...registeredFirst,
  entry((v): v is string => typeof v === 'string', STRING_MEMBERS),
  // Before the lists it is one of: a type names' list has Collection[string]'s members.
  entry(instanceOf(TypeNameCollection), TYPE_NAME_COLLECTION_MEMBERS),
  entry(isChar, CHAR_MEMBERS),
  entry(instanceOf(PSArrayList), LIST_MEMBERS),
  entry((v): v is unknown[] => Array.isArray(v), ARRAY_MEMBERS),
  entry(instanceOf(PSHashtable), HASHTABLE_MEMBERS),
  entry((v): v is unknown => isNumeric(v) || typeof v === 'boolean', NUMBER_MEMBERS),
  entry(instanceOf(Date), DATE_MEMBERS),
  entry(instanceOf(TimeSpan), TIMESPAN_MEMBERS),
  entry(instanceOf(ErrorRecord), ERROR_RECORD_MEMBERS),
  entry(instanceOf(PSCredential), CREDENTIAL_MEMBERS),
  entry(instanceOf(SecureString), SECURE_STRING_MEMBERS),
  entry(instanceOf(VersionValue), VERSION_MEMBERS),
  entry(instanceOf(GuidValue), GUID_MEMBERS),
  entry(instanceOf(SwitchParameter), SWITCH_MEMBERS),
  entry(instanceOf(TypeValue), TYPE_MEMBERS),
  entry(instanceOf(ScriptBlockValue), SCRIPT_BLOCK_MEMBERS),
  entry(instanceOf(RegExp), REGEX_MEMBERS),
  // Most derived first: a match is a group, a group is a capture.
  entry(instanceOf(RegexMatch), MATCH_MEMBERS),
  entry(instanceOf(RegexGroup), GROUP_MEMBERS),
  entry(instanceOf(RegexCapture), CAPTURE_MEMBERS),
  entry(instanceOf(RefValue), REF_MEMBERS),
  entry(instanceOf(StreamWriterValue), STREAM_WRITER_MEMBERS),
  entry(instanceOf(StreamReaderValue), STREAM_READER_MEMBERS),
  entry(instanceOf(TextEncoding), ENCODING_MEMBERS),
  ...registered,
];

/** Tables whose members read the member model back (the PSObject view): their modules add them here. */
const registered: Entry[] = [];
/** Such tables of values that are also lists (a member collection): read before the lists' own. */
const registeredFirst: Entry[] = [];

/**
 * Adds the table of the values `is` recognises; such a value is made only by the module that adds it.
 * `beforeLists` puts it ahead of every other table, for a value that is a kind of list.
 */
export function registerMemberTable<T>(is: (v: unknown) => v is T, table: MemberTable<T>, beforeLists = false): void {
  (beforeLists ? registeredFirst : registered).push(entry(is, table));
  tables = undefined;
}

/** The member table of a value's type, or undefined (PSObjects and types without one). */
export function memberTableOf(value: unknown): MemberTable<unknown> | undefined {
  tables ??= allTables();
  return tables.find(([is]) => is(value))?.[1];
}
