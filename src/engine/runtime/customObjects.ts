// A custom object's properties from a dictionary, set as 5.1 sets them for `[pscustomobject]$hashtable`
// and `New-Object PSObject -Property`: each key becomes a note property, in the dictionary's order,
// except a PSTypeName key whose value is a string: that name is inserted first in the object's type
// names instead (a PSTypeName of another type stays a property).

import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { conversionError, toStr } from './convert.js';
import { CUSTOM_OBJECT_TYPE, EMPTY_TYPE_NAME_MESSAGE } from './typeNameChain.js';
import { PSHashtable, PSObject } from './values.js';

/** Sets the entries on a custom object; an empty PSTypeName is refused as the type names' list refuses it. */
export function setCustomObjectProperties(o: PSObject, entries: Iterable<[unknown, unknown]>): PSObject {
  for (const [key, value] of entries) {
    const name = toStr(key);
    if (!o.has(name) && typeof key === 'string' && typeof value === 'string' && name.toLowerCase() === 'pstypename') {
      if (value === '') throw emptyTypeName();
      o.editableTypeNames().unshift(value);
    } else o.add(name, value);
  }
  return o;
}

function emptyTypeName(): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: EMPTY_TYPE_NAME_MESSAGE,
      category: 'InvalidArgument',
      errorId: 'Argument',
      exceptionType: 'System.Management.Automation.PSArgumentException',
      targetName: '',
      targetType: '',
    }),
  );
}

/**
 * `[pscustomobject]$h`: a new custom object with the hashtable's entries. A refused entry fails the
 * conversion ([I] the message names PSCustomObject where 5.1 names its internal conversion type).
 */
export function customObjectFromHashtable(h: PSHashtable): PSObject {
  try {
    return setCustomObjectProperties(new PSObject(CUSTOM_OBJECT_TYPE), h.entries());
  } catch (e) {
    if (e instanceof PSRuntimeError) throw conversionError(h, CUSTOM_OBJECT_TYPE, e.record.message, 'InvalidCastConstructorException');
    throw e;
  }
}
