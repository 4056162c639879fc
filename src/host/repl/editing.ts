// Plain editing keys shared by the command prompt and host prompts (Read-Host, mandatory parameters).

import type { KeyName } from './keys.js';
import {
  backspace,
  deleteForward,
  deleteToEnd,
  deleteToStart,
  deleteWordBack,
  deleteWordForward,
  emptyBuffer,
  moveEnd,
  moveHome,
  moveLeft,
  moveRight,
  wordLeft,
  wordRight,
  type EditBuffer,
} from './lineEditor.js';

const EDIT_KEYS: Partial<Record<KeyName, (b: EditBuffer) => EditBuffer>> = {
  left: moveLeft,
  right: moveRight,
  home: moveHome,
  end: moveEnd,
  'ctrl-a': moveHome,
  'ctrl-e': moveEnd,
  'ctrl-left': wordLeft,
  'ctrl-right': wordRight,
  backspace,
  delete: deleteForward,
  'ctrl-backspace': deleteWordBack,
  'ctrl-w': deleteWordBack,
  'ctrl-delete': deleteWordForward,
  'ctrl-u': deleteToStart,
  'ctrl-k': deleteToEnd,
  escape: () => emptyBuffer,
};

/** Applies an editing key; undefined when the key is not an editing key. */
export function applyEditKey(b: EditBuffer, key: KeyName): EditBuffer | undefined {
  const f = EDIT_KEYS[key];
  return f ? f(b) : undefined;
}
