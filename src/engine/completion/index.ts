// The engine's completion service: hosts call completeInput with the session's argument completers.
export { completeInput } from './complete.js';
export { ArgumentCompleterTable, type ArgumentCompleterDeclaration } from './argumentCompleters.js';
export { identityCandidate, quoteIfNeeded } from './candidates.js';
export type {
  ArgumentCompleter,
  ArgumentCompleterLookup,
  ArgumentCompletionRequest,
  CompletionCandidate,
  CompletionKind,
  CompletionResult,
  CompletionSession,
} from './types.js';
