// The Format/Output layer: objects in, console lines out. Handlers never format; the host never sees objects.

export { formatDefault, expandForOutput, OutDefaultStream, CONSOLE_MARGIN } from './outDefault.js';
export { toDisplayString, formatPropertyValue, formatDate, formatLongDate, formatNumber, registerDisplay, FORMAT_ENUMERATION_LIMIT } from '../engine/runtime/displayText.js';
export { registerView, findView, defaultView, type View, type ViewField, type TableView, type ListView, type WideView, type CustomView } from './views.js';
export { getPropertyValue, propertyNames, hasProperty, typeNameOf, isScalar } from '../engine/runtime/members.js';
export { renderListEntry, type ListItem } from './list.js';
export { renderTable, type TableColumn, type TableOptions } from './table.js';
export { FormatStartData, FormatEntryData, FormatEndData, FormatRecord } from './formatData.js';
