import type { SymbolTable, ValueType } from './refs.ts';
import type { ScenarioDoc } from './schema.ts';

/** Every inject id, including press-conference questions and their follow-ups. */
export function allInjectIds(doc: Pick<ScenarioDoc, 'injects' | 'pressConferences'>): string[] {
  const ids = doc.injects.map((i) => i.id);
  for (const pc of doc.pressConferences) {
    if (pc.opening) ids.push(pc.opening.id);
    for (const q of pc.questions) {
      ids.push(q.id);
      for (const f of q.followUps) ids.push(f.id);
    }
  }
  return ids;
}

export function buildSymbolTable(doc: ScenarioDoc, failedIds: ReadonlySet<string> = new Set()): SymbolTable {
  const variables = new Map<string, ValueType>();
  for (const [name, value] of Object.entries(doc.variables)) {
    variables.set(name, typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string');
  }
  const options = new Map<string, ReadonlySet<string>>();
  const addOptions = (id: string, list: readonly { readonly id: string }[]): void => {
    if (!options.has(id)) options.set(id, new Set(list.map((o) => o.id)));
  };
  for (const inj of doc.injects) addOptions(inj.id, inj.options);
  for (const pc of doc.pressConferences) {
    for (const q of pc.questions) {
      addOptions(q.id, q.options);
      for (const f of q.followUps) addOptions(f.id, f.options);
    }
  }
  return {
    options,
    stakeholders: new Set(doc.stakeholders.map((s) => s.id)),
    rumours: new Set(doc.rumours.map((r) => r.id)),
    facts: new Map(doc.facts.map((f) => [f.id, f.kind])),
    injects: new Set([...allInjectIds(doc), ...failedIds]),
    keyMessages: new Set(doc.keyMessages.map((k) => k.id)),
    variables,
    failed: failedIds,
  };
}
