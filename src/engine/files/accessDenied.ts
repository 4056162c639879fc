// "Access to the path '…' is denied." as each file cmdlet of Windows PowerShell 5.1 reports it: the
// same .NET message, with the error id, category and target the provider or cmdlet gives it. A path
// that leads out of the sandbox is refused with these, wherever in a cmdlet it is met.

import type { ErrorSpec } from '../cmdlet.js';
import type { ErrorCategory } from '../errors.js';

interface DeniedShape {
  errorId: string;
  category: ErrorCategory;
  /** false: CategoryInfo shows `(:)`, the cmdlet reports no target. */
  target?: boolean;
  /** Wording around the .NET message, `{0}` = the path, `{1}` = the message. */
  message?: string;
  exceptionType?: string;
}

// Ids from the FileSystem provider and the cmdlets (PowerShell source and real 5.1 error records).
const CONTENT_READER: DeniedShape = { errorId: 'GetContentReaderUnauthorizedAccessError', category: 'PermissionDenied' };
const CONTENT_WRITER: DeniedShape = { errorId: 'GetContentWriterUnauthorizedAccessError', category: 'PermissionDenied' };
const FILE_OPEN: DeniedShape = { errorId: 'FileOpenFailure', category: 'OpenError', target: false };
const ITEM_EXISTS: DeniedShape = { errorId: 'ItemExistsUnauthorizedAccessError', category: 'PermissionDenied' };

const BY_COMMAND: Record<string, DeniedShape> = {
  'get-content': CONTENT_READER,
  more: CONTENT_READER,
  'set-content': CONTENT_WRITER,
  'add-content': CONTENT_WRITER,
  'clear-content': { errorId: 'ClearContentUnauthorizedAccessError', category: 'PermissionDenied' },
  'out-file': FILE_OPEN,
  // [I] Tee-Object writes through the same stream opening as Out-File.
  'tee-object': FILE_OPEN,
  'export-csv': FILE_OPEN,
  'import-csv': FILE_OPEN,
  'export-clixml': FILE_OPEN,
  'import-clixml': FILE_OPEN,
  'new-item': { errorId: 'NewItemUnauthorizedAccessError', category: 'PermissionDenied' },
  mkdir: { errorId: 'CreateDirectoryUnauthorizedAccessError', category: 'PermissionDenied' },
  'remove-item': { errorId: 'RemoveFileSystemItemUnAuthorizedAccess', category: 'PermissionDenied' },
  'rename-item': { errorId: 'RenameItemUnauthorizedAccessError', category: 'PermissionDenied' },
  'move-item': { errorId: 'MoveFileInfoItemUnauthorizedAccessError', category: 'PermissionDenied' },
  'copy-item': { errorId: 'CopyFileInfoItemUnauthorizedAccessError', category: 'PermissionDenied' },
  'get-childitem': ITEM_EXISTS,
  'get-item': ITEM_EXISTS,
  'test-path': ITEM_EXISTS,
  'resolve-path': ITEM_EXISTS,
  'join-path': ITEM_EXISTS,
  'set-location': ITEM_EXISTS,
  'push-location': ITEM_EXISTS,
  'select-string': {
    errorId: 'ProcessingFile',
    category: 'InvalidArgument',
    target: false,
    message: 'The file {0} cannot be read: {1}',
    exceptionType: 'System.ArgumentException',
  },
  'start-transcript': {
    errorId: 'CannotStartTranscription',
    category: 'InvalidOperation',
    target: false,
    message: 'Transcription cannot be started due to the error: {1}',
    exceptionType: 'System.Management.Automation.PSInvalidOperationException',
  },
};

/** [I] Any other cmdlet (the Skype for Business ones among them) reports the bare .NET exception. */
const OTHER: DeniedShape = { errorId: 'UnauthorizedAccessException', category: 'PermissionDenied' };

/** The error a cmdlet reports for a path it may not touch; `psPath` is the path as PowerShell shows it. */
export function accessDeniedSpec(commandName: string, psPath: string): ErrorSpec {
  const shape = BY_COMMAND[commandName.toLowerCase()] ?? OTHER;
  const denied = `Access to the path '${psPath}' is denied.`;
  return {
    message: shape.message ? shape.message.replace('{0}', psPath).replace('{1}', denied) : denied,
    errorId: shape.errorId,
    category: shape.category,
    targetObject: shape.target === false ? undefined : psPath,
    exceptionType: shape.exceptionType ?? 'System.UnauthorizedAccessException',
  };
}

/** Cmdlets whose 5.1 provider follows the refusal with "Cannot find path … because it does not exist." */
export function deniedThenNotFound(commandName: string): boolean {
  return ['get-childitem', 'set-location', 'push-location'].includes(commandName.toLowerCase());
}
