// The ink view of the shell: printed output through <Static> (never re-rendered), then the live lines
// (progress, prompt with the highlighted input and cursor, menus). All state lives in ReplController.

import React, { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import { Box, Static, Text, useCursor, useStdin } from 'ink';
import type { ReplController } from './controller.js';
import type { Segment } from './output.js';

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

function Printed({ controller, generation, lines }: { controller: ReplController; generation: number; lines: { id: number; segments: Segment[] }[] }): React.JSX.Element {
  useLayoutEffect(() => {
    controller.printed(generation, lines.length);
  }, [controller, generation, lines.length]);
  return <Static items={lines}>{(line) => <Line key={line.id} segments={line.segments} />}</Static>;
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

export function ReplApp({ controller }: { controller: ReplController }): React.JSX.Element {
  const view = useSyncExternalStore(controller.subscribe, controller.getView);
  useRawInput(controller);
  // The real terminal cursor sits at the caret (undefined hides it while a command runs).
  const { setCursorPosition } = useCursor();
  setCursorPosition(view.cursor);
  return (
    <Box flexDirection="column">
      <Printed key={view.staticKey} controller={controller} generation={view.staticKey} lines={view.staticLines} />
      {view.liveLines.map((segments, i) => (
        <Line key={i} segments={segments} />
      ))}
    </Box>
  );
}
