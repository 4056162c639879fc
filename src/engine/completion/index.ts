// The engine's completion service: hosts call completeInput; modules register argument completers.
export { completeInput } from './complete.js';
export { registerArgumentCompleter, type ArgumentCompleter, type ArgumentCompletionRequest } from './argumentCompleters.js';
export { identityCandidate, quoteIfNeeded } from './candidates.js';
export type { CompletionCandidate, CompletionKind, CompletionResult, CompletionSession } from './types.js';
