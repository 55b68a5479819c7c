import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
const t = readFileSync('scenarios/global-foods-recall.yaml','utf8');
const d = parseDocument(t);
const out = d.toString({ lineWidth: 0 });
console.log(out === t, out.length, t.length);
const a = out.split('\n'), b = t.split('\n');
let n=0; for (let i=0;i<Math.max(a.length,b.length)&&n<5;i++) if (a[i]!==b[i]) { console.log(i, JSON.stringify(b[i]), '=>', JSON.stringify(a[i])); n++; }
