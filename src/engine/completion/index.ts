// The engine's completion service: hosts call completeInput with the session's argument completers.
export { completeInput } from './complete.js';
export {
  ArgumentCompleterTable,
  type ArgumentCompleter,
  type ArgumentCompleterDeclaration,
  type ArgumentCompleterLookup,
  type ArgumentCompletionRequest,
} from './argumentCompleters.js';
export { identityCandidate, quoteIfNeeded } from './candidates.js';
export type { CompletionCandidate, CompletionKind, CompletionResult, CompletionSession } from './types.js';
