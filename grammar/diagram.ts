// `npm run grammar:diagram`: writes grammar/diagram.html, a railroad diagram of every parser rule.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createSyntaxDiagramsCode } from 'chevrotain';
import { PsParser } from './parser.js';

const parser = new PsParser();
const html = createSyntaxDiagramsCode(parser.getSerializedGastProductions());
const out = join(dirname(fileURLToPath(import.meta.url)), 'diagram.html');
writeFileSync(out, html);
console.log(`wrote ${out}`);
