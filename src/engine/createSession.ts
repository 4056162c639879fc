// Starting a session: the one way the interactive shell, the batch runner, labs, the Control Panel
// and tests get an engine. Each call builds the session's own state (createSessionState).

import { Engine, type EngineOptions } from './engine.js';
import { createSessionState, type SessionStateOptions } from './session/sessionState.js';

export type SessionOptions = Omit<EngineOptions, 'state'> & SessionStateOptions;

export function createSession(options: SessionOptions): Engine {
  const { builtins, cmdlets, help, history, ...engine } = options;
  return new Engine({ ...engine, state: createSessionState({ builtins, cmdlets, help, history }) });
}
