// A secret a command needs (a private key, the dialback passphrase) cannot be opened because the
// store's key file is missing or wrong (src/store/secretBox.ts): the error the cmdlets report.

import type { ErrorSpec } from '../../../engine/cmdlet.js';
import { StoreKeyError } from '../../../store/secretBox.js';

export { StoreKeyError };

/**
 * [I] Id and category: the secret exists but cannot be used here, as when Windows finds a
 * certificate whose key container is gone. `prefix` is the cmdlet family's failure prefix.
 */
export function storeKeyErrorSpec(e: StoreKeyError, prefix = ''): ErrorSpec {
  return {
    message: prefix + e.message,
    errorId: 'StoreKeyUnavailable',
    category: 'SecurityError',
    exceptionType: 'System.Security.Cryptography.CryptographicException',
  };
}
