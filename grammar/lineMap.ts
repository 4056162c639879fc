// Offset -> 1-based line and column (UTF-16 units), by binary search over line starts.

export class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // A lone CR ends a line too; without one, jumping from LF to LF is much faster than a loop per character.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  private last = 0;

  line(offset: number): number {
    // Lookups come mostly in text order: try the line of the previous answer and the next one first.
    const starts = this.starts;
    const i = this.last;
    if (offset >= starts[i] && (i + 1 === starts.length || offset < starts[i + 1])) return i + 1;
    if (i + 1 < starts.length && offset >= starts[i + 1] && (i + 2 === starts.length || offset < starts[i + 2])) {
      this.last = i + 1;
      return i + 2;
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo + 1;
  }

  column(offset: number, line: number): number {
    return offset - this.starts[line - 1] + 1;
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
