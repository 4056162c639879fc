// The ink view of the shell: finished output is written straight to the terminal above the live area
// (never kept or re-rendered by React); the live lines (progress, prompt with the highlighted input and
// cursor, menus) are the only thing ink renders. All state lives in ReplController.

import React, { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import { Box, Text, useCursor, useStdin, useStdout } from 'ink';
import type { ReplController } from './controller.js';
import type { Printer, Segment } from './output.js';
import { ansiLines } from './ansi.js';

function Line({ segments }: { segments: Segment[] }): React.JSX.Element {
  // An empty Text collapses to no row; a blank line must keep its row.
  if (!segments.some((s) => s.text.length > 0)) return <Text> </Text>;
  return (
    <Text>
      {segments.map((s, i) => (
        <Text key={i} color={s.color} backgroundColor={s.backgroundColor} inverse={s.inverse} underline={s.underline}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

/**
 * Hands the controller its printer: ink's stdout writer, which clears the live area, writes the lines
 * and draws the live area again below them. `printer` replaces it (tests record the lines instead).
 */
function usePrinter(controller: ReplController, printer: Printer | undefined): void {
  const { write } = useStdout();
  useLayoutEffect(() => {
    controller.output.attach(printer ?? ((lines) => write(ansiLines(lines))));
    controller.attachTerminal(printer ? undefined : write);
  }, [controller, printer, write]);
}

/** Subscribes to raw input chunks (ink splits escape sequences; the controller decodes keys itself). */
function useRawInput(controller: ReplController): void {
  const { internal_eventEmitter, setRawMode, isRawModeSupported } = useStdin();
  useEffect(() => {
    if (isRawModeSupported) setRawMode(true);
    const onInput = (chunk: string): void => controller.feed(chunk);
    internal_eventEmitter.on('input', onInput);
    return () => {
      internal_eventEmitter.removeListener('input', onInput);
      if (isRawModeSupported) setRawMode(false);
    };
  }, [controller, internal_eventEmitter, setRawMode, isRawModeSupported]);
}

export function ReplApp({ controller, printer }: { controller: ReplController; printer?: Printer }): React.JSX.Element {
  const view = useSyncExternalStore(controller.subscribe, controller.getView);
  useRawInput(controller);
  usePrinter(controller, printer);
  // The real terminal cursor sits at the caret (undefined hides it while a command runs).
  const { setCursorPosition } = useCursor();
  setCursorPosition(view.cursor);
  return (
    <Box flexDirection="column">
      {view.liveLines.map((segments, i) => (
        <Line key={i} segments={segments} />
      ))}
    </Box>
  );
}
