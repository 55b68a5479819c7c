/**
 * vitest 5 targets Node 22 and calls Map.groupBy in its reporter; on Node 20 (this project's
 * runtime) a failing test would crash the reporter and hide the assertion. The config imports this
 * first, so the reporter process has it. Remove when the project moves to Node 22.
 */
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

const mapCtor = Map as unknown as { groupBy?: GroupBy };
if (typeof mapCtor.groupBy !== 'function') {
  mapCtor.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> => {
    const out = new Map<K, T[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
}

type ObjectGroupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => Record<PropertyKey, T[]>;
const objectCtor = Object as unknown as { groupBy?: ObjectGroupBy };
if (typeof objectCtor.groupBy !== 'function') {
  objectCtor.groupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey): Record<PropertyKey, T[]> => {
    const out: Record<PropertyKey, T[]> = Object.create(null) as Record<PropertyKey, T[]>;
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      (out[k] ??= []).push(item);
    }
    return out;
  };
}
