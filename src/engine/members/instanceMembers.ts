// Members added to one array, list, hashtable or boxed number (Add-Member on an object that is not a PSObject).
// PowerShell keeps such instance members beside the object itself, so every variable that holds the
// object sees them; a weak map does the same here without touching the object.

import { PSObject } from '../runtime/values.js';

const bags = new WeakMap<object, PSObject>();

/** The bag of members added to `target`, created on first use. */
export function instanceMembersFor(target: object): PSObject {
  let bag = bags.get(target);
  if (!bag) {
    bag = new PSObject([]);
    bags.set(target, bag);
  }
  return bag;
}

/** The bag of members added to `target`, or undefined when none were. */
export function instanceMemberBag(target: object): PSObject | undefined {
  return bags.get(target);
}

/** The member `name` added to `target`, or undefined when none was. */
export function instanceMember(target: object, name: string): { value: unknown } | undefined {
  const bag = bags.get(target);
  if (!bag?.has(name)) return undefined;
  const p = bag.getProperty(name)!;
  return { value: p.asyncGetter ? p.asyncGetter() : p.getter ? p.getter() : p.value };
}
